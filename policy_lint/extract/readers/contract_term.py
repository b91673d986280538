"""The term a labour contract must run for: ``签订一年以上劳动合同``, ``劳动合同期限一年以上``.

A contract's term (劳动合同法第十二条: 固定期限、无固定期限…) asks nothing of how long the parent has worked:
a worker hired last week on a two-year contract has one.  It is read apart from a time worked: a length with
满, 连续 or 累计 before it (``签订有效满一年劳动合同``) is a time completed and is not a term (the condition's
length, PL104's).  Each reading's span is the length's words (``一年以上``) and its ``value`` the months it
asks (``12``).  The builder masks the terms before it reads a condition's length; PL117 reports them.

Vocabulary: ``contract_term.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import values as V
from ...normalise import fold
from . import Reading, alternation, vocabulary


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    v = vocabulary("contract_term")
    contract = alternation(v["contracts"])
    length = (rf"(?:(?:{V.NUMBER})\s*(?:{alternation(v['units'])})|半年)(?:{alternation(v['at_least'])})?")
    minimum, done = alternation(v["minimum"]), alternation(v["completed"])
    return re.compile(
        # a term written first: 至少一年以上的劳动合同 (a completed time before it is caught, then left)
        rf"(?P<done>{done})?\s*(?:{minimum})?(?P<len>{length})(?:{alternation(v['between'])})?(?={contract})"
        # a term after its contract: 劳动合同期限一年以上, 劳动合同期为不少于1年
        rf"|(?<=[同》）)])(?:的)?[（(]?(?:{alternation(v['term_words'])})(?:{alternation(v['verbs'])})?"
        rf"(?P<done2>{done})?(?:{minimum})?(?P<len2>{length})", re.S)


#: a length's larger part just before a smaller one (1年6个月, 一年零六个月): the smaller is no term by itself
_PART_BEFORE = re.compile(rf"(?:{V.NUMBER})\s*(?:年|周年)\s*零?\s*$")


def read(text: str) -> list[Reading]:
    """Each contract term ``text`` states, as a :class:`Reading` ``term`` of its length's words with the months
    it asks as ``value``; ``[]`` when it states none (a contract with no term, or a time completed).

    >>> t = "与工作单位签订一年以上劳动合同"; [(t[r.start:r.end], r.value) for r in read(t)]
    [('一年以上', '12')]
    >>> read("签订有效满一年劳动合同"), read("在本市务工满一年")
    ([], [])
    """
    folded = fold(text)
    plain = V.ascii_digits(folded.text)
    found = []
    for match in _pattern().finditer(plain):
        if match.group("done") or match.group("done2"):
            continue  # 满一年以上的劳动合同: a time completed, not a term
        which = "len" if match.group("len") else "len2"
        start, end = match.span(which)
        if _PART_BEFORE.search(plain, 0, start):
            continue  # 工作1年6个月以上的劳动合同: the months are the end of a longer length, not a term of their own
        months = V.duration(plain[start:end])
        if months is None:
            continue
        if not _after_contract(plain, match, which):
            continue
        a, b = folded.span(start, end)
        found.append(Reading("term", a, b, str(months[0])))
    return found


def _after_contract(plain: str, match: re.Match, which: str) -> bool:
    """Whether a term written after its contract follows a labour contract's name (劳动合同期限…, 且合同期在…),
    not another contract's (租赁合同期限…)."""
    if which == "len":
        return True
    v = vocabulary("contract_term")
    head = plain[max(0, match.start() - 12):match.start()]
    if any(head.endswith(c) for c in v["contracts"]):
        return True
    return head.endswith("合同") and not any(head.endswith(c) for c in v["other_contracts"])
