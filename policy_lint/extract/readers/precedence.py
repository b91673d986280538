"""Precedence: an admission order that ranks children by hukou, or a place left undecided.

Three kinds of sentence, all about *when* a migrant child is admitted rather than *whether* the child may
apply (so they are admission order, PL304, never entry conditions):

- the local children's stage first, the migrant children after: ``完成我市户籍或父母房产在我市等类别的适龄
  儿童少年录取后，将根据能提供的学位数…``, ``满足本地户籍学生入学后的剩余学位``, ``在做好户籍地学生招生工作的
  基础上，利用空余学位…`` (label ``after``);
- local-hukou children given priority: ``优先招收片区内本市户籍适龄儿童``, ``本区户籍学生优先安排`` (``first``);
- a registered migrant child's admission left to the places there are: ``依据生源及教育资源情况统筹考虑能否
  入学`` (``undecided``);
- the local children's stage done, a later batch or stage opened for the others: ``第一阶段的户籍生和政策性借读生的
  审核工作已完成，现开展第二批积分入学工作`` (``later``; read by :func:`later` over two clauses);
- migrant children left out of the lottery the others take part in: ``在小升初时不能参加小升初摇号``
  (``left_out``; ``均不参加摇号``, all alike, reads as nothing);
- the places left given to them (``城区常住居民子女录取完成后，片区内初中学校尚有空余学位的，录取…随迁子女``:
  ``leftover``, in a sentence naming migrant children only, as ``undecided``).

A match right after a negation (``不得优先招收…户籍``) reads as nothing.  :func:`read` takes one clause or
sentence (folded text) and returns a :class:`~policy_lint.extract.readers.Reading` or None; the vocabulary
is ``precedence.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary

AFTER = "after"
FIRST = "first"
UNDECIDED = "undecided"
LEFT_OUT = "left_out"
LATER = "later"
LEFTOVER = "leftover"

#: no clause boundary: the words between two parts of one kind of sentence
_IN = r"[^，,；;。]"
#: the same, naming no child without a local hukou (优先安排非本市户籍…, 外地户籍…录取后 are no local children first)
_LOCAL_IN = r"(?:(?!非|外地|外省|外市|外县|外区|外来|随迁|流动|异地|居住证|持证)[^，,；;。])"
#: after the local hukou, the permit holders or migrant children named beside it (优先招收本区户籍和持居住证的
#: 适龄儿童): a priority they share, not local children first
_SHARED = r"(?![^，,；;。、]{0,6}?(?:和|及|与|或)[^，,；;。、]{0,8}?(?:居住证|持证|随迁|外来|流动|非本))"


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    v = vocabulary("precedence")
    hukou, stages, done = alternation(v["hukou"]), alternation(v["stages"]), alternation(v["done"])
    after, first, verbs = alternation(v["after"]), alternation(v["first"]), alternation(v["verbs"])
    capacity, undecided = alternation(v["capacity"]), alternation(v["undecided"])
    children, lotteries = alternation(v["children"]), alternation(v["lotteries"])
    shared = alternation(v["shared"])
    own = r"(?<![非外无])"  # 非本市户籍, 外地户口, 无户籍: not the local children
    return (
        (AFTER, re.compile(rf"{own}(?:{hukou}){_LOCAL_IN}{{0,30}}?(?:{stages})(?:{done})?(?:{after})"
                           # the stage named first: 招收本县户籍学生完毕后, 安排片区范围内户籍适龄儿童少年后
                           rf"|(?:{stages}){_LOCAL_IN}{{0,12}}?{own}(?:{hukou}){_LOCAL_IN}{{0,8}}?(?:{done})(?:{after})"
                           rf"|(?:{stages}){_LOCAL_IN}{{0,12}}?{own}(?:{hukou})(?:的)?(?:适龄)?(?:{children})(?:{after})")),
        (FIRST, re.compile(rf"(?:{first})(?:{verbs}){_LOCAL_IN}{{0,12}}?{own}(?:{hukou}){_SHARED}"
                           rf"|{own}(?:{hukou}){_LOCAL_IN}{{0,8}}?(?:{first})(?:{verbs})?")),
        (UNDECIDED, re.compile(rf"(?:{capacity}){_IN}{{0,12}}?(?:{undecided})")),
        # the places left, given to the migrant children the sentence names (尚有空余学位的，录取…随迁子女)
        (LEFTOVER, re.compile(alternation(v["leftover"]))),
        # left out of the lottery the others take part in: 在小升初时不能参加小升初摇号 (not 均不参加摇号: all alike)
        (LEFT_OUT, re.compile(rf"(?<!(?:{shared}))(?<!(?:{shared})[^，,；;。])不(?:能|得|可|予)?(?:参加|参与){_IN}{{0,8}}?(?:{lotteries})")),
    )


@lru_cache(maxsize=None)
def _later() -> re.Pattern[str]:
    v = vocabulary("precedence")
    hukou, stages = alternation(v["hukou"]), alternation(v["later_stages"])
    finished, batches = alternation(v["finished"]), alternation(v["later_batches"])
    own = r"(?<![非外无])(?<![非外无]本)(?<![非外无]本[市区县镇])(?<![非外无]当地)"  # 非本市户籍: not the local children
    first_days, later_days = alternation(v["first_days"]), alternation(v["later_days"])
    return re.compile(rf"{own}(?:{hukou}){_LOCAL_IN}{{0,30}}?(?:{stages})(?:工作)?(?:已经?|均已|已全部|全部)?"
                      rf"(?:{finished})[，,]{_LOCAL_IN}{{0,8}}?(?:{batches})"
                      # the local children's day, then a later one: 第一天只接受当地户口的孩子报名,第二天接受…
                      rf"|(?:{first_days}){_LOCAL_IN}{{0,12}}?{own}(?:{hukou}){_LOCAL_IN}{{0,12}}?(?:{stages})"
                      rf"[，,]{_IN}{{0,4}}?(?:{later_days})")


def later(text: str) -> Reading | None:
    """The words of ``text`` (a clause and the one after it) saying the local-hukou children's stage is done and a
    later batch or stage opens (``户籍生和政策性借读生的审核工作已完成，现开展第二批积分入学工作``): the others are
    admitted after them, to the places left; or None."""
    for found in _later().finditer(text):
        if not _negated().search(text[:found.start()]):
            return Reading(LATER, found.start(), found.end())
    return None


@lru_cache(maxsize=None)
def _negated() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary('precedence')['negations'])}){_IN}{{0,2}}$")


def read(text: str) -> Reading | None:
    """The words of ``text`` setting local-hukou children first, leaving a migrant child's place undecided or
    keeping migrant children out of a lottery, or None."""
    for label, pattern in _patterns():
        for found in pattern.finditer(text):
            if label == LEFT_OUT and _UNMET.search(text[:found.start()]):
                continue  # 未取得居住证的不能参加摇号: a condition unmet, not children set apart
            if label == LEFTOVER and _PUBLISHED.search(text):
                continue  # 剩余学位向社会公布, 公布…空余学位: the places published for all, given to no one group
            if not _negated().search(text[:found.start()]):
                return Reading(label, found.start(), found.end())
    return None


#: the places left published for all (剩余学位向社会公布)
_PUBLISHED = re.compile(r"公布|公示|发布|公开")
#: a condition unmet before the words leaving a child out: 未取得居住证的, 不符合条件的
_UNMET = re.compile(r"未|没有|不符合|不具备|不满足|不足")
