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
from . import lazy_re

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


# 一年级 (first grade) and 二〇二一年度 are no years of residence: 年 before 级 or 度 is not a unit.
# A number starts where its run of digits starts (the lookbehinds): without them, a long run of
# digits that is not a duration was tried from every position in it, which is quadratic.
_NUM = rf"(?<![0-9.])[0-9]+(?:\.[0-9]+)?|(?<![{_CN_CHARS}])[{_CN_CHARS}]+"
#: a number as the duration reader reads it (digits, or Chinese numerals): for the readers that read a length
NUMBER = _NUM
_CUE = r"满|连续|累计|超过|不少于|不低于|不满"
_DURATION = lazy_re.compile(
    rf"(?P<cue>{_CUE})?"
    rf"(?:(?P<half>半)(?P<unit0>年)"
    rf"|(?P<num>{_NUM})\s*(?:(?P<unit>个月|月|周年|年(?!级|度)|天|日|周(?!岁))(?P<andhalf>半)?)"
    rf"|(?P<num2>{_NUM})\s*个\s*(?P<unit2>月))"
    rf"(?:以上|及以上|\(含\)|（含）)?"
)

#: days in a month, as the tool reads a duration in days or weeks: at most 31, so N days exceed a
#: cap of M months only when N > 31 × M (365天 is 12 months, over a 6-month cap; 180天 and 186天 are
#: 6, within it).  Lenient on purpose: a finding must hold whatever months the period spans.
DAYS_PER_MONTH = 31


def duration(text: str) -> tuple[int, int, int] | None:
    """The duration ``text`` requires as (months, start, end), or ``None``.

    The text is read folded (:mod:`policy_lint.normalise`: no invisible characters, look-alike
    ideographs and traditional forms read as the vocabulary's); the offsets are in ``text`` as
    written.  Years (年, 周年), months (个月, 月), days (天; 日 only after 满, 连续, …) and weeks (周) are
    read; days and weeks count 31 days a month (:data:`DAYS_PER_MONTH`), and the total is rounded
    up to whole months.

    - Parts joined by 零, 又, 加 or + (一年零六个月, 六个月零一年, 6个月又1天), or written back to back
      from the larger unit to the smaller (1年6个月, 0年12个月), are one duration: their sum.
    - Several durations in separate clauses (满六个月以上，其中在本县满一年): the longest is the
      requirement -- the strictest reading, since a family must meet them all.
    - A length with a limit counted in it (3年内只能安排1名, 6年内未安排, 三年内不得再次申请) says how often
      something may happen, not how long: not read.
    - A multiplication (2个6个月, 6个月×2, 两个半年) or a unit repeated back to back (6个月6个月,
      半年半年) is not read: ``None`` here, and :func:`unreadable_duration` says where.

    >>> duration("持有满一年以上")
    (12, 2, 7)
    >>> duration("持有满365天")[0], duration("满一周年")[0], duration("满壹年")[0], duration("52周")[0]
    (12, 12, 12, 12)
    >>> duration("一年零六个月")[0], duration("满六个月，累计满一年")[0]
    (18, 12)
    >>> duration("一年内参加本市职工社会保险满6个月")[0], duration("202 年6月30日前连续缴纳满6个月")[0]
    (6, 6)
    >>> duration("学区内每套住房3年内只能安排1名适龄儿童入学"), duration("报名房产6年内未安排有就读对象")
    (None, None)
    """
    read = _read(text)
    if read.bad is not None:
        return None
    return read.best


