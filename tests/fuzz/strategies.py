"""Hypothesis strategies: county documents described as data, written out in the many wordings the
language accepts, and the checks that a parsed document is what was written.

A :class:`Doc` is the model-like description (what the county means: months, dates, material
names, group modes); :func:`write` turns it into rules text in a drawn :class:`Style` (ASCII or
full-width punctuation, indentation, comments, blank lines, aliases, quoting, section and key
order).  :func:`assert_parsed_as` compares the parsed :class:`~policy_lint.models.Rules` with the
description.  The wordings come from docs/language.md and the vocabulary, not from the parser.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

from policy_lint.build import (CONDITION_KEYS, GROUPS, METADATA_KEYS, PLACE_SUPPLY_KEYS, POINTS_KEYS, SCHEDULE_KEYS,
                               SCHOOL_KINDS, SCHOOL_LIFE_KEYS, SECTIONS)
from policy_lint.models import ConditionGroup, Housing, Rules, SchoolKind

ROOT = Path(__file__).resolve().parents[2]

# --- words --------------------------------------------------------------------------------------

#: characters that end a bare word; a value holding one must be quoted
RESERVED = set(" \t\r\n\u3000\ufeff{}｛｝:：、，,；;“”\"「」#")

CN_DIGITS = "零一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

PROVINCES = ["山西省", "浙江省", "广东省", "河南省", "四川省", "新疆维吾尔自治区", "北京市"]
CITIES = ["晋城市", "台州市", "运城市", "大同市", "广州市", "成都市"]
COUNTIES = ["泽州县", "三门县", "城区", "高平市", "椒江区", "县（市）"]
#: text a user controls, which must stay text: template syntax, markup, quotes of every kind
HOSTILE = ["{{7*7}}", "<script>alert(1)</script>", "${7*7}", "</textarea>", "&amp;", "'\"`", "\\n", "%s%d"]


def cn_number(n: int) -> str:
    """1 … 99 in Chinese numerals (一, 十二, 二十四)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def digits(n: int, draw_style: str) -> str:
    """``n`` in ASCII, full-width or (when < 100) Chinese digits."""
    if draw_style == "fullwidth":
        return str(n).translate(FULLWIDTH)
    if draw_style == "chinese" and 0 < n < 100:
        return cn_number(n)
    return str(n)


cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
#: a free-text name: CJK with the odd letter or digit, or hostile text
free_text = st.one_of(
    st.text(cjk, min_size=1, max_size=8),
    st.builds(lambda a, h, b: a + h + b, st.text(cjk, max_size=4), st.sampled_from(HOSTILE), st.text(cjk, max_size=4)),
)


# --- durations (docs/language.md: 半年 6, 一年 / 满1年 / 12个月 12, 一年半 18, 三年 36 …) ---------


@st.composite
def durations(draw) -> tuple[str, int]:
    """A duration phrase as counties write it, and its length in months."""
    kind = draw(st.sampled_from(["half", "years", "years_half", "decimal", "months", "months_spaced", "huge"]))
    style = draw(st.sampled_from(["ascii", "fullwidth", "chinese"]))
    if kind == "half":
        core, months = "半年", 6
    elif kind == "years":
        n = draw(st.integers(1, 6))
        word = "两" if n == 2 and draw(st.booleans()) else digits(n, style)
        core, months = f"{word}年", 12 * n
    elif kind == "years_half":
        n = draw(st.integers(1, 4))
        core, months = f"{digits(n, style)}年半", 12 * n + 6
    elif kind == "decimal":
        n = draw(st.integers(0, 4))
        core, months = f"{digits(n, 'ascii' if style == 'chinese' else style)}{'．' if style == 'fullwidth' else '.'}5年", 12 * n + 6
    elif kind == "months":
        n = draw(st.integers(1, 48))
        core, months = f"{digits(n, style)}个月", n
    elif kind == "months_spaced":
        n = draw(st.integers(1, 48))
        core, months = f"{digits(n, 'ascii' if style == 'chinese' else style)} 个月", n
    else:  # absurd but well-formed: the checks must cope
        n = draw(st.integers(1, 10**12 - 1))  # up to values.MAX_DIGITS digits
        core, months = f"{digits(n, 'ascii' if style == 'chinese' else style)}个月", n
    prefix = draw(st.sampled_from(["", "满", "连续", "累计", "不少于", "不低于"]))
    before = draw(st.sampled_from(["", "持有", "居住", "连续居住", "在本地", "缴纳", "参加社会保险", "持证"]))
    after = draw(st.sampled_from(["", "以上", "及以上", "（含）", "(含)"]))
    tail = draw(st.sampled_from(["", "且有效", "并登记"]))
    return f"{before}{prefix}{core}{after}{tail}", months


