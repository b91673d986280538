"""The sample Word drafts, mutated: elements of their body dropped, duplicated, wrapped in content
controls, insertions and deletions, attributes corrupted (spans, merges, values), the XML truncated or
damaged, hostile declarations put in front, the zip's own bytes flipped, cut or shifted.  Whatever
comes of it, ``check`` gives findings or its own clear error (tests/fuzz/properties.py) -- never an
exception, a traceback or "内部错误 / internal error" -- and the command line exits 0, 1 or 2.
"""

from __future__ import annotations

import io
import re
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from policy_lint.cli import app

from .properties import _DIR, check_bytes, long, small

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples" / "drafts").glob("*.docx"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: the big style parts are not read: leaving them out keeps each example fast to zip
_KEPT = {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/settings.xml",
         "docProps/core.xml", "word/numbering.xml"}


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist() if name in _KEPT or name == "word/document.xml"}


PARTS = [_parts(path) for path in SAMPLES]


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


#: what an element may be wrapped in (what Word shows, and what it does not)
WRAPPERS = ["sdt", "ins", "del", "moveFrom", "moveTo", "customXml", "smartTag", "hyperlink", "fldSimple", "sdtContent",
            "txbxContent", "tbl", "tr", "tc", "p", "r", "unknownThing"]
#: attributes set on a random element: spans and merges (the table bombs), and junk
ATTRIBUTES = [("gridSpan", ["0", "1", "2", "64", "65", "1000000", "abc", "-1", "", "１", "9" * 30, "2.5"]),
              ("vMerge", ["continue", "restart", "", "bogus"]),
              ("gridBefore", ["0", "3", "100000", "x"]),
              ("fldCharType", ["begin", "separate", "end"])]
#: text put into the XML as it is (well-formed or not)
SNIPPETS = [
    "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "&amp;", "&#0;", "&#x1F;", "<![CDATA[居住证满一年]]>", "<!-- c -->",
    "<?pi x?>", "<w:p>", "</w:p>", "</w:tc>", "<w:tr>", "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
    "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>", "<w:r><w:t>随迁子女父母须持有居住证满一年。</w:t></w:r>",
    '<w:tc><w:tcPr><w:gridSpan w:val="99999999"/></w:tcPr></w:tc>', "<w:customXml>" * 40, "\x00", "\ufffe", "\ud800",
    "<w:br/>", "<w:tab/>", "<w:sym/>", "<w:del><w:r><w:delText>x</w:delText></w:r></w:del>", "<", ">", "\"", "'",
]


@st.composite
def mutated_tree(draw, document: bytes) -> bytes:
    """``document`` parsed, 1-4 elements dropped, duplicated, wrapped or given attributes, and serialised."""
    root = ET.fromstring(document)
    elements = [(parent, child) for parent in root.iter() for child in parent]
    for _ in range(draw(st.integers(1, 4))):
        if not elements:
            break
        parent, child = elements[draw(st.integers(0, len(elements) - 1))]
        if child not in list(parent):
            continue
        index = list(parent).index(child)
        op = draw(st.sampled_from(["drop", "duplicate", "wrap", "wrap", "attribute", "attribute", "text", "move"]))
        if op == "drop":
            parent.remove(child)
        elif op == "duplicate":
            for _ in range(draw(st.integers(1, 5))):
                parent.insert(index, ET.fromstring(ET.tostring(child)))
        elif op == "wrap":
            wrapper = ET.Element(w(draw(st.sampled_from(WRAPPERS))))
            parent.remove(child)
            wrapper.append(child)
            parent.insert(index, wrapper)
        elif op == "attribute":
            name, values = draw(st.sampled_from(ATTRIBUTES))
            target = child
            if name in ("gridSpan", "vMerge") and draw(st.booleans()):  # where Word puts them: tc/tcPr
                cells = list(root.iter(w("tc")))
                if cells:
                    cell = cells[draw(st.integers(0, len(cells) - 1))]
                    props = cell.find(w("tcPr"))
                    if props is None:
                        props = ET.Element(w("tcPr"))
                        cell.insert(0, props)
                    target = ET.SubElement(props, w(name))
            target.set(w("val") if name != "fldCharType" else w(name), draw(st.sampled_from(values)))
        elif op == "text":
            child.text = draw(st.sampled_from(["", " ", "居住证满一年", "满", "\t", "7月1日至7月10日"]))
        else:  # move the element elsewhere
            parent.remove(child)
            other, _ = elements[draw(st.integers(0, len(elements) - 1))]
            other.append(child)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@st.composite
def damaged_xml(draw, data: bytes) -> bytes:
    """``data`` with 0-3 byte-level changes: truncated, a snippet inserted, bytes flipped or deleted."""
    data = bytearray(data)
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 1, 1, 2, 3]))):  # half reach the reader whole
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["truncate", "insert", "insert", "flip", "delete", "prolog"]))
        if op == "truncate":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from(SNIPPETS)).encode("utf-8", "surrogatepass")
        elif op == "flip" and pos < len(data):
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 40))]
        elif op == "prolog":
            head = data.find(b"?>") + 2
            data[head:head] = draw(st.sampled_from([b"<!DOCTYPE w:document>", b'<!DOCTYPE x SYSTEM "http://x/">',
                                                    b"<!ENTITY a 'b'>"]))
    return bytes(data)


@st.composite
def mutated_docx(draw) -> bytes:
    parts = dict(PARTS[draw(st.integers(0, len(PARTS) - 1))])
    document = parts["word/document.xml"]
    if draw(st.integers(0, 9)):
        document = draw(mutated_tree(document))
    parts["word/document.xml"] = draw(damaged_xml(document))
    for name in list(parts):
        if name != "word/document.xml" and not draw(st.integers(0, 15)):
            del parts[name]  # a part missing (the body too, sometimes)
    if not draw(st.integers(0, 15)):
        del parts["word/document.xml"]
    out = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    data = bytearray(out.getvalue())
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 1, 2]))):  # the zip's own bytes damaged
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if op == "flip" and pos < len(data):
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[pos:pos + draw(st.integers(1, 8))]
    return bytes(data)


_LEAK = re.compile(r"内部错误|internal error|Traceback")


def check_docx(data: bytes) -> None:
    """Findings or a clear error from the engine and both renderers; and exit 0, 1 or 2 from the CLI."""
    check_bytes(data, "fuzz.docx")
    result = CliRunner().invoke(app, ["check", str(_DIR / "fuzz.docx")], catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), result.output
    assert not _LEAK.search(result.output), result.output


def test_there_are_word_samples_to_mutate():
    assert len(SAMPLES) >= 10 and all("word/document.xml" in parts for parts in PARTS)


def test_an_unmutated_sample_round_trips_through_the_mutator_unchanged():
    """The mutator's serialisation alone changes nothing the tool reads (so a failure is the mutation's)."""
    from policy_lint.extract import read_draft

    path = _DIR / "round.docx"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in PARTS[0].items():
            root = ET.fromstring(data) if name == "word/document.xml" else None
            zf.writestr(name, ET.tostring(root, encoding="utf-8", xml_declaration=True) if root is not None else data)
    path.write_bytes(out.getvalue())
    assert read_draft(path).text == read_draft(SAMPLES[0]).text


@small
@given(data=mutated_docx())
def test_mutated_word_drafts_give_findings_or_a_clear_error(data):
    check_docx(data)


@pytest.mark.fuzz
@long
@given(data=mutated_docx())
def test_mutated_word_drafts_give_findings_or_a_clear_error_long(data):
    check_docx(data)
