"""JSON output (schema documented in docs/json-schema.md), dumped from the models."""

from __future__ import annotations

import json

from .. import __version__
from ..engine import FileResult
from ..findings import Finding
from ..messages import Lang, text

SCHEMA_VERSION = 1


def finding_json(f: Finding, lang: Lang) -> dict:
    c = f.basis.citation
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "path": f.path,
        "line": f.span.line,
        "column": f.span.column,
        "end_line": f.span.end_line,
        "end_column": f.span.end_column,
        "message": f.message(lang),
        "suggestion": f.suggestion(lang),
        "basis": {
            "parameter": f.basis.name,
            "value": f.basis.model_dump(mode="json", include={"value"})["value"],  # dates as ISO strings
            "effective": f.basis.effective.isoformat(),
            "ruleset": f.basis.layer,
            "ruleset_title": f.basis.layer_title_en if lang == "en" else f.basis.layer_title,
            "citation": c.model_dump(mode="json"),
        },
    }


def result_json(r: FileResult, lang: Lang) -> dict:
    out: dict = {"path": r.path}
    if r.error is not None:
        out["status"] = "unreadable"
        out["problems"] = [
            {"line": p.line, "column": p.column, "message": p.message(lang)} for p in r.error.problems
        ]
        out["findings"] = []
        return out
    out["status"] = "checked"
    out["ruleset"] = r.ruleset.name if r.ruleset else None
    out["findings"] = [finding_json(f, lang) for f in r.findings]
    return out


def render(results: list[FileResult], lang: Lang = "zh") -> str:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "policy-lint", "version": __version__},
        "files": [result_json(r, lang) for r in results],
        "summary": {
            "files": len(results),
            "unreadable": sum(1 for r in results if r.error is not None),
            "errors": sum(r.errors for r in results),
            "warnings": sum(r.warnings for r in results),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- city review (``policy-lint review --format json``; schema in docs/review.md) ----------------------

REVIEW_SCHEMA_VERSION = 1

#: the ruleset parameter holding each comparable kind's tolerance (none: must be equal)
TOLERANCE_PARAMETERS = {
    "months": "consistency_months_tolerance",
    "days": "consistency_days_tolerance",
    "set": "consistency_materials_tolerance",
}


def tolerance(kind: str, ruleset) -> int:
    """How far a county's value may be from the prevailing one before it counts as an outlier."""
    name = TOLERANCE_PARAMETERS.get(kind)
    param = ruleset.get(name) if name else None
    return int(param.value) if param is not None and param.value is not None else 0


def _problems_json(error, lang: Lang) -> list[dict]:
    if error is None:
        return []
    return [{"line": p.line, "column": p.column, "message": p.message(lang)} for p in error.problems]


def unit_json(unit, lang: Lang) -> dict:
    rules = unit.rules
    meta = rules.metadata if rules is not None else None
    if not unit.submitted:
        status = "not_submitted"
    elif not unit.readable:
        status = "unreadable"
    else:
        status = "reviewed"
    return {
        "name": unit.name,
        "key": unit.key,
        "status": status,
        "path": unit.path,
        "plan": unit.plan,
        "doc_number": meta.doc_number.value if meta is not None and meta.doc_number else None,
        "submitted": meta.submitted.value.isoformat() if meta is not None and meta.submitted else None,
        "verdict": unit.verdict.name,
        "verdict_label": unit.verdict.label(lang),
        "reasons": [r(lang) for r in unit.reasons],
        "errors": unit.errors,
        "warnings": unit.warnings,
        "findings": [finding_json(f, lang) for f in unit.findings],
        "problems": _problems_json(unit.result.error if unit.result is not None else None, lang),
    }


def consistency_json(review, lang: Lang) -> dict:
    """The consistency table: per comparable parameter the prevailing value, who shares it, who differs."""
    context = review.context
    checked = context.ruleset.get("city_consistency")
    rows = []
    for row in context.consistency:
        tol = tolerance(row.kind, context.ruleset)
        comparable = getattr(row, "comparable", row.prevailing is not None)
        cells = []
        for unit, cell in row.cells.items():
            gap = row.gap(unit) if hasattr(row, "gap") else None
            entry = {
                "unit": unit,
                "value": cell.shown,
                "raw": cell.raw,
                "line": cell.span.line,
                "column": cell.span.column,
                "same": unit in row.sharing,
                "gap": gap,
                "differs": row.differs(unit, tol),
            }
            if row.kind == "set":
                prevailing = set(row.prevailing or ())
                entry["extra"] = sorted(set(cell.value) - prevailing)
                entry["missing"] = sorted(prevailing - set(cell.value))
            cells.append(entry)
        tied = []
        for value in getattr(row, "tied", ()):
            shown = next((c.shown for c in row.cells.values() if _hashable(c.value) == value), str(value))
            tied.append(shown)
        stating = set(row.cells)
        rows.append({
            "key": row.key,
            "label": row.label(lang),
            "kind": row.kind,
            "tolerance": tol,
            "comparable": comparable,
            "stating": len(row.cells),
            "prevailing": row.prevailing_shown,
            "tied": tied,
            "split": list(getattr(row, "split", ())),
            "sharing": list(row.sharing),
            "cells": cells,
            "outliers": [c for c in cells if c["differs"]],
            "others": [c for c in cells if not c["same"] and not c["differs"]],
            "not_stated": [u.name for u in context.units if u.readable and u.name not in stating],
        })
    return {"checked": bool(checked is not None and checked.value), "rows": rows}


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, (list, tuple)) else value


def city_findings(review) -> list[Finding]:
    """Findings about the city as a whole (on city.toml, about no listed unit)."""
    own = {id(f) for u in review.units for f in u.findings}
    own |= {id(f) for r in review.context.extra for f in r.findings}
    return [f for f in review.findings if id(f) not in own]


def review_json(review, lang: Lang = "zh") -> dict:
    """The review as plain data: what ``--format json`` prints and what the templates render."""
    config = review.config
    context = review.context
    deadline = context.deadline()
    counts = review.counts()
    units = [unit_json(u, lang) for u in review.units]
    return {
        "schema_version": REVIEW_SCHEMA_VERSION,
        "report": "review",
        "tool": {"name": "policy-lint", "version": __version__},
        "lang": lang,
        "city": {
            "name": config.name,
            "province": config.province,
            "year": config.year,
            "config": config.path,
            "ruleset": context.ruleset.name,
            "ruleset_title": context.ruleset.display(lang),
            "deadline": deadline[0].isoformat() if deadline else None,
            "deadline_source": deadline[1] if deadline else None,
            "submitted": config.submitted.isoformat() if config.submitted else None,
            "key_counties": list(context.key_names()),
        },
        "summary": {
            "units": len(review.units),
            "submitted": sum(1 for u in review.units if u.submitted),
            "reviewed": sum(1 for u in review.units if u.readable),
            **{v.name: counts[v] for v in counts},
            "errors": sum(1 for f in review.findings if f.severity == "error"),
            "warnings": sum(1 for f in review.findings if f.severity == "warning"),
        },
        "units": units,
        "consistency": consistency_json(review, lang),
        "annex3": review.annex3(),
        "extra_files": [result_json(r, lang) for r in context.extra],
        "city_findings": [finding_json(f, lang) for f in city_findings(review)],
    }


def render_review(review, lang: Lang = "zh") -> str:
    return json.dumps(review_json(review, lang), ensure_ascii=False, indent=2) + "\n"