# --- conditions ---------------------------------------------------------------------------------

KINDS = {  # canonical key → (model kind value, needs a duration)
    "居住证": ("residence_permit", False), "居住": ("residence", True), "社保": ("social_insurance", False),
    "就业": ("employment", False), "住所": ("housing", False), "户籍": ("hukou", False), "其他": ("other", False),
}
PLAIN_VALUES = {
    "居住证": ["持有有效居住证", "持有本县居住证"],
    "社保": ["按规定参加社会保险", "父母一方参保"],
    "就业": ["合法稳定就业", "在本地务工经商"],
    "户籍": ["本市户籍", "非本县户籍"],
    "其他": ["无", "遵守相关规定"],
}
#: housing wordings and what they accept (the same table as tests/test_values.py)
HOUSING = [
    ("合法稳定住所", Housing.legal_stable), ("合法稳定住所（含租赁）", Housing.rental),
    ("房屋租赁合同（经备案）", Housing.rental), ("自有产权住房", Housing.owned),
    ("不动产权证书", Housing.owned), ("合法稳定住所（不含租赁）", Housing.owned), ("租赁住房不予认可", Housing.owned),
]
EXTRA_WORDS = ["父母一方", "本地", "监护人", "有效期内"]


@dataclass
class Cond:
    key: str  # canonical
    written_key: str
    words: list[str]  # the value's list items, as written (unquoted)
    months: int | None
    housing: Housing | None = None


@dataclass
class Group:
    mode: str  # "all" / "any"
    name: str  # as written
    items: list["Cond | Group"] = field(default_factory=list)


def aliases(table: dict, canonical: str) -> list[str]:
    entry = table[canonical]
    names = entry[-1] if isinstance(entry, tuple) and entry and isinstance(entry[-1], tuple) else entry
    return [canonical, *names]


@st.composite
def conditions(draw, key: str) -> Cond:
    written = draw(st.sampled_from(aliases(CONDITION_KEYS, key)))
    needs_duration = KINDS[key][1]
    housing = None
    if key == "住所":
        phrase, housing = draw(st.sampled_from(HOUSING))
        words, months = [phrase], None
    elif needs_duration or draw(st.booleans()):
        phrase, months = draw(durations())
        extras = draw(st.lists(st.sampled_from(EXTRA_WORDS), max_size=2, unique=True))
        words = extras + [phrase] if draw(st.booleans()) else [phrase] + extras
    else:
        words, months = [draw(st.sampled_from(PLAIN_VALUES[key]))], None
    return Cond(key=key, written_key=written, words=words, months=months, housing=housing)


@st.composite
def groups(draw, mode: str, name: str, depth: int) -> Group:
    keys = draw(st.lists(st.sampled_from(list(KINDS)), min_size=0 if depth < 3 else 1, max_size=4, unique=True))
    items: list = [draw(conditions(k)) for k in keys]
    if depth < 3:
        for _ in range(draw(st.integers(0, 2 if depth == 1 else 1))):
            canonical = draw(st.sampled_from(list(GROUPS)))
            sub_name = draw(st.sampled_from(aliases({k: v[1] for k, v in GROUPS.items()}, canonical)))
            items.insert(draw(st.integers(0, len(items))), draw(groups(GROUPS[canonical][0], sub_name, depth + 1)))
    if not items:
        items.append(draw(conditions("居住")))
    return Group(mode=mode, name=name, items=items)


