"""A self-contained, printable HTML page for ``review``: inline CSS, an inline SVG chart, no scripts.

Rendered with jinja2, autoescaped and with ``StrictUndefined``: every value
that comes from the input (county names, quoted wording, messages) is
escaped, and nothing the input holds is ever compiled as a template.  The
chart (findings by county and check family, as stacked horizontal bars) is
laid out here in Python; the template only writes its elements.  The page is
made to be printed on A4: ``@page`` margins, each county's 审核意见 on a new
page, table rows and findings kept whole.
"""

from __future__ import annotations

from math import ceil

from jinja2 import Environment

from ..checks import FAMILIES
from ..messages import Lang
from ..source import split_lines
from .json_out import review_json
from .markdown import make_environment, template_globals
from .labels import annex3_rows, consistency_note
from .text.layout import display_width


#: one colour per check family, distinct in print and for common colour-vision deficiencies
FAMILY_COLOURS: dict[str, str] = {
    "1": "#c0392b",
    "2": "#e67e22",
    "3": "#2874a6",
    "4": "#7d3c98",
    "5": "#138d75",
    "6": "#7f8c8d",
    "7": "#b7950b",
    "8": "#1f618d",
    "9": "#a04000",
}


def _finalize(value: object) -> object:
    return "—" if value is None else value


def environment() -> Environment:
    return make_environment(autoescape=True, finalize=_finalize)


def chart_label_width(names) -> int:
    """Room for bar labels right-aligned against the bars: the longest name (13px CJK, ~7.5px Latin)."""
    longest = max((display_width(name) for name in names), default=0)
    return min(max(round(longest * 6.8) + 8, 70), 280)


def _unit_findings(u: dict) -> list[dict]:
    """Every finding of a unit for the chart: its rules' and city checks' and its work plan's (family 8)."""
    return u["findings"] + u["plan_findings"]


