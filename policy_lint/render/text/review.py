"""The ``review`` report for a terminal, block by block: the city's header, the verdicts table and totals,
consistency within the city, each county's 审核意见 (facts, verdict, findings, work plan), 附件3, the files
outside city.toml and the footer.  The data are ``review_json``'s, as the HTML and Markdown reports'."""

from __future__ import annotations

from ...messages import CATALOGUE, Lang, text
from ..labels import (annex3_flat, capitalise, colon, consistency_note, consistency_outlier_text, deadline_text,
                      listing, not_compared_text, paren, plan_cell, plan_line, plan_totals, prevailing_text,
                      report_label, semicolon, semicolons)
from .findings import render_error, render_finding, summary
from .layout import Style, heading, indent, indent_packed, paint_label, table

#: terminal colour of each verdict
VERDICT_COLOURS = {"passed": "green", "passed_after_changes": "yellow", "failed": "red"}
#: terminal colour of each work-plan status (None: plain)
PLAN_COLOURS = {"passed": "green", "needs_changes": "yellow", "missing": "red", "unreadable": "red",
                "not_required": None}


def units_table(units: list[dict], lang: Lang, style: Style) -> list[str]:
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
        if j == 3:
            return paint_label(style, cell, u["verdict_label"], VERDICT_COLOURS[u["verdict"]])
        return paint_label(style, cell, plan_cell(u, lang), PLAN_COLOURS[u["plan_status"]])

    return table(rows, paint=paint)


def _severity_head(label: str, count: int, lang: Lang) -> str:
    """``  错误（2）`` / ``  Error (2)``."""
    return "  " + capitalise(label) + paren(count, lang)


def _findings_by_severity(findings, source_of, lang: Lang, style: Style, head) -> list[str]:
    """The errors, then the warnings, then the remarks (提示, said to be no problems), each under
    ``head(severity label)`` and indented."""
    out = []
    for severity in ("error", "warning", "remark"):
        found = [f for f in findings if f.severity == severity]
        if not found:
            continue
        line = _severity_head(head(text(f"label.{severity}")(lang)), len(found), lang)
        if severity == "remark":  # not a problem: out of the counts and the verdict
            line += text("report.remarks_not_problems")(lang)
        out.append(line)
        for f in found:
            out += indent(render_finding(f, source_of(f), lang, style), "    ")
            out.append("")
    return out


def unit_facts(u: dict, lang: Lang) -> list[str]:
    """Key county, file, document number, date submitted, on one line (none if there is nothing to say)."""
    sep = colon(lang)
    facts = []
    if u["key"]:
        facts.append(report_label("key_county", lang))
    if u["path"]:
        facts.append(f"{report_label('file', lang)}{sep}{u['path']}")
    if u["doc_number"]:
        facts.append(f"{report_label('doc_number', lang)}{sep}{u['doc_number']}")
    if u["submitted"]:
        facts.append(f"{report_label('submitted_on', lang)}{sep}{u['submitted']}")
    return ["  " + semicolons(facts, lang)] if facts else []


def unit_verdict(u: dict, lang: Lang) -> list[str]:
    """``  审核意见：修改后通过。reasons``."""
    reasons = " ".join(map(capitalise, u["reasons"]))
    return [f"  {report_label('verdict', lang)}{colon(lang)}{u['verdict_label']}{CATALOGUE['punct.period'][lang]}{reasons}"]


def unit_detail(unit, u: dict, review, lang: Lang, style: Style) -> list[str]:
    """A county unit's facts, verdict and reasons, why it could not be read, and its findings (indented)."""
    out = unit_facts(u, lang) + unit_verdict(u, lang)
    if u["problems"]:
        out.append(f"  {report_label('problems', lang)}{colon(lang)}")
        error = unit.result.error if unit.result is not None else None
        if error is not None:
            out += indent_packed(render_error(error, lang, style), "    ")
    source_text = unit.result.source.text if unit.result is not None and unit.result.source else None
    out += _findings_by_severity(unit.findings + unit.remarks,
                                 lambda f: source_text if f.path == unit.path else review.config.source_text,
                                 lang, style, lambda label: label)
    out += plan_detail(unit, u, lang, style)
    return out


def plan_detail(unit, u: dict, lang: Lang, style: Style) -> list[str]:
    """A unit's work plan after its verdict: file and status, why it could not be read, its findings."""
    if u["plan_status"] == "not_required":
        return []
    out = ["  " + style(plan_line(u, lang), fg=PLAN_COLOURS[u["plan_status"]], bold=True)]
    result = unit.plan_result
    if result is not None and result.error is not None:
        out.append(f"  {report_label('plan_problems', lang)}{colon(lang)}")
        out += indent_packed(render_error(result.error, lang, style), "    ")
    source_text = result.source.text if result is not None and result.source is not None else None
    out += _findings_by_severity(unit.plan_findings + (result.remarks if result is not None else []),
                                 lambda f: source_text, lang, style,
                                 lambda label: f"{report_label('plan_findings', lang)} · {capitalise(label)}")
    return out


def other_files(review, lang: Lang, style: Style) -> list[str]:
    """Files not listed in city.toml, unreadable files and city-wide findings, each under its heading."""
    from ..json_out import city_findings

    out: list[str] = []
    if review.context.extra:
        out += heading(style, report_label("extra", lang), "-")
        for result in review.context.extra:
            out.append(f"{result.path}: {report_label('status.unreadable', lang)}" if result.error is not None
                       else f"{result.path}: {summary([result], lang)}")
        out.append("")
    unreadable = [u.result for u in review.units if u.submitted and not u.readable] + \
        [u.plan_result for u in review.units if u.plan_result is not None and u.plan_result.error is not None] + \
        [e for e in review.context.extra if e.error is not None]
    if unreadable:
        out += heading(style, report_label("unreadable", lang), "-")
        for result in unreadable:
            out += render_error(result.error, lang, style)
    rest = city_findings(review)
    if rest:
        out += heading(style, report_label("city_findings", lang), "-")
        for f in rest:
            out += render_finding(f, review.config.source_text, lang, style)
            out.append("")
    return out


