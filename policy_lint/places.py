"""Place and year: which county, city and province a document is from, and which enrolment year.

Two parts:

- :class:`Divisions`, the table of China's administrative divisions (``divisions.tsv``, built by
  ``scripts/build_divisions.py`` from the GB/T 2260 revisions and a current list; see that script for
  the sources and their licences): every province, prefecture-level and county-level unit with its
  GB/T 2260 code, and every name a code bore with the years it held.  A code holds its parents'
  codes (140525 泽州县 → 1405 晋城市 → 14 山西省), so a county's city and province are read off it.
- :func:`read`, which reads a document's place and year from where documents state them: the title
  (``泽州县2021年……实施细则（征求意见稿）``), the issuing office at the head or in the signature
  (``太原市小店区教育局``), the prefix of its own 文号 (``泽教字〔2021〕22号``: the 泽 of 泽州县, read only
  when the city is known and 泽 names one county in it), and for the year the title, the 文号, the
  signing date and the enrolment dates.  Its vocabulary is data (``places.toml``) and its corpus of
  real titles, offices and signatures is ``tests/data/places_corpus.toml``.
- When the head names no place, the body (:func:`body_mentions`, :func:`_from_body`: the county most
  named, not in a list of units nor as where children come from; corpus ``tests/readers/place.toml``),
  and development zones and new areas (``zones.tsv``, built by ``scripts/build_zones.py``: 南宁经开区 is
  the county, 南宁市 its city); when the head gives no year, the body's sentences (:mod:`.intake_year`).

Nothing is guessed: a name two units share (城区) is resolved only by a city or province the document
also names, and otherwise reported as a doubt with what to write; two units the body names as often are
neither taken.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from . import intake_year, lazy_re

# --- the table ------------------------------------------------------------------------------


#: the first year rules on migrant workers' children's schooling were written (国发〔2001〕21号's 两为主): a name no
#: unit bore since cannot be the place of an undated admission text (北区校 in a Hong Kong paper is no 1980s 北区)
_EARLIEST = 2001


@dataclass(frozen=True)
class Unit:
    """One name a GB/T 2260 code bore: 140481 潞城市 1995–2018, now 140406 (潞城区)."""

    code: str
    name: str
    since: int | None
    until: int | None  # None: the name is current
    now: tuple[str, ...] = ()

    @property
    def level(self) -> str:
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "city"
        return "county"

    def held_in(self, year: int | None) -> bool:
        """Whether a document of ``year`` may name it (a year's grace either side of a change)."""
        if year is None:
            return self.until is None
        return (self.since is None or self.since - 1 <= year) and (self.until is None or year <= self.until + 1)


class Divisions:
    """The divisions table: look-ups by name and by code."""

    def __init__(self, text: str):
        self.by_name: dict[str, list[Unit]] = {}
        self.by_code: dict[str, list[Unit]] = {}
        rows = [line for line in text.splitlines() if line and not line.startswith("#")]
        for line in rows[1:]:
            code, name, since, until, now = line.split("\t")
            unit = Unit(code, name, int(since) if since else None, int(until) if until else None,
                        tuple(c for c in now.split(",") if c))
            self.by_name.setdefault(name, []).append(unit)
            self.by_code.setdefault(code, []).append(unit)
        self.longest = max(len(n) for n in self.by_name)
        self._prefixes: dict[str, dict[str, list[int]]] = {}
        #: names written without their kind (太原 for 太原市, 湖南 for 湖南省, 常熟 for 常熟市), two characters or more
        self.by_stem: dict[str, list[Unit]] = {}
        for name, units in self.by_name.items():
            short = stem(name)
            if len(short) >= 2 and short != name and short not in self.by_name:
                self.by_stem.setdefault(short, []).extend(units)

    def stemmed(self, short: str, year: int | None = None) -> list[Unit]:
        """The units a document means by a name written without its kind (太原迎泽区: 太原); of a short name
        that two levels share (南昌: 南昌市 and 南昌县), the higher one (a county is written in full)."""
        units = self.by_stem.get(short, [])
        held = [u for u in units if u.held_in(year)]
        held = held or ([u for u in units if u.until is not None and u.until >= _EARLIEST] if year is None else [])
        for level in ("province", "city", "county"):
            top = [u for u in held if u.level == level]
            if top:
                return top
        return []

    def named(self, name: str, year: int | None = None) -> list[Unit]:
        """The units a document of ``year`` means by ``name`` (current ones when the year is unknown;
        former ones only when no current unit bears the name)."""
        units = self.by_name.get(name, [])
        held = [u for u in units if u.held_in(year)]
        if not held and year is None:
            held = [u for u in units if u.until is not None and u.until >= _EARLIEST]
        return held

    def at(self, code: str, year: int | None = None) -> Unit | None:
        """The name ``code`` bore in ``year`` (the current one, else the latest, when not recorded then)."""
        units = self.by_code.get(code, [])
        if not units:
            return None
        if year is not None:
            for unit in units:
                if unit.held_in(year) and (unit.since is None or unit.since <= year) and \
                        (unit.until is None or year <= unit.until):
                    return unit
        current = [u for u in units if u.until is None]
        return current[0] if current else max(units, key=lambda u: u.until or 0)

    def parents(self, unit: Unit, year: int | None = None) -> tuple[Unit | None, Unit | None]:
        """(province, city) of ``unit``; the city is None for a unit the province governs directly."""
        province = self.at(unit.code[:2] + "0000", year if unit.until is not None else None)
        city = None
        if unit.level == "county":
            city = self.at(unit.code[:4] + "00", year if unit.until is not None else None)
        elif unit.level == "city":
            city = unit
        return province, city

    def prefixes(self, level: str) -> dict[str, list[int]]:
        """First two characters → the lengths (longest first) of the full names of three characters or more at
        ``level``: what a scan of a whole text looks up at each position."""
        if level not in self._prefixes:
            index: dict[str, set[int]] = {}
            for name, units in self.by_name.items():
                if len(name) >= 3 and any(u.level == level for u in units):
                    index.setdefault(name[:2], set()).add(len(name))
            self._prefixes[level] = {k: sorted(v, reverse=True) for k, v in index.items()}
        return self._prefixes[level]

    def provinces(self) -> list[Unit]:
        return [u for units in self.by_code.values() for u in units if u.level == "province" and u.until is None]

    def counties_in(self, city_code: str, year: int | None = None) -> list[Unit]:
        return [u for code, units in self.by_code.items() if code[:4] == city_code[:4] and not code.endswith("00")
                for u in units if u.held_in(year)]

    def cities_in(self, province_code: str, year: int | None = None) -> list[Unit]:
        return [u for code, units in self.by_code.items() if code[:2] == province_code[:2] and code.endswith("00")
                and not code.endswith("0000") for u in units if u.held_in(year)]


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    return Divisions(resources.files("policy_lint").joinpath("divisions.tsv").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return tomllib.loads(resources.files("policy_lint").joinpath("places.toml").read_text(encoding="utf-8"))


_KIND = lazy_re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|林区|特区|地区|县|区|市|旗|盟|省)$")
_PEOPLES = lazy_re.compile(r"(?:壮族|回族|维吾尔)$")


def stem(name: str) -> str:
    """A unit's name without its kind: 泽州县 → 泽州, 广西壮族自治区 → 广西 (an autonomous county's peoples are kept)."""
    return _PEOPLES.sub("", _KIND.sub("", name)) if name.endswith("自治区") else _KIND.sub("", name)


# --- reading a document ------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """Where a document states something: line (1-based), columns [start, end) of that line, and how."""

    line: int
    start: int
    end: int
    text: str
    how: str  # 标题 | 发文机关 | 落款 | 文号 | 日期 | 发布日期 | 正文


@dataclass
class Reading:
    """A document's place and year, each with where it was read (``None`` where the table supplied it)."""

    title: Found | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None
    #: level ("province", "city", "county") → where the document names that unit
    named: dict[str, Found] = field(default_factory=dict)
    #: the title, office or signature the place was read from
    source: Found | None = None
    #: how the table filled in what the document does not name (泽州县属山西省晋城市（行政区划）)
    note: str = ""
    year: int | None = None
    year_at: Found | None = None
    #: how the year was inferred, when it is the tool's reading (由年龄条件推定：2016年8月31日前出生、年满6周岁…)
    year_note: str = ""
    #: (where, message key, its values): a place named that could not be resolved, and what to write
    doubts: list[tuple[Found, str, dict]] = field(default_factory=list)
    #: the document's own 文号, when it has one on a line of its own near the top
    number: Found | None = None
    #: the first half of a title set on two lines (泽州县2021年 / 义务教育招生入学工作实施方案)
    title_lead: Found | None = None
    #: the county is a development zone or new area (zones.tsv), not a division
    zone: bool = False
    #: two units the body names as often, neither taken (城关区, 七里河区)
    tie: tuple[str, str] | None = None


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_YEAR = lazy_re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)(?!\s*(?:-|/|\.)\s*\d)")
_CN_YEAR = lazy_re.compile(r"(?P<year>[〇零○一二三四五六七八九]{4})\s*年")
_OWN_NUMBER = lazy_re.compile(r"^\s*(?P<prefix>[\u4e00-\u9fff]{1,12}?)\s*[〔\[［（(【]\s*(?P<year>\d{4})\s*[〕\]］）)】]\s*"
                         r"(?:第\s*)?\d{1,4}\s*号\s*$")