#: after a length, what makes it the window another length is counted in: 一年内参加社保满6个月
_WINDOW = re.compile(r"\s*(?:之内|以内|内)")
#: a window with a limit counted in it (每套住房3年内只能安排1名适龄儿童入学, 一套房产六年内只提供一个学位, 报名房产6年内未安排有
#: 就读对象, 三年内不得再次申请): how often something may happen, never a length a family must have lived or worked
_LIMITED = re.compile(r"\s*(?:之内|以内|内)\s*(?:只能|只可|只|仅能|仅可|仅|限|未|不得|不能|不可|不再|不予|最多|至多)")
#: after a length, words saying it varies (6个月至3年不等): an example of what places ask, no requirement
_VARYING = re.compile(r"\s*(?:不等|不一|各异)")
#: between the two ends of a range of lengths (6个月至3年不等)
_RANGE_TO = re.compile(r"\s*(?:至|到|-|—|－|~|～)\s*")
#: what joins two parts of one duration: 一年零六个月, 六个月又一天, 六个月加六个月, 6个月+6个月
_JOIN = lazy_re.compile(r"\s*(?:零|又|加|\+|＋)\s*")
#: a count of durations before one (2个6个月, 两个半年) or a multiplier before or after it (×2, 乘以2)
_TIMES_BEFORE = lazy_re.compile(rf"(?:(?:{_NUM})\s*个|[×xX*＊]|乘以?)\s*$")
_TIMES_AFTER = lazy_re.compile(rf"\s*(?:[×xX*＊]|乘以?)\s*(?:{_NUM})")
#: a start or a deadline where a length is expected: 自2020年1月1日起持有, 2020年9月1日前办理
_DATED = lazy_re.compile(
    r"(?:(?:自|从)\s*)?(?P<date>\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"
    r"|\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"  # 21年9月: 2021年9月 shortened
    r"|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*(?:起|以来|之前|以前|前|之后|以后|后)")
_STARTS = lazy_re.compile(r"(?:自|从)\s*\d{4}")


class _Reading:
    __slots__ = ("best", "bad")

    def __init__(self, best, bad):
        self.best = best  # (months, start, end) of the longest duration, offsets in the text as written
        self.bad = bad  # (start, end) of a duration that cannot be read (a multiplication, a repeated unit)


def _rank(match: re.Match[str]) -> int:
    unit = match.group("unit0") or match.group("unit") or match.group("unit2")
    return {"年": 4, "周年": 4, "个月": 3, "月": 3, "周": 2, "天": 1, "日": 1}[unit]


def _read(text: str) -> _Reading:
    folded = fold(text)
    plain = ascii_digits(folded.text)
    groups: list[list] = []  # [total (Fraction of months), start, end, rank of the last part]
    bad = None
    for match in _DURATION.finditer(plain):
        if _is_year(plain, match):
            continue
        lead = 0
        raw = match.group("num")
        if raw and raw[0] in "零〇" and len(raw) > 1 and not match.group("cue"):
            lead = 1  # 一年零六个月: the 零 joins, it is not part of the number
        previous = groups[-1] if groups else None
        gap = plain[previous[2]:match.start() + lead] if previous is not None else None
        joined = previous is not None and (
            (lead and not gap[:-1].strip()) or bool(_JOIN.fullmatch(gap)))
        amount = _amount(match, lead, joined)
        if amount is None:
            continue
        back_to_back = previous is not None and not joined and not gap.strip()
        if (_TIMES_BEFORE.search(plain, max(0, match.start() - 16), match.start())
                or _TIMES_AFTER.match(plain, match.end())
                or (back_to_back and _rank(match) >= previous[3])):
            if bad is None:
                start = previous[1] if back_to_back else match.start()
                bad = folded.span(start, match.end())
            continue
        if joined or back_to_back:
            previous[0] += amount
            previous[2] = match.end()
            previous[3] = _rank(match)
        else:
            groups.append([amount, match.start(), match.end(), _rank(match)])
    # 一年内…满6个月: a length "within" which another is counted is a window, not the requirement
    groups = [g for g in groups if not _LIMITED.match(plain, g[2])]
    # 通常为6个月至3年不等: lengths that vary from place to place, examples of what is asked, none asked
    varying = [g for g in groups if _VARYING.match(plain, g[2])]
    for g in varying:
        groups = [h for h in groups if h is not g and not (h[2] <= g[1] and _RANGE_TO.fullmatch(plain, h[2], g[1]))]
    windows = [g for g in groups if _WINDOW.match(plain, g[2])]
    if windows and len(windows) < len(groups):
        groups = [g for g in groups if g not in windows]
    best = None
    for total, start, end, _ in groups:
        months = math.ceil(total)
        if best is None or months > best[0]:
            best = (months, *folded.span(start, end))
    return _Reading(best, bad)


