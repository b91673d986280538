"""The formats people have: PDF, .doc / .wps, saved web pages and .xlsx statistics, alone and in folders.

Each format either reads to the same text view (and so the same findings) as the .txt drawn from the same
draft, or is refused with one message saying what to do — never the rules language's "请提供用规则语言写成的
.rules 文本文件".  The PDF and the .doc are made here by LibreOffice from the sample Word drafts; in CI
(``CI=true``, where .ci/run installs LibreOffice) those tests never skip.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.engine import check_file, discover
from policy_lint.errors import InputError
from policy_lint.extract import extract_path, read_draft
from policy_lint.extract.pdf import paragraphs
from policy_lint.review import review_city

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "samples" / "drafts"
JINCHENG = ROOT / "samples" / "shanxi" / "jincheng"
SHANXI = ROOT / "samples" / "shanxi"
#: the counties of 晋城 whose drafts samples/drafts holds (城区 sent none)
JINCHENG_DRAFTS = ("泽州县", "高平市", "阳城县", "陵川县", "沁水县")
RULES_LANGUAGE_ADVICE = "请提供用规则语言写成的"

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                                   reason="LibreOffice is not installed (.ci/run installs it; in CI this never skips)")
runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def convert(source: Path, target: str, out_dir: Path) -> Path:
    """``source`` converted by LibreOffice to ``target`` (pdf, doc) in ``out_dir``."""
    assert SOFFICE is not None, "CI must have LibreOffice (.ci/run installs libreoffice-writer-nogui)"
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation={(out_dir / 'profile').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    made = out_dir / f"{source.stem}.{target}"
    assert made.is_file()
    return made


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """泽州县's draft as LibreOffice exports it: a PDF and an old Word .doc (made once for the module)."""
    out = tmp_path_factory.mktemp("made")
    source = out / "泽州县.docx"
    shutil.copy(DRAFTS / "泽州县.docx", source)
    return {"pdf": convert(source, "pdf", out), "doc": convert(source, "doc", out)}


def view(path: Path) -> str:
    return read_draft(path, path.name).text


def findings_of(path: Path, ruleset: str | None = None) -> list[tuple[str, int]]:
    result = check_file(path, path.name, ruleset)
    assert result.error is None, result.error
    return [(f.code, f.span.line) for f in result.findings]


def txt_view(unit: str) -> str:
    return (DRAFTS / f"{unit}.txt").read_text(encoding="utf-8").rstrip("\n")


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_draft(path, path.name)
    return caught.value.problems[0].message.zh


def assert_one_message_each_language(path: Path, zh: str, en: str) -> None:
    for lang, phrase in (("zh", zh), ("en", en)):
        result = invoke("check", "--lang", lang, str(path))
        assert result.exit_code == 2, result.output
        assert phrase in result.output, result.output
        assert RULES_LANGUAGE_ADVICE not in result.output


# --- PDF --------------------------------------------------------------------------------------------


@needs_soffice
def test_a_pdf_exported_from_the_word_draft_reads_as_the_drafts_text(made):
    assert view(made["pdf"]) == txt_view("泽州县")  # wrapped lines joined, quotes and dashes in place, table rows


@needs_soffice
def test_a_pdf_draft_has_the_findings_of_its_word_original(made):
    assert findings_of(made["pdf"]) == findings_of(DRAFTS / "泽州县.docx")
    assert findings_of(made["pdf"])  # the sample has findings: the comparison is not of two empty lists


