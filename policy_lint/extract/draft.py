"""A draft as lines: Word (.docx) paragraphs and table rows, or the lines of a .txt / .md file.

Every draft becomes one *text view*: line N is the draft's N-th paragraph (a
Word paragraph, or a line of the text file), and a table row takes one line with
its cells separated by a tab.  The view is what ``check`` quotes under a
finding, and what the ``第N段`` of a source comment counts.  A .txt drawn from
the same text as a .docx (one line per paragraph, one tab-separated line per
table row) therefore has the same line numbers as the .docx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, os_reason
from ..messages import text
from ..source import Source, decode, read
from .pieces import Piece
from .wordml import read_blocks
from .. import lazy_re


#: a .docx is a zip that may carry images (a seal, a scanned table): it may be this many
#: times the size limit on text files (``POLICY_LINT_MAX_BYTES``)
DOCX_SIZE_FACTOR = 10


def docx_max_bytes() -> int:
    from .. import settings

    return settings.get("MAX_BYTES") * DOCX_SIZE_FACTOR


@dataclass(frozen=True)
class Cell:
    """One table cell: table, row and column numbers (1-based) and its text in the view."""

    table: int
    row: int
    column: int
    piece: Piece


@dataclass(frozen=True)
class Line:
    """Line ``number`` of the view: a paragraph, or a table row with its cells."""

    number: int
    text: str
    cells: tuple[Cell, ...] = ()
    separator: bool = False  # a Markdown table's |---|---| line: part of the table, no content

    @property
    def is_row(self) -> bool:
        return bool(self.cells)

    @property
    def piece(self) -> Piece:
        return Piece.of_line(self.number, self.text)


@dataclass(frozen=True)
class Draft:
    path: str
    kind: str  # "docx", "txt", "md", "doc", "wps", "pdf" or "html"
    encoding: str
    lines: tuple[Line, ...] = field(default=())
    #: what the reader could not take in, said where the user reads it (a PDF's pages without a text layer):
    #: reported with the 待确认 sentences, so that nothing is left out without a word
    notes: tuple = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def view(self) -> Source:
        """The text view as a :class:`~policy_lint.source.Source` (what a renderer quotes)."""
        return Source(path=self.path, text=self.text, encoding=self.encoding)

    def line(self, number: int) -> Line:
        return self.lines[number - 1]


#: the formats read by a module of their own: suffix → (module, function(path, shown) → Draft); each is also a
#: kind in the pipeline's table (policy_lint.kinds.draft_pdf, draft_html, draft_office)
OTHER_READERS = {
    ".pdf": (".pdf", "read_pdf"),
    ".html": (".webpage", "read_html"),
    ".htm": (".webpage", "read_html"),
    ".doc": (".office", "read_office"),
    ".wps": (".office", "read_office"),
}


def read_draft(path: Path, display: str | None = None) -> Draft:
    """Read a draft (.docx, .doc, .wps, .pdf, .html, .htm, .txt, .md); raise :class:`InputError` when it cannot be read.

    Each format is a kind of its own in the pipeline's table (:mod:`policy_lint.kinds.draft_docx`,
    :mod:`policy_lint.kinds.draft_text`), which says which suffixes are drafts; this is the
    ``extract`` command's and the tests' way to read one by its path.
    """
    shown = display if display is not None else path.as_posix()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path, shown)
    reader = OTHER_READERS.get(suffix)
    if reader is not None:
        module, name = reader
        import importlib

        return getattr(importlib.import_module(module, __package__), name)(path, shown)
    return read_text(path, shown)


def read_text(path: Path, shown: str) -> Draft:
    """A .txt or .md draft: decoded as any text file (:func:`policy_lint.source.read`), then split into lines."""
    return from_text(read(path, shown), "md" if path.suffix.lower() == ".md" else "txt")


def from_text(source: Source, kind: str = "txt") -> Draft:
    """A decoded .txt (tab-separated table rows) or .md (``| a | b |`` table rows) as a draft."""
    lines: list[Line] = []
    table = row = 0
    in_table = False
    for number, raw in enumerate(source.text.split("\n"), start=1):
        cells = _md_cells(raw) if kind == "md" else _tab_cells(raw)
        if cells is None:  # a markdown separator row |---|---| stays inside its table
            lines.append(Line(number, raw, separator=True))
            continue
        if len(cells) >= 2:
            if not in_table:
                table += 1
                row = 0
                in_table = True
            row += 1
            lines.append(Line(number, raw, tuple(
                Cell(table, row, col, Piece.of_line(number, raw[start:end], start))
                for col, (start, end) in enumerate(cells, start=1))))
        else:
            in_table = False
            lines.append(Line(number, raw))
    return Draft(path=source.path, kind=kind, encoding=source.encoding, lines=tuple(lines))


def _tab_cells(line: str) -> list[tuple[int, int]]:
    if "\t" not in line:
        return []
    spans, start = [], 0
    for part in line.split("\t"):
        end = start + len(part)
        inner = len(part) - len(part.lstrip())
        spans.append((start + inner, start + len(part.rstrip())))
        start = end + 1
    return spans if sum(1 for s, e in spans if e > s) >= 2 else []


_MD_SEPARATOR = lazy_re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_cells(line: str) -> list[tuple[int, int]] | None:
    if _MD_SEPARATOR.match(line):
        return None
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
        return []
    spans = []
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    for left, right in zip(bars, bars[1:]):
        part = line[left + 1:right]
        inner = len(part) - len(part.lstrip())
        spans.append((left + 1 + inner, left + 1 + len(part.rstrip())))
    return spans


def _flat(value: str) -> str:
    """A paragraph or cell on one line: tabs and line breaks become spaces."""
    return re.sub(r"[\t\r\n\v\f]", " ", value)


def check_size(path: Path, shown: str) -> int:
    """The size of the file at ``path``, refusing (:class:`InputError`) one that is missing, a folder, unreadable
    or larger than a binary draft may be (:func:`docx_max_bytes`: Word, PDF, a saved web page)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(shown, text("input.missing")) from None
    except OSError as exc:
        raise InputError(shown, text("input.unreadable", reason=os_reason(exc))) from None
    if path.is_dir():
        raise InputError(shown, text("input.is_directory"))
    try:
        limit = docx_max_bytes()
    except ValueError as exc:  # a bad POLICY_LINT_MAX_BYTES
        raise InputError(shown, getattr(exc, "message", None) or text("input.unreadable", reason=str(exc))) from None
    if size > limit:
        raise InputError(shown, text("input.too_large", size=size, limit=limit))
    return size


