"""Writing an extraction as rules text, with a source comment above every value, and its source map.

The source map records, for every value written, which characters of which
line of the rules text came from which characters of the draft's text view; a
finding on the rules text is moved back onto the draft with it
(:meth:`SourceMap.span`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..messages import text
from ..models import Span
from .model import QUOTED, Entry, Extraction, Group, Unread, condition_entries
from .pieces import Piece

INDENT = "    "
_SCHEDULE_ORDER = ("报名", "摇号", "录取", "选拔", "超额", "随迁子女报名", "随迁子女摇号")
_FORBIDDEN = r"[{}｛｝:：“”\"「」#\n]"
_SEPARATORS = "、，,；;"


@dataclass(frozen=True)
class Segment:
    """Columns [start, end) (1-based) of a rules line that hold ``piece``."""

    start: int
    end: int
    piece: Piece


@dataclass
class SourceMap:
    """Rules line → the draft text its values came from; block headers → the draft text they stand for."""

    segments: dict[int, list[Segment]] = field(default_factory=dict)
    anchors: dict[int, Piece] = field(default_factory=dict)

    def place(self, line: int, column: int) -> tuple[Segment | None, Piece | None]:
        segments = self.segments.get(line)
        if segments:
            inside = [s for s in segments if s.start <= column < s.end]
            if inside:
                return inside[0], None
            return min(segments, key=lambda s: min(abs(column - s.start), abs(column - (s.end - 1)))), None
        return None, self.anchors.get(line)

    def line(self, line: int) -> int | None:
        """The draft line a rules line stands for, if any."""
        segment, anchor = self.place(line, 1)
        if segment is not None:
            return segment.piece.line
        return anchor.line if anchor is not None else None

    def span(self, span: Span) -> Span | None:
        """``span`` on the rules text moved onto the draft (None when the line stands for nothing)."""
        segment, anchor = self.place(span.line, span.column)
        if segment is None:
            if anchor is None or not anchor.cols:
                return None
            return Span(line=anchor.line, column=anchor.start + 1, end_line=anchor.line, end_column=anchor.end + 1)
        piece = segment.piece
        if not piece.cols:
            return None
        first = min(max(span.column - segment.start, 0), len(piece.cols) - 1)
        column = piece.cols[first] + 1
        if span.end_line == span.line and segment.start < span.end_column <= segment.end:
            last = span.end_column - segment.start - 1
            end = piece.cols[max(last, first)] + 2
        else:
            end = piece.cols[-1] + 2
        if end <= column:
            end = column + 1
        return Span(line=piece.line, column=column, end_line=piece.line, end_column=end)


def clean(piece: Piece) -> Piece:
    """A value the rules language can hold as words: no braces, colons, quotes or '#'; no empty list item."""
    piece = piece.without(_FORBIDDEN)
    piece = piece.without(r"(?<=[、，,；;])\s*[、，,；;]+")  # doubled separators
    return piece.strip(" \t\u3000" + _SEPARATORS)


def _quotable(piece: Piece) -> Piece:
    return piece.without(r"[“”\n]").strip()


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.map = SourceMap()
        self.depth = 0

    @property
    def number(self) -> int:
        return len(self.lines) + 1

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def comment(self, text: str) -> None:
        self.lines.append(INDENT * self.depth + "# " + text)

    def open(self, name: str, anchor: Piece | None) -> None:
        if anchor is not None:
            self.map.anchors[self.number] = anchor
        self.lines.append(INDENT * self.depth + name + " {")
        self.depth += 1

    def close(self) -> None:
        self.depth -= 1
        self.lines.append(INDENT * self.depth + "}")

    def entry(self, entry: Entry, previous: Entry | None = None) -> None:
        if entry.origins and (previous is None or previous.origins != entry.origins):
            self.comment("来源：" + "；".join(o.comment() for o in entry.origins))
        text = INDENT * self.depth + (f"{entry.key}: " if entry.key else "")
        segments: list[Segment] = []
        for i, word in enumerate(entry.words):
            if i:
                text += "、"
            if entry.style == QUOTED and (entry.key is not None or re.search(_FORBIDDEN + "|[、，,；;]", word.text)
                                          or word.text != word.text.strip()):
                word = _quotable(word)
                text += "“"
                segments.append(Segment(len(text) + 1, len(text) + 1 + len(word.text), word))
                text += word.text + "”"
            else:
                word = clean(word)
                segments.append(Segment(len(text) + 1, len(text) + 1 + len(word.text), word))
                text += word.text
        self.map.segments[self.number] = segments
        self.lines.append(text)

    def entries(self, entries: list[Entry]) -> None:
        previous = None
        for entry in entries:
            self.entry(entry, previous)
            previous = entry

    def unread(self, items: list[Unread]) -> None:
        for item in items:
            self.comment(item.comment())


def write(extraction: Extraction, shown: str) -> tuple[str, SourceMap]:
    """The rules text of ``extraction`` (read from the draft ``shown``) and its source map."""
    w = _Writer()
    unread: dict[str | None, list[Unread]] = {}
    for item in extraction.unread:
        unread.setdefault(item.section, []).append(item)
    # the rules file is Chinese, as the rules language is
    w.comment(text("extract.comment.header", path=shown, facts=extraction.facts, unread=len(extraction.unread)).zh)
    w.comment(text("extract.comment.origins").zh)
    w.comment(text("extract.comment.unread_explained").zh)

    def section(name: str, entries_or_none: bool, body) -> None:
        items = unread.pop(name, [])
        if not entries_or_none:
            if items:
                w.blank()
                w.comment(f"{name}：")
                w.unread(items)
            return
        w.blank()
        w.open(name, extraction.anchors.get(name))
        body()
        w.unread(items)
        w.close()

    def metadata() -> None:
        w.entries(extraction.metadata)
        for note in extraction.metadata_notes:
            w.comment(note)

    section("基本信息", bool(extraction.metadata), metadata)

    def first_word(group: Group):
        for entry in condition_entries(group.items):
            return entry.words[0]
        return None

    def conditions(items=None) -> None:
        previous = None
        for item in extraction.conditions if items is None else items:
            if isinstance(item, Group):
                if item.origins and (previous is None or previous.origins != item.origins):
                    w.comment("来源：" + "；".join(o.comment() for o in item.origins))
                w.open(item.name, item.anchor or first_word(item))
                inner = Entry(None, [], item.origins)
                for entry in item.items:
                    if isinstance(entry, Group):
                        conditions([entry])  # a 同时具备 group inside an 之一 group
                        inner = Entry(None, [], entry.origins)
                        continue
                    w.entry(entry, inner)
                    inner = entry
                w.close()
                previous = Entry(None, [], item.origins)
            else:
                w.entry(item, previous)
                previous = item

    section("入学条件", bool(extraction.conditions), conditions)
    section("证明材料", bool(extraction.materials), lambda: w.entries(extraction.materials))

    def schedules() -> None:
        for kind in ("公办", "民办"):
            entries = extraction.schedules.get(kind)
            if not entries:
                continue
            ordered = sorted(entries, key=lambda e: _SCHEDULE_ORDER.index(e.key))
            w.open(kind, ordered[0].words[0])
            w.entries(ordered)
            w.close()

    section("招生安排", any(extraction.schedules.values()), schedules)
    section("积分入学", bool(extraction.points), lambda: w.entries(extraction.points))
    section("民办学校", bool(extraction.private), lambda: w.entries(extraction.private))
    section("在校管理", bool(extraction.school_life), lambda: w.entries(extraction.school_life))
    rest = [u for items in unread.values() for u in items]
    if rest:
        w.blank()
        w.comment("其他：")
        w.unread(sorted(rest, key=lambda u: (u.piece.line, u.piece.start)))
    aside = [a for a in extraction.aside if not a.boilerplate]
    if aside:
        w.blank()
        w.comment("以下句子有意不写入规则（理由见各句），不参与检查：")
        for item in sorted(aside, key=lambda a: (a.piece.line, a.piece.start)):
            w.comment(item.comment())
    return "\n".join(w.lines) + "\n", w.map
