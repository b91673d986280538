"""The ``audit`` report for a terminal, block by block: the province's header, each city's submission,
the key counties and their work plans, the statistics (reported against recomputed, the target, the
ranking) and each city's review.  The data are ``audit_json``'s, as the HTML and Markdown reports'."""

from __future__ import annotations

from ...messages import Lang
from ..labels import (capitalise, colon, deadline_text, key_county_status, key_plan_problem, key_plan_text, listing,
                      paren, plan_cell, report_label, semicolons, share_remarks, stats_cells, target_text, timeliness)
from .findings import render_error, render_finding
from .layout import Style, heading, indent, indent_packed, paint_label, table
from .review import PLAN_COLOURS, VERDICT_COLOURS, other_files, unit_detail, units_table

#: the verdict columns of the cities' table, in order
VERDICTS = ("passed", "passed_after_changes", "failed")


def audit_header(a: dict, lang: Lang, style: Style) -> list[str]:
    """Title, configuration, ruleset, the cities' deadline, the statistics table given."""
    province, stats = a["province"], a["statistics"]
    sep = colon(lang)
    out = heading(style, report_label("audit.title", lang, province=province["name"], year=province["year"]))
    return out + [
        f"{report_label('config', lang)}{sep}{province['config']}",
        f"{report_label('ruleset', lang)}{sep}{province['ruleset']} {province['ruleset_title']}",
        f"{report_label('audit.deadline', lang)}{sep}{deadline_text(province['deadline'], province['deadline_source'], lang)}",
        f"{report_label('audit.stats_file', lang)}{sep}{stats['path'] or report_label('audit.stats_not_given', lang)}",
        "",
    ]


def cities_section(a: dict, lang: Lang, style: Style) -> list[str]:
    """One row per city: submitted or not, when, on time, its verdict counts and key counties; the totals."""
    from ...review import Verdict

    verdict_names = {v.name: v.label(lang) for v in Verdict}
    out = heading(style, report_label("audit.cities", lang), "-")
    rows = [[report_label("audit.city", lang), report_label("status", lang), report_label("audit.submitted_on", lang),
             report_label("audit.timeliness", lang), report_label("audit.units", lang),
             *[capitalise(verdict_names[v]) for v in VERDICTS], report_label("errors", lang),
             report_label("warnings", lang), report_label("key_counties", lang)]]
    listed = a["cities"] + a["extra_cities"]
    for c in listed:
        counts = c["summary"] or {}
        keys = listing((f"{k['name']}{paren(key_plan_text(k, lang), lang)}" for k in c["key_counties"]), lang)
        rows.append([c["name"], report_label(f"audit.status.{c['status']}", lang), c["submitted"] or "—",
                     timeliness(c, lang), str(counts.get("units", "—")),
                     *[str(counts.get(v, "—")) for v in VERDICTS], str(counts.get("errors", "—")),
                     str(counts.get("warnings", "—")), keys or "—"])

    def paint(i: int, j: int, cell: str) -> str:
        if i == 0:
            return cell
        c = listed[i - 1]
        if j == 1 and c["status"] != "submitted":
            return style(cell, fg="red")
        if j == 3 and c["on_time"] is False:
            return style(cell, fg="red", bold=True)
        return cell

    out += table(rows, paint=paint)
    out += ["", report_label("audit.totals", lang, **a["summary"]), ""]
    if a["extra_cities"]:
        names = listing((c["name"] for c in a["extra_cities"]), lang)
        out.append(f"{report_label('audit.extra_cities', lang)}{colon(lang)}{names}")
        out.append("")
    return out


