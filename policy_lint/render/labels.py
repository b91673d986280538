"""The words the review and audit reports share, whatever their format (text, Markdown, HTML).

Every heading, label and sentence is a catalogue entry (``report.<key>`` and ``annex3.<key>`` in
policy_lint/messages.py); this module only picks and combines them: a label in one language, the
language's punctuation, and the few phrases built from a report's data (a consistency row's
prevailing value, a key county's plan problem, the target the statistics are held to).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ..messages import CATALOGUE, Lang, fill

# --- a label and the language's punctuation ---------------------------------------------------------------


def report_label(key: str, lang: Lang, **values: object) -> str:
    """The report's ``key`` (catalogue ``report.<key>``) in ``lang``, with ``values`` filled in."""
    return fill(CATALOGUE[f"report.{key}"][lang], values)


def colon(lang: Lang) -> str:
    """``：`` / ``: `` between a label and its value."""
    return CATALOGUE["punct.colon"][lang]


def paren(value: object, lang: Lang) -> str:
    """``（value）`` / `` (value)``, after what it qualifies."""
    return fill(CATALOGUE["punct.paren"][lang], {"text": value})


def semicolon(lang: Lang) -> str:
    """``；`` / ``; `` between two clauses."""
    return CATALOGUE["join.semicolon"][lang]


def listing(items: Iterable[str], lang: Lang) -> str:
    """``甲、乙`` / ``a, b``."""
    return CATALOGUE["join.list"][lang].join(items)


def semicolons(items: Iterable[str], lang: Lang) -> str:
    """``甲；乙`` / ``a; b``."""
    return semicolon(lang).join(items)


def capitalise(value: str) -> str:
    """An English label or sentence begun with a capital (Chinese is unchanged)."""
    return value[:1].upper() + value[1:]


# --- the 附件3 table ------------------------------------------------------------------------------------

#: the 附件3 table as the seed lays it out: (number, heading of a split row or None, cell keys); each heading
#: is the catalogue's ``annex3.heading.<name>``, each cell's label ``annex3.<key>``
ANNEX3: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("1", None, ("units_total", "units_reviewed", "units_not_reviewed")),
    ("2", "new_places", ("new_places_primary", "new_places_junior", "new_places_total")),
    ("3", None, ("migrant_children_total", "migrant_worker_children_total")),
    ("3", "public", ("public_primary", "public_junior", "public_total")),
    ("3", "purchased", ("purchased_primary", "purchased_junior", "purchased_total")),
    ("4", None, ("zhongkao_applicants", "gaokao_applicants")),
)


def annex3_rows(year: int, figures: dict[str, int | None], lang: Lang) -> list[dict]:
    """The 附件3 table's rows: number, optional heading, and (label, figure) cells."""
    rows = []
    for number, heading, cells in ANNEX3:
        head = None
        if heading is not None:
            head = fill(CATALOGUE[f"annex3.heading.{heading}"][lang], {"year": year})
        rows.append({
            "number": number,
            "heading": head,
            "cells": [{"key": key, "label": CATALOGUE[f"annex3.{key}"][lang], "value": figures.get(key)}
                      for key in cells],
        })
    return rows


def annex3_flat(year: int, figures: dict[str, int | None], lang: Lang) -> list[tuple[str, str, int | None]]:
    """The 附件3 figures one per line: (number, full label, figure)."""
    out = []
    for row in annex3_rows(year, figures, lang):
        for cell in row["cells"]:
            label = f"{row['heading']}{colon(lang)}{cell['label']}" if row["heading"] else cell["label"]
            out.append((row["number"], label, cell["value"]))
    return out


# --- consistency within the city ----------------------------------------------------------------------


def consistency_outlier_text(cell: dict, kind: str, lang: Lang) -> str:
    """A differing cell as the reports show it: the value, or for a set what it adds and lacks."""
    if kind == "set":
        parts = []
        if cell.get("extra"):  # material names, listed as written (、) in both languages
            parts.append(report_label("extra_items", lang) + " " + listing(cell["extra"], "zh"))
        if cell.get("missing"):
            parts.append(report_label("missing_items", lang) + " " + listing(cell["missing"], "zh"))
        return semicolons(parts, lang) or cell["value"]
    return cell["value"]


def prevailing_text(row: dict, lang: Lang) -> str:
    """A consistency row's prevailing value, with any value tied with it."""
    shown = row["prevailing"] or "—"
    if row.get("tied"):
        shown += semicolon(lang) + report_label("tied", lang) + colon(lang) + listing(row["tied"], lang)
    return shown


def not_compared_text(row: dict, lang: Lang) -> str | None:
    """Why a consistency row names no outlier, when it was not compared at all."""
    if row.get("comparable", True):
        return None
    from ..consistency import MIN_STATING

    if row["stating"] < MIN_STATING:
        return report_label("too_few", lang, count=row["stating"])
    return report_label("no_majority", lang)


def consistency_note(review, lang: Lang) -> str:
    """What ``≠`` and ``~`` mark, with the ruleset's tolerances."""
    from ..consistency import tolerance

    ruleset = review.context.ruleset
    return report_label("consistency_note", lang, months=tolerance("months", ruleset), days=tolerance("days", ruleset),
                        materials=tolerance("set", ruleset))


# --- work plans ----------------------------------------------------------------------------------------


def plan_cell(u: dict, lang: Lang) -> str:
    """A unit's work-plan status for a table: the label, with its error count when it needs changes."""
    label = u["plan_status_label"]
    if u["plan_status"] == "needs_changes":
        label += paren(u["plan_errors"], lang)
    return label


def plan_line(u: dict, lang: Lang) -> str:
    """A unit's work plan in words: its file (or that none was filed), its status and its counts."""
    sep = colon(lang)
    where = u["plan"] or report_label("plan_none", lang)
    status = u["plan_status_label"]
    if u["plan_status"] in ("passed", "needs_changes"):
        status += paren(report_label("plan_counts", lang, errors=u["plan_errors"], warnings=u["plan_warnings"]), lang)
    return semicolons([f"{report_label('plan', lang)}{sep}{where}",
                       f"{report_label('plan_status_inline', lang)}{sep}{status}"], lang)


def plan_totals(summary: dict, lang: Lang) -> str:
    """The review's work plans by status and their findings, in one sentence."""
    return report_label("plan_totals", lang, **summary["plans"], plan_errors=summary["plan_errors"],
                        plan_warnings=summary["plan_warnings"])


# --- the province's audit ------------------------------------------------------------------------------


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
        shown += paren(source, lang)
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
    codes = colon(lang) + " ".join(k["plan_codes"]) if k["plan_codes"] else ""
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
