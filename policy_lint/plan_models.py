"""The work plan (工作方案) as a model: what a plan says, beside :mod:`policy_lint.models` for the rules.

A county's work plan states where it stands (现状), the targets it sets by year (目标) and the
measures it takes (措施); :class:`Plan` holds them with their spans.  The shares a plan speaks
of (:data:`METRICS`) and the counts behind them (:data:`COUNTS`) are defined here, as are the
figures-in-words helpers the plan checks share (:func:`percent_text`, :func:`city_targets`,
:func:`ceil_share`).  The plan language and its builder are in :mod:`policy_lint.plan_build`;
see docs/plans.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from . import values as V
from .models import HiddenCharacter, Metadata, Model, Placeholder, Span, Value
from .record import record
from .ruleset import ResolvedRuleset
from . import lazy_re

# --- what a plan measures ------------------------------------------------------------

@dataclass(frozen=True)
class Metric:
    """A share the plan states now (现状) and sets targets for (目标)."""

    id: str
    key: str  # the canonical key in the plan language
    aliases: tuple[str, ...]
    zh: str  # what it is, in a message
    en: str
    target_param: str  # the ruleset parameter holding the city's dated targets
    count: str | None = None  # the count it is the share of (公办就读 ...)
    total: str | None = None  # ... out of (随迁子女 ...)
    own_check: bool = False  # checked by a check of its own (PL807), not by PL801-PL803's comparison


METRICS: tuple[Metric, ...] = (
    Metric("public_share", "公办就读比例", ("公办学校就读比例", "公办比例", "公办就读率", "公办学校吸纳率", "公办吸纳率"),
           "随迁子女在公办学校就读比例", "public-school share of migrant pupils", "plan_public_share_targets",
           "public", "migrant"),
    Metric("standardised_share", "标准化率", ("随迁子女学校标准化率", "标准化达标率", "标准化学校比例"),
           "随迁子女学校标准化率", "share of standardised migrant-children schools", "plan_standardised_targets",
           "standardised", "schools"),
    Metric("certified_share", "持证率", ("教师持证率", "教师资格持证率", "持证教师比例"),
           "随迁子女学校教师持证率", "share of certified teachers", "plan_certified_targets", "certified", "teachers"),
    Metric("community_coverage", "发展共同体", ("发展共同体覆盖率", "共同体覆盖率"),
           "随迁子女学校发展共同体覆盖率", "development-community coverage", "plan_community_targets"),
    Metric("teaching_support_coverage", "支教支管", ("支教支管覆盖率",),
           "随迁子女学校支教支管覆盖率", "teacher secondment coverage", "plan_teaching_support_targets"),
    Metric("sunshine_kitchen", "阳光厨房", ("阳光厨房智能化建设率", "阳光厨房建设率"),
           "阳光厨房智能化建设率", "smart 'sunshine kitchen' rate", "plan_sunshine_kitchen_targets"),
    Metric("smart_safe_school", "智安学校", ("智安学校建设率",),
           "智安学校建设率", "'smart and safe school' rate", "plan_smart_safe_school_targets"),
    # 台州 三（一）: "其中符合条件的随迁子女全部就读公办学校" (2023); checked by PL807
    Metric("eligible_public_share", "符合条件公办就读比例",
           ("符合条件的随迁子女公办就读比例", "符合条件随迁子女公办就读比例", "符合条件的随迁子女在公办学校就读比例",
            "符合条件随迁子女在公办学校就读比例", "符合条件的随迁子女公办学校就读比例", "符合条件公办学校就读比例"),
           "符合条件的随迁子女在公办学校就读比例", "share of eligible migrant pupils in public schools",
           "plan_eligible_public_targets", "eligible_public", "eligible", own_check=True),
)
METRIC_BY_ID = {m.id: m for m in METRICS}


@dataclass(frozen=True)
class Count:
    id: str
    key: str
    aliases: tuple[str, ...]
    zh: str
    en: str


COUNTS: tuple[Count, ...] = (
    Count("migrant", "随迁子女", ("随迁子女总数", "随迁子女人数", "在校随迁子女", "义务教育随迁子女"),
          "随迁子女", "migrant pupils"),
    Count("public", "公办就读", ("公办学校就读", "公办就读人数", "公办学校就读人数", "公办学校就读（含政府购买学位）"),
          "公办就读", "in public schools"),
    Count("schools", "随迁子女学校", ("随迁子女学校数",), "随迁子女学校", "migrant-children schools"),
    Count("standardised", "标准化学校", ("标准化随迁子女学校", "达标学校", "标准化学校数"), "标准化学校", "standardised schools"),
    Count("teachers", "教师", ("专任教师", "随迁子女学校教师", "教师数"), "教师", "teachers"),
    Count("certified", "持证教师", ("持证专任教师", "持证教师数"), "持证教师", "certified teachers"),
    Count("purchased", "购买学位", ("政府购买学位", "现有购买学位"), "购买学位", "purchased places"),
    # the migrant pupils who meet the admission conditions (符合条件的随迁子女), and those of them in public schools
    Count("eligible", "符合条件随迁子女",
          ("符合条件的随迁子女", "符合入学条件的随迁子女", "符合条件随迁子女人数", "符合条件的随迁子女人数",
           "符合条件随迁子女数", "符合入学条件随迁子女"),
          "符合条件的随迁子女", "eligible migrant pupils"),
    Count("eligible_public", "符合条件公办就读",
          ("符合条件的随迁子女公办就读", "符合条件随迁子女公办就读", "符合条件的随迁子女在公办学校就读",
           "符合条件随迁子女在公办学校就读", "符合条件公办就读人数", "符合条件的随迁子女公办就读人数",
           "符合条件随迁子女公办就读人数", "符合条件的随迁子女在公办学校就读人数"),
          "符合条件的随迁子女在公办学校就读", "eligible migrant pupils in public schools"),
)
COUNT_BY_ID = {c.id: c for c in COUNTS}

#: a measure written only to say it is not taken
_NOT_TAKEN = lazy_re.compile(r"^\s*(?:无|暂无|没有|未|暂不|不|尚未|待定|另行研究)")


# --- the model -------------------------------------------------------------------


@record
class Figure(Model):
    """A share in percent read from the plan, as written and where."""

    value: Decimal
    raw: str
    span: Span

    @property
    def places(self) -> int:
        """Decimal places as written (71.0% → 1, 71% → 0, 全覆盖 → 0)."""
        number = V.ascii_digits(self.raw).strip().rstrip("%％").strip()
        return len(number.split(".", 1)[1]) if re.fullmatch(r"\d+\.\d+", number) else 0


@record
class Period(Model):
    """期限: the years the plan covers."""

    start: int
    end: int
    raw: str
    span: Span


@record
class Current(Model):
    """现状: the figures the plan starts from."""

    year: Value[int] | None = None
    counts: dict[str, Value[int]] = field(default_factory=dict)  # Count.id → value
    shares: dict[str, Figure] = field(default_factory=dict)  # Metric.id → the share as stated
    keys: dict[str, str] = field(default_factory=dict)  # Count.id or Metric.id → its key as written (公办学校就读人数 …)
    span: Span

    def key(self, id: str) -> str:
        """The key ``id`` was written under, else its canonical key."""
        if id in self.keys:
            return self.keys[id]
        return COUNT_BY_ID[id].key if id in COUNT_BY_ID else METRIC_BY_ID[id].key

    def count(self, id: str) -> Value[int] | None:
        return self.counts.get(id)

    def computed_share(self, metric: Metric, places: int) -> Decimal | None:
        """count ÷ total in percent, rounded half-up to ``places``; None without both counts."""
        if metric.count is None or metric.total is None:
            return None
        part, whole = self.counts.get(metric.count), self.counts.get(metric.total)
        if part is None or whole is None or whole.value == 0:
            return None
        exact = Decimal(part.value) / Decimal(whole.value) * 100
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@record
class Target(Model):
    """One target of 目标: a metric (or a count behind one) to reach by a year."""

    metric: str  # Metric.id
    key: str  # as written
    year: int
    year_span: Span
    value: Decimal
    percent: bool  # False: a count target (公办就读: 16800)
    raw: str
    span: Span


@record
class Projection(Model):
    """预计随迁子女 in a year block of 目标: the migrant pupils the plan expects that year (``count`` "migrant"); or
    符合条件随迁子女 there: the eligible migrant pupils it expects that year (``count`` "eligible")."""

    year: int
    value: Value[int]
    count: str = "migrant"  # Count.id


PlacesKind = Literal["new_school", "expansion", "purchase"]


@record
class PlaceMeasure(Model):
    """A measure adding places: a new school, an extension, or places bought from private schools."""

    kind: PlacesKind
    key: str  # as written
    name: Value[str] | None = None
    places: Value[int]
    year: Value[int] | None = None  # None: available from the plan's start
    span: Span


@record
class Measure(Model):
    """A measure stated in words (联席会议: …)."""

    kind: str  # the canonical key
    key: str  # as written
    text: str
    span: Span

    @property
    def taken(self) -> bool:
        """False when the text only says the measure is not taken (无, 暂不建立 …)."""
        return not _NOT_TAKEN.match(self.text)


@record
class Plan(Model):
    """A county's work plan (工作方案), as parsed."""

    path: str
    metadata: Metadata = Metadata()
    period: Period | None = None
    current: Current | None = None
    targets: tuple[Target, ...] = ()
    projections: tuple[Projection, ...] = ()
    targets_span: Span | None = None
    measures: tuple[Measure, ...] = ()
    places: tuple[PlaceMeasure, ...] = ()
    measures_span: Span | None = None
    hidden: tuple[HiddenCharacter, ...] = ()  # what check PL001 reports
    placeholders: tuple[Placeholder, ...] = ()  # what check PL605 reports

    kind: Literal["plan"] = "plan"

    @property
    def year(self) -> int | None:
        """The plan's year: 年度, else the first year of 期限."""
        if self.metadata.year is not None:
            return self.metadata.year.value
        return self.period.start if self.period is not None else None

    def targets_for(self, metric: str) -> list[Target]:
        return sorted((t for t in self.targets if t.metric == metric), key=lambda t: (t.year, t.span.line))

    def measure(self, kind: str) -> Measure | None:
        for measure in self.measures:
            if measure.kind == kind:
                return measure
        return None

    def migrant_total(self, year: int, count: str = "migrant") -> tuple[int, int | None] | None:
        """The migrant pupils (``count`` "eligible": the eligible ones) assumed for ``year``: (count, year of the
        projection used or None for 现状)."""
        earlier = [p for p in self.projections if p.year <= year and p.count == count]
        if earlier:
            chosen = max(earlier, key=lambda p: p.year)
            return chosen.value.value, chosen.year
        if self.current is not None and self.current.count(count) is not None:
            return self.current.count(count).value, None
        return None

    def denominator(self, metric: Metric, year: int) -> int | None:
        """What a count target of ``metric`` for ``year`` is a share of."""
        if metric.total in ("migrant", "eligible"):
            found = self.migrant_total(year, metric.total)
            return found[0] if found else None
        if metric.total is not None and self.current is not None and self.current.count(metric.total) is not None:
            return self.current.count(metric.total).value
        return None

    def target_percent(self, target: Target) -> Decimal | None:
        """The target as a share in percent (a count target divided by its denominator), or None."""
        if target.percent:
            return target.value
        whole = self.denominator(METRIC_BY_ID[target.metric], target.year)
        if not whole:
            return None
        return target.value / Decimal(whole) * 100

    def current_share(self, metric: Metric) -> tuple[Decimal, str] | None:
        """The current share: recomputed from the counts when they are given, else as stated."""
        if self.current is None:
            return None
        stated = self.current.shares.get(metric.id)
        computed = self.current.computed_share(metric, stated.places if stated else 1)
        if computed is not None:
            return computed, "counts"
        if stated is not None:
            return stated.value, "stated"
        return None

    def places_by(self, year: int) -> list[PlaceMeasure]:
        """Place measures available by ``year`` (those without a year count from the start)."""
        return [p for p in self.places if p.year is None or p.year.value <= year]

    def start_span(self) -> Span:
        """The start of 基本信息, or line 1 column 1 when there is none."""
        if self.metadata.span is not None:
            s = self.metadata.span
            return Span(line=s.line, column=s.column, end_line=s.line, end_column=s.column + 4)
        return Span(line=1, column=1, end_line=1, end_column=1)


# --- shared by the checks: figures in words --------------------------------------------


def percent_text(value: Decimal, places: int | None = None) -> str:
    """80 → 80%, 71.04 → 71.04%; ``places`` fixes the decimals."""
    if places is not None:
        return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}%"
    normal = value.normalize()
    shown = format(normal, "f")
    return f"{shown}%"


def city_targets(ruleset: ResolvedRuleset, metric: Metric) -> dict[int, Decimal]:
    """The city's dated targets for ``metric`` ({year: percent}), empty when the ruleset sets none."""
    param = ruleset.get(metric.target_param)
    if param is None or not param.value:
        return {}
    return {int(year): Decimal(str(value)) for year, value in param.value.items()}


def ceil_share(percent: Decimal, total: int) -> int:
    """⌈percent% × total⌉: the pupils a share of ``total`` needs."""
    return math.ceil(percent * Decimal(total) / 100)
