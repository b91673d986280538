"""Terminal output: one block per finding, the source line with a caret, the citation and the fix."""

from __future__ import annotations

import unicodedata

import typer

from ..engine import FileResult
from ..errors import InputError, Problem
from ..findings import Finding
from ..messages import Lang, text


def display_width(s: str) -> int:
    """Columns ``s`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def caret_lines(source_line: str, column: int, end_column: int | None) -> tuple[str, str]:
    """The source line (tabs expanded) and a caret line under columns [column, end_column)."""
    line = source_line.replace("\t", " ")
    start = max(column - 1, 0)
    end = end_column - 1 if end_column and end_column - 1 > start else start + 1
    end = min(end, max(len(line), start + 1))
    pad = display_width(line[:start])
    width = max(display_width(line[start:end]), 1)
    return line, " " * pad + "^" * width


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, s: str, **kw) -> str:
        return typer.style(s, **kw) if self.color else s


def _gutter_block(style: _Style, line_no: int, source_line: str, column: int, end_column: int | None,
                  caret_color: str) -> list[str]:
    line, carets = caret_lines(source_line, column, end_column)
    width = len(str(line_no))
    bar = style(" " * width + " |", fg="blue")
    return [
        bar,
        style(f"{line_no} |", fg="blue") + " " + line,
        bar + " " + style(carets, fg=caret_color, bold=True),
    ]


def render_finding(f: Finding, source_text: str | None, lang: Lang, style: _Style) -> list[str]:
    label = text(f"label.{f.severity}")(lang)
    color = "red" if f.severity == "error" else "yellow"
    head = (
        style(f"{f.path}:{f.span.line}:{f.span.column}:", bold=True) + " "
        + style(f"{f.code}", fg=color, bold=True) + " "
        + style(f"[{label}]", fg=color) + " " + f.message(lang)
    )
    out = [head]
    if source_text is not None:
        lines = source_text.split("\n")
        if 1 <= f.span.line <= len(lines):
            end = f.span.end_column if f.span.end_line == f.span.line else None
            out += _gutter_block(style, f.span.line, lines[f.span.line - 1], f.span.column, end, color)
    c = f.basis.citation
    layer = f.basis.layer_title_en if lang == "en" else f.basis.layer_title
    indent = " " * (len(str(f.span.line)) + 1)
    unverified = text("label.unverified")(lang) if not c.verified else ""
    if lang == "en":
        basis = f"{c.label()}: “{c.quote}”{unverified} ({text('label.layer')(lang)}: {layer})"
    else:
        basis = f"{c.label()}：“{c.quote}”{unverified}（{text('label.layer')(lang)}：{layer}）"
    out.append(f"{indent}= {text('label.basis')(lang)}: {basis}")
    if c.note:
        out.append(f"{indent}  {text('label.note')(lang)}: {c.note}")
    out.append(f"{indent}= {text('label.fix')(lang)}: {f.suggestion(lang)}")
    return out


def render_problem(path: str, problem: Problem, source_text: str | None, lang: Lang, style: _Style) -> list[str]:
    label = text("label.error")(lang)
    where = path
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    out = [style(f"{where}:", bold=True) + " " + style(f"[{label}]", fg="red") + " " + problem.message(lang)]
    if source_text is not None and problem.line is not None:
        lines = source_text.split("\n")
        if 1 <= problem.line <= len(lines):
            out += _gutter_block(style, problem.line, lines[problem.line - 1], problem.column or 1,
                                 problem.end_column, "red")
    return out


def render_error(error: InputError, lang: Lang, style: _Style) -> list[str]:
    out: list[str] = []
    for problem in error.problems:
        out += render_problem(error.path, problem, error.source_text, lang, style)
        out.append("")
    return out


def render(results: list[FileResult], lang: Lang = "zh", color: bool = False) -> str:
    style = _Style(color)
    out: list[str] = []
    for result in results:
        if result.error is not None:
            out += render_error(result.error, lang, style)
            continue
        source_text = result.source.text if result.source else None
        for finding in result.findings:
            out += render_finding(finding, source_text, lang, style)
            out.append("")
    out.append(summary(results, lang))
    return "\n".join(out) + "\n"


def summary(results: list[FileResult], lang: Lang) -> str:
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    unreadable = sum(1 for r in results if r.error is not None)
    if not errors and not warnings and not unreadable:
        return text("summary.clean", files=len(results))(lang)
    extra = text("summary.unreadable", count=unreadable)(lang) if unreadable else ""
    return text("summary.findings", files=len(results), errors=errors, warnings=warnings, unreadable=extra)(lang)


# --- city review (``policy-lint review``) ------------------------------------------------------------------

#: the report's headings and labels (the sentences of findings and verdicts live in the message catalogue)
REPORT_LABELS: dict[str, tuple[str, str]] = {
    "title": ("{city} {year} 年进城务工人员随迁子女入学实施细则审核报告",
              "{city} {year}: review of the county admission rules for migrant workers' children"),
    "province": ("省份", "Province"),
    "ruleset": ("规则集", "Ruleset"),
    "config": ("配置文件", "Configuration"),
    "deadline": ("县级报市截止日期", "County rules due"),
    "deadline_none": ("未设定", "not set"),
    "city_submitted": ("报省日期", "Sent to the province"),
    "key_counties": ("重点督促县", "Key counties"),
    "none": ("无", "none"),
    "summary": ("审核结论汇总", "Verdicts"),
    "totals": ("共 {units} 个县（市、区），已审核 {reviewed} 个：通过 {passed}，修改后通过 {passed_after_changes}，"
               "不通过 {failed}；错误 {errors} 项，警告 {warnings} 项。",
               "{units} county unit(s), {reviewed} reviewed: {passed} pass, {passed_after_changes} pass after changes, "
               "{failed} fail; {errors} error(s), {warnings} warning(s)."),
    "unit": ("县（市、区）", "County unit"),
    "key": ("重点督促", "Key county"),
    "status": ("报送情况", "Submission"),
    "verdict": ("审核意见", "Verdict"),
    "errors": ("错误", "Errors"),
    "warnings": ("警告", "Warnings"),
    "reasons": ("理由", "Reasons"),
    "status.reviewed": ("已审核", "reviewed"),
    "status.unreadable": ("无法读取", "unreadable"),
    "status.not_submitted": ("未报送", "not submitted"),
    "yes": ("是", "yes"),
    "chart": ("各县问题分布（按检查类别）", "Findings by county and family"),
    "chart_none": ("未发现问题。", "No findings."),
    "opinions": ("各县（市、区）审核意见", "Review opinion for each county unit"),
    "opinion": ("{unit} 审核意见", "Review opinion: {unit}"),
    "file": ("文件", "File"),
    "doc_number": ("文号", "Document number"),
    "submitted_on": ("报送日期", "Submitted on"),
    "plan": ("工作方案", "Work plan"),
    "plan_none": ("未报送", "none filed"),
    "no_findings": ("未发现问题。", "No findings."),
    "problems": ("无法读取的原因", "Why it could not be read"),
    "sign": ("审核单位（盖章）：＿＿＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日",
             "Reviewing office (seal): ______________    Reviewer: __________    Date: __________"),
    "consistency": ("市内一致性（各县政策大体一致）", "Consistency within the city"),
    "consistency_note": ("「≠」标出与全市通行值的差异超出规则集容差的县（时长 {months} 个月、日期 {days} 天、材料 {materials} 项），"
                         "「~」为容差内或未作比较的其他取值。",
                         "'≠' marks a county whose value is further from the prevailing one than the ruleset tolerates "
                         "({months} month(s), {days} day(s), {materials} material(s)); '~' another value, within tolerance or not compared."),
    "consistency_unchecked": ("本规则集未要求市内一致性，下表仅供参考。",
                              "This ruleset does not require consistency within the city; the table is for reference."),
    "consistency_empty": ("没有可比较的参数。", "No comparable parameters."),
    "item": ("项目", "Parameter"),
    "prevailing": ("全市通行值", "Prevailing value"),
    "sharing": ("采用该值的县", "Counties sharing it"),
    "outliers": ("超出容差的县及其取值", "Outliers and their values"),
    "within": ("其他取值", "Other values"),
    "tied": ("并列", "tied with"),
    "too_few": ("仅 {count} 个县（市、区）写明，不作比较。", "Stated by only {count} unit(s): not compared."),
    "no_majority": ("没有过半数县（市、区）共同的取值，不作比较。", "No value shared by most units: not compared."),
    "extra_items": ("多", "extra"),
    "missing_items": ("缺", "missing"),
    "annex3": ("附件3　{year} 年义务教育阶段进城务工人员随迁子女就学工作汇总表",
               "Annex 3: {year} summary of schooling for migrant workers' children in compulsory education"),
    "annex3_unit": ("填报单位（市级教育行政部门公章）：{city}", "Reporting body (seal of the city education bureau): {city}"),
    "annex3_filler": ("填报人：＿＿＿＿＿＿　　填报时间：＿＿＿＿＿＿", "Filled in by: __________    Date: __________"),
    "annex3_no": ("序号", "No."),
    "annex3_item": ("项目", "Item"),
    "annex3_figure": ("数量", "Figure"),
    "annex3_blank": ("空白处为 city.toml [statistics] 未提供的数字，请手工填报。",
                     "Blank figures are not given in city.toml [statistics]; fill them in by hand."),
    "extra": ("未列入 city.toml 的文件", "Files not listed in city.toml"),
    "unreadable": ("无法读取的文件", "Unreadable files"),
    "city_findings": ("全市层面的问题", "City-wide findings"),
    "findings": ("问题", "Findings"),
    "footer": ("由 policy-lint {version} 依据规则集 {ruleset} 生成；每项问题均注明所依据的文件、条款和原文。",
               "Generated by policy-lint {version} with the ruleset {ruleset}; every finding cites its document, article and wording."),
}

#: the 附件3 table as the seed lays it out: (number, heading of a split row or None, [(key, zh, en)])
ANNEX3: tuple[tuple[str, tuple[str, str] | None, tuple[tuple[str, str, str], ...]], ...] = (
    ("1", None, (
        ("units_total", "市域区内县区总数", "county units in the city"),
        ("units_reviewed", "已审核随迁子女入学实施细则县区数量", "units whose rules were reviewed"),
        ("units_not_reviewed", "未审核随迁子女入学实施细则县区数量", "units whose rules were not reviewed"),
    )),
    ("2", ("{year} 年新增义务教育学位数量（针对所有学生）", "new compulsory-education places in {year} (all pupils)"), (
        ("new_places_primary", "小学", "primary"),
        ("new_places_junior", "初中", "junior secondary"),
        ("new_places_total", "合计", "total"),
    )),
    ("3", None, (
        ("migrant_children_total", "市域内义务教育阶段随迁子女总数", "migrant children in compulsory education"),
        ("migrant_worker_children_total", "市域内义务教育阶段进城务工人员随迁子女总数",
         "children of migrant workers in compulsory education"),
    )),
    ("3", ("其中进城务工人员随迁子女在公办义务教育学校就读人数", "of whom in public schools"), (
        ("public_primary", "小学", "primary"),
        ("public_junior", "初中", "junior secondary"),
        ("public_total", "合计", "total"),
    )),
    ("3", ("进城务工人员随迁子女享受购买民办义务教育学校学位人数", "of whom in places bought at private schools"), (
        ("purchased_primary", "小学", "primary"),
        ("purchased_junior", "初中", "junior secondary"),
        ("purchased_total", "合计", "total"),
    )),
    ("4", None, (
        ("zhongkao_applicants", "随迁子女在流入地参加中考报名人数", "applicants for the zhongkao where they live"),
        ("gaokao_applicants", "随迁子女在流入地参加高考报名人数", "applicants for the gaokao where they live"),
    )),
)


def capitalise(value: str) -> str:
    """An English label or sentence begun with a capital (Chinese is unchanged)."""
    return value[:1].upper() + value[1:]


def report_label(key: str, lang: Lang, **values: object) -> str:
    zh, en = REPORT_LABELS[key]
    return (en if lang == "en" else zh).format(**values)


def report_labels(lang: Lang) -> dict[str, str]:
    """Every report label in ``lang``, unformatted (templates fill the placeholders with ``format``)."""
    return {key: (en if lang == "en" else zh) for key, (zh, en) in REPORT_LABELS.items()}


def annex3_rows(year: int, figures: dict[str, int | None], lang: Lang) -> list[dict]:
    """The 附件3 table's rows: number, optional heading, and (label, figure) cells."""
    rows = []
    for number, heading, cells in ANNEX3:
        head = None
        if heading is not None:
            head = (heading[1] if lang == "en" else heading[0]).format(year=year)
        rows.append({
            "number": number,
            "heading": head,
            "cells": [{"key": key, "label": en if lang == "en" else zh, "value": figures.get(key)}
                      for key, zh, en in cells],
        })
    return rows


