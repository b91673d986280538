"""Word's automatic numbering (w:numPr, numbering.xml, numbered styles) and page headers and footers, as the
Word reader shows them (policy_lint/extract/wordml.py): the labels Word draws before numbered paragraphs
are part of the paragraph's text, so items keep their structure (一、 （一） 1. ①, 第一条)."""

from __future__ import annotations

from policy_lint.extract import extract_path, read_draft
from policy_lint.extract.wordml import format_number

from .docx_files import HEAD, W, docx_bytes, p

NUMBERING = (
    f'<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/>'
    '<w:suff w:val="space"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="3">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    '</w:lvlOverride></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
    '</w:numbering>'
)
STYLES = (
    f'<w:styles xmlns:w="{W}">'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>'
    '</w:styles>'
)
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
    'Target="header1.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
    'Target="header2.xml"/>'
    '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
    'Target="footer1.xml"/>'
    '</Relationships>'
)
HEADER = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>沁水县教育局文件</w:t></w:r></w:p></w:hdr>'
FOOTER = f'<w:ftr xmlns:w="{W}"><w:p><w:r><w:t>- 3 -</w:t></w:r></w:p></w:ftr>'


def numbered(text: str, num: int, ilvl: int = 0) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def styled(text: str, style: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def write(tmp_path, body: str, **parts) -> object:
    extra = {"word/numbering.xml": NUMBERING, "word/styles.xml": STYLES, "word/_rels/document.xml.rels": DOC_RELS,
             "word/header1.xml": HEADER, "word/header2.xml": HEADER, "word/footer1.xml": FOOTER}
    extra.update(parts)
    path = tmp_path / "draft.docx"
    path.write_bytes(docx_bytes(body, extra=extra))
    return path


def lines(path) -> list[str]:
    return [line.text for line in read_draft(path).lines]


def test_numbered_paragraphs_show_the_labels_word_draws(tmp_path):
    body = (numbered("入学条件", 1) + numbered("随迁子女父母须具备以下条件：", 1, 1) + numbered("持有居住证", 1, 2)
            + numbered("在本县居住满半年", 1, 2) + numbered("证明材料", 1, 1) + numbered("户口簿", 1, 2)
            + numbered("招生安排", 1))
    got = lines(write(tmp_path, body))[len(HEAD):]
    assert got[:7] == ["一、入学条件", "（一）随迁子女父母须具备以下条件：", "1.持有居住证", "2.在本县居住满半年",
                       "（二）证明材料", "1.户口簿", "二、招生安排"]


def test_articles_circled_numbers_restarts_and_bullets(tmp_path):
    body = (numbered("为做好入学工作。", 2) + numbered("户口簿", 3) + numbered("居住证", 3)
            + numbered("预防接种证", 4) + numbered("出生医学证明", 5) + numbered("本细则自印发之日起施行。", 2))
    got = lines(write(tmp_path, body))[len(HEAD):]
    assert got[:6] == ["第一条 为做好入学工作。", "①户口簿", "②居住证", "①预防接种证", "● 出生医学证明",
                       "第二条 本细则自印发之日起施行。"]


def test_a_style_numbers_its_paragraphs_and_a_direct_num_id_0_removes_it(tmp_path):
    body = (styled("总则", "Heading1") + styled("入学条件", "MyHeading")
            + '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'
              '<w:r><w:t>附则</w:t></w:r></w:p>')
    assert lines(write(tmp_path, body))[len(HEAD):len(HEAD) + 3] == ["一、总则", "二、入学条件", "附则"]


def test_headers_and_footers_follow_the_body_once_without_page_numbers(tmp_path):
    got = lines(write(tmp_path, p("居住证")))
    assert got[:len(HEAD) + 1] == [*HEAD, "居住证"]  # the body's paragraphs keep their numbers
    assert got[len(HEAD) + 1:] == ["沁水县教育局文件"]  # two identical headers read once; "- 3 -" left out


def test_a_file_without_numbering_or_relationships_reads_as_before(tmp_path):
    path = tmp_path / "plain.docx"
    path.write_bytes(docx_bytes(numbered("持有居住证", 1)))
    assert lines(path)[len(HEAD):] == ["持有居住证"]  # numbered, but no numbering part: no label


def test_damaged_numbering_is_left_out_and_the_body_still_read(tmp_path):
    path = write(tmp_path, numbered("持有居住证", 1), **{"word/numbering.xml": "<w:numbering"})
    assert lines(path)[len(HEAD):len(HEAD) + 1] == ["持有居住证"]


def test_automatic_numbers_give_the_extractor_its_items(tmp_path):
    body = (numbered("入学条件", 1) + p("随迁子女父母须同时具备以下条件：") + numbered("持有沁水县居住证", 3)
            + numbered("在沁水县居住满一年", 3))
    rules = extract_path(write(tmp_path, body)).text
    assert "居住: 在沁水县居住满一年" in rules


def test_number_formats():
    assert [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 21, 101)] == \
        ["一", "十", "十一", "二十", "二十一", "一百零一"]
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(4, "upperRoman") == "IV"
    assert format_number(28, "lowerLetter") == "bb"
    assert format_number(7, "decimalFullWidth") == "７"


