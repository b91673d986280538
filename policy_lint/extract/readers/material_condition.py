"""The condition a required document carries: a material is a condition as well.

Many real rules state their conditions only as the papers to bring: ``在本区居住满一年的《居住证》``
asks for a permit *and* a year's residence; ``连续缴纳社保满12个月的证明`` asks for a year's insurance;
``在京务工就业证明`` and ``实际住所居住证明`` together ask for employment *and* housing.  This reader
reads, from one material as written, the conditions it carries, each as a
:class:`~policy_lint.extract.readers.Reading` whose ``value`` is the condition's kind and whose span is
the words stating it; ``label`` is ``all`` (each is required) or ``any`` (``劳动合同或房屋租赁合同``: one
of them).  A document that states no condition (``户口簿``, ``出生医学证明``) reads as nothing; one whose
parts cannot be told apart reads as None... never a guess: :func:`read` returns ``[]`` for no condition
and None for "several conditions, not told apart".

Vocabulary: ``material_condition.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..pieces import depths
from . import Reading, alternation, vocabulary
from . import condition as _condition
from ... import values as V


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("material_condition")
    kinds = [(name, re.compile(alternation(words) if name != "居住" else r"居住(?!证|登记)|暂住(?!证|登记)"))
             for name, words in v["kinds"].items()]
    subjects = re.compile(alternation(v["subjects"]["words"]) + "|" + _negated(v))
    any_of = re.compile(alternation(v["conjunctions"]["any"]))
    all_of = re.compile(alternation(v["conjunctions"]["all"]))
    return kinds, subjects, any_of, all_of, tuple(v["merge"]["into"]), v["merge"]["from"]


@lru_cache(maxsize=None)
def _more_patterns():
    v = vocabulary("material_condition")
    return re.compile(alternation(v["conjunctions"]["of"]))


def _measures(kind: str, text: str) -> bool:
    """Whether the residence length in ``text`` measures the ``kind`` document itself: a permit held a while
    (持证连续居住满一年: the holding words govern the residence words), a house lived in a while
    (住所持续合法居住1年以上), rather than a residence condition the document shows.  A permit issued before a
    date (在本区居住满一年的《居住证》（2021年5月30日前办理）) asks both: a year's residence, and the permit held since
    the date (read by :func:`policy_lint.values.held_since`)."""
    if kind == "居住证":
        return _condition.held_with_residence(text) is not None
    return _condition.housed_with_residence(text) is not None


def _negated(v: dict) -> str:
    """A kind's word right after a negation (无非法经营, 无住房): masked like a subject."""
    words = [w for name, ws in v["kinds"].items() if name != "居住" for w in ws]
    return rf"(?:{alternation(v['negation']['words'])})(?:{alternation(words)})"


def _depths(text: str, titles: bool = True) -> list[int]:
    """The bracket depth of each character; ``titles=False`` leaves 《书名号》 at the depth around them
    (a document's name is what the material is)."""
    opening = "（(《〈“「『【〔［[" if titles else "（(〈“「『【〔［["
    closing = "）)》〉”」』】〕］]" if titles else "）)〉”」』】〕］]"
    return depths(text, opening, closing)


def kinds_of(text: str) -> list[str]:
    """The kinds of condition ``text`` speaks of, subjects masked, a residence length merged into a
    permit or housing condition when it measures that document (:func:`_measures`); read outside
    brackets first (the brackets hold examples)."""
    kinds, subjects, _any, _all, into, merged = _patterns()
    masked = subjects.sub(lambda m: "□" * len(m.group()), text)
    depth = _depths(masked, titles=False)
    outside = "".join(ch if d == 0 else "□" for ch, d in zip(masked, depth))
    for view in (outside, masked):
        found = [name for name, pattern in kinds if pattern.search(view)]
        if found:
            if merged in found and any(k in found and _measures(k, text) for k in into):
                found.remove(merged)
            return found
    return []