@needs_soffice
def test_a_pdf_over_the_page_limit_is_refused_with_the_setting_to_raise(made, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_PDF_PAGES", "1")
    message = refusal(made["pdf"])
    assert "超过 1 页" in message and "POLICY_LINT_MAX_PDF_PAGES" in message


def _line(x0, x1, text, size=14.0):
    return {"x0": x0, "x1": x1, "size": size, "segments": [[x0, x1, text]]}


def test_wrapped_chinese_lines_are_joined_into_their_paragraph():
    page = {"left": 90.0, "right": 522.0, "lines": [
        _line(96.0, 517.0, "关于印发泽州县2021年随迁子女入学"),  # a centred title's full first line …
        _line(279.0, 333.0, "实施细则的通知"),  # … and its centred rest
        _line(122.0, 522.0, "第一条　为切实保障进城务工人员随迁子女平等接受义务"),
        _line(90.0, 522.0, "教育的权利，根据山西省教育厅《关于进一步做好进城务工人"),
        _line(90.0, 300.0, "员随迁子女就学工作的通知》精神，制定本细则。"),
        _line(122.0, 522.0, "第二条　符合下列条件的，可以申请入学，其父母应当同时具"),
        _line(90.0, 200.0, "备以下条件："),
        _line(122.0, 522.0, "（一）在本县居住满半年，持有有效居住证，且在本县有合法稳"),
        _line(90.0, 300.0, "定住所；"),
        _line(122.0, 500.0, "（二）在本县实际居住满半年；"),
        _line(122.0, 522.0, "在本县有合法稳定职业的，按照相对就近原则安排到公办学校"),
        _line(122.0, 400.0, "这一行缩进了：是新的一段。"),
        _line(296.0, 316.0, "- 2 -"),  # a page number
    ]}
    assert paragraphs([page]) == [
        "关于印发泽州县2021年随迁子女入学实施细则的通知",
        "第一条　为切实保障进城务工人员随迁子女平等接受义务教育的权利，根据山西省教育厅《关于进一步做好进城务工人员随迁子女就学工作的通知》精神，制定本细则。",
        "第二条　符合下列条件的，可以申请入学，其父母应当同时具备以下条件：",
        "（一）在本县居住满半年，持有有效居住证，且在本县有合法稳定住所；",
        "（二）在本县实际居住满半年；",
        "在本县有合法稳定职业的，按照相对就近原则安排到公办学校",
        "这一行缩进了：是新的一段。",
    ]


def test_a_paragraph_goes_on_across_a_page_break_and_a_split_line_is_a_table_row():
    first = {"left": 90.0, "right": 522.0, "lines": [
        _line(122.0, 522.0, "第三条　报名时须提供户口簿、居住证、房屋租赁合同或购房合"),
        _line(300.0, 320.0, "1")]}
    second = {"left": 90.0, "right": 522.0, "lines": [
        _line(90.0, 200.0, "同等材料。"),
        {"x0": 90.0, "x1": 500.0, "size": 14.0, "segments": [[90.0, 150.0, "网上报名"], [250.0, 400.0, "7 月 1 日"]]},
        _line(90.0, 300.0, "（2021）25 号文件另有规定的除外。"),  # a year in brackets starts no item
    ]}
    assert paragraphs([first, second]) == [
        "第三条　报名时须提供户口簿、居住证、房屋租赁合同或购房合同等材料。",
        ["网上报名", "7月1日"],  # a table row: one cell per segment
        "（2021）25号文件另有规定的除外。",
    ]


def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A small well-formed PDF from its objects (1 0 obj is the catalogue), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


PAGES = [b"<< /Type /Catalog /Pages 2 0 R >>",
         b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]


def test_a_scanned_pdf_without_a_text_layer_is_told_to_use_ocr_or_the_word_file(tmp_path):
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(_pdf(PAGES))
    assert_one_message_each_language(scan, "没有文字层", "no text layer")
    message = refusal(scan)
    assert "OCR" in message and ".docx" in message and "2 页" in message


@needs_soffice
def test_a_scanned_page_inside_a_pdf_with_text_is_named_not_dropped(made, tmp_path):
    from pdfminer.pdfparser import PDFParser  # noqa: F401 - the reader's library is there

    data = made["pdf"].read_bytes()
    # one more page, blank (no text layer), appended as an incremental update: the pages tree gains a kid
    import re as re_

    pages_obj = re_.search(rb"(\d+) 0 obj\s*<<\s*/Type\s*/Pages\b(.*?)>>\s*endobj", data, re_.S)
    assert pages_obj is not None
    number, body = pages_obj.group(1), pages_obj.group(2)
    kids = re_.search(rb"/Kids\s*\[(.*?)\]", body, re_.S)
    count = int(re_.search(rb"/Count\s+(\d+)", body).group(1))
    new = 9000
    new_body = body.replace(kids.group(0), b"/Kids [" + kids.group(1) + b" %d 0 R]" % new)
    new_body = re_.sub(rb"/Count\s+\d+", b"/Count %d" % (count + 1), new_body)
    startxref = int(re_.findall(rb"startxref\s+(\d+)", data)[-1])
    root = re_.findall(rb"/Root\s+(\d+ \d+ R)", data)[-1]
    size = max(int(n) for n in re_.findall(rb"/Size\s+(\d+)", data))
    out = bytearray(data)
    offsets = {}
    offsets[int(number)] = len(out)
    out += number + b" 0 obj\n<< /Type /Pages" + new_body + b">>\nendobj\n"
    offsets[new] = len(out)
    out += b"%d 0 obj\n<< /Type /Page /Parent %s 0 R /MediaBox [0 0 595 842] >>\nendobj\n" % (new, number)
    xref = len(out)
    out += b"xref\n"
    for obj, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (obj, offset)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (max(size, new + 1), root, startxref,
                                                                                     xref)
    mixed = tmp_path / "夹有扫描页.pdf"
    mixed.write_bytes(bytes(out))
    result = check_file(mixed, mixed.name)
    assert result.error is None
    notes = [p.message.zh for p in result.unread]
    assert any(f"第 {count + 1} 页" in n and "没有文字层" in n for n in notes), notes


def test_an_encrypted_pdf_is_told_to_give_the_word_file_or_an_unencrypted_copy(tmp_path):
    locked = tmp_path / "加密.pdf"
    encrypt = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 "
               b"/O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >> /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">] ")
    locked.write_bytes(_pdf(PAGES, encrypt))
    assert_one_message_each_language(locked, "PDF 已加密", "this PDF is encrypted")


