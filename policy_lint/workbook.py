"""An Excel workbook (.xlsx) as the CSV text the statistics reader reads: line N is the sheet's row N.

Read with openpyxl, read-only (rows are streamed, never the whole sheet held as objects) and with the values
Excel last computed (``data_only``).  Before openpyxl opens it, the file is held to a Word file's limits: its
size (``MAX_BYTES`` × 10), the entries of the zip (``MAX_DOCX_ENTRIES``) and the bytes they declare unpacked
(``MAX_DOCX_UNPACKED``: the zip reader never unpacks past what an entry declares); an encrypted workbook
(an OLE file, as a password makes it) and one that is no zip get their own message.  A sheet is read to
``MAX_LINES`` rows and ``MAX_COLUMNS`` columns.

Cells become text as Excel shows them: a whole number without ``.0``, a percentage cell (``0.00%``) as
``97.60%``, a date as ``2021-06-28``; a comma or a quote inside a cell becomes its full-width form
(``，`` ``＂``) and a line break a space, so that the CSV view needs no quoting and a character column maps to
one cell (:func:`policy_lint.statistics.cell_name`).  A formula whose result was never saved (a workbook
written by a program and never opened in Excel) is refused at its cell.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Callable

from . import settings
from .errors import InputError
from .messages import text
from .source import Source

#: columns read from each row (附件1 has five; a sheet as wide as this is another table)
MAX_COLUMNS = 64
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def column_letters(number: int) -> str:
    """A spreadsheet column's letters: 1 → A, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _check_zip(path: Path, shown: str) -> None:
    try:
        size = path.stat().st_size
        limit = settings.get("MAX_BYTES") * 10
        entries_limit, unpacked_limit = settings.get("MAX_DOCX_ENTRIES"), settings.get("MAX_DOCX_UNPACKED")
    except FileNotFoundError:
        raise InputError(shown, text("input.missing")) from None
    except settings.SettingError as exc:
        raise InputError(shown, exc.message) from None
    if size > limit:
        raise InputError(shown, text("input.too_large", size=size, limit=limit))
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise InputError(shown, text("xlsx.encrypted"))
    if not zipfile.is_zipfile(path):
        raise InputError(shown, text("xlsx.not_zip"))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(shown, text("xlsx.not_zip")) from None
    if len(infos) > entries_limit:
        raise InputError(shown, settings.over_limit("xlsx.too_many_entries", "MAX_DOCX_ENTRIES", limit=entries_limit))
    if sum(info.file_size for info in infos) > unpacked_limit:
        raise InputError(shown, settings.over_limit("xlsx.too_large_unpacked", "MAX_DOCX_UNPACKED",
                                                    limit=unpacked_limit))
    if any(info.flag_bits & 0x1 for info in infos):
        raise InputError(shown, text("xlsx.encrypted"))


def _percent_places(number_format: str) -> int | None:
    """The decimal places of a percentage format (``0.00%`` → 2), or None when the format is no percentage."""
    if "%" not in (number_format or ""):
        return None
    match = re.search(r"0\.(0+)%", number_format)
    return len(match.group(1)) if match else 0


def cell_text(value, number_format: str = "General") -> str:
    """A cell's value as Excel shows it (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float, Decimal)):
        places = _percent_places(number_format)
        number = Decimal(str(value))
        if places is not None:
            return f"{(number * 100).quantize(Decimal(1).scaleb(-places))}%"
        if number == number.to_integral_value():
            return str(number.quantize(Decimal(1)))
        return format(number.normalize(), "f")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    value = str(value)
    return re.sub(r"[\t\r\n]+", " ", value).replace(",", "，").replace('"', "＂")


def _rows(sheet, max_rows: int, shown: str, name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    sheet.reset_dimensions()  # the size a file declares may be wrong: read the rows it holds
    for number, row in enumerate(sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS), start=1):
        if number > max_rows:
            raise InputError(shown, settings.over_limit("xlsx.too_many_rows", "MAX_LINES", sheet=name, limit=max_rows))
        rows.append([cell_text(getattr(cell, "value", None), getattr(cell, "number_format", "General"))
                     for cell in row])
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def _formulas(path: Path, name: str, max_rows: int) -> set[tuple[int, int]]:
    """Where the sheet ``name`` holds a formula: (row, column), 1-based."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = book[name]
        sheet.reset_dimensions()
        found = set()
        for number, row in enumerate(sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, max_row=max_rows), start=1):
            for column, cell in enumerate(row, start=1):
                value = getattr(cell, "value", None)
                if isinstance(value, str) and value.startswith("="):
                    found.add((number, column))
        return found
    finally:
        book.close()


def read_workbook(path: Path, shown: str, has_header: Callable[[list], bool]) -> tuple[Source, str]:
    """The first sheet whose rows ``has_header`` accepts, as a CSV :class:`Source`, and the sheet's name."""
    _check_zip(path, shown)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a runtime dependency
        raise InputError(shown, text("xlsx.no_library")) from None
    max_rows = settings.get("MAX_LINES")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged workbook raises, said in words
        raise InputError(shown, text("xlsx.unreadable", reason=" ".join(str(exc).split())[:200] or type(exc).__name__))\
            from None
    try:
        names = []
        for sheet in book.worksheets:
            names.append(sheet.title)
            try:
                rows = _rows(sheet, max_rows, shown, sheet.title)
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged sheet
                raise InputError(shown, text("xlsx.unreadable", reason=" ".join(str(exc).split())[:200])) from None
            records = [(number, cells) for number, cells in enumerate(rows, start=1) if any(c.strip() for c in cells)]
            if not has_header(records):
                continue
            width = max((max((i + 1 for i, c in enumerate(r) if c), default=0) for r in rows), default=0)
            rows = [r[:width] for r in rows]
            lines = [",".join(r + [""] * (width - len(r))) if any(r) else "" for r in rows]
            for row, column in sorted(_formulas(path, sheet.title, len(rows))):
                if row <= len(rows) and column <= len(rows[row - 1]) and not rows[row - 1][column - 1]:
                    raise InputError(shown, text("xlsx.formula_not_saved", sheet=sheet.title,
                                                 cell=f"{column_letters(column)}{row}"),
                                     line=row, column=sum(len(c) + 1 for c in rows[row - 1][:column - 1]) + 1,
                                     source_text="\n".join(lines))
            return Source(path=shown, text="\n".join(lines), encoding="xlsx"), sheet.title
    finally:
        book.close()
    raise InputError(shown, text("xlsx.no_table", sheets="、".join(f"「{n}」" for n in names) or "—"))

