"""Boilerplate: a sentence that states no fact the rules hold, and what it is instead.

Every sentence of a draft ends as facts, as 待确认, or set aside with a named reason: this reader
names the reason for a sentence that holds no fact word, no date and no length (``特制定本办法``,
``咨询电话：…``, ``各学校要加强宣传``).  A sentence with a fact word (``facts`` in
``boilerplate.toml``: 居住证, 材料, 报名, 须, 不得, …), a date or a length is never boilerplate,
except one saying why the rules are made (a ``strong`` kind: ``为保障符合条件的…，特制定本办法``), and one
scoring points (:func:`scoring`: ``…累计每满1年积4分``, ``（一）务工社保积分（58分）``): a ranking's count, set aside with
that reason, never a condition of entry; and a service guide's label (:func:`guide`: ``申报地点：…受理窗口``,
``办理时间：工作日上午9:00-12:00``, a guide's title): where and when to go, set aside with that reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import values as V
from . import Reading, alternation, vocabulary
from . import points as _points
from ... import lazy_re

PURPOSE = "制定的依据和目的"
OTHER = "不含入学条件、证明材料、日期或时长，无可检查的内容"
OTHER_EN = "holds no condition, material, date or length to check"


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("boilerplate")
    facts = re.compile(alternation(v["facts"]["words"]))
    kinds = [(k["reason"], k["reason_en"], re.compile(alternation(k["words"])), k.get("strong", False))
             for k in v["kinds"]]
    return facts, kinds, re.compile(alternation(v["subjects"]["words"]))


_DATE = lazy_re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*[-./年]\s*\d{1,2}")


def states_a_fact(text: str) -> bool:
    """Whether ``text`` holds a fact word, a date or a length (a sentence to read, or 待确认)."""
    facts, _kinds, subjects = _patterns()
    bare = subjects.sub("□", text)
    return bool(facts.search(bare) or _DATE.search(text) or V.duration(text) is not None)


@lru_cache(maxsize=None)
def _scoring():
    v = vocabulary("boilerplate")["scoring"]
    number = r"\s*(?:\d+(?:\.\d+)?|[一二三四五六七八九十百]+)\s*分(?![钟之])"
    said = re.compile(rf"(?<![不未])(?:{alternation(v['award'])}){number}"
                      rf"|(?:{alternation(v['totals'])})\s*(?:为|是)?{number}"
                      rf"|积分\s*[（(]{number}[）)]|(?:{alternation(v['words'])})")
    return said, re.compile(alternation(v["asks"])), v["reason"], v["reason_en"]


def scoring(text: str) -> Reading | None:
    """The words of ``text`` that score points (``每满1年积4分``, ``总分120分``, ``务工社保积分（58分）``, ``不得分``) when
    it does nothing but score: a ranking's count (``label``: the reason), not a condition of entry; None when it
    scores nothing, sets a points line or says who is below it (``积分达11分及以上…``: read by the points reader), asks
    something (``须``, ``可申请``) or holds a date."""
    said, asks, reason, reason_en = _scoring()
    found = said.search(text) or _points.scores(text)
    if found is None or _DATE.search(text) or _points.line(text) or _points.below(text):
        return None
    if asks.search(said.sub("□", text)):
        return None
    start, end = (found.start(), found.end()) if isinstance(found, re.Match) else (found.start, found.end)
    return Reading(reason, start, end, reason_en)


#: a telephone number (0351-1234567, 13812345678), which _DATE would take for a year and a month
_PHONE = lazy_re.compile(r"(?<!\d)(?:0\d{2,3}\s*[-－—]\s*)?\d{7,8}(?!\d)|(?<!\d)1\d{10}(?!\d)")
_ITEM_NUMBER = r"(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.．、]|[①-⑳])?"


@lru_cache(maxsize=None)
def _guide():
    v = vocabulary("boilerplate")["guide"]
    ends = {kind: alternation(v[kind]) for kind in ("places", "contacts", "times")}
    label = re.compile(rf"^\s*{_ITEM_NUMBER}\s*[【\[]?\s*(?P<label>(?P<prefix>[^，,。；;：:【】\[\]（）()《》]{{0,10}}?)"
                       rf"(?:(?P<times>{ends['times']})|{ends['places']}|{ends['contacts']}))\s*[】\]]?\s*(?:[：:]\s*|$)")
    hours = re.compile(rf"(?:{alternation(v['hours'])})")
    titles = alternation(v["titles"])
    title = re.compile(rf"^\s*{_ITEM_NUMBER}\s*[^，,。；;：:]{{0,30}}?(?:{titles})\s*[：:]?\s*$")
    named = re.compile(rf"《[^《》]{{0,60}}(?:{titles})》")
    return (label, hours, re.compile(alternation(v["asks"])), re.compile(alternation(v["family"])), title, named,
            v["reason"], v["reason_en"])


def states_a_score(reading: Reading) -> bool:
    """Whether ``reading`` is scoring's (how points are scored): set aside, yet listed for a person to see,
    since a points standard is checked apart (PL501–PL506)."""
    return reading.label == _scoring()[2]


def guide(text: str) -> Reading | None:
    """The words of ``text`` that make it a service guide's label or title (``label``: the reason), or None.

    A label of where, whom to call or when (``申报地点：``, ``【报名地点】：``, ``咨询电话：``, ``办理时间：``) with what
    follows it, when that holds no date and no length, asks nothing and names no paper (``须``, ``提交``, ``材料``,
    ``与…一致``), and a time label holds only office hours (``工作日上午9:00-12:00``); not a label of the family's own
    address (``居住地址：``).  Or a guide's title alone (``…积分入学办事指南``), or a sentence sending the reader to one
    (``可阅读…《…操作指南》``) that states no fact besides."""
    label, hours, asks, family, title, named, reason, reason_en = _guide()
    if _DATE.search(_PHONE.sub("□", text)) or V.duration(text) is not None:
        return None  # (a telephone number, 0351-1234567, is no date)
    found = label.match(text)
    if found is not None:
        rest = text[found.end():]
        if family.search(found.group("prefix")) or asks.search(rest):
            return None
        if found.group("times") and hours.sub("", rest).strip("。.；; "):
            return None  # a time that is not office hours (报名时间：一般为每年春季): a schedule to read, or 待确认
        return Reading(reason, found.start("label"), found.end("label"), reason_en)
    found = title.match(text)
    if found is not None:
        return Reading(reason, found.start(), found.end(), reason_en)
    found = named.search(text)
    if found is not None and not states_a_fact(named.sub("□", text)):
        return Reading(reason, found.start(), found.end(), reason_en)
    return None


@lru_cache(maxsize=None)
def _heading():
    v = vocabulary("boilerplate")["heading"]
    title = r"[^，,。；;：:！!？?【】\[\]]{0,16}?"
    line = re.compile(rf"^\s*{_ITEM_NUMBER}\s*[【\[]?\s*(?P<title>{title}(?:{alternation(v['topics'])})"
                      rf"|[^，,。；;：:！!？?【】\[\]的]{{0,16}}?(?:{alternation(v['groups'])}))\s*[】\]]?\s*(?:[：:]|……|…)?\s*$")
    return line, re.compile(alternation(v["asks"])), v["reason"], v["reason_en"]


def heading(text: str) -> Reading | None:
    """The words of ``text`` when it is nothing but a heading naming the topic of what follows (``1.满足条件``,
    ``（二）报名对象``, ``录取批次``, ``（三）非本市户籍学生``): ``label`` the reason; None for a line with a date, a length
    or a word asking something (``须``, ``满``), and for a paper's name alone (``（一）居住证``)."""
    line, asks, reason, reason_en = _heading()
    found = line.match(text)
    if found is None or _DATE.search(text) or V.duration(text) is not None or asks.search(found.group("title")):
        return None
    return Reading(reason, found.start("title"), found.end("title"), reason_en)


