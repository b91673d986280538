"""Reading the values of the rules language: durations, dates, date ranges, numbers.

Each reader takes the text of a value and returns the normalised value with
the character offsets it was read from (so that a finding can put its caret
under ``满一年`` in ``持有满一年以上``), or ``None`` when the text holds no such
value.  Full-width digits are read as digits.  Every reader reads the text folded
(:func:`policy_lint.normalise.fold`: invisible characters dropped, look-alike
ideographs and traditional forms read as the vocabulary's); offsets are in the
text as written.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from fractions import Fraction

from .normalise import fold, fold_text

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－～／", "0123456789.-~/")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9,
              # the financial forms (大写数字) of contracts and some official texts
              "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "廿"


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
    """Read 一 … 九千九百九十九 (with 两, 廿 and the financial forms 壹 … 玖, 拾, 佰, 仟); ``None`` for
    anything else.

    >>> chinese_number("三百六十五"), chinese_number("壹拾贰"), chinese_number("两")
    (365, 12, 2)
    """
    if not text:
        return None
    if text.isdigit():
        return _whole(text)
    if len(text) > 12:
        return None
    if text.startswith("廿"):
        rest = chinese_number(text[1:]) if len(text) > 1 else 0
        return None if rest is None or rest > 9 else 20 + rest
    if not any(ch in _CN_UNITS for ch in text):
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    total, digit, last_unit, zero = 0, None, 10_000, False
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None:  # two digits in a row: 一二十 is not a number
                return None
            if _CN_DIGITS[ch] == 0:
                zero = True
            else:
                digit = _CN_DIGITS[ch]
            continue
        unit = _CN_UNITS[ch] if ch in _CN_UNITS else None
        if unit is None or unit >= last_unit:
            return None
        if digit is None:
            if unit != 10 or total or zero:  # only a leading 十 stands alone (十二); 百 and 千 need a digit
                return None
            digit = 1
        elif unit == 10 and text[text.index(ch) - 1] == "两":
            return None  # 两 counts hundreds and thousands (两百), not tens: 二十, not 两十
        total += digit * unit
        digit, last_unit, zero = None, unit, False
    if digit is not None:
        if last_unit >= 100 and not zero:
            return None  # 一百五 is colloquial for 150: not read rather than guessed
        total += digit
    return total


# A number starts where its run of digits starts (the lookbehinds): without them, a long run of
# digits that is not a duration was tried from every position in it, which is quadratic.
_NUM = rf"(?<![0-9.])[0-9]+(?:\.[0-9]+)?|(?<![{_CN_CHARS}])[{_CN_CHARS}]+"
_CUE = r"满|连续|累计|超过|不少于|不低于|不满"
_DURATION = re.compile(
    rf"(?P<cue>{_CUE})?"
    rf"(?:(?P<half>半)(?P<unit0>年)"
    rf"|(?P<num>{_NUM})\s*(?:(?P<unit>个月|月|周年|年|天|日|周(?!岁))(?P<andhalf>半)?)"
    rf"|(?P<num2>{_NUM})\s*个\s*(?P<unit2>月))"
    rf"(?:以上|及以上|\(含\)|（含）)?"
)

#: days in a month, as the tool reads a duration in days or weeks: at most 31, so N days exceed a
#: cap of M months only when N > 31 × M (365天 is 12 months, over a 6-month cap; 180天 and 186天 are
#: 6, within it).  Lenient on purpose: a finding must hold whatever months the period spans.
DAYS_PER_MONTH = 31


def duration(text: str) -> tuple[int, int, int] | None:
    """The first duration in ``text`` as (months, start, end), or ``None``.

    The text is read folded (:mod:`policy_lint.normalise`: no invisible characters, look-alike
    ideographs and traditional forms read as the vocabulary's); the offsets are in ``text`` as
    written.  Years (年, 周年), months (个月, 月), days (天; 日 only after 满, 连续, …) and weeks (周) are
    read; days and weeks become whole months rounding up at 31 days a month (:data:`DAYS_PER_MONTH`).

    >>> duration("持有满一年以上")
    (12, 2, 7)
    >>> duration("持有满365天")[0], duration("满一周年")[0], duration("满壹年")[0], duration("52周")[0]
    (12, 12, 12, 12)
    """
    folded = fold(text)
    plain = ascii_digits(folded.text)
    for match in _DURATION.finditer(plain):
        if _is_year(plain, match):
            continue
        months = _months(match)
        if months is not None:
            start, end = folded.span(match.start(), match.end())
            return months, start, end
    return None


#: a phrase that announces a duration: 满 with something after it (not 满足, 满意, 合同期满, 期满后), 不少于 …
_EXPECTS = re.compile(r"满(?!足|意|员|额|分|后|时|前|的|[，。；、,;\s]|$)|不少于|不低于|不短于|不满|超过|累计")


def unreadable_duration(text: str) -> tuple[int, int] | None:
    """Where ``text`` announces a duration the reader cannot read (持有满壹佰年 is read; 满若干年,
    满abc, 满一定年限 are not), as offsets in ``text``; ``None`` when it reads one or announces none.

    A value such as 持有有效居住证 announces no duration and is not unreadable.
    """
    if duration(text) is not None:
        return None
    folded = fold(text)
    found = _EXPECTS.search(folded.text)
    if found is None:
        return None
    end = min(len(folded.text), found.end() + 6)
    return folded.span(found.start(), max(end, found.end()))


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
    if unit == "日":  # "1日" of 9月1日
        return bool(re.search(r"月\s*$", text[: match.start()]))
    return False


def _months(match: re.Match[str]) -> int | None:
    if match.group("half"):
        return 6
    raw = match.group("num") or match.group("num2")
    unit = match.group("unit") or match.group("unit2")
    if raw is None or unit is None:
        return None
    if unit == "日" and not match.group("cue"):
        return None  # a bare 15日 is a day of the month; 满15日 is a duration
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", raw):
        if len(raw.replace(".", "")) > MAX_DIGITS:
            return None
        number = Fraction(raw)  # exact: 1.5年 is 18 months, however many digits come before the point
    else:
        value = chinese_number(raw)
        if value is None:
            return None
        number = Fraction(value)
    half = Fraction(1, 2) if match.group("andhalf") else 0
    if unit in ("年", "周年"):
        months = (number + half) * 12
    elif unit in ("天", "日", "周"):
        if half:
            return None
        days = number * (7 if unit == "周" else 1)
        return math.ceil(days / DAYS_PER_MONTH)
    else:
        if half:
            return None
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
    plain = ascii_digits(fold_text(text)).strip()
    found = _date_at(plain, 0, year, None)
    if found and found[1] == len(plain):
        return found[0]
    return None


def date_range(text: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """A date or a range of dates filling the whole of ``text``.

    ``7月1日至10日`` and ``2021.7.1-7.10`` take the missing year and month of
    the end from the start.  A single date is a one-day range.
    """
    plain = ascii_digits(fold_text(text)).strip()
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
    plain = ascii_digits(fold_text(text)).strip().replace(",", "")
    plain = re.sub(r"\s*(人|个|名|位|个学位)$", "", plain)
    if re.fullmatch(r"[0-9]+", plain):
        return _whole(plain)
    return chinese_number(plain) if plain else None
