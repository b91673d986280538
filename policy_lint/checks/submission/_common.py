"""Shared wording and places of the submission checks (PL601-PL604)."""

from __future__ import annotations

import datetime as dt

from ...messages import LocalText, text
from ...models import Rules, Span

#: where a deadline set in city.toml is said to come from
CITY_SET = text("checks.submission.city_set")


def day(value: dt.date) -> LocalText:
    """2021年6月30日 / 2021-06-30."""
    return text("date.day", year=value.year, month=value.month, day=value.day, iso=value.isoformat())


def metadata_span(rules: Rules | None) -> Span:
    """The start of the 基本信息 block, or line 1 column 1 when there is none."""
    if rules is not None and rules.metadata.span is not None:
        start = rules.metadata.span
        return Span(line=start.line, column=start.column, end_line=start.line, end_column=start.column + 4)
    return Span(line=1, column=1, end_line=1, end_column=1)