_DATE_LINE = lazy_re.compile(r"^\s*(?P<year>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*[日号]\s*$")
_BODY_DATE = lazy_re.compile(r"(?P<year>20\d{2})\s*年\s*\d{1,2}\s*月")
_DAY = lazy_re.compile(r"^\s*\d{1,2}\s*[日号]")
_NUMBERED = lazy_re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、．.]|第[一二三四五六七八九十]+[章条])")
_PUBLISHED = lazy_re.compile(r"(?:^|\s|[:：])(?P<year>20\d{2})\s*(?:-|/|\.|年)\s*\d{1,2}\s*(?:-|/|\.|月)\s*\d{1,2}\s*日?(?:\s|$)")
#: a date that is not the enrolment's: a birth date (2016年8月31日前出生) or a deadline for a condition (…前办理)
_BORN = lazy_re.compile(r"^[^，。；,;]{0,14}出生|^\s*\d{1,2}\s*[日号]?\s*(?:以前|之前|前)")
_LEAD = lazy_re.compile(r"^(?:关于(?:印发|转发|做好|进一步做好|规范|公布|发布)?\s*|《)")


def cn_year(text: str) -> int | None:
    """二〇二一 → 2021 (a year written digit by digit in Chinese numerals)."""
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    return None


def _year_of(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_year(text)


def _strip_annotations(title: str) -> str:
    words = "|".join(map(re.escape, vocabulary()["annotations"]))
    return re.sub(rf"(?:\s*[（(](?:{words})[)）])+\s*$", "", title.strip())


def is_title(text: str) -> bool:
    """An admission document's title: no sentence punctuation, a topic word, a title's end word."""
    vocab = vocabulary()
    text = text.strip()
    if not text or len(text) > 90 or re.search(r"[。；;！？!?]", text) or text.endswith(("：", ":")):
        return False
    bare = _strip_annotations(text)
    return any(w in bare for w in vocab["title_topics"]) and bare.endswith(tuple(vocab["title_ends"]))


def find_title(lines: dict[int, str], head: list[int]) -> Found | None:
    """The title: the first head line that is one, else the 《…》 of a 关于印发《…》的通知."""
    for number in head:
        text = lines[number]
        if _NUMBERED.match(text) or re.search(r"[。；;]", text):
            break  # the body has begun: a title stands above it
        if is_title(text) and not re.search(r"关于(?:印发|转发)《", text):
            start = len(text) - len(text.lstrip())
            return Found(number, start, len(text.rstrip()), text.strip(), "标题")
    for number in head:
        text = lines[number]
        match = re.search(r"(?:印发|转发)《(?P<t>[^》]+)》", text)
        if match and is_title(match.group("t")):
            return Found(number, match.start("t"), match.end("t"), match.group("t"), "标题")
    # a web page's heading: the first line, short, about admission, not a numbered heading nor a sentence
    if head:
        number = head[0]
        text = lines[number]
        if len(text.strip()) <= 60 and any(w in text for w in vocabulary()["title_topics"]) \
                and not re.search(r"[。；;]|[：:]\s*$", text) and not _NUMBERED.match(text):
            start = len(text) - len(text.lstrip())
            return Found(number, start, len(text.rstrip()), text.strip(), "标题")
    return None


#: what follows a short name when it is not the place itself but something named after it
_NOT_PLACES = ("小学", "中学", "学校", "幼儿园", "实验", "路", "街", "镇", "乡", "村", "社区", "大学", "学院", "一中", "二中")


#: a school stage and its admission after a place's short name (福州小学入学, 长沙小学入学攻略, 郑州中小学招生): the stage
#: of the place's schools, not a school named after the place
_STAGE_ADMISSION = lazy_re.compile(r"(?:中小学|小学|中学|初中)(?:新生|一年级)?(?:入学|招生|报名|学区|划片|学位|积分)")

#: after a place and before these, where the children are to go to school (在中山上小学, 在深圳上学, 在密云就读)
_ENROL_AFTER = lazy_re.compile(r"(?:上|读|念)(?:小学|初中|中学|学|书)|就读|就学|入学|读书")


#: the lead of a news item, before the place it reports from (据悉，济南市…, 记者从息烽县教育局了解到)
_NEWS_LEAD = lazy_re.compile(r"(?:^|(?<=[，,。\s]))(?:据悉|据了解|据介绍|近日|日前|记者(?:近日|日前)?(?:从|在)?)[，,]?\s*")

#: a year right after a name (城区2021年…): the name is the document's unit, not a common word
_YEAR_AFTER = lazy_re.compile(r"\s*(?:19|20)\d{2}|\s*[〇零○一二三四五六七八九]{4}年")

#: areas that are not divisions but may stand between a city and its district (广州开发区黄埔区)
_ZONES = ("经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区")


def _names_from(text: str, start: int, table: Divisions, year: int | None) -> list[tuple[int, int, list[Unit]]]:
    """The chain of division names written one after another from ``start`` (山西省晋城市泽州县, 太原迎泽区),
    full names first, then names without their kind; spaces between them are skipped."""
    out = []
    at = start
    while at < len(text):
        for lookup in (table.named, table.stemmed):
            for length in range(min(table.longest, len(text) - at), 1, -1):
                units = lookup(text[at:at + length], year)
                if units and lookup == table.stemmed and text.startswith(_NOT_PLACES, at + length):
                    # 新华小学, 城关镇: a school or a town named after a place, not the place; but a city's or a
                    # province's short name before the stage's admission (福州小学入学政策, 长沙小学入学攻略) is the place
                    wider = [u for u in units if u.level != "county"]
                    units = wider if wider and _STAGE_ADMISSION.match(text, at + length) else []
                if units:
                    out.append((at, at + length, units))
                    at += length
                    break
            else:
                continue
            break
        else:
            break
        while at < len(text) and text[at] in " \u3000":
            at += 1
        zone = next((z for z in _ZONES if text.startswith(z, at)), None)
        if zone:  # 广州开发区黄埔区: a development zone between a city and its district is not a division
            at += len(zone)
    return out


def mentions(text: str, year: int | None = None, brackets: bool = True) -> list[tuple[int, int, list[Unit]]]:
    """The division names a title, office or opening line states: at its head (after 关于印发《, a label
    such as 发布机构：, or a year) and, with ``brackets``, after a 《; each chain of names written together."""
    table = divisions()
    anchors = {len(text) - len(text.lstrip())}
    lead = _LEAD.match(text.lstrip())
    if lead:
        anchors.add(len(text) - len(text.lstrip()) + lead.end())
    # a news item's lead (据悉，济南市高新区…, 近日，记者从息烽县教育局了解到): what follows opens the item
    anchors |= {m.end() for m in _NEWS_LEAD.finditer(text)}
    year_words = r"(?:(?<!\d)(?:19|20)\d{2}(?!\d)\s*(?:年度?|学年)?|[〇零○一二三四五六七八九]{4}年度?)(?:秋季|春季)?(?:学期)?(?:在|于)?"
    anchors |= {m.end() for m in re.finditer(year_words + (r"|《" if brackets else ""), text)}
    # a headline's parts after a space or an exclamation mark (展开 银川2020小升初…, 请收藏!2022年…)
    anchors |= {m.end() for m in re.finditer(r"(?<=\S)(?:\s+|[!！]\s*)(?=\S)", text)}
    found: list[tuple[int, int, list[Unit]]] = []
    for anchor in sorted(anchors):
        for item in _names_from(text, anchor, table, year):
            if not any(s <= item[0] < e for s, e, _ in found):
                found.append(item)
    # where the children go to school: 在 + the place + 上学/就读 (在中山上小学需要什么条件, 家庭在密云就读)
    for match in re.finditer(r"在", text):
        items = _names_from(text, match.end(), table, year)
        if items and _ENROL_AFTER.match(text, items[-1][1]):
            found.extend(item for item in items if not any(s <= item[0] < e for s, e, _ in found))
    # a headline's place in brackets of its own at its end (……升学怎样准备？（石家庄）, 【株洲】): names and nothing else
    for match in re.finditer(r"[（(【\[]", text):
        items = _names_from(text, match.end(), table, year)
        if items and re.fullmatch(r"\s*[）)】\]]\s*", text[items[-1][1]:]):
            found.extend(item for item in items if not any(s <= item[0] < e for s, e, _ in found))
    return sorted(found, key=lambda m: m[0])


def _unlabel(text: str) -> int:
    """Where a line's content starts after a label such as 发布机构： or 来源：."""
    labels = "|".join(map(re.escape, vocabulary()["labels"]))
    match = re.match(rf"^\s*(?:{labels})\s*[:：]\s*", text)
    return match.end() if match else 0


def office(text: str) -> tuple[int, int] | None:
    """The place part of an issuing office at the head of ``text`` (泽州县教育局 → 泽州县)."""
    suffixes = "|".join(map(re.escape, sorted(vocabulary()["offices"], key=len, reverse=True)))
    skip = _unlabel(text)
    match = re.match(rf"^\s*(?P<name>[\u4e00-\u9fff]{{2,20}}?)(?:{suffixes})(?P<rest>.*)$", text[skip:])
    if not match or not re.fullmatch(r"\s*(?:关于.*|[（(][^）)]*[)）]|\s[\d\s年月日号:：./-]*)?\s*", match.group("rest")):
        return None  # an office stands alone (or heads a 关于… title, or has its date or seal after it)
    return (skip + match.start("name"), skip + match.end("name"))


def _title_lead(lines: dict[int, str], head: list[int], title: Found | None) -> Found | None:
    """The line before the title, when it is the title's first half: short, no punctuation, not numbered, not an
    office nor a 文号, and neither a title of its own."""
    if title is None or title.line not in head or head.index(title.line) == 0:
        return None
    number = head[head.index(title.line) - 1]
    text = lines[number]
    if len(text.strip()) > 30 or re.search(r"[。；;，,：:！？]", text) or _NUMBERED.match(text) or office(text) \
            or _OWN_NUMBER.match(text) or is_title(text) or title.start > len(lines[title.line]) - len(lines[title.line].lstrip()):
        return None
    start = len(text) - len(text.lstrip())
    return Found(number, start, len(text.rstrip()), text.strip(), "标题")


def _read_year(lines: dict[int, str], title: Found | None, number: Found | None, head: list[int], tail: list[int],
               reading: Reading) -> None:
    """The year, from the first of the ways of reading it (places.toml's ``[year] order``) that gives one."""
    steps = {
        "标题": lambda: _year_in_title(reading, title),
        "正文": lambda: _year_opening(reading, lines, title, head),
        "招生年度": lambda: _by_majority(reading, lines, intake_year.intake),  # 2022年招收的小学一年级新生, 2024届
        "文号": lambda: _year_in_number(reading, number),
        "落款": lambda: _year_signed(reading, lines, tail),
        "发布日期": lambda: _year_published(reading, lines, head),
        "日期": lambda: _year_of_enrolment(reading, lines),
        "截至日期": lambda: _by_majority(reading, lines, intake_year.reference),
        "出生日期": lambda: _by_majority(reading, lines, intake_year.cutoff),
        "施行日期": lambda: _by_majority(reading, lines, intake_year.effective),
        "条件日期": lambda: _year_of_deadlines(reading, lines),
        # 根据《西安市2015年义务教育阶段入学工作》规定
        "引用文件": lambda: _by_majority(reading, lines, intake_year.cited_intake),
    }
    order = list(vocabulary()["year"]["order"])
    if title is not None and not is_title(title.text) and "招生年度" in order:
        # a web page's headline (2020成都市大邑县外地子女入学办理需要哪些手续), not the rules' title: the intake the
        # rules' own text names (2017年，进城务工人员为其子女办理入学申请) is the year, the headline's only failing it
        order.remove("招生年度")
        order.insert(order.index("标题"), "招生年度")
    for how in order:
        if steps[how]():
            return


def _year_in_title(reading: Reading, title: Found | None) -> bool:
    if title is None:
        return False
    for pattern in (_YEAR, _CN_YEAR):
        match = pattern.search(title.text)
        if match and 2000 <= (_year_of(match.group("year")) or 0) <= 2100:
            reading.year = _year_of(match.group("year"))
            offset = title.start
            reading.year_at = Found(title.line, offset + match.start("year"), offset + match.end("year"),
                                    match.group("year"), "标题")
            return True
    return False


def _year_opening(reading: Reading, lines: dict[int, str], title: Found | None, head: list[int]) -> bool:
    """2022年兰州市城关区小学一年级新生入学报名即将开始，…, 2023南京栖霞区外地小孩读公办小学要哪些材料 (the first line,
    when no title stands above it: a year with 年, or one a place's name follows; never 2000名 nor a date's digits)."""
    if title is not None or not head:
        return False
    text = lines[head[0]]
    match = re.match(r"\s*(?P<year>20\d{2})(?:\s*年|(?=[\u4e00-\u9fff]))", text)
    if not match or (not match.group(0).endswith("年") and not _names_from(text, match.end(), divisions(), None)):
        return False
    clause = re.split(r"[，,。；;]", text[match.end():], maxsplit=1)[0]
    if any(w in clause for w in vocabulary()["year"]["unpublished"]):
        return False  # 2023年乌鲁木齐小学入学规定及年龄要求暂未公布，2022年…参考: not that year's rules
    reading.year = int(match.group("year"))
    reading.year_at = Found(head[0], match.start("year"), match.end("year"), match.group("year"), "正文")
    return True


def _year_in_number(reading: Reading, number: Found | None) -> bool:
    if number is None:
        return False
    match = _OWN_NUMBER.match(number.text)
    year = int(match.group("year"))
    if not 2000 <= year <= 2100:
        return False
    reading.year = year
    at = number.start + match.start("year")
    reading.year_at = Found(number.line, at, at + 4, match.group("year"), "文号")
    return True


#: a signing date at the end of a line: alone, its day sometimes left out (2023年5月), or after the office (泽州县教育局 2021年6月1日)
_SIGNED = lazy_re.compile(r"(?:^|\s)(?P<year>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                          r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*[日号])?\s*$")


def _year_signed(reading: Reading, lines: dict[int, str], tail: list[int]) -> bool:
    for line in reversed(tail):
        match = _DATE_LINE.match(lines[line])
        if match is None:
            signed = _SIGNED.search(lines[line])
            if signed and (not lines[line][:signed.start()].strip() or office(lines[line][:signed.start()])):
                match = signed
        if match and 2000 <= (_year_of(match.group("year")) or 0) <= 2100:
            reading.year = _year_of(match.group("year"))
            reading.year_at = Found(line, match.start("year"), match.end("year"), match.group("year"), "落款")
            return True
    return False


#: a page's own stamp anywhere on it: a poster's or a source's name and the time (胡名政 2020-03-21 21:41:05, 新疆网
#: 2016-08-05 07:58), or a date labelled as the posting's (发布时间：2019-05-10)
_STAMPED = lazy_re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}\s+|(?:发布|更新|发表)(?:日期|时间)\s*[：:]\s*)(?P<year>20\d{2})\s*[-./]\s*\d{1,2}"
                           r"\s*[-./]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