# --- real documents as Word files whose numbering is automatic ----------------------------------------------

import re  # noqa: E402
from pathlib import Path  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

import pytest  # noqa: E402

REAL = Path(__file__).parent / "data" / "real"
#: the labels a county's draft carries, as Word's numbering formats write them: style → (format, text, pattern)
_STYLES = {
    "cn": ("chineseCounting", "%1、", re.compile(r"^([一二三四五六七八九十]{1,3})、")),
    "pcn": ("chineseCounting", "（%1）", re.compile(r"^（([一二三四五六七八九十]{1,3})）")),
    "pdec": ("decimal", "（%1）", re.compile(r"^（(\d{1,2})）")),
    "dec": ("decimal", "%1.", re.compile(r"^(\d{1,2})\.(?!\d)")),
    "circ": ("decimalEnclosedCircle", "%1", re.compile(r"^([①-⑳])")),
}
_CN = "一二三四五六七八九十"


def _value(style: str, label: str) -> int:
    if style == "circ":
        return ord(label) - ord("①") + 1
    if style in ("cn", "pcn"):
        if label == "十":
            return 10
        if label.startswith("十"):
            return 10 + _CN.index(label[1]) + 1
        if label.endswith("十"):
            return (_CN.index(label[0]) + 1) * 10
        if "十" in label:
            return (_CN.index(label[0]) + 1) * 10 + _CN.index(label[2]) + 1
        return _CN.index(label) + 1
    return int(label)


def _numbered_docx(lines: list[str]) -> tuple[bytes, int]:
    """A .docx of ``lines`` whose labels (一、 （一） （1） 1. ①) are Word's automatic numbering, not text."""
    styles = list(_STYLES)
    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{i}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{_STYLES[s][0]}"/><w:lvlText w:val="{_STYLES[s][1]}"/><w:suff w:val="nothing"/></w:lvl>'
        f'</w:abstractNum>' for i, s in enumerate(styles))
    nums, body, last, numbered = [], [], {}, 0
    for line in lines:
        for style in styles:
            found = _STYLES[style][2].match(line)
            if found:
                value = _value(style, found.group(1))
                if last.get(style, (None, 0))[1] + 1 != value or last.get(style, (None, 0))[0] is None:
                    num = len(nums) + 1  # a new list (or a restart): a num of its own starting at the value
                    nums.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{styles.index(style)}"/>'
                                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{value}"/></w:lvlOverride></w:num>')
                    last[style] = (num, value)
                else:
                    last[style] = (last[style][0], value)
                body.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{last[style][0]}"/>'
                            f'</w:numPr></w:pPr><w:r><w:t xml:space="preserve">{escape(line[found.end():])}</w:t>'
                            f'</w:r></w:p>')
                numbered += 1
                break
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' if line else "<w:p/>")
    numbering = f'<w:numbering xmlns:w="{W}">{abstract}{"".join(nums)}</w:numbering>'
    return docx_bytes("".join(body), head=False, extra={"word/numbering.xml": numbering}), numbered


def _real_documents() -> list[str]:
    out = []
    for path in sorted(REAL.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if any("\t" in line for line in lines):
            continue  # tables: read as tables either way, not what this compares
        if sum(1 for line in lines if any(s[2].match(line) for s in _STYLES.values())) >= 4:
            out.append(path.stem)
    return out[:8]


@pytest.mark.parametrize("stem", _real_documents())
def test_a_real_document_with_automatic_numbering_reads_as_its_text(stem, tmp_path):
    lines = (REAL / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    data, numbered = _numbered_docx(lines)
    assert numbered >= 4
    path = tmp_path / f"{stem}.docx"
    path.write_bytes(data)
    shown = [line.text for line in read_draft(path).lines]
    assert shown == lines[:len(shown)] and all(not line.strip() for line in lines[len(shown):])
    text_rules = extract_path(REAL / f"{stem}.txt").text.split("\n")[1:]  # the header names the file read
    word_rules = extract_path(path).text.split("\n")[1:]
    assert word_rules == text_rules
