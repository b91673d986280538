"""JSON output (schema documented in docs/json-schema.md), dumped from the models."""

from __future__ import annotations

import json
from decimal import Decimal

from .. import __version__
from ..consistency import hashable, tolerance, value_text
from ..results import FileResult
from ..findings import Finding, Remark
from ..messages import Lang

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
            "citation": c.dump(),
        },
    }


def remark_json(r: Remark, lang: Lang) -> dict:
    """A remark (提示): a finding's fields but ``severity``, with ``kind`` "remark" and ``look`` (what to look
    at) in place of ``suggestion``; listed apart from the findings and counted in none of their figures."""
    out = finding_json(r, lang)
    del out["severity"]
    out["look"] = out.pop("suggestion")
    return {"kind": "remark", **out}


def result_json(r: FileResult, lang: Lang) -> dict:
    """One checked file: its kind (``"rules"`` or ``"plan"``), status, ruleset and findings (or problems)."""
    out: dict = {"path": r.path, "kind": getattr(r, "kind", "rules")}
    if r.error is not None:
        out["status"] = "unreadable"
        out["problems"] = [
            {"line": p.line, "column": p.column, "message": p.message(lang)} for p in r.error.problems
        ]
        out["findings"] = []
        return out
    out["status"] = "checked"
    out["ruleset"] = r.ruleset.name if r.ruleset else None
    if r.ruleset is not None and r.ruleset.notes:  # how the layers were chosen (policy_lint.layers)
        out["ruleset_notes"] = [note(lang) for note in r.ruleset.notes]
    out["findings"] = [finding_json(f, lang) for f in r.findings]
    if r.remarks:  # what is not a fault (提示): a list of its own, never among the findings
        out["remarks"] = [remark_json(m, lang) for m in r.remarks]
    if r.unread:  # a draft (.docx/.txt/.md): the sentences extraction could not read (待确认)
        out["unread"] = [{"line": p.line, "column": p.column, "end_column": p.end_column, "message": p.message(lang)}
                         for p in r.unread]
    return out


def render(results: list[FileResult], lang: Lang = "zh") -> str:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "policy-lint", "version": __version__},
        "files": [result_json(r, lang) for r in results],
        "summary": {
            "files": len(results),
            "plans": sum(1 for r in results if getattr(r, "kind", "rules") == "plan"),
            "unreadable": sum(1 for r in results if r.error is not None),
            "errors": sum(r.errors for r in results),
            "warnings": sum(r.warnings for r in results),
        },
    }
    remarks = sum(len(r.remarks) for r in results)
    if remarks:  # counted apart: a remark is no error and no warning
        doc["summary"]["remarks"] = remarks
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- city review (``policy-lint review --format json``; schema in docs/review.md) ----------------------

REVIEW_SCHEMA_VERSION = 1

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
        **plan_json(unit, lang),
        # what is not a fault (提示), apart from the findings and out of the verdict (only when there are some)
        **({"remarks": [remark_json(m, lang) for m in unit.remarks]} if unit.remarks else {}),
    }


def plan_json(unit, lang: Lang) -> dict:
    """A unit's work plan beside its verdict: status, counts, findings, and why it could not be read."""
    status = unit.plan_status
    return {
        "plan_required": unit.plan_required,
        "plan_status": status.name,
        "plan_status_label": status.label(lang),
        "plan_errors": unit.plan_errors,
        "plan_warnings": unit.plan_warnings,
        "plan_findings": [finding_json(f, lang) for f in unit.plan_findings],
        "plan_problems": _problems_json(unit.plan_result.error if unit.plan_result is not None else None, lang),
    }


def consistency_json(review, lang: Lang) -> dict:
    """The consistency table: per comparable parameter the prevailing value, who shares it, who differs."""
    context = review.context
    checked = context.ruleset.get("city_consistency")
    codes = consistency_codes()
    rows = []
    for row in context.consistency:
        tol = tolerance(row.kind, context.ruleset)
        comparable = getattr(row, "comparable", row.prevailing is not None)
        cells = []
        for unit, cell in row.cells.items():
            gap = row.gap(unit) if hasattr(row, "gap") else None
            found = context.unit(unit)
            entry = {
                "unit": unit,
                "value": value_text(row.kind, cell.value, cell.shown)(lang),
                "raw": cell.raw,
                "line": cell.span.line,
                "column": cell.span.column,
                "same": unit in row.sharing,
                "gap": gap,
                # marked only where a check reported it (PL401-PL404), so --ignore leaves the cell plain
                "differs": found is not None and any(_on_cell(f, found.path, cell, codes.get(row.key, ()))
                                                     for f in found.findings),
            }
            if row.kind == "set":
                prevailing = set(row.prevailing or ())
                entry["extra"] = sorted(set(cell.value) - prevailing)
                entry["missing"] = sorted(prevailing - set(cell.value))
            cells.append(entry)
        tied = []
        for value in getattr(row, "tied", ()):
            shown = next((c.shown for c in row.cells.values() if hashable(c.value) == value), str(value))
            tied.append(value_text(row.kind, value, shown)(lang))
        stating = set(row.cells)
        rows.append({
            "key": row.key,
            "label": row.label(lang),
            "kind": row.kind,
            "tolerance": tol,
            "comparable": comparable,
            "stating": len(row.cells),
            "prevailing": value_text(row.kind, row.prevailing, row.prevailing_shown)(lang),
            "tied": tied,
            "split": list(getattr(row, "split", ())),
            "sharing": list(row.sharing),
            "cells": cells,
            "outliers": [c for c in cells if c["differs"]],
            "others": [c for c in cells if not c["same"] and not c["differs"]],
            "not_stated": [u.name for u in context.units if u.readable and u.name not in stating],
        })
    return {"checked": bool(checked is not None and checked.value), "rows": rows}