# --- materials ----------------------------------------------------------------------------------


def _vocabulary() -> list[tuple[str, str]]:
    data = tomllib.loads((ROOT / "rulesets" / "vocabulary.toml").read_text(encoding="utf-8"))
    return sorted({(alias, name) for name, names in data["materials"].items() for alias in [name, *names]})


VOCABULARY = _vocabulary()
NOISE = ["", "原件及复印件", "复印件", "原件", "（原件）", "(复印件)", "一份", "原件和复印件", "（需加盖公章）"]
NUMBERING = ["", "1.", "２．", "（3）", "(4)"]


def expected_material(written: str) -> str | None:
    """The documented rule: parenthesised notes, 原件 and 复印件 dropped, the longest alias contained
    in what remains names the material.  ``None`` when two materials tie (not generated)."""
    found = [(alias, name) for alias, name in VOCABULARY if alias in written]
    if not found:
        return None
    longest = max(len(a) for a, _ in found)
    names = {name for alias, name in found if len(alias) == longest}
    return names.pop() if len(names) == 1 else None


@st.composite
def materials(draw) -> tuple[str, str]:
    """(the item as written, its normalised name)."""
    alias, name = draw(st.sampled_from(VOCABULARY))
    noise = draw(st.sampled_from(NOISE))
    written = alias + noise
    from hypothesis import assume

    assume(expected_material(written) == name)
    return draw(st.sampled_from(NUMBERING)) + written, name


# --- dates --------------------------------------------------------------------------------------


@st.composite
def dates(draw, year: int, full: bool) -> tuple[str, dt.date]:
    """A date as written (``full``: with its year) and its value."""
    day = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    fmt = draw(st.sampled_from(["cn", "dash", "dot", "slash", "cn_hao", "cn_spaced"] if full else
                               ["cn", "cn_hao", "cn_noyear", "cn_noyear_hao", "dash", "dot"]))
    style = draw(st.sampled_from(["ascii", "fullwidth"]))
    d = lambda n: digits(n, style)  # noqa: E731
    y, m, dd = d(day.year), d(day.month), d(day.day)
    text = {
        "cn": f"{y}年{m}月{dd}日",
        "cn_hao": f"{y}年{m}月{dd}号",
        "cn_spaced": f"{y} 年 {m} 月 {dd} 日",
        "cn_noyear": f"{m}月{dd}日",
        "cn_noyear_hao": f"{m}月{dd}号",
        "dash": f"{y}-{day.month:02d}-{day.day:02d}",
        "dot": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m}/{dd}",
    }[fmt]
    return text, day


@st.composite
def date_ranges(draw, year: int) -> tuple[str, tuple[dt.date, dt.date]]:
    """A date or a range as written (docs/language.md: 7月1日至7月10日, 7月1日至10日, 2021.7.1-7.10,
    2021-07-01~2021-07-10, 7月1日—7月10日) and its (start, end)."""
    start_text, start = draw(dates(year, full=draw(st.booleans())))
    if draw(st.integers(0, 3)) == 0:
        return start_text, (start, start)
    end = draw(st.dates(start, dt.date(year, 12, 31)))
    sep = draw(st.sampled_from(["至", "到", "—", "——", "–", "－", "-", "~", "～", "〜", " 至 ", " - "]))
    options = [f"{end.year}年{end.month}月{end.day}日", f"{end.month}月{end.day}日", f"{end.year}.{end.month}.{end.day}"]
    if end.month == start.month:
        options.append(f"{end.day}日")
    if "." in start_text or "．" in start_text:
        options.append(f"{end.month}.{end.day}")
    return start_text + sep + draw(st.sampled_from(options)), (start, end)


# --- the document -------------------------------------------------------------------------------


