"""Designated schools: a clause sending migrant children to schools set aside for them.

``其随迁子女可在指定学校报名``, ``到流动人口指定学校（…）就读``, ``均对应在“接收流动人口子女就读学校”入学``:
where migrant children may register or study is a list of designated schools instead of the school of their
catchment area (PL112 reads it).  A clause with no word sending the child there, or under a ban
(``不得指定学校``), or placing children near home (``按相对就近原则统筹安排到…等公办学校``), reads as nothing.  Vocabulary: ``designated.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("designated")
    return (re.compile(alternation(v["schools"])), re.compile(alternation(v["route"])),
            re.compile(alternation(v["negations"])), re.compile(alternation(v["notice"])),
            re.compile(alternation(v["nearby"])))


def read(text: str) -> Reading | None:
    """The words of ``text`` (one clause) naming designated schools that children are sent to, or None."""
    schools, route, negations, _, nearby = _patterns()
    found = schools.search(text)
    if found is None or not route.search(text[:found.start()] + "□" + text[found.end():]) \
            or negations.search(text[:found.start()]) \
            or (nearby.search(text[:found.start()]) and not re.search("指定|定点", found.group())):
        # the route outside the school's name (指定接收中学要…: none); 按相对就近原则统筹安排到A、B、C等公办学校: the
        # schools near the family, named, not set aside (按照相对就近原则分配到指定学校 still sets them aside)
        return None
    return Reading("designated", found.start(), found.end())


def schools(text: str):
    """Every span of ``text`` naming designated schools (``指定学校``, ``有接收随迁子女的小学``), sent there or not:
    the words PL112 looks for in a ``随迁子女报名`` written by a person, who says the route there."""
    for found in _patterns()[0].finditer(text):
        yield Reading("designated", found.start(), found.end())


def notice(text: str) -> bool:
    """Whether ``text`` names the child's own notice of admission (``领取入学通知书``): a school it names
    (``前往指定学校办理入学报名手续``) is the one the child was placed in, not a school set aside."""
    return bool(_patterns()[3].search(text))
