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
            "value": f.basis.value,
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