# --- the report's sections, in order ----------------------------------------------------------------------


def review_header(city: dict, lang: Lang, style: Style) -> list[str]:
    """Title, province, ruleset, configuration, deadline, key counties, the date sent on."""
    sep = colon(lang)
    out = heading(style, report_label("title", lang, city=city["name"], year=city["year"]))
    out += [
        f"{report_label('province', lang)}{sep}{city['province']}",
        f"{report_label('ruleset', lang)}{sep}{city['ruleset']} {city['ruleset_title']}",
        f"{report_label('config', lang)}{sep}{city['config']}",
        f"{report_label('deadline', lang)}{sep}{deadline_text(city['deadline'], city['deadline_source'], lang)}",
        f"{report_label('key_counties', lang)}{sep}{listing(city['key_counties'], lang) or report_label('none', lang)}",
    ]
    if city["submitted"]:
        out.append(f"{report_label('city_submitted', lang)}{sep}{city['submitted']}")
    return out + [""]


def verdicts_section(r: dict, lang: Lang, style: Style) -> list[str]:
    """The verdicts table, the totals, the work plans' totals and what their status means."""
    out = heading(style, report_label("summary", lang), "-")
    out += units_table(r["units"], lang, style)
    return out + ["", report_label("totals", lang, **r["summary"]), plan_totals(r["summary"], lang),
                  report_label("plan_note", lang), ""]


def consistency_row(row: dict, lang: Lang, style: Style) -> list[str]:
    """One compared parameter: its prevailing value (who shares it, what ties with it), then ≠ outliers and ~ others."""
    sep = colon(lang)
    prevailing = prevailing_text({**row, "tied": []}, lang)
    if row["sharing"]:
        prevailing += paren(listing(row["sharing"], lang), lang)
    if row["tied"]:
        prevailing += semicolon(lang) + report_label("tied", lang) + sep + listing(row["tied"], lang)
    out = [style(capitalise(row["label"]), bold=True), f"    {report_label('prevailing', lang)}{sep}{prevailing}"]
    if not_compared_text(row, lang):
        out.append(f"    {not_compared_text(row, lang)}")
    for c in row["outliers"]:
        value = consistency_outlier_text(c, row["kind"], lang)
        out.append("  " + style("≠", fg="red", bold=True) + f" {c['unit']}{sep}{value}")
    for c in row["others"]:
        out.append(f"  ~ {c['unit']}{sep}{consistency_outlier_text(c, row['kind'], lang)}")
    return out


def consistency_section(review, cons: dict, lang: Lang, style: Style) -> list[str]:
    """Consistency within the city: whether it is required, what the marks mean, one block per parameter."""
    out = heading(style, report_label("consistency", lang), "-")
    if not cons["checked"]:
        out.append(report_label("consistency_unchecked", lang))
    elif cons["rows"]:
        out.append(consistency_note(review, lang))
    for row in cons["rows"]:
        out += consistency_row(row, lang, style)
    if not cons["rows"]:
        out.append(report_label("consistency_empty", lang))
    return out + [""]


def opinion(unit, u: dict, review, lang: Lang, style: Style) -> list[str]:
    """One county's 审核意见, as a bureau signs and sends it."""
    badge = style(f"[{u['verdict_label']}]", fg=VERDICT_COLOURS[u["verdict"]], bold=True)
    out = [style(f"■ {report_label('opinion', lang, unit=u['name'])}", bold=True) + " " + badge]
    out += unit_detail(unit, u, review, lang, style)
    return out + ["  " + report_label("sign", lang), ""]


def opinions_section(review, r: dict, lang: Lang, style: Style) -> list[str]:
    out = heading(style, report_label("opinions", lang), "-") + [""]
    for unit, u in zip(review.units, r["units"]):
        out += opinion(unit, u, review, lang, style)
    return out


def annex3_section(city: dict, figures: dict, lang: Lang, style: Style) -> list[str]:
    """附件3 as the seed lays it out, blank figures shown as — and said to be filled in by hand."""
    out = heading(style, report_label("annex3", lang, year=city["year"]), "-")
    out.append(report_label("annex3_unit", lang, city=city["name"]))
    rows = [[report_label("annex3_no", lang), report_label("annex3_item", lang), report_label("annex3_figure", lang)]]
    blank = False
    for number, label, value in annex3_flat(city["year"], figures, lang):
        blank = blank or value is None
        rows.append([number, label, "—" if value is None else str(value)])
    out += table(rows)
    if blank:
        out.append(report_label("annex3_blank", lang))
    return out + [report_label("annex3_filler", lang), ""]


def render_review(review, lang: Lang = "zh", color: bool = False) -> str:
    """The review for a terminal: summary, consistency, each county's 审核意见, 附件3, extra and unreadable files."""
    from ... import __version__
    from ..json_out import review_json

    style = Style(color)
    r = review_json(review, lang)
    city = r["city"]
    out = review_header(city, lang, style)
    out += verdicts_section(r, lang, style)
    out += consistency_section(review, r["consistency"], lang, style)
    out += opinions_section(review, r, lang, style)
    out += annex3_section(city, r["annex3"], lang, style)
    out += other_files(review, lang, style)
    out.append(report_label("footer", lang, version=__version__, ruleset=city["ruleset"]))
    return "\n".join(out) + "\n"
