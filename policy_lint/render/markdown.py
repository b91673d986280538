"""Markdown output for ``review`` and ``audit``: the report as tables, rendered with jinja2.

Every value printed by a template goes through :func:`md_escape` (the
environment's ``finalize``), so a county name or a quoted sentence is always
text: HTML-significant characters become entities, Markdown punctuation is
backslash-escaped, ``|`` cannot split a table cell and a newline cannot end
one.  Markdown syntax belongs in the template text, never in values.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__
from ..checks import FAMILIES
from ..messages import CATALOGUE, Lang, text
from .json_out import review_json
from .labels import (annex3_rows, capitalise, consistency_note, consistency_outlier_text, not_compared_text, plan_cell,
                     plan_totals, prevailing_text, report_label)
from .. import lazy_re

TEMPLATES = Path(__file__).parent / "templates"

_PUNCTUATION = lazy_re.compile(r"([\\`*_\[\]{}|#~!])")


def md_escape(value: str) -> str:
    """``value`` as literal Markdown text, safe inside a table cell."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _PUNCTUATION.sub(r"\\\1", value)
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _finalize(value: object) -> object:
    if isinstance(value, Markup):
        return value
    if value is None:
        return "—"
    return md_escape(str(value))


def make_environment(autoescape: bool, finalize) -> Environment:
    """The jinja2 environment of the report templates (Markdown: our own escaping; HTML: autoescape)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=autoescape,
        undefined=StrictUndefined,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cap"] = capitalise
    return env


def environment() -> Environment:
    return make_environment(autoescape=False, finalize=_finalize)


def template_globals(lang: Lang) -> dict:
    """What every review template may call: labels, the catalogue, the outlier wording."""
    lp, rp = CATALOGUE["punct.paren"][lang].split("{text}")
    return {
        "label": lambda key, **values: report_label(key, lang, **values),
        "catalogue": lambda key, **values: text(key, **values)(lang),
        "outlier": lambda cell, kind: consistency_outlier_text(cell, kind, lang),
        "prevailing": lambda row: prevailing_text(row, lang),
        "not_compared": lambda row: not_compared_text(row, lang),
        "family": lambda code: FAMILIES[code[2]](lang) if code[2] in FAMILIES else code[2],
        "plan_cell": lambda u: plan_cell(u, lang),
        "plan_totals": lambda summary: plan_totals(summary, lang),
        "version": __version__,
        "sep": CATALOGUE["punct.colon"][lang],
        "listsep": CATALOGUE["join.list"][lang],
        "lang": lang,
        "lp": lp,
        "rp": rp,
        "period": CATALOGUE["punct.period"][lang],
        "comma": CATALOGUE["punct.comma"][lang],
        "hashes": lambda level: Markup("#" * level),  # a Markdown heading's marker (template syntax, not a value)
    }


def render_review(review, lang: Lang = "zh") -> str:
    r = review_json(review, lang)
    template = environment().get_template("review.md.j2")
    return template.render(r=r, annex3=annex3_rows(r["city"]["year"], r["annex3"], lang),
                           consistency_note=consistency_note(review, lang), **template_globals(lang))


def render_audit(audit, lang: Lang = "zh") -> str:
    from ..review import Verdict
    from .json_out import audit_json
    from .labels import deadline_text, key_plan_problem, key_plan_text, share_remarks, stats_cells, target_text, timeliness

    a = audit_json(audit, lang)
    template = environment().get_template("audit.md.j2")
    return template.render(
        a=a,
        verdict_labels={v.name: v.label(lang) for v in Verdict},
        timeliness=lambda c: timeliness(c, lang),
        deadline_text=lambda date, source: deadline_text(date, source, lang),
        target_text=target_text(a["statistics"], lang),
        remarks=lambda row: share_remarks(row, lang),
        stats_cells=stats_cells,
        key_plan=lambda k: key_plan_text(k, lang),
        key_plan_problem=lambda k: key_plan_problem(k, lang),
        **template_globals(lang),
    )