def consistency_codes() -> dict[str, tuple[str, ...]]:
    """Each consistency-table row's key with the codes of the checks that report its outliers (PL401-PL404)."""
    from ..checks import in_scopes
    from ..checks.consistency import ConsistencyCheck

    out: dict[str, tuple[str, ...]] = {}
    for check in in_scopes("city"):  # the consistency checks are city checks; the other families stay unloaded
        if issubclass(check, ConsistencyCheck):
            for key in check.rows:
                out[key] = (*out.get(key, ()), check.code)
    return out


def _on_cell(finding: Finding, path: str | None, cell, codes: tuple[str, ...]) -> bool:
    """Whether ``finding`` is one of ``codes`` reported at ``cell`` of the unit whose file is ``path``."""
    return finding.code in codes and finding.path == path and finding.span == cell.span


def city_findings(review) -> list[Finding]:
    """Findings about the city as a whole (on city.toml, about no listed unit)."""
    own = {id(f) for u in review.units for f in u.findings + u.plan_findings}
    own |= {id(f) for r in review.context.extra for f in r.findings}
    return [f for f in review.findings if id(f) not in own]


def review_summary(review) -> dict:
    """A review's counts: units, how many submitted and reviewed, each verdict, errors and warnings."""
    counts = review.counts()
    plans = review.plan_counts()
    return {
        "units": len(review.units),
        "submitted": sum(1 for u in review.units if u.submitted),
        "reviewed": sum(1 for u in review.units if u.readable),
        **{v.name: counts[v] for v in counts},
        "errors": sum(1 for f in review.findings if f.severity == "error"),
        "warnings": sum(1 for f in review.findings if f.severity == "warning"),
        "plans": {s.name: plans[s] for s in plans},
        "plan_errors": sum(1 for f in review.plan_findings if f.severity == "error"),
        "plan_warnings": sum(1 for f in review.plan_findings if f.severity == "warning"),
    }


def review_json(review, lang: Lang = "zh") -> dict:
    """The review as plain data: what ``--format json`` prints and what the templates render."""
    config = review.config
    context = review.context
    deadline = context.deadline()
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
        "summary": review_summary(review),
        "units": units,
        "consistency": consistency_json(review, lang),
        "annex3": review.annex3(),
        "extra_files": [result_json(r, lang) for r in context.extra],
        "city_findings": [finding_json(f, lang) for f in city_findings(review)],
    }


def render_review(review, lang: Lang = "zh") -> str:
    return json.dumps(review_json(review, lang), ensure_ascii=False, indent=2) + "\n"


# --- province audit (``policy-lint audit --format json``; schema in docs/audit.md) ----------------------

AUDIT_SCHEMA_VERSION = 1


def plain_number(value: Decimal | None) -> int | float | None:
    """A figure of the statistics table as a JSON number (counts stay integers)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def percent(value: Decimal | None) -> float | None:
    """A share (percent) as a JSON number."""
    return None if value is None else float(value)


def share_shown(value: Decimal | None) -> str | None:
    """A share as the table writes it: ``85.04%`` (the places it was computed to)."""
    return None if value is None else f"{value}%"


def _cited(param) -> dict:
    return {"parameter": param.name, "ruleset": param.layer, "citation": param.citation.dump()}


def target_json(audit, province_share: Decimal | None, lang: Lang) -> dict | None:
    """The dated public-school share target for the statistics' year (see policy_lint.audit), or None."""
    from ..shown import dated, percent as percent_shown

    target = audit.share_target()
    if target is None:
        return None
    return {
        **_cited(target.parameter),
        "targets": [{"year": year, "value": percent(value), "shown": percent_shown(value)}
                    for year, value in target.targets],
        "targets_shown": dated({str(year): value for year, value in target.targets}, lang),
        "statistics_year": target.statistics_year,
        "statistics_year_source": target.year_source,
        "year": target.year,
        "value": percent(target.value),
        "shown": percent_shown(target.value) if target.value is not None else None,
        "due": target.due,
        "province_below": target.below(province_share),
    }