def _split(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    depth = _depths(text)
    spans, last = [], 0
    for match in pattern.finditer(text):
        if depth[match.start()] != 0:
            continue
        spans.append((last, match.start()))
        last = match.end()
    spans.append((last, len(text)))
    return spans


def _bracketed_residence(text: str, kind: str) -> tuple[int, int, int] | None:
    """A residence length stated inside the brackets of a ``kind`` document, where it does not measure the
    document (``居住证原件及复印件1份（原则上…父母双方或一方固定居住满1年以上，并在派出所登记取得居住证）``): the
    end of the document's words, and the span of the clause (cut at ``，；``) stating the residence."""
    _kinds, _subjects, _any, _all, into, merged = _patterns()
    if kind == merged or kind == into[-1]:
        # a residence length a housing paper carries (…合法租住房屋（需提供居住一年以上的房屋租赁合同…）) is how long
        # the housing has lasted (PL109), not a residence condition
        return None
    depth = _depths(text, titles=False)
    opened = next((i for i, d in enumerate(depth) if d > 0), None)
    if opened is None or opened == 0:
        return None
    s = opened + 1
    for i in range(opened + 1, len(text) + 1):
        if i == len(text) or text[i] in "，,；;" or depth[i] == 0:
            clause = text[s:i]
            if merged in kinds_of(clause) and V.duration(clause) is not None \
                    and not (kind in into and _measures(kind, clause)):
                lead = len(clause) - len(clause.lstrip())
                return len(text[:opened].rstrip()), s + lead, s + len(clause.rstrip())
            if i < len(text) and depth[i] == 0:
                return None
            s = i + 1
    return None


def _bracketed_insurance(text: str, kind: str) -> tuple[int, int, int] | None:
    """An insurance length stated inside the brackets of a document of another kind, of a paper of its own
    (``务工证明（劳动部门出具的格式劳务合同及受聘单位为其交纳的一年以上养老保险凭证）``): the length is the insurance's
    (PL103), not the document's (an employment of a year, PL104).  The end of the document's words, and the span of
    the clause (cut at ``，；``) naming the insurance and its length; None when no such clause."""
    insurance = "社保"
    if kind == insurance:
        return None
    depth = _depths(text, titles=False)
    opened = next((i for i, d in enumerate(depth) if d > 0), None)
    if opened is None or opened == 0 or V.duration(text[:opened]) is not None:
        return None  # (the document's own words state a length: 务工满一年的证明（含社保缴纳凭证）)
    s = opened + 1
    for i in range(opened + 1, len(text) + 1):
        if i == len(text) or text[i] in "，,；;" or depth[i] == 0:
            clause = text[s:i]
            if kinds_of(clause) == [insurance] and V.duration(clause) is not None:
                lead = len(clause) - len(clause.lstrip())
                return len(text[:opened].rstrip()), s + lead, s + len(clause.rstrip().rstrip("）)").rstrip())
            if i < len(text) and depth[i] == 0:
                return None
            s = i + 1
    return None


def bracketed_insurance(text: str, kind: str) -> tuple[int, int, int] | None:
    """:func:`_bracketed_insurance`, for a condition read as a clause (the extractor's brackets of a condition)."""
    return _bracketed_insurance(text, kind)


@lru_cache(maxsize=None)
def _further_opening() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation(vocabulary('material_condition')['further_paper']['openings'])})")


def _bracketed_further(text: str, kind: str) -> tuple[int, int, int] | None:
    """A further paper asked in the brackets after a paper (``公安部门出具的居住证（另附房屋租赁登记证明及租房完税证明）``),
    carrying a condition of another kind than the paper's: the end of the paper's words, and the span of the further
    paper's; None when the brackets open otherwise or carry no other kind."""
    depth = _depths(text, titles=False)
    opened = next((i for i, d in enumerate(depth) if d > 0), None)
    if opened is None or opened == 0:
        return None
    close = next((i for i in range(opened + 1, len(text)) if depth[i] == 0), len(text))
    if text[close - 1] in "）)":
        close -= 1
    inner = text[opened + 1:close]
    lead = _further_opening().match(inner)
    if lead is None or text[close + 1:].strip():
        return None
    if kinds_of(inner[lead.end():]) == [kind] or len(kinds_of(inner[lead.end():])) != 1:
        return None
    return len(text[:opened].rstrip()), opened + 1 + lead.end(), close


