"""Return home first: children without the local hukou sent back to their hukou place to go to school, as the rule.

``非武汉市户籍…的适龄儿童，原则上回户籍所在地``, ``非鹿城区户籍适龄儿童原则上应回原户籍所在地接受义务教育``,
``动员其回原籍就读``: schooling where the family lives and works becomes the exception (``确有困难的…``), not
the right the Compulsory Education Law gives (PL118 reads it).  A clause with no word making it the rule
(``也可自愿回户籍所在地就读``: the family's choice), one about a condition unmet (``不能完全提供以上材料的随迁
子女，需回户籍地登记入学``, ``没有稳定住所的…回户籍所在地就读``), about local-hukou children (``户籍在本区的…``),
about something else done there (``回户籍所在地开具证明``: PL116's; ``回原籍参加中考``), about a family leaving
(``需回户籍所在地就读的，由学校出具转学证明``: a case named, or a transfer out after it) or under a ban
(``不得要求…回原籍就读``) reads as nothing.  Vocabulary: ``return_home.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary

RETURN = "return"

#: no clause boundary
_IN = r"[^，,；;。]"
#: the words a match is read with: its own clause and the one before
_WINDOW = re.compile(r"(?:[^，,；;。]*[，,])?[^，,；;。]*$")


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary("return_home")
    verbs, places, school = alternation(v["verbs"]), alternation(v["places"]), alternation(v["school"])
    push, principle, then = alternation(v["push"]), alternation(v["principle"]), alternation(v["then"])
    elsewhere = alternation(v["elsewhere"])
    back = rf"(?:{verbs})(?:其|他们的?|其父母)?(?:{places})"
    return {
        # the rule with a school word: 原则上应回原户籍所在地接受义务教育, 动员其回原籍就读
        "school": re.compile(rf"(?:{push}){_IN}{{0,4}}?{back}(?:的?(?:学校|学区|公办学校))?(?!{_IN}{{0,6}}?(?:{elsewhere}))"
                             rf"{_IN}{{0,4}}?(?:{school})"),
        # 原则上 alone: the place and nothing more, or where to live (原则上回户籍所在地。 / …回户籍所在地居住)
        "principle": re.compile(rf"(?:{principle}){_IN}{{0,4}}?{back}(?:{then})?(?=$|[，,；;。、])"),
        "choice": re.compile(rf"(?:{alternation(v['choice'])}){_IN}{{0,6}}$"),
        "unmet": re.compile(alternation(v["unmet"])),
        # 未取得本市户籍的 / 没有本区户口的: who the children are (non-hukou), not a condition unmet
        "non_hukou": re.compile(rf"(?:{alternation(v['non_hukou'])})(?:本市|本区|本县|本镇|本地|当地|我市|我区|我县|城区|市区|{_IN}{{1,6}}?)?"
                                rf"(?:{alternation(v['hukou'])})(?:的|人员|儿童|子女)?"),
        "negated": re.compile(rf"(?:{alternation(v['negations'])}){_IN}{{0,8}}$"),
        "own": re.compile(rf"(?<![非外])(?:{alternation(v['own'])})"),
        # who goes back named as a case (…回户籍所在地就读的，…) or a transfer out after it: the family's leaving
        "leaving": re.compile(rf"^(?:{_IN}{{0,6}}?的\s*[，,]|{_IN}*[，,；;]?{_IN}*(?:{alternation(v['transfer'])}))"),
    }


def read(text: str) -> Reading | None:
    """The words of ``text`` (one clause or sentence, folded) sending children back to their hukou place to go to
    school as the rule, or None."""
    p = _patterns()
    for name in ("school", "principle"):
        for found in p[name].finditer(text):
            # the clause and the one before it: 不能完全提供以上材料的随迁子女，需回户籍地登记入学
            before = _WINDOW.search(text[:found.start()]).group()
            # 未取得本市户籍的…: who the children are, neither a condition unmet nor local-hukou children
            who = p["non_hukou"].sub("", before)
            if p["choice"].search(before) or p["negated"].search(before) or p["unmet"].search(who) \
                    or p["own"].search(who) or p["leaving"].search(text[found.end():]):
                continue
            return Reading(RETURN, found.start(), found.end())
    return None
