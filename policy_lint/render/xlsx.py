"""``--format xlsx``: the tables a bureau files as spreadsheets (openpyxl).

- ``review``: 附件3 as the city reports it (title, 填报单位, 序号 / 项目 / 数量, a figure city.toml does not give
  left blank and marked), and a sheet of each county's verdict;
- ``audit``: the 附件1 table recomputed — each city's and the total row's reported figures beside the
  recomputed ones, every reported cell that disagrees filled red with a comment naming the finding
  (code, message, what to do), the ranking — and a sheet of each city's review.

Everything a user wrote (a county's name, a quoted sentence) goes into a cell as text: a value starting
with ``=``, ``+``, ``-`` or ``@`` is prefixed with an apostrophe so no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import io

from ..messages import Lang, text
from .json_out import audit_json, review_json
from .labels import annex3_flat, report_label

RED = "FFFBE4E2"
AMBER = "FFFDF1D8"
HEAD = "FFF1F1EF"


def _safe(value):
    """A value as a cell holds it: numbers as numbers, text never read as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _label(key: str, lang: Lang, **values) -> str:
    return text(key, **values)(lang)


def _workbook():
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    return book


def _style_header(sheet, row: int, columns: int) -> None:
    from openpyxl.styles import Font, PatternFill

    for column in range(1, columns + 1):
        cell = sheet.cell(row=row, column=column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEAD)


def _widths(sheet, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _save(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render_review(review, lang: Lang = "zh") -> bytes:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    r = review_json(review, lang)
    book = _workbook()
    sheet = book.create_sheet(_label("xlsx.sheet.annex3", lang))
    city = r["city"]
    sheet.append([_safe(report_label("annex3", lang, year=city["year"]))])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([_safe(report_label("annex3_unit", lang, city=city["name"]))])
    sheet.append([report_label("annex3_no", lang), report_label("annex3_item", lang),
                  report_label("annex3_figure", lang)])
    _style_header(sheet, 3, 3)
    for number, label, value in annex3_flat(city["year"], r["annex3"], lang):
        sheet.append([number, _safe(label), value])
        if value is None:
            cell = sheet.cell(row=sheet.max_row, column=3)
            cell.fill = PatternFill("solid", fgColor=AMBER)
            cell.comment = Comment(_label("xlsx.blank", lang), "policy-lint")
    sheet.append([])
    sheet.append([_safe(report_label("annex3_filler", lang))])
    _widths(sheet, [8, 70, 14])

    verdicts = book.create_sheet(_label("xlsx.sheet.verdicts", lang))
    # remarks (提示) after the warnings, in a column that says they are no fault
    columns = ["xlsx.col.unit", "xlsx.col.verdict", "xlsx.col.errors", "xlsx.col.warnings", "xlsx.col.remarks",
               "xlsx.col.plan", "xlsx.col.reasons"]
    verdicts.append([_label(key, lang) for key in columns])
    _style_header(verdicts, 1, len(columns))
    for unit in r["units"]:
        verdicts.append([_safe(unit["name"]), unit["verdict_label"], unit["errors"], unit["warnings"],
                         len(unit.get("remarks", [])), unit["plan_status_label"], _safe(" ".join(unit["reasons"]))])
    _widths(verdicts, [16, 14, 8, 8, 12, 12, 80])
    return _save(book)


def render_audit(audit, lang: Lang = "zh") -> bytes:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    a = audit_json(audit, lang)
    book = _workbook()
    stats = a["statistics"]
    sheet = book.create_sheet(_label("xlsx.sheet.annex1", lang))
    if not stats or stats.get("status") != "checked":
        sheet.append([_label("xlsx.no_stats", lang)])
    else:
        year = stats.get("year") or a["province"]["year"]
        sheet.append([_safe(_label("xlsx.annex1_title", lang, year=year))])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([_label("xlsx.annex1_note", lang)])
        columns = ["xlsx.col.city", "xlsx.col.total", "xlsx.col.public", "xlsx.col.share", "xlsx.col.total_computed",
                   "xlsx.col.public_computed", "xlsx.col.share_computed", "xlsx.col.rank", "xlsx.col.problems"]
        sheet.append([_label(key, lang) for key in columns])
        _style_header(sheet, 3, len(columns))
        findings = {}
        for finding in stats.get("findings", []):
            findings.setdefault((finding["line"], finding["column"]), []).append(finding)
        rows = list(stats.get("cities", [])) + ([stats["total"]] if stats.get("total") else [])
        for row in rows:
            codes = sorted({c for key in ("total", "public", "share") for c in row["findings"][key]})
            sheet.append([_safe(row["name"]), row["total"], row["public"], row["share_shown"],
                          row["computed_total"], row["computed_public"], row["computed_share_shown"],
                          row.get("rank"), "、".join(codes) if lang != "en" else ", ".join(codes)])
            at = sheet.max_row
            if row.get("total_row"):
                for column in range(1, len(columns) + 1):
                    sheet.cell(row=at, column=column).font = Font(bold=True)
            for column, key, computed in ((2, "total", "computed_total"), (3, "public", "computed_public"),
                                          (4, "share", "computed_share_shown")):
                said = [f for f in stats.get("findings", []) if f["line"] == row["line"]
                        and f["code"] in row["findings"][key]]
                cell = sheet.cell(row=at, column=column)
                if said:  # a finding is on this cell: red, with what is wrong and what to do
                    cell.fill = PatternFill("solid", fgColor=RED)
                    cell.comment = Comment("\n".join(f"{f['code']} {f['message']} {f['suggestion']}" for f in said),
                                           "policy-lint")
                elif row["differs"][key]:  # differs from the recomputation, the fault named elsewhere (a city's typo)
                    cell.fill = PatternFill("solid", fgColor=AMBER)
                    cell.comment = Comment(_label("xlsx.differs", lang, computed=row[computed]), "policy-lint")
        _widths(sheet, [14, 16, 18, 16, 16, 18, 16, 8, 20])

    cities = book.create_sheet(_label("xlsx.sheet.cities", lang))
    columns = ["xlsx.col.city", "xlsx.col.status", "xlsx.col.submitted", "xlsx.col.counts"]
    cities.append([_label(key, lang) for key in columns])
    _style_header(cities, 1, len(columns))
    for city in a["cities"] + a["extra_cities"]:
        summary = city.get("summary") or {}
        counts = " / ".join(str(summary.get(k, "—")) for k in ("passed", "passed_after_changes", "failed")) \
            if summary else "—"
        cities.append([_safe(city["name"]), report_label(f"audit.status.{city['status']}", lang),
                       city.get("submitted") or "—", counts])
    _widths(cities, [14, 16, 14, 28])
    return _save(book)