#: a dashed date opening a line with the byline run on after it (2020-03-12沈亚芳张锦华): the page's date
_BYLINE = lazy_re.compile(r"^\s*(?P<year>20\d{2})\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}(?=[\u4e00-\u9fff])")


def _year_published(reading: Reading, lines: dict[int, str], head: list[int]) -> bool:
    for line in head[:4]:  # a web page's date line (发布日期：2023-12-14, 北京市西城区人民政府  2017-04-28)
        match = _PUBLISHED.search(lines[line]) or _BYLINE.match(lines[line])
        if match and (_unlabel(lines[line]) or office(lines[line]) or match.start() == 0
                      or len(lines[line].strip()) <= 40):
            reading.year = int(match.group("year"))
            reading.year_at = Found(line, match.start("year"), match.end("year"), match.group("year"), "发布日期")
            return True
    for line, text in lines.items():  # an answer's or a repost's stamp lower on the page
        match = _STAMPED.match(text)
        if match:
            reading.year = int(match.group("year"))
            reading.year_at = Found(line, match.start("year"), match.end("year"), match.group("year"), "发布日期")
            return True
    return False


def _year_of_enrolment(reading: Reading, lines: dict[int, str]) -> bool:
    """A clear majority of the dates on lines naming enrolment (报名时间：2021年7月1日至…)."""
    years: Counter[int] = Counter()
    first: dict[int, Found] = {}
    for line, text in lines.items():
        if not intake_year.names_enrolment(text) and not intake_year.names_enrolment(lines.get(line - 1, "")):
            continue
        for match in _BODY_DATE.finditer(text):
            rest = text[match.end():]
            if _BORN.match(rest) or intake_year.is_bound(_DAY.sub("", rest, count=1)):
                continue  # a birth date (2016年8月31日前出生) or a condition's bound (…前办理, …之后落户)
            year = int(match.group("year"))
            years[year] += 1
            first.setdefault(year, Found(line, match.start("year"), match.end("year"), match.group("year"), "日期"))
    if not years:
        return False
    (year, count), *rest = years.most_common(2) + [(None, 0)]
    if rest[0][1] >= count:
        return False
    reading.year = year
    reading.year_at = first[year]
    return True


