"""Shared wording and places of the submission checks (PL601-PL604)."""

from __future__ import annotations

import datetime as dt

from ...messages import LocalText
from ...models import Rules, Span

#: where a deadline set in city.toml is said to come from
CITY_SET = LocalText(zh="（截止日期由本市在 city.toml 中设定）", en=" (a date the city set in city.toml)")


def day(value: dt.date) -> LocalText:
    """2021年6月30日 / 2021-06-30."""
    return LocalText(zh=f"{value.year}年{value.month}月{value.day}日", en=value.isoformat())


def metadata_span(rules: Rules | None) -> Span:
    """The start of the 基本信息 block, or line 1 column 1 when there is none."""
    if rules is not None and rules.metadata.span is not None:
        start = rules.metadata.span
        return Span(line=start.line, column=start.column, end_line=start.line, end_column=start.column + 4)
    return Span(line=1, column=1, end_line=1, end_column=1)