def read(text: str) -> list[Reading] | None:
    """The conditions the material ``text`` carries (``[]`` for none; None when they cannot be told apart)."""
    _kinds, _subjects, any_of, all_of, _into, _merged = _patterns()
    found = kinds_of(text)
    if not found:
        return []
    if len(found) == 1:
        start = len(text) - len(text.lstrip())
        inner = _bracketed_residence(text, found[0])
        if inner is not None:
            # the document, and the residence its brackets ask (a condition of its own, shown by the document)
            return [Reading("all", start, inner[0], found[0]), Reading("all", inner[1], inner[2], _merged)]
        inner = _bracketed_further(text, found[0])
        if inner is not None:
            # the paper, and the further paper its brackets ask (居住证（另附房屋租赁登记证明…）): each carries its condition
            further = kinds_of(text[inner[1]:inner[2]])[0]
            return [Reading("all", start, inner[0], found[0]), Reading("all", inner[1], inner[2], further)]
        inner = _bracketed_insurance(text, found[0])
        if inner is not None:
            # the document, and the insurance its brackets ask for a length (务工证明（…一年以上养老保险凭证）)
            return [Reading("all", start, inner[0], found[0]), Reading("all", inner[1], inner[2], "社保")]
        return [Reading("all", start, len(text.rstrip()), found[0])]
    for label, pattern in (("any", any_of), ("all", all_of), ("all", _more_patterns())):
        parts: list[list[int]] = []
        for s, e in _split(text, pattern):
            if parts and (len(kinds_of(text[parts[-1][0]:parts[-1][1]])) != 1 or not kinds_of(text[s:e])
                          or label == "all" and kinds_of(text[s:e]) == kinds_of(text[parts[-1][0]:parts[-1][1]])):
                # a part with no kind of its own joins its neighbour, and so does one of its neighbour's kind
                # (房屋无违章建筑、无群租房: one statement about the house)
                parts[-1][1] = e
                continue
            parts.append([s, e])
        readings = []
        for s, e in parts:
            kinds = kinds_of(text[s:e])
            if len(kinds) != 1:
                readings = []
                break
            while s < e and text[s].isspace():
                s += 1
            readings.append(Reading(label, s, len(text[:e].rstrip().rstrip("，,、；;").rstrip()), kinds[0]))
        if len(readings) > 1 and len({r.value for r in readings}) == len(readings):
            return readings
    return None


@lru_cache(maxsize=None)
def _shown_patterns():
    v = vocabulary("material_condition")
    shown = v["shown_by_housing"]
    housing = re.compile(alternation(v["kinds"]["住所"]))
    return (re.compile(rf"^\s*(?:{alternation(shown['leads'])})?"), housing, re.compile(alternation(shown["other"])))


def shown_by_housing(text: str) -> Reading | None:
    """A residence condition whose papers, named in its brackets, are housing papers only (``申请人已在蒲江县连续合法
    居住满一年（如申请人的《房屋租赁登记备案凭证》、房产证等）``): the residence can be shown only by a dwelling, so the
    condition asks housing as well.  The span of the bracket's words; None when the condition is not a residence
    (outside its brackets), names no papers in brackets, or names a paper of another kind (``《居住登记回执》``)."""
    lead, housing, other = _shown_patterns()
    depth = _depths(text, titles=False)
    outside = "".join(ch if d == 0 else "□" for ch, d in zip(text, depth))
    if not re.search(r"居住(?!证|登记)", outside) or housing.search(outside):
        return None
    for opened, (ch, d) in enumerate(zip(text, depth)):
        if d != 1 or ch not in "（(" or (opened and depth[opened - 1] != 0):
            continue
        close = next((i for i in range(opened + 1, len(text)) if depth[i] == 0), len(text))
        if text[close - 1] in "）)":
            close -= 1  # (the closing bracket is at the depth of what it closes)
        inner = text[opened + 1:close]
        if lead.match(inner) and lead.match(inner).end() < len(inner) and housing.search(inner) \
                and not other.search(inner):
            return Reading("shown", opened + 1, close, "住所")
    return None


@lru_cache(maxsize=None)
def _route_pattern() -> re.Pattern[str]:
    v = vocabulary("material_condition")["route"]
    return re.compile(rf"^\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳])\s*"
                      rf"(?P<who>[^，。；：:,;]{{2,24}}?(?:{alternation(v['families'])}))[：:]\s*(?:需|须|应)?"
                      rf"(?:{alternation(v['verbs'])})")


def route_head(line: str) -> Reading | None:
    """An item naming a kind of family and, after its colon, the papers it brings (``3.外来务工人员随迁子女：提供户口本、…``):
    one way in for those families.  The span of the families' name; None for any other line."""
    found = _route_pattern().match(line)
    return Reading("route", found.start("who"), found.end("who"), "route") if found else None


@lru_cache(maxsize=None)
def _no_permit_pattern() -> re.Pattern[str]:
    v = vocabulary("material_condition")["no_permit_way"]
    return re.compile(rf"^(?P<who>[^。；;]*?(?:{alternation(v['lacks'])})[^，,。；;]{{0,12}}的)[，,][^。；;]*?"
                      rf"(?:{alternation(v['verbs'])})")


def no_permit_way(text: str) -> Reading | None:
    """A sentence naming families who cannot get the permit, then the papers they bring (``…、不能申领到居住证的，申请其
    适龄子女到鲤城区公办小学入学，需提供：①…``): another way in beside the permit's.  The span of the words naming
    those families (whom the papers are for, no condition); None for any other sentence."""
    found = _no_permit_pattern().match(text)
    return Reading("no_permit", found.start("who"), found.end("who"), "route") if found else None
