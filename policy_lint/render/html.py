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
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..checks import FAMILIES
from ..messages import Lang
from .json_out import review_json
from .markdown import template_globals
from .text import _consistency_note, annex3_rows, capitalise, display_width

TEMPLATES = Path(__file__).parent / "templates"

#: one colour per check family, distinct in print and for common colour-vision deficiencies
FAMILY_COLOURS: dict[str, str] = {
    "1": "#c0392b",
    "2": "#e67e22",
    "3": "#2874a6",
    "4": "#7d3c98",
    "5": "#138d75",
    "6": "#7f8c8d",
    "7": "#b7950b",
}


def _finalize(value: object) -> object:
    return "—" if value is None else value


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cap"] = capitalise
    return env


def chart(units: list[dict], lang: Lang) -> dict:
    """Geometry of the stacked bar chart: one bar per county, one segment per check family."""
    families = sorted({f["code"][2] for u in units for f in u["findings"]})
    # county names are right-aligned against the bars: leave room for the longest (13px CJK, ~7.5px Latin)
    longest = max((display_width(u["name"]) for u in units), default=0)
    label_width = min(max(round(longest * 6.8) + 8, 70), 280)
    right, width = 40, 720
    bar_left = label_width + 10
    bar_span = width - bar_left - right
    row, bar, top = 28, 18, 8
    totals = [len(u["findings"]) for u in units]
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
            count = sum(1 for f in u["findings"] if f["code"][2] == family)
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
    lines = source_text.split("\n")
    if not 1 <= f["line"] <= len(lines):
        return None
    line = lines[f["line"] - 1].replace("\t", " ")
    start = max(f["column"] - 1, 0)
    end = f["end_column"] - 1 if f["end_line"] == f["line"] and f["end_column"] - 1 > start else len(line)
    before = line[:start]
    indent = len(before) - len(before.lstrip())
    return {"line": f["line"], "before": before[indent:], "mark": line[start:end], "after": line[end:]}


def review_view(review, lang: Lang) -> dict:
    """The JSON document, plus what only the page shows: source excerpts and the chart."""
    r = review_json(review, lang)
    sources = {review.config.path: review.config.source_text}
    for unit in review.units:
        if unit.result is not None and unit.result.source is not None:
            sources[unit.result.path] = unit.result.source.text
    for result in review.context.extra:
        if result.source is not None:
            sources[result.path] = result.source.text
    for group in [u["findings"] for u in r["units"]] + [e["findings"] for e in r["extra_files"]] + [r["city_findings"]]:
        for f in group:
            f["excerpt"] = _excerpt(sources.get(f["path"]), f)
    return r


def render_review(review, lang: Lang = "zh") -> str:
    from ..review import Verdict

    r = review_view(review, lang)
    template = environment().get_template("review.html.j2")
    unreadable = [u for u in r["units"] if u["status"] == "unreadable"]
    unreadable += [f for f in r["extra_files"] if f["status"] == "unreadable"]
    return template.render(
        r=r,
        unreadable=unreadable,
        verdict_labels={v.name: v.label(lang) for v in Verdict},
        chart=chart(r["units"], lang),
        annex3=annex3_rows(r["city"]["year"], r["annex3"], lang),
        consistency_note=_consistency_note(review, lang),
        **template_globals(lang),
    )
