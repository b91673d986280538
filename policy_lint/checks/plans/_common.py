"""Shared reading of a plan's targets against the city's dated targets (PL801-PL803)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from ...messages import LocalText, same, text
from ...models import Span
from ...plan_models import METRIC_BY_ID, METRICS, Metric, Plan, Target, city_targets, percent_text
from ...ruleset import ResolvedParameter, ResolvedRuleset

#: the ruleset parameters holding the city's dated targets, one per metric
TARGET_PARAMS: tuple[str, ...] = tuple(m.target_param for m in METRICS if not m.own_check)


def metric_name(metric: Metric) -> LocalText:
    return LocalText(zh=metric.zh, en=metric.en)


def region(param: ResolvedParameter) -> LocalText:
    """The layer that set ``param``, without its year: 台州市 / Taizhou."""
    zh, en = (re.sub(r"\s*\d{4}$", "", title) for title in (param.layer_title, param.layer_title_en))
    return LocalText(zh=zh, en=en)


def targets_span(plan: Plan) -> Span:
    """Where a finding about a target the plan does not set points: 目标, else the plan's start."""
    if plan.targets_span is not None:
        return plan.targets_span
    return plan.start_span()


def target_text(plan: Plan, target: Target) -> LocalText:
    """The target as written: 85%, or a count with the share it makes: 16800 人（折合 90.1%）."""
    if target.percent:
        return same(target.raw.strip())
    share = plan.target_percent(target)
    if share is None:
        return same(target.raw.strip())
    whole = plan.denominator(_metric(target), target.year)
    shown = percent_text(share, 1)
    return text("checks.plans.target_divided", raw=target.raw.strip(), whole=whole, shown=shown)


def _metric(target: Target) -> Metric:
    return METRIC_BY_ID[target.metric]


def window_end(plan: Plan, ruleset: ResolvedRuleset) -> int | None:
    """The last year whose city targets a plan must set: the later of the city's and the plan's last year."""
    ends = []
    period = ruleset.get("plan_period")
    if period is not None and period.value:
        ends.append(int(period.value[-1]))
    if plan.period is not None:
        ends.append(plan.period.end)
    return max(ends) if ends else None


Status = Literal["met", "below", "later", "missing", "unknown"]


@dataclass(frozen=True)
class Against:
    """How a plan stands against one city target (metric, year, value)."""

    metric: Metric
    param: ResolvedParameter
    year: int
    required: Decimal
    status: Status
    target: Target | None = None  # the plan's target at that year (below) or the later one (later)
    in_window: bool = True


def against_city(plan: Plan, ruleset: ResolvedRuleset) -> list[Against]:
    """Every city target of ``ruleset`` and how ``plan`` meets it.

    - **met**: a plan target for the metric at that year or earlier reaches the city's value;
    - **below**: the plan sets the metric for that very year, lower than the city;
    - **later**: not met by then and no target that year, but a later plan target reaches it -- unless
      that later target is the plan's answer to the city's target for its own year (city 80% by 2022
      and 90% by 2023, plan only 90% by 2023: the 2022 target is missing, not late);
    - **missing**: none of these;
    - **unknown**: a count target whose share cannot be worked out (no total to divide by).
    """
    out: list[Against] = []
    end = window_end(plan, ruleset)
    for metric in METRICS:
        if metric.own_check:  # 符合条件的随迁子女: PL807
            continue
        param = ruleset.get(metric.target_param)
        if param is None or not param.value:
            continue
        mine = plan.targets_for(metric.id)
        targets = city_targets(ruleset, metric)
        for year, required in sorted(targets.items()):
            in_window = end is None or year <= end
            shares = [(t, plan.target_percent(t)) for t in mine]
            if any(t.year <= year and s is not None and s >= required for t, s in shares):
                status, target = "met", None
            elif any(t.year == year and s is not None for t, s in shares):
                status, target = "below", next(t for t, s in shares if t.year == year and s is not None)
            elif any(t.year <= year and s is None for t, s in shares):
                status, target = "unknown", None
            else:
                later = [t for t, s in shares if t.year > year and s is not None and s >= required]
                status, target = ("later", later[0]) if later else ("missing", None)
                if later and _answers_own_year(plan, later[0], targets):
                    status, target = "missing", None
            out.append(Against(metric=metric, param=param, year=year, required=required, status=status,
                               target=target, in_window=in_window))
    return out


def _answers_own_year(plan: Plan, target: Target, city: dict[int, Decimal]) -> bool:
    """Whether ``target`` meets a city target set for its own year."""
    share = plan.target_percent(target)
    return target.year in city and share is not None and share >= city[target.year]
