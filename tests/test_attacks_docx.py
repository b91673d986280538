"""Broken and hostile Word files, and text that hides from a reader that does not read what Word shows.

Each hostile .docx is built here (zipfile + XML strings, tests/docx_files.py) and checked in a batch
between a good Word draft and a good .rules file: the hostile file gets exit code 2 and its own
Chinese message (with an English version, naming no Python class), and both good files are still
checked and reported.  The limits are lowered through their environment variables where reaching
the default would take long; one test per limit runs on the defaults.  Text Word shows — inside a
content control, a tracked insertion, a field … — must give the finding the same sentence gives as
plain text; deleted text must give none.
"""

from __future__ import annotations

import io
from contextlib import nullcontext
import json
import re
import struct
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.extract import read_draft

from .docx_files import CONTENT_TYPES, RELS, W, docx_bytes, document_xml, p
from .peak_memory import PEAK_MB

runner = CliRunner()

#: the condition a county may not set (PL101: a residence permit held a year, above the six-month cap)
COND = "第二条　随迁子女父母须持有居住证满一年。"
HALF = "第二条　随迁子女父母须持有有效居住证，在本县居住满半年。"

OTHER = """\
基本信息 {
    省: 山西省
    市: 晋城市
    县: 沁水县
    年度: 2021
}
入学条件 {
    居住证: 持有满一年
}
"""

#: what must never reach a user: Python's names for what went wrong, a traceback, the last-resort message
_LEAKS = re.compile(r"Traceback|内部错误|internal error|BadZipFile|KeyError|ValueError|RuntimeError|"
                    r"NotImplementedError|XMLSyntaxError|ExpatError|MemoryError|zlib|Exception|\bError\b|"
                    r"PackageNotFound|_Stop|wordml")


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def write(tmp_path: Path, data: bytes, name: str = "攻击.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_refused(tmp_path: Path, bad: Path, zh: list[str], en: list[str]) -> None:
    """``check good.docx BAD other.rules``: exit 2, BAD's own message in both languages, the two good
    files checked and reported (each has its PL101), nothing of Python's in the output."""
    good = write(tmp_path, docx_bytes(p(COND)), "好.docx")
    other = tmp_path / "other.rules"
    other.write_text(OTHER, encoding="utf-8")
    for lang, phrases in (("zh", zh), ("en", en)):
        result = invoke("check", "--lang", lang, str(good), str(bad), str(other))
        out = result.output
        assert result.exit_code == 2, out
        for phrase in phrases:
            assert phrase in out, f"{lang}: {phrase!r} not in\n{out}"
        assert f"{good}:3:17: PL101" in out, out  # the good draft is still checked
        assert f"{other}:8:" in out and "PL101" in out, out  # and so is the .rules file
        assert not _LEAKS.search(out), out
        if lang == "zh":
            message = next(line for line in out.splitlines() if line.startswith(f"{bad}:"))
            assert re.search(r"[\u4e00-\u9fff]", message)
            assert "重试" in message or "确认" in message or "拆" in message, message  # it says what to do
    doc = json.loads(invoke("check", "-f", "json", str(good), str(bad), str(other)).output)
    statuses = [f["status"] for f in doc["files"]]
    assert statuses == ["checked", "unreadable", "checked"], statuses
    assert doc["summary"]["unreadable"] == 1


def codes(path: Path) -> list[str]:
    result = invoke("check", "-f", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    (file,) = json.loads(result.output)["files"]
    return [f["code"] for f in file["findings"]]


# --- read what Word shows ----------------------------------------------------------------------------------


def run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


HIDDEN_PLACES = {
    "plain": p(COND),
    "block content control": f"<w:sdt><w:sdtPr><w:alias w:val=\"条件\"/></w:sdtPr><w:sdtContent>{p(COND)}"
                             "</w:sdtContent></w:sdt>",
    "content control in a paragraph": f"<w:p>{run(COND[:6])}<w:sdt><w:sdtPr/><w:sdtContent>{run(COND[6:])}"
                                      "</w:sdtContent></w:sdt></w:p>",
    "tracked insertion": f'<w:p><w:ins w:id="1" w:author="县教育局">{run(COND)}</w:ins></w:p>',
    "moved here": f'<w:p><w:moveTo w:id="1" w:author="a">{run(COND)}</w:moveTo></w:p>',
    "smart tag": f'<w:p><w:smartTag w:uri="urn:x" w:element="place">{run(COND)}</w:smartTag></w:p>',
    "custom XML, block": f'<w:customXml w:element="条款">{p(COND)}</w:customXml>',
    "custom XML, run": f'<w:p><w:customXml w:element="条款">{run(COND)}</w:customXml></w:p>',
    "simple field": f'<w:p><w:fldSimple w:instr=" DOCPROPERTY 条件 ">{run(COND)}</w:fldSimple></w:p>',
    "hyperlink": f'<w:p><w:hyperlink w:anchor="x">{run(COND)}</w:hyperlink></w:p>',
    "nested containers": f'<w:sdt><w:sdtContent><w:customXml w:element="a"><w:p><w:ins w:id="2" w:author="b">'
                         f'<w:smartTag w:element="c"><w:hyperlink w:anchor="d">{run(COND)}</w:hyperlink>'
                         "</w:smartTag></w:ins></w:p></w:customXml></w:sdtContent></w:sdt>",
    "complex field result": f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x '
                            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(COND)}'
                            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    "first choice of alternate content": f'<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
                                         f'2006"><mc:AlternateContent><mc:Choice Requires="w14">{run(COND)}'
                                         f'</mc:Choice><mc:Fallback>{run("（旧版显示）")}</mc:Fallback>'
                                         "</mc:AlternateContent></w:p>",
}


@pytest.mark.parametrize("place", list(HIDDEN_PLACES))
def test_text_word_shows_is_read_wherever_it_sits(tmp_path, place):
    path = write(tmp_path, docx_bytes(HIDDEN_PLACES[place]))
    assert read_draft(path).line(3).text == COND
    assert codes(path) == ["PL101"]


DELETED = {
    "deleted run": f'<w:p>{run(HALF[:-4])}<w:del w:id="1" w:author="a"><w:r><w:delText>满一年</w:delText></w:r>'
                   f'</w:del><w:ins w:id="2" w:author="a">{run("满半年")}</w:ins>{run("。")}</w:p>',
    "moved away": f'<w:p>{run(HALF[:-4])}<w:moveFrom w:id="1" w:author="a">{run("满一年")}</w:moveFrom>'
                  f'{run("满半年。")}</w:p>',
    "field code": f'<w:p>{run(HALF[:-4])}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>满一年'
                  f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("满半年。")}'
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    "fallback of alternate content": f'<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                                     f'{run(HALF[:-4])}<mc:AlternateContent><mc:Choice Requires="w14">'
                                     f'{run("满半年。")}</mc:Choice><mc:Fallback>{run("满一年")}</mc:Fallback>'
                                     "</mc:AlternateContent></w:p>",
    "unknown choice of alternate content": f'<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
                                           f'2006" xmlns:x9="urn:example:unknown">{run(HALF[:-4])}<mc:AlternateContent>'
                                           f'<mc:Choice Requires="x9">{run("满一年")}</mc:Choice><mc:Fallback>'
                                           f'{run("满半年。")}</mc:Fallback></mc:AlternateContent></w:p>',
    "ruby annotation": f'<w:p>{run(HALF[:-4])}<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>满一年</w:t></w:r></w:rt>'
                       f'<w:rubyBase><w:r><w:t>满半年</w:t></w:r></w:rubyBase></w:ruby></w:r>{run("。")}</w:p>',
    "a drawing outside its text box": f'<w:p>{run(HALF)}<w:r><w:drawing><w:r><w:t>满一年</w:t></w:r></w:drawing></w:r>'
                                      '</w:p>',
    "a picture symbol": f'<w:p>{run(HALF[:-1])}<w:r><w:sym w:font="Wingdings" w:char="0041"/>'
                        f'<w:sym w:font="SimSun" w:char="F041"/></w:r>{run("。")}</w:p>',
}


