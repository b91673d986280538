"""Points: the line a points admission sets (门槛) and what becomes of the children below it (未达标), and
the points part of a draft (:class:`Points`: its standard, platform, basis, line and what is below it).

``申请人积分达10分及以上（其中…得分不低于5分）`` is a line: a child below it is not admitted by points (PL506
asks what becomes of that child).  ``积分未达到…的，不予安排`` says what becomes of those below.  A ranking
(``积分相同的，先缴纳社会保险者优先``, ``每满一个月积1分``) is neither.  Vocabulary: ``points.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Extracting, Reading, alternation, vocabulary
from . import scope as _scope
from ..model import QUOTED, Entry, Origin
from ..pieces import Piece, depth_split

_NUMBER = r"(?:\d+|[一二三四五六七八九十百]+)"


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("points")
    score, reach, named, short = (alternation(v[k]) for k in ("score", "reach", "named", "short"))
    left_out, warned = alternation(v["left_out"]), alternation(v["warned"])
    line = re.compile(rf"(?:{score})[^，,；;。（）()]{{0,6}}?(?:{reach})\s*{_NUMBER}\s*分|(?:{named})")
    below = re.compile(rf"(?:{score}|分数)[^，,；;。]{{0,4}}?(?:{short})"
                       rf"|(?:{short})[^，,；;。]{{0,8}}?(?:{named}|分数线|门槛)|(?:{left_out})|(?:{warned})")
    return line, below


@lru_cache(maxsize=None)
def _scoring():
    v = vocabulary("points")
    period = alternation(v["period"])
    return re.compile(rf"(?<![不未])(?:{alternation(v['award'])})\s*{_NUMBER}(?:\.\d+)?\s*分(?!钟)|(?:{alternation(v['counting'])})"
                      rf"|(?:按|以)每[^，,。；;\d]{{0,4}}?\d+(?:\.\d+)?\s*分(?!钟)"  # 按每月0.5分计算
                      # 每满一年1分, 每年2分; 按5分/年, 0.5分/月
                      rf"|每(?:满|增加|增)?(?:一|1|两|2)?(?:{period})\s*(?:[（(][^）)]{{0,8}}[)）])?\s*{_NUMBER}(?:\.\d+)?\s*分(?!钟)"
                      rf"|{_NUMBER}(?:\.\d+)?\s*分\s*[/／每]\s*(?:{period})")


def scores(text: str) -> Reading | None:
    """The words of ``text`` scoring points (``每一年得1分``, ``按每满12个月得2分``, ``以一方可作为主申请方计算积分``):
    a ranking's count, not a condition of entry; or None."""
    found = _scoring().search(text)
    return Reading("scores", found.start(), found.end()) if found else None


def line(text: str) -> Reading | None:
    """The words of ``text`` (one clause) setting a points line, or None (``出现多人并列最低入学分数线``: a tie at
    the line, how a ranking breaks it, is none)."""
    found = _patterns()[0].search(text)
    if found is None or _tie().search(text[:found.start()]):
        return None
    return Reading("line", found.start(), found.end())


@lru_cache(maxsize=None)
def _tie() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary('points')['tie'])})[^，,；;。]{{0,4}}$")


def below(text: str) -> Reading | None:
    """The words of ``text`` (one clause) naming the children below the line, or None."""
    found = _patterns()[1].search(text)
    return Reading("below", found.start(), found.end()) if found else None


@lru_cache(maxsize=None)
def _part() -> dict[str, re.Pattern[str]]:
    v = vocabulary("points")
    standard, platform = v["standard"], v["platform"]
    return {
        "title": re.compile(r"《(?P<t>[^》]*积分[^》]*)》"),
        "standard": re.compile(rf"(?:{alternation(standard['ends'])})$|{alternation(standard['words'])}"),
        "platform": re.compile(rf"(?:{alternation(platform['verbs'])})[：:]?\s*[“\"「]?"
                               rf"(?P<n>[\u4e00-\u9fff]{{4,30}}?(?:{alternation(platform['ends'])}))"),
        "not_name": re.compile(rf"^(?:{alternation(platform['not_name'])})"),
        "basis": re.compile(r"以[^，。；]{1,12}?为(?:主要)?依据"),
    }


