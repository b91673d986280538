"""The year of a document from its sentences, when no title, 文号 or signing date gives it.

Real rules are often copied without their title (a web page's excerpt): the year is then only in the
body.  Four readers, each of one sentence, each giving the year with the words it was read from:

- :func:`intake`: a year the text gives its intake (``2022年招收的小学一年级新生``, ``2025年义务教育阶段新生``,
  ``2024年秋季``, ``2024届小学毕业生``, ``2023学位紧张学校``); a year inside 《…》, or in a clause that cites
  (根据2022年全市招生工作会议精神), is another document's;
- :func:`reference`: the day conditions are measured at (``截至2023年8月31日``);
- :func:`cutoff`: the birth-date cutoff of an age condition, plus the age (``年满6周岁（2016年8月31日前出生）``
  → 2022): the tool's own inference, so its reading carries a note saying from what it was read; the
  age is the one written next to the date, else the grade the sentence names (小学一年级 → 6, 初中 → 12),
  else nothing;
- :func:`effective`: the day the document takes effect (``于2025年3月1日起实施``).

:func:`is_bound` tells a date that bounds a condition (``2019年8月31日前办理``, ``2019年1月1日之后落户``) from
an enrolment date, and :func:`deadlines` reads the deadlines of conditions (``2024年4月30日前持有``), the
latest of which is the last resort.  Vocabulary: ``places.toml``'s ``[year]``; corpus: ``tests/readers/year.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class YearRead:
    """A year read from ``text[start:end]`` of a sentence; ``note`` says how, when it is the tool's inference."""

    year: int
    start: int
    end: int
    how: str  # 招生年度 | 截至日期 | 出生日期 | 施行日期
    note: str = ""


