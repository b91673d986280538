"""What a rule says of migrant pupils changing school once enrolled: barred, or allowed only on a condition.

``已享受政策统一安排就学的随迁子女在东部新区内不得申请转学`` bars migrant pupils from transferring (label
``barred``, its span the words of the bar and the transfer: ``不得申请转学``); ``已经在本区就学的随迁子女，确因住房
产权发生变化方可受理转学`` allows it on a condition only (``only_if``, left to the reviewer), as does a bar that
yields to the family's own move (``原则上不得转学，确因父母工作调动或居住地变更需转学的，按规定办理``); one yielding
only to the government's works (``（涉及东部新区重大规划拆迁的协商解决）``) stays a bar.  A sentence that does
not name migrant children (:func:`.scope.names_migrants`), one for every pupil alike (``全体学生``, ``含随迁子女``,
``一视同仁``), a protection (``不得拒绝随迁子女转学``) and a procedure (``不得随意转学``, ``不得擅自转学``) read as
nothing.  Vocabulary: ``transfer.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary
from . import scope


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("transfer")
    act = alternation(v["transfer"])
    between = rf"[^，,；;。（(]{{0,8}}?"
    return {
        "barred": re.compile(rf"(?:{alternation(v['bar'])}){between}(?:{act})"
                             rf"|(?:{act})(?:[^，,；;。]{{0,6}}?)(?:{alternation(v['bar_after'])})"),
        "protects": re.compile(alternation(v["protects"]) + "|" + alternation(v["procedure"])),
        "only_if": re.compile(rf"(?:{alternation(v['only_if'])})[^，,；;。]{{0,6}}?(?:{act})"),
        "all": re.compile(alternation(v["all_pupils"])),
        "moves": re.compile(rf"(?:{alternation(v['moves'])})[^。；;]{{0,30}}?(?:{alternation(v['allowed'])})"),
    }


def read(text: str, about_migrants: bool = False) -> Reading | None:
    """What ``text`` (a sentence) says of migrant pupils' transfer: ``barred`` or ``only_if`` with the span of its
    words, or None (no transfer rule, no migrant subject, a rule for every pupil, a protection).  With
    ``about_migrants`` (the rules' 在校管理, which is about them) the sentence need not name them."""
    p = _patterns()
    if not (about_migrants or scope.names_migrants(text)) or p["all"].search(text):
        return None
    for found in p["barred"].finditer(text):
        if p["protects"].search(found.group()):
            continue  # 不得拒绝随迁子女转学: a protection; 不得随意转学: a procedure
        move = p["moves"].search(text)
        if move is not None:
            return Reading("only_if", move.start(), move.end())  # 确因工作调动…的，按规定办理: on a condition
        return Reading("barred", found.start(), found.end())
    found = p["only_if"].search(text)
    if found is not None:
        return Reading("only_if", found.start(), found.end())
    return None