@dataclass
class Doc:
    province: str
    city: str | None
    county: str | None
    year: int
    year_text: str
    doc_number: str | None
    basis: list[str]
    submitted: tuple[str, dt.date] | None
    conditions: Group | None
    materials: list[list[tuple[str, str]]]  # lines of (written, name)
    schedules: dict[str, dict[str, tuple[str, tuple[dt.date, dt.date]]]]  # 公办/民办 → key → range
    selection: dict[str, list[str]]  # 公办/民办 → selection words (无 = [])
    private: dict[str, int]  # 核定计划 / 计划招生 → number (written with 人 etc.)
    section_names: dict[str, str] = field(default_factory=dict)  # canonical → as written
    points: dict[str, list[str]] = field(default_factory=dict)  # 标准 / 平台 / 依据 → words
    #: the free-text sections (在校管理, 学位保障): section → canonical key → (key as written, words)
    free_text: dict[str, dict[str, tuple[str, list[str]]]] = field(default_factory=dict)


#: the free-text sections and their keys (each value is the joined text, as written)
FREE_TEXT_SECTIONS: dict[str, dict[str, tuple[str, ...]]] = {"在校管理": SCHOOL_LIFE_KEYS, "学位保障": PLACE_SUPPLY_KEYS}
#: the model field of each free-text key
FREE_TEXT_FIELDS: dict[str, tuple[str, dict[str, str]]] = {
    "在校管理": ("school_life", {"教育教学": "teaching", "日常管理": "management", "评优评先": "awards",
                             "转学": "transfer"}),
    "学位保障": ("place_supply", {"学位": "places", "小班化": "small_classes"}),
}
#: every section :func:`write` can write; tests/fuzz/test_generated.py holds it equal to build.SECTIONS
WRITTEN_SECTIONS = {"基本信息", "入学条件", "证明材料", "招生安排", "积分入学", "民办学校", *FREE_TEXT_SECTIONS}

#: words of the free-text entries: what counties write, and any CJK text
PHRASES = ["全面推行", "一视同仁", "单独编班", "混合编班", "统筹安排", "学位充足", "试点", "不设名额限制", "平等对待"]
words_cjk = st.one_of(st.sampled_from(PHRASES), st.text(cjk, min_size=1, max_size=8))


@st.composite
def documents(draw) -> Doc:
    year = draw(st.one_of(st.integers(2000, 2035), st.integers(1900, 9999)))  # a typo'd year must not crash
    year_text = draw(st.sampled_from([str(year), f"{year}年", str(year).translate(FULLWIDTH), f"{year} 年"]))
    cond = None
    if draw(st.integers(0, 5)):
        section = draw(st.sampled_from(aliases(SECTIONS, "入学条件")))
        cond = draw(groups("all", section, 1))
    mats = draw(st.lists(st.lists(materials(), min_size=1, max_size=3), max_size=5))
    schedules: dict = {}
    selection: dict = {}
    for kind in draw(st.lists(st.sampled_from(["公办", "民办"]), unique=True, max_size=2)):
        keys = draw(st.lists(st.sampled_from(["报名", "摇号", "录取"]), unique=True, max_size=3))
        schedules[kind] = {k: draw(date_ranges(year)) for k in keys}
        selection[kind] = draw(st.sampled_from([[], ["面试"], ["考试", "测评"]]))
    private = {k: draw(st.one_of(st.integers(0, 99999), st.integers(0, 10**12 - 1))) for k in
               draw(st.lists(st.sampled_from(["核定计划", "计划招生"]), unique=True, max_size=2))}
    return Doc(
        province=draw(st.one_of(st.sampled_from(PROVINCES), free_text)),
        city=draw(st.one_of(st.none(), st.sampled_from(CITIES), free_text)),
        county=draw(st.one_of(st.none(), st.sampled_from(COUNTIES), free_text)),
        year=year,
        year_text=year_text,
        doc_number=draw(st.one_of(st.none(), st.builds(lambda c, n: f"{c}教发〔{year}〕{n}号", st.text(cjk, min_size=1, max_size=3), st.integers(1, 99)), free_text)),
        basis=draw(st.lists(st.one_of(st.builds(lambda n: f"晋教基函〔{year}〕{n}号", st.integers(1, 99)), free_text), max_size=3)),
        submitted=draw(st.one_of(st.none(), dates(year, full=draw(st.booleans())))),
        conditions=cond,
        materials=mats,
        schedules=schedules,
        selection=selection,
        private=private,
        section_names={canonical: draw(st.sampled_from(aliases(SECTIONS, canonical))) for canonical in SECTIONS},
        points={key: draw(st.lists(words_cjk, min_size=1, max_size=3)) for key in
                draw(st.lists(st.sampled_from(list(POINTS_KEYS)), unique=True, max_size=3))},
        free_text={section: {key: (draw(st.sampled_from(aliases(keys, key))),
                                   draw(st.lists(words_cjk, min_size=1, max_size=3)))
                             for key in draw(st.lists(st.sampled_from(list(keys)), unique=True, min_size=1))}
                   for section, keys in FREE_TEXT_SECTIONS.items() if draw(st.booleans())},
    )