@lru_cache(maxsize=1)
def _whole_vocab() -> dict:
    text = resources.files("policy_lint").joinpath("places.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _vocab() -> dict:
    return _whole_vocab()["year"]


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DATE = r"(?P<date>(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号])"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v = _vocab()
    return {
        "intake": re.compile(rf"(?<!\d)(?P<year>20\d{{2}})(?!\d)\s*(?:年度|年)?\s*(?:{_alt(v['between'])})?\s*"
                             rf"(?:{_alt(v['intake'])})"
                             # the place, then what it does of its intake (2015年集美区采取积分入学…)
                             rf"|(?<!\d)(?P<placed>20\d{{2}})\s*年\s*[\u4e00-\u9fff]{{1,6}}?(?:省|市|区|县|旗)"
                             rf"[^，,。；;《》（）()\d]{{0,{v['placed_gap']}}}?(?:{_alt(v['intake'])})"
                             # where the children are to enrol that year (2017年选择在石家庄入学, 2023年在我区就读)
                             rf"|(?<!\d)(?P<where>20\d{{2}})\s*年\s*[\u4e00-\u9fff]{{0,4}}?在[\u4e00-\u9fff]{{1,6}}?"
                             rf"(?:{_alt(v['enrol_in'])})"
                             # a sentence opening on its year, then its intake (2017年，进城务工人员为其子女办理入学申请)
                             rf"|(?:^|(?<=[。；;：:\s]))(?P<opening>20\d{{2}})\s*年\s*[，,][^。；;，,]{{0,{v['opening_gap']}}}?"
                             rf"(?:{_alt([*v['intake'], *v['enrol_in']])})"),
        "reference": re.compile(rf"(?:{_alt(v['reference'])})\s*(?P<year>20\d{{2}})\s*年"),
        "cutoff": re.compile(rf"{_DATE}\s*(?:[（(〔][^）)〕]{{0,3}}[）)〕])?\s*(?:(?P<cut>{_alt(v['cutoff'])})|(?=出生))"),
        # the end of a birth window (2014年9月1 —2015年8月31之间出生): a cutoff, its 日 often left out
        "window": re.compile(rf"(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]?\s*(?:{_alt(v['window_to'])})\s*"
                             r"(?P<date>(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]?)"
                             r"\s*(?:之间|期间)?\s*(?P<cut>)(?=出生)"),
        "age": re.compile(rf"(?:年满|满|达到)\s*(?P<age>{_alt(v['ages'])})\s*周(?:岁|歲)"),
        "first": re.compile(_alt(v["first_grade"])),
        "junior": re.compile(_alt(v["junior_grade"])),
        "effective": re.compile(rf"{_DATE}\s*(?:{_alt(v['effective'])})"),
        "deadline": re.compile(rf"{_DATE}\s*(?:[（(〔][^）)〕]{{0,8}}[）)〕])?\s*(?:{_alt(v['deadline'])})"),
        # how long a condition must have lasted: 1年6个月及以上, 满一年, 半年以上, 6个月以上
        "lasting": re.compile(r"(?:(?P<years>\d{1,2}|[一两二三四五六七八九十])\s*年(?P<half>半)?"
                              r"(?:\s*(?P<months>\d{1,2}|[一两二三四五六七八九十])\s*个月)?"
                              r"|(?P<only>\d{1,2}|[一两二三四五六七八九十])\s*个月|(?P<halfyear>半年))"
                              rf"\s*(?:{_alt(v['lasting_after'])})"),
        "bound": re.compile(rf"^\s*(?:[（(〔][^）)〕]{{0,3}}[）)〕])?\s*(?:{_alt(v['bounds'])})"),
        "enrolment": re.compile(_alt(v["enrolment"])),
        "cites": re.compile(_alt(v["cites"])),
        "titled_year": re.compile(r"《(?P<title>[^《》]{0,40}?(?<!\d)(?P<year>20\d{2})(?!\d)\s*年[^《》]{0,40})》"),
    }


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a 《…》 (another document's title)."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def _cited(text: str, at: int) -> bool:
    """Whether the clause before ``at`` cites something else (根据2022年全市招生工作会议精神)."""
    left = max(text.rfind(mark, 0, at) for mark in "。；;！？，,") + 1
    return bool(_patterns()["cites"].search(text, left, at))


def _unpublished(text: str, at: int) -> bool:
    """Whether the clause from ``at`` says that year's rules are not out yet (2023年……暂未公布，2022年……参考)."""
    clause = re.split(r"[，,。；;]", text[at:], maxsplit=1)[0]
    return any(w in clause for w in _vocab()["unpublished"])


def intake(text: str) -> list[YearRead]:
    out = []
    for match in _patterns()["intake"].finditer(text):
        group = next(g for g in ("year", "placed", "where", "opening") if match.group(g))
        if not _in_brackets(text, match.start()) and not _cited(text, match.start()) and \
                not _unpublished(text, match.start()):
            out.append(YearRead(int(match.group(group)), match.start(group), match.end(group), "招生年度"))
    return out


def cited_intake(text: str) -> list[YearRead]:
    """The intake year of the year's enrolment rules the text applies: in their title (``根据《西安市2015年义务教育
    阶段入学工作》规定``; a year anywhere in the title of an admission text, ``《西平县教育局2020年幼儿园和义务教育阶段
    学校招生工作的意见》``, ``《2020年津南区居住证持有人随迁子女工作方案》``) or named without one (``根据2019年招生
    办法``): the tool's inference (a text applying that year's rules is that year's), the last resort."""
    out: list[YearRead] = []
    taken: set[int] = set()
    for match in _patterns()["intake"].finditer(text):
        group = next(g for g in ("year", "placed", "where", "opening") if match.group(g))
        if _in_brackets(text, match.start()):
            left = text.rfind("《", 0, match.start())
            right = text.find("》", match.end())
            title = text[left:right + 1] if right >= 0 else text[left:]
            out.append(YearRead(int(match.group(group)), match.start(group), match.end(group), "引用文件",
                                f"由所依据的招生文件推定：{title}为{match.group(group)}年的招生规定"))
        elif _cited(text, match.start()):  # 根据2019年招生办法: the year's rules named without their title
            clause = text[max(text.rfind(m, 0, match.start()) for m in "。；;！？，,") + 1:match.end()]
            out.append(YearRead(int(match.group(group)), match.start(group), match.end(group), "引用文件",
                                f"由所依据的招生文件推定：「{clause.strip()}」为{match.group(group)}年的招生规定"))
        taken.add(match.start(group))
    for match in _patterns()["titled_year"].finditer(text):
        # a year anywhere in the title of an admission text (its topic word and its end word, as a title's)
        title = match.group("title")
        if match.start("year") in taken or _cites_law(title) or not _admission_title(title):
            continue
        out.append(YearRead(int(match.group("year")), match.start("year"), match.end("year"), "引用文件",
                            f"由所依据的招生文件推定：《{title}》为{match.group('year')}年的招生规定"))
    return sorted(out, key=lambda r: r.start)


def _admission_title(title: str) -> bool:
    """Whether a title in 《》 is that of an admission text: a topic word and a title's end word (places.toml)."""
    whole = _whole_vocab()
    bare = re.sub(r"(?:[（(][^）)]*[)）])+\s*$", "", title.strip())
    return any(w in bare for w in whole["title_topics"]) and bare.endswith(tuple(whole["title_ends"]))


def _cites_law(title: str) -> bool:
    """A law, regulation or decree (条例, 法, 令): not the year's enrolment rules."""
    return bool(re.search(r"(?:条例|法|令)$", title))


def reference(text: str) -> list[YearRead]:
    return [YearRead(int(m.group("year")), m.start("year"), m.end("year"), "截至日期")
            for m in _patterns()["reference"].finditer(text) if not _in_brackets(text, m.start())]


def effective(text: str) -> list[YearRead]:
    return [YearRead(int(m.group("year")), m.start("year"), m.end("year"), "施行日期")
            for m in _patterns()["effective"].finditer(text) if not _in_brackets(text, m.start())]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (between 。；;！？)."""
    left = max(text.rfind(mark, 0, start) for mark in "。；;！？") + 1
    ends = [i for i in (text.find(mark, end) for mark in "。；;！？") if i >= 0]
    return left, min(ends) if ends else len(text)


_BRACKETED = re.compile(r"^\s*[（(〔][^）)〕]{0,12}[）)〕]")


def _born_after(text: str, end: int) -> bool:
    """Whether 出生 follows a date ending at ``end`` within a few characters, a bracket after the date skipped
    (``2017年8月31日以前（含8月31日）出生``): a birth date, not a deadline."""
    rest = text[end:end + 24]
    rest = _BRACKETED.sub("", rest, count=1)
    return "出生" in rest[:8]


def cutoff(text: str) -> list[YearRead]:
    """The intake year a birth-date cutoff gives: the cutoff's year plus the age it is for."""
    p = _patterns()
    ages = _vocab()["ages"]
    out = []
    windows = list(p["window"].finditer(text))
    ends = {m.start("date") for m in windows}
    matches = [m for m in p["cutoff"].finditer(text) if m.start("date") not in ends] + windows
    for match in sorted(matches, key=lambda m: m.start()):
        after = "出生" if _born_after(text, match.end()) else ""
        left, right = _clause(text, match.start(), match.end())
        written = [(m, ages[m.group("age")]) for m in p["age"].finditer(text, left, right)]
        just_before = [a for m, a in written if 0 <= match.start() - m.end() <= 4]
        if "出生" not in after and not just_before:
            continue  # a date that is not a birth date (…前办理)
        near = sorted(written, key=lambda w: min(abs(w[0].end() - match.start()), abs(w[0].start() - match.end())))
        if near and (len(near) == 1 or near[0][1] == near[1][1] or
                     abs(near[0][0].end() - match.start()) + 6 < abs(near[1][0].end() - match.start())):
            age = near[0][1]
        else:  # the grade the sentence names nearest the date (小学一年级招收…, 初中一年级招收…)
            junior = [m.span() for m in p["junior"].finditer(text, left, right)]
            grades = sorted((min(abs(m.end() - match.start()), abs(m.start() - match.end())), age)
                            for key, age in (("first", 6), ("junior", 12)) for m in p[key].finditer(text, left, right)
                            if age == 12 or not any(s < m.end() and m.start() < e for s, e in junior))  # 初中一年级
            if not grades or (len(grades) > 1 and grades[0][0] == grades[1][0] and grades[0][1] != grades[1][1]):
                continue  # no grade, or two as near: the text does not say which
            age = grades[0][1]
        year = int(match.group("year")) + age
        born = f"{match.group('year')}年{match.group('month')}月{match.group('day')}日{match.group('cut') or ''}"
        if match.re is p["window"]:  # a birth window: said as written
            born = re.sub(r"\s+", "", match.group(0))
        note = f"由年龄条件推定：{born}出生、年满{age}周岁，即{year}年入学"
        out.append(YearRead(year, match.start("year"), match.end("date"), "出生日期", note))
    return out


def deadlines(text: str) -> list[YearRead]:
    """The deadlines of conditions (``2024年4月30日前持有…``, not birth dates): the latest is the year of the intake
    at the latest, and is read as it when nothing else gives the year (the tool's inference, noted)."""
    out = []
    for match in _patterns()["deadline"].finditer(text):
        if _born_after(text, match.end()) or _in_brackets(text, match.start()):
            continue
        year = int(match.group("year"))
        note = f"由条件的截止日期推定：{match.group(0)}（文中条件截止日期最晚的一年）"
        lasting = _lasting(text, match)
        if lasting is not None:  # 居住1年6个月及以上的居住证（签发时间为2021年3月1日前）: that long after the deadline
            months, words = lasting
            total = int(match.group("month")) - 1 + months
            year += total // 12
            year += 1 if total % 12 + 1 > 9 else 0  # past September: the next year's intake
            note = (f"由条件的截止日期推定：{match.group(0)}签发或办理、须满{words}，即{year}年入学"
                    f"（文中条件截止日期最晚的一年）")
        out.append(YearRead(year, match.start("year"), match.end("date"), "条件日期", note))
    return out


_CN_NUMBER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _CN_NUMBER.get(text, 0)


def _lasting(text: str, match: re.Match) -> tuple[int, str] | None:
    """The length a condition must have lasted (居住1年6个月及以上, 满一年), in months, when the deadline is the day its
    paper was issued or signed (签发时间为…前, 签订时间, 办理): the nearest length before the deadline in its clause."""
    v = _vocab()
    if not re.search(_alt(v["issued"]), text[max(0, match.start() - 8):match.start()]):
        return None
    left, _ = _clause(text, match.start(), match.end())
    lengths = list(_patterns()["lasting"].finditer(text, left, match.start()))
    if not lengths:
        return None
    length = lengths[-1]
    months = 12 * _number(length.group("years") or "") + _number(length.group("months") or "") + \
        _number(length.group("only") or "") + (6 if length.group("half") or length.group("halfyear") else 0)
    return (months, length.group(0).rstrip("及以上（含）()")) if months else None


def is_bound(rest: str) -> bool:
    """Whether the words after a date (``rest``) make it a bound of a condition (…前办理, …之后落户, …止)."""
    return bool(_patterns()["bound"].match(rest))


def names_enrolment(text: str) -> bool:
    """Whether a line speaks of enrolment (报名, 填报, 摸底 …), so that its dates are the enrolment's."""
    return bool(_patterns()["enrolment"].search(text))
