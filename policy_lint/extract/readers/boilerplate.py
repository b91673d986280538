"""Boilerplate: a sentence that states no fact the rules hold, and what it is instead.

Every sentence of a draft ends as facts, as 待确认, or set aside with a named reason: this reader
names the reason for a sentence that holds no fact word, no date and no length (``特制定本办法``,
``咨询电话：…``, ``各学校要加强宣传``).  A sentence with a fact word (``facts`` in
``boilerplate.toml``: 居住证, 材料, 报名, 须, 不得, …), a date or a length is never boilerplate,
except one saying why the rules are made (a ``strong`` kind: ``为保障符合条件的…，特制定本办法``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import values as V
from . import Reading, alternation, vocabulary
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


def read(text: str) -> Reading | None:
    """The reason ``text`` is boilerplate (``label`` zh, ``value`` en), or None when it states a fact."""
    _facts, kinds, _subjects = _patterns()
    for reason, reason_en, pattern, strong in kinds:
        found = pattern.search(text) if strong and not _DATE.search(text) else None
        if found:
            return Reading(reason, found.start(), found.end(), reason_en)
    if states_a_fact(text):
        return None
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