# --- writing it out -----------------------------------------------------------------------------


@dataclass
class Style:
    fullwidth_colon: bool
    fullwidth_braces: bool
    separators: list[str]
    indent: str
    comments: bool
    blank_lines: bool
    crlf: bool
    quotes: list[tuple[str, str]]
    quote_always: bool
    seed: int


styles = st.builds(
    Style,
    fullwidth_colon=st.booleans(),
    fullwidth_braces=st.booleans(),
    separators=st.lists(st.sampled_from(["、", "，", ",", "；", ";", "、 ", " ，"]), min_size=1, max_size=3),
    indent=st.sampled_from(["    ", "\t", "  ", "\u3000\u3000", ""]),
    comments=st.booleans(),
    blank_lines=st.booleans(),
    crlf=st.booleans(),
    quotes=st.lists(st.sampled_from([("“", "”"), ('"', '"'), ("「", "」")]), min_size=1, max_size=3),
    quote_always=st.booleans(),
    seed=st.integers(0, 2**16),
)


def _needs_quotes(text: str) -> bool:
    return any(ch in RESERVED for ch in text) or text != text.strip()


class _Writer:
    def __init__(self, style: Style):
        self.s = style
        self.rng = random.Random(style.seed)
        self.lines: list[str] = []

    def quote(self, text: str, force: bool = False) -> str:
        if force or self.s.quote_always or _needs_quotes(text) or self.rng.random() < 0.2:
            usable = [(o, c) for o, c in self.s.quotes if o not in text and c not in text]
            if not usable:
                usable = [q for q in [("“", "”"), ('"', '"'), ("「", "」")] if q[0] not in text and q[1] not in text]
            assert usable, text
            o, c = self.rng.choice(usable)
            return f"{o}{text}{c}"
        return text

    def words(self, words: list[str]) -> str:
        out = self.quote(words[0])
        for w in words[1:]:
            out += self.rng.choice(self.s.separators) + self.quote(w)
        return out

    def line(self, depth: int, text: str) -> None:
        if self.s.blank_lines and self.rng.random() < 0.15:
            self.lines.append(self.s.indent * depth if self.rng.random() < 0.5 else "")
        if self.s.comments and self.rng.random() < 0.1:
            self.lines.append(self.s.indent * depth + "# 说明：{见下}、“注释”")
        comment = "  # 备注：{x}" if self.s.comments and self.rng.random() < 0.2 else ""
        self.lines.append(self.s.indent * depth + text + comment)

    def pair(self, depth: int, key: str, value: str) -> None:
        colon = "：" if self.s.fullwidth_colon else ":"
        space = self.rng.choice(["", " ", "  "])
        self.line(depth, f"{key}{colon}{space}{value}")

    def open(self, depth: int, name: str) -> None:
        self.line(depth, f"{name} {'｛' if self.s.fullwidth_braces else '{'}")

    def close(self, depth: int) -> None:
        self.line(depth, "｝" if self.s.fullwidth_braces else "}")