#: a start "before a date … to this day" (2021年9月前至今有效, 2019年8月31日前注册并依法纳税且连续至今): worked since then
_SINCE = lazy_re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?\s*(?:之|以)?前"
    r"[^，,；;。]{0,16}?至今")


def tenure_since(text: str, year: int | None) -> tuple[int, int, int] | None:
    """The months from a start dated in ``text`` (``2021年9月前…至今``) to the intake of ``year`` (its 9月1日),
    as (months, start, end) with the offsets of the date: the time worked the start date asks for.  None
    without a year, or when no such start is written or it lies after the intake.  Counting to 9月1日 is the
    tool's reading (the usual start of the school year), in whole months rounded down (the least it asks).

    >>> tenure_since("签订劳动合同（2021年9月前至今有效）", 2022)[0]
    12
    >>> tenure_since("2019年8月31日前注册并依法纳税且连续至今", 2020)[0], tenure_since("2021年9月前至今", None)
    (12, None)
    """
    if year is None:
        return None
    folded = fold(text)
    plain = ascii_digits(folded.text)
    found = _SINCE.search(plain)
    if found is None:
        return None
    y, m = int(found.group("y")), int(found.group("m"))
    day = int(found.group("d")) if found.group("d") else 1
    if not 1 <= m <= 12:
        return None
    # whole months from the start to the intake's 9月1日, rounded down: what the start asks at least
    months = (year - y) * 12 + (9 - m) - (1 if day > 1 else 0)
    if months <= 0:
        return None
    start, end = folded.span(found.start(), found.start("m") + len(found.group("m")) + 1)
    return months, start, end


#: a deadline for obtaining a paper, where a length is meant: 2018年4月30日前办理 (a permit issued before it),
#: 居住证…办理时间须在2023年12月31日前, 签发时间应于…前.  The verbs name getting the paper, its issue, its filing or
#: the first payment (办理 取得 签发 领取 注册 登记 备案 缴纳 参保); 签订 is left out (a contract's date is read by
#: the contract_term reader and tenure_since only with 至今).  A clause ending in 的 (2016年1月1日前办理的，按有效期限连续计算)
#: names whose papers a rule is about, not a deadline, and is not read.
_DEADLINE_VERBS = r"办理|取得|签发|领取|发证|注册|登记|备案|缴纳|参保|参加"
_DEADLINE = lazy_re.compile(
    rf"(?:(?:{_DEADLINE_VERBS})(?:时间|日期)?(?:须|需|应当?|必须|要)?(?:在|于|为)?\s*)"
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?\s*(?:[（(]含[^）)]{0,4}[)）])?\s*(?:之|以)?前"
    r"(?![^，,；;。]{0,12}的[，,])"
    rf"|(?P<y2>\d{{4}})\s*年\s*(?P<m2>\d{{1,2}})\s*月(?:\s*(?P<d2>\d{{1,2}})\s*[日号])?\s*(?:[（(]含[^）)]{{0,4}}[)）])?\s*(?:之|以)?前"
    rf"\s*(?:连续)?(?:{_DEADLINE_VERBS})(?![^，,；;。（(]{{0,12}}的)")