def chart(units: list[dict], lang: Lang) -> dict:
    """Geometry of the stacked bar chart: one bar per county, one segment per check family (the work plan's
    findings are family 8)."""
    families = sorted({f["code"][2] for u in units for f in _unit_findings(u)})
    label_width = chart_label_width(u["name"] for u in units)
    right, width = 40, 720
    bar_left = label_width + 10
    bar_span = width - bar_left - right
    row, bar, top = 28, 18, 8
    totals = [len(_unit_findings(u)) for u in units]
    most = max(totals, default=0)
    step = max(1, ceil(most / 6)) if most else 1
    axis_max = max(step * ceil(most / step), 1)
    scale = bar_span / axis_max
    bars = []
    for i, u in enumerate(units):
        y = top + i * row
        x = float(bar_left)
        segments = []
        for family in families:
            count = sum(1 for f in _unit_findings(u) if f["code"][2] == family)
            if not count:
                continue
            w = count * scale
            segments.append({"x": round(x, 1), "width": round(w, 1), "count": count, "family": family,
                             "colour": FAMILY_COLOURS.get(family, "#555555"),
                             "title": f"{u['name']} · {family}xx {FAMILIES[family](lang) if family in FAMILIES else ''}: {count}"})
            x += w
        bars.append({"name": u["name"], "verdict": u["verdict"], "y": y, "bar_y": y + (row - bar) / 2,
                     "text_y": y + row / 2 + 5, "segments": segments, "total": totals[i],
                     "total_x": round(x + 6, 1)})
    axis_y = top + len(units) * row + 4
    ticks = [{"x": round(bar_left + v * scale, 1), "value": v} for v in range(0, axis_max + 1, step)]
    legend_top = axis_y + 30
    legend = []
    per_line = 2
    for i, family in enumerate(families):
        legend.append({
            "x": 10 + (i % per_line) * 360,
            "y": legend_top + (i // per_line) * 22,
            "colour": FAMILY_COLOURS.get(family, "#555555"),
            "label": f"{family}xx {FAMILIES[family](lang) if family in FAMILIES else ''}",
        })
    height = legend_top + ceil(len(families) / per_line) * 22 + 6 if families else axis_y + 30
    return {
        "width": width, "height": height, "label_x": label_width, "bar_left": bar_left, "bar_right": bar_left + bar_span,
        "bar_height": bar, "bars": bars, "axis_y": axis_y, "ticks": ticks, "legend": legend,
        "empty": not families, "top": top, "bottom": axis_y,
    }


def _excerpt(source_text: str | None, f: dict) -> dict | None:
    """The source line of a finding split around its span, for highlighting."""
    if not source_text:
        return None
    lines = split_lines(source_text)
    if not 1 <= f["line"] <= len(lines):
        return None
    line = lines[f["line"] - 1].replace("\t", " ")
    start = max(f["column"] - 1, 0)
    end = f["end_column"] - 1 if f["end_line"] == f["line"] and f["end_column"] - 1 > start else len(line)
    before = line[:start]
    indent = len(before) - len(before.lstrip())
    return {"line": f["line"], "before": before[indent:], "mark": line[start:end], "after": line[end:]}


def review_sources(review) -> dict[str, str]:
    """The text of every file a review's findings may point at, by path."""
    sources = {review.config.path: review.config.source_text}
    for unit in review.units:
        for result in (unit.result, unit.plan_result):
            if result is not None and result.source is not None:
                sources[result.path] = result.source.text
    for result in review.context.extra:
        if result.source is not None:
            sources[result.path] = result.source.text
    return sources


def add_excerpts(r: dict, sources: dict[str, str], extra_groups: tuple = ()) -> None:
    """Give every finding of a review document (units, extra files, city-wide) its source excerpt."""
    groups = [u["findings"] for u in r["units"]] + [u["plan_findings"] for u in r["units"]]
    groups += [u.get("remarks", []) for u in r["units"]]  # remarks (提示) are quoted as findings are
    groups += [e["findings"] for e in r["extra_files"]] + [r["city_findings"]]
    for group in groups + list(extra_groups):
        for f in group:
            f["excerpt"] = _excerpt(sources.get(f["path"]), f)


def review_view(review, lang: Lang) -> dict:
    """The JSON document, plus what only the page shows: source excerpts and the chart."""
    r = review_json(review, lang)
    add_excerpts(r, review_sources(review))
    return r


def render_review(review, lang: Lang = "zh", letters: list[dict] | None = None) -> str:
    """The review page; with ``letters`` (render/letters.py's ``for_print``), the counties' opinions as the
    letters that are printed (review --format pdf) instead of the on-screen sections."""
    from ..review import Verdict

    r = review_view(review, lang)
    extra = {"letters": letters} if letters is not None else {}
    template = environment().get_template("review.html.j2")
    unreadable = [u for u in r["units"] if u["status"] == "unreadable"]
    unreadable += [{"path": u["plan"], "problems": u["plan_problems"]} for u in r["units"] if u["plan_problems"]]
    unreadable += [f for f in r["extra_files"] if f["status"] == "unreadable"]
    return template.render(
        r=r,
        unreadable=unreadable,
        verdict_labels={v.name: v.label(lang) for v in Verdict},
        chart=chart(r["units"], lang),
        annex3=annex3_rows(r["city"]["year"], r["annex3"], lang),
        consistency_note=consistency_note(review, lang),
        **extra,
        **template_globals(lang),
    )


# --- province audit ------------------------------------------------------------------------------------

#: bar colours of the share chart: at or above the provincial share, below it
SHARE_COLOURS = {"above": "#2874a6", "below": "#c98a1b"}


def share_chart(ranking: list[dict], province: float | None, target: float | None, lang: Lang,
                target_year: int | None = None) -> dict:
    """Geometry of the share chart: one horizontal bar per city (highest share first) on a 0–100 % axis,
    each labelled with its share, and a reference line for the provincial share and for the target the
    statistics are held to (``target_year``'s, when it is due)."""
    from .labels import report_label

    label_width = chart_label_width(r["name"] for r in ranking)
    right, width = 64, 720
    bar_left = label_width + 10
    bar_span = width - bar_left - right
    row, bar, top = 26, 16, 30
    scale = bar_span / 100
    bars = []
    for i, r in enumerate(ranking):
        y = top + i * row
        share = r["share"] if r["share"] is not None else 0.0
        w = round(share * scale, 1)
        bars.append({
            "name": r["name"], "rank": r["rank"], "share": r["share_shown"] or "—",
            "y": y, "bar_y": y + (row - bar) / 2, "text_y": y + row / 2 + 5, "x": bar_left, "width": w,
            "value_x": round(bar_left + w + 5, 1),
            "value_width": round(display_width(r["share_shown"] or "—") * 6.8 + 4),
            "colour": SHARE_COLOURS["below" if r["below_province"] else "above"],
            "below_province": r["below_province"], "below_target": r["below_target"],
        })
    axis_y = top + len(ranking) * row + 4
    ticks = [{"x": round(bar_left + v * scale, 1), "value": f"{v}%"} for v in range(0, 101, 20)]
    lines = []
    if province is not None:
        lines.append({"kind": "province", "x": round(bar_left + province * scale, 1), "colour": "#1b1b1b",
                      "label": report_label("audit.chart_province", lang, share=f"{province:.2f}%")})
    if target is not None:
        label = report_label("audit.chart_target_year", lang, year=target_year, share=f"{target:.2f}%") \
            if target_year is not None else report_label("audit.chart_target", lang, share=f"{target:.2f}%")
        lines.append({"kind": "target", "x": round(bar_left + target * scale, 1), "colour": "#a31f1f", "label": label})
    # reference labels above the bars, alternating rows so that two close lines do not overlap
    for i, line in enumerate(sorted(lines, key=lambda item: item["x"])):
        line["label_y"] = top - 8 - (i % 2) * 12
        line["anchor"] = "end" if line["x"] > bar_left + bar_span * 0.75 else "start"
        line["label_x"] = line["x"] - 3 if line["anchor"] == "end" else line["x"] + 3
    legend = []
    if province is not None:
        legend = [{"x": bar_left + i * 220, "y": axis_y + 44, "colour": SHARE_COLOURS[kind],
                   "label": report_label(f"audit.legend_{kind}", lang)} for i, kind in enumerate(("above", "below"))]
    return {
        "width": width, "height": axis_y + (54 if legend else 24), "label_x": label_width, "bar_left": bar_left,
        "bar_right": bar_left + bar_span, "bar_height": bar, "bars": bars, "axis_y": axis_y, "ticks": ticks,
        "lines": lines, "legend": legend, "top": top, "empty": not ranking,
    }


def audit_view(audit, lang: Lang) -> dict:
    """The audit's JSON document, plus source excerpts for every finding (the CSV line for the statistics)."""
    from .json_out import audit_json

    a = audit_json(audit, lang)
    for status, c in zip(audit.cities + audit.extra, a["cities"] + a["extra_cities"]):
        if status.review is not None:
            add_excerpts(c, review_sources(status.review))
    if audit.stats is not None:
        for f in a["statistics"]["findings"]:
            f["excerpt"] = _excerpt(audit.stats.source_text, f)
    return a


def render_audit(audit, lang: Lang = "zh", print_mode: bool = False) -> str:
    """The audit page; ``print_mode`` (audit --format pdf) lets the cities follow one another on the page
    instead of each starting a new one, so that no page is left mostly empty."""
    from ..review import Verdict
    from .labels import deadline_text, key_plan_problem, key_plan_text, share_remarks, stats_cells, target_text, timeliness

    a = audit_view(audit, lang)
    stats = a["statistics"]
    due = stats["target"] if stats["target"] and stats["target"]["due"] else None  # only a due target is drawn
    template = environment().get_template("audit.html.j2")
    return template.render(
        a=a,
        print_mode=print_mode,
        verdict_labels={v.name: v.label(lang) for v in Verdict},
        chart=share_chart(stats["ranking"], stats["province_share"], due["value"] if due else None, lang,
                          due["year"] if due else None),
        timeliness=lambda c: timeliness(c, lang),
        deadline_text=lambda date, source: deadline_text(date, source, lang),
        target_text=target_text(stats, lang),
        remarks=lambda row: share_remarks(row, lang),
        stats_cells=stats_cells,
        key_plan=lambda k: key_plan_text(k, lang),
        key_plan_problem=lambda k: key_plan_problem(k, lang),
        **template_globals(lang),
    )
