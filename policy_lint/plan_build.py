"""Blocks to a work plan: the plan language's sections and keys and what their values mean.

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
builder (:class:`PlanBuilder`) subclasses the rules builder
(:class:`policy_lint.build.Builder`) and reuses its error collection, pair walking,
aliases and 基本信息 reading; it adds 期限 to 基本信息 and the three plan
sections.  :func:`parse_plan` turns text into a :class:`~policy_lint.plan_models.Plan`
(the model, :mod:`policy_lint.plan_models`).  See docs/plans.md.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import values as V
from .build import SECTIONS as RULES_SECTIONS
from .build import Builder, did_you_mean, known, lookup
from .errors import InputError
from .messages import joined, text
from .normalise import fold_text
from .plan_models import (
    COUNTS,
    METRICS,
    Current,
    Figure,
    Measure,
    Period,
    PlaceMeasure,
    PlacesKind,
    Plan,
    Projection,
    Target,
)
from .models import Value
from .source import Source
from .syntax import BlockNode, ItemNode, PairNode, parse_tree
from . import lazy_re

# --- vocabulary ----------------------------------------------------------------

SECTIONS: dict[str, tuple[str, ...]] = {
    "基本信息": ("方案信息",),
    "现状": ("基本情况", "现状分析", "当前情况", "现有情况"),
    "目标": ("工作目标", "目标任务", "年度目标"),
    "措施": ("主要措施", "工作措施", "保障措施"),
}

#: 基本信息 keys a plan adds to the rules' METADATA_KEYS
PERIOD_KEYS: dict[str, tuple[str, ...]] = {"期限": ("方案期限", "实施期限", "年限", "起止年份")}
METRIC_KEYS: dict[str, tuple[str, ...]] = {m.key: m.aliases for m in METRICS}
COUNT_KEYS: dict[str, tuple[str, ...]] = {c.key: c.aliases for c in COUNTS}

CURRENT_KEYS: dict[str, tuple[str, ...]] = {"年份": ("统计年份", "年度", "基准年"), **COUNT_KEYS, **METRIC_KEYS}

#: keys of a year block in 目标: every metric, a count target for the counted shares, the projection
PROJECTION_KEY = "预计随迁子女"
#: the eligible migrant pupils a year block expects (符合条件随迁子女: 15400): what that year's eligible share is of
ELIGIBLE_KEY = "符合条件随迁子女"
TARGET_KEYS: dict[str, tuple[str, ...]] = {
    **METRIC_KEYS,
    **{c.key: c.aliases for c in COUNTS if c.id in ("public", "standardised", "certified", "eligible_public")},
    PROJECTION_KEY: ("随迁子女预测", "预测随迁子女", "预计随迁子女人数"),
    **{c.key: (*c.aliases, "预计符合条件随迁子女", "预计符合条件的随迁子女") for c in COUNTS if c.id == "eligible"},
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


# --- reading values ----------------------------------------------------------------

_PERCENT = lazy_re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_FULL = ("全覆盖", "全部", "全面覆盖", "百分之百")
_YEAR = lazy_re.compile(r"(?:至|到|截至)?\s*(\d{4})\s*年?\s*(?:底|末|年底|秋季|春季|秋季学期|\d{1,2}\s*月)?\s*(?:前|建成|投用|投入使用|启用)?")
_PERIOD = lazy_re.compile(r"(\d{4})\s*年?\s*(?:—+|–|-|~|～|〜|至|到)\s*(\d{4})\s*年?(?:度)?")


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


class PlanBuilder(Builder):
    """The rules builder with the plan vocabulary: same errors, pairs and 基本信息, other sections."""

    def build(self, blocks: tuple[BlockNode, ...]) -> Plan:  # type: ignore[override]
        fields: dict = {"hidden": self.hidden(blocks), "placeholders": self.placeholders()}
        seen: dict[str, int] = {}
        ordered = sorted(blocks, key=lambda b: lookup(SECTIONS, b.name.text) != "基本信息")
        handlers = {"基本信息": self.metadata, "现状": self.current, "目标": self.targets, "措施": self.measures}
        for block in ordered:
            section = lookup(SECTIONS, block.name.text)
            if section is None:
                if lookup(RULES_SECTIONS, block.name.text) is not None:
                    self.error(block.name.span, text("plan.rules_section", name=block.name.text, known=known(SECTIONS)))
                else:
                    self.error(block.name.span, text("doc.unknown_section", name=block.name.text,
                                                     hint=did_you_mean(block.name.text, SECTIONS),
                                                     known=known(SECTIONS)))
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
            if isinstance(entry, PairNode) and lookup(PERIOD_KEYS, entry.key.text) is not None:
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
            if key in (PROJECTION_KEY, ELIGIBLE_KEY):
                value = self.count(pair, key)
                if value is not None:
                    projections.append(Projection(year=year, value=value,
                                                  count="migrant" if key == PROJECTION_KEY else "eligible"))
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
                kind = lookup(PLACES_KEYS, entry.name.text)
                if kind is None:
                    self.error(entry.name.span, text("doc.block_not_allowed", section=block.name.text,
                                                     name=entry.name.text,
                                                     hint=did_you_mean(entry.name.text, PLACES_KEYS)))
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
