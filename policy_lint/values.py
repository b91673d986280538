"""Reading the values of the rules language: durations, dates, date ranges, numbers.

Each reader takes the text of a value and returns the normalised value with
the character offsets it was read from (so that a finding can put its caret
under ``满一年`` in ``持有满一年以上``), or ``None`` when the text holds no such
value.  Full-width digits are read as digits.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－～／", "0123456789.-~/")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits and punctuation as ASCII (same length)."""
    return text.translate(_FULLWIDTH)


#: A number with more digits than this is not read: nobody writes one, and reading it would
#: overflow a float or exceed Python's limit on converting long digit strings to int.
MAX_DIGITS = 12


def _whole(text: str) -> int | None:
    """``text`` as a whole number if it is ASCII digits only (not ² or ①, which ``isdigit``
    accepts and ``int`` refuses) and not absurdly long."""
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        return int(text)
    return None


def chinese_number(text: str) -> int | None:
    """Read 一 … 九十九 (and 两); ``None`` for anything else."""
    if not text:
        return None
    if text.isdigit():
        return _whole(text)
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        o = _CN_DIGITS.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(text) == 1:
        return _CN_DIGITS.get(text)
    return None


# A number starts where its run of digits starts (the lookbehinds): without them, a long run of
# digits that is not a duration was tried from every position in it, which is quadratic.
_NUM = r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?|(?<![零〇一二两三四五六七八九十])[零〇一二两三四五六七八九十]+"
_DURATION = re.compile(
    rf"(?:满|连续|累计|超过|不少于|不低于|不满)?"
    rf"(?:(?P<half>半)(?P<unit0>年)"
    rf"|(?P<num>{_NUM})\s*(?:(?P<unit>个月|月|年)(?P<andhalf>半)?)"
    rf"|(?P<num2>{_NUM})\s*个\s*(?P<unit2>月))"
    rf"(?:以上|及以上|\(含\)|（含）)?"
)


def duration(text: str) -> tuple[int, int, int] | None:
    """The first duration in ``text`` as (months, start, end), or ``None``.

    >>> duration("持有满一年以上")
    (12, 2, 7)
    """
    plain = ascii_digits(text)
    for match in _DURATION.finditer(plain):
        if _is_year(plain, match):
            continue
        months = _months(match)
        if months is not None:
            return months, match.start(), match.end()
    return None


def _is_year(text: str, match: re.Match[str]) -> bool:
    """The year or month of a date (``2020年9月1日前``) is not a duration."""
    number = match.group("num")
    unit = match.group("unit")
    if not number or _whole(number) is None:
        return False
    after = text[match.end():]
    if unit == "年":
        return int(number) >= 1900 or bool(re.match(r"\s*\d{1,2}\s*月", after))
    if unit == "月":  # "9月", not "9个月"
        return bool(re.search(r"\d{4}\s*年\s*$", text[: match.start()]) or re.match(r"\s*\d{1,2}\s*[日号]", after))
    return False


def _months(match: re.Match[str]) -> int | None:
    if match.group("half"):
        return 6
    raw = match.group("num") or match.group("num2")
    unit = match.group("unit") or match.group("unit2")
    if raw is None or unit is None:
        return None
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", raw):
        if len(raw.replace(".", "")) > MAX_DIGITS:
            return None
        number = Fraction(raw)  # exact: 1.5年 is 18 months, however many digits come before the point
    else:
        value = chinese_number(raw)
        if value is None:
            return None
        number = Fraction(value)
    if unit == "年":
        months = number * 12 + (6 if match.group("andhalf") else 0)
    else:
        months = number
    if months.denominator != 1:
        return None
    return int(months)


_DATE_PATTERNS = [
    # 2021年7月1日 / 7月1日 / 1日 (year and month may come from context)
    re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]"),
    # 2021-07-01, 2021.7.1, 2021/7/1
    re.compile(r"(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})"),
    # 7.10, 7-10, 7/10 (month and day)
    re.compile(r"(?P<m>\d{1,2})[./-](?P<d>\d{1,2})"),
]

_RANGE_SEP = re.compile(r"\s*(?:至|到|—+|–|－|-|~|～|〜)\s*")


def _date_at(text: str, pos: int, year: int | None, month: int | None):
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text, pos)
        if not match:
            continue
        groups = match.groupdict()
        y = int(groups["y"]) if groups.get("y") else year
        m = int(groups["m"]) if groups.get("m") else month
        if y is None or m is None:
            continue
        try:
            return dt.date(y, m, int(groups["d"])), match.end()
        except ValueError:
            return None
    return None


def date(text: str, year: int | None = None) -> dt.date | None:
    """A single date filling the whole of ``text`` (year from ``year`` if omitted)."""
    plain = ascii_digits(text).strip()
    found = _date_at(plain, 0, year, None)
    if found and found[1] == len(plain):
        return found[0]
    return None


def date_range(text: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """A date or a range of dates filling the whole of ``text``.

    ``7月1日至10日`` and ``2021.7.1-7.10`` take the missing year and month of
    the end from the start.  A single date is a one-day range.
    """
    plain = ascii_digits(text).strip()
    first = _date_at(plain, 0, year, None)
    if first is None:
        return None
    start, pos = first
    if pos == len(plain):
        return start, start
    sep = _RANGE_SEP.match(plain, pos)
    if not sep:
        return None
    second = _date_at(plain, sep.end(), start.year, start.month)
    if second is None or second[1] != len(plain):
        return None
    return start, second[0]


def integer(text: str) -> int | None:
    """A whole number, allowing full-width digits, thousands separators and 人/个/名."""
    plain = ascii_digits(text).strip().replace(",", "")
    plain = re.sub(r"\s*(人|个|名|位|个学位)$", "", plain)
    if re.fullmatch(r"[0-9]+", plain):
        return _whole(plain)
    return chinese_number(plain) if plain else None
