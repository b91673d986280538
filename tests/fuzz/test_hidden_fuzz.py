"""Invisible and decomposed characters change nothing but PL001.

For every bundled county's rules, a format character (Unicode category Cf: zero-width spaces and
joiners, soft hyphen, BOM, bidi controls, ...) inserted anywhere inside a value, or a value put in
NFKD form (compatibility characters decomposed), must leave the set of finding codes as it was,
apart from PL001, which reports the hidden character.  See policy_lint/normalise.py.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_lint.engine import check_source
from policy_lint.source import decode
from policy_lint.syntax import BlockNode, parse_tree

from .properties import long, small

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*.rules") if "drafts" not in p.parts)

#: every format character (the BMP's and the tag characters), and the variation selectors
FORMAT = [chr(c) for c in [*range(0x10000), *range(0xE0000, 0xE0080)] if unicodedata.category(chr(c)) == "Cf"]
FORMAT += ["\ufe00", "\ufe0f"]
assert "\u200b" in FORMAT and "\u202e" in FORMAT and "\u00ad" in FORMAT and "\ufeff" in FORMAT


def _findings(text: str, path: str):
    result = check_source(decode(text.encode("utf-8"), path))
    assert result.error is None, result.error.problems[0].message.zh if result.error.problems else result.error
    return {f.code for f in result.findings}


def _values(text: str, path: str):
    """(line, first column, end column) of every value word, inside its quotes."""
    stack = list(parse_tree(decode(text.encode("utf-8"), path)))
    out = []
    while stack:
        node = stack.pop()
        if isinstance(node, BlockNode):
            stack.extend(node.entries)
            continue
        for word in node.values:
            if word.span.line != word.span.end_line:
                continue
            inner = 1 if word.quoted else 0
            out.append((word.span.line, word.span.column + inner, word.span.end_column - inner))
    return sorted(out)


_CACHE: dict[Path, tuple[str, set[str], list]] = {}


def _sample(path: Path):
    if path not in _CACHE:
        text = path.read_text(encoding="utf-8")
        shown = path.relative_to(ROOT).as_posix()
        _CACHE[path] = (text, _findings(text, shown), _values(text, shown))
    return _CACHE[path]


def _edit(text: str, line: int, start: int, end: int, replace) -> str:
    lines = text.split("\n")
    row = lines[line - 1]
    lines[line - 1] = row[:start - 1] + replace(row[start - 1:end - 1]) + row[end - 1:]
    return "\n".join(lines)


@st.composite
def hidden_edits(draw):
    path = draw(st.sampled_from(SAMPLES))
    text, codes, values = _sample(path)
    line, start, end = draw(st.sampled_from(values))
    if draw(st.booleans()):
        char = draw(st.sampled_from(FORMAT))
        at = draw(st.integers(0, end - start))
        edited = _edit(text, line, start, end, lambda v: v[:at] + char + v[at:])
        how = f"U+{ord(char):04X} at offset {at}"
    else:
        edited = _edit(text, line, start, end, lambda v: unicodedata.normalize("NFKD", v))
        how = "NFKD"
    return path, codes, edited, f"{path.name}:{line}:{start} {how}"


def _property(edit) -> None:
    path, codes, edited, how = edit
    got = _findings(edited, path.relative_to(ROOT).as_posix())
    assert got - {"PL001"} == codes - {"PL001"}, how


def test_there_are_samples_with_values():
    assert len(SAMPLES) >= 20 and all(_sample(p)[2] for p in SAMPLES)


@small
@given(edit=hidden_edits())
def test_a_hidden_character_or_nfkd_in_a_value_changes_only_pl001(edit):
    _property(edit)


@pytest.mark.fuzz
@long
@given(edit=hidden_edits())
def test_a_hidden_character_or_nfkd_in_a_value_changes_only_pl001_long(edit):
    _property(edit)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.relative_to(ROOT / "samples").as_posix())
def test_a_zero_width_space_in_every_value_of_a_sample_changes_only_pl001(path):
    """The exhaustive version for one character: a ZWSP after the first character of every value at once."""
    text, codes, values = _sample(path)
    edited = text
    for line, start, end in reversed(values):  # right to left: earlier columns stay put
        if end - start >= 2:
            edited = _edit(edited, line, start, end, lambda v: v[0] + "\u200b" + v[1:])
    got = _findings(edited, path.relative_to(ROOT).as_posix())
    assert got - {"PL001"} == codes - {"PL001"}
    assert ("PL001" in got) == (edited != text)