#: a deadline of the year before the intake written without its year: 须在12月31日前办理 (October to December come after
#: the intake's September, so they are the year before's), 报名前一年的12月31日前办理, 上一年度6月30日前取得
_PRIOR = r"(?:(?:入学|报名|招生)?(?:前一年|上一年|上年)(?:度)?(?:的)?\s*)"
_PRIOR_DEADLINE = lazy_re.compile(
    rf"(?<![\d年])(?:(?P<p>{_PRIOR})(?P<m>\d{{1,2}})|(?P<m1>1[0-2]))\s*月(?:\s*(?P<d>\d{{1,2}})\s*[日号])?"
    r"\s*(?:[（(]含[^）)]{0,4}[)）])?\s*(?:之|以)?前"
    r"(?![^，,；;。]{0,12}的[，,])")
_PRIOR_VERB = lazy_re.compile(rf"(?:{_DEADLINE_VERBS})(?:时间|日期)?(?:须|需|应当?|必须|要)?(?:在|于|为)?\s*$")
_PRIOR_VERB_AFTER = lazy_re.compile(rf"\s*(?:连续)?(?:{_DEADLINE_VERBS})")


def _prior_deadline(plain: str) -> tuple[int, int, int] | None:
    """A deadline of the year before the intake, without its year (须在12月31日前办理, 前一年的12月31日前办理): the
    months from it to the intake's 9月1日, rounded down, and its span in ``plain``; its verb must be beside it."""
    for match in _PRIOR_DEADLINE.finditer(plain):
        before = _PRIOR_VERB.search(plain, max(0, match.start() - 12), match.start())
        after = _PRIOR_VERB_AFTER.match(plain, match.end())
        if before is None and after is None:
            continue
        m = int(match.group("m") or match.group("m1"))
        if not 1 <= m <= 12:
            continue
        day = int(match.group("d")) if match.group("d") else 1
        months = (12 - m) + 9 - (1 if day > 1 else 0)
        start = before.start() if before is not None else match.start()
        end = after.end() if after is not None else match.end()
        return months, start, end
    return None


#: a start written as such: 自2020年1月1日起持有, 从2021年3月起连续缴纳 (held, paid since then)
_FROM = lazy_re.compile(
    r"(?:自|从)\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?\s*(?:起|以来|开始)")


def held_since(text: str, year: int | None) -> tuple[int, int, int] | None:
    """The months a paper must have been held at the intake of ``year`` (its 9月1日) when ``text`` dates its
    start: a start before a date to this day (:func:`tenure_since`), a start as such (``自2020年1月1日起持有``), or a
    deadline for obtaining it in an
    earlier year (``《居住证》（2018年4月30日前办理）`` for 2019: 16 months; ``办理时间须在2023年12月31日前`` for
    2024: 8), as (months, start, end) with the offsets of the deadline's words (its verb and its date, which
    read alone: 办理时间须在2023年12月31日前).  A deadline in the intake's own year
    (``签发时间应于2022年7月31日前`` for 2022) is the cut-off for applying (the paper held when one applies), no
    length; that reading, and counting to 9月1日, are the tool's (推定).

    >>> held_since("《居住证》（2018年4月30日前办理）", 2019)[0], held_since("签发时间应于2022年7月31日前", 2022)
    (16, None)
    >>> held_since("2016年1月1日前办理的，按有效期限连续计算", 2018)
    """
    found = tenure_since(text, year)
    if found is not None:
        return found
    folded = fold(text)
    plain = ascii_digits(folded.text)
    prior = _prior_deadline(plain)
    if prior is not None:
        return prior[0], *folded.span(prior[1], prior[2])
    if year is None:
        return None
    start_at = _FROM.search(plain)
    if start_at is not None:
        y, m = int(start_at.group("y")), int(start_at.group("m"))
        day = int(start_at.group("d")) if start_at.group("d") else 1
        months = (year - y) * 12 + (9 - m) - (1 if day > 1 else 0)
        if 1 <= m <= 12 and months > 0:
            start, end = folded.span(start_at.start(), start_at.end())
            return months, start, end
    for match in _DEADLINE.finditer(plain):
        key = "" if match.group("y") is not None else "2"
        y, m = int(match.group("y" + key)), int(match.group("m" + key))
        day = int(match.group("d" + key)) if match.group("d" + key) else 1
        if not 1 <= m <= 12 or y >= year:
            continue
        months = (year - y) * 12 + (9 - m) - (1 if day > 1 else 0)
        start, end = folded.span(match.start(), match.end())  # the verb and the date: words that read alone
        return months, start, end
    return None