def key_counties_section(a: dict, lang: Lang, style: Style) -> list[str]:
    """The key counties: their rules' status and verdict, their work plan and its status; what is missing."""
    sep = colon(lang)
    out = heading(style, report_label("key_counties", lang), "-")
    if a["key_counties"]:
        rows = [[report_label("unit", lang), report_label("audit.city", lang), report_label("status", lang),
                 report_label("verdict", lang), report_label("plan", lang), report_label("plan_status", lang)]]
        for k in a["key_counties"]:
            rows.append([k["name"], k["city"], key_county_status(k, lang), k["verdict_label"],
                         k["plan"] or report_label("plan_none", lang), plan_cell(k, lang)])

        def paint(i: int, j: int, cell: str) -> str:
            if i == 0 or j != 5:
                return cell
            return paint_label(style, cell, cell.rstrip(), PLAN_COLOURS[a["key_counties"][i - 1]["plan_status"]])

        out += table(rows, paint=paint)
    else:
        out.append(report_label("audit.key_none", lang))
    out.append(report_label("audit.key_note", lang, **a["summary"]))
    problems = [key_plan_problem(k, lang) for k in a["key_counties_plan_problems"]]
    out.append(style(f"{report_label('audit.key_plan_problems', lang)}{sep}", bold=True)
               + (listing(problems, lang) or report_label("none", lang)))
    out.append(f"{report_label('audit.missing_keys', lang)}{sep}"
               f"{listing(a['missing_key_counties'], lang) or report_label('none', lang)}")
    return out + [""]


def stats_table(stats: dict, lang: Lang, style: Style) -> list[str]:
    """Each city's reported figures beside the recomputed ones (≠ on a figure with a finding), rank and remarks."""
    recomputed = capitalise(report_label("audit.computed", lang))
    rows = [[report_label("audit.city", lang), report_label("audit.total", lang), recomputed,
             report_label("audit.public", lang), recomputed, report_label("audit.share", lang),
             report_label("audit.computed_share", lang), report_label("audit.rank", lang),
             report_label("audit.remarks", lang)]]
    for row in stats["cities"] + ([stats["total"]] if stats["total"] else []):
        cells = []
        for cell in stats_cells(row):
            cells += [cell["reported"] + (" ≠" if cell["codes"] else ""), cell["computed"]]
        rows.append([row["name"], *cells, str(row["rank"]) if row["rank"] is not None else "",
                     listing(share_remarks(row, lang), lang)])

    def paint(i: int, j: int, cell: str) -> str:
        if i > 0 and j in (1, 3, 5) and "≠" in cell:
            return style(cell, fg="red", bold=True)
        return cell

    return table(rows, paint=paint) + [report_label("audit.table_note", lang), ""]


def province_share(stats: dict, lang: Lang, style: Style) -> list[str]:
    """The province's recomputed share (and the reported one), the target, the cities below each."""
    sep = colon(lang)
    province = report_label("audit.province_share", lang, share=stats["province_share_shown"] or "—")
    if stats["reported_province_share_shown"]:
        province += paren(report_label("audit.reported_share", lang, share=stats["reported_province_share_shown"]), lang)
    out = [style(province, bold=True), f"{report_label('audit.target', lang)}{sep}{target_text(stats, lang)}"]
    if stats["below_target"] is not None:
        below_target = report_label("audit.below_target", lang, year=stats["target"]["year"], shown=stats["target"]["shown"])
        out.append(f"{below_target}{sep}{listing(stats['below_target'], lang) or report_label('none', lang)}")
    below = [f"{r['name']} {r['share_shown']}" for r in stats["ranking"] if r["below_province"]]
    out.append(f"{report_label('audit.below_province', lang)}{sep}{listing(below, lang) or report_label('none', lang)}")
    return out + [""]


def disagreeing_figures(audit, lang: Lang, style: Style) -> list[str]:
    """The statistics findings, quoted from the table."""
    out = heading(style, report_label("audit.disagree", lang), "-")
    if not audit.stats_findings:
        return out + [report_label("audit.disagree_none", lang), ""]
    for f in audit.stats_findings:
        out += render_finding(f, audit.stats.source_text, lang, style)
        out.append("")
    return out


def ranking(stats: dict, lang: Lang, style: Style) -> list[str]:
    """The cities by recomputed share."""
    out = heading(style, report_label("audit.ranking", lang), "-")
    rows = [[report_label("audit.rank", lang), report_label("audit.city", lang), report_label("audit.computed_share", lang),
             report_label("audit.remarks", lang)]]
    for r in stats["ranking"]:
        rows.append([str(r["rank"]), r["name"], r["share_shown"] or "—", listing(share_remarks(r, lang), lang)])
    return out + table(rows) + [""]