def write(doc: Doc, style: Style) -> str:
    """The rules text of ``doc`` in ``style`` (sections, and keys within them, in a shuffled order)."""
    w = _Writer(style)
    w.line(0, "# 随迁子女入学实施细则 {{7*7}} <script>")
    sections = []

    def meta() -> None:
        w.open(0, doc.section_names["基本信息"])
        entries = [("省", w.words([doc.province])), ("年度", w.quote(doc.year_text))]
        for key, value in (("市", doc.city), ("县", doc.county), ("文号", doc.doc_number)):
            if value is not None:
                entries.append((key, w.words([value])))
        if doc.basis:
            entries.append(("依据", w.words(doc.basis)))
        if doc.submitted:  # before or after 年度: a date without its year takes the 年度 wherever it is
            entries.append(("报送日期", w.quote(doc.submitted[0])))
        w.rng.shuffle(entries)
        for key, value in entries:
            w.pair(1, w.rng.choice(aliases(METADATA_KEYS, key)), value)
        w.close(0)

    sections.append(meta)

    def group(g: Group, depth: int) -> None:
        w.open(depth, g.name)
        for item in g.items:
            if isinstance(item, Group):
                group(item, depth + 1)
            else:
                w.pair(depth + 1, item.written_key, w.words(item.words))
        w.close(depth)

    if doc.conditions is not None:
        sections.append(lambda: group(doc.conditions, 0))
    if doc.materials:
        def mats() -> None:
            w.open(0, doc.section_names["证明材料"])
            for line in doc.materials:
                w.line(1, w.words([written for written, _ in line]))
            w.close(0)
        sections.append(mats)
    if doc.schedules:
        def sched() -> None:
            w.open(0, doc.section_names["招生安排"])
            kinds = list(doc.schedules)
            w.rng.shuffle(kinds)
            for kind in kinds:
                w.open(1, w.rng.choice(aliases({k: v[1] for k, v in SCHOOL_KINDS.items()}, kind)))
                entries = list(doc.schedules[kind].items())
                w.rng.shuffle(entries)
                for key, (text, _) in entries:
                    w.pair(2, w.rng.choice(aliases(SCHEDULE_KEYS, key)), w.quote(text))
                selection = doc.selection[kind]
                w.pair(2, "选拔", w.words(selection or ["无"]))
                w.close(1)
            w.close(0)
        sections.append(sched)
    if doc.private:
        def private() -> None:
            w.open(0, doc.section_names["民办学校"])
            for key, number in doc.private.items():
                written = w.rng.choice([str(number), f"{number}人", f"{number:,}", str(number).translate(FULLWIDTH)])
                w.pair(1, key, w.quote(written))
            w.close(0)
        sections.append(private)
    if doc.points:
        def points() -> None:
            w.open(0, doc.section_names["积分入学"])
            for key, words in doc.points.items():
                w.pair(1, w.rng.choice(aliases(POINTS_KEYS, key)), w.words(words))
            w.close(0)
        sections.append(points)
    for section, entries in doc.free_text.items():
        def free(section: str = section, entries: dict = entries) -> None:
            w.open(0, doc.section_names[section])
            for written, words in entries.values():
                w.pair(1, written, w.words(words))
            w.close(0)
        sections.append(free)
    w.rng.shuffle(sections)
    for section in sections:
        section()
    text = "\n".join(w.lines) + "\n"
    return text.replace("\n", "\r\n") if style.crlf else text


# --- the oracle ---------------------------------------------------------------------------------


def _check_group(parsed: ConditionGroup, expected: Group) -> None:
    assert parsed.mode == expected.mode, (parsed.label, parsed.mode, expected.mode)
    assert parsed.label == expected.name
    assert len(parsed.items) == len(expected.items), (parsed.label, len(parsed.items), len(expected.items))
    for got, want in zip(parsed.items, expected.items):
        if isinstance(want, Group):
            assert isinstance(got, ConditionGroup)
            _check_group(got, want)
            continue
        assert not isinstance(got, ConditionGroup)
        assert got.kind.value == KINDS[want.key][0], (got.key, want.key)
        assert got.key == want.written_key
        assert got.months == want.months, (got.raw, got.months, want.months)
        if want.housing is not None:
            assert got.housing is want.housing, (got.raw, got.housing, want.housing)


