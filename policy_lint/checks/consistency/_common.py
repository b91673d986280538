"""Shared logic of the consistency checks (PL401-PL404): which counties lie outside the city's prevailing value.

Every value compared here comes from the city's consistency table
(:mod:`policy_lint.consistency`, ``CityContext.consistency``): the checks only
decide which cells are outliers and word the findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterator

from ...consistency import KINDS, Cell, Row, distance, tolerance, value_text
from ...messages import LocalText, joined, text
from .. import CityCheck

#: how strict each housing kind is: owned-only narrows the baseline, a bare 合法稳定住所 leaves rental unsaid
HOUSING_RANK = {"rental": 0, "legal_stable": 1, "owned": 2}


@dataclass(frozen=True)
class Group:
    """One value of a row and the units that hold it."""

    value: object
    shown: str
    units: tuple[str, ...]


@dataclass(frozen=True)
class Outlier:
    unit: str
    cell: Cell
    nearest: Group  # the prevailing value closest to the cell's
    gap: int  # its distance from the nearest prevailing value


def zh_pad(value: str) -> str:
    """A space between Chinese text and a value that starts with a digit: 为 12 个月, 为无时长要求."""
    return f" {value}" if value[:1].isdigit() else value


def shown(row: Row, value: object, zh: str) -> LocalText:
    """A cell value of a scalar row (months, days, a choice) in both languages, as a sentence quotes it
    (housing kinds in quotes); the materials check words its set rows itself."""
    both = value_text(row.kind, value, zh)
    if row.kind == "choice":
        return text("checks.consistency.choice_quoted", value=both)
    return LocalText(zh=zh_pad(both.zh), en=both.en)


def units_text(units: tuple[str, ...] | list[str]) -> LocalText:
    return joined(units)


def leaders(row: Row) -> list[Group]:
    """The values held by the most units: the table's prevailing value first, then any value tied with it.

    The table breaks a tie by unit order; here every tied value is kept, so a county is an outlier only
    when it is outside the tolerance of all of them.
    """
    first = Group(row.prevailing, row.prevailing_shown, row.sharing)
    held: dict[object, list[str]] = {}
    for unit, cell in row.cells.items():
        held.setdefault(cell.value, []).append(unit)
    tied = [Group(value, row.cells[units[0]].shown, tuple(units)) for value, units in held.items()
            if value != row.prevailing and len(units) == len(row.sharing)]
    return [first, *tied]


def prevailing_text(row: Row, groups: list[Group], with_units: bool = True) -> LocalText:
    """无时长要求（城区、阳城县）, or two tied values joined by 或."""
    parts = []
    for group in groups:
        value = shown(row, group.value, group.shown)
        parts.append(text("checks.consistency.value_held_by", value=value, units=joined(group.units))
                     if with_units else value)
    return joined(parts, "or")


class ConsistencyCheck(CityCheck):
    """A comparable parameter of some counties lies outside the tolerance of the city's prevailing value."""

    abstract = True
    severity = "warning"
    #: the consistency-table rows this check reads
    rows: ClassVar[tuple[str, ...]]
    #: the ruleset parameter giving the tolerance (None: any difference counts); it is the one
    #: :data:`policy_lint.consistency.TOLERANCE_PARAMETERS` names for the rows' kind (a test holds them equal)
    tolerance_parameter: ClassVar[str | None] = None

    def tolerance(self, city) -> int:
        """The tolerance of this check's rows (they are all of one kind), as the reports state it."""
        return tolerance(KINDS[self.rows[0]], city.ruleset)

    def compared_rows(self, city) -> Iterator[Row]:
        """This check's rows that enough units state to have a prevailing value."""
        for row in city.consistency:
            if row.key in self.rows and row.comparable:
                yield row

    def outliers(self, row: Row, tolerance: int) -> Iterator[Outlier]:
        """Units whose value is outside ``tolerance`` of every prevailing value of ``row`` (a scalar row)."""
        groups = leaders(row)
        for unit, cell in row.cells.items():
            if not row.differs(unit, tolerance):
                continue
            gap, index = min((distance(row.kind, cell.value, g.value), i) for i, g in enumerate(groups))
            yield Outlier(unit=unit, cell=cell, nearest=groups[index], gap=gap)

    def unit_path(self, city, unit: str) -> str:
        found = city.unit(unit)
        assert found is not None and found.path is not None, f"{self.code}: {unit} is not a unit with a file"
        return found.path