def rising_json(audit) -> dict | None:
    """When the ruleset sets no numeric target: its requirement that the share rise, if it has one."""
    if audit.share_target() is not None:
        return None
    param = audit.share_rising()
    return _cited(param) if param is not None else None


def _stats_row_json(row, on_span: dict, computed_total: Decimal, computed_public: Decimal,
                    computed_share: Decimal | None, total_row: bool) -> dict:
    def on(figure) -> list[str]:
        return list(on_span.get(figure.span, ())) if figure is not None else []

    share = row.share.value if row.share is not None else None
    return {
        "name": row.name,
        "line": row.line,
        "total_row": total_row,
        "total": plain_number(row.total.value),
        "public": plain_number(row.public.value),
        "share": percent(share),
        "share_shown": share_shown(share),
        "computed_total": plain_number(computed_total),
        "computed_public": plain_number(computed_public),
        "computed_share": percent(computed_share),
        "computed_share_shown": share_shown(computed_share),
        "differs": {
            "total": row.total.value != computed_total,
            "public": row.public.value != computed_public,
            "share": share is not None and computed_share is not None and share != computed_share,
        },
        "findings": {"total": on(row.total), "public": on(row.public), "share": on(row.share)},
    }


def stats_json(audit, lang: Lang) -> dict:
    """The statistics table recomputed: every row reported and recomputed, the ranking, who is below what."""
    table = audit.stats
    province = table.province_share() if table is not None else None
    target = target_json(audit, province, lang)
    due = audit.share_target() is not None and audit.share_target().due
    out: dict = {
        "path": None,
        "status": "not_given",
        "problems": [],
        "cities": [],
        "total": None,
        "province_share": None,
        "province_share_shown": None,
        "reported_province_share": None,
        "reported_province_share_shown": None,
        "year": table.year if table is not None else None,
        "target": target,
        "rising": rising_json(audit),
        "ranking": [],
        "below_province": [],
        "below_target": [] if due else None,
        "findings": [finding_json(f, lang) for f in audit.stats_findings],
    }
    if audit.stats_error is not None:
        out.update(path=audit.stats_error.path, status="unreadable",
                   problems=_problems_json(audit.stats_error, lang))
        return out
    if table is None:
        return out
    on_span: dict = {}  # the codes of the findings on each cell of the table, indexed once
    for finding in audit.stats_findings:
        if finding.path == table.path:
            on_span.setdefault(finding.span, []).append(finding.code)
    share_target = audit.share_target()
    rows = []
    for row in table.cities:
        rows.append(_stats_row_json(row, on_span, row.total.value, row.public.value,
                                    row.computed_share(), False))
    ranking = []
    for rank, row in table.ranked():
        share = row.computed_share()
        below_province = share is not None and province is not None and share < province
        below_target = share_target.below(share) if share_target is not None else None
        ranking.append({"rank": rank, "name": row.name, "share": percent(share), "share_shown": share_shown(share),
                        "below_province": below_province, "below_target": below_target})
    by_name = {r["name"]: r for r in ranking}
    for row in rows:
        entry = by_name[row["name"]]
        row.update(rank=entry["rank"], below_province=entry["below_province"], below_target=entry["below_target"])
    total = None
    if table.total is not None:
        total = _stats_row_json(table.total, on_span, table.sum_total(), table.sum_public(), province,
                                True)
        total.update(rank=None, below_province=None, below_target=None)
    out.update(
        path=table.path,
        status="checked",
        cities=rows,
        total=total,
        province_share=percent(province),
        province_share_shown=share_shown(province),
        reported_province_share=total["share"] if total else None,
        reported_province_share_shown=total["share_shown"] if total and total["share"] is not None else None,
        ranking=ranking,
        below_province=[r["name"] for r in ranking if r["below_province"]],
        below_target=[r["name"] for r in ranking if r["below_target"]] if due else None,
    )
    return out


def _key_json(unit, lang: Lang) -> dict:
    u = unit_json(unit, lang)
    return {**{k: u[k] for k in ("name", "status", "path", "plan", "verdict", "verdict_label", "plan_status",
                                 "plan_status_label", "plan_errors", "plan_warnings")},
            "plan_codes": sorted({f["code"] for f in u["plan_findings"] if f["severity"] == "error"}),
            "plan_failing": unit.plan_status.failing}


