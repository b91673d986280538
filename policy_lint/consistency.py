"""Comparable parameters across the counties of one city, and the city's prevailing value for each.

The table is computed once per review: the family-4 checks read it to name
outliers, and the reports print it as the city's consistency table.  A
county that does not state a parameter is left out of that row.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Literal

from .messages import LocalText, joined, text
from .models import ConditionKind, Housing, Rules, SchoolKind, Span

Kind = Literal["months", "days", "set", "choice"]

#: fewer units stating a parameter than this: no prevailing value worth comparing against
MIN_STATING = 3

#: the ruleset parameter holding each comparable kind's tolerance (none: must be equal)
TOLERANCE_PARAMETERS: dict[str, str] = {
    "months": "consistency_months_tolerance",
    "days": "consistency_days_tolerance",
    "set": "consistency_materials_tolerance",
}


def tolerance(kind: Kind, ruleset) -> int:
    """How far a county's value may be from the prevailing one before it counts as an outlier (0 if unset)."""
    name = TOLERANCE_PARAMETERS.get(kind)
    param = ruleset.get(name) if name else None
    return int(param.value) if param is not None and param.value is not None else 0


@dataclass(frozen=True)
class Cell:
    """One county's value for one parameter: comparable value, how to show it, where it is written."""

    value: object
    shown: str  # the normalised value, e.g. "12 个月"
    raw: str  # as the county wrote it
    span: Span


@dataclass
class Row:
    key: str
    label: LocalText
    kind: Kind
    cells: dict[str, Cell] = field(default_factory=dict)  # unit name -> cell
    prevailing: object = None
    prevailing_shown: str = ""
    sharing: tuple[str, ...] = ()  # units holding the prevailing value
    tied: tuple[object, ...] = ()  # other values held by as many units as the prevailing one
    split: tuple[str, ...] = ()  # set rows: items asked for by exactly half the units (counted on neither side)

    @property
    def comparable(self) -> bool:
        """Whether enough units state the parameter for a prevailing value to mean anything."""
        return len(self.cells) >= MIN_STATING and self.prevailing is not None and self.prevailing != ()

    def gap(self, unit: str) -> int | None:
        """``unit``'s distance from the nearest prevailing value (split set items ignored); None if not compared."""
        cell = self.cells.get(unit)
        if cell is None or not self.comparable:
            return None
        if self.kind == "set":
            own, prevailing = set(cell.value) - set(self.split), set(self.prevailing)
            return len(own ^ prevailing)
        return min(distance(self.kind, cell.value, v) for v in (self.prevailing, *self.tied))

    def differs(self, unit: str, tolerance: int) -> bool:
        """Whether ``unit``'s value is outside ``tolerance`` of every prevailing value."""
        gap = self.gap(unit)
        return gap is not None and gap > tolerance


_HOUSING_EN = {"legal_stable": "lawful stable residence", "rental": "rental accepted", "owned": "owned property only"}


def value_text(kind: Kind, value: object, zh: str) -> LocalText:
    """A cell's normalised value in both languages (``zh`` is the table's Chinese text for it)."""
    if kind == "months":
        return text("consistency.months", months=value, shown=zh) if value else text("consistency.no_months", shown=zh)
    if kind == "days" and isinstance(value, dt.date):
        return LocalText(zh=zh, en=value.isoformat())
    if kind == "choice":
        return LocalText(zh=zh, en=_HOUSING_EN.get(str(value), str(value)))
    names = zh.split("、")  # a set of materials, listed as the table lists it
    return LocalText(zh=zh, en=joined(names).en)


def distance(kind: Kind, a: object, b: object) -> int:
    if kind == "months":
        return abs(int(a) - int(b))
    if kind == "days":
        return abs((a - b).days)
    if kind == "set":
        return len(set(a) ^ set(b))
    return 0 if a == b else 1


def _months(kind: ConditionKind) -> Callable[[Rules], Cell | None]:
    """The months a condition requires; 0 when the condition is stated without a duration."""

    def extract(rules: Rules) -> Cell | None:
        for condition, _group in rules.conditions_flat():
            if condition.kind is kind:
                months = condition.months or 0
                shown = (text("consistency.months_shown", months=months) if months else text("consistency.no_duration")).zh
                return Cell(months, shown, condition.raw, condition.months_span or condition.span)
        return None

    return extract


def _housing(rules: Rules) -> Cell | None:
    for condition, _group in rules.conditions_flat():
        if condition.kind is ConditionKind.housing and condition.housing is not None:
            shown = {Housing.legal_stable: "合法稳定住所", Housing.rental: "含租赁", Housing.owned: "仅自有房产"}
            return Cell(condition.housing.value, shown[condition.housing], condition.raw, condition.span)
    return None


