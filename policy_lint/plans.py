"""The second document kind: a county's work plan (工作方案), parsed and checked.

A work plan is written in the same block/pair grammar as the rules
(``grammar/rules.lark``, read by :func:`policy_lint.syntax.parse_tree`) with a
vocabulary of its own::

    基本信息 { 省  市  县  年度  期限: 2021—2023年  文号  依据  报送日期 }
    现状 {     年份: 2020   随迁子女: 18650   公办就读: 13240   公办就读比例: 71.0% … }
    目标 {     2022年 { 公办就读比例: 80% … }   2023年 { 公办就读比例: 90%  预计随迁子女: 19500 … } }
    措施 {     联席会议: …   发展共同体: …   支教支管: …   购买学位: 1200
               新建学校 { 名称: …  学位: 1800  年份: 2022 }   改扩建 { … } }

Why the shared grammar: a county clerk who writes the rules already knows it
(sections, ``键：值``, full-width punctuation, comments), every syntax message
and the did-you-mean come for free, and only the vocabulary differs.  The
builder (:class:`PlanBuilder`) subclasses the rules builder in
:mod:`policy_lint.build` and reuses its error collection, pair walking,
aliases and 基本信息 reading; it adds 期限 to 基本信息 and the three plan
sections.  See docs/plans.md.

:func:`parse_plan` turns text into a :class:`Plan`; :func:`check_plan_source`
runs every plan-scope check (family 8, :class:`policy_lint.checks.PlanCheck`)
and returns a :class:`PlanResult` (an :class:`policy_lint.engine.FileResult`
whose ``rules`` field holds the plan).  Nothing here prints or writes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal

from . import checks as checks_mod
from . import values as V
from .build import _Builder, _did_you_mean, _known, _lookup
from .normalise import fold_text
from .build import SECTIONS as RULES_SECTIONS
from .engine import PLAN_SUFFIXES, FileResult, resolved, run_document
from .errors import InputError
from .findings import Finding
from .messages import joined, text
from .models import HiddenCharacter, Metadata, Model, Span, Value
from .ruleset import ResolvedRuleset, choose
from .source import Source, read
from .syntax import BlockNode, ItemNode, PairNode, parse_tree

__all__ = ["PLAN_SUFFIXES", "Plan", "PlanResult", "check_plan_file", "check_plan_source", "is_plan", "parse_plan"]

# --- vocabulary ----------------------------------------------------------------

SECTIONS: dict[str, tuple[str, ...]] = {
    "基本信息": ("方案信息",),
    "现状": ("基本情况", "现状分析", "当前情况", "现有情况"),
    "目标": ("工作目标", "目标任务", "年度目标"),
    "措施": ("主要措施", "工作措施", "保障措施"),
}

#: 基本信息 keys a plan adds to the rules' METADATA_KEYS
PERIOD_KEYS: dict[str, tuple[str, ...]] = {"期限": ("方案期限", "实施期限", "年限", "起止年份")}


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
)
METRIC_BY_ID = {m.id: m for m in METRICS}
METRIC_KEYS: dict[str, tuple[str, ...]] = {m.key: m.aliases for m in METRICS}


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
)
COUNT_BY_ID = {c.id: c for c in COUNTS}
COUNT_KEYS: dict[str, tuple[str, ...]] = {c.key: c.aliases for c in COUNTS}

CURRENT_KEYS: dict[str, tuple[str, ...]] = {"年份": ("统计年份", "年度", "基准年"), **COUNT_KEYS, **METRIC_KEYS}

#: keys of a year block in 目标: every metric, a count target for the counted shares, the projection
PROJECTION_KEY = "预计随迁子女"
TARGET_KEYS: dict[str, tuple[str, ...]] = {
    **METRIC_KEYS,
    **{c.key: c.aliases for c in COUNTS if c.id in ("public", "standardised", "certified")},
    PROJECTION_KEY: ("随迁子女预测", "预测随迁子女", "预计随迁子女人数"),
}
_METRIC_OF_COUNT = {m.count: m for m in METRICS if m.count}

#: text measures: canonical key → aliases
MEASURE_KEYS: dict[str, tuple[str, ...]] = {
    "联席会议": ("联席会议制度", "工作联席会议"),
    "责任分工": ("牵头单位", "组织领导", "职责分工", "明确责任"),
    "发展共同体": ("共同体", "结对帮扶", "发展共同体建设"),
    "支教支管": ("支教", "公办教师支教", "支教制度"),
    "标准化建设": ("改善办学条件", "标准化改造"),
    "师资培训": ("培训经费", "教师培训"),
    "安全治理": ("阳光厨房", "智安学校", "校园安全"),
    "经费保障": ("经费", "生均补助"),
    "入学政策": ("招生政策", "入学办法"),
    "控辍保学": ("学籍管理",),
    "关爱帮扶": ("帮扶",),
    "督导检查": ("专项督导", "考核评估", "督导"),
    "其他": ("其他措施",),
}
#: measures that add places: canonical key → (kind, aliases)
PLACES_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "新建学校": ("new_school", ("新建", "新建公办学校")),
    "改扩建": ("expansion", ("改扩建学校", "扩建学校", "改建扩建", "扩班挖潜")),
    "购买学位": ("purchase", ("政府购买学位", "购买民办学校学位", "购买服务学位")),
}
PLACES_BLOCK_KEYS: dict[str, tuple[str, ...]] = {
    "名称": ("学校名称", "项目名称", "学校"),
    "学位": ("新增学位", "学位数", "新增公办学位"),
    "年份": ("投用年份", "建成年份", "竣工年份", "启用年份", "年度"),
}

#: a measure written only to say it is not taken
_NOT_TAKEN = re.compile(r"^\s*(?:无|暂无|没有|未|暂不|不|尚未|待定|另行研究)")


# --- the model -------------------------------------------------------------------


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


class Period(Model):
    """期限: the years the plan covers."""

    start: int
    end: int
    raw: str
    span: Span


class Current(Model):
    """现状: the figures the plan starts from."""

    year: Value[int] | None = None
    counts: dict[str, Value[int]] = {}  # Count.id → value
    shares: dict[str, Figure] = {}  # Metric.id → the share as stated
    keys: dict[str, str] = {}  # Count.id or Metric.id → its key as written (公办学校就读人数 …)
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


class Projection(Model):
    """预计随迁子女 in a year block of 目标: the migrant pupils the plan expects that year."""

    year: int
    value: Value[int]


PlacesKind = Literal["new_school", "expansion", "purchase"]


class PlaceMeasure(Model):
    """A measure adding places: a new school, an extension, or places bought from private schools."""

    kind: PlacesKind
    key: str  # as written
    name: Value[str] | None = None
    places: Value[int]
    year: Value[int] | None = None  # None: available from the plan's start
    span: Span


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

    def migrant_total(self, year: int) -> tuple[int, int | None] | None:
        """The migrant pupils assumed for ``year``: (count, year of the projection used or None for 现状)."""
        earlier = [p for p in self.projections if p.year <= year]
        if earlier:
            chosen = max(earlier, key=lambda p: p.year)
            return chosen.value.value, chosen.year
        if self.current is not None and self.current.count("migrant") is not None:
            return self.current.count("migrant").value, None
        return None

    def denominator(self, metric: Metric, year: int) -> int | None:
        """What a count target of ``metric`` for ``year`` is a share of."""
        if metric.total == "migrant":
            found = self.migrant_total(year)
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


# --- reading values ----------------------------------------------------------------

_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_FULL = ("全覆盖", "全部", "全面覆盖", "百分之百")
_YEAR = re.compile(r"(?:至|到|截至)?\s*(\d{4})\s*年?\s*(?:底|末|年底|秋季|春季|秋季学期|\d{1,2}\s*月)?\s*(?:前|建成|投用|投入使用|启用)?")
_PERIOD = re.compile(r"(\d{4})\s*年?\s*(?:—+|–|-|~|～|〜|至|到)\s*(\d{4})\s*年?(?:度)?")


def read_percent(raw: str) -> Decimal | None:
    plain = V.ascii_digits(fold_text(raw)).strip()
    if plain in _FULL:
        return Decimal(100)
    match = _PERCENT.fullmatch(plain)
    return Decimal(match.group(1)) if match else None


def read_count(raw: str) -> int | None:
    plain = re.sub(r"\s*(?:所学校|所|个学位|学位|名教师|名|人|个|间)$", "", V.ascii_digits(fold_text(raw)).strip())
    if not plain:
        return None
    return V.integer(plain)


def read_year(raw: str) -> int | None:
    match = _YEAR.fullmatch(V.ascii_digits(fold_text(raw)).strip())
    return int(match.group(1)) if match else None


# --- the builder --------------------------------------------------------------------


class PlanBuilder(_Builder):
    """The rules builder with the plan vocabulary: same errors, pairs and 基本信息, other sections."""

    def build(self, blocks: tuple[BlockNode, ...]) -> Plan:  # type: ignore[override]
        fields: dict = {"hidden": self.hidden(blocks)}
        seen: dict[str, int] = {}
        ordered = sorted(blocks, key=lambda b: _lookup(SECTIONS, b.name.text) != "基本信息")
        handlers = {"基本信息": self.metadata, "现状": self.current, "目标": self.targets, "措施": self.measures}
        for block in ordered:
            section = _lookup(SECTIONS, block.name.text)
            if section is None:
                if _lookup(RULES_SECTIONS, block.name.text) is not None:
                    self.error(block.name.span, text("plan.rules_section", name=block.name.text, known=_known(SECTIONS)))
                else:
                    self.error(block.name.span, text("doc.unknown_section", name=block.name.text,
                                                     hint=_did_you_mean(block.name.text, SECTIONS),
                                                     known=_known(SECTIONS)))
                continue
            if section in seen:
                self.error(block.name.span, text("doc.duplicate_section", name=section, line=seen[section]))
                continue
            seen[section] = block.name.span.line
            fields.update(handlers[section](block))
        if self.problems:
            raise InputError(self.source.path,
                             problems=sorted(self.problems, key=lambda p: (p.line or 0, p.column or 0)),
                             source_text=self.source.text)
        return Plan(path=self.source.path, **fields)

    # 基本信息: the rules' keys plus 期限
    def metadata(self, block: BlockNode) -> dict:
        rest, period = [], None
        seen_line: int | None = None
        for entry in block.entries:
            if isinstance(entry, PairNode) and _lookup(PERIOD_KEYS, entry.key.text) is not None:
                if seen_line is not None:
                    self.error(entry.key.span, text("doc.duplicate_key", name="期限", line=seen_line))
                    continue
                seen_line = entry.key.span.line
                period = self.period(entry)
                continue
            rest.append(entry)
        out = super().metadata(BlockNode(name=block.name, entries=tuple(rest), span=block.span))
        if period is not None:
            out["period"] = period
        return out

    def period(self, pair: PairNode) -> Period | None:
        raw, span = self.joined(pair.values)
        match = _PERIOD.fullmatch(V.ascii_digits(fold_text(raw)).strip())
        if match is None:
            self.error(span, text("plan.bad_period", text=raw))
            return None
        start, end = int(match.group(1)), int(match.group(2))
        if end < start:
            self.error(span, text("plan.period_reversed", text=raw))
            return None
        return Period(start=start, end=end, raw=raw, span=span)

    # values
    def percent(self, pair: PairNode, key: str) -> Figure | None:
        word = self.single(pair, key)
        if word is None:
            return None
        value = read_percent(word.text)
        if value is None:
            self.error(word.span, text("plan.bad_percent", text=word.text))
            return None
        if value > 100:
            self.error(word.span, text("plan.over_hundred", text=word.text))
            return None
        return Figure(value=value, raw=word.text, span=word.span)

    def count(self, pair: PairNode, key: str) -> Value[int] | None:
        word = self.single(pair, key)
        if word is None:
            return None
        value = read_count(word.text)
        if value is None:
            self.error(word.span, text("plan.bad_count", text=word.text))
            return None
        return Value[int](value=value, raw=word.text, span=word.span)

    def year_value(self, pair: PairNode, key: str) -> Value[int] | None:
        word = self.single(pair, key)
        if word is None:
            return None
        value = read_year(word.text)
        if value is None:
            self.error(word.span, text("plan.bad_year", text=word.text))
            return None
        return Value[int](value=value, raw=word.text, span=word.span)

    # 现状
    def current(self, block: BlockNode) -> dict:
        fields: dict = {"span": block.span, "counts": {}, "shares": {}, "keys": {}}
        count_ids = {c.key: c.id for c in COUNTS}
        metric_ids = {m.key: m.id for m in METRICS}
        for key, pair in self.pairs(block, CURRENT_KEYS, block.name.text):
            if key == "年份":
                fields["year"] = self.year_value(pair, key)
            elif key in count_ids:
                value = self.count(pair, key)
                if value is not None:
                    fields["counts"][count_ids[key]] = value
                    fields["keys"][count_ids[key]] = pair.key.text
            else:
                figure = self.percent(pair, key)
                if figure is not None:
                    fields["shares"][metric_ids[key]] = figure
                    fields["keys"][metric_ids[key]] = pair.key.text
        if fields.get("year") is None:
            fields.pop("year", None)
        return {"current": Current(**fields)}

    # 目标
    def targets(self, block: BlockNode) -> dict:
        targets: list[Target] = []
        projections: list[Projection] = []
        years: dict[int, int] = {}
        for entry in block.entries:
            if isinstance(entry, PairNode):
                self.error(entry.key.span, text("plan.target_needs_year", name=entry.key.text))
                continue
            if isinstance(entry, ItemNode):
                raw, _ = self.joined(entry.values)
                self.error(entry.span, text("doc.item_not_allowed", section=block.name.text, text=raw))
                continue
            year = read_year(entry.name.text)
            if year is None:
                self.error(entry.name.span, text("plan.bad_target_year", name=entry.name.text))
                continue
            if year in years:
                self.error(entry.name.span, text("plan.duplicate_year", year=year, line=years[year]))
                continue
            years[year] = entry.name.span.line
            self.year_targets(entry, year, targets, projections)
        return {"targets": tuple(targets), "projections": tuple(projections), "targets_span": block.name.span}

    def year_targets(self, block: BlockNode, year: int, targets: list, projections: list) -> None:
        metric_ids = {m.key: m.id for m in METRICS}
        for key, pair in self.pairs(block, TARGET_KEYS, block.name.text):
            if key == PROJECTION_KEY:
                value = self.count(pair, key)
                if value is not None:
                    projections.append(Projection(year=year, value=value))
                continue
            if key in metric_ids:
                figure = self.percent(pair, key)
                if figure is None:
                    continue
                metric, value, percent = metric_ids[key], figure.value, True
                raw, span = figure.raw, figure.span
            else:
                counted = self.count(pair, key)
                if counted is None:
                    continue
                count_id = next(c.id for c in COUNTS if c.key == key)
                metric, value, percent = _METRIC_OF_COUNT[count_id].id, Decimal(counted.value), False
                raw, span = counted.raw, counted.span
            targets.append(Target(metric=metric, key=pair.key.text, year=year, year_span=block.name.span,
                                  value=value, percent=percent, raw=raw, span=span))

    # 措施
    def measures(self, block: BlockNode) -> dict:
        measures: list[Measure] = []
        places: list[PlaceMeasure] = []
        keys = {**MEASURE_KEYS, "购买学位": PLACES_KEYS["购买学位"][1]}
        for key, entry in self.pairs(block, keys, block.name.text, allow_blocks=True):
            if key is None:  # a block: 新建学校 { … }, 改扩建 { … }, 购买学位 { … }
                kind = _lookup(PLACES_KEYS, entry.name.text)
                if kind is None:
                    self.error(entry.name.span, text("doc.block_not_allowed", section=block.name.text,
                                                     name=entry.name.text,
                                                     hint=_did_you_mean(entry.name.text, PLACES_KEYS)))
                    continue
                found = self.place_block(entry, PLACES_KEYS[kind][0])
                if found is not None:
                    places.append(found)
                continue
            if key == "购买学位":  # 购买学位: 1200 (from the plan's start)
                value = self.count(entry, key)
                if value is not None:
                    places.append(PlaceMeasure(kind="purchase", key=entry.key.text, places=value, span=entry.span))
                continue
            raw, span = self.joined(entry.values)
            measures.append(Measure(kind=key, key=entry.key.text, text=fold_text(raw).strip(), span=span))
        return {"measures": tuple(measures), "places": tuple(places), "measures_span": block.name.span}

    def place_block(self, block: BlockNode, kind: PlacesKind) -> PlaceMeasure | None:
        fields: dict = {"kind": kind, "key": block.name.text, "span": block.span}
        written: set[str] = set()
        for key, pair in self.pairs(block, PLACES_BLOCK_KEYS, block.name.text):
            written.add(key)
            if key == "名称":
                fields["name"] = self.text_value(pair, key)
            elif key == "学位":
                fields["places"] = self.count(pair, key)
            else:
                fields["year"] = self.year_value(pair, key)
        missing = [k for k, f in (("学位", "places"), ("年份", "year")) if fields.get(f) is None
                   and not (kind == "purchase" and f == "year")]
        if written.intersection(missing):
            return None  # written but unreadable: already reported
        if missing:
            missing_text = joined((text(f"plan.places_missing.{k}") for k in missing), "and")
            self.error(block.name.span, text("plan.places_incomplete", name=block.name.text, missing=missing_text))
            return None
        return PlaceMeasure(**{k: v for k, v in fields.items() if v is not None})


def parse_plan(source: Source) -> Plan:
    """Parse and build the work plan in ``source``; raise :class:`InputError` listing every problem."""
    blocks = parse_tree(source)
    return PlanBuilder(source).build(blocks)


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
