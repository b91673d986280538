"""Terminal output: one block per finding, the source line with a caret, the citation and the fix."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from ..results import FileResult
from ..errors import InputError, Problem
from ..findings import Finding
from ..messages import Lang, text
from ..source import split_lines


def display_width(s: str) -> int:
    """Columns ``s`` takes in a terminal (CJK characters take two; format characters such as U+200B and
    combining marks none, so that a caret stays under its character on a line that holds them)."""
    return sum(0 if unicodedata.category(ch) in ("Cf", "Mn", "Me") else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


#: a quoted line longer than this (in characters) is shown as a window around the span
QUOTE_WIDTH = 120
#: context kept on each side of the span in a window, and the most of a long span shown
QUOTE_CONTEXT = 30
QUOTE_SPAN = 60


def caret_lines(source_line: str, column: int, end_column: int | None) -> tuple[str, str]:
    """The source line (tabs expanded) and a caret line under columns [column, end_column).

    A line longer than :data:`QUOTE_WIDTH` characters (a Word paragraph saved as one line) is shown
    as a window: the span (at most :data:`QUOTE_SPAN` characters of it) with
    :data:`QUOTE_CONTEXT` characters on each side, cuts marked ``…``.  What one finding prints
    stays the same size however long the line.
    """
    line = source_line.replace("\t", " ")
    start = max(column - 1, 0)
    end = end_column - 1 if end_column and end_column - 1 > start else start + 1
    end = min(end, max(len(line), start + 1))
    if len(line) > QUOTE_WIDTH:
        shown_end = min(end, start + QUOTE_SPAN)
        left = max(0, start - QUOTE_CONTEXT)
        right = min(len(line), shown_end + QUOTE_CONTEXT)
        prefix = "…" if left > 0 else ""
        line = prefix + line[left:right] + ("…" if right < len(line) else "")
        start, end = start - left + len(prefix), shown_end - left + len(prefix)
    pad = display_width(line[:start])
    width = max(display_width(line[start:end]), 1)
    return line, " " * pad + "^" * width


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, s: str, **kw) -> str:
        if not self.color:
            return s
        import typer  # only for colour on a terminal: a plain report does not load typer

        return typer.style(s, **kw)


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
        lines = split_lines(source_text)
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
    if c.note_in(lang):
        out.append(f"{indent}  {text('label.note')(lang)}: {c.note_in(lang)}")
    out.append(f"{indent}= {text('label.fix')(lang)}: {f.suggestion(lang)}")
    return out


def render_problem(path: str, problem: Problem, source_text: str | None, lang: Lang, style: _Style,
                   label_key: str = "label.error", color: str = "red") -> list[str]:
    """A problem with a file (or, with ``label.unread``, a draft's sentence left 待确认), quoted with a caret."""
    label = text(label_key)(lang)
    where = path
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    out = [style(f"{where}:", bold=True) + " " + style(f"[{label}]", fg=color) + " " + problem.message(lang)]
    if source_text is not None and problem.line is not None:
        lines = split_lines(source_text)
        if 1 <= problem.line <= len(lines):
            out += _gutter_block(style, problem.line, lines[problem.line - 1], problem.column or 1,
                                 problem.end_column, color)
    return out


def render_error(error: InputError, lang: Lang, style: _Style) -> list[str]:
    out: list[str] = []
    for problem in error.problems:
        out += render_problem(error.path, problem, error.source_text, lang, style)
        out.append("")
    return out


#: what the text report prints of one file at most; the rest is counted (the JSON report has it all)
MAX_SHOWN_FINDINGS = 200
MAX_SHOWN_UNREAD = 100


def _left_out(path: str, total: int, limit: int, key: str, lang: Lang) -> list[str]:
    """The line saying how many of ``total`` items beyond ``limit`` were not listed (none if all were)."""
    return [text(key, path=path, count=total - limit, limit=limit)(lang), ""] if total > limit else []


def render(results: list[FileResult], lang: Lang = "zh", color: bool = False) -> str:
    style = _Style(color)
    out: list[str] = []
    for result in results:
        if result.error is not None:
            out += render_error(result.error, lang, style)
            continue
        source_text = result.source.text if result.source else None
        for note in result.ruleset.notes if result.ruleset else ():  # how the layers were chosen (policy_lint.layers)
            out += [style(f"{result.path}:", bold=True) + " " + style(f"[{text('label.note')(lang)}]", fg="blue")
                    + " " + note(lang), ""]
        for finding in result.findings[:MAX_SHOWN_FINDINGS]:
            out += render_finding(finding, source_text, lang, style)
            out.append("")
        out += _left_out(result.path, len(result.findings), MAX_SHOWN_FINDINGS, "report.findings_left_out", lang)
        for note in result.unread[:MAX_SHOWN_UNREAD]:  # a draft's sentences extraction could not read (待确认)
            out += render_problem(result.path, note, source_text, lang, style, "label.unread", "cyan")
            out.append("")
        out += _left_out(result.path, len(result.unread), MAX_SHOWN_UNREAD, "report.unread_left_out", lang)
    out.append(summary(results, lang))
    return "\n".join(out) + "\n"


def summary(results: list[FileResult], lang: Lang) -> str:
    """The closing line: files checked (how many of them work plans), errors, warnings, unreadable files,
    and the sentences of drafts left 待确认 (never “no problems found” while some went unread)."""
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    unreadable = sum(1 for r in results if r.error is not None)
    count = sum(1 for r in results if getattr(r, "kind", "rules") == "plan")
    plans = text("summary.plans", count=count)(lang) if count else ""
    unread = sum(len(getattr(r, "unread", None) or ()) for r in results)
    if not errors and not warnings and not unreadable and not unread:
        return text("summary.clean", files=len(results), plans=plans)(lang)
    extra = text("summary.unreadable", count=unreadable)(lang) if unreadable else ""
    line = text("summary.findings", files=len(results), plans=plans, errors=errors, warnings=warnings,
                unreadable=extra)(lang)
    if unread:  # never 未发现问题 while sentences went unread: they were not checked
        line += text("summary.unread", count=unread)(lang)
    return line


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
    "key_county": ("重点督促县", "Key county"),
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
    "plan_status": ("工作方案状态", "Work plan status"),
    "plan_status_inline": ("工作方案状态", "status"),
    "plan_findings": ("工作方案问题", "Findings on the work plan"),
    "plan_problems": ("工作方案无法读取的原因", "Why the work plan could not be read"),
    "plan_counts": ("{errors} 个错误，{warnings} 个警告", "{errors} error(s), {warnings} warning(s)"),
    "plan_totals": ("工作方案：通过 {passed}，需修改 {needs_changes}，缺失 {missing}，无法读取 {unreadable}，无需 {not_required}；"
                    "工作方案问题：错误 {plan_errors} 项，警告 {plan_warnings} 项（已计入上面的合计，不计入审核意见）。",
                    "Work plans: {passed} pass, {needs_changes} need changes, {missing} missing, {unreadable} unreadable, "
                    "{not_required} not required; on the plans: {plan_errors} error(s), {plan_warnings} warning(s) "
                    "(counted in the totals above, not in the verdicts)."),
    "plan_note": ("审核意见只针对实施细则；工作方案按本市规则集另行检查，状态列于审核意见旁："
                  "无需（不要求报送且未报送）、缺失（重点督促县未报送，见 PL604）、无法读取、需修改（有错误）、通过（无错误）。",
                  "The verdict is on the rules only; each work plan is checked on its own with the city's ruleset and its "
                  "status shown beside the verdict: not required (none filed, none asked for), missing (a key county "
                  "filed none: PL604), unreadable, needs changes (an error), pass (no error)."),
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
    # --- province audit (``policy-lint audit``) ---
    "audit.title": ("{province} {year} 年各市随迁子女入学实施细则审核情况审计报告",
                    "{province} {year}: audit of the cities' reviews of the county admission rules for migrant workers' children"),
    "audit.deadline": ("市级报省截止日期", "Cities' reviews due"),
    "audit.stats_file": ("统计表", "Statistics table"),
    "audit.stats_not_given": ("未提供（--stats）", "not given (--stats)"),
    "audit.cities": ("各市报送情况", "Submission by city"),
    "audit.city": ("市", "City"),
    "audit.submitted_on": ("报省日期", "Sent on"),
    "audit.timeliness": ("是否按期", "By the deadline"),
    "audit.on_time": ("按期", "on time"),
    "audit.late": ("逾期", "late"),
    "audit.undated": ("未填日期", "date not given"),
    "audit.status.submitted": ("已报送", "submitted"),
    "audit.status.not_submitted": ("未报送", "not submitted"),
    "audit.status.unreadable": ("配置无法读取", "configuration unreadable"),
    "audit.units": ("县数", "Units"),
    "audit.plan_yes": ("有工作方案", "work plan"),
    "audit.plan_no": ("无工作方案", "no work plan"),
    "audit.key_plan": ("工作方案{status}", "work plan: {status}"),
    "audit.key_counties_plans": ("重点督促县（工作方案状态）", "Key counties (work plan status)"),
    "audit.totals": ("共 {cities} 个市，已报送 {submitted} 个（按期 {on_time} 个，逾期 {late} 个），未报送 {not_submitted} 个；"
                     "已审核 {reviewed} 个县（市、区）：通过 {passed}，修改后通过 {passed_after_changes}，不通过 {failed}；"
                     "错误 {errors} 项，警告 {warnings} 项。",
                     "{cities} cities, {submitted} submitted ({on_time} on time, {late} late), {not_submitted} not submitted; "
                     "{reviewed} county unit(s) reviewed: {passed} pass, {passed_after_changes} pass after changes, "
                     "{failed} fail; {errors} error(s), {warnings} warning(s)."),
    "audit.key_note": ("省定名单 {key_counties} 个，已报送的市列出 {key_counties_found} 个，其中 {key_counties_with_plan} 个报送了工作方案（一县一案）；"
                       "工作方案缺失 {key_counties_plan_missing} 个，无法读取或有错误（需修改）{key_counties_plan_failing} 个。",
                       "{key_counties} on the province's list; the submitted cities list {key_counties_found}, "
                       "{key_counties_with_plan} of them with a work plan; {key_counties_plan_missing} plan(s) missing, "
                       "{key_counties_plan_failing} unreadable or with an error (needs changes)."),
    "audit.key_plan_problems": ("工作方案缺失或未通过的重点督促县", "Key counties whose work plan is missing or fails"),
    "audit.key_plan_problem": ("{name}（{city}，{status}{codes}）", "{name} ({city}, {status}{codes})"),
    "audit.key_none": ("已报送的市中没有重点督促县。", "No submitted city lists a key county."),
    "audit.missing_keys": ("省定名单中未见于任何已报送市的重点督促县", "Key counties on the list that no submitted city accounts for"),
    "audit.stats": ("统计数据（附件1）", "Statistics (Annex 1)"),
    "audit.stats_none": ("未提供统计表。用 --stats 指定附件1式 CSV。", "No statistics table; give an Annex 1-style CSV with --stats."),
    "audit.stats_unreadable": ("统计表无法读取，以下统计内容从略。", "The statistics table could not be read; the statistics are left out."),
    "audit.total": ("入学总数", "Total"),
    "audit.public": ("公办就读人数", "In public schools"),
    "audit.share": ("公办就读比例", "Public share"),
    "audit.computed": ("重算", "recomputed"),
    "audit.reported": ("报告", "reported"),
    "audit.computed_share": ("重算比例", "Recomputed share"),
    "audit.rank": ("排名", "Rank"),
    "audit.remarks": ("备注", "Remarks"),
    "audit.table_note": ("「重算」：各市比例由本行人数重新计算；全省人数为各市之和，比例由合计重新计算。「≠」标出有问题的数字（见下）。",
                         "'Recomputed': a city's share from its own counts; the province's counts are the cities' sums and "
                         "its share is computed from them. '≠' marks a figure with a finding (below)."),
    "audit.province_share": ("全省公办学校就读比例（重新计算）：{share}", "Provincial public-school share, recomputed: {share}"),
    "audit.reported_share": ("报告值 {share}", "reported {share}"),
    "audit.target": ("目标比例", "Target share"),
    "audit.no_target": ("无：规则集未引用数值目标。", "no cited target (the ruleset cites no numeric target)."),
    "audit.rising_only": ("无数值目标：规则集只要求提高比例——{cite}：“{quote}”",
                          "no numeric target: the ruleset only asks for the share to rise — {cite}: “{quote}”"),
    "audit.target_due": ("{year} 年 {shown}（{cite}；统计数据为 {stats_year} 年{source}）：全省 {share}，{relation}。全部目标：{all}。",
                         "{shown} by {year} ({cite}; the statistics are for {stats_year}{source}): the province's {share} is "
                         "{relation}. All targets: {all}."),
    "audit.target_not_due": ("统计数据为 {stats_year} 年{source}，早于最早的目标年份：下一目标 {year} 年 {shown}（{cite}）尚未到期，不作比较。"
                             "全部目标：{all}。",
                             "the statistics are for {stats_year}{source}, before the first target year: the next target, "
                             "{shown} by {year} ({cite}), is not yet due and nothing is compared with it. All targets: {all}."),
    "audit.target_no_year": ("{all}（{cite}）；没有统计数据，不作比较。", "{all} ({cite}); no statistics to compare."),
    "audit.target_year_source": ("，年份取 province.toml", ", the year from province.toml"),
    "audit.target_below": ("低于目标 {gap} 个百分点", "{gap} points below it"),
    "audit.target_met": ("达到目标", "at or above it"),
    "audit.below_target": ("低于 {year} 年目标 {shown} 的市", "Cities below the {year} target of {shown}"),
    "audit.below_province": ("低于全省比例的市（仅供参考，不作为问题）", "Cities below the provincial share (for information, not findings)"),
    "audit.mark_below_province": ("低于全省", "below province"),
    "audit.mark_below_target": ("低于目标", "below target"),
    "audit.ranking": ("按重新计算的公办学校就读比例排名", "Ranking by recomputed public-school share"),
    "audit.disagree": ("与重新计算不符的数字", "Figures that disagree with their recomputation"),
    "audit.disagree_none": ("各项数字与重新计算一致。", "Every figure agrees with its recomputation."),
    "audit.chart": ("各市随迁子女公办学校就读比例（重新计算）", "Public-school share of migrant pupils by city (recomputed)"),
    "audit.chart_province": ("全省 {share}", "Province {share}"),
    "audit.chart_target": ("目标 {share}", "Target {share}"),
    "audit.chart_target_year": ("{year} 年目标 {share}", "{year} target {share}"),
    "audit.legend_above": ("不低于全省比例", "at or above the provincial share"),
    "audit.legend_below": ("低于全省比例", "below the provincial share"),
    "audit.details": ("各市审核情况", "Each city's review"),
    "audit.directory": ("目录", "Directory"),
    "audit.verdicts": ("审核结论", "Verdicts"),
    "audit.verdict_counts": ("通过 {passed}，修改后通过 {passed_after_changes}，不通过 {failed}；错误 {errors} 项，警告 {warnings} 项",
                             "{passed} pass, {passed_after_changes} pass after changes, {failed} fail; "
                             "{errors} error(s), {warnings} warning(s)"),
    "audit.stats_of_city": ("{share}，第 {rank} 名", "{share}, rank {rank}"),
    "audit.not_submitted": ("未报送审核结果。", "The city has sent no review."),
    "audit.counties": ("各县（市、区）问题", "Findings by county unit"),
    "audit.extra_cities": ("未列入 province.toml 的市", "Cities not listed in province.toml"),
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


#: terminal colour of each verdict
VERDICT_COLOURS = {"passed": "green", "passed_after_changes": "yellow", "failed": "red"}
#: terminal colour of each work-plan status (None: plain)
PLAN_COLOURS = {"passed": "green", "needs_changes": "yellow", "missing": "red", "unreadable": "red",
                "not_required": None}


def plan_cell(u: dict, lang: Lang) -> str:
    """A unit's work-plan status for a table: the label, with its error count when it needs changes."""
    label = u["plan_status_label"]
    if u["plan_status"] == "needs_changes":
        label += f" ({u['plan_errors']})" if lang == "en" else f"（{u['plan_errors']}）"
    return label


def plan_line(u: dict, lang: Lang) -> str:
    """A unit's work plan in words: its file (or that none was filed), its status and its counts."""
    sep = ": " if lang == "en" else "："
    where = u["plan"] or report_label("plan_none", lang)
    status = u["plan_status_label"]
    if u["plan_status"] in ("passed", "needs_changes"):
        counts = report_label("plan_counts", lang, errors=u["plan_errors"], warnings=u["plan_warnings"])
        status += f" ({counts})" if lang == "en" else f"（{counts}）"
    joint = "; " if lang == "en" else "；"
    return f"{report_label('plan', lang)}{sep}{where}{joint}{report_label('plan_status_inline', lang)}{sep}{status}"


def units_table(units: list[dict], lang: Lang, style: _Style) -> list[str]:
    """One row per county unit (as ``unit_json`` gives it): key county, status, verdict, counts, reasons."""
    rows = [[report_label(k, lang) for k in ("unit", "key", "status", "verdict", "errors", "warnings", "plan", "reasons")]]
    for u in units:
        rows.append([u["name"], report_label("yes", lang) if u["key"] else "", report_label(f"status.{u['status']}", lang),
                     u["verdict_label"], str(u["errors"]), str(u["warnings"]), plan_cell(u, lang),
                     " ".join(map(capitalise, u["reasons"]))])

    def paint(i: int, j: int, cell: str) -> str:
        if i == 0 or j not in (3, 6):
            return cell
        u = units[i - 1]
        label, colour = (u["verdict_label"], VERDICT_COLOURS[u["verdict"]]) if j == 3 else \
            (plan_cell(u, lang), PLAN_COLOURS[u["plan_status"]])
        if colour is None:
            return cell
        return style(label, fg=colour, bold=True) + cell[len(label):]

    return _table(rows, paint=paint)


def unit_detail(unit, u: dict, review, lang: Lang, style: _Style) -> list[str]:
    """A county unit's facts, verdict and reasons, why it could not be read, and its findings (indented)."""
    sep = ": " if lang == "en" else "："
    out = []
    facts = []
    if u["key"]:
        facts.append(report_label("key_county", lang))
    if u["path"]:
        facts.append(f"{report_label('file', lang)}{sep}{u['path']}")
    if u["doc_number"]:
        facts.append(f"{report_label('doc_number', lang)}{sep}{u['doc_number']}")
    if u["submitted"]:
        facts.append(f"{report_label('submitted_on', lang)}{sep}{u['submitted']}")
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
    out += plan_detail(unit, u, lang, style)
    return out


def plan_detail(unit, u: dict, lang: Lang, style: _Style) -> list[str]:
    """A unit's work plan after its verdict: file and status, why it could not be read, its findings."""
    sep = ": " if lang == "en" else "："
    if u["plan_status"] == "not_required":
        return []
    colour = PLAN_COLOURS[u["plan_status"]]
    out = ["  " + style(plan_line(u, lang), fg=colour, bold=True)]
    result = unit.plan_result
    if result is not None and result.error is not None:
        out.append(f"  {report_label('plan_problems', lang)}{sep}")
        out += ["    " + line for line in render_error(result.error, lang, style) if line]
    source_text = result.source.text if result is not None and result.source is not None else None
    for severity in ("error", "warning"):
        found = [f for f in unit.plan_findings if f.severity == severity]
        if not found:
            continue
        head = f"{report_label('plan_findings', lang)} · {capitalise(text(f'label.{severity}')(lang))}"
        out.append(f"  {head} ({len(found)})" if lang == "en" else f"  {head}（{len(found)}）")
        for f in found:
            out += ["    " + line if line else "" for line in render_finding(f, source_text, lang, style)]
            out.append("")
    return out


def other_files(review, lang: Lang, style: _Style, heading) -> list[str]:
    """Files not listed in city.toml, unreadable files and city-wide findings, each under ``heading``."""
    from .json_out import city_findings

    out: list[str] = []
    if review.context.extra:
        out += heading(report_label("extra", lang), "-")
        for result in review.context.extra:
            out.append(f"{result.path}: {report_label('status.unreadable', lang)}" if result.error is not None
                       else f"{result.path}: {summary([result], lang)}")
        out.append("")
    unreadable = [u.result for u in review.units if u.submitted and not u.readable] + \
        [u.plan_result for u in review.units if u.plan_result is not None and u.plan_result.error is not None] + \
        [e for e in review.context.extra if e.error is not None]
    if unreadable:
        out += heading(report_label("unreadable", lang), "-")
        for result in unreadable:
            out += render_error(result.error, lang, style)
    rest = city_findings(review)
    if rest:
        out += heading(report_label("city_findings", lang), "-")
        for f in rest:
            out += render_finding(f, review.config.source_text, lang, style)
            out.append("")
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
    verdict_color = VERDICT_COLOURS

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
    out += units_table(r["units"], lang, style)
    out += ["", report_label("totals", lang, **r["summary"]), plan_totals(r["summary"], lang),
            report_label("plan_note", lang), ""]

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
        out += unit_detail(unit, u, review, lang, style)
        out.append("  " + report_label("sign", lang))  # the 审核意见 a bureau signs and sends
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
    out += other_files(review, lang, style, heading)
    out.append(report_label("footer", lang, version=__version__, ruleset=city["ruleset"]))
    return "\n".join(out) + "\n"


def plan_totals(summary: dict, lang: Lang) -> str:
    """The review's work plans by status and their findings, in one sentence."""
    return report_label("plan_totals", lang, **summary["plans"], plan_errors=summary["plan_errors"],
                        plan_warnings=summary["plan_warnings"])


def _consistency_note(review, lang: Lang) -> str:
    from ..consistency import tolerance

    ruleset = review.context.ruleset
    return report_label("consistency_note", lang, months=tolerance("months", ruleset), days=tolerance("days", ruleset),
                        materials=tolerance("set", ruleset))


# --- province audit (``policy-lint audit``) ----------------------------------------------------------------


def timeliness(city: dict, lang: Lang) -> str:
    """Whether a city sent its review by the province's deadline: on time, late, date not given, or '—'."""
    if city["status"] != "submitted":
        return "—"
    if city["on_time"] is None:
        return report_label("audit.undated", lang)
    return report_label("audit.on_time" if city["on_time"] else "audit.late", lang)


def deadline_text(date: str | None, source: str | None, lang: Lang) -> str:
    """A deadline and where it comes from: ``2021-06-30（province.toml）``."""
    shown = date or report_label("deadline_none", lang)
    if source:
        shown += f" ({source})" if lang == "en" else f"（{source}）"
    return shown


def key_county_status(k: dict, lang: Lang) -> str:
    """A key county's rules: reviewed / unreadable / not submitted (the review's unit status)."""
    return report_label(f"status.{k['status']}", lang)


def target_text(stats: dict, lang: Lang) -> str:
    """The target share for the statistics' year and how the province stands against it (which year, cited);
    or that the ruleset cites no numeric target (quoting its requirement that the share rise, if any)."""
    target = stats["target"]
    if target is None:
        rising = stats.get("rising")
        if rising is None:
            return report_label("audit.no_target", lang)
        c = rising["citation"]
        return report_label("audit.rising_only", lang, cite=f"{c['document']} {c['article']}", quote=c["quote"])
    c = target["citation"]
    cite = f"{c['document']} {c['article']}"
    if target["year"] is None:
        return report_label("audit.target_no_year", lang, all=target["targets_shown"], cite=cite)
    source = report_label("audit.target_year_source", lang) if target["statistics_year_source"] == "province.toml" else ""
    values = dict(year=target["year"], shown=target["shown"], cite=cite, stats_year=target["statistics_year"],
                  source=source, all=target["targets_shown"])
    if not target["due"]:
        return report_label("audit.target_not_due", lang, **values)
    share = stats["province_share"]
    if share is None:
        relation = "—"
    elif target["province_below"]:
        gap = Decimal(str(target["value"])) - Decimal(str(share))
        relation = report_label("audit.target_below", lang, gap=format(gap.normalize(), "f"))
    else:
        relation = report_label("audit.target_met", lang)
    return report_label("audit.target_due", lang, share=stats["province_share_shown"] or "—", relation=relation,
                        **values)


def key_plan_text(k: dict, lang: Lang) -> str:
    """A key county's work plan in a few words: 工作方案需修改 (en: work plan: needs changes)."""
    return report_label("audit.key_plan", lang, status=k["plan_status_label"])


def key_plan_problem(k: dict, lang: Lang) -> str:
    """A key county whose plan is missing or fails: its name, city, the plan's status and the codes behind it."""
    codes = ("：" if lang == "zh" else ": ") + " ".join(k["plan_codes"]) if k["plan_codes"] else ""
    return report_label("audit.key_plan_problem", lang, name=k["name"], city=k["city"], status=k["plan_status_label"],
                        codes=codes)


def share_remarks(row: dict, lang: Lang) -> list[str]:
    """The information marks of a statistics row: below the provincial share, below the target."""
    marks = []
    if row.get("below_province"):
        marks.append(report_label("audit.mark_below_province", lang))
    if row.get("below_target"):
        marks.append(report_label("audit.mark_below_target", lang))
    return marks


def stats_cells(row: dict) -> list[dict]:
    """A statistics row as the reports lay it out: (reported, recomputed) for total, public and share, each
    with the codes of the findings on the reported figure (a city's total and public are not recomputed)."""
    cells = []
    for key, shown, computed in (("total", "total", "computed_total"), ("public", "public", "computed_public"),
                                 ("share", "share_shown", "computed_share_shown")):
        value = row[shown]
        cells.append({
            "key": key,
            "reported": "—" if value is None else str(value),
            "computed": str(row[computed]) if row[computed] is not None else "—",
            "codes": row["findings"][key],
            "differs": row["differs"][key],
        })
    return cells


def render_audit(audit, lang: Lang = "zh", color: bool = False) -> str:
    """The audit for a terminal: each city's submission, key counties, the statistics, then each city's review."""
    from .. import __version__
    from .json_out import audit_json

    style = _Style(color)
    a = audit_json(audit, lang)
    province, stats = a["province"], a["statistics"]
    sep = ": " if lang == "en" else "："
    listsep = ", " if lang == "en" else "、"
    lp, rp = (" (", ")") if lang == "en" else ("（", "）")

    def heading(s: str, ch: str = "=") -> list[str]:
        return [style(s, bold=True), ch * display_width(s)]

    out: list[str] = heading(report_label("audit.title", lang, province=province["name"], year=province["year"]))
    out += [
        f"{report_label('config', lang)}{sep}{province['config']}",
        f"{report_label('ruleset', lang)}{sep}{province['ruleset']} {province['ruleset_title']}",
        f"{report_label('audit.deadline', lang)}{sep}{deadline_text(province['deadline'], province['deadline_source'], lang)}",
        f"{report_label('audit.stats_file', lang)}{sep}{stats['path'] or report_label('audit.stats_not_given', lang)}",
        "",
    ]

    # each city's submission
    out += heading(report_label("audit.cities", lang), "-")
    verdicts = ("passed", "passed_after_changes", "failed")
    from ..review import Verdict

    verdict_names = {v.name: v.label(lang) for v in Verdict}
    rows = [[report_label("audit.city", lang), report_label("status", lang), report_label("audit.submitted_on", lang),
             report_label("audit.timeliness", lang), report_label("audit.units", lang),
             *[capitalise(verdict_names[v]) for v in verdicts], report_label("errors", lang),
             report_label("warnings", lang), report_label("key_counties", lang)]]
    listed = a["cities"] + a["extra_cities"]
    for c in listed:
        summary_ = c["summary"] or {}
        keys = listsep.join(f"{k['name']}{lp}{key_plan_text(k, lang)}{rp}" for k in c["key_counties"])
        rows.append([c["name"], report_label(f"audit.status.{c['status']}", lang), c["submitted"] or "—",
                     timeliness(c, lang), str(summary_.get("units", "—")),
                     *[str(summary_.get(v, "—")) for v in verdicts], str(summary_.get("errors", "—")),
                     str(summary_.get("warnings", "—")), keys or "—"])

    def paint(i: int, j: int, cell: str) -> str:
        if i == 0:
            return cell
        c = listed[i - 1]
        if j == 1 and c["status"] != "submitted":
            return style(cell, fg="red")
        if j == 3 and c["on_time"] is False:
            return style(cell, fg="red", bold=True)
        return cell

    out += _table(rows, paint=paint)
    out += ["", report_label("audit.totals", lang, **a["summary"]), ""]
    if a["extra_cities"]:
        out.append(f"{report_label('audit.extra_cities', lang)}{sep}{listsep.join(c['name'] for c in a['extra_cities'])}")
        out.append("")

    # key counties
    out += heading(report_label("key_counties", lang), "-")
    if a["key_counties"]:
        rows = [[report_label("unit", lang), report_label("audit.city", lang), report_label("status", lang),
                 report_label("verdict", lang), report_label("plan", lang), report_label("plan_status", lang)]]
        for k in a["key_counties"]:
            rows.append([k["name"], k["city"], key_county_status(k, lang), k["verdict_label"],
                         k["plan"] or report_label("plan_none", lang), plan_cell(k, lang)])

        def paint_key(i: int, j: int, cell: str) -> str:
            if i == 0 or j != 5:
                return cell
            k = a["key_counties"][i - 1]
            colour, label = PLAN_COLOURS[k["plan_status"]], cell.rstrip()
            return style(label, fg=colour, bold=True) + cell[len(label):] if colour else cell

        out += _table(rows, paint=paint_key)
    else:
        out.append(report_label("audit.key_none", lang))
    out.append(report_label("audit.key_note", lang, **a["summary"]))
    problems = [key_plan_problem(k, lang) for k in a["key_counties_plan_problems"]]
    out.append(style(f"{report_label('audit.key_plan_problems', lang)}{sep}", bold=True)
               + (listsep.join(problems) or report_label("none", lang)))
    out.append(f"{report_label('audit.missing_keys', lang)}{sep}"
               f"{listsep.join(a['missing_key_counties']) or report_label('none', lang)}")
    out.append("")

    # statistics
    out += stats_section(audit, a, lang, style, heading)

    # each city's review
    out += heading(report_label("audit.details", lang), "-")
    out.append("")
    statuses = audit.cities + audit.extra
    for status, c in zip(statuses, listed):
        badge = report_label(f"audit.status.{c['status']}", lang)
        if c["status"] == "submitted":
            badge += f" · {timeliness(c, lang)}"
        colour = "green" if c["status"] == "submitted" and c["on_time"] is not False else "red"
        out.append(style(f"■ {c['name']}", bold=True) + " " + style(f"[{badge}]", fg=colour, bold=True))
        if c["statistics"] is not None and c["statistics"]["rank"] is not None:
            marks = "".join(f"{lp}{m}{rp}" for m in share_remarks(c["statistics"], lang))
            out.append(f"  {report_label('audit.share', lang)}{sep}" + report_label(
                "audit.stats_of_city", lang, share=c["statistics"]["computed_share_shown"], rank=c["statistics"]["rank"])
                + marks)
        if c["status"] == "unreadable":
            out += ["  " + line for line in render_error(status.error, lang, style) if line]
            out.append("")
            continue
        if c["status"] != "submitted":
            out += ["  " + report_label("audit.not_submitted", lang), ""]
            continue
        review = status.review
        out.append("  " + ("; " if lang == "en" else "；").join([
            f"{report_label('audit.directory', lang)}{sep}{c['directory']}",
            f"{report_label('ruleset', lang)}{sep}{c['ruleset']}",
            f"{report_label('audit.submitted_on', lang)}{sep}{c['submitted'] or '—'}",
            f"{report_label('audit.deadline', lang)}{sep}{c['deadline'] or report_label('deadline_none', lang)}",
        ]))
        out.append(f"  {report_label('audit.verdicts', lang)}{sep}{report_label('audit.verdict_counts', lang, **c['summary'])}")
        out.append("")
        out += ["  " + line if line else "" for line in units_table(c["units"], lang, style)]
        out.append("")
        for unit, u in zip(review.units, c["units"]):
            if not (unit.findings or u["problems"] or u["plan_findings"] or u["plan_problems"]
                    or u["plan_status"] == "missing"):
                continue
            vbadge = style(f"[{u['verdict_label']}]", fg=VERDICT_COLOURS[u["verdict"]], bold=True)
            out.append("  " + style(f"▸ {u['name']}", bold=True) + " " + vbadge)
            out += ["  " + line if line else "" for line in unit_detail(unit, u, review, lang, style)]
            out.append("")
        out += ["  " + line if line else "" for line in other_files(review, lang, style, heading)]
        out.append("")
    out.append(report_label("footer", lang, version=__version__, ruleset=province["ruleset"]))
    return "\n".join(out) + "\n"


def stats_section(audit, a: dict, lang: Lang, style: _Style, heading) -> list[str]:
    """The statistics: reported against recomputed, the disagreeing figures, the target, the ranking."""
    stats = a["statistics"]
    sep = ": " if lang == "en" else "："
    listsep = ", " if lang == "en" else "、"
    out = heading(report_label("audit.stats", lang), "-")
    if stats["status"] == "not_given":
        return out + [report_label("audit.stats_none", lang), ""]
    if stats["status"] == "unreadable":
        out.append(report_label("audit.stats_unreadable", lang))
        out += render_error(audit.stats_error, lang, style)
        return out
    recomputed = capitalise(report_label("audit.computed", lang))
    rows = [[report_label("audit.city", lang), report_label("audit.total", lang), recomputed,
             report_label("audit.public", lang), recomputed, report_label("audit.share", lang),
             report_label("audit.computed_share", lang), report_label("audit.rank", lang), report_label("audit.remarks", lang)]]
    table_rows = stats["cities"] + ([stats["total"]] if stats["total"] else [])
    for row in table_rows:
        cells = []
        for cell in stats_cells(row):
            cells += [cell["reported"] + (" ≠" if cell["codes"] else ""), cell["computed"]]
        rows.append([row["name"], *cells, str(row["rank"]) if row["rank"] is not None else "",
                     listsep.join(share_remarks(row, lang))])

    def paint(i: int, j: int, cell: str) -> str:
        if i > 0 and j in (1, 3, 5) and "≠" in cell:
            return style(cell, fg="red", bold=True)
        return cell

    out += _table(rows, paint=paint)
    out.append(report_label("audit.table_note", lang))
    out.append("")
    province = report_label("audit.province_share", lang, share=stats["province_share_shown"] or "—")
    if stats["reported_province_share_shown"]:
        reported = report_label("audit.reported_share", lang, share=stats["reported_province_share_shown"])
        province += f" ({reported})" if lang == "en" else f"（{reported}）"
    out.append(style(province, bold=True))
    out.append(f"{report_label('audit.target', lang)}{sep}{target_text(stats, lang)}")
    if stats["below_target"] is not None:
        below_target = report_label("audit.below_target", lang, year=stats["target"]["year"], shown=stats["target"]["shown"])
        out.append(f"{below_target}{sep}{listsep.join(stats['below_target']) or report_label('none', lang)}")
    below = [f"{r['name']} {r['share_shown']}" for r in stats["ranking"] if r["below_province"]]
    out.append(f"{report_label('audit.below_province', lang)}{sep}{listsep.join(below) or report_label('none', lang)}")
    out.append("")

    out += heading(report_label("audit.disagree", lang), "-")
    if audit.stats_findings:
        for f in audit.stats_findings:
            out += render_finding(f, audit.stats.source_text, lang, style)
            out.append("")
    else:
        out += [report_label("audit.disagree_none", lang), ""]

    out += heading(report_label("audit.ranking", lang), "-")
    rows = [[report_label("audit.rank", lang), report_label("audit.city", lang), report_label("audit.computed_share", lang),
             report_label("audit.remarks", lang)]]
    for r in stats["ranking"]:
        rows.append([str(r["rank"]), r["name"], r["share_shown"] or "—", listsep.join(share_remarks(r, lang))])
    out += _table(rows)
    out.append("")
    return out