@pytest.mark.parametrize("place", list(DELETED))
def test_deleted_and_unshown_text_is_not_read(tmp_path, place):
    path = write(tmp_path, docx_bytes(DELETED[place]))
    assert read_draft(path).line(3).text == HALF
    assert codes(path) == []


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next_as_word_shows_it(tmp_path):
    gone = '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:del w:id="2" w:author="a">' \
           f'<w:r><w:delText>{COND}</w:delText></w:r></w:del></w:p>'
    split = f'<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>{run(HALF[:8])}</w:p>{p(HALF[8:])}'
    path = write(tmp_path, docx_bytes(gone + split + p("第三条　其余事项另行通知。")))
    draft = read_draft(path)
    assert [line.text for line in draft.lines[2:]] == [HALF, "第三条　其余事项另行通知。"]
    assert codes(path) == []


def test_run_content_tabs_breaks_and_symbols(tmp_path):
    body = ('<w:p><w:r><w:t>居住证</w:t><w:tab/><w:t>满</w:t><w:br/><w:t>半年</w:t><w:cr/><w:t>A</w:t>'
            '<w:noBreakHyphen/><w:t>B</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>C</w:t>'
            '<w:softHyphen/><w:t>D</w:t></w:r></w:p>')
    path = write(tmp_path, docx_bytes(body))
    assert read_draft(path).line(3).text == "居住证 满 半年 A-BCD"


def table(*rows: str) -> str:
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>"


def tr(*cells: str, props: str = "") -> str:
    return f"<w:tr>{props}" + "".join(cells) + "</w:tr>"


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"


def test_content_controls_around_cells_and_rows_are_read(tmp_path):
    header = tr(tc("环节"), tc("公办学校"), tc("民办学校"))
    cell_sdt = tr(tc("报名"), f"<w:sdt><w:sdtPr/><w:sdtContent>{tc('7月8日至7月12日')}</w:sdtContent></w:sdt>",
                  tc("7月9日至7月12日"))
    row_sdt = f"<w:sdt><w:sdtPr/><w:sdtContent>{tr(tc('录取'), tc('7月20日'), tc('7月21日'))}</w:sdtContent></w:sdt>"
    inside = tr(tc("摇号"), f"<w:tc><w:sdt><w:sdtContent>{p('7月15日')}</w:sdtContent></w:sdt></w:tc>",
                tc("7月16日"))
    path = write(tmp_path, docx_bytes(table(header, cell_sdt, inside, row_sdt)))
    lines = read_draft(path).lines
    assert [line.text for line in lines[2:]] == [
        "环节\t公办学校\t民办学校", "报名\t7月8日至7月12日\t7月9日至7月12日", "摇号\t7月15日\t7月16日",
        "录取\t7月20日\t7月21日"]
    assert [(c.table, c.row, c.column) for c in lines[4].cells] == [(1, 3, 1), (1, 3, 2), (1, 3, 3)]