def city_status_json(status, stats: dict, lang: Lang, listed: bool = True) -> dict:
    """One city of the audit: its submission, verdict counts, key counties and (when reviewed) every unit."""
    review = status.review
    if review is not None:
        state = "submitted"
    elif status.error is not None:
        state = "unreadable"
    else:
        state = "not_submitted"
    row = next((r for r in stats["cities"] if r["name"] == status.name), None)
    return {
        "name": status.name,
        "listed": listed,
        "status": state,
        "directory": status.directory,
        "config": review.config.path if review is not None else status.error.path if status.error is not None else None,
        "ruleset": review.context.ruleset.name if review is not None else None,
        "ruleset_title": review.context.ruleset.display(lang) if review is not None else None,
        "submitted": status.submitted_on.isoformat() if status.submitted_on else None,
        "deadline": status.deadline.isoformat() if status.deadline else None,
        "on_time": status.on_time,
        "summary": review_summary(review) if review is not None else None,
        "key_counties": [_key_json(u, lang) for u in status.key_units()],
        "statistics": {k: row[k] for k in ("share", "share_shown", "computed_share", "computed_share_shown", "rank",
                                           "below_province", "below_target")} if row is not None else None,
        "units": [unit_json(u, lang) for u in review.units] if review is not None else [],
        "extra_files": [result_json(r, lang) for r in review.context.extra] if review is not None else [],
        "city_findings": [finding_json(f, lang) for f in city_findings(review)] if review is not None else [],
        "annex3": review.annex3() if review is not None else None,
        "problems": _problems_json(status.error, lang),
    }


def audit_json(audit, lang: Lang = "zh") -> dict:
    """The audit as plain data: what ``--format json`` prints and what the templates render."""
    from ..review import Verdict

    config = audit.config
    stats = stats_json(audit, lang)
    cities = [city_status_json(c, stats, lang) for c in audit.cities]
    extra = [city_status_json(c, stats, lang, listed=False) for c in audit.extra]
    everyone = cities + extra
    submitted = [c for c in everyone if c["status"] == "submitted"]
    key_counties = [{"city": c["name"], **k} for c in everyone for k in c["key_counties"]]
    listed = audit.ruleset.get("key_counties")
    missing = audit.missing_key_counties()
    plan_problems = [k for k in key_counties if k["plan_failing"]]
    findings = audit.findings
    return {
        "schema_version": AUDIT_SCHEMA_VERSION,
        "report": "audit",
        "tool": {"name": "policy-lint", "version": __version__},
        "lang": lang,
        "province": {
            "name": config.name,
            "year": config.year,
            "config": config.path,
            "ruleset": audit.ruleset.name,
            "ruleset_title": audit.ruleset.display(lang),
            "deadline": audit.deadline[0].isoformat() if audit.deadline else None,
            "deadline_source": audit.deadline[1] if audit.deadline else None,
            "cities": list(config.cities),
            "key_counties": list(listed.value) if listed is not None else [],
        },
        "summary": {
            "cities": len(audit.cities),
            "submitted": sum(1 for c in cities if c["status"] == "submitted"),
            "on_time": sum(1 for c in cities if c["on_time"] is True),
            "late": sum(1 for c in cities if c["on_time"] is False),
            "undated": sum(1 for c in cities if c["status"] == "submitted" and c["on_time"] is None),
            "not_submitted": sum(1 for c in cities if c["status"] == "not_submitted"),
            "unreadable": sum(1 for c in everyone if c["status"] == "unreadable"),
            "not_listed": len(extra),
            "units": sum(c["summary"]["units"] for c in submitted),
            "reviewed": sum(c["summary"]["reviewed"] for c in submitted),
            **{v.name: sum(c["summary"][v.name] for c in submitted) for v in Verdict},
            "key_counties": len(listed.value) if listed is not None else 0,
            "key_counties_found": len(key_counties),
            "key_counties_with_plan": sum(1 for k in key_counties if k["plan"]),
            "key_counties_plan_missing": sum(1 for k in key_counties if k["plan_status"] == "missing"),
            "key_counties_plan_failing": sum(1 for k in plan_problems if k["plan_status"] != "missing"),
            "key_counties_missing": len(missing),
            "errors": sum(1 for f in findings if f.severity == "error"),
            "warnings": sum(1 for f in findings if f.severity == "warning"),
        },
        "cities": cities,
        "extra_cities": extra,
        "key_counties": key_counties,
        "key_counties_plan_problems": plan_problems,
        "missing_key_counties": missing,
        "statistics": stats,
    }


def render_audit(audit, lang: Lang = "zh") -> str:
    return json.dumps(audit_json(audit, lang), ensure_ascii=False, indent=2) + "\n"
