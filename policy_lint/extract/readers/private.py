"""Private schools: the places approved (核定计划) or planned (计划招生) and whom they admit (招生范围).

``民办学校核定招生计划120人``, ``计划招生200人`` and ``招生范围为本区`` (or ``面向全市招生``) are read from the
sentences that name private schools or sit in their part; a ban said of every school (``严禁跨区域招生``) is read
as structure, with no value.  :class:`Private` writes ``Extraction.private`` through the extractor's interface
(:class:`~policy_lint.extract.readers.Extracting`).  Vocabulary: ``private.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import NEGATION, Extracting, alternation, vocabulary
from ..model import Entry
from ..pieces import depth_split


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary("private")
    plan, region, banned = v["plan"], v["region"], v["banned"]
    approved, people = alternation(plan["approved"]), alternation(plan["people"])
    return {
        "核定计划": re.compile(rf"(?:{approved})(?:的)?(?:招生)?计划(?:数)?(?:为|是)?\s*(?P<n>\d+)\s*(?:{people})"
                           rf"|(?:招生)?计划(?:{approved})(?:为)?\s*(?P<m>\d+)\s*(?:{people})"),
        "计划招生": re.compile(rf"(?<!{approved})(?:{alternation(plan['planned'])})(?:人数|数)?(?:为|是)?\s*(?P<n>\d+)\s*"
                           rf"(?:{people})(?P<m>)"),
        "region": re.compile(rf"招生范围(?:为|是|：|:)?\s*(?P<r>(?:{alternation(region['limited'])})?[^，。；为是：:]{{2,16}})"),
        "facing": re.compile(r"(?P<r>面向[^，。；]{1,10}?招生)"),
        "banned": re.compile(alternation(banned["words"])),
        "banned_what": re.compile(alternation(banned["what"])),
    }


class Private:
    """The private schools' part of a draft, read into ``ex.out.private``: 招生范围, 核定计划, 计划招生."""

    def __init__(self, ex: Extracting):
        self.ex = ex

    def read(self) -> None:
        ex, p = self.ex, _patterns()
        out: dict[str, Entry] = {}
        for sentence in ex.sentences:
            piece = sentence.piece
            if "民办" not in piece.text and sentence.topic != "private":
                continue
            for key in ("核定计划", "计划招生"):
                match = piece.search(p[key])
                if match and key not in out:
                    number = piece.match_piece(match, "n" if match.group("n") else "m")
                    out[key] = Entry(key, [number], [ex.origin(piece)])
                    ex.mark(piece.match_piece(match))
            for clause in depth_split(piece, "，,；;"):
                region = p["region"].search(clause.text) or p["facing"].search(clause.text)
                if not region or "招生范围" in out:
                    continue
                if NEGATION.search(clause.text[:region.start("r")]):
                    ex.mark(clause, understood=True)
                    continue
                value = clause.match_piece(region, "r").without(r"[{}｛｝:：“”\"「」#]").rstrip_re(r"[。．.]$")
                out["招生范围"] = Entry("招生范围", [value], [ex.origin(piece)])
                ex.mark(clause)
            if p["banned"].search(piece.text) and p["banned_what"].search(piece.text):
                for clause in depth_split(piece, "，,；;"):
                    if p["banned"].search(clause.text):
                        ex.mark(clause, understood=True)
        for key in ("招生范围", "核定计划", "计划招生"):
            if key in out:
                ex.out.private.append(out[key])
        if ex.out.private and "民办学校" not in ex.out.anchors:
            ex.out.anchors["民办学校"] = ex.out.private[0].words[0]
