"""Work plans (工作方案) by their earlier names: nothing in the package imports this module.

The plan is now where every kind's pieces are (see docs/ARCHITECTURE.md):

- the model, :class:`Plan` and what it measures: :mod:`policy_lint.plan_models`;
- the plan language and its builder, :func:`parse_plan`: :mod:`policy_lint.plan_build`;
- the kind (suffixes, reader, which checks see a plan): :mod:`policy_lint.kinds.plan`;
- checking one, :func:`check_plan_source` and :func:`check_plan_file`: the common pipeline,
  :mod:`policy_lint.engine`; the result, :class:`PlanResult`: :mod:`policy_lint.results`.

This module sits above the pipeline and re-exports those names for callers written against the
old ``policy_lint.plans`` (tests, scripts); new code imports them from where they live.
"""

from __future__ import annotations

from pathlib import Path

from . import checks as checks_mod
from .engine import PLAN_SUFFIXES, check_source, ruleset_for_plan, run_read
from .errors import InputError
from .kinds import plan as plan_kind
from .plan_build import PlanBuilder, parse_plan, read_count, read_percent, read_year
from .plan_models import (
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
from .results import PlanResult
from .source import Source

__all__ = ["COUNTS", "COUNT_BY_ID", "METRICS", "METRIC_BY_ID", "PLAN_SUFFIXES", "Count", "Current", "Figure",
           "Measure", "Metric", "Period", "PlaceMeasure", "Plan", "PlanBuilder", "PlanResult", "Projection", "Target",
           "ceil_share", "check_plan_file", "check_plan_source", "city_targets", "is_plan", "parse_plan",
           "percent_text", "read_count", "read_percent", "read_year", "ruleset_for_plan"]


def check_plan_source(source: Source, override: str | None = None,
                      selected: list[type[checks_mod.Check]] | None = None) -> PlanResult:
    """Parse ``source`` as a work plan, choose its ruleset and run the plan checks."""
    return check_source(source, override, selected, kind="plan")


def check_plan_file(path: Path, display: str | None = None, override: str | None = None,
                    selected: list[type[checks_mod.Check]] | None = None) -> PlanResult:
    """Read and check the work plan at ``path`` (shown as ``display``), whatever its suffix."""
    display = display or path.as_posix()
    try:
        read = plan_kind.KIND.read(path, display)
    except InputError as exc:
        return PlanResult(path=display, error=exc)
    return run_read(plan_kind.KIND, "plan", read, override, selected)


def is_plan(path: Path) -> bool:
    return path.suffix.lower() in PLAN_SUFFIXES
