"""SARIF 2.1.0 output for ``review`` and ``audit`` (GitHub code scanning and other SARIF viewers).

One run; ``tool.driver.rules`` is built from each check's docstring (the one
source of its documentation: title, 检查内容 / What it checks, 修改方法 / How
to fix) and carries the citation of the ruleset parameter it enforces; each
finding is a result pointing at its file and span.  Columns count Unicode
characters (``columnKind: unicodeCodePoints``), as the findings do.  Files
that could not be read are reported as tool execution notifications.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from .. import __version__
from .. import checks as checks_mod
from ..checks import FAMILIES
from ..findings import Finding
from ..messages import Lang, text

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

_DOC_SECTIONS = {
    "zh": ("检查内容", "修改方法", "为何重要"),
    "en": ("What it checks", "How to fix", "Why it matters"),
}


def unwrap(doc: str) -> str:
    """A docstring section as flowing text: the lines of a paragraph joined, list items kept apart."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", doc.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        out = ""
        for line in lines:
            if not out:
                out = line
            elif re.match(r"([-*+]|\d+[.)])\s", line) or block.lstrip().startswith("```"):
                out += "\n" + line
            elif out[-1].isascii() or line[0].isascii():
                out += " " + line
            else:
                out += line
        paragraphs.append(out)
    return "\n\n".join(paragraphs)


def uri(path: str) -> str:
    """A relative path as a URI reference (percent-encoded, '/' kept)."""
    return quote(path, safe="/")


def cited_parameter(check: type[checks_mod.Check], ruleset):
    """The parameter a rule cites under ``ruleset``: the first of the check's parameters the ruleset sets
    (the first parameter for a county check; for a plan check, which runs on any of them, the one in force)."""
    for name in check.parameters:
        param = ruleset.get(name)
        if param is not None and param.value:
            return param
    return ruleset.get(check.parameters[0]) if check.parameters else None


def rule(check: type[checks_mod.Check], ruleset, lang: Lang) -> dict:
    """A reportingDescriptor for ``check``, from its docstring and the ruleset's citation."""
    docs = check.docs()
    what, how, why = _DOC_SECTIONS[lang]
    family = FAMILIES.get(check.family())
    help_markdown = "\n\n".join(docs[k] for k in (how, why) if docs.get(k))
    help_text = "\n\n".join(unwrap(docs[k]) for k in (how, why) if docs.get(k))
    properties: dict = {
        "family": check.family(),
        "familyTitle": family(lang) if family else "",
        "parameters": list(check.parameters),
        "tags": [f"family-{check.family()}", check.scope],
    }
    param = cited_parameter(check, ruleset)
    if param is not None:
        properties["citation"] = param.citation.dump()
        properties["ruleset"] = param.layer
        properties["rulesetTitle"] = param.layer_title_en if lang == "en" else param.layer_title
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.title()(lang)},
        "fullDescription": {"text": unwrap(docs.get(what, "")) or check.title()(lang)},
        "help": {"text": help_text or check.title()(lang), "markdown": help_markdown or check.title()(lang)},
        "defaultConfiguration": {"level": check.severity},
        "properties": properties,
    }


def _location(path: str, line: int, column: int, end_line: int | None = None, end_column: int | None = None) -> dict:
    region: dict = {"startLine": line, "startColumn": column}
    if end_line is not None and end_column is not None:
        region["endLine"] = end_line
        region["endColumn"] = end_column
    return {"physicalLocation": {"artifactLocation": {"uri": uri(path)}, "region": region}}


