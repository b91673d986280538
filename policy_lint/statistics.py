"""A 附件1-style statistics table: per city, migrant pupils, those in public schools, and the share.

The CSV's header names its columns in the seed's words; they are recognised
by keyword, so the column order and the exact wording may vary::

    市,2020年义务教育阶段学校随迁子女入学总数(人),公办学校就读人数 (含政府购买服务),公办学校就读比例,备注
    阳泉市,12788,12481,97.60%,
    ...
    山西省,140765,119708,85.04%,

The row whose name is the province (or 合计 / 全省 / 总计) is the reported total.
Every cell keeps its line and column, so a finding can point at the figure.

Real 附件1 tables carry a title above the header ("附件1", "2020年山西省……统计表", "填报单位：") and notes
below the rows ("注：……", "填表人："): the header is the first of the first ten rows that names the city,
total and public-school columns (or two rows read together, when the header's cells are merged over two
rows); the rows above it are its title (their year counts when the header has none), and a row named as a
note (注 / 说明 / 备注 / 填表 / 制表 / 审核 / 联系 / 数据来源) with no figures is not a city.

An Excel workbook (``.xlsx``, ``.xlsm``) is read with openpyxl (read-only, the values Excel last computed),
within the limits of a Word file (its size, its entries, what it unpacks to): the first sheet whose rows hold
such a header.  Its rows become a CSV text (line N is the sheet's row N, from column A), which the same reader
reads, so every check is the same for both; a finding and a refusal on a workbook name the sheet and the
cell ("工作表「附件1」D5"), and a formula whose result was never saved (a file written by a program and never
opened in Excel) is refused at its cell rather than read as an empty cell.  An old ``.xls`` (or WPS ``.et``)
gets one message saying how to save it as .xlsx.
The year the figures are for is read from the header (``2020年…``), when it
says; the audit compares the shares with the target for that year.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path

from .errors import InputError
from .messages import LocalText, text
from .models import Span
from .source import read, for_kind

TOTAL_NAMES = ("合计", "全省", "总计", "全市")


@dataclass(frozen=True)
class Figure:
    value: Decimal
    raw: str
    span: Span


@dataclass(frozen=True)
class StatsRow:
    name: str
    total: Figure
    public: Figure
    share: Figure | None  # percent, as reported
    line: int

    def computed_share(self) -> Decimal | None:
        """public / total in percent, rounded half-up to the reported precision (2 places by default)."""
        return share(self.public.value, self.total.value, self.places())

    def places(self) -> int:
        """The decimal places of the reported share (2 when the row reports none)."""
        return _places(self.share.raw) if self.share is not None else 2


@dataclass(frozen=True)
class IncompleteRow:
    """A row with an empty cell where the table needs a figure (or the city's name)."""

    name: str
    line: int
    missing: tuple[str, ...]  # of "name", "total", "public", "share"
    span: Span  # the first empty cell
    counted: bool  # its counts are there (only the share or the name is missing): it is in ``cities``
    total_row: bool = False  # it is named as the total row


@dataclass(frozen=True)
class RepeatedRow:
    """A second total row, or a second row for the same city."""

    row: StatsRow
    first_line: int  # the line of the first one
    first_name: str
    total_row: bool


@dataclass(frozen=True)
class Typo:
    """A city's figure that is most likely mistyped: ``corrected`` fits both its share and the total row."""

    row: StatsRow
    column: str  # "total" or "public"
    figure: Figure
    corrected: Decimal


@dataclass(frozen=True)
class StatsTable:
    path: str
    cities: tuple[StatsRow, ...]
    total: StatsRow | None
    source_text: str
    year: int | None = None  # the year the figures are for, from the header (2020年…); None if it does not say
    incomplete: tuple[IncompleteRow, ...] = ()  # rows with an empty cell (PL706)
    repeated: tuple[RepeatedRow, ...] = ()  # a second total row or city row (PL705); a second total is not used
    delimiter: str = ","  # what the cells are separated by (a comma, or a tab or semicolon the file uses)
    sheet: str | None = None  # for a workbook: the sheet read (its rows are ``source_text``, line N = row N)

    def placed(self, findings: list) -> list:
        """``findings`` on this table, each naming its sheet and cell when the table is a workbook's sheet."""
        if self.sheet is None:
            return findings
        lines = self.source_text.split("\n")
        out = []
        for finding in findings:
            ref = cell_name(lines, finding.span.line, finding.span.column) if finding.span else None
            where = text("stats.cell", sheet=self.sheet, cell=ref) if ref else text("stats.sheet", sheet=self.sheet)
            out.append(finding.model_copy(update={"message": where + finding.message}))
        return out

    def uncounted(self) -> tuple[IncompleteRow, ...]:
        """City rows whose counts are missing, so that the cities' sums leave them out."""
        return tuple(r for r in self.incomplete if not r.counted and not r.total_row)

    def sum_total(self) -> Decimal:
        return sum((r.total.value for r in self.cities), Decimal(0))

    def sum_public(self) -> Decimal:
        return sum((r.public.value for r in self.cities), Decimal(0))

    def likely_typos(self) -> dict[str, "Typo"]:
        """The one city figure per column that explains both the total row's difference and its own row.

        For the column of totals and of public-school counts: when the total row disagrees with the
        cities' sum by d, a city whose figure, moved by d, would give the share it reports — while
        as written it does not — has most likely been mistyped (21742 for 21724), and the total row
        is right.  Only when exactly one city fits is it named; otherwise nothing is guessed.  Keys:
        ``"total"``, ``"public"``."""
        if self.total is None or not self.cities or self.uncounted():
            return {}
        found: dict[str, Typo] = {}
        for column, reported, computed in (("total", self.total.total.value, self.sum_total()),
                                           ("public", self.total.public.value, self.sum_public())):
            difference = reported - computed
            if difference == 0:
                continue
            fits = []
            for row in self.cities:
                if row.share is None or row.computed_share() == row.share.value:
                    continue
                figure = row.total if column == "total" else row.public
                corrected = figure.value + difference
                total = corrected if column == "total" else row.total.value
                public = row.public.value if column == "total" else corrected
                if corrected < 0 or public > total or share(public, total, row.places()) != row.share.value:
                    continue
                fits.append(Typo(row, column, figure, corrected))
            if len(fits) == 1:
                found[column] = fits[0]
        return found

    def province_share(self) -> Decimal | None:
        """The sum of public ÷ the sum of total in percent, rounded like the total row's reported share (2 places
        without one); None when the sum of total is 0."""
        return share(self.sum_public(), self.sum_total(), self.total.places() if self.total is not None else 2)

    def ranking(self) -> list[StatsRow]:
        """Cities by recomputed public-school share, highest first; those without one (no pupils) last."""
        def key(row: StatsRow):
            computed = row.computed_share()
            return (computed is None, -(computed or 0), row.name)

        return sorted(self.cities, key=key)

    def ranked(self) -> list[tuple[int, StatsRow]]:
        """:meth:`ranking` with each city's rank; cities with equal recomputed shares share one (1, 2, 2, 4)."""
        out: list[tuple[int, StatsRow]] = []
        rank, previous = 0, None
        for position, row in enumerate(self.ranking(), start=1):
            computed = row.computed_share()
            if position == 1 or computed != previous:
                rank, previous = position, computed
            out.append((rank, row))
        return out


def share(public: Decimal, total: Decimal, places: int = 2) -> Decimal | None:
    """``public / total`` in percent, rounded half-up to ``places``; None when ``total`` is 0."""
    if total == 0:
        return None
    with localcontext() as context:  # exact for every figure the reader accepts (MAX_DIGITS, MAX_PLACES)
        context.prec = 60
        exact = public / total * 100
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


#: a figure has at most this many digits before its decimal point (a billion pupils is beyond any province) …
MAX_DIGITS = 9
#: … and this many after it (97.6012% is as precise as a share is ever given)
MAX_PLACES = 6
#: the separators a table may use: a comma (CSV), or what Excel writes in other locales or copies as text
DELIMITERS = (",", "\t", ";", "，")


def _places(raw: str) -> int:
    number = raw.strip().rstrip("%％")
    return len(number.split(".", 1)[1]) if "." in number else 0


def _column(header: list[str], *keywords: str) -> int | None:
    for index, name in enumerate(header):
        if any(k in name for k in keywords):
            return index
    return None


def _number(raw: str) -> Decimal | None:
    cleaned = _cleaned(raw)
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return None
    return Decimal(cleaned)


def _cleaned(raw: str) -> str:
    return raw.strip().replace(",", "").replace("，", "").rstrip("%％").strip()


def _is_total(name: str, province: str | None) -> bool:
    """Whether the row named ``name`` is the table's total: 合计 / 全省 / 总计 (…合计), the province as
    province.toml names it or shortened (山西 for 山西省, 内蒙古 for 内蒙古自治区, 北京 for 北京市); without a
    province, a name ending in 省 or 自治区.  With a province, a row named like another province (朔州省, a
    typo) is a city row: it is shown, not silently taken for the total."""
    if name in TOTAL_NAMES or name.endswith(("合计", "总计")):
        return True
    if province:
        return name == province or (len(name) >= 2 and province.startswith(name))
    return name.endswith(("省", "自治区"))


def _shorten(raw: str, limit: int = 40) -> str:
    raw = raw.strip()
    return raw if len(raw) <= limit else raw[:limit] + f"…（{len(raw)}）"


def _delimiter(text_: str) -> str:
    """The separator of the header line: a comma if it has one, else a tab, a semicolon or a full-width comma
    (a table saved from Excel in another locale, or copied as text).  A title above the header (one cell,
    perhaps with a comma of its own: "（单位：人，%）") does not decide: the first of the top rows that a
    separator splits into three cells or more does."""
    top = [line for line in text_.split("\n") if line.strip()][:HEADER_SEARCH_ROWS]
    for line in top:
        for candidate in DELIMITERS:
            if len(line.split(candidate)) >= 3:
                return candidate
    header = top[0] if top else ""
    for candidate in DELIMITERS:
        if candidate in header:
            return candidate
    return ","


def _records(source, delimiter: str | None = None) -> tuple[str, list[tuple[int, list[str]]]]:
    """The delimiter (``delimiter``, or the one the header uses) and every CSV record with the line it starts on;
    :class:`InputError` for what the csv module cannot read (a cell over its 131,072-character limit) or a quote
    left open."""
    delimiter = delimiter or _delimiter(source.text)
    reader = csv.reader(io.StringIO(source.text), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    previous = 0
    try:
        for cells in reader:
            records.append((previous + 1, cells))
            previous = reader.line_num
    except csv.Error:
        line = previous + 1
        raise InputError(source.path, text("stats.cell_too_long", limit=f"{csv.field_size_limit():,}"), line=line,
                         column=1, source_text=source.text) from None
    for line, cells in records:
        if any("\n" in cell for cell in cells):
            raise InputError(source.path, text("stats.open_quote"), line=line, column=1, source_text=source.text)
    return delimiter, records


#: the header is looked for in this many rows from the top (a title, a unit line and a blank row above it)
HEADER_SEARCH_ROWS = 10
#: a row whose name starts so, with no figures, is a note under the table, not a city
NOTE_PREFIXES = ("注", "说明", "备注", "填表", "制表", "审核", "联系", "数据来源", "单位：", "单位:")
#: the workbook suffixes read with openpyxl; the old binary formats get a message
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls", ".et")


def _header_columns(header: list[str]) -> tuple[int | None, int | None, int | None, int | None] | None:
    """The name, total, public and share columns the header names, or None when it is not the header."""
    name_col = _column(header, "市", "地区", "名称")
    total_col = _column(header, "总数", "总人数", "入学总数")
    public_col = _column(header, "就读人数", "公办学校就读人数", "公办人数")
    share_col = _column(header, "比例", "占比")
    if None in (name_col, total_col, public_col) or len({name_col, total_col, public_col}) < 3:
        return None
    return name_col, total_col, public_col, share_col


def _find_header(records: list[tuple[int, list[str]]]):
    """``(index of the first data record, header cells, columns)`` of the header among the first rows (one row, or
    two read together with the upper row's merged cells carried right), or None."""
    for index, (_line, cells) in enumerate(records[:HEADER_SEARCH_ROWS]):
        header = [h.strip() for h in cells]
        columns = _header_columns(header)
        if columns is not None:
            return index + 1, header, columns
        if index + 1 < len(records):
            upper, lower = header, [h.strip() for h in records[index + 1][1]]
            filled, carried = [], ""
            for position in range(max(len(upper), len(lower))):
                top = upper[position] if position < len(upper) else ""
                carried = top or carried
                bottom = lower[position] if position < len(lower) else ""
                filled.append(((top or carried) + bottom) if bottom else (top or carried))
            columns = _header_columns(filled)
            if columns is not None and any(lower):
                return index + 2, filled, columns
    return None


def _is_note(name: str, cells: list[str], columns) -> bool:
    if not name.startswith(NOTE_PREFIXES):
        return False
    figures = [col for col in columns[1:] if col is not None]
    return all(col >= len(cells) or not cells[col].strip() for col in figures)


def parse_stats(path: Path, province: str | None = None) -> StatsTable:
    """Read a statistics table (CSV, or an Excel workbook); raise :class:`InputError` naming the line (or the
    sheet and cell) of anything unreadable.

    Empty cells where a figure belongs, a second total row or city row, and a missing total row are not
    errors: the table is read, and the checks PL704–PL706 report them."""
    suffix = path.suffix.lower()
    shown = path.as_posix()
    if suffix in OLD_EXCEL_SUFFIXES:
        raise InputError(shown, text("stats.old_excel", suffix=suffix))
    if suffix in XLSX_SUFFIXES:
        from .workbook import read_workbook

        source, sheet = read_workbook(path, shown, lambda records: _find_header(records) is not None)
        try:
            return replace(_parse(source, province, ","), sheet=sheet)
        except InputError as exc:
            raise in_sheet(exc, sheet, source.text) from None
    return _parse(read(path, shown), province, None)


def in_sheet(exc: InputError, sheet: str, view: str) -> InputError:
    """``exc`` with every problem at a cell of ``sheet`` naming it (工作表「附件1」D5：…)."""
    lines = view.split("\n")
    problems = []
    for problem in exc.problems:
        ref = cell_name(lines, problem.line, problem.column)
        where = text("stats.cell", sheet=sheet, cell=ref) if ref else text("stats.sheet", sheet=sheet)
        problems.append(replace(problem, message=where + problem.message))
    return InputError(exc.path, problems=problems, source_text=exc.source_text)


def cell_name(lines: list[str], line: int | None, column: int | None) -> str | None:
    """The spreadsheet name (D5) of the cell at ``line`` and character ``column`` of a workbook's CSV view (whose
    cells hold no comma and no quote: :mod:`policy_lint.workbook`)."""
    if line is None or not 1 <= line <= len(lines):
        return None
    if column is None:
        return f"A{line}"
    from .workbook import column_letters

    return f"{column_letters(lines[line - 1][:max(0, column - 1)].count(',') + 1)}{line}"


def _parse(source, province: str | None, delimiter: str | None) -> StatsTable:
    lines = source.text.split("\n")
    delimiter, records = _records(source, delimiter)
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise InputError(source.path, for_kind("input.empty", source.path))
    found = _find_header(records)
    if found is None:
        header = [h.strip() for h in records[0][1]]
        raise InputError(source.path, text("stats.header", header=_shorten("，".join(header), 120)),
                         line=records[0][0], column=1, source_text=source.text)
    start, header, (name_col, total_col, public_col, share_col) = found
    header_line = records[start - 1][0]
    titles = [cell for _line, cells in records[:start - 1] for cell in cells if cell.strip()]
    if len(records) == start:
        raise InputError(source.path, text("stats.no_rows"), line=header_line, column=1, source_text=source.text)
    cities: list[StatsRow] = []
    total_row: StatsRow | None = None
    incomplete: list[IncompleteRow] = []
    repeated: list[RepeatedRow] = []
    seen: dict[str, StatsRow] = {}
    for number, cells in records[start:]:
        line_text = lines[number - 1] if number - 1 < len(lines) else ""
        if len(cells) == 1 and delimiter == "," and any(d in cells[0] for d in DELIMITERS[1:]):
            other = next(d for d in DELIMITERS[1:] if d in cells[0])
            raise InputError(source.path, text("stats.row_delimiter", found=_delimiter_name(other)), line=number,
                             column=1, source_text=source.text)
        if len([c for c in cells if c.strip()]) > len(header):
            # 22,396 written with a thousands comma splits into two cells and shifts every column after it
            raise InputError(source.path, text("stats.bad_row", columns=len(header), found=len(cells)),
                             line=number, column=1, source_text=source.text)

        name = cells[name_col].strip() if name_col < len(cells) else ""
        if _is_note(name, cells, (name_col, total_col, public_col, share_col)):
            continue
        figures = {key: _figure(source, cells, col, line_text, number, delimiter)
                   for key, col in (("total", total_col), ("public", public_col), ("share", share_col))}
        missing = [key for key, col in (("name", name_col), ("total", total_col), ("public", public_col),
                                        ("share", share_col))
                   if col is not None and (col >= len(cells) or not cells[col].strip())]
        counted = figures["total"] is not None and figures["public"] is not None
        if missing:
            first = {"name": name_col, "total": total_col, "public": public_col, "share": share_col}[missing[0]]
            column = _cell_column(line_text, first, delimiter)
            incomplete.append(IncompleteRow(name=name, line=number, missing=tuple(missing), counted=counted,
                                            total_row=bool(name) and _is_total(name, province),
                                            span=Span(line=number, column=column, end_line=number,
                                                      end_column=column + 1)))
        if not counted:
            continue
        row = StatsRow(name=name, total=figures["total"], public=figures["public"], share=figures["share"],
                       line=number)
        if name and _is_total(name, province):
            if total_row is None:
                total_row = row
            else:
                repeated.append(RepeatedRow(row=row, first_line=total_row.line, first_name=total_row.name,
                                            total_row=True))
            continue
        if name in seen:
            repeated.append(RepeatedRow(row=row, first_line=seen[name].line, first_name=name, total_row=False))
        elif name:
            seen[name] = row
        cities.append(row)
    return StatsTable(path=source.path, cities=tuple(cities), total=total_row, source_text=source.text,
                      year=_header_year(header) or _header_year(titles), incomplete=tuple(incomplete),
                      repeated=tuple(repeated), delimiter=delimiter)


_DELIMITER_NAMES = {",": "comma", "\t": "tab", ";": "semicolon", "，": "fullwidth"}


def _delimiter_name(delimiter: str) -> LocalText:
    return text(f"stats.delimiter.{_DELIMITER_NAMES[delimiter]}")


def _header_year(header: list[str]) -> int | None:
    """The year the header's columns name (``2020年义务教育阶段…``): the first four-digit year followed by 年."""
    for name in header:
        match = re.search(r"((?:19|20)\d{2})\s*年", name)
        if match:
            return int(match.group(1))
    return None


def _figure(source, cells: list[str], col: int | None, line_text: str, number: int,
            delimiter: str) -> Figure | None:
    """The figure in cell ``col`` of the record on line ``number`` (None if the cell is empty or absent);
    :class:`InputError` at the cell for one that is not a figure or has more digits than any figure has."""
    if col is None or col >= len(cells) or not cells[col].strip():
        return None
    raw = cells[col]
    column = _cell_column(line_text, col, delimiter)
    span = Span(line=number, column=column, end_line=number, end_column=column + len(raw))

    def refuse(message: LocalText) -> InputError:
        return InputError(source.path, message, line=number, column=column, end_column=column + len(raw),
                          source_text=source.text)

    value = _number(raw)
    if value is None:
        raise refuse(text("stats.bad_figure", text=_shorten(raw)))
    whole, _, fraction = _cleaned(raw).partition(".")
    if len(whole.lstrip("0")) > MAX_DIGITS:
        raise refuse(text("stats.figure_too_long", text=_shorten(raw), digits=len(whole.lstrip("0")),
                          limit=MAX_DIGITS))
    if len(fraction) > MAX_PLACES:
        raise refuse(text("stats.too_many_places", text=_shorten(raw), places=len(fraction), limit=MAX_PLACES))
    return Figure(value=value, raw=raw.strip(), span=span)


def _cell_column(line: str, index: int, delimiter: str = ",") -> int:
    """1-based column where CSV cell ``index`` starts in ``line`` (quotes are rare in these tables)."""
    column = 1
    try:
        cells = next(csv.reader([line], delimiter=delimiter)) if line else []
    except csv.Error:
        return column
    for position, cell in enumerate(cells):
        if position == index:
            return min(column, len(line) + 1)
        column += len(cell) + 1
    return min(column, len(line) + 1)  # a cell the row does not reach: just past its end