def stats_section(audit, a: dict, lang: Lang, style: Style) -> list[str]:
    """The statistics: reported against recomputed, the disagreeing figures, the target, the ranking."""
    stats = a["statistics"]
    out = heading(style, report_label("audit.stats", lang), "-")
    if stats["status"] == "not_given":
        return out + [report_label("audit.stats_none", lang), ""]
    if stats["status"] == "unreadable":
        return out + [report_label("audit.stats_unreadable", lang)] + render_error(audit.stats_error, lang, style)
    out += stats_table(stats, lang, style)
    out += province_share(stats, lang, style)
    out += disagreeing_figures(audit, lang, style)
    return out + ranking(stats, lang, style)


def city_review(status, c: dict, lang: Lang, style: Style) -> list[str]:
    """One city: its badge and share, then why it has no review, or its review's facts, units and findings."""
    sep = colon(lang)
    badge = report_label(f"audit.status.{c['status']}", lang)
    if c["status"] == "submitted":
        badge += f" · {timeliness(c, lang)}"
    colour = "green" if c["status"] == "submitted" and c["on_time"] is not False else "red"
    out = [style(f"■ {c['name']}", bold=True) + " " + style(f"[{badge}]", fg=colour, bold=True)]
    if c["statistics"] is not None and c["statistics"]["rank"] is not None:
        marks = "".join(paren(m, lang) for m in share_remarks(c["statistics"], lang))
        out.append(f"  {report_label('audit.share', lang)}{sep}" + report_label(
            "audit.stats_of_city", lang, share=c["statistics"]["computed_share_shown"], rank=c["statistics"]["rank"])
            + marks)
    if c["status"] == "unreadable":
        return out + indent_packed(render_error(status.error, lang, style)) + [""]
    if c["status"] != "submitted":
        return out + ["  " + report_label("audit.not_submitted", lang), ""]
    review = status.review
    out.append("  " + semicolons([
        f"{report_label('audit.directory', lang)}{sep}{c['directory']}",
        f"{report_label('ruleset', lang)}{sep}{c['ruleset']}",
        f"{report_label('audit.submitted_on', lang)}{sep}{c['submitted'] or '—'}",
        f"{report_label('audit.deadline', lang)}{sep}{c['deadline'] or report_label('deadline_none', lang)}",
    ], lang))
    out.append(f"  {report_label('audit.verdicts', lang)}{sep}{report_label('audit.verdict_counts', lang, **c['summary'])}")
    out.append("")
    out += indent(units_table(c["units"], lang, style))
    out.append("")
    for unit, u in zip(review.units, c["units"]):
        # a county with only remarks (提示, no fault) is shown too, with them
        if not (unit.findings or unit.remarks or u["problems"] or u["plan_findings"] or u["plan_problems"]
                or u["plan_status"] == "missing"):
            continue
        vbadge = style(f"[{u['verdict_label']}]", fg=VERDICT_COLOURS[u["verdict"]], bold=True)
        out.append("  " + style(f"▸ {u['name']}", bold=True) + " " + vbadge)
        out += indent(unit_detail(unit, u, review, lang, style))
        out.append("")
    return out + indent(other_files(review, lang, style)) + [""]


def render_audit(audit, lang: Lang = "zh", color: bool = False) -> str:
    """The audit for a terminal: each city's submission, key counties, the statistics, then each city's review."""
    from ... import __version__
    from ..json_out import audit_json

    style = Style(color)
    a = audit_json(audit, lang)
    out = audit_header(a, lang, style)
    out += cities_section(a, lang, style)
    out += key_counties_section(a, lang, style)
    out += stats_section(audit, a, lang, style)
    out += heading(style, report_label("audit.details", lang), "-") + [""]
    for status, c in zip(audit.cities + audit.extra, a["cities"] + a["extra_cities"]):
        out += city_review(status, c, lang, style)
    out.append(report_label("footer", lang, version=__version__, ruleset=a["province"]["ruleset"]))
    return "\n".join(out) + "\n"