class Points:
    """The points part of a draft, read into ``ex.out.points``: 标准 (the standard's title), 平台, 依据 (以…为依据),
    门槛 and 未达标 (:meth:`line`)."""

    def __init__(self, ex: Extracting):
        self.ex = ex

    def read(self) -> None:
        ex, p = self.ex, _part()
        out = ex.out.points
        standards: list[Piece] = []
        platforms: list[Piece] = []
        origins_s: list[Origin] = []
        origins_p: list[Origin] = []
        basis: Entry | None = None
        for sentence in ex.sentences:
            piece = sentence.piece
            if "积分" not in piece.text:
                continue
            found = False
            for match in p["title"].finditer(piece.text):
                title = piece.match_piece(match, "t")
                if p["standard"].search(title.text):
                    if title.text not in [s.text for s in standards]:
                        standards.append(title)
                    ex.mark(title)
                    found = True
            if found:
                origins_s.append(ex.origin(piece))
            for match in p["platform"].finditer(piece.text):
                name = piece.match_piece(match, "n").lstrip_re(p["not_name"])
                if name.text not in [n.text for n in platforms]:
                    platforms.append(name)
                    origins_p.append(ex.origin(piece))
                ex.mark(name)
            for clause in depth_split(piece, "，,；;"):
                main = p["basis"].search(clause.text)
                if main and basis is None and "积分" in clause.text:
                    value = clause.without(r"[{}｛｝:：“”\"「」#]")
                    basis = Entry("依据", [value], [ex.origin(piece)])
                    ex.mark(clause)
                elif main and basis is None and "积分" in piece.text and re.search(r"积分", piece.text[:piece.text.find(clause.text)]):
                    value = clause.without(r"[{}｛｝:：“”\"「」#]")
                    basis = Entry("依据", [value], [ex.origin(piece)])
                    ex.mark(clause)
        threshold, below_it = self.line()
        if standards:
            out.append(Entry("标准", standards, origins_s, QUOTED))
        if platforms:
            out.append(Entry("平台", platforms, origins_p, QUOTED))
        if basis is not None:
            out.append(basis)
        out.extend(e for e in (threshold, below_it) if e is not None)
        if out and "积分入学" not in ex.out.anchors:
            ex.out.anchors["积分入学"] = out[0].words[0]

    def line(self) -> tuple[Entry | None, Entry | None]:
        """A points line (``积分达10分及以上（其中…得分不低于5分）``: 门槛, its clause only, so that what is said of
        the children above it is not read as what becomes of those below) and what becomes of the children
        below it (``积分未达到…的，不予安排``: 未达标, the rest of the sentence)."""
        ex = self.ex
        threshold: Entry | None = None
        below_it: Entry | None = None
        for sentence in ex.sentences:
            piece = sentence.piece
            if "分" not in piece.text or sentence.scope == _scope.LOCAL:
                continue
            clauses = depth_split(piece, "，,；;")
            for i, clause in enumerate(clauses):
                if below_it is None and below(clause.text) is not None:
                    words = [c.without(r"[{}｛｝:：“”\"「」#]").rstrip_re(r"[。．.]$") for c in clauses[i:]]
                    below_it = Entry("未达标", [w for w in words if w], [ex.origin(piece)])
                    for c in clauses[i:]:
                        ex.mark(c)
                    break
                if threshold is None and line(clause.text) is not None and not ex.is_marked(clause):
                    threshold = Entry("门槛", [ex.value_of(clause)], [ex.origin(piece)])
                    ex.mark(clause)
        return threshold, below_it