def _year_of_deadlines(reading: Reading, lines: dict[int, str]) -> bool:
    """The last resort but one: the latest deadline of a condition."""
    latest: tuple[int, int, intake_year.YearRead] | None = None
    listed = False  # inside the numbered items after a line naming enrolment (报名须提供：/①…/②…（2019年4月30日前…）)
    for line, text in sorted(lines.items()):
        named = intake_year.names_enrolment(text) or intake_year.names_enrolment(lines.get(line - 1, ""))
        item = bool(_LIST_ITEM.match(text))
        listed = named or (listed and item)
        if named or (listed and item):
            for read in intake_year.deadlines(text):
                if latest is None or read.year > latest[0]:
                    latest = (read.year, line, read)
    if latest is None:
        return False
    year, line, read = latest
    reading.year, reading.year_note = year, read.note
    reading.year_at = Found(line, read.start, read.end, lines[line][read.start:read.end], read.how)
    return True


def _by_majority(reading: Reading, lines: dict[int, str], reader) -> bool:
    """The year most of the readings of ``reader`` over the lines give, when they give one more often than any other
    (never a choice between two equally given)."""
    years: Counter[int] = Counter()
    first: dict[int, tuple[int, intake_year.YearRead]] = {}
    for line, text in sorted(lines.items()):
        for read in reader(text):
            years[read.year] += 1
            first.setdefault(read.year, (line, read))
    if not years:
        return False
    (year, count), *rest = years.most_common(2) + [(None, 0)]
    if rest[0][1] >= count:
        return False
    line, read = first[year]
    reading.year = year
    reading.year_at = Found(line, read.start, read.end, lines[line][read.start:read.end], read.how)
    reading.year_note = read.note
    return True


def read(lines: dict[int, str]) -> Reading:
    """Read the place and year of a document given as ``{line number: text}`` (non-empty lines)."""
    lines = {n: t.translate(_WIDE_DIGITS) for n, t in lines.items()}  # ２０２１ → 2021, same length
    numbers = sorted(n for n, t in lines.items() if t.strip())
    head, tail = numbers[:10], numbers[-8:]
    reading = Reading()
    reading.title = find_title(lines, head)
    for number in head[:6]:
        text = lines[number]
        skip = _unlabel(text)  # 文号：临教发〔2023〕12号 on a web page's information line
        if _OWN_NUMBER.match(text[skip:]):
            start = skip + len(text[skip:]) - len(text[skip:].lstrip())
            reading.number = Found(number, start, len(text.rstrip()), text[start:].strip(), "文号")
            break
    reading.title_lead = _title_lead(lines, head, reading.title)
    _read_year(lines, reading.title, reading.number, head, tail, reading)
    if (reading.year_at is None or reading.year_at.how != "标题") and reading.title_lead is not None:
        match = _YEAR.search(reading.title_lead.text)  # the year in the title's first line
        if match:
            at = reading.title_lead.start + match.start("year")
            reading.year = int(match.group("year"))
            reading.year_at = Found(reading.title_lead.line, at, at + 4, match.group("year"), "标题")
    year = reading.year
    # the texts that name the place, in the order they are trusted: title, office at the head, signature
    texts: list[tuple[int, int, str, str]] = []  # (line, offset, text, how)
    if reading.title is not None:
        texts.append((reading.title.line, reading.title.start, reading.title.text, "标题"))
    if reading.title_lead is not None:
        texts.append((reading.title_lead.line, reading.title_lead.start, reading.title_lead.text, "标题"))
    for group, how in ((head, "发文机关"), (list(reversed(tail)), "落款")):
        for number in group:
            span = office(lines[number])
            if span and not (reading.title and number == reading.title.line and how == "发文机关"):
                texts.append((number, span[0], lines[number][span[0]:span[1]], how))
    for number in [*head, *tail]:  # a web page's source line: 答案来源于：2020年天津市武清区小学招生入学指南
        skip = _unlabel(lines[number])
        if skip and is_title(lines[number][skip:]) and not (reading.title and number == reading.title.line):
            texts.append((number, skip, lines[number][skip:].rstrip(), "标题"))
    for number in head[:3]:  # the opening lines: 2022年兰州市城关区小学一年级新生入学报名即将开始，…
        if not (reading.title and number == reading.title.line):
            skip = _unlabel(lines[number])
            texts.append((number, skip, lines[number][skip:], "正文"))
            if "。" in lines[number]:
                break  # the body has begun: a line after a paragraph (天元区也可以的。…) answers it, it does not open
    named: list[tuple[Found, list[Unit]]] = []
    within: dict[Found, Found] = {}
    common = set(vocabulary()["body"]["also_words"])
    origin_before = tuple(vocabulary()["body"]["origin_before"])
    origin_after, origin_only = vocabulary()["body"]["origin_after"], set(vocabulary()["body"]["origin_only"])
    offices = tuple(sorted(vocabulary()["offices"], key=len, reverse=True))
    for line, offset, text, how in texts:
        container = Found(line, offset, offset + len(text), text, how)
        chain = mentions(text, year, brackets=how != "落款")
        for start, end, units in chain:
            if how == "正文" and text[start:end] in common and not text.startswith(offices, end):
                continue  # 市区户籍学龄儿童…: a common word (the urban area) at a sentence's head, not the unit 市区
            if how == "标题" and text[start:end] in common and not text.startswith(offices, end) \
                    and not _YEAR_AFTER.match(text, end) and not any(e == start for _, e, _ in chain):
                continue  # 城区义务教育学校布局规划: the urban area; 城区2021年…细则, 晋城市城区 name the unit
            if text.startswith(tuple(origin_after), end) or text[:start].endswith(origin_before):
                continue  # 湖南籍务工人员, 来自河南省的: where children come from, not where the rules apply
            units = [u for u in units if u.name not in origin_only]
            if not units:
                continue  # 台湾、香港、澳门……人员子女入学办法: a place named only as children's origin
            found = Found(line, offset + start, offset + end, text[start:end], how)
            named.append((found, units))
            within[found] = container
    _resolve(reading, named, year)
    if reading.doubts and reading.county is not None:
        reading = _settle(reading, lines, year, named)
    if reading.county is None and not reading.doubts:
        _from_body(reading, lines, year, named, "county")
    if reading.county is None and reading.city is None and reading.province is None and not reading.doubts:
        _from_body(reading, lines, year, named, "city")
    if reading.county is None and not reading.doubts:
        _zone(reading, lines, year)
    if reading.city is None and reading.county is None and not reading.doubts:
        _from_abbreviation(reading, lines, year, "city_abbreviations")
    if reading.province is None and not reading.doubts:
        _from_abbreviation(reading, lines, year)
    if reading.province is None and not reading.doubts:
        _province_by_permit(reading, lines, year)
    if reading.province is None and not reading.doubts:
        _corps(reading, lines, [n for n in (reading.title.line if reading.title else None, *head[:3]) if n], year)
    if reading.province is None and not reading.doubts and reading.number is not None:
        _province_by_number(reading, year)
    if reading.county is not None and not reading.doubts and not reading.zone:
        _city_by_its_districts(reading, lines, year)
    if reading.source is not None:
        reading.source = within.get(reading.source, reading.source)
    return reading


