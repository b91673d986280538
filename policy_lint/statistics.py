"""A 附件1-style statistics table: per city, migrant pupils, those in public schools, and the share.

The CSV's header names its columns in the seed's words; they are recognised
by keyword, so the column order and the exact wording may vary::

    市,2020年义务教育阶段学校随迁子女入学总数(人),公办学校就读人数 (含政府购买服务),公办学校就读比例,备注
    阳泉市,12788,12481,97.60%,
    ...
    山西省,140765,119708,85.04%,

The row whose name is the province (or 合计 / 全省 / 总计) is the reported total.
Every cell keeps its line and column, so a finding can point at the figure.
The year the figures are for is read from the header (``2020年…``), when it
says; the audit compares the shares with the target for that year.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from .errors import InputError
from .messages import text
from .models import Span
from .source import read

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
class StatsTable:
    path: str
    cities: tuple[StatsRow, ...]
    total: StatsRow | None
    source_text: str
    year: int | None = None  # the year the figures are for, from the header (2020年…); None if it does not say

    def sum_total(self) -> Decimal:
        return sum((r.total.value for r in self.cities), Decimal(0))

    def sum_public(self) -> Decimal:
        return sum((r.public.value for r in self.cities), Decimal(0))

    def province_share(self) -> Decimal | None:
        """The sum of public ÷ the sum of total in percent, rounded like the total row's reported share (2 places
        without one); None when the sum of total is 0."""
        return share(self.sum_public(), self.sum_total(), self.total.places() if self.total is not None else 2)

    def ranking(self) -> list[StatsRow]:
        """Cities by recomputed public-school share, highest first."""
        return sorted(self.cities, key=lambda r: (-(r.computed_share() or Decimal(-1)), r.name))

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
    exact = public / total * 100
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _places(raw: str) -> int:
    number = raw.strip().rstrip("%％")
    return len(number.split(".", 1)[1]) if "." in number else 0


def _column(header: list[str], *keywords: str) -> int | None:
    for index, name in enumerate(header):
        if any(k in name for k in keywords):
            return index
    return None


def _number(raw: str) -> Decimal | None:
    cleaned = raw.strip().replace(",", "").replace("，", "").rstrip("%％").strip()
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return None
    return Decimal(cleaned)


def parse_stats(path: Path, province: str | None = None) -> StatsTable:
    """Read a statistics CSV; raise :class:`InputError` naming the line of anything unreadable."""
    source = read(path, path.as_posix())
    lines = source.text.split("\n")
    reader = list(csv.reader(io.StringIO(source.text)))
    if not reader:
        raise InputError(source.path, text("input.empty"))
    header = [h.strip() for h in reader[0]]
    name_col = _column(header, "市", "地区", "名称")
    total_col = _column(header, "总数", "总人数", "入学总数")
    public_col = _column(header, "就读人数", "公办学校就读人数", "公办人数")
    share_col = _column(header, "比例", "占比")
    if None in (name_col, total_col, public_col):
        raise InputError(source.path, text("stats.header", header="，".join(header)), line=1, column=1,
                         source_text=source.text)
    cities: list[StatsRow] = []
    total_row: StatsRow | None = None
    problems = []
    for number, cells in enumerate(reader[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        line_text = lines[number - 1] if number - 1 < len(lines) else ""
        if len([c for c in cells if c.strip()]) > len(header):
            # 22,396 written with a thousands comma splits into two cells and shifts every column after it
            raise InputError(source.path, text("stats.bad_row", columns=len(header), found=len(cells)),
                             line=number, column=1, source_text=source.text)

        name = cells[name_col].strip() if name_col < len(cells) else ""
        total, public, share = (_figure(cells, col, line_text, number, problems)
                                for col in (total_col, public_col, share_col))
        if total is None or public is None:
            if not problems or problems[-1][0] != number:
                problems.append((number, 1, name or line_text))
            continue
        row = StatsRow(name=name, total=total, public=public, share=share, line=number)
        if name in TOTAL_NAMES or (province is not None and name == province) or name.endswith("省"):
            total_row = row
        else:
            cities.append(row)
    if problems:
        line, column, raw = problems[0]
        raise InputError(source.path, text("stats.bad_figure", text=raw), line=line, column=column,
                         source_text=source.text)
    return StatsTable(path=source.path, cities=tuple(cities), total=total_row, source_text=source.text,
                      year=_header_year(header))


def _header_year(header: list[str]) -> int | None:
    """The year the header's columns name (``2020年义务教育阶段…``): the first four-digit year followed by 年."""
    for name in header:
        match = re.search(r"((?:19|20)\d{2})\s*年", name)
        if match:
            return int(match.group(1))
    return None


def _figure(cells: list[str], col: int | None, line_text: str, number: int, problems: list) -> Figure | None:
    """The figure in cell ``col`` of CSV line ``number`` (None if empty; an unreadable one is noted in ``problems``)."""
    if col is None or col >= len(cells) or not cells[col].strip():
        return None
    raw = cells[col]
    value = _number(raw)
    column = _cell_column(line_text, col)
    span = Span(line=number, column=column, end_line=number, end_column=column + len(raw))
    if value is None:
        problems.append((number, column, raw))
        return None
    return Figure(value=value, raw=raw.strip(), span=span)


def _cell_column(line: str, index: int) -> int:
    """1-based column where CSV cell ``index`` starts in ``line`` (quotes are rare in these tables)."""
    column = 1
    for position, cell in enumerate(next(csv.reader([line])) if line else []):
        if position == index:
            return column
        column += len(cell) + 1
    return column
