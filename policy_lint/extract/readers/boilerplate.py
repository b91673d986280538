"""Boilerplate: a sentence that states no fact the rules hold, and what it is instead.

Every sentence of a draft ends as facts, as 待确认, or set aside with a named reason: this reader
names the reason for a sentence that holds no fact word, no date and no length (``特制定本办法``,
``咨询电话：…``, ``各学校要加强宣传``).  A sentence with a fact word (``facts`` in
``boilerplate.toml``: 居住证, 材料, 报名, 须, 不得, …), a date or a length is never boilerplate,
except one saying why the rules are made (a ``strong`` kind: ``为保障符合条件的…，特制定本办法``), and one
scoring points (:func:`scoring`: ``…累计每满1年积4分``, ``（一）务工社保积分（58分）``): a ranking's count, set aside with
that reason, never a condition of entry.
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


def read(text: str) -> Reading | None:
    """The reason ``text`` is boilerplate (``label`` zh, ``value`` en), or None when it states a fact."""
    _facts, kinds, _subjects = _patterns()
    for reason, reason_en, pattern, strong in kinds:
        found = pattern.search(text) if strong and not _DATE.search(text) else None
        if found:
            return Reading(reason, found.start(), found.end(), reason_en)
    scored = scoring(text)
    if scored is not None or states_a_fact(text):
        return scored
    for reason, reason_en, pattern, _strong in kinds:
        found = pattern.search(text)
        if found:
            return Reading(reason, found.start(), found.end(), reason_en)
    return Reading(OTHER, 0, len(text), OTHER_EN)


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