#: a date and a time of day as a page prints them (2020-05-06, 2020-03-21 21:41:05, 2023年12月14日)
_STAMP = r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"


@lru_cache(maxsize=None)
def _page():
    v = vocabulary("boilerplate")["page"]
    label = rf"(?:{alternation(v['labels'])})\s*[：:]\s*[^，,。；;：:]{{0,20}}?"
    # labels with what they give (来源：林校路街道  日期：2020-05-06), or a poster's name and the time (胡名政 2020-03-21 21:41:05)
    return (re.compile(rf"^\s*(?:{label}\s*)+$|^\s*[\u4e00-\u9fff]{{2,4}}\s+{_STAMP}\s*$"),
            re.compile(rf"^\s*(?:{label}\s*)*?(?:{alternation(v['labels'])})\s*[：:]\s*{_STAMP}\s*(?:{label}\s*)*$"),
            v["reason"], v["reason_en"])


def page(text: str) -> Reading | None:
    """The reason ``text`` is the page's own information (``来源：林校路街道  日期：2020-05-06``, ``发布日期：2023-12-14``,
    ``胡名政 2020-03-21 21:41:05``): who posted it and when; None for anything else (``报名时间：7月1日至5日`` names no
    page label, and a label with a sentence after it is not the page's)."""
    labels, dated, reason, reason_en = _page()
    stamped = dated.match(text) or (labels.match(text) if re.search(_STAMP, text) else None)
    if stamped is None or re.search(r"报名|摇号|录取|审核|登记|受理|截止", text):
        return None
    return Reading(reason, 0, len(text.rstrip()), reason_en)


