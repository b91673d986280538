"""Pieces of a draft's text that remember where each of their characters came from.

A :class:`Piece` is a string plus, for every character, its 0-based column in one
line of the draft's text view.  Slicing, stripping and deleting characters keep
that map, so a value written into the rules (even with its quotes dropped) can
be traced back, character by character, to the paragraph it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lazy_re
from ..values import ascii_digits

#: Brackets inside which a separator does not split (（含租赁、备案）, 《…》, “…”).
_OPEN = "（(《〈“「『【〔［["
_CLOSE = "）)》〉”」』】〕］]"


def depths(text: str, opening: str = _OPEN, closing: str = _CLOSE) -> list[int]:
    """The bracket depth of each character of ``text``, a bracket at the depth inside it (an unmatched closing
    bracket does not go below 0)."""
    out, level = [], 0
    for ch in text:
        if ch in opening:
            level += 1
        out.append(level)
        if ch in closing and level > 0:
            level -= 1
    return out


@dataclass(frozen=True)
class Piece:
    """``text`` read from line ``line``; ``cols[i]`` is the 0-based column of ``text[i]``."""

    line: int
    text: str
    cols: tuple[int, ...]

    @classmethod
    def of_line(cls, line: int, text: str, start: int = 0) -> "Piece":
        return cls(line, text, tuple(range(start, start + len(text))))

    @classmethod
    def made(cls, text: str, at: "Piece") -> "Piece":
        """A text that is not in the draft (a normalised value), placed at ``at``."""
        column = at.cols[0] if at.cols else 0
        return cls(at.line, text, (column,) * len(text))

    # --- positions -----------------------------------------------------------
    @property
    def start(self) -> int:
        return self.cols[0] if self.cols else 0

    @property
    def end(self) -> int:
        return self.cols[-1] + 1 if self.cols else 0

    @property
    def verbatim(self) -> bool:
        """Whether the characters sit side by side in the draft (nothing dropped or made up)."""
        return all(b == a + 1 for a, b in zip(self.cols, self.cols[1:]))

    def __len__(self) -> int:
        return len(self.text)

    def __bool__(self) -> bool:
        return bool(self.text)

    def __str__(self) -> str:
        return self.text

    # --- slicing -------------------------------------------------------------
    def __getitem__(self, key: slice) -> "Piece":
        return Piece(self.line, self.text[key], self.cols[key])

    def strip(self, chars: str | None = None) -> "Piece":
        text = self.text
        left = len(text) - len(text.lstrip(chars))
        right = len(text.rstrip(chars))
        if right <= left:
            return self[0:0]
        return self[left:right]

    def match_piece(self, match: re.Match[str], group: int | str = 0) -> "Piece":
        return self[match.start(group):match.end(group)]

    def search(self, pattern: re.Pattern[str] | str, pos: int = 0) -> re.Match[str] | None:
        """Search the text with full-width digits read as ASCII (same offsets)."""
        return lazy_re.real(pattern).search(self.plain, pos)

    def finditer(self, pattern: re.Pattern[str] | str):
        return lazy_re.real(pattern).finditer(self.plain)

    @property
    def plain(self) -> str:
        return ascii_digits(self.text)

    def without(self, pattern: re.Pattern[str] | str) -> "Piece":
        """The piece with every match of ``pattern`` deleted (the other characters keep their columns)."""
        keep = [True] * len(self.text)
        for match in lazy_re.real(pattern).finditer(self.text):
            for i in range(match.start(), match.end()):
                keep[i] = False
        return Piece(self.line, "".join(c for c, k in zip(self.text, keep) if k),
                     tuple(c for c, k in zip(self.cols, keep) if k))

    def lstrip_re(self, pattern: re.Pattern[str] | str) -> "Piece":
        """Drop a leading match of ``pattern`` (repeatedly) and surrounding spaces."""
        regex = lazy_re.real(pattern)
        piece = self.strip()
        while True:
            match = regex.match(piece.text)
            if not match or match.end() == 0:
                return piece
            piece = piece[match.end():].strip()

    def rstrip_re(self, pattern: re.Pattern[str] | str) -> "Piece":
        """Drop a trailing match of ``pattern`` (the regex must end with ``$``), repeatedly."""
        regex = lazy_re.real(pattern)
        piece = self.strip()
        while True:
            match = regex.search(piece.text)
            if not match or match.start() == match.end():
                return piece
            piece = piece[:match.start()].strip()


def depth_split(piece: Piece, separators: str | re.Pattern[str]) -> list[Piece]:
    """Split ``piece`` at the separators that are outside brackets; parts are stripped, empty ones dropped.

    ``separators`` is a string of single characters or a compiled pattern.
    """
    if isinstance(separators, str):
        pattern = re.compile("[" + re.escape(separators) + "]")
    else:
        pattern = separators
    depth = [0] * (len(piece.text) + 1)
    level = 0
    for i, ch in enumerate(piece.text):
        if ch in _OPEN:
            level += 1
        depth[i] = level
        if ch in _CLOSE and level > 0:
            level -= 1
            depth[i] = level
    parts: list[Piece] = []
    last = 0
    for match in pattern.finditer(piece.text):
        if match.start() == match.end() or depth[match.start()] != 0:
            continue
        parts.append(piece[last:match.start()])
        last = match.end()
    parts.append(piece[last:])
    return [p.strip() for p in parts if p.strip()]


def joined(whole: Piece, first: Piece, last: Piece) -> Piece:
    """The stretch of ``whole`` from the start of ``first`` to the end of ``last`` (both pieces of it)."""
    start = whole.cols.index(first.cols[0]) if first.cols and first.cols[0] in whole.cols else None
    end = whole.cols.index(last.cols[-1]) + 1 if last.cols and last.cols[-1] in whole.cols else None
    if start is None or end is None or end <= start:
        return first
    return whole[start:end]


def outside_brackets(piece: Piece) -> Piece:
    """``piece`` with bracketed asides removed: （含租赁）, （原件及复印件）."""
    return piece.without(r"[（(][^（()）]*[)）]")


def quote(text: str, limit: int = 120) -> str:
    """``text`` for a comment: one line, at most ``limit`` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
