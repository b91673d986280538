"""Laying text out on a terminal: display widths, the quoted line with its carets, aligned tables,
headings, indentation and colour.  Nothing here knows what a finding or a review is."""

from __future__ import annotations

import unicodedata
from typing import Callable, Iterable


def display_width(s: str) -> int:
    """Columns ``s`` takes in a terminal (CJK characters take two; format characters such as U+200B and
    combining marks none, so that a caret stays under its character on a line that holds them)."""
    return sum(0 if unicodedata.category(ch) in ("Cf", "Mn", "Me") else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


#: a quoted line longer than this (in characters) is shown as a window around the span
QUOTE_WIDTH = 120
#: context kept on each side of the span in a window, and the most of a long span shown
QUOTE_CONTEXT = 30
QUOTE_SPAN = 60


def caret_lines(source_line: str, column: int, end_column: int | None) -> tuple[str, str]:
    """The source line (tabs expanded) and a caret line under columns [column, end_column).

    A line longer than :data:`QUOTE_WIDTH` characters (a Word paragraph saved as one line) is shown
    as a window: the span (at most :data:`QUOTE_SPAN` characters of it) with
    :data:`QUOTE_CONTEXT` characters on each side, cuts marked ``…``.  What one finding prints
    stays the same size however long the line.
    """
    line = source_line.replace("\t", " ")
    start = max(column - 1, 0)
    end = end_column - 1 if end_column and end_column - 1 > start else start + 1
    end = min(end, max(len(line), start + 1))
    if len(line) > QUOTE_WIDTH:
        shown_end = min(end, start + QUOTE_SPAN)
        left = max(0, start - QUOTE_CONTEXT)
        right = min(len(line), shown_end + QUOTE_CONTEXT)
        prefix = "…" if left > 0 else ""
        line = prefix + line[left:right] + ("…" if right < len(line) else "")
        start, end = start - left + len(prefix), shown_end - left + len(prefix)
    pad = display_width(line[:start])
    width = max(display_width(line[start:end]), 1)
    return line, " " * pad + "^" * width


class Style:
    """Colour and weight when the output is a colour terminal; the text unchanged otherwise."""

    def __init__(self, color: bool):
        self.color = color

    def __call__(self, s: str, **kw) -> str:
        if not self.color:
            return s
        import typer  # only for colour on a terminal: a plain report does not load typer

        return typer.style(s, **kw)


def gutter_block(style: Style, line_no: int, source_line: str, column: int, end_column: int | None,
                 caret_color: str) -> list[str]:
    """The quoted source line between two gutter bars, the carets under the span."""
    line, carets = caret_lines(source_line, column, end_column)
    width = len(str(line_no))
    bar = style(" " * width + " |", fg="blue")
    return [
        bar,
        style(f"{line_no} |", fg="blue") + " " + line,
        bar + " " + style(carets, fg=caret_color, bold=True),
    ]


def pad(s: str, width: int) -> str:
    return s + " " * max(width - display_width(s), 0)


Paint = Callable[[int, int, str], str]


def table(rows: list[list[str]], header: bool = True, paint: Paint | None = None) -> list[str]:
    """Columns aligned by display width (CJK characters count two); ``paint(row, column, padded)`` may colour a cell."""
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for i, row in enumerate(rows):
        cells = [pad(c, widths[j]) for j, c in enumerate(row)]
        if paint is not None:
            cells = [paint(i, j, c) for j, c in enumerate(cells)]
        out.append("  ".join(cells).rstrip())
        if header and i == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def paint_label(style: Style, cell: str, label: str, colour: str | None) -> str:
    """A padded table cell whose leading ``label`` is drawn in ``colour`` (the padding stays plain)."""
    if colour is None:
        return cell
    return style(label, fg=colour, bold=True) + cell[len(label):]


def heading(style: Style, s: str, ch: str = "=") -> list[str]:
    """A title underlined with ``ch`` across its display width."""
    return [style(s, bold=True), ch * display_width(s)]


def indent(lines: Iterable[str], by: str = "  ") -> list[str]:
    """``lines`` indented by ``by``; a blank line stays blank."""
    return [by + line if line else "" for line in lines]


def indent_packed(lines: Iterable[str], by: str = "  ") -> list[str]:
    """``lines`` indented by ``by``, their blank lines left out (an error quoted inside a section)."""
    return [by + line for line in lines if line]