def _materials(rules: Rules) -> Cell | None:
    if not rules.materials:
        return None
    names = tuple(sorted({m.name for m in rules.materials}))
    span = rules.materials[0].span
    return Cell(names, "、".join(names), "、".join(m.raw for m in rules.materials), span)


def _stage(kind: SchoolKind, stage: str) -> Callable[[Rules], Cell | None]:
    def extract(rules: Rules) -> Cell | None:
        schedule = rules.schedule(kind)
        dates = getattr(schedule, stage, None) if schedule else None
        if dates is None:
            return None
        start: dt.date = dates.start
        shown = text("date.day_in_year", year=start.year, month=start.month, day=start.day, iso=start.isoformat()).zh
        return Cell(start, shown, dates.raw, dates.span)

    return extract


L = LocalText
#: (key, label, kind, extractor), in the order reports show them
COMPARABLES: tuple[tuple[str, LocalText, Kind, Callable[[Rules], Cell | None]], ...] = (
    ("residence_permit", L(zh="居住证持有时长", en="permit holding time"), "months", _months(ConditionKind.residence_permit)),
    ("residence", L(zh="居住时长", en="residence time"), "months", _months(ConditionKind.residence)),
    ("social_insurance", L(zh="社保缴纳时长", en="social-insurance time"), "months", _months(ConditionKind.social_insurance)),
    ("employment", L(zh="就业时长", en="employment time"), "months", _months(ConditionKind.employment)),
    ("housing", L(zh="住所要求", en="housing"), "choice", _housing),
    ("materials", L(zh="证明材料", en="supporting documents"), "set", _materials),
    ("public_registration", L(zh="公办报名开始", en="public registration opens"), "days", _stage(SchoolKind.public, "registration")),
    ("public_lottery", L(zh="公办摇号", en="public lottery"), "days", _stage(SchoolKind.public, "lottery")),
    ("public_admission", L(zh="公办录取开始", en="public admission opens"), "days", _stage(SchoolKind.public, "admission")),
    ("private_registration", L(zh="民办报名开始", en="private registration opens"), "days", _stage(SchoolKind.private, "registration")),
    ("private_lottery", L(zh="民办摇号", en="private lottery"), "days", _stage(SchoolKind.private, "lottery")),
    ("private_admission", L(zh="民办录取开始", en="private admission opens"), "days", _stage(SchoolKind.private, "admission")),
)


#: each comparable parameter's kind, by row key
KINDS: dict[str, Kind] = {key: kind for key, _label, kind, _extract in COMPARABLES}


def table(units: dict[str, Rules]) -> list[Row]:
    """One row per comparable parameter stated by at least one county, with its prevailing value.

    The prevailing value is the one most counties share; a tie goes to the
    value that comes first in the city's unit order.
    """
    rows: list[Row] = []
    for key, label, kind, extract in COMPARABLES:
        row = Row(key=key, label=label, kind=kind)
        for unit, rules in units.items():
            cell = extract(rules)
            if cell is not None:
                row.cells[unit] = cell
        if not row.cells:
            continue
        if kind == "set":
            _prevailing_set(row)
        else:
            counts = Counter(hashable(c.value) for c in row.cells.values())
            order: dict[object, str] = {}
            for unit, cell in row.cells.items():
                order.setdefault(hashable(cell.value), unit)
            best = max(counts, key=lambda v: (counts[v], -list(row.cells).index(order[v])))
            row.prevailing = best
            row.sharing = tuple(u for u, c in row.cells.items() if hashable(c.value) == best)
            row.prevailing_shown = row.cells[row.sharing[0]].shown
            row.tied = tuple(v for v in order if v != best and counts[v] == counts[best])
        rows.append(row)
    return rows


def _prevailing_set(row: Row) -> None:
    """For a set (the materials): the items more than half of the stating counties ask for."""
    counts = Counter(item for cell in row.cells.values() for item in set(cell.value))
    half = len(row.cells) / 2
    # in the order the counties list them, not in code-point order
    order = list(dict.fromkeys(item for cell in row.cells.values() for item in _listed_order(cell)))
    items = tuple(item for item in order if counts[item] > half)
    row.split = tuple(item for item in order if counts[item] == half)
    row.prevailing = items
    row.prevailing_shown = "、".join(items)
    row.sharing = tuple(u for u, c in row.cells.items() if set(c.value) == set(items))


def _listed_order(cell: Cell) -> list[str]:
    """A materials cell's names in the order the county wrote them (its ``raw`` lists them)."""
    names = list(cell.value)
    return sorted(names, key=lambda n: (cell.raw.find(n) if n in cell.raw else len(cell.raw), names.index(n)))


def hashable(value: object) -> object:
    """A cell value usable as a dict key (a list of materials becomes a tuple)."""
    return tuple(value) if isinstance(value, (list, tuple)) else value