def from_blocks(shown: str, kind: str, blocks, encoding: str | None = None) -> Draft:
    """A draft from blocks in reading order: a paragraph's text (``str``), or a table row (a list or tuple of its
    cells' texts, table and row numbers counted here: a row follows a row of the same table until a paragraph).

    Refused as :class:`InputError` like a .docx: no text at all, more lines than ``MAX_LINES``, a line longer than
    ``MAX_LINE_LENGTH``."""
    from .. import settings

    max_lines, max_length = settings.get("MAX_LINES"), settings.get("MAX_LINE_LENGTH")
    lines: list[Line] = []
    table = row = 0
    in_table = False
    for block in blocks:
        number = len(lines) + 1
        if number > max_lines:
            raise InputError(shown, text("docx.too_many_lines", limit=max_lines))
        if isinstance(block, str):
            in_table = False
            line = Line(number, _flat(block))
        else:
            if not in_table:
                table, row, in_table = table + 1, 0, True
            row += 1
            raw = ""
            cells = []
            for col, value in enumerate(block, start=1):
                value = _flat(value).strip()
                if col > 1:
                    raw += "\t"
                cells.append(Cell(table, row, col, Piece.of_line(number, value, len(raw))))
                raw += value
            line = Line(number, raw, tuple(cells))
        if len(line.text) > max_length:
            raise InputError(shown, text("docx.line_too_long", line=number, limit=max_length))
        lines.append(line)
    if not any(line.text.strip() for line in lines):
        raise InputError(shown, text("input.empty.draft"))
    return Draft(path=shown, kind=kind, encoding=encoding or kind, lines=tuple(lines))


def read_docx(path: Path, shown: str, kind: str = "docx") -> Draft:
    """A Word draft: the paragraphs and table rows Word shows (:mod:`.wordml`), as lines."""
    check_size(path, shown)
    lines: list[Line] = []
    # A merged cell is one cell spanning several grid columns (or rows): its text is shown once,
    # where it first appears, and read for every column it spans.
    placed: dict[int, Piece] = {}  # cell id → its text in the view
    for block in read_blocks(path, shown):
        number = len(lines) + 1
        if isinstance(block, str):
            lines.append(Line(number, _flat(block)))
            continue
        raw = ""
        cells: list[Cell] = []
        for col, (cell_id, value) in enumerate(block.cells, start=1):
            piece = placed.get(cell_id)
            if piece is None:
                value = _flat(value).strip()
                if raw:
                    raw += "\t"
                piece = Piece.of_line(number, value, len(raw))
                raw += value
                placed[cell_id] = piece
            cells.append(Cell(block.table, block.row, col, piece))
        lines.append(Line(number, raw, tuple(cells)))
    if not any(line.text.strip() for line in lines):
        raise InputError(shown, text("input.empty"))
    return Draft(path=shown, kind=kind, encoding=kind, lines=tuple(lines))


def decode_draft(data: bytes, path: str, kind: str = "txt") -> Draft:
    """A .txt or .md draft from bytes (for tests and in-memory use)."""
    return from_text(decode(data, path), kind)