def test_a_deleted_table_row_is_not_read_and_numbering_follows_word(tmp_path):
    deleted = tr(tc("报名"), tc("7月1日"), props='<w:trPr><w:del w:id="1" w:author="a"/></w:trPr>')
    path = write(tmp_path, docx_bytes(table(tr(tc("环节"), tc("公办学校")), deleted, tr(tc("录取"), tc("7月20日")))))
    lines = read_draft(path).lines
    assert [line.text for line in lines[2:]] == ["环节\t公办学校", "录取\t7月20日"]
    assert lines[3].cells[0].row == 2


def test_merged_cells_across_columns_and_rows(tmp_path):
    rows = table(tr(tc("环节"), tc("公办学校"), tc("民办学校")),
                 tr(tc("报名"), tc("7月8日至7月12日", '<w:gridSpan w:val="2"/>')),
                 tr(tc("摇号", '<w:vMerge w:val="restart"/>'), tc("7月15日"), tc("7月16日")),
                 tr(tc("", "<w:vMerge/>"), tc("7月17日"), tc("7月18日")))
    lines = read_draft(write(tmp_path, docx_bytes(rows))).lines
    assert [line.text for line in lines[2:]] == ["环节\t公办学校\t民办学校", "报名\t7月8日至7月12日",
                                                  "摇号\t7月15日\t7月16日", "7月17日\t7月18日"]
    spanned = lines[3].cells
    assert spanned[1].piece is spanned[2].piece and spanned[2].column == 3
    assert lines[5].cells[0].piece is lines[4].cells[0].piece  # the vertical merge reads the cell above


def test_a_vertical_merge_continuing_nothing_is_read_as_a_cell_of_its_own(tmp_path):
    """``vMerge`` continue on a first row (python-docx raised ValueError: an internal error): Word shows the cell."""
    rows = table(tr(tc("环节", "<w:vMerge/>"), tc("公办学校")), tr(tc("报名", "<w:vMerge/>"), tc("7月8日")))
    path = write(tmp_path, docx_bytes(p(COND) + rows))
    lines = read_draft(path).lines
    assert [line.text for line in lines[3:]] == ["环节\t公办学校", "7月8日"]  # the second row continues the first
    assert lines[4].cells[0].piece is lines[3].cells[0].piece
    assert codes(path) == ["PL101"]


# --- broken files: a clear message, exit 2, the rest of the batch reported ----------------------------------


def _patch_entry(data: bytes, name: str, local_offset: int, central_offset: int, fmt: str, change) -> bytes:
    """``data`` with a field of the local and central headers of entry ``name`` changed."""
    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    value = struct.unpack_from(fmt, data, info.header_offset + local_offset)[0]
    struct.pack_into(fmt, out, info.header_offset + local_offset, change(value))
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        size = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + size] == name.encode():
            struct.pack_into(fmt, out, at + central_offset, change(struct.unpack_from(fmt, data, at + central_offset)[0]))
        at += 4
    return bytes(out)


def test_not_a_zip(tmp_path):
    bad = write(tmp_path, b"this is not a zip file, just text saved as .docx\n" * 20)
    assert_refused(tmp_path, bad, ["这不是有效的 Word 文档", "另存为 .docx"], ["is not a valid Word document"])


def test_an_old_doc_or_password_protected_file(tmp_path):
    bad = write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    assert_refused(tmp_path, bad, ["旧版 Word（.doc）", "取消密码"], ["an old Word (.doc) file"])


def test_a_missing_body(tmp_path):
    bad = write(tmp_path, docx_bytes(p(COND), omit=("word/document.xml",)))
    assert_refused(tmp_path, bad, ["没有 Word 正文（word/document.xml）"], ["holds no Word body"])


def test_the_body_named_by_the_relationships_is_read(tmp_path):
    rels = RELS.replace('Target="word/document.xml"', 'Target="/word/document2.xml"')
    data = docx_bytes(None, omit=("word/document.xml",),
                      extra={"_rels/.rels": rels, "word/document2.xml": document_xml(p(COND))})
    assert codes(write(tmp_path, data)) == ["PL101"]


def test_a_renamed_spreadsheet(tmp_path):
    sheet = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    bad = write(tmp_path, docx_bytes(document=sheet))
    assert_refused(tmp_path, bad, ["不是 Word 正文"], ["is not a Word body"])


def test_malformed_xml(tmp_path):
    bad = write(tmp_path, docx_bytes(document=document_xml(p(COND))[:-40]))
    assert_refused(tmp_path, bad, ["word/document.xml）的 XML 在第 1 行第", "已损坏"], ["is damaged at line 1, column"])


def test_corrupt_deflate_data(tmp_path):
    data = bytearray(docx_bytes(p(COND) * 40))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + 40):
        data[i] ^= 0x55
    bad = write(tmp_path, bytes(data))
    assert_refused(tmp_path, bad, ["「word/document.xml」已损坏（压缩数据无法解开或校验不符）"], ["is damaged"])


def test_a_bad_checksum(tmp_path):
    data = _patch_entry(docx_bytes(p(COND)), "word/document.xml", 14, 16, "<I", lambda v: v ^ 0xFFFF)
    assert_refused(tmp_path, write(tmp_path, data), ["已损坏"], ["fails its checksum"])


