"""Shared wording of the 公民同招 checks (PL301-PL304): school kinds, stages, dates, negations."""

from __future__ import annotations

import datetime as dt

from ...messages import LocalText, text
from typing import Iterator

from ...models import DateRange, Rules, Schedule, SchoolKind, Span, Value
from ... import lazy_re

KIND: dict[SchoolKind, LocalText] = {
    SchoolKind.public: text("checks.enrolment.public"),
    SchoolKind.private: text("checks.enrolment.private"),
}

#: Schedule field → its key in the rules language and an English name.
STAGES: dict[str, LocalText] = {
    "registration": text("checks.enrolment.registration"),
    "lottery": text("checks.enrolment.lottery"),
    "admission": text("checks.enrolment.admission"),
}

#: A negation that turns what follows into its opposite: 不得以面试…, 不单独摇号, 严禁另行组织.
NEGATION = r"(?:不得|不再|不需|不必|不准|无需|无须|严禁|禁止|取消|不)(?:再|要|需|得|予|以)?" \
           r"(?:进行|组织|安排|实行|采取|采用|举行|开展|设置?)?"

_NEGATED_END = lazy_re.compile(NEGATION + r"$")

#: the schedule fields about migrant children, with their keys in the rules language
MIGRANT_FIELDS: dict[str, str] = {"migrant_registration": "随迁子女报名", "migrant_lottery": "随迁子女摇号"}


def migrant_values(rules: Rules) -> Iterator[tuple[Schedule, str, str, Value[str]]]:
    """Each 随迁子女报名 / 随迁子女摇号 value the rules give: its schedule, field attribute, key and value."""
    for schedule in rules.schedules:
        for attr, field in MIGRANT_FIELDS.items():
            value = getattr(schedule, attr)
            if value is not None:
                yield schedule, attr, field, value


def parts(rules: Rules, value: Value[str]) -> list[tuple[int, int]]:
    """The characters ``[start, end)`` of ``value`` that each come from one place of the draft it was written from
    (a value joining a draft's sentences from several places, ``Rules.seams``), first to last; one part, the whole
    value, when it comes from one place (as every value of a rules file does) or its text is not on one line as
    written."""
    span, raw = value.span, value.raw
    whole = [(0, len(value.value))]
    if not rules.seams or span.line != span.end_line or span.end_column - span.column != len(raw) \
            or raw != value.value:
        return whole
    cuts = [column - span.column for line, column in rules.seams
            if line == span.line and span.column < column < span.end_column]
    if not cuts:
        return whole
    bounds = [0, *cuts, len(raw)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def part_span(value: Value[str], start: int, end: int) -> Span:
    """The span of the characters ``[start, end)`` of ``value`` (one of its :func:`parts`)."""
    span = value.span
    return Span(line=span.line, column=span.column + start, end_line=span.line, end_column=span.column + end)


def negated_at(text: str, start: int) -> bool:
    """Whether the words just before ``start`` in ``text`` negate what begins there."""
    return bool(_NEGATED_END.search(text[:start]))


def _date(day: dt.date, year: bool = True) -> LocalText:
    return text("date.day" if year else "date.day_in_year", year=day.year, month=day.month, day=day.day,
                iso=day.isoformat())


def date_range(dates: DateRange) -> LocalText:
    """2021年7月1日至7月10日 / 2021-07-01 to 2021-07-10; a one-day range is one date."""
    if dates.start == dates.end:
        return _date(dates.start)
    return text("date.range", start=_date(dates.start), end=_date(dates.end, year=dates.start.year != dates.end.year))