def result(f: Finding, index: int, lang: Lang, unit: str | None, city: str | None = None) -> dict:
    c = f.basis.citation
    properties: dict = {
        "suggestion": f.suggestion(lang),
        "parameter": f.basis.name,
        "ruleset": f.basis.layer,
        "citation": c.dump(),
    }
    if city is not None:
        properties["city"] = city
    if unit is not None:
        properties["unit"] = unit
    # a threshold the text does not state is labelled in the message a viewer shows, not only in properties
    derived = text("label.derived")(lang) if c.derived else ""
    colon = ': ' if lang == 'en' else '：'
    if f.severity == "remark":
        # a remark is no failure: kind "informational" (SARIF 2.1.0 §3.27.9), whose level §3.27.10 requires to be
        # "none" ("If kind has any value other than "fail" ... it SHALL have the value "none""); the message
        # says 提示 and what to look at, so a viewer that shows it shows it as what it is
        del properties["suggestion"]
        properties["remark"] = True
        properties["look"] = f.suggestion(lang)
        label = text("label.remark")(lang)
        return {
            "ruleId": f.code,
            "ruleIndex": index,
            "kind": "informational",
            "level": "none",
            "message": {"text": f"[{label}] {f.message(lang)}{derived} {text('label.look')(lang)}{colon}{f.suggestion(lang)}"},
            "locations": [_location(f.path, f.span.line, f.span.column, f.span.end_line, f.span.end_column)],
            "properties": properties,
        }
    return {
        "ruleId": f.code,
        "ruleIndex": index,
        "level": f.severity,
        "message": {"text": f"{f.message(lang)}{derived} {text('label.fix')(lang)}{colon}{f.suggestion(lang)}"},
        "locations": [_location(f.path, f.span.line, f.span.column, f.span.end_line, f.span.end_column)],
        "properties": properties,
    }


def error_notifications(error, lang: Lang) -> list[dict]:
    """An input that could not be read (an :class:`InputError`), one notification per problem."""
    out = []
    for p in error.problems:
        note: dict = {"level": "error", "message": {"text": p.message(lang)}}
        if p.line is not None:
            note["locations"] = [_location(error.path, p.line, p.column or 1)]
        else:
            note["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": uri(error.path)}}}]
        out.append(note)
    return out


def _notifications(review, lang: Lang) -> list[dict]:
    out = []
    results = [u.result for u in review.units if u.submitted and not u.readable]
    results += [u.plan_result for u in review.units if u.plan_result is not None and u.plan_result.error is not None]
    results += [r for r in review.context.extra if r.error is not None]
    for r in results:
        out += error_notifications(r.error, lang)
    return out


def sarif_run(findings: list[Finding], ruleset, scopes: tuple[str, ...], lang: Lang, located, notifications: list[dict],
              properties: dict) -> dict:
    """One SARIF run: a rule for every check of ``scopes`` that applies under ``ruleset`` (and every check that
    found something), a result per finding with ``located(finding)`` giving its (unit, city) properties."""
    ran = [c for c in checks_mod.all_checks() if c.scope in scopes and c().applies(ruleset)]
    codes = {f.code for f in findings}
    ran += [c for c in checks_mod.all_checks() if c.code in codes and c not in ran]
    ran.sort(key=lambda c: c.code)
    index = {c.code: i for i, c in enumerate(ran)}
    results = [result(f, index[f.code], lang, *located(f)) for f in findings]
    return {
        "tool": {"driver": {
            "name": "policy-lint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule(c, ruleset, lang) for c in ran],
        }},
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": notifications,
        }],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": properties,
    }


def _verdicts(review, lang: Lang) -> list[dict]:
    """Each unit's verdict (on its rules) and, beside it, its work plan's status."""
    return [{"unit": u.name, "verdict": u.verdict.name, "label": u.verdict.label(lang), "plan": u.plan,
             "planStatus": u.plan_status.name, "planStatusLabel": u.plan_status.label(lang)} for u in review.units]


def _unit_of(review) -> dict[int, str]:
    """The unit each finding of a review is about (its rules', the city checks' on it, or its work plan's)."""
    plan_remarks = lambda u: u.plan_result.remarks if u.plan_result is not None else []  # noqa: E731
    return {id(f): u.name for u in review.units for f in u.findings + u.plan_findings + u.remarks + plan_remarks(u)}


