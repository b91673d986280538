"""Points: the line a points admission sets (门槛) and what becomes of the children below it (未达标).

``申请人积分达10分及以上（其中…得分不低于5分）`` is a line: a child below it is not admitted by points (PL506
asks what becomes of that child).  ``积分未达到…的，不予安排`` says what becomes of those below.  A ranking
(``积分相同的，先缴纳社会保险者优先``, ``每满一个月积1分``) is neither.  Vocabulary: ``points.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary

_NUMBER = r"(?:\d+|[一二三四五六七八九十百]+)"


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("points")
    score, reach, named, short = (alternation(v[k]) for k in ("score", "reach", "named", "short"))
    line = re.compile(rf"(?:{score})[^，,；;。（）()]{{0,6}}?(?:{reach})\s*{_NUMBER}\s*分|(?:{named})")
    below = re.compile(rf"(?:{score}|分数)[^，,；;。]{{0,4}}?(?:{short})"
                       rf"|(?:{short})[^，,；;。]{{0,8}}?(?:{named}|分数线|门槛)")
    return line, below


@lru_cache(maxsize=None)
def _scoring():
    v = vocabulary("points")
    return re.compile(rf"(?<![不未])(?:{alternation(v['award'])})\s*{_NUMBER}(?:\.\d+)?\s*分(?!钟)|(?:{alternation(v['counting'])})"
                      rf"|(?:按|以)每[^，,。；;\d]{{0,4}}?\d+(?:\.\d+)?\s*分(?!钟)")  # 按每月0.5分计算


def scores(text: str) -> Reading | None:
    """The words of ``text`` scoring points (``每一年得1分``, ``按每满12个月得2分``, ``以一方可作为主申请方计算积分``):
    a ranking's count, not a condition of entry; or None."""
    found = _scoring().search(text)
    return Reading("scores", found.start(), found.end()) if found else None


def line(text: str) -> Reading | None:
    """The words of ``text`` (one clause) setting a points line, or None."""
    found = _patterns()[0].search(text)
    return Reading("line", found.start(), found.end()) if found else None


def below(text: str) -> Reading | None:
    """The words of ``text`` (one clause) naming the children below the line, or None."""
    found = _patterns()[1].search(text)
    return Reading("below", found.start(), found.end()) if found else None