def annex3_flat(year: int, figures: dict[str, int | None], lang: Lang) -> list[tuple[str, str, int | None]]:
    """The 附件3 figures one per line: (number, full label, figure)."""
    sep = ": " if lang == "en" else "："
    out = []
    for row in annex3_rows(year, figures, lang):
        for cell in row["cells"]:
            label = f"{row['heading']}{sep}{cell['label']}" if row["heading"] else cell["label"]
            out.append((row["number"], label, cell["value"]))
    return out


def consistency_outlier_text(cell: dict, kind: str, lang: Lang) -> str:
    """A differing cell as the reports show it: the value, or for a set what it adds and lacks."""
    if kind == "set":
        parts = []
        if cell.get("extra"):
            parts.append(report_label("extra_items", lang) + " " + "、".join(cell["extra"]))
        if cell.get("missing"):
            parts.append(report_label("missing_items", lang) + " " + "、".join(cell["missing"]))
        return ("; " if lang == "en" else "；").join(parts) or cell["value"]
    return cell["value"]


def prevailing_text(row: dict, lang: Lang) -> str:
    """A consistency row's prevailing value, with any value tied with it."""
    shown = row["prevailing"] or "—"
    if row.get("tied"):
        sep = ": " if lang == "en" else "："
        shown += ("; " if lang == "en" else "；") + report_label("tied", lang) + sep + \
            (", " if lang == "en" else "、").join(row["tied"])
    return shown