def test_a_damaged_pdf_and_a_file_only_named_pdf_are_refused_in_words(tmp_path):
    damaged = tmp_path / "损坏.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without an end")
    assert_one_message_each_language(damaged, "PDF", "PDF")
    assert "Word" in refusal(damaged)
    named = tmp_path / "其实是文本.pdf"
    named.write_text("基本信息 {\n}\n", encoding="utf-8")
    assert "内容不是 PDF" in refusal(named)


def test_a_pdf_whose_page_unpacks_to_more_than_the_memory_cap_is_stopped(tmp_path, monkeypatch):
    import zlib

    packer = zlib.compressobj(9)
    chunk = b"0 0 m " * (1 << 16)
    stream = b"".join(packer.compress(chunk) for _ in range(1200)) + packer.flush()  # 470 MB unpacked, 1 MB packed
    bomb = tmp_path / "炸弹.pdf"
    bomb.write_bytes(_pdf([PAGES[0], b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                           b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
                           + b"\nendstream"]))
    monkeypatch.setenv("POLICY_LINT_MAX_PDF_MEMORY", str(300 * 1024 * 1024))
    message = refusal(bomb)
    assert "内存" in message and "POLICY_LINT_MAX_PDF_MEMORY" in message  # stopped by the cap, said in words


def test_a_pdf_that_takes_too_long_is_stopped(tmp_path, monkeypatch):
    import policy_lint.extract.pdf as pdf_reader

    slow = tmp_path / "slow.pdf"
    slow.write_bytes(_pdf(PAGES))
    monkeypatch.setenv("POLICY_LINT_MAX_PDF_SECONDS", "1")
    monkeypatch.setattr(pdf_reader, "_worker_command",
                        lambda *args: [os.sys.executable, "-c", "import time; time.sleep(30)"])
    message = refusal(slow)
    assert "超过 1 秒" in message and "POLICY_LINT_MAX_PDF_SECONDS" in message


# --- .doc and .wps ------------------------------------------------------------------------------------


@needs_soffice
def test_an_old_word_doc_is_converted_and_reads_as_the_drafts_text(made):
    assert view(made["doc"]) == txt_view("泽州县")
    assert findings_of(made["doc"]) == findings_of(DRAFTS / "泽州县.docx")


@needs_soffice
def test_a_wps_file_is_converted_too(made, tmp_path):
    wps = tmp_path / "泽州县.wps"  # WPS 文字 writes the Word 97 binary format under its own suffix
    shutil.copy(made["doc"], wps)
    draft = read_draft(wps, wps.name)
    assert draft.kind == "wps" and draft.text == txt_view("泽州县")