def _value_at(text: str, span, raw: str) -> None:
    """The span of a value covers what was written (the quotes included when quoted)."""
    line = text.split("\n")[span.line - 1]
    covered = line[span.column - 1: span.end_column - 1]
    assert covered in (raw, *(o + raw + c for o, c in [("“", "”"), ('"', '"'), ("「", "」")])), (covered, raw)


#: what separates and quotes the words of a joined value (dropped to compare it with its words)
_JOINERS = re.compile(r"[\s、，,；;“”\"「」]")


def _joined_as(value, words: list[str], text: str) -> None:
    """A joined free-text value: its span covers it as written, and it holds exactly ``words`` in order."""
    assert value is not None
    _value_at(text, value.span, value.raw)
    assert _JOINERS.sub("", value.value) == "".join(words), (value.value, words)


def assert_parsed_as(rules: Rules, doc: Doc, text: str) -> None:
    """``rules`` (parsed from ``text``) holds exactly what ``doc`` describes."""
    meta = rules.metadata
    assert meta.province is not None and meta.province.value == doc.province.strip()
    _value_at(text, meta.province.span, meta.province.raw)
    assert meta.year is not None and meta.year.value == doc.year
    for got, want in ((meta.city, doc.city), (meta.county, doc.county), (meta.doc_number, doc.doc_number)):
        assert (got.value if got else None) == (want.strip() if want is not None else None)
        if got is not None:
            _value_at(text, got.span, got.raw)
    assert [b.value for b in meta.basis] == [b.strip() for b in doc.basis]
    assert (meta.submitted.value if meta.submitted else None) == (doc.submitted[1] if doc.submitted else None)
    if doc.conditions is None:
        assert rules.conditions is None
    else:
        assert rules.conditions is not None
        _check_group(rules.conditions, doc.conditions)
        for condition, _ in rules.conditions.walk():
            if condition.months_span is not None:  # the caret of a duration lies on the value's line
                assert condition.span.line <= condition.months_span.line <= condition.span.end_line
    assert [m.name for m in rules.materials] == [name for line in doc.materials for _, name in line]
    assert all(m.known for m in rules.materials)
    assert {s.kind for s in rules.schedules} == {
        SchoolKind.public if k == "公办" else SchoolKind.private for k in doc.schedules}
    for kind, entries in doc.schedules.items():
        schedule = rules.schedule(SchoolKind.public if kind == "公办" else SchoolKind.private)
        for key, field_name in (("报名", "registration"), ("摇号", "lottery"), ("录取", "admission")):
            got = getattr(schedule, field_name)
            if key in entries:
                assert got is not None and (got.start, got.end) == entries[key][1], (key, entries[key][0], got)
            else:
                assert got is None
        assert [v.value for v in schedule.selection] == doc.selection[kind]
    if doc.points:
        assert rules.points is not None
        assert [v.value for v in rules.points.standards] == doc.points.get("标准", [])
        assert [v.value for v in rules.points.platforms] == doc.points.get("平台", [])
        if "依据" in doc.points:
            _joined_as(rules.points.basis, doc.points["依据"], text)
        else:
            assert rules.points.basis is None
    else:
        assert rules.points is None
    for section, (attribute, fields) in FREE_TEXT_FIELDS.items():
        parsed = getattr(rules, attribute)
        entries = doc.free_text.get(section)
        if entries is None:
            assert parsed is None, section
            continue
        assert parsed is not None, section
        for key, field_name in fields.items():
            if key in entries:
                _joined_as(getattr(parsed, field_name), entries[key][1], text)
            else:
                assert getattr(parsed, field_name) is None, (section, key)
    if doc.private:
        assert rules.private is not None
        for key, field_name in (("核定计划", "approved_plan"), ("计划招生", "planned")):
            got = getattr(rules.private, field_name)
            assert (got.value if got else None) == doc.private.get(key)