def review_sarif(review, lang: Lang = "zh") -> dict:
    ruleset = review.context.ruleset
    unit_of = _unit_of(review)
    found = sorted(review.findings + review.remarks, key=lambda f: f.sort_key())  # remarks: kind informational
    run = sarif_run(found, ruleset, ("rules", "plan", "city"), lang, lambda f: (unit_of.get(id(f)), None),
                    _notifications(review, lang), {
                        "city": review.config.name,
                        "province": review.config.province,
                        "year": review.config.year,
                        "ruleset": ruleset.name,
                        "verdicts": _verdicts(review, lang),
                    })
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def audit_sarif(audit, lang: Lang = "zh") -> dict:
    """The audit as one run: every county, city and statistics finding; rules from the province's ruleset
    (each result carries the citation of the ruleset that applied to it)."""
    ruleset = audit.ruleset
    statuses = audit.cities + audit.extra
    located: dict[int, tuple[str | None, str | None]] = {}
    notifications: list[dict] = []
    for status in statuses:
        if status.error is not None:
            notifications += error_notifications(status.error, lang)
        if status.review is None:
            continue
        notifications += _notifications(status.review, lang)
        for f in status.review.findings + status.review.remarks:
            located[id(f)] = (None, status.name)
        for f_id, unit in _unit_of(status.review).items():
            located[f_id] = (unit, status.name)
    if audit.stats_error is not None:
        notifications += error_notifications(audit.stats_error, lang)
    from .json_out import stats_json

    stats = stats_json(audit, lang)
    province_share = stats["province_share_shown"]
    properties = {
        "province": audit.config.name,
        "year": audit.config.year,
        "ruleset": ruleset.name,
        "cities": [{
            "city": s.name,
            "submitted": s.submitted,
            "submittedOn": s.submitted_on.isoformat() if s.submitted_on else None,
            "onTime": s.on_time,
            "verdicts": _verdicts(s.review, lang) if s.review is not None else [],
        } for s in statuses],
        "missingKeyCounties": audit.missing_key_counties(),
        "keyCountyPlanProblems": [{"city": c.name, "unit": u.name, "plan": u.plan, "planStatus": u.plan_status.name,
                                   "planStatusLabel": u.plan_status.label(lang)}
                                  for c, u in audit.key_plan_problems()],
        "provinceShare": province_share,
        "target": stats["target"],
    }
    found = sorted(audit.findings + audit.remarks, key=lambda f: f.sort_key())  # remarks: kind informational
    run = sarif_run(found, ruleset, ("rules", "plan", "city", "statistics"), lang,
                    lambda f: located.get(id(f), (None, None)), notifications, properties)
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def check_sarif(results, lang: Lang = "zh") -> dict:
    """``check`` output: one run per ruleset the files were checked under (its rules cite that ruleset);
    files that could not be checked are execution notifications of the first run."""
    from ..ruleset import resolve

    groups: dict[str, tuple] = {}
    for r in results:
        if r.ruleset is not None:
            groups.setdefault(r.ruleset.name, (r.ruleset, []))[1].extend(r.findings + r.remarks)  # remarks: informational
    if not groups:
        national = resolve("national")
        groups[national.name] = (national, [])
    notifications = [n for r in results if r.error is not None for n in error_notifications(r.error, lang)]
    notifications += [{"level": "note", "message": {"text": note(lang)},  # how the layers were chosen (layers.py)
                       "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(r.path)}}}]}
                      for r in results if r.ruleset is not None for note in r.ruleset.notes]
    runs = []
    for name in sorted(groups):
        ruleset, findings = groups[name]
        runs.append(sarif_run(sorted(findings, key=lambda f: f.sort_key()), ruleset, ("rules", "plan"), lang,
                              lambda f: (None, None), notifications if not runs else [], {"ruleset": name}))
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": runs}


def render_check(results, lang: Lang = "zh") -> str:
    return json.dumps(check_sarif(results, lang), ensure_ascii=False, indent=2) + "\n"


def render_review(review, lang: Lang = "zh") -> str:
    return json.dumps(review_sarif(review, lang), ensure_ascii=False, indent=2) + "\n"


def render_audit(audit, lang: Lang = "zh") -> str:
    return json.dumps(audit_sarif(audit, lang), ensure_ascii=False, indent=2) + "\n"