def test_without_libreoffice_a_doc_gets_how_to_save_it_as_docx_from_word_or_wps(tmp_path, monkeypatch):
    doc = tmp_path / "泽州县.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    monkeypatch.setenv("POLICY_LINT_SOFFICE", "none")
    assert_one_message_each_language(doc, "另存为", "Save As")
    message = refusal(doc)
    assert "Word" in message and "WPS" in message and ".docx" in message and "LibreOffice" in message


@needs_soffice
def test_a_doc_libreoffice_cannot_convert_is_refused_in_words(tmp_path):
    broken = tmp_path / "坏.doc"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
    assert_one_message_each_language(broken, "另存为 .docx", "save it as .docx")


def test_a_doc_that_is_really_a_docx_or_a_web_page_is_read_as_what_it_is(tmp_path):
    renamed = tmp_path / "泽州县.doc"
    shutil.copy(DRAFTS / "泽州县.docx", renamed)
    assert view(renamed) == txt_view("泽州县")
    page = tmp_path / "网页.doc"
    page.write_text(notice_html("泽州县"), encoding="utf-8")
    assert view(page) == txt_view("泽州县")
    junk = tmp_path / "乱码.wps"
    junk.write_bytes(b"not an office file at all")
    assert "不是 Word 或 WPS 文档" in refusal(junk)


# --- saved web pages ----------------------------------------------------------------------------------


def notice_html(unit: str, charset: str = "utf-8") -> str:
    """The county's draft as a government site publishes it: navigation, the notice, a footer, scripts."""
    body = []
    for line in txt_view(unit).split("\n"):
        if "\t" in line:
            cells = "".join(f"<td>{c}</td>" for c in line.split("\t"))
            body.append(f"<tr>{cells}</tr>")
        else:
            body.append(f"<p>{line}</p>")
    out, rows = [], []
    for item in body:  # table rows gathered into tables
        if item.startswith("<tr>"):
            rows.append(item)
            continue
        if rows:
            out.append("<table border='1'>" + "".join(rows) + "</table>")
            rows = []
        out.append(item)
    if rows:
        out.append("<table>" + "".join(rows) + "</table>")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{txt_view(unit).split(chr(10))[2]}_{unit}人民政府</title>
<script>document.write("<p>脚本写出的文字不是正文</p>");</script><style>p {{ text-indent: 2em }}</style></head>
<body><div class="header"><a href="/">首页</a> | <a href="/zwgk">政务公开</a></div>
<div class="nav"><ul><li>政策文件</li><li>通知公告</li></ul></div>
<div class="main"><div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
<div id="zoom" class="TRS_Editor">
{chr(10).join(out)}
<p style="display:none">隐藏的段落不是正文</p>
</div><div class="share">分享到：微信 微博</div></div>
<div class="footer">主办：{unit}人民政府　版权所有</div></body></html>
"""


def test_a_saved_notice_reads_as_its_main_content_only(tmp_path):
    page = tmp_path / "泽州县.html"
    page.write_text(notice_html("泽州县"), encoding="utf-8")
    text = view(page)
    assert text == txt_view("泽州县")
    for chrome in ("首页", "分享到", "版权所有", "脚本写出", "隐藏的段落"):
        assert chrome not in text


def test_a_notice_in_gb2312_with_its_meta_charset_or_with_a_bom_reads_the_same(tmp_path):
    gb = tmp_path / "泽州县.htm"
    gb.write_bytes(notice_html("泽州县", "gb2312").encode("gb18030"))
    bom = tmp_path / "泽州县-bom.html"
    bom.write_bytes(b"\xef\xbb\xbf" + notice_html("泽州县", "").encode("utf-8"))
    assert view(gb) == view(bom) == txt_view("泽州县")
    assert read_draft(gb, gb.name).encoding == "gb18030"


def test_a_notice_has_the_findings_of_the_word_draft(tmp_path):
    page = tmp_path / "泽州县.html"
    page.write_text(notice_html("泽州县"), encoding="utf-8")
    assert findings_of(page) == findings_of(DRAFTS / "泽州县.docx")


def test_web_page_markup_is_read_as_a_browser_shows_it(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>关于做好2021年随迁子女入学工作的通知 - 某县</title></head><body>"
                    "<p>第一条&nbsp;在本县居住\n   满半年；<br>第二条　持有<b>居住证</b>。</p>"
                    "<table><tr><th>环节</th><th colspan=2>时间</th></tr><tr><td>报名</td><td>7月1日</td>"
                    "<td>7月5日</td></tr></table><ul><li>材料一</li><li>材料二</li></ul></body></html>",
                    encoding="utf-8")
    draft = read_draft(page, page.name)
    assert [line.text for line in draft.lines] == [
        "关于做好2021年随迁子女入学工作的通知",  # the page's title, its site name cut, as the notice has no heading
        "第一条 在本县居住满半年；", "第二条　持有居住证。", "环节\t时间\t时间", "报名\t7月1日\t7月5日", "材料一", "材料二"]
    assert draft.lines[3].is_row and [c.column for c in draft.lines[3].cells] == [1, 2, 3]


def test_a_page_whose_text_a_script_loads_is_told_how_to_save_it(tmp_path):
    page = tmp_path / "动态.html"
    page.write_text("<html><head><title></title><script src='app.js'></script></head><body><div id='app'></div>"
                    "</body></html>", encoding="utf-8")
    assert_one_message_each_language(page, "没有读到正文", "no text was found")


def test_a_web_page_is_held_to_the_line_limits(tmp_path, monkeypatch):
    page = tmp_path / "长.html"
    page.write_text("<p>一段。</p>" * 50, encoding="utf-8")
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "10")
    assert "上限" in refusal(page)


# --- folders: check DIR and review ----------------------------------------------------------------------


def city_with(tmp_path: Path, name: str, files: dict[str, Path | str]) -> Path:
    """A copy of 晋城's city.toml with ``files`` (name → a file to copy, or text to write) beside it."""
    city = tmp_path / name
    city.mkdir()
    shutil.copy(JINCHENG / "city.toml", city / "city.toml")
    for file_name, content in files.items():
        if isinstance(content, Path):
            shutil.copy(content, city / file_name)
        else:
            (city / file_name).write_text(content, encoding="utf-8")
    return city