#: a line that is only a county's name, numbered or not (和平区, 1.杏花岭区, 1，惠城区, （二）铁西区): the heading of its part
_DISTRICT_HEADING = lazy_re.compile(r"^\s*(?:\d{1,2}\s*[.．、，,]|[一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                                    r"\s*(?P<name>[\u4e00-\u9fff]{2,8})\s*[：:]?\s*$")


def _city_by_its_districts(reading: Reading, lines: dict[int, str], year: int | None) -> None:
    """A text whose parts are headed by two or more counties of its city (和平区 … 铁西区, 1.杏花岭区 2.小店区) is the
    city's, not the county it opens on: the county is dropped, the city kept, and the note says why."""
    table = divisions()
    city = _city_key(reading.code) if reading.code else None
    headed: list[str] = []
    for _, text in sorted(lines.items()):
        match = _DISTRICT_HEADING.match(text)
        if match is None:
            continue
        units = _dedupe([u for u in table.named(match.group("name"), year) if u.level == "county"])
        if any(_city_key(u.code) == city for u in units) and match.group("name") not in headed:
            headed.append(match.group("name"))
    if len(headed) < 2 or reading.city is None:
        return
    reading.county = None
    reading.code = reading.code[:4] + "00"
    reading.named.pop("county", None)
    reading.zone = False
    parent = f"{reading.city}属{reading.province}（行政区划）；" if reading.province not in (None, reading.city) else ""
    reading.note = f"{parent}全文按所属各区县分段（{'、'.join(headed)}），是{reading.city}的规定，不是其中一区县的"


def _dedupe(units: list[Unit]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for unit in units:
        seen.setdefault(unit.code, unit)
    return list(seen.values())


def _city_key(code: str) -> str:
    """What makes two codes one city: its four digits, or a municipality's two (重庆市 is 500100 and 500200, the
    latter its former counties: one city, as 北京市 is province and city at once)."""
    return code[:2] if code[:2] in _MUNICIPALITIES else code[:4]


def _one_city(units: list[Unit]) -> list[Unit]:
    """City units by their city: a municipality's name is one city (500100 and 500200 重庆市 → 500100)."""
    seen: dict[str, Unit] = {}
    for unit in sorted(_dedupe(units), key=lambda u: u.code):
        seen.setdefault(_city_key(unit.code), unit)
    return list(seen.values())


def _resolve(reading: Reading, named: list[tuple[Found, list[Unit]]], year: int | None) -> None:
    table = divisions()
    provinces = [(f, [u for u in us if u.level == "province"]) for f, us in named]
    cities = [(f, [u for u in us if u.level == "city"]) for f, us in named]
    counties = [(f, [u for u in us if u.level == "county"]) for f, us in named]
    provinces = [(f, us) for f, us in provinces if us]
    cities = [(f, us) for f, us in cities if us]
    counties = [(f, us) for f, us in counties if us]
    prefix2 = {u.code[:2] for _, us in provinces for u in us}
    city: tuple[Found, Unit] | None = None
    for found, units in cities:
        units = _one_city([u for u in units if not prefix2 or u.code[:2] in prefix2])
        if len(units) == 1:
            city = (found, units[0])
            break
    county: tuple[Found, Unit] | None = None
    doubt: tuple[Found, list[Unit]] | None = None
    for found, units in counties:
        units = [u for u in units if (not prefix2 or u.code[:2] in prefix2) and
                 (city is None or _city_key(u.code) == _city_key(city[1].code))]
        units = _dedupe(units)
        if len(units) == 1:
            county = (found, units[0])
            break
        if len(units) > 1 and doubt is None:
            doubt = (found, units)
    if county is None and city is not None and reading.number is not None:
        county = _by_abbreviation(reading, city[1], year)
    if county is not None:
        found, unit = county
        province, its_city = table.parents(unit, year)
        reading.county, reading.code = unit.name, unit.code
        reading.named["county"] = found
        reading.source = found
        if its_city is not None:
            reading.city = its_city.name
            if city is not None and _city_key(city[1].code) == _city_key(unit.code):
                reading.named["city"] = city[0]
                reading.city = city[1].name  # as the document names it (襄樊市 in 2009)
        if province is not None:
            reading.province = province.name
            named_province = [f for f, us in provinces if any(u.code[:2] == unit.code[:2] for u in us)]
            if named_province:
                reading.named["province"] = named_province[0]
        missing = list(dict.fromkeys(name for name in (reading.province, reading.city) if name))  # 上海市 once
        if any(level not in reading.named for level in ("province", "city")):
            former = f"（{unit.until}年后改设为{'、'.join(filter(None, (n.name for c in unit.now for n in [table.at(c)] if n)))}）" \
                if unit.until is not None and unit.now else ""
            reading.note = f"{unit.name}{former}属{''.join(missing)}（行政区划）"
        if found.how == "文号":
            reading.note = (f"文号「{found.text}」的“{found.text[0]}”在{reading.city}只对应{unit.name}（行政区划简称）"
                            + (f"；{reading.note}" if reading.note else ""))
        return
    if doubt is not None:
        found, units = doubt
        places = "、".join(sorted({"".join(n for n in (p.name if p else "", c.name if c else "") if n)
                                  for p, c in (table.parents(u, year) for u in units)}))
        reading.county = found.text
        reading.named["county"] = found
        reading.source = found
        common = {u.code[:2] for u in units}
        if len(common) == 1:
            province = table.at(next(iter(common)) + "0000")
            reading.province = province.name if province else None
        reading.doubts.append((found, "places.shared_name", {"name": found.text, "places": places}))
        if city is None:
            return
    if city is not None:
        found, unit = city
        province, _ = table.parents(unit, year)
        reading.city, reading.code = unit.name, reading.code or unit.code
        reading.named["city"] = found
        reading.source = reading.source or found
        if province is not None:
            reading.province = province.name
            named_province = [f for f, us in provinces if any(u.code[:2] == unit.code[:2] for u in us)]
            if named_province:
                reading.named["province"] = named_province[0]
            elif province.name != unit.name:
                reading.note = reading.note or f"{unit.name}属{province.name}（行政区划）"
        return
    if provinces:
        found, units = provinces[0]
        reading.province, reading.code = units[0].name, units[0].code
        reading.named["province"] = found
        reading.source = found
        if units[0].code[:2] in _MUNICIPALITIES:  # 上海小升初摇号: a municipality is its province and its city at once
            reading.city = units[0].name
            reading.named["city"] = found


@dataclass(frozen=True)
class Mention:
    """A division named in the body: where, which units, and how it is named."""

    found: Found
    units: tuple[Unit, ...]
    office: bool = False  # followed by an office's name (徐汇区教育局)
    origin: bool = False  # where children come from (户籍在商城县的), not where the rules apply
    listed: bool = False  # one of a list of units (1.五华区 2.盘龙区 3.西山区)
    local: bool = False  # the document's own, by saying who is not from it (户籍不在深圳市, 非夏县户籍)


#: what stands before an item of an enumeration: 9.晋宁区, （3）西山区, 、官渡区
_ITEM = lazy_re.compile(r"(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）]|、)\s*$")
#: a line opening with an item's number (①, （1）, 1.): an item of the list the line before opened
_LIST_ITEM = lazy_re.compile(r"^\s*(?:[①-⑳]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}\s*[.．、])")


_LEVELS = ("province", "city", "county")


def body_mentions(lines: dict[int, str], year: int | None, level: str) -> list[Mention]:
    """The units of ``level`` the lines name: full names of three characters or more, and (for counties) names
    of two before 户籍/辖区 or an office (夏县户籍, 夏县教育局) and names without their kind before 辖区/户籍
    (钢城辖区); each marked as an office, a place of origin, or one of a list."""
    table = divisions()
    vocab = vocabulary()
    index = table.prefixes(level)
    offices = tuple(sorted(vocab["offices"], key=len, reverse=True))
    body = vocab["body"]
    origin = tuple(body["origin_before"])
    origin_after, origin_only = tuple(body["origin_after"]), set(body["origin_only"])
    local_after = tuple(body["local_after"])
    local = tuple(body["local_before"])
    after = tuple(body["stem_after"])
    separators = set(body["list_separators"])
    also = set(body["also_words"])
    out: list[Mention] = []
    for line, text in sorted(lines.items()):
        found_here: list[Mention] = []
        at = 0
        while at < len(text) - 1:
            name, units = None, []
            for n in index.get(text[at:at + 2], ()):
                units = [u for u in table.named(text[at:at + n], year) if u.level == level]
                if units:
                    name = text[at:at + n]
                    break
            if name is None and level == "county" and text[at + 1:at + 2] in "县旗" and \
                    text.startswith((*after, *offices), at + 2):  # not 城区, 郊区: words as well as names
                units = [u for u in table.named(text[at:at + 2], year) if u.level == "county"]
                name = text[at:at + 2] if units else None  # a two-character county before 户籍 or its office (夏县教育局)
            if name is None and level in ("county", "city"):
                for n in (4, 3, 2):
                    short = text[at:at + n]
                    if len(short) == n and text.startswith(after, at + n):
                        stemmed = [u for u in table.by_stem.get(short, []) if u.held_in(year)]
                        units = [u for u in stemmed if u.level == level]
                        if any(_LEVELS.index(u.level) < _LEVELS.index(level) for u in stemmed):
                            units = []  # 南昌城区, 吉林户籍: a short name a higher unit shares is that unit's
                        if units:
                            name = short
                            break
            if name is None:
                at += 1
                continue
            end = at + len(name)
            if name in also and not text.startswith((*after, *offices), end):
                at = end
                continue  # 老城区的学校: the old town, not 老城区
            before = text[max(0, at - 8):at]
            outside = text.startswith(local_after, end)  # 宿迁市外户籍人员, 户籍在象山县以外: others are not from it
            found_here.append(Mention(Found(line, at, end, name, "正文"), tuple(_dedupe(units)),
                                      office=text.startswith(offices, end),
                                      origin=(before.endswith(origin) or text.startswith(origin_after, end)
                                              or any(u.name in origin_only for u in units))
                                      and not before.endswith(local) and not outside,
                                      local=outside or before.endswith(local) and (not before.endswith("非")
                                                                                   or text.startswith(("户籍", "户口"), end))))
            at = end
        # a list: names one after another with only separators (and office words) between them
        groups: list[list[int]] = []
        for i, mention in enumerate(found_here):
            if i and groups:
                gap = text[found_here[i - 1].found.end:mention.found.start]
                for word in offices:
                    gap = gap.replace(word, "")
                if len(gap) <= 6 and all(ch in separators for ch in gap):
                    groups[-1].append(i)
                    continue
            groups.append([i])
        listed = {i for group in groups if len(group) >= 2 for i in group}
        if listed:  # an item of the same enumeration further on (… 8.滇池旅游度假区 9.晋宁区)
            listed |= {i for i, m in enumerate(found_here) if _ITEM.search(text[max(0, m.found.start - 6):m.found.start])}
        for i, mention in enumerate(found_here):
            out.append(Mention(mention.found, mention.units, mention.office, mention.origin, i in listed, mention.local))
    return out


def _from_body(reading: Reading, lines: dict[int, str], year: int | None,
               named: list[tuple[Found, list[Unit]]], level: str) -> None:
    """A county (or, failing that, a city) the body names (兴庆区户籍适龄儿童 …, 徐汇区教育局发布通知), when the title
    and the offices name none.  Mentions in a list of units and places of origin do not count.  The most
    named wins when named at least three times (a city: twice) and twice as often as any other; when the
    head names no place at all, also when named more often than any other and twice, or as an office or as
    the place others are not from, or once where the draft says 我区 and names its office without its name
    (区教育体育局); never between two named as often.  The city or
    province named with it must agree."""
    table = divisions()
    counts: Counter[str] = Counter()
    first: dict[str, Found] = {}
    offices: set[str] = set()
    examples = {_city_key(c) for c in _examples(lines, year)[0]}
    for mention in body_mentions(lines, year, level):
        if mention.listed or mention.origin or any(_city_key(u.code) in examples for u in mention.units):
            continue  # (以北京市为例, 比如在上海……《上海市居住证》: the example's place, wherever named, is not the document's)
        key = mention.units[0].name if len(mention.units) == 1 else mention.found.text
        counts[key] += 1
        first.setdefault(key, mention.found)
        if mention.office or mention.local:
            offices.add(key)  # named as its office, or as the place others are not from: the document's own
    if not counts:
        return
    (name, count), *rest = counts.most_common(2) + [("", 0)]
    other = rest[0][1]
    if count == other and count >= 2 and reading.tie is None:
        reading.tie = (name, rest[0][0])  # never a choice between two named as often: the note says so
        return
    strong = count >= (3 if level == "county" else 2) and count >= 2 * other
    weak = False
    # the head names no city or county (a province only, as in 持《山东省居住证》, is no rival)
    headless = not any(u.level != "province" for _, units in named for u in units)
    if headless and count > other:
        speaks_of_itself = _speaks_of_itself(lines, name[-1])
        # a city the body names, the only one it names, in a text that speaks of 我市/本市 (在我市…, 西安市居住证)
        city_self = level == "city" and other == 0 and \
            any(w in text for text in lines.values() for w in vocabulary()["body"]["self_reference"]["市"])
        weak = (count >= 2 and level == "county") or name in offices or (level == "county" and speaks_of_itself) \
            or city_self
    if not (strong or weak):
        return
    found = first[name]
    units = [u for u in table.named(found.text, year) if u.level == level] or \
        [u for u in table.by_stem.get(found.text, []) if u.level == level and u.held_in(year)]
    _resolve(reading, [*named, (found, units)], year)
    if reading.doubts and reading.county is not None:
        settled = _settle(reading, lines, year, [*named, (found, units)])
        if not settled.doubts:
            _copy(settled, reading)
    if reading.county is not None or reading.city is not None:
        what = "县（市、区）" if level == "county" else "市"
        how = "，含发文机关或“非本地户籍”的说法" if name in offices else ""
        reading.note = (reading.note + "；" if reading.note else "") + f"{what}从正文读出：「{name}」出现{count}次{how}"


def _speaks_of_itself(lines: dict[int, str], kind: str) -> bool:
    """Whether a text speaks of its own unit of ``kind`` (区, 县) without naming it: 我区/本区/区内 ([body]
    self_reference) and its office unnamed (区教育体育局, 由区教育局对…核实)."""
    self_words = vocabulary()["body"]["self_reference"].get(kind, [])
    offices_of = "|".join(map(re.escape, sorted(vocabulary()["offices"], key=len, reverse=True)))
    before = "".join(vocabulary()["body"]["unnamed_office_after"])
    unnamed = re.compile(rf"(?:^|[^\u4e00-\u9fff]|[{before}]){re.escape(kind)}(?:{offices_of})")  # 区教育体育局
    return any(w in text for text in lines.values() for w in self_words) and \
        any(unnamed.search(text) for text in lines.values())  # 我区 and its office, unnamed


#: the provincial units that are cities themselves (their city code is <code>0100)
_MUNICIPALITIES = ("11", "12", "31", "50")


@lru_cache(maxsize=1)
def zones() -> dict[str, str]:
    """Development zones and new areas (``zones.tsv``): name → the GB/T 2260 code of the city it lies in."""
    text = resources.files("policy_lint").joinpath("zones.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}


@lru_cache(maxsize=1)
def _zone_patterns() -> tuple[re.Pattern, re.Pattern]:
    vocab = vocabulary()["zones"]
    names = re.compile("|".join(map(re.escape, sorted(zones(), key=len, reverse=True))))
    kinds = re.compile("|".join(map(re.escape, sorted([*vocab["kinds"], *vocab["short"]], key=len, reverse=True))))
    return names, kinds


def _city_before(text: str, at: int, year: int | None) -> tuple[int, Unit] | None:
    """The city whose name (or name without 市) ends at ``at`` (南宁 in 南宁经开区, 北京 in 北京经济技术开发区)."""
    table = divisions()
    for n in range(min(8, at), 1, -1):
        words = text[at - n:at]
        units = [u for u in table.named(words, year) if u.level == "city"] or \
            [u for u in table.stemmed(words, year) if u.level in ("city", "province")]
        units = _dedupe(units)
        if len(units) == 1:
            unit = units[0]
            if unit.level == "province":  # a municipality: 北京 → 北京市 (110100); another province is no city
                if unit.code[:2] not in _MUNICIPALITIES:
                    return None
                unit = table.at(unit.code[:2] + "0100", year)
                if unit is None:
                    return None
            return at - n, unit
    return None


def _new_area_after_city(text: str, at: int, year: int | None) -> tuple[str, int, Unit, int] | None:
    """A new area the zones table does not hold, written after its city's name (襄阳东津新区 → 东津新区 of 襄阳市):
    one to four characters of its own between the city and 新区 (``at``), not a division's name; a name that is only
    a direction (places.toml [zones] generic: 东部, 西部 …) keeps the city's name (成都东部新区)."""
    table = divisions()
    for length in range(2, 5):
        start = at - length
        own = text[start:at] if start >= 0 else ""
        if len(own) != length or not re.fullmatch(r"[\u4e00-\u9fff]+", own) or re.search(r"[市区县省州]", own):
            continue
        before = _city_before(text, start, year)
        if before is None or table.named(own + "新区", year):
            continue
        city_at, city = before
        generic = own in vocabulary()["zones"]["generic"]
        return (stem(city.name) + own + "新区" if generic else own + "新区"), city_at, city, start
    return None


def _zone(reading: Reading, lines: dict[int, str], year: int | None) -> None:
    """A development zone or new area as the county (北京经济技术开发区, 南宁经开区, 大连金普新区, 青岛高新区),
    its city and province from zones.tsv or from the city's name written before it; a zone written without
    its city (经开区) only when the city the document names has exactly one zone of that kind.  The zone
    is named in the first line, the title or an office, or, when the head names no place, twice in the body."""
    table = divisions()
    known = zones()
    names, kinds = _zone_patterns()
    short = vocabulary()["zones"]["short"]
    city_code = reading.code[:4] + "00" if reading.code and reading.city else None
    named_place = reading.city is not None or reading.province is not None
    numbers = sorted(lines)
    head = set(numbers[:1]) | ({reading.title.line} if reading.title else set()) | \
        {n for n in numbers[:6] + numbers[-8:] if office(lines[n])}  # the first line, the title, the offices
    in_head: set[str] = set()
    counts: Counter[str] = Counter()
    first: dict[str, tuple[Found, str, Found | None]] = {}  # zone → (where, its city's code, where the city is named)

    def listed(text: str, start: int, end: int) -> bool:
        """One of a list of units (高新区、经开区、航空港区): not the document's own."""
        return text[start - 1:start] in ("、", "（", "(") and text[end:end + 1] in ("、", "）", ")") or \
            text[start - 1:start] == "、" or text[end:end + 1] == "、" or \
            bool(re.search(r"\d{1,2}\s*[.．]\s*$", text[max(0, start - 4):start]))  # 7.经济技术开发区

    def add(zone: str, code: str, found: Found, city_found: Found | None) -> None:
        if city_code is not None and _city_key(code) != _city_key(city_code):
            return  # (a municipality's zones by its two digits: 北京经开区 in 北京市, 110000)
        if listed(lines[found.line], found.start, found.end):
            return
        counts[zone] += 1
        first.setdefault(zone, (found, code, city_found))
        city_read = reading.named.get("city")
        if found.line in head or (city_found is not None and city_read is not None and
                                  (city_found.line, city_found.start) == (city_read.line, city_read.start)):
            in_head.add(zone)  # (or written right after the city the head was read from: 据悉，济南市高新区小学入学…)

    bare: list[tuple[Found, str]] = []
    for line, text in sorted(lines.items()):
        taken: list[tuple[int, int]] = []
        for match in names.finditer(text):
            zone = match.group(0)
            before = _city_before(text, match.start(), year)
            start = before[0] if before else match.start()
            city_found = Found(line, before[0], match.start(), text[before[0]:match.start()], "正文") if before else None
            add(zone, known[zone], Found(line, start, match.end(), text[start:match.end()], "正文"), city_found)
            taken.append((match.start(), match.end()))
        for match in kinds.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            kind = short.get(match.group(0), match.group(0))
            before = _city_before(text, match.start(), year)
            if before is None and kind == "新区":
                named_area = _new_area_after_city(text, match.start(), year)
                if named_area is not None:  # 襄阳东津新区, 成都东部新区: a new area the table does not hold
                    zone, at, city, city_end = named_area
                    add(zone, city.code, Found(line, at, match.end(), text[at:match.end()], "正文"),
                        Found(line, at, city_end, text[at:city_end], "正文"))
                continue
            if before is None:
                if kind != "新区" and not listed(text, match.start(), match.end()):
                    bare.append((Found(line, match.start(), match.end(), match.group(0), "正文"), kind))
                continue
            at, city = before
            stem_ = stem(city.name)
            mine = [z for z, c in known.items() if c[:4] == city.code[:4] and z.endswith(kind)
                    and z.startswith((stem_, city.name))]
            if kind == "新区":
                continue  # a new area is known by its own name (金普新区), read above
            zone = mine[0] if len(mine) == 1 else stem_ + kind
            add(zone, city.code, Found(line, at, match.end(), text[at:match.end()], "正文"),
                Found(line, at, match.start(), text[at:match.start()], "正文"))
    if not counts and bare:
        # 经开区 alone: the zone of that kind of the city the document names (in the head or the body)
        if city_code is None:
            probe = Reading()
            _from_body(probe, lines, year, [], "city")
            city_code = probe.code[:4] + "00" if probe.code and probe.city else None
        if city_code is None:
            return
        for found, kind in bare:
            mine = [z for z, c in known.items() if _city_key(c) == _city_key(city_code) and z.endswith(kind)]
            if len(mine) == 1:
                add(mine[0], city_code, found, None)
    if not counts:
        return
    (zone, count), *rest = counts.most_common(2) + [("", 0)]
    if rest[0][1] >= count:
        reading.tie = reading.tie or (zone, rest[0][0])
        return  # two zones named as often: neither
    if zone not in in_head and (named_place or count < 2) and \
            (named_place or reading.tie or not _speaks_of_itself(lines, "区")):
        return  # a zone the body names once, or in a document whose head names its city, is not the document's
        # (unless, the head naming no place, the text speaks of its 区 unnamed: 区内从业, 由区教育局核实)
    found, code, city_found = first[zone]
    city = table.at(code, year)
    province = table.at(code[:2] + "0000", year)
    if city is None or province is None:
        return
    reading.county, reading.code, reading.zone = zone, code, True
    reading.city, reading.province = city.name, province.name
    reading.named["county"] = found
    if city_found is not None:
        reading.named["city"] = city_found
    reading.source = found
    where = "zones.tsv" if zone in known else f"由「{found.text}」中的市名"
    reading.note = f"{zone}（开发区、新区，非行政区划）属{province.name if province.name != city.name else ''}{city.name}（{where}）"


#: what makes a place named after it an example (以北京市为例, 例如深圳, 比如在广州): not the document's place
_EXAMPLE = lazy_re.compile(r"以(?=[\u4e00-\u9fff]{2,10}?为例)|(?:例如|比如|譬如)[，,：:\s]*(?:若|如果|假如)?"
                           r"(?:某[\u4e00-\u9fff]{0,3}?(?:在|到|去|于))?(?:在|到|去|于)?")


def _examples(lines: dict[int, str], year: int | None) -> tuple[set[str], set[tuple[int, int]]]:
    """The places a text names as examples (以北京市为例, 例如，若某家长在深圳市): their codes, and where each is named
    (line, start).  A text that explains the rules of many places by one of them is not that place's."""
    table = divisions()
    codes: set[str] = set()
    where: set[tuple[int, int]] = set()
    for line, text in lines.items():
        for match in _EXAMPLE.finditer(text):
            items = _names_from(text, match.end(), table, year)
            if not items or (match.group(0) == "以" and not text.startswith("为例", items[-1][1])):
                continue
            for start, _, units in items:
                codes |= {u.code for u in units}
                where.add((line, start))
    return codes, where


def _from_abbreviation(reading: Reading, lines: dict[int, str], year: int | None,
                       table_name: str = "province_abbreviations") -> None:
    """The province where the parents came to work (来沪人员, 在京务工, 来粤就业), by its one-character name, when
    nothing else names a place: the one most written, never one of two written as often; a municipality is
    its own city too.  With ``city_abbreviations``, the same for a city (来穗人员, 在杭就读, 来汉人员) when no city
    nor county is read: the city and its province (which must agree with a province already read)."""
    vocab = vocabulary()
    body = vocab["body"]
    names = {k: v for k, v in vocab[table_name].items() if k not in body["arrival_ambiguous"]}
    pattern = re.compile(rf"(?:{'|'.join(map(re.escape, body['arrival_before']))})(?P<short>[{''.join(names)}])"
                         rf"(?:{'|'.join(map(re.escape, sorted(body['arrival_after'], key=len, reverse=True)))})")
    counts: Counter[str] = Counter()
    first: dict[str, Found] = {}
    for line, text in sorted(lines.items()):
        for match in pattern.finditer(text):
            short = match.group("short")
            counts[short] += 1
            first.setdefault(short, Found(line, match.start("short"), match.end("short"), short, "正文"))
    if not counts:
        return
    (short, count), *rest = counts.most_common(2) + [("", 0)]
    if rest[0][1] >= count:
        return
    table = divisions()
    examples = _examples(lines, year)[0]
    if table_name == "city_abbreviations":
        city = next((u for u in table.named(names[short], year) if u.level == "city"), None)
        if city is not None and any(_city_key(c) == _city_key(city.code) for c in examples):
            return  # 以广州市为例，来穗人员……: the example's, not the document's
        province = table.parents(city, year)[0] if city is not None else None
        if city is None or province is None or reading.province not in (None, province.name):
            return
        found = first[short]
        reading.province, reading.city, reading.code = province.name, city.name, city.code
        reading.named["city"] = found
        reading.source = found
        reading.note = (reading.note + "；" if reading.note else "") + \
            f"市从正文读出：「{short}」是{city.name}的简称（来{short}、在{short}……），出现{count}次；{city.name}属{province.name}（行政区划）"
        return
    province = next((u for u in table.named(names[short], year) if u.level == "province"), None)
    if province is None or any(c[:2] == province.code[:2] for c in examples):
        return  # 以北京市为例，……在京务工就业证明: the example's province, not the document's
    found = first[short]
    reading.province, reading.code = province.name, province.code
    reading.named["province"] = found
    reading.source = found
    if province.code[:2] in _MUNICIPALITIES:
        reading.city = province.name
    reading.note = (reading.note + "；" if reading.note else "") + \
        f"省从正文读出：「{short}」是{province.name}的简称（来{short}、在{short}……），出现{count}次"


def _province_by_permit(reading: Reading, lines: dict[int, str], year: int | None) -> None:
    """The province whose residence permit the parents must hold (持有《广西壮族自治区居住证》, 山东省居住证), when
    nothing else names a place: a permit is issued where the family lives, so it is the rules' province.  Only
    one province's, named by its full name, and never after a word of origin (户籍地…) or as an example."""
    table = divisions()
    origin_before = tuple(vocabulary()["body"]["origin_before"])
    examples = _examples(lines, year)[0]
    found: dict[str, tuple[Found, Unit]] = {}
    for line, text in sorted(lines.items()):
        for match in re.finditer(r"《?(?P<name>[\u4e00-\u9fff]{2,8}?(?:省|自治区|市))》?\s*(?=居住证)", text):
            if text[:match.start()].endswith(origin_before):
                continue
            units = [u for u in table.named(match.group("name"), year) if u.level == "province"]
            if units and units[0].code not in examples:
                found.setdefault(units[0].code, (Found(line, match.start("name"), match.end("name"),
                                                       match.group("name"), "正文"), units[0]))
    if len(found) != 1:
        return
    where, province = next(iter(found.values()))
    reading.province, reading.code = province.name, province.code
    if province.code[:2] in _MUNICIPALITIES:
        reading.city = province.name
    reading.named["province"] = where
    reading.source = where
    reading.note = (reading.note + "；" if reading.note else "") + f"省从正文读出：须持「{province.name}居住证」"


def _province_by_number(reading: Reading, year: int | None) -> None:
    """A province's own 文号 (晋教基函〔2021〕24号, 苏教基〔2023〕5号): its one-character name, then the office's (教 …,
    places.toml [number] office_after), when nothing else names a place: the province only."""
    vocab = vocabulary()
    number = reading.number
    short, office_ = number.text[:1], number.text[1:2]
    name = vocab["province_abbreviations"].get(short)
    if name is None or office_ not in vocab["number"]["office_after"]:
        return
    province = next((u for u in divisions().named(name, year) if u.level == "province"), None)
    if province is None:
        return
    reading.province, reading.code, reading.source = province.name, province.code, number
    if province.code[:2] in _MUNICIPALITIES:
        reading.city = province.name
    reading.note = f"文号「{number.text}」的“{short}”是{province.name}的简称"


def _corps(reading: Reading, lines: dict[int, str], head: list[int], year: int | None) -> None:
    """A division (师) of the 新疆生产建设兵团 named in the title or the opening lines (第十二师义务教育学校……招生公告): not
    an administrative division, but the corps' schools are in 新疆维吾尔自治区 ([corps] in places.toml): the province only."""
    vocab = vocabulary()["corps"]
    pattern = re.compile(vocab["pattern"])
    for number in head:
        match = pattern.search(lines[number])
        if match is None:
            continue
        province = next((u for u in divisions().named(vocab["province"], year) if u.level == "province"), None)
        if province is None:
            return
        found = Found(number, match.start(), match.end(), match.group(0), "正文" if number != getattr(reading.title, "line", None) else "标题")
        reading.province, reading.code, reading.source = province.name, province.code, found
        reading.note = f"「{match.group(0)}」是新疆生产建设兵团的师（非行政区划），其学校在{province.name}"
        return


def _copy(source: Reading, target: Reading) -> None:
    for key in ("province", "city", "county", "code", "named", "source", "note", "doubts"):
        setattr(target, key, getattr(source, key))


def _settle(reading: Reading, lines: dict[int, str], year: int | None,
            named: list[tuple[Found, list[Unit]]]) -> Reading:
    """A name several units share (鼓楼区), settled when the document names, anywhere, the city (or province)
    of exactly one of them (南京市); otherwise left as it is, a doubt."""
    table = divisions()
    # a name in full (鼓楼区), or written without its kind (象山: 象山区 of 桂林市, 象山县 of 宁波市)
    units = _dedupe([u for u in table.named(reading.county, year) if u.level == "county"] or
                    [u for u in table.by_stem.get(reading.county, []) if u.level == "county" and u.held_in(year)])
    names = {u.name for u in units}
    seen: dict[str, Found] = {}
    for unit in units:
        for parent in table.parents(unit, year):
            if parent is None or parent.name in seen:
                continue
            for line, text in sorted(lines.items()):
                at = text.find(parent.name)
                if at >= 0:
                    seen[parent.name] = Found(line, at, at + len(parent.name), parent.name, "正文")
                    break
    for level in (1, 0):  # the city first, then the province
        keep = [u for u in units if (p := table.parents(u, year)[level]) is not None and p.name in seen]
        if len(keep) == 1:
            parent = table.parents(keep[0], year)[level]
            settled = Reading(title=reading.title, year=reading.year, year_at=reading.year_at, number=reading.number)
            _resolve(settled, [*named, (seen[parent.name], [parent])], year)
            if settled.county in names and not settled.doubts:
                settled.note = (settled.note + "；" if settled.note else "") + \
                    f"「{reading.county}」所属的{'市' if level else '省'}从正文读出：「{parent.name}」"
                return settled
    # no city named: the other counties the text names (in a list, as where children come from: 户籍在鹿泉区、栾城区)
    # that lie in one city only, when it is the city of exactly one of them
    found = reading.named.get("county")
    siblings: dict[str, list[str]] = {}
    for mention in body_mentions(lines, year, "county"):
        codes = {u.code[:4] for u in mention.units}
        if mention.found.text != reading.county and len(codes) == 1:
            siblings.setdefault(next(iter(codes)), []).append(mention.units[0].name)
    keep = [u for u in units if u.code[:4] in siblings]
    if found is not None and len(keep) == 1:
        settled = Reading(title=reading.title, year=reading.year, year_at=reading.year_at, number=reading.number)
        _resolve(settled, [*named, (found, keep)], year)
        if settled.county in names and not settled.doubts:
            names = "、".join(dict.fromkeys(siblings[keep[0].code[:4]]))
            settled.note = (settled.note + "；" if settled.note else "") + \
                f"「{reading.county}」所属的市由正文所写同市的县区推定：{names}"
            return settled
    return reading


def _by_abbreviation(reading: Reading, city: Unit, year: int | None) -> tuple[Found, Unit] | None:
    """The county a 文号 prefix abbreviates (泽教字 → 泽州县), when its first character names one county of the city."""
    number = reading.number
    first = number.text[0]
    units = _dedupe([u for u in divisions().counties_in(city.code, year) if stem(u.name).startswith(first)])
    if len(units) != 1:
        return None
    return Found(number.line, number.start, number.end, number.text, "文号"), units[0]

