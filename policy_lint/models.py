"""The parsed county rules: frozen records (:mod:`policy_lint.record`) with the source span of every value."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal, TypeVar, Union

from .record import Record, record

T = TypeVar("T")

#: the base of every model: a record (frozen, slotted, keyword arguments only), built from values
#: the builders have read and checked, so never validated again (see policy_lint.record)
Model = Record


@record
class Span(Model):
    """1-based line and column of the first character; end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


@record
class Value(Model):
    """A normalised value, the text it was read from, and where.

    ``Value[str]``, ``Value[int]``, ``Value[dt.date]`` name what it holds, and are ``Value`` itself.
    """

    value: T
    raw: str
    span: Span

    def __class_getitem__(cls, item):
        return cls


@record
class Metadata(Model):
    """基本信息."""

    province: Value[str] | None = None
    city: Value[str] | None = None
    county: Value[str] | None = None
    year: Value[int] | None = None
    title: Value[str] | None = None
    doc_number: Value[str] | None = None
    basis: tuple[Value[str], ...] = ()
    submitted: Value[dt.date] | None = None
    span: Span | None = None

    @property
    def region(self) -> tuple[str, ...]:
        return tuple(v.value for v in (self.province, self.city, self.county) if v is not None)


class ConditionKind(str, Enum):
    residence_permit = "residence_permit"  # 居住证
    residence = "residence"  # 居住
    social_insurance = "social_insurance"  # 社保
    employment = "employment"  # 就业
    housing = "housing"  # 住所
    hukou = "hukou"  # 户籍
    other = "other"  # 其他


class Housing(str, Enum):
    legal_stable = "legal_stable"  # 合法稳定住所 (rented or owned)
    rental = "rental"  # 租赁 accepted
    owned = "owned"  # 自有房产 only


@record
class Length(Model):
    """A length one value of a condition asks (租赁备案满一年以上: 12 months), where it is written."""

    months: int
    span: Span


@record
class Condition(Model):
    """One admission condition, e.g. 居住：满半年."""

    kind: ConditionKind
    key: str
    raw: str
    months: int | None = None
    months_span: Span | None = None
    # every value's own length, in order (租房满2年、房产证满1年: two alternatives, each asking its length);
    # ``months`` is the longest of them
    lengths: tuple[Length, ...] = ()
    housing: Housing | None = None
    payer: str | None = None  # 社保缴纳人: whose insurance
    words: tuple[Value, ...] = ()  # each value of the list as written, with its span
    span: Span


@record
class ConditionGroup(Model):
    """Conditions that must all hold (``all``) or of which one suffices (``any``)."""

    mode: Literal["all", "any"]
    label: str
    items: tuple[Union[Condition, "ConditionGroup"], ...] = ()
    span: Span

    def walk(self):
        """Every condition in this group and its subgroups, with the group holding it."""
        for item in self.items:
            if isinstance(item, ConditionGroup):
                yield from item.walk()
            else:
                yield item, self


@record
class Material(Model):
    """One document demanded at registration: as written, and its normalised name."""

    raw: str
    name: str
    known: bool
    span: Span


@record
class DateRange(Model):
    start: dt.date
    end: dt.date
    raw: str
    span: Span


class SchoolKind(str, Enum):
    public = "public"  # 公办
    private = "private"  # 民办


@record
class Schedule(Model):
    """招生安排 for one kind of school."""

    kind: SchoolKind
    label: str
    registration: DateRange | None = None  # 报名
    lottery: DateRange | None = None  # 摇号
    admission: DateRange | None = None  # 录取
    selection: tuple[Value[str], ...] = ()  # 考试 / 面试 / 测评 (none = ())
    oversubscription: Value[str] | None = None  # 超额录取办法
    migrant_registration: Value[str] | None = None  # 随迁子女报名
    migrant_lottery: Value[str] | None = None  # 随迁子女摇号
    span: Span


@record
class Points(Model):
    """积分入学."""

    standards: tuple[Value[str], ...] = ()
    platforms: tuple[Value[str], ...] = ()
    basis: Value[str] | None = None
    threshold: Value[str] | None = None  # 门槛: a minimum score, as written (积分达到60分)
    below: Value[str] | None = None  # 未达标: what becomes of a child below it (统筹安排 / 不予安排), as written
    span: Span


@record
class PrivateSchools(Model):
    """民办学校: where and how many private schools may enrol."""

    region: Value[str] | None = None  # 招生范围
    approved_plan: Value[int] | None = None  # 核定计划
    planned: Value[int] | None = None  # 计划招生
    span: Span


@record
class SchoolLife(Model):
    """在校管理: how migrant pupils are treated once enrolled (教育教学, 日常管理, 评优评先, 转学)."""

    teaching: Value[str] | None = None  # 教育教学
    management: Value[str] | None = None  # 日常管理
    awards: Value[str] | None = None  # 评优评先
    transfer: Value[str] | None = None  # 转学: changing school once enrolled
    span: Span


@record
class PlaceSupply(Model):
    """学位保障: whether migrant children's places are assured, and the class-size policy (小班化)."""

    places: Value[str] | None = None  # 学位: 充足 / 不足 …, as written
    small_classes: Value[str] | None = None  # 小班化: 全面推行 / 试点 …, as written
    span: Span


@record
class HiddenCharacter(Model):
    """A character in a name or value that a reader does not see or cannot tell apart (see policy_lint.normalise):
    a format character (``invisible``), a bidi control (``bidi``), or a look-alike of the ideograph ``reads_as``."""

    char: str
    kind: Literal["invisible", "bidi", "lookalike"]
    reads_as: str = ""
    word: str = ""  # the name or value it stands in, as read (folded)
    span: Span  # the run of consecutive hidden characters it begins (one per name or value)
    count: int = 1  # hidden characters in the whole name or value


@record
class Placeholder(Model):
    """A value still to be filled in (see policy_lint.placeholders): what ``policy-lint init`` marks 待填写 (or
    待核对), or a template's blank (XXXX年X月X日, ____, 〔 〕号); what check PL605 reports."""

    marker: str  # the words that mark it, as written (待填写, XX, ____)
    confirm: bool = False  # 待核对: a wording to confirm rather than a value to fill in
    hint: str = ""  # what the mark says is to be filled in (the comment after 待填写：)
    key: str = ""  # the key of its line, as written ("" for an item or a draft's sentence)
    section: str = ""  # the blocks it is in, outermost first, joined by › (招生安排 › 公办)
    in_draft: bool = False  # found in a prose draft's paragraph: the span is on the draft already
    span: Span


@record
class Rules(Model):
    """A county's admission rules (入学实施细则), as parsed."""

    path: str
    metadata: Metadata = Metadata()
    conditions: ConditionGroup | None = None
    materials: tuple[Material, ...] = ()
    materials_span: Span | None = None
    schedules: tuple[Schedule, ...] = ()
    points: Points | None = None
    private: PrivateSchools | None = None
    school_life: SchoolLife | None = None
    place_supply: PlaceSupply | None = None
    hidden: tuple[HiddenCharacter, ...] = ()  # what check PL001 reports
    placeholders: tuple[Placeholder, ...] = ()  # what check PL605 reports
    #: in rules written from a draft, the (line, column) of the rules text where a value's next part begins: a
    #: value joined from sentences in several places of the draft (each one's own fault is reported there)
    seams: tuple[tuple[int, int], ...] = ()

    def schedule(self, kind: SchoolKind) -> Schedule | None:
        for schedule in self.schedules:
            if schedule.kind == kind:
                return schedule
        return None

    def conditions_flat(self):
        if self.conditions is None:
            return []
        return list(self.conditions.walk())