def verdicts(city: Path) -> dict[str, tuple]:
    review = review_city(city)
    return {u.name: (u.submitted, u.verdict, sorted(f.code for f in u.findings)) for u in review.units}


def test_review_of_the_counties_word_drafts_gives_the_verdicts_of_their_extracted_rules(tmp_path):
    drafts = city_with(tmp_path, "drafts", {f"{u}.docx": DRAFTS / f"{u}.docx" for u in JINCHENG_DRAFTS})
    rules = city_with(tmp_path, "rules", {f"{u}.rules": extract_path(DRAFTS / f"{u}.docx").text
                                          for u in JINCHENG_DRAFTS})
    from_drafts, from_rules = verdicts(drafts), verdicts(rules)
    assert from_drafts == from_rules
    assert all(from_drafts[u][0] for u in JINCHENG_DRAFTS)  # every county's draft was found and matched
    assert not from_drafts["城区"][0]  # 城区 sent nothing, in both
    assert len({v[1] for v in from_drafts.values()}) >= 2  # the verdicts differ between counties: a real comparison


def test_review_matches_drafts_in_every_format_to_their_units(tmp_path):
    files: dict[str, Path | str] = {"泽州县.html": notice_html("泽州县"), "高平市.docx": DRAFTS / "高平市.docx",
                                    "~$高平市.docx": "owner file"}  # Word's owner file beside an open draft
    city = city_with(tmp_path, "mixed", files)
    review = review_city(city)
    by_name = {u.name: u for u in review.units}
    assert by_name["泽州县"].submitted and by_name["泽州县"].readable
    assert by_name["高平市"].submitted and by_name["高平市"].readable
    assert not review.context.extra  # the owner file is no draft
    assert verdicts(city)["泽州县"] == verdicts(city_with(tmp_path, "rules", {
        "泽州县.rules": extract_path(DRAFTS / "泽州县.docx").text}))["泽州县"]


def test_a_units_rules_file_is_its_rules_and_its_draft_beside_it_an_extra_file(tmp_path):
    city = city_with(tmp_path, "both", {"泽州县.docx": DRAFTS / "泽州县.docx",
                                        "泽州县.rules": extract_path(DRAFTS / "泽州县.docx").text})
    review = review_city(city)
    unit = next(u for u in review.units if u.name == "泽州县")
    assert unit.path.endswith("泽州县.rules")
    assert [Path(r.path).name for r in review.context.extra] == ["泽州县.docx"]