def not_compared_text(row: dict, lang: Lang) -> str | None:
    """Why a consistency row names no outlier, when it was not compared at all."""
    if row.get("comparable", True):
        return None
    from ..consistency import MIN_STATING

    if row["stating"] < MIN_STATING:
        return report_label("too_few", lang, count=row["stating"])
    return report_label("no_majority", lang)


def _pad(s: str, width: int) -> str:
    return s + " " * max(width - display_width(s), 0)


def _table(rows: list[list[str]], header: bool = True, paint=None) -> list[str]:
    """Columns aligned by display width (CJK characters count two); ``paint(row, column, padded)`` may colour a cell."""
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for i, row in enumerate(rows):
        cells = [_pad(c, widths[j]) for j, c in enumerate(row)]
        if paint is not None:
            cells = [paint(i, j, c) for j, c in enumerate(cells)]
        out.append("  ".join(cells).rstrip())
        if header and i == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def render_review(review, lang: Lang = "zh", color: bool = False) -> str:
    """The review for a terminal: summary, each county's 审核意见, consistency, 附件3, extra and unreadable files."""
    from .. import __version__
    from .json_out import review_json

    style = _Style(color)
    r = review_json(review, lang)
    city = r["city"]
    sep = ": " if lang == "en" else "："
    listsep = ", " if lang == "en" else "、"
    verdict_color = {"passed": "green", "passed_after_changes": "yellow", "failed": "red"}

    def heading(s: str, ch: str = "=") -> list[str]:
        return [style(s, bold=True), ch * display_width(s)]

    out: list[str] = heading(report_label("title", lang, city=city["name"], year=city["year"]))
    deadline = city["deadline"] or report_label("deadline_none", lang)
    if city["deadline_source"]:
        deadline += f" ({city['deadline_source']})" if lang == "en" else f"（{city['deadline_source']}）"
    out += [
        f"{report_label('province', lang)}{sep}{city['province']}",
        f"{report_label('ruleset', lang)}{sep}{city['ruleset']} {city['ruleset_title']}",
        f"{report_label('config', lang)}{sep}{city['config']}",
        f"{report_label('deadline', lang)}{sep}{deadline}",
        f"{report_label('key_counties', lang)}{sep}{listsep.join(city['key_counties']) or report_label('none', lang)}",
    ]
    if city["submitted"]:
        out.append(f"{report_label('city_submitted', lang)}{sep}{city['submitted']}")
    out.append("")

    # summary
    out += heading(report_label("summary", lang), "-")
    rows = [[report_label(k, lang) for k in ("unit", "key", "status", "verdict", "errors", "warnings", "reasons")]]
    for u in r["units"]:
        rows.append([u["name"], report_label("yes", lang) if u["key"] else "", report_label(f"status.{u['status']}", lang),
                     u["verdict_label"], str(u["errors"]), str(u["warnings"]), " ".join(map(capitalise, u["reasons"]))])

    def paint(i: int, j: int, cell: str) -> str:
        if i == 0 or j != 3:
            return cell
        label = r["units"][i - 1]["verdict_label"]
        colour = verdict_color[r["units"][i - 1]["verdict"]]
        return style(label, fg=colour, bold=True) + cell[len(label):]

    out += _table(rows, paint=paint)
    out += ["", report_label("totals", lang, **r["summary"]), ""]

    # consistency
    out += heading(report_label("consistency", lang), "-")
    cons = r["consistency"]
    if not cons["checked"]:
        out.append(report_label("consistency_unchecked", lang))
    elif cons["rows"]:
        out.append(_consistency_note(review, lang))
    for row in cons["rows"]:
        sharing = listsep.join(row["sharing"])
        prevailing = prevailing_text({**row, "tied": []}, lang)
        if sharing:
            prevailing += f" ({sharing})" if lang == "en" else f"（{sharing}）"
        if row["tied"]:
            prevailing += ("; " if lang == "en" else "；") + report_label("tied", lang) + sep + listsep.join(row["tied"])
        out.append(style(capitalise(row["label"]), bold=True))
        out.append(f"    {report_label('prevailing', lang)}{sep}{prevailing}")
        if not_compared_text(row, lang):
            out.append(f"    {not_compared_text(row, lang)}")
        for c in row["outliers"]:
            value = consistency_outlier_text(c, row["kind"], lang)
            out.append("  " + style("≠", fg="red", bold=True) + f" {c['unit']}{sep}{value}")
        for c in row["others"]:
            value = consistency_outlier_text(c, row["kind"], lang)
            out.append(f"  ~ {c['unit']}{sep}{value}")
    if not cons["rows"]:
        out.append(report_label("consistency_empty", lang))
    out.append("")

    # each county's 审核意见
    out += heading(report_label("opinions", lang), "-")
    out.append("")
    for unit, u in zip(review.units, r["units"]):
        title = report_label("opinion", lang, unit=u["name"])
        badge = style(f"[{u['verdict_label']}]", fg=verdict_color[u["verdict"]], bold=True)
        out.append(style(f"■ {title}", bold=True) + " " + badge)
        facts = []
        if u["key"]:
            facts.append(report_label("key_counties", lang))
        if u["path"]:
            facts.append(f"{report_label('file', lang)}{sep}{u['path']}")
        if u["doc_number"]:
            facts.append(f"{report_label('doc_number', lang)}{sep}{u['doc_number']}")
        if u["submitted"]:
            facts.append(f"{report_label('submitted_on', lang)}{sep}{u['submitted']}")
        if u["key"] or u["plan"]:
            facts.append(f"{report_label('plan', lang)}{sep}{u['plan'] or report_label('plan_none', lang)}")
        if facts:
            out.append("  " + ("; " if lang == "en" else "；").join(facts))
        reasons = " ".join(map(capitalise, u["reasons"]))
        out.append(f"  {report_label('verdict', lang)}{sep}{u['verdict_label']}。{reasons}"
                   if lang == "zh" else f"  {report_label('verdict', lang)}{sep}{u['verdict_label']}. {reasons}")
        if u["problems"]:
            out.append(f"  {report_label('problems', lang)}{sep}")
            error = unit.result.error if unit.result is not None else None
            if error is not None:
                out += ["    " + line for line in render_error(error, lang, style) if line]
        source_text = unit.result.source.text if unit.result is not None and unit.result.source else None
        for severity in ("error", "warning"):
            found = [f for f in unit.findings if f.severity == severity]
            if not found:
                continue
            out.append(f"  {capitalise(text(f'label.{severity}')(lang))} ({len(found)})" if lang == "en"
                       else f"  {text(f'label.{severity}')(lang)}（{len(found)}）")
            for f in found:
                src = source_text if f.path == unit.path else review.config.source_text
                out += ["    " + line if line else "" for line in render_finding(f, src, lang, style)]
                out.append("")
        out.append("")

    # 附件3
    out += heading(report_label("annex3", lang, year=city["year"]), "-")
    out.append(report_label("annex3_unit", lang, city=city["name"]))
    rows = [[report_label("annex3_no", lang), report_label("annex3_item", lang), report_label("annex3_figure", lang)]]
    blank = False
    for number, label, value in annex3_flat(city["year"], r["annex3"], lang):
        blank = blank or value is None
        rows.append([number, label, "—" if value is None else str(value)])
    out += _table(rows)
    if blank:
        out.append(report_label("annex3_blank", lang))
    out += [report_label("annex3_filler", lang), ""]

    # files not in city.toml, unreadable files, city-wide findings
    if review.context.extra:
        out += heading(report_label("extra", lang), "-")
        for result in review.context.extra:
            out.append(f"{result.path}: {report_label('status.unreadable', lang)}" if result.error is not None
                       else f"{result.path}: {summary([result], lang)}")
        out.append("")
    unreadable = [u.result for u in review.units if u.submitted and not u.readable] + \
        [e for e in review.context.extra if e.error is not None]
    if unreadable:
        out += heading(report_label("unreadable", lang), "-")
        for result in unreadable:
            out += render_error(result.error, lang, style)
    from .json_out import city_findings

    rest = city_findings(review)
    if rest:
        out += heading(report_label("city_findings", lang), "-")
        for f in rest:
            out += render_finding(f, review.config.source_text, lang, style)
            out.append("")
    out.append(report_label("footer", lang, version=__version__, ruleset=city["ruleset"]))
    return "\n".join(out) + "\n"


def _consistency_note(review, lang: Lang) -> str:
    from .json_out import tolerance

    ruleset = review.context.ruleset
    return report_label("consistency_note", lang, months=tolerance("months", ruleset), days=tolerance("days", ruleset),
                        materials=tolerance("set", ruleset))