def test_an_encrypted_entry(tmp_path):
    data = _patch_entry(docx_bytes(p(COND)), "word/document.xml", 6, 8, "<H", lambda v: v | 1)
    assert_refused(tmp_path, write(tmp_path, data), ["「word/document.xml」已加密"], ["is encrypted"])


def test_an_unknown_compression_method(tmp_path):
    data = _patch_entry(docx_bytes(p(COND)), "word/document.xml", 8, 10, "<H", lambda v: 99)
    assert_refused(tmp_path, write(tmp_path, data), ["Word 不使用的压缩方式"], ["a method Word does not use"])


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10))
                  + "]>")


@pytest.mark.parametrize("prolog, body", [
    (BILLION_LAUGHS, p("&lol9;")),
    ('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', p("&xxe;")),
    ('<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">', p(COND)),
], ids=["billion laughs", "external entity", "external DTD"])
def test_a_dtd_or_entity_is_refused_before_parsing(tmp_path, prolog, body):
    bad = write(tmp_path, docx_bytes(document=document_xml(body, prolog=prolog)))
    assert_refused(tmp_path, bad, ["含有 DTD 或实体声明", "另存为 .docx"], ["holds a DTD or entity declaration"])


def test_a_dtd_in_utf16_is_refused_too(tmp_path):
    doc = document_xml(p("&lol9;"), prolog=BILLION_LAUGHS).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    bad = write(tmp_path, docx_bytes(document=doc.encode("utf-16")))
    assert_refused(tmp_path, bad, ["含有 DTD 或实体声明"], ["holds a DTD or entity declaration"])


@pytest.mark.parametrize("encoding", ["TTF-8", "GB2312", "x-unknown-1"])
def test_an_encoding_expat_cannot_use(tmp_path, encoding):
    """Found by the .docx mutator: expat raised LookupError for the encoding declared 'TTF-8'."""
    doc = document_xml(p(COND)).replace('encoding="UTF-8"', f'encoding="{encoding}"')
    bad = write(tmp_path, docx_bytes(document=doc.encode("utf-8")))
    assert_refused(tmp_path, bad, ["声明了无法识别的字符编码"], ["declares a character encoding that cannot be read"])


def test_an_undefined_entity(tmp_path):
    bad = write(tmp_path, docx_bytes(p("&lol9;")))
    assert_refused(tmp_path, bad, ["的 XML 在第 1 行第"], ["is damaged at line 1"])


def deep(levels: int) -> str:
    return "<w:p>" + "<w:customXml>" * levels + run("满一年") + "</w:customXml>" * levels + "</w:p>"


def test_xml_nested_past_256_levels(tmp_path):
    bad = write(tmp_path, docx_bytes(deep(300)))
    assert_refused(tmp_path, bad, ["的 XML 嵌套超过 256 层"], ["nested more than 256 levels deep"])


def test_nesting_up_to_the_limit_is_read(tmp_path):
    path = write(tmp_path, docx_bytes(deep(240)))  # document/body/p + 240 + r/t: within 256
    assert read_draft(path).line(3).text == "满一年"


def test_the_nesting_limit_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_DEPTH", "20")
    bad = write(tmp_path, docx_bytes(deep(30)))
    assert_refused(tmp_path, bad, ["嵌套超过 20 层", "POLICY_LINT_MAX_DOCX_DEPTH"], ["more than 20 levels"])


@pytest.mark.parametrize("value", ["abc", "-1", "1.5", "", "１", "9" * 40])
def test_a_span_that_is_not_a_whole_number(tmp_path, value):
    rows = table(tr(tc("报名", f'<w:gridSpan w:val="{value}"/>'), tc("7月1日")))
    bad = write(tmp_path, docx_bytes(rows))
    assert_refused(tmp_path, bad, [f"表1第1行的合并单元格跨度「{value}」不是正整数"], ["is not a positive whole number"])


def test_a_huge_span(tmp_path):
    """gridSpan="1000000" made python-docx list a million cells per row: a 38 KB file grew past 7 GB."""
    rows = table(tr(tc("报名", '<w:gridSpan w:val="1000000"/>'), tc("7月1日")))
    bad = write(tmp_path, docx_bytes(rows * 20))
    assert_refused(tmp_path, bad, ["跨 1000000 列，超过 64 列的上限", "POLICY_LINT_MAX_DOCX_SPAN"],
                   ["spans 1000000 columns, above the limit of 64"])


def test_a_huge_grid_before(tmp_path):
    rows = table(tr(tc("报名"), props='<w:trPr><w:gridBefore w:val="99999999"/></w:trPr>'))
    assert_refused(tmp_path, write(tmp_path, docx_bytes(rows)), ["超过 64 列的上限"], ["above the limit of 64"])


def test_spans_within_the_limit_are_read(tmp_path):
    rows = table(tr(tc("报名", '<w:gridSpan w:val="64"/>')))
    lines = read_draft(write(tmp_path, docx_bytes(p(COND) + rows))).lines
    assert len(lines[3].cells) == 64 and lines[3].text == "报名"