#: a phrase that announces a duration: 满 with something after it (not 满足, 满意, 合同期满, 期满后), 不少于 …
_EXPECTS = lazy_re.compile(r"满(?!足|意|员|额|分|后|时|前|的|[，。；、,;\s]|$)|不少于|不低于|不短于|不满|超过|累计")


def unreadable_duration(text: str, dates: bool = True) -> tuple[int, int] | None:
    """Where ``text`` announces a duration the reader cannot read, as offsets in ``text``; ``None``
    when it reads one or announces none.

    Not read: 满若干年, 满abc, 满一定年限 (持有满壹佰年 is read); a multiplication (2个6个月, 6个月×2,
    两个半年) or a unit repeated back to back (6个月6个月, 半年半年); and, unless ``dates`` is false, a
    start or a deadline where a length is expected (自2020年1月1日起持有居住证, 2020年9月1日前办理居住证),
    which is a length counted from a date the tool does not know.  A value such as 持有有效居住证
    announces no duration and is not unreadable.
    """
    read = _read(text)
    if read.bad is not None:
        return read.bad
    if read.best is not None:
        return None
    folded = fold(text)
    plain = ascii_digits(folded.text)
    if dates:
        dated = _DATED.search(plain) or _STARTS.search(plain)
        if dated is not None:
            return folded.span(dated.start(), dated.end())
    found = _EXPECTS.search(folded.text)
    if found is None:
        return None
    end = min(len(folded.text), found.end() + 6)
    return folded.span(found.start(), max(end, found.end()))


def _is_year(text: str, match: re.Match[str]) -> bool:
    """The year or month of a date (``2020年9月1日前``, ``21年9月起``) is not a duration.

    A number before 年 is a date's year when it has four digits (1900 on), or two and a month follows (21年9月
    is how a county shortens 2021年9月); 月 is a date's month after such a year or before a day, and a year run
    into its month with 年 left out (``20234月``, ``202304月``) is a date.  Otherwise 年
    and 月 are a length: 满1年6月 is a year and six months."""
    number = match.group("num")
    unit = match.group("unit")
    if unit == "月" and number and not match.group("cue") and (
            _MONTH_OF_DATE_AFTER.match(text, match.end()) or _MONTH_OF_DATE_BEFORE.search(text[: match.start()])):
        return True  # 9月1日, 九月一日, 9月底, 每年9月: the month of a date, in digits or in words
    if unit == "年" and number in ("一", "1") and not match.group("cue") and _YEAR_BEFORE.search(text, 0, match.start()) \
            and _DATE_AFTER.match(text, match.end()):
        return True  # 报名前一年的12月31日, 上一年12月: the year before, named to date a day, no length
    if not number or _whole(number) is None:
        return False
    after = text[match.end():]
    if unit == "年":
        return _year_of_date(number, after)
    if unit == "月":  # "9月", not "9个月"
        if re.fullmatch(r"(?:19|20)\d{2}(?:0?[1-9]|1[0-2])", number):
            return True  # 20234月, 202304月: a year run into its month (年 left out), a date
        year = re.search(r"(?<![0-9])([0-9]{2}|[0-9]{4})\s*年\s*$", text[: match.start()])
        return bool(year and _year_of_date(year.group(1), text[year.end():]))
    if unit == "日":  # "1日" of 9月1日
        return bool(re.search(r"月\s*$", text[: match.start()]))
    return False


