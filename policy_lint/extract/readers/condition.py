"""How a clause of conditions is built: the words that name a kind only to point at it, a permit held
with a residence length, a further condition inside the brackets of another.

The extractor reads a clause's kinds of condition (居住证, 居住, 社保, 就业, 住所, 户籍) from its words;
three shapes of real wording mislead a reading by words alone, and this reader finds them:

- :func:`references`: ``与居住证所属区一致的房产`` names the permit only as what the house must agree
  with; the clause is a housing condition.  The spans returned are masked before kinds are read.
- :func:`held_with_residence`: ``持证连续居住满一年`` is one condition, a permit held a year, not a
  permit and a residence told apart by a conjunction.
- :func:`further`: ``持有我市居住证（签发时间应于…前，同时在我市居住时间满一年）`` holds, inside its
  brackets, a second condition opened by ``同时``; the spans returned are those parts, which the
  extractor reads as conditions of their own (and leaves out of the outer one, whose length they are not).
- :func:`seat_limit`: ``每套住房3年内只能安排1名适龄儿童入学`` limits how often one dwelling gives a school place;
  it names housing but is no housing condition (and its years are no length lived there).  Masked like a reference.
- :func:`age`: the age asked of a child (``年满6周岁``, ``2016年8月31日（含）以前出生``), a condition of
  its own (``其他``) that no other kind covers.

Each returns :class:`~policy_lint.extract.readers.Reading` spans of the text given; the vocabulary is
``condition.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary

_OPEN = "（(［["
_CLOSE = "）)］]"


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary("condition")
    before = alternation(v["reference"]["before"])
    after = alternation(v["reference"]["after"])
    permit = alternation(v["held_with_residence"]["permit"])
    between = alternation(v["held_with_residence"]["between"])
    years = alternation(v["age"]["years"])
    born = alternation(v["age"]["born"])
    date = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    return {
        "age": re.compile(
            rf"(?:{years})\s*(?:[6-9六七八九]|1[0-5]|十[一二三四五]?)\s*周岁半?(?:[（(][^（()）]{{0,30}}[)）])?"
            rf"|(?:出生日期|出生时间)(?:为|在|介于)?{date}\s*(?:—+|－|-|~|～|至|到)\s*{date}(?:\s*[（(]含[^）)]{{0,8}}[)）])?"
            rf"|(?:出生日期|出生时间)?(?:为|在|介于)?{date}(?:\s*[（(]含[^）)]{{0,8}}[)）])?\s*(?:(?:—+|－|-|~|～|至|到)\s*{date}(?:\s*[（(]含[^）)]{{0,8}}[)）])?\s*(?:期间|之间)?出生|(?:{born}))"),
        "reference": re.compile(rf"(?:{before})(?P<ref>[^，。；,;与和同]{{1,16}}?)(?:{after})"
                                rf"|《(?P<title>[^《》]{{1,40}}?(?:{alternation(v['reference']['titles'])}))》"),
        "held": re.compile(rf"(?:{permit})(?:{between}){{0,3}}居住(?!证|登记)"),
        "housed": re.compile(rf"(?:{alternation(v['housed_with_residence']['housing'])})"
                             rf"[^且并和及与、，,；;。（(]{{0,12}}?居住(?!证|登记)"),
        "further": re.compile(rf"^(?:{alternation(v['further']['opening'])})"),
        "no_guardian": re.compile(
            rf"(?:{alternation(v['no_guardian']['place'])})[^，,；;。、]{{0,6}}?"
            rf"(?:{alternation(v['no_guardian']['want'])})(?:{alternation(v['no_guardian']['guardian'])})"
            rf"[^，,；;。、]{{0,4}}?(?=[，,；;。、]|$)"),
        "seat_limit": re.compile(
            rf"(?:{alternation(v['seat_limit']['housing'])})[^，,；;。]{{0,8}}?"
            rf"(?:\d+|[一二两三四五六七八九十]+)\s*(?:{alternation(v['seat_limit']['window'])})\s*"
            rf"(?:{alternation(v['seat_limit']['limit'])})[^，,；;。]{{0,12}}?(?:{alternation(v['seat_limit']['seat'])})"),
    }


def references(text: str) -> list[Reading]:
    """The words naming what something must agree with (``与居住证所属区一致``), and the title of a law or
    notice (``根据《居住证暂行条例》规定``): a reference, not a condition."""
    out = []
    for m in _patterns()["reference"].finditer(text):
        group = "ref" if m.group("ref") is not None else "title"
        out.append(Reading("reference", m.start(group), m.end(group)))
    return out


def seat_limit(text: str) -> Reading | None:
    """How often one dwelling gives a school place (``学区内每套住房3年内只能安排1名适龄儿童入学``, ``一套房产六年内只提供一个
    学位``, ``报名房产6年内未安排有就读对象``): a rule on a catchment dwelling's place, not the time a family must
    have lived in it; the words are masked before kinds are read, so the clause states no housing condition."""
    found = _patterns()["seat_limit"].search(text)
    if found is None:
        return None
    return Reading("seat", found.start(), found.end())


def held_with_residence(text: str) -> Reading | None:
    """A permit held with a residence length, written as one condition (``持证连续居住满一年``)."""
    found = _patterns()["held"].search(text)
    if found is None:
        return None
    return Reading("held", found.start(), found.end(), "居住证")


def housed_with_residence(text: str) -> Reading | None:
    """A residence length written into the housing condition (``有合法稳定住所持续合法居住1年以上``)."""
    found = _patterns()["housed"].search(text)
    if found is None:
        return None
    return Reading("held", found.start(), found.end(), "住所")


def further(text: str) -> list[Reading]:
    """The parts of the brackets of ``text`` that open a further condition (``（…，同时在我市居住时间满一年）``).

    A bracket's content is cut at ``，、；``; a part opening with ``同时``, ``并``, ``且`` … states a
    condition beside the one outside the brackets.  Nested brackets are searched one level deep.
    """
    found: list[Reading] = []
    depth = 0
    start = None
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
            if depth == 1:
                start = i + 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
            if depth == 0 and start is not None:
                found.extend(_parts(text, start, i))
                start = None
    return found


def _parts(text: str, start: int, end: int) -> list[Reading]:
    out: list[Reading] = []
    s = start
    for i in range(start, end + 1):
        if i == end or text[i] in "，,、；;":
            part = text[s:i]
            lead = len(part) - len(part.lstrip())
            if part.strip() and _patterns()["further"].match(part.strip()):
                out.append(Reading("further", s + lead, s + len(part.rstrip())))
            s = i + 1
    return out


def age(text: str) -> Reading | None:
    """The age asked of a child starting school (``年满6周岁（2016年8月31日前出生）``, ``2015年9月1日—2016年8月31日
    出生``): the words stating it, or None."""
    found = _patterns()["age"].search(text)
    if found is None:
        return None
    return Reading("age", found.start(), found.end(), "其他")


def no_guardian(text: str) -> Reading | None:
    """No one at the hukou place to look after the child (``且在户籍所在地没有监护条件``, ``户籍所在地无监护条件``):
    the words stating it, to the end of their clause, or None."""
    found = _patterns()["no_guardian"].search(text)
    if found is None:
        return None
    return Reading("no_guardian", found.start(), found.end(), "其他")


@lru_cache(maxsize=None)
def _all_of_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocabulary("condition")["all_of"]
    return (re.compile(rf"(?P<word>{alternation(v['words'])})(?:{alternation(v['ahead'])})[^，。；：:]{{0,4}}?"
                       rf"(?:{alternation(v['list_words'])})"),
            re.compile(alternation(v["any"])))


def all_of_opening(text: str) -> Reading | None:
    """An opening saying every item of the list after it is required (``应同时具备以下条件：``), ending with its colon:
    the span of the word saying so (``同时具备``, the rules language's word for the group), that word as the value;
    None for any other sentence, and for one saying any one item suffices (``须同时具备下列条件之一：``)."""
    stripped = text.rstrip()
    if not stripped.endswith(("：", ":")):
        return None
    pattern, any_one = _all_of_pattern()
    found = None
    for found in pattern.finditer(stripped):
        pass
    if found is None or any_one.search(stripped[found.start():]):
        return None
    return Reading("all_of", found.start("word"), found.end("word"), found.group("word"))


@lru_cache(maxsize=None)
def _housing_basis() -> re.Pattern[str]:
    v = vocabulary("condition")["housing_basis"]
    return re.compile(rf"以(?:{alternation(v['which'])})?(?:{alternation(v['housing'])})(?:{alternation(v['basis'])})"
                      rf"(?:{alternation(v['admitted'])})")


def housing_basis(text: str) -> Reading | None:
    """A clause making a dwelling the basis of admission (``以当前租住房为依据入学``): a housing condition, the span of
    the words; None for any other (``以居住证为主要依据``)."""
    found = _housing_basis().search(text)
    return Reading("basis", found.start(), found.end(), "住所") if found else None


@lru_cache(maxsize=None)
def _route_head() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocabulary("condition")["route_head"]
    return (re.compile(rf"^[^的，,。；;：:]{{0,12}}?(?:{alternation(v['work'])})[^的，,。；;：:]{{0,10}}?(?:{alternation(v['who'])})"
                       rf"(?:入学|就读|申请入学)?$"),
            re.compile(alternation(v["not_local"])))


def route_head(title: str) -> Reading | None:
    """A heading's title naming one kind of family by what the parents do (``进城务工人员随迁子女``, ``进城经商人员随迁子女``,
    ``自主创业人员子女``): the part under it is that family's way in, an alternative to the other families' parts.  None
    for a description with 的 (``父母在本区就业的子女``: a condition) and for local-hukou children."""
    head, local = _route_head()
    title = title.strip().rstrip("：:")
    found = head.match(title)
    if found is None or local.search(title):
        return None
    return Reading("route", 0, len(title))