def read(text: str) -> Reading | None:
    """The reason ``text`` is boilerplate (``label`` zh, ``value`` en), or None when it states a fact."""
    _facts, kinds, _subjects = _patterns()
    found = heading(text) or page(text)
    if found is not None:
        return found
    for reason, reason_en, pattern, strong in kinds:
        found = pattern.search(text) if strong and not _DATE.search(text) else None
        if found:
            return Reading(reason, found.start(), found.end(), reason_en)
    scored = scoring(text)
    if scored is not None:
        return scored
    if states_a_fact(text):
        return guide(text)
    for reason, reason_en, pattern, _strong in kinds:
        found = pattern.search(text)
        if found:
            return Reading(reason, found.start(), found.end(), reason_en)
    return guide(text) or Reading(OTHER, 0, len(text), OTHER_EN)


@lru_cache(maxsize=None)
def _letter():
    v = vocabulary("boilerplate")["letter"]
    return (re.compile(alternation(v["asks"])), re.compile(alternation(v["labels"])),
            re.compile(alternation(v["first_person"])), v["reason"], v["reason_en"])


def letter(paragraph: str) -> Reading | None:
    """The reason a paragraph is the asker's words in a letter or message (``来信内容：长沙租房工作适龄小孩如何上学``,
    ``你好： 我是瑞安陶山人，…可以…吗？``): it asks, and it speaks in the first person or is labelled as a letter; the
    span is the question word.  A reply (``区教育局答复：…``) asks nothing; None for it and any other paragraph."""
    asks, labels, first_person, reason, reason_en = _letter()
    asked = asks.search(paragraph)
    if asked is None or not (first_person.search(paragraph) or labels.search(paragraph)):
        return None
    return Reading(reason, asked.start(), asked.end(), reason_en)


@lru_cache(maxsize=None)
def _consultation() -> re.Pattern[str]:
    v = vocabulary("boilerplate")["consultation"]
    bring, errands, objection = (alternation(v[k]) for k in ("bring", "errands", "objection"))
    return re.compile(rf"(?:{bring})[^。；;]*?(?:前往|到|至|来)[^。；;，,]{{0,30}}?(?:进行|办理)?(?:相关)?(?:{errands})"
                      rf"|(?:{objection})[^。；;]{{0,12}}?[，,]\\s*(?:请|可|须|需)?(?:{bring})")


def consultation(text: str) -> Reading | None:
    """Words saying papers are brought to ask, object or appeal (``对所分配中学有异议，请携带好…户口簿、房产证、居住证，…
    前往…进行相关咨询``): the papers are materials of the errand, and carry no condition of entry; or None.  Papers
    brought to register (``携带…到学校报名``) are no errand of this kind."""
    found = _consultation().search(text)
    return Reading("consultation", found.start(), found.end()) if found else None