#: before 一年, the words that make it "the year before" (前一年, 上一年), and after it a month of that year: a date
_YEAR_BEFORE = re.compile(r"(?:前|上)\s*$")
_DATE_AFTER = re.compile(r"\s*(?:度)?(?:的)?\s*\d{1,2}\s*月")
#: after a month without 个, what makes it the month of a date: its day (9月1日, 9月满1日 -- the day a child turns
#: six), or a part of it (9月底, 9月初, 8月下旬, 9月份)
_MONTH_OF_DATE_AFTER = re.compile(r"\s*(?:满\s*)?(?:\d{1,2}|[一二三四五六七八九十廿]{1,3})\s*[日号]|\s*(?:底|初|末|份|上旬|中旬|下旬)")
#: before a month without 个, a year named by a word: 每年9月, 当年8月 (a month of the calendar, not a length)
_MONTH_OF_DATE_BEFORE = re.compile(r"(?:每年|当年|今年|次年|同年|本年|明年|上年|去年|翌年)\s*$")


def _year_of_date(number: str, after: str) -> bool:
    """Whether ``number`` (ASCII digits) 年, followed by ``after``, is the year of a date (see :func:`_is_year`)."""
    return int(number) >= 1900 or (len(number) == 2 and bool(re.match(r"\s*\d{1,2}\s*月", after))) \
        or bool(re.match(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]", after))  # 202 年6月30日: a date (its year mistyped)


def _amount(match: re.Match[str], lead: int, joined: bool) -> Fraction | None:
    """The months ``match`` stands for, exactly (days and weeks at :data:`DAYS_PER_MONTH`), or ``None``.

    ``lead``: characters of the number that are a joining 零; ``joined``: the part follows another
    (6个月又1日: 日 is then a length, as after 满)."""
    if match.group("half"):
        return Fraction(6)
    raw = match.group("num") or match.group("num2")
    unit = match.group("unit") or match.group("unit2")
    if raw is None or unit is None:
        return None
    raw = raw[lead:]
    if unit == "日" and not match.group("cue") and not joined:
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
        return days / DAYS_PER_MONTH
    else:
        if half:
            return None
        months = number
    if months.denominator != 1:
        return None
    return months


_DATE_PATTERNS = [
    # 2021年7月1日 / 7月1日 / 1日 (year and month may come from context)
    lazy_re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]"),
    # 2021-07-01, 2021.7.1, 2021/7/1
    lazy_re.compile(r"(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})"),
    # 7.10, 7-10, 7/10 (month and day)
    lazy_re.compile(r"(?P<m>\d{1,2})[./-](?P<d>\d{1,2})"),
]

_RANGE_SEP = lazy_re.compile(r"\s*(?:至|到|—+|–|－|-|~|～|〜)\s*")


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


_CN_YEAR = lazy_re.compile(r"([〇○零一二三四五六七八九]{4})(?=\s*年)")
_CN_MONTH_DAY = lazy_re.compile(r"(?<![〇○零一二三四五六七八九十])([一二三四五六七八九十廿两]{1,3})(?=\s*[月日号])")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}


def cn_date_digits(text: str) -> str:
    """``text`` with the Chinese numerals of its dates as digits (二〇二四年七月一日 → 2024年7月1日); the
    length changes, so this is for reading a date's value, never for positions."""
    text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)), text)
    return _CN_MONTH_DAY.sub(lambda m: str(chinese_number(m.group(1)) or m.group(1)), text)


def date_range(text: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """A date or a range of dates filling the whole of ``text``.

    ``7月1日至10日`` and ``2021.7.1-7.10`` take the missing year and month of
    the end from the start.  A single date is a one-day range.  Dates in Chinese numerals
    (二〇二四年七月一日至十日) read as the same dates in digits.
    """
    plain = cn_date_digits(ascii_digits(fold_text(text)).strip())
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