def test_too_many_cells(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_CELLS", "100")
    rows = table(*[tr(*[tc(f"{r}-{c}") for c in range(10)]) for r in range(11)])
    bad = write(tmp_path, docx_bytes(rows))
    assert_refused(tmp_path, bad, ["超过 100 个单元格的上限", "POLICY_LINT_MAX_DOCX_CELLS"], ["more than 100 cells"])


def test_spans_count_as_cells(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_CELLS", "100")
    rows = table(*[tr(tc("报名", '<w:gridSpan w:val="60"/>')) for _ in range(2)])
    assert_refused(tmp_path, write(tmp_path, docx_bytes(rows)), ["超过 100 个单元格的上限"], ["more than 100 cells"])


def test_too_many_zip_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_ENTRIES", "50")
    extra = {f"word/media/image{i}.png": b"" for i in range(60)}
    bad = write(tmp_path, docx_bytes(p(COND), extra=extra))
    assert_refused(tmp_path, bad, ["压缩包中有 63 个文件，超过 50 个的上限", "POLICY_LINT_MAX_DOCX_ENTRIES"],
                   ["holds 63 files, above the limit of 50"])


def test_a_bad_limit_setting_is_an_error_not_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_CELLS", "很多")
    bad = write(tmp_path, docx_bytes(p(COND)))
    result = invoke("check", str(bad))
    assert result.exit_code == 2 and "POLICY_LINT_MAX_DOCX_CELLS" in result.output and "不是正整数" in result.output


# --- memory and time: zip bombs, paragraph floods ---------------------------------------------------------


def bomb(size: int, fill: bytes = b"<w:bookmarkEnd/>") -> bytes:
    """A .docx whose body unpacks to about ``size`` bytes of XML (compressed about a thousandfold)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as body:
            body.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p>'.encode())
            block = fill * (1 << 16)
            for _ in range(max(1, size // len(block))):
                body.write(block)
            body.write(b"</w:p></w:body></w:document>")
    return out.getvalue()


def test_a_zip_bomb_stops_at_the_unpacked_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_UNPACKED", "200000")
    bad = write(tmp_path, bomb(2_000_000))
    assert_refused(tmp_path, bad, ["解压后超过 200000 字节的上限", "压缩炸弹", "POLICY_LINT_MAX_DOCX_UNPACKED"],
                   ["unpacks to more than 200000 bytes", "zip bomb"])


def test_a_zip_bomb_lying_about_its_size_is_stopped_too(tmp_path, monkeypatch):
    """The declared size is not trusted: the bytes are counted as they are unpacked."""
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_UNPACKED", "200000")
    data = bomb(2_000_000)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size > 200_000
    data = _patch_entry(data, "word/document.xml", 0, 0, "<I", lambda v: v)  # (checks the helper on a no-op)
    # zip64 keeps the real sizes in an extra field: rewrite the entry as a plain (non-zip64) one that lies
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    lying = _patch_entry(plain.getvalue(), "word/document.xml", 22, 24, "<I", lambda v: 1000)
    assert zipfile.ZipFile(io.BytesIO(lying)).getinfo("word/document.xml").file_size == 1000
    assert_refused(tmp_path, write(tmp_path, lying), ["已损坏"], ["is damaged"])
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_UNPACKED", "500")  # and the count still applies below the lie
    lying_small = _patch_entry(plain.getvalue(), "word/document.xml", 22, 24, "<I", lambda v: 400)
    result = invoke("check", str(write(tmp_path, lying_small, "小.docx")))
    assert result.exit_code == 2 and "解压后超过 500 字节的上限" in result.output, result.output


_RSS = PEAK_MB + textwrap.dedent("""\
    import resource, sys, time
    from pathlib import Path
    from policy_lint.errors import InputError
    from policy_lint.extract import read_draft
    start = time.monotonic()
    try:
        read_draft(Path(sys.argv[1]))
        outcome = "read"
    except InputError as exc:
        outcome = exc.problems[0].message.en
    print(time.monotonic() - start, peak_mb(), outcome, sep="\\n")
""")


def measured(path: Path) -> tuple[float, int, str]:
    """Seconds and peak RSS (MB) of reading ``path`` in a fresh process, and how it ended."""
    done = subprocess.run([sys.executable, "-c", _RSS, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seconds, rss, outcome = done.stdout.strip().split("\n", 2)
    return float(seconds), int(rss), outcome


def test_a_zip_bomb_with_default_limits_is_refused_in_little_memory(tmp_path):
    """A 256 MB body in a 256 KB zip (python-docx took 4.2 GB for one of 2 GB) stops at 32 MiB unpacked."""
    bad = write(tmp_path, bomb(1 << 28, b"<w:p/>" * 8))
    assert bad.stat().st_size < 500_000
    seconds, rss, outcome = measured(bad)
    assert "unpacks to more than 33554432 bytes" in outcome
    assert rss < 300, (seconds, rss)  # memory, not time, is asserted: a slow machine fails no test


def test_a_flood_of_paragraphs_with_default_limits_is_refused_in_little_memory(tmp_path):
    """100,000 paragraphs in a 71 KB file took more than 300 s; the paragraph limit stops it at 10,000."""
    bad = write(tmp_path, docx_bytes(p(COND) * 100_000))
    seconds, rss, outcome = measured(bad)
    assert "more than 10000 paragraphs and table rows" in outcome
    assert rss < 300, (seconds, rss)
    assert_refused(tmp_path, bad, ["段落和表格行超过 10000 个的上限", "POLICY_LINT_MAX_LINES"], ["more than 10000"])


def test_the_paragraph_limit_is_the_line_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "200")
    bad = write(tmp_path, docx_bytes(p(COND) * 199))  # + 2 head paragraphs = 201
    assert_refused(tmp_path, bad, ["段落和表格行超过 200 个的上限"], ["more than 200 paragraphs"])
    ok = write(tmp_path, docx_bytes(p(COND) * 198), "刚好.docx")
    assert len(read_draft(ok).lines) == 200


def test_rows_count_as_lines(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "50")
    rows = table(*[tr(tc("报名"), tc("7月1日")) for _ in range(60)])
    assert_refused(tmp_path, write(tmp_path, docx_bytes(rows)), ["段落和表格行超过 50 个"], ["more than 50"])


def test_a_paragraph_too_long(tmp_path):
    bad = write(tmp_path, docx_bytes(p(COND) + "<w:p>" + run("居住证满一年") * 1000 + "</w:p>"))
    assert_refused(tmp_path, bad, ["第 4 段（或表格行）超过每段 5000 个字符的上限", "POLICY_LINT_MAX_LINE_LENGTH"],
                   ["paragraph (or table row) 4 is longer than the limit of 5000"])


def test_a_table_row_too_long(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINE_LENGTH", "100")
    rows = table(tr(*[tc("七月一日至七月十日") for _ in range(12)]))
    assert_refused(tmp_path, write(tmp_path, docx_bytes(rows)), ["第 3 段（或表格行）超过每段 100 个字符"],
                   ["longer than the limit of 100"])


def test_the_whole_text_is_held_to_the_size_of_a_text_draft(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_BYTES", "20000")
    bad = write(tmp_path, docx_bytes(p(COND) * 400))  # 400 × 60 bytes of UTF-8
    assert_refused(tmp_path, bad, ["文档的文字超过 20000 字节（按 UTF-8 计）的上限", "POLICY_LINT_MAX_BYTES"],
                   ["larger than the limit of 20000 bytes"])


# Linear growth (checking, noting sentences to confirm, rendering) is measured side by side with its
# reference in ``python -m benchmarks.linearity``: timing is a benchmark's job, never a test's.


@pytest.mark.parametrize("data", [
    docx_bytes(document=document_xml(p("&lol9;"), prolog=BILLION_LAUGHS)),
    docx_bytes(table(tr(tc("报名", '<w:gridSpan w:val="1000000"/>')))),
    b"not a zip",
], ids=["billion laughs", "span bomb", "not a zip"])
def test_extract_refuses_hostile_files_the_same_way(tmp_path, data):
    bad = write(tmp_path, data)
    result = invoke("extract", str(bad))
    assert result.exit_code == 2, result.output
    assert re.search(r"[\u4e00-\u9fff]", result.output) and "另存为 .docx" in result.output
    assert not _LEAKS.search(result.output), result.output


def _many_attributes(count: int) -> bytes:
    """A .docx whose body has one ``<w:p>`` with ``count`` distinct attributes (a0="1" a1="1" ..., base 36),
    written to the zip piece by piece (the test process stays small: its memory is the measured one's floor)."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"

    def name(i: int) -> str:
        out = ""
        while True:
            i, r = divmod(i, 36)
            out = digits[r] + out
            if not i:
                return "a" + out

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as body:
            body.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p'.encode())
            for block in range(0, count, 10_000):
                body.write("".join(f' {name(i)}="1"' for i in range(block, min(count, block + 10_000))).encode())
            body.write(f">{run(COND)}</w:p></w:body></w:document>".encode())
    return out.getvalue()


def test_a_tag_of_millions_of_attributes_is_refused_in_little_memory(tmp_path):
    """3.6 million attributes on one paragraph (32 MB unpacked) made expat build a dict of 949 MB."""
    data = _many_attributes(3_000_000)
    size = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").file_size
    assert 25_000_000 < size < 32 * 1024 * 1024
    bad = write(tmp_path, data)
    seconds, rss, outcome = measured(bad)
    assert "longer than 1048576 bytes" in outcome, outcome
    assert rss < 300, (seconds, rss)
    assert_refused(tmp_path, bad, ["超过 1048576 字节，不像 Word 保存的文件", "POLICY_LINT_MAX_DOCX_TAG"],
                   ["a tag (or a stretch between two tags) longer than 1048576 bytes"])


def test_a_tag_with_a_closing_bracket_in_every_attribute_is_still_one_tag(tmp_path, monkeypatch):
    """'>' may stand in an attribute value: a tag is measured from '<' to '<'."""
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_TAG", "5000")
    attrs = " ".join(f'a{i}=">"' for i in range(2000))
    bad = write(tmp_path, docx_bytes(f"<w:p {attrs}>{run(COND)}</w:p>"))
    assert_refused(tmp_path, bad, ["超过 5000 字节"], ["longer than 5000 bytes"])
    few = " ".join(f'a{i}="1"' for i in range(100))
    ok = write(tmp_path, docx_bytes(f"<w:p {few}>{run(COND)}</w:p>"), "好2.docx")
    assert codes(ok) == ["PL101"]


# --- text Word shows in the 泽州县 sample: the same finding as the plain text ------------------------------

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "drafts" / "泽州县.docx"
MATERIALS = ("第六条　报名时，父母或其他法定监护人须携带以下材料的原件及复印件到学区学校现场审核：户口本、居住证、"
             "房屋租赁合同（经备案）或购房合同、务工证明或营业执照、独生子女证、父母无犯罪记录证明、预防接种证。")
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def sample_with(old: str, new: str) -> bytes:
    """The 泽州县 sample with ``old`` in its body replaced by ``new`` (once)."""
    with zipfile.ZipFile(SAMPLE) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    body = parts["word/document.xml"].decode("utf-8")
    assert body.count(old) == 1
    parts["word/document.xml"] = body.replace(old, new).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def pl201(path: Path) -> list[str]:
    result = invoke("check", str(path))
    return [line.split(": PL201")[0].rsplit(":", 2)[-2] + ":" + line.split(": PL201")[0].rsplit(":", 1)[-1]
            for line in result.output.splitlines() if ": PL201 " in line]


def test_the_sample_baseline():
    assert pl201(SAMPLE) == ["15:78"]


def inline(markup: str) -> bytes:
    """The sample with 独生子女证 of its 第六条 written as ``markup`` (runs between the sentence's two halves)."""
    return sample_with("营业执照、独生子女证、", f"营业执照、</w:t></w:r>{markup}<w:r><w:t>、")


INLINE = {
    "symbol of a text font": '<w:r><w:sym w:font="SimSun" w:char="72EC"/><w:t>生子女证</w:t></w:r>',
    "ruby base, not its annotation": '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt><w:r>'
                                     '<w:t>dú shēng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>独生子女证</w:t></w:r>'
                                     '</w:rubyBase></w:ruby></w:r>',
    "bdo right to left": '<w:bdo w:val="rtl"><w:r><w:t>证女子</w:t></w:r><w:r><w:t>生独</w:t></w:r></w:bdo>',
    "dir right to left": '<w:dir w:val="rtl"><w:r><w:t>证女子生独</w:t></w:r></w:dir>',
    "choice Word understands": f'<mc:AlternateContent><mc:Choice Requires="wps w14"><w:r><w:t>独生子女证</w:t></w:r>'
                               f'</mc:Choice><mc:Fallback><w:r><w:t>出生证明</w:t></w:r></mc:Fallback>'
                               "</mc:AlternateContent>",
    "fallback of a choice Word does not understand": '<mc:AlternateContent xmlns:x9="urn:example:unknown">'
                                                     '<mc:Choice Requires="wps x9"><w:r><w:t>出生证明</w:t></w:r>'
                                                     '</mc:Choice><mc:Fallback><w:r><w:t>独生子女证</w:t></w:r>'
                                                     "</mc:Fallback></mc:AlternateContent>",
    "second choice when the first is not understood": '<mc:AlternateContent xmlns:x9="urn:example:unknown">'
                                                      '<mc:Choice Requires="x9"><w:r><w:t>出生证明</w:t></w:r>'
                                                      '</mc:Choice><mc:Choice Requires="w14"><w:r><w:t>独生子女证'
                                                      '</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>出生证明'
                                                      "</w:t></w:r></mc:Fallback></mc:AlternateContent>",
    "choice and fallback never both": '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>独生子女证</w:t>'
                                      '</w:r></mc:Choice><mc:Fallback><w:r><w:t>独生子女证</w:t></w:r></mc:Fallback>'
                                      "</mc:AlternateContent>",
}


@pytest.mark.parametrize("place", list(INLINE))
def test_text_word_shows_in_a_sentence_gives_the_plain_finding(tmp_path, place):
    path = write(tmp_path, inline(INLINE[place]))
    assert read_draft(path).line(15).text == MATERIALS
    assert pl201(path) == ["15:78"]


def _wps_box(text: str) -> str:
    return ('<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
            '<wp:docPr id="1" name="文本框 1" descr="不显示的说明"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
            "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>")


def _vml_box(text: str) -> str:
    return ('<w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1026" type="#_x0000_t202">'
            "<v:textbox><w:txbxContent><w:p><w:r>"
            f"<w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>")


BOXES = {
    "DrawingML text box": _wps_box(MATERIALS),
    "VML text box": _vml_box(MATERIALS),
    "text box as Word writes it (choice and fallback)": (
        f'<mc:AlternateContent><mc:Choice Requires="wps">{_wps_box(MATERIALS)}</mc:Choice>'
        f"<mc:Fallback>{_vml_box(MATERIALS)}</mc:Fallback></mc:AlternateContent>"),
}


@pytest.mark.parametrize("place", list(BOXES))
def test_a_text_box_is_read_as_lines_after_its_paragraph(tmp_path, place):
    """The sample's 第六条 moved into a text box anchored in an otherwise empty paragraph 15: line 16."""
    path = write(tmp_path, sample_with(f"<w:t>{MATERIALS}</w:t>", f"<w:t></w:t></w:r><w:r>{BOXES[place]}"))
    lines = read_draft(path).lines
    assert lines[14].text == "" and lines[15].text == MATERIALS
    assert [line.text for line in lines].count(MATERIALS) == 1
    assert pl201(path) == ["16:78"]


def test_text_box_paragraphs_follow_the_paragraph_holding_them(tmp_path):
    body = (f'<w:p>{run("甲")}<w:r>{_vml_box("框一")}</w:r>{run("乙")}</w:p>{p("丙")}'
            + table(tr(tc("环节"), f'<w:tc><w:p>{run("报名")}<w:r>{_vml_box("框二")}</w:r></w:p></w:tc>')))
    lines = read_draft(write(tmp_path, docx_bytes(body))).lines
    assert [line.text for line in lines[2:]] == ["甲乙", "框一", "丙", "环节\t报名 框二"]


def test_embedded_outside_content_is_refused(tmp_path):
    chunk = ('<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'r:id="rId9"/>')
    bad = write(tmp_path, docx_bytes(p(COND) + chunk))
    assert_refused(tmp_path, bad, ["含有嵌入的外部内容（altChunk），本工具无法读取", "嵌入内容会转为正文"],
                   ["holds embedded outside content (altChunk)"])


# --- control characters: refused as in a .rules file (policy_lint/source.py), with paragraph and code point -------


@pytest.mark.parametrize("markup, code", [
    (run("居住证&#x9b;满一年"), "U+009B"),
    (run("居住证&#x7f;满一年"), "U+007F"),
    (run("居住证&#x85;满一年"), "U+0085"),
    (run("居住证\u0090满一年"), "U+0090"),  # a C1 character written as itself (XML 1.0 allows it)
    ('<w:r><w:sym w:font="SimSun" w:char="0085"/></w:r>', "U+0085"),
], ids=["CSI", "DEL", "NEL", "literal C1", "symbol"])
def test_a_control_character_in_the_text_is_refused(tmp_path, markup, code):
    bad = write(tmp_path, docx_bytes(p(COND) + f"<w:p>{markup}</w:p>"))
    assert_refused(tmp_path, bad, [f"第 4 段（或表格行）含有不可见的控制字符（{code}）", "另存为 .docx"],
                   [f"paragraph (or table row) 4 holds an invisible control character ({code})"])
    result = invoke("extract", str(bad))
    assert result.exit_code == 2 and code in result.output, result.output
    assert not re.search("[\x7f-\x9f]", result.output)


def test_a_control_character_in_a_text_box_names_the_line_it_would_be(tmp_path):
    body = f'<w:p>{run("甲")}<w:r><w:pict><w:txbxContent>{p("框一")}{p("框&#x9b;")}</w:txbxContent></w:pict></w:r></w:p>'
    bad = write(tmp_path, docx_bytes(body))
    result = invoke("check", str(bad))
    assert result.exit_code == 2 and "第 5 段（或表格行）含有不可见的控制字符（U+009B）" in result.output, result.output


def test_a_c0_reference_xml_forbids_is_refused(tmp_path):
    bad = write(tmp_path, docx_bytes(p("居住证&#x1;满一年")))
    assert_refused(tmp_path, bad, ["的 XML 在第 1 行第", "已损坏"], ["is damaged at line 1"])


def test_bidi_and_zero_width_characters_are_left_to_pl001(tmp_path):
    path = write(tmp_path, docx_bytes(p("第二条　随迁子女父母须持有居住证&#x202e;满一年&#x2067;&#x200b;。")))
    assert read_draft(path).line(3).text == "第二条　随迁子女父母须持有居住证\u202e满一年\u2067\u200b。"
    result = invoke("check", str(path))
    assert result.exit_code in (0, 1), result.output


@pytest.mark.parametrize("second", ["word/document.xml", "Word/Document.xml", "_rels/.rels"])
def test_a_part_twice_in_the_zip_is_refused(tmp_path, second):
    """zipfile reads the last entry of a name, another reader the first: which text is checked would be a guess."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", document_xml(p(HALF)))
        with pytest.warns(UserWarning) if second in ("word/document.xml", "_rels/.rels") else nullcontext():
            zf.writestr(second, document_xml(p(COND)) if second != "_rels/.rels" else RELS)
    part = "_rels/.rels" if second == "_rels/.rels" else "word/document.xml"
    bad = write(tmp_path, out.getvalue())
    assert_refused(tmp_path, bad, [f"文档中有 2 个「{part}」", "另存为 .docx"], [f"2 entries named '{part}'"])


def test_a_flood_of_text_box_paragraphs_is_held_to_the_line_limit(tmp_path, monkeypatch):
    """A box's paragraphs wait for the end of the paragraph holding it: they are counted as they wait."""
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "100")
    body = f'<w:p><w:r><w:pict><w:txbxContent>{"<w:p/>" * 200}</w:txbxContent></w:pict></w:r></w:p>'
    bad = write(tmp_path, docx_bytes(body))
    assert_refused(tmp_path, bad, ["段落和表格行超过 100 个的上限"], ["more than 100 paragraphs"])


def test_nested_text_boxes_and_a_box_in_a_right_to_left_run(tmp_path):
    inner = f"<w:r><w:pict><w:txbxContent>{p('内框')}</w:txbxContent></w:pict></w:r>"
    body = (f'<w:p><w:bdo w:val="rtl">{run("丁丙")}<w:r><w:pict><w:txbxContent><w:p>{run("外框")}{inner}</w:p>'
            f"</w:txbxContent></w:pict></w:r>{run('乙甲')}</w:bdo></w:p>{p('戊')}")
    lines = read_draft(write(tmp_path, docx_bytes(body))).lines
    assert [line.text for line in lines[2:]] == ["甲乙丙丁", "外框", "内框", "戊"]


def test_a_text_box_outside_a_drawing_is_not_read(tmp_path):
    path = write(tmp_path, docx_bytes(f"<w:p>{run(HALF)}<w:r><w:txbxContent>{p(COND)}</w:txbxContent></w:r></w:p>"))
    assert [line.text for line in read_draft(path).lines[2:]] == [HALF]
