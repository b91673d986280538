"""What extraction produces: entries of the rules language, each with the draft text it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import text
from .pieces import Piece, quote

#: how a value is written: ``plain`` words as read (list separators kept), or ``quoted`` “…” strings
PLAIN = "plain"
QUOTED = "quoted"


@dataclass(frozen=True)
class Origin:
    """Where a value was read: ``第12段`` (and a table cell), the sentence or cell quoted, and a note."""

    where: str
    text: str
    note: str = ""

    def comment(self) -> str:
        out = f"{self.where}「{quote(self.text)}」"
        return out + (f"（{self.note}）" if self.note else "")


@dataclass
class Entry:
    """One line of the rules: ``key: words`` (or the bare item ``words`` when ``key`` is None)."""

    key: str | None
    words: list[Piece]
    origins: list[Origin]
    style: str = PLAIN

    @property
    def text(self) -> str:
        return "、".join(w.text for w in self.words)


@dataclass
class Group:
    """A group of conditions: ``之一`` (any one suffices) or ``同时具备`` (all required); an 之一 group may
    hold 同时具备 groups (one numbered item of several conditions is one alternative)."""

    name: str
    items: list["Entry | Group"] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    anchor: Piece | None = None


def condition_entries(items):
    """Every condition entry of ``items``, groups walked into, in the order written."""
    for item in items:
        if isinstance(item, Group):
            yield from condition_entries(item.items)
        else:
            yield item


def condition_groups(items):
    """Every group of ``items``, groups inside groups as well."""
    for item in items:
        if isinstance(item, Group):
            yield item
            yield from condition_groups(item.items)


@dataclass(frozen=True)
class Unread:
    """A sentence, clause or cell that could not be read with certainty (待确认)."""

    piece: Piece
    where: str
    text: str
    reason: str
    section: str | None = None  # the section it would belong to, when known
    where_en: str = ""  # ``paragraph 12, table 1 row 3 column 2``: the position in English
    reason_en: str = ""  # the reason in English ("" when there is none, or it has no English)

    def comment(self) -> str:
        if self.reason:
            return text("extract.comment.unread_because", where=self.where, quote=quote(self.text), reason=self.reason).zh
        return text("extract.comment.unread", where=self.where, quote=quote(self.text)).zh


@dataclass(frozen=True)
class Aside:
    """A sentence or clause set aside on purpose, with the reason: not a fact the rules hold, never
    silently dropped (the rules of local-hukou children, who counts as a migrant child, an admission order)."""

    piece: Piece
    where: str
    text: str
    reason: str
    reason_en: str = ""
    boilerplate: bool = False  # states no fact at all (a purpose, a duty, contact details): counted, not listed

    def comment(self) -> str:
        return f"不作条件：{self.where}「{quote(self.text)}」：{self.reason}"


@dataclass
class Extraction:
    """Everything read from one draft, by section of the rules language."""

    path: str
    metadata: list[Entry] = field(default_factory=list)
    metadata_notes: list[str] = field(default_factory=list)
    conditions: list[Entry | Group] = field(default_factory=list)
    materials: list[Entry] = field(default_factory=list)
    schedules: dict[str, list[Entry]] = field(default_factory=dict)  # "公办" / "民办" → entries
    points: list[Entry] = field(default_factory=list)
    private: list[Entry] = field(default_factory=list)
    school_life: list[Entry] = field(default_factory=list)  # 在校管理: 转学 (a transfer barred)
    unread: list[Unread] = field(default_factory=list)
    aside: list[Aside] = field(default_factory=list)  # set aside with a named reason (not 待确认)
    #: the heading (or first sentence) each section is anchored at, for findings on a whole section
    anchors: dict[str, Piece] = field(default_factory=dict)

    @property
    def set_aside(self) -> list[Aside]:
        """The sentences set aside with a reason (the name scripts/real_score.py reads)."""
        return self.aside

    def entries(self):
        """Every entry, in the order written."""
        yield from self.metadata
        yield from condition_entries(self.conditions)
        yield from self.materials
        for kind in ("公办", "民办"):
            yield from self.schedules.get(kind, [])
        yield from self.points
        yield from self.private
        yield from self.school_life

    @property
    def facts(self) -> int:
        return sum(len(e.words) if e.key is None or e.style == QUOTED else 1 for e in self.entries())
