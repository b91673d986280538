"""Every bundled sample, mutated: characters deleted, inserted and swapped, lines duplicated,
encodings changed, bytes damaged.  Whatever comes of it, the tool reports findings or its own
clear error (tests/fuzz/properties.py) -- never an exception, a traceback or a position outside
the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .properties import check_bytes, long, small
from .strategies import HOSTILE

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").rglob("*.rules"))
TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES]

#: what gets inserted: the language's punctuation in both widths, quotes, braces, line breaks,
#: invisible characters, bits of the vocabulary, and hostile text
INSERTS = [
    *"{}｛｝:：、，,；;“”\"「」#\n\r\t \u3000",
    "\x00", "\ufeff", "\r\n", "\x1a", "\x7f", "\u2028", "\u200b", "\x85", "\x0b", "\x0c",
    "之一 {", "同时具备 {", "}", "\n}\n", "居住: ", "居住证：满", "\n入学条件 {\n", "基本信息 {", "证明材料 {\n户口本\n",
    "年", "月", "日", "半", "满", "个月", "至", "—", "-", "~", "2021", "０", "９", "13月32日", "2021年2月30日",
    "一年半", "十二", "两", "0.5年", "9999999999999999999年", "1e9个月", "9" * 400 + "个月", "①", "²", "٢٠٢١",
    *HOSTILE,
]

#: what a value may be replaced with: pieces of durations, dates and numbers, or anything
VALUE_PIECES = ["满", "连续", "半", "年", "个", "月", "日", "号", "至", "—", "-", "~", ".", "以上", "（含）", "一", "两",
                "十", "0", "1", "2", "9", "１", "2021", "9999", "0000", "13", "31", "人", "①", "²", "9" * 30, " "]
values_ = st.one_of(st.lists(st.sampled_from(VALUE_PIECES), min_size=1, max_size=10).map("".join),
                    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12))

inserts = st.one_of(st.sampled_from(INSERTS), st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3))


@st.composite
def text_edits(draw, text: str) -> str:
    """``text`` with 1-6 edits: deletions, insertions, swaps of characters or lines, duplicated lines."""
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 2, 3, 6]))):
        op = draw(st.sampled_from(["delete", "insert", "insert", "insert", "swap", "duplicate_line", "delete_line",
                                   "swap_lines", "truncate", "value", "value"]))
        pos = draw(st.integers(0, len(text)))
        if op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 12)):]
        elif op == "insert":
            text = text[:pos] + draw(inserts) + text[pos:]
        elif op == "swap" and len(text) >= 2:
            i = min(pos, len(text) - 2)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        elif op == "truncate":
            text = text[:pos]
        elif op == "value":  # a pair's value replaced: what the value readers and the checks must survive
            lines = text.split("\n")
            pairs = [i for i, line in enumerate(lines) if ":" in line or "：" in line]
            if pairs:
                i = draw(st.sampled_from(pairs))
                key = lines[i].replace("：", ":").split(":", 1)[0]
                lines[i] = key + ": " + draw(values_)
                text = "\n".join(lines)
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if op == "duplicate_line":
                lines[i:i] = [lines[i]] * draw(st.integers(1, 3))
            elif op == "delete_line":
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "latin-1":  # what a Western code page makes of Chinese
        return text.encode("latin-1", errors="replace")
    if encoding == "mojibake":  # UTF-8 read as Latin-1 and saved again as UTF-8
        return text.encode("utf-8").decode("latin-1").encode("utf-8")
    if encoding == "gbk-as-utf-8":  # GB18030 bytes with a UTF-8 BOM in front
        return b"\xef\xbb\xbf" + text.encode("gb18030")
    if encoding == "utf-16-no-bom":
        return text.encode("utf-16-le")
    if encoding == "utf-16-be-no-bom":
        return text.encode("utf-16-be")
    return text.encode(encoding, errors="surrogatepass")


#: the accepted encodings most of the time (so that most cases reach the parser and the checks)
ENCODINGS = ["utf-8"] * 6 + ["utf-8-sig", "utf-16", "gb18030"] * 2 + [
    "latin-1", "mojibake", "gbk-as-utf-8", "utf-16-no-bom", "utf-16-be-no-bom"]


@st.composite
def mutated_samples(draw) -> bytes:
    index = draw(st.integers(0, len(TEXTS) - 1))
    text = draw(text_edits(TEXTS[index]))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return _encode(text, draw(st.sampled_from(ENCODINGS)))


@st.composite
def damaged_bytes(draw) -> bytes:
    """A sample's bytes, then damaged at the byte level: a byte flipped, inserted or deleted, the
    file cut mid-character, a BOM or NUL put inside."""
    index = draw(st.integers(0, len(TEXTS) - 1))
    data = bytearray(_encode(TEXTS[index], draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))))
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "insert", "delete", "cut", "bom", "nul"]))
        if op == "flip" and pos < len(data):
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=4))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 3))]
        elif op == "cut":
            del data[pos:]
        elif op == "bom":
            data[pos:pos] = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]))
        else:
            data[pos:pos] = b"\x00"
    return bytes(data)


def test_there_are_samples_to_mutate():
    assert len(SAMPLES) >= 10


@small
@given(data=mutated_samples())
def test_mutated_samples_give_findings_or_a_clear_error(data):
    check_bytes(data)


@small
@given(data=damaged_bytes())
def test_damaged_bytes_give_findings_or_a_clear_error(data):
    check_bytes(data)


@pytest.mark.fuzz
@long
@given(data=mutated_samples())
def test_mutated_samples_give_findings_or_a_clear_error_long(data):
    check_bytes(data)


@pytest.mark.fuzz
@long
@given(data=damaged_bytes())
def test_damaged_bytes_give_findings_or_a_clear_error_long(data):
    check_bytes(data)
