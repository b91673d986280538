"""Work plans (工作方案): checking one.  The model is in :mod:`policy_lint.plan_models`, the plan
language and its builder in :mod:`policy_lint.plan_build` (both re-exported here).

:func:`check_plan_source` runs every plan-scope check (family 8, :class:`policy_lint.checks.PlanCheck`)
and returns a :class:`PlanResult` (an :class:`policy_lint.engine.FileResult` whose ``rules`` field
holds the plan).  Nothing here prints or writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import checks as checks_mod
from .engine import PLAN_SUFFIXES, FileResult, resolved, run_document
from .errors import InputError
from .findings import Finding
from .messages import text
from .plan_build import PlanBuilder, parse_plan, read_count, read_percent, read_year  # noqa: F401
from .plan_models import (  # noqa: F401
    COUNT_BY_ID,
    COUNTS,
    METRIC_BY_ID,
    METRICS,
    Count,
    Current,
    Figure,
    Measure,
    Metric,
    Period,
    PlaceMeasure,
    Plan,
    Projection,
    Target,
    ceil_share,
    city_targets,
    percent_text,
)
from .ruleset import ResolvedRuleset, choose
from .source import Source, read

__all__ = ["PLAN_SUFFIXES", "Plan", "PlanResult", "check_plan_file", "check_plan_source", "is_plan", "parse_plan"]


# --- checking -----------------------------------------------------------------------


@dataclass
class PlanResult(FileResult):
    """A :class:`FileResult` for a work plan: ``rules`` holds the :class:`Plan` (also as ``plan``);
    ``kind`` is ``"plan"``."""

    kind: str = "plan"

    @property
    def plan(self) -> Plan | None:
        return self.rules  # type: ignore[return-value]


def ruleset_for_plan(plan: Plan, override: str | None) -> ResolvedRuleset:
    """The ruleset for ``plan``: ``override``, else chosen from its 省/市 and year (年度, else 期限)."""
    year = plan.year
    if override:
        return resolved(override, year)
    meta = plan.metadata
    if meta.province is None or year is None:
        raise InputError(plan.path, text("ruleset.no_region"), line=meta.span.line if meta.span else 1, column=1)
    return resolved(choose(meta.province.value, meta.city.value if meta.city else None, year), year)


def check_plan(plan: Plan, ruleset: ResolvedRuleset,
               selected: list[type[checks_mod.Check]] | None = None) -> list[Finding]:
    """The findings of every selected plan-scope check on ``plan``."""
    findings: list[Finding] = []
    for check_cls in selected if selected is not None else checks_mod.all_checks():
        if check_cls.scope != "plan" and not check_cls.plans_too:
            continue
        check = check_cls()
        if check.applies(ruleset):
            findings.extend(check.run_plan(plan, ruleset))
    return sorted(findings, key=Finding.sort_key)


def check_plan_source(source: Source, override: str | None = None,
                      selected: list[type[checks_mod.Check]] | None = None) -> PlanResult:
    """Parse ``source`` as a work plan, choose its ruleset and run the plan checks."""
    return run_document(PlanResult(path=source.path, source=source), source, parse_plan, ruleset_for_plan,
                        check_plan, override, selected)


def check_plan_file(path: Path, display: str | None = None, override: str | None = None,
                    selected: list[type[checks_mod.Check]] | None = None) -> PlanResult:
    """Read and check the work plan at ``path`` (shown as ``display``)."""
    display = display or path.as_posix()
    try:
        source = read(path, display)
    except InputError as exc:
        return PlanResult(path=display, error=exc)
    return check_plan_source(source, override, selected)


def is_plan(path: Path) -> bool:
    return path.suffix.lower() in PLAN_SUFFIXES
