"""Shared wording of the 公民同招 checks (PL301-PL304): school kinds, stages, dates, negations."""

from __future__ import annotations

import datetime as dt
import re

from ...messages import LocalText
from ...models import DateRange, SchoolKind

KIND: dict[SchoolKind, LocalText] = {
    SchoolKind.public: LocalText(zh="公办", en="public"),
    SchoolKind.private: LocalText(zh="民办", en="private"),
}

#: Schedule field → its key in the rules language and an English name.
STAGES: dict[str, LocalText] = {
    "registration": LocalText(zh="报名", en="registration"),
    "lottery": LocalText(zh="摇号", en="lottery"),
    "admission": LocalText(zh="录取", en="admission"),
}

#: A negation that turns what follows into its opposite: 不得以面试…, 不单独摇号, 严禁另行组织.
NEGATION = r"(?:不得|不再|不需|不必|不准|无需|无须|严禁|禁止|取消|不)(?:再|要|需|得|予|以)?" \
           r"(?:进行|组织|安排|实行|采取|采用|举行|开展|设置?)?"

_NEGATED_END = re.compile(NEGATION + r"$")


def negated_at(text: str, start: int) -> bool:
    """Whether the words just before ``start`` in ``text`` negate what begins there."""
    return bool(_NEGATED_END.search(text[:start]))


def _date_zh(day: dt.date, year: bool = True) -> str:
    return (f"{day.year}年" if year else "") + f"{day.month}月{day.day}日"


def date_range(dates: DateRange) -> LocalText:
    """2021年7月1日至7月10日 / 2021-07-01 to 2021-07-10; a one-day range is one date."""
    if dates.start == dates.end:
        return LocalText(zh=_date_zh(dates.start), en=dates.start.isoformat())
    zh = f"{_date_zh(dates.start)}至{_date_zh(dates.end, year=dates.start.year != dates.end.year)}"
    return LocalText(zh=zh, en=f"{dates.start.isoformat()} to {dates.end.isoformat()}")
