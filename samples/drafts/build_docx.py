"""Build each sample draft's Word file (<name>.docx) from its text (<name>.txt), deterministically.

Each line of the .txt becomes one paragraph of the .docx; consecutive lines
with tab-separated cells become one real Word table (one row per line).  So
paragraph N of the Word file is line N of the text, and ``policy-lint extract``
gives the same rules for both.  The layout follows the usual look of a county
document: the issuing office and the title centred, chapter headings in bold,
body paragraphs indented by two characters, tables with grid lines.

The output does not depend on when or where it is built (fixed document
properties, fixed zip timestamps), so the committed .docx files change only
when their text does.

    python samples/drafts/build_docx.py            # rebuild every .docx here
    python samples/drafts/build_docx.py --check    # exit 1 if a .docx is out of date
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2021, 6, 1, 8, 0, 0)
ZIP_TIME = (2021, 6, 1, 8, 0, 0)

_CHAPTER = re.compile(r"^(?:第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、[^。]{2,12}$)")
_TITLE = re.compile(r"(?:细则|办法|方案|通知)$")
_DOC_NO = re.compile(r"〔[0-9０-９]{4}〕[0-9０-９]+号$")
_SIGNATURE_DATE = re.compile(r"^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$")


def _font(run, size: float, bold: bool = False, east_asia: str = "仿宋_GB2312") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)


def build(text: str) -> bytes:
    """The .docx bytes for the draft ``text`` (one paragraph per line, tab-separated lines as tables)."""
    document = Document()
    props = document.core_properties
    props.author = "policy-lint samples"
    props.last_modified_by = "policy-lint samples"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    props.title = ""
    lines = text.rstrip("\n").split("\n")
    rows: list[list[str]] = []
    first_body = None

    def flush_table() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, cells in enumerate(rows):
            for c in range(width):
                cell = table.cell(r, c)
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _font(paragraph.add_run(cells[c] if c < len(cells) else ""), 12, bold=(r == 0),
                      east_asia="宋体")
        rows.clear()

    for number, line in enumerate(lines, start=1):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush_table()
        paragraph = document.add_paragraph()
        stripped = line.strip()
        if first_body is None and number <= 8 and (
                number == 1 or _DOC_NO.search(stripped) or _TITLE.search(stripped) and "随迁子女" in stripped):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if number == 1:
                _font(paragraph.add_run(line), 22, bold=True, east_asia="方正小标宋简体")
                paragraph.runs[0].font.color.rgb = RGBColor(0xC0, 0, 0)
            elif _DOC_NO.search(stripped):
                _font(paragraph.add_run(line), 16)
            else:
                _font(paragraph.add_run(line), 18, bold=True, east_asia="方正小标宋简体")
            continue
        if number > 3 and first_body is None:
            first_body = number
        if _CHAPTER.match(stripped):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if stripped.startswith("第") else WD_ALIGN_PARAGRAPH.LEFT
            _font(paragraph.add_run(line), 16, bold=True, east_asia="黑体")
            continue
        if number >= len(lines) - 1 and (_SIGNATURE_DATE.match(stripped) or stripped.endswith("教育局")):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(paragraph.add_run(line), 16)
            continue
        paragraph.paragraph_format.first_line_indent = Pt(32)
        _font(paragraph.add_run(line), 16)
    flush_table()
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's timestamp and attributes fixed (byte-identical rebuilds)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 3
            target.writestr(fixed, source.read(info.filename), compresslevel=9)
    return out.getvalue()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for txt in sorted(HERE.glob("*.txt")):
        target = txt.with_suffix(".docx")
        data = build(txt.read_text(encoding="utf-8"))
        if check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(target.name)
            continue
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            print(f"wrote {target.relative_to(HERE.parent.parent)}")
    if stale:
        print("out of date (run python samples/drafts/build_docx.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