def test_check_of_a_folder_of_word_drafts_checks_them(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for unit in ("泽州县", "高平市"):
        shutil.copy(DRAFTS / f"{unit}.docx", folder / f"{unit}.docx")
    assert sorted(Path(p).name for p, _ in discover([folder])) == ["泽州县.docx", "高平市.docx"]
    result = invoke("check", "-f", "json", str(folder))
    doc = json.loads(result.output)
    assert [Path(f["path"]).name for f in doc["files"]] == ["泽州县.docx", "高平市.docx"]
    assert all(f["status"] == "checked" for f in doc["files"])


# --- statistics as .xlsx --------------------------------------------------------------------------------


def _csv_rows() -> list[list[str]]:
    with open(SHANXI / "stats-2020.csv", encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def stats_workbook(path: Path, tamper: dict[str, object] | None = None, title: bool = True) -> Path:
    """附件1 as an Excel file: a merged title row and a unit line above the header, percentages as Excel
    percentages, a note below."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "附件1"
    book.create_sheet("说明").append(["本表由各市填报。"])
    book.move_sheet("说明", offset=-1)  # a first sheet without the table: the table's sheet is found
    if title:
        sheet.append(["附件1"])
        sheet.merge_cells("A1:E1")
        sheet.append(["2020年山西省义务教育阶段随迁子女就学情况统计表（单位：人，%）"])
    rows = _csv_rows()
    sheet.append(rows[0])
    for row in rows[1:]:
        share = float(row[3].rstrip("%")) / 100 if row[3] else None
        sheet.append([row[0], int(row[1]), int(row[2]), share] + row[4:])
        if share is not None:
            sheet.cell(sheet.max_row, 4).number_format = "0.00%"
    sheet.append(["注：公办学校就读人数含政府购买服务。"])
    for ref, value in (tamper or {}).items():
        sheet[ref] = value
    book.save(path)
    return path


def audit_json(stats: Path) -> dict:
    result = invoke("audit", "-f", "json", str(SHANXI), "--stats", str(stats))
    return json.loads(result.output)


def _without_lines(value):
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k not in ("line", "path", "span", "findings")}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


def _stats_part(doc: dict) -> tuple:
    """The statistics as read and recomputed, and the codes of their findings (lines and places aside: a title
    row moves them)."""
    stats = doc["statistics"]
    return (json.dumps(_without_lines(stats), sort_keys=True, ensure_ascii=False),
            sorted(f["code"] for f in stats["findings"]))


def tampered_csv() -> str:
    """The sample table with 阳泉市's share misreported (PL701) and its total row's count wrong (PL702)."""
    plain = (SHANXI / "stats-2020.csv").read_text(encoding="utf-8-sig")
    assert "97.60%" in plain and "140765" in plain
    return plain.replace("97.60%", "96.60%").replace("140765", "140766")


def test_an_xlsx_table_with_a_title_row_reads_as_the_csv(tmp_path):
    workbook = stats_workbook(tmp_path / "stats-2020.xlsx")
    assert _stats_part(audit_json(workbook)) == _stats_part(audit_json(SHANXI / "stats-2020.csv"))
    rows = _csv_rows()
    yangquan = next(i for i, r in enumerate(rows) if r[0] == "阳泉市") + 3
    total = next(i for i, r in enumerate(rows) if r[0] == "山西省") + 3
    changed = stats_workbook(tmp_path / "tampered.xlsx", {f"D{yangquan}": 0.966, f"B{total}": 140766})
    plain = tmp_path / "tampered.csv"
    plain.write_text(tampered_csv(), encoding="utf-8")
    got, want = _stats_part(audit_json(changed)), _stats_part(audit_json(plain))
    assert got == want and {"PL701", "PL702"} <= set(want[1])


def test_a_csv_table_with_a_title_row_and_notes_reads_as_the_plain_one(tmp_path):
    plain = tmp_path / "plain.csv"
    plain.write_text(tampered_csv(), encoding="utf-8")
    titled = tmp_path / "附件1.csv"
    titled.write_text("附件1,,,,\n2020年山西省随迁子女就学情况统计表（单位：人，%）,,,,\n" + tampered_csv()
                      + "注：公办学校就读人数含政府购买服务。,,,,\n填表人：张三,,,,\n", encoding="utf-8")
    got, want = _stats_part(audit_json(titled)), _stats_part(audit_json(plain))
    assert got == want and {"PL701", "PL702"} <= set(want[1])  # and no PL706 for the notes


def test_a_two_row_header_with_merged_cells_is_read(tmp_path):
    rows = _csv_rows()
    header = "市,2020年义务教育阶段学校随迁子女入学总数(人),公办学校,,备注\n,,就读人数,就读比例,\n"
    body = "\n".join(",".join(r) for r in rows[1:]) + "\n"
    table = tmp_path / "两行表头.csv"
    table.write_text(header + body, encoding="utf-8")
    assert _stats_part(audit_json(table)) == _stats_part(audit_json(SHANXI / "stats-2020.csv"))


def test_a_finding_on_an_xlsx_names_the_sheet_row_and_column(tmp_path):
    rows = _csv_rows()
    row = next(i for i, r in enumerate(rows) if r[0] == "阳泉市") + 3  # two title rows above the header
    workbook = stats_workbook(tmp_path / "改过的.xlsx", {f"D{row}": 0.966})
    for lang, where in (("zh", f"工作表「附件1」D{row} 单元格"), ("en", f"sheet '附件1', cell D{row}")):
        result = invoke("audit", "--lang", lang, str(SHANXI), "--stats", str(workbook))
        line = next(ln for ln in result.output.splitlines() if "PL701" in ln and "阳泉市" in ln)
        assert where in line and f":{row}:" in line


def test_a_bad_figure_in_an_xlsx_is_refused_at_its_cell(tmp_path):
    workbook = stats_workbook(tmp_path / "错.xlsx", {"B5": "一万二"})
    result = invoke("audit", str(SHANXI), "--stats", str(workbook))
    assert result.exit_code == 2
    assert "工作表「附件1」B5 单元格" in result.output and "一万二" in result.output


def test_a_formula_never_calculated_is_refused_at_its_cell(tmp_path):
    workbook = stats_workbook(tmp_path / "公式.xlsx", {"C5": "=B5*0.9"})
    result = invoke("audit", str(SHANXI), "--stats", str(workbook))
    assert result.exit_code == 2 and "C5" in result.output and "没有保存计算结果" in result.output


def test_an_old_xls_a_damaged_xlsx_and_a_workbook_without_the_table_each_get_their_message(tmp_path):
    old = tmp_path / "附件1.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    damaged = tmp_path / "坏.xlsx"
    damaged.write_bytes(b"PK\x03\x04 broken")
    import openpyxl

    other = tmp_path / "别的表.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "电话"])
    book.save(other)
    for path, phrase in ((old, "另存为"), (damaged, "不是有效的 Excel 工作簿"), (other, "没有找到统计表的表头")):
        result = invoke("audit", str(SHANXI), "--stats", str(path))
        assert result.exit_code == 2 and phrase in result.output, result.output


def test_an_xlsx_that_unpacks_beyond_the_limit_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    workbook = stats_workbook(tmp_path / "大.xlsx")
    with zipfile.ZipFile(workbook, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.png", b"\0" * 200_000)
    monkeypatch.setenv("POLICY_LINT_MAX_DOCX_UNPACKED", "100000")
    result = invoke("audit", str(SHANXI), "--stats", str(workbook))
    assert result.exit_code == 2 and "POLICY_LINT_MAX_DOCX_UNPACKED" in result.output


# --- what check says of other files ---------------------------------------------------------------------


def test_check_of_a_statistics_table_or_a_picture_says_what_to_do(tmp_path):
    workbook = stats_workbook(tmp_path / "附件1.xlsx")
    assert_one_message_each_language(workbook, "audit", "audit")
    picture = tmp_path / "扫描.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0\0\x10JFIF\0" + bytes(range(256)) * 4)
    assert_one_message_each_language(picture, "图片", "picture")
    unknown = tmp_path / "数据.bin"
    unknown.write_bytes(bytes(range(256)) * 4)
    result = invoke("check", str(unknown))
    assert result.exit_code == 2 and RULES_LANGUAGE_ADVICE not in result.output
    assert "PDF" in result.output and "Word" in result.output
