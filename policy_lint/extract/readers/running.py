"""Conditions written as running prose, not as a numbered list of conditions.

Many real rules state their entry conditions in one sentence that goes on to the papers to bring, or as items
of a list of conditions that name the paper showing each; the extractor reads the conditions themselves (their
kinds, lengths, places) with its clause reader, and this reader finds where they are in such sentences:

- :func:`before_papers`: ``父母或其他法定监护人在长沙城区务工且持续合法居住一年以上，提交…等相关材料``: the
  clauses before the verb of providing state conditions; ``租住房屋的，提供…`` says whom the papers are for.
- :func:`details`: ``④…连续合法居住满一年（…）；具体为：`` opens the papers or cases showing that item (A、自购房者…),
  not further conditions of the list.
- :func:`permit_law`: ``…符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照条例的规定申领居住证``
  restates the law on the permit, no entry condition of the draft.
- :func:`deeming`: ``…，则认定申请人在苏州市区已连续居住一年时间``: what comes before is another way of showing the
  condition deemed met, not a condition of its own.
- :func:`reckoning`: ``自2022年5月1日上溯12个月，申请人已…连续合法居住满一年``: the first clause says when the length
  is measured; it is no condition of its own.

Each returns a :class:`~policy_lint.extract.readers.Reading` span of the text given, or None; the vocabulary is
``running.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..pieces import depths
from . import Reading, alternation, vocabulary

_OPEN = "（(［[《〈“「"
_CLOSE = "）)］]》〉”」"


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary("running")
    date = r"(?:\d{4}\s*年\s*|[〇○零一二三四五六七八九]{4}年|当年的?|本年度?的?|上一?年的?|年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?"
    return {
        "between": re.compile(rf"^(?:{alternation(v['before_papers']['between'])}|\s)*$"),
        "whom": re.compile(rf"(?:{alternation(v['before_papers']['whom'])})$"),
        "papers": re.compile(alternation(v["before_papers"]["papers"])),
        "whom_opening": re.compile(rf"^\s*(?:{alternation(v['before_papers']['whom_opening'])})"),
        "label": re.compile(r"^\s*(?:[①-⑳]|[（(]?\d+[)）.．、]|[（(][一二三四五六七八九十]+[)）])?\s*[^，,：:；;。]{2,8}[：:]"),
        "lead": re.compile(rf"^\s*(?:[^，,。；;：:]{{0,20}}?(?:{alternation(v['lead']['replies'])})\s*[：:]"
                           rf"|(?:{alternation(v['lead']['greetings'])})\s*[！!，,：:]"
                           rf"|(?:{alternation(v['lead']['news'])})\s*[，,])\s*"),
        "deeming": re.compile(rf"[，,]\s*(?P<word>{alternation(v['deeming']['words'])})"),
        # a clause before a colon that states something (须符合以下条件：, 父母一方须：) is no label
        "label_not": re.compile(alternation(v["label"]["not"])),
        "aspect": re.compile(rf"^\s*[“\"「][^”\"」，,。；;]{{1,16}}[”\"」](?:{alternation(v['aspect']['words'])})[，,]\s*"),
        "held": re.compile(rf"(?:{alternation(v['before_papers']['held'])})[^，,；;。]{{0,24}}?"
                           rf"(?:{alternation(v['before_papers']['permits'])})"),
        "applied": re.compile(alternation(v["permit_law"]["applied"])),
        "triad": re.compile(alternation(v["permit_law"]["triad"])),
        "details": re.compile(rf"(?:{alternation(v['details']['opening'])})\s*[：:]\s*$"),
        "reckoning": re.compile(
            rf"^\s*(?:{alternation(v['reckoning']['opening'])})\s*(?:申请|报名|入学)?(?:当年的?|当年度的?)?\s*{date}"
            rf"\s*(?:{alternation(v['reckoning']['closing'])})?\s*(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})?\s*(?:个月|年)?\s*$"),
    }


def _depths(text: str) -> list[int]:
    return depths(text, _OPEN, _CLOSE)


def before_papers(text: str, verb: int) -> Reading | None:
    """The clauses of ``text`` before the verb of providing at ``verb`` when they state conditions of their own
    (``在长沙城区务工且持续合法居住一年以上，提交…``): the span up to the last comma before the verb, when the words
    between that comma and the verb are only who must and when (``须``, ``并``); None when there is no such comma,
    the clause says whom the papers are for (``租住房屋的，提供…``) or it is about papers itself (``务工证明以…劳动合同为准，
    同时需提供…``)."""
    depth = _depths(text)
    comma = next((i for i in range(verb - 1, -1, -1) if text[i] in "，," and depth[i] == 0), None)
    if comma is None or not _patterns()["between"].match(text[comma + 1:verb]):
        return None
    head = text[:comma].rstrip()
    p = _patterns()
    # the item's label (①居住凭证：…) names the item, and a permit held (持有…居住证件) is a condition, not papers
    named = label(head)
    bare = p["held"].sub("□", head[named.end if named else 0:])
    if not head or p["whom"].search(head) or p["whom_opening"].match(head) or p["papers"].search(bare):
        return None
    start = len(text) - len(text.lstrip())
    return Reading("before", start, len(head))


def lead(text: str) -> Reading | None:
    """The words opening a sentence that say who speaks or how it was learnt (``区教育局答复：``, ``经了解，``,
    ``记者从市教育局获悉，``, ``您好！``), before the sentence proper; or None."""
    found = _patterns()["lead"].match(text)
    return Reading("lead", found.start(), found.end()) if found else None


def deeming(text: str) -> Reading | None:
    """The clause of ``text`` saying that what comes before it counts as meeting a condition (``申请人居住证首次申领时间
    超过一年，且同时近一年在市区连续缴纳社保，则认定申请人在苏州市区已连续居住一年时间``): from the deeming word to the
    end; what comes before is another way of showing that condition, not a condition added to it.  None when no clause
    after a comma opens with a deeming word."""
    depth = _depths(text)
    for found in _patterns()["deeming"].finditer(text):
        if found.start() > 0 and depth[found.start()] == 0:
            return Reading("deeming", found.start("word"), len(text.rstrip()))
    return None


def aspect(text: str) -> Reading | None:
    """The words opening an item that name what it is about, in quotation marks before 方面 (``“在京暂住证”方面，``), up to
    the comma after them: no condition of their own; or None."""
    found = _patterns()["aspect"].match(text)
    return Reading("label", found.start(), found.end()) if found else None


def label(text: str) -> Reading | None:
    """The label opening an item (``①居住凭证：``, ``2.工作情况：``): its number and the short name before the colon, which
    names the item (no condition of its own); or None."""
    found = _patterns()["label"].match(text)
    if found is None or _patterns()["label_not"].search(found.group()):
        return None
    return Reading("label", found.start(), found.end())


def permit_law(text: str) -> Reading | None:
    """``text`` when it restates the Residence Permit Regulations' conditions for a permit (``…居住半年以上，符合有合法
    稳定就业、合法稳定住所、连续就读条件之一的，可以依照条例的规定申领居住证``): the words naming the permit applied for;
    else None.  A sentence asking the permit for admission (``必须持有…居住证``) does not name the three conditions."""
    p = _patterns()
    triad = p["triad"].search(text)
    applied = p["applied"].search(text)
    if triad is None or applied is None:
        return None
    return Reading("permit_law", applied.start(), applied.end())


def details(text: str) -> Reading | None:
    """The words closing ``text`` that open the papers or cases showing it (``具体为：``), or None."""
    found = _patterns()["details"].search(text)
    return Reading("details", found.start(), found.end()) if found else None


def reckoning(text: str) -> Reading | None:
    """``text`` when it is nothing but the date a length is counted from or to (``自2022年5月1日上溯12个月``,
    ``截至年5月1日``), or None."""
    found = _patterns()["reckoning"].match(text)
    if not found:
        return None
    start = len(text) - len(text.lstrip())
    return Reading("reckoning", start, len(text.rstrip()))
