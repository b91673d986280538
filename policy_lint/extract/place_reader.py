"""基本信息's 标题, 省, 市, 县 and 年度 of a draft: what :func:`policy_lint.places.read` found, as entries.

Each value is the draft's own words where the draft writes it in full (泽州县, 2021), with its 来源
comment; a value the divisions table supplies (the province and city of a county) or completes
(太原 → 太原市, 二〇二一 → 2021) is made text placed at the words it comes from, and its comment says so
(泽州县属山西省晋城市（行政区划））.  A place that cannot be read, or that names more than one unit,
is left 待确认 with what to write.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import places
from ..messages import text
from .draft import Line
from .model import QUOTED, Entry, Origin
from .pieces import Piece

#: the comment on 年度, by where the year was read (policy_lint.places.Found.how)
YEAR_NOTES = {"标题": "标题中的年份", "文号": "文号中的年份", "落款": "落款日期的年份", "发布日期": "发布日期的年份",
              "正文": "首段开头的年份", "日期": "招生日期的年份", "招生年度": "正文所写的招生年度",
              "截至日期": "条件截至日期的年份", "施行日期": "施行日期的年份", "出生日期": "由年龄条件推定",
              "条件日期": "由条件的截止日期推定", "引用文件": "由所依据的招生文件推定"}
#: the ways of reading a year that are the tool's inference, not the document's words, and their 来源 notes
INFERRED = ("出生日期", "条件日期", "引用文件")
_INFERENCE_NOTES = tuple(YEAR_NOTES[how] for how in INFERRED)


def read_place(lines: list[Line], mark: Callable, origin: Callable[..., Origin],
               unread: Callable) -> tuple[list[Entry], Piece | None, int | None]:
    """(entries 标题 省 市 县 年度, the title's piece, the year) of a draft's non-empty lines.

    ``mark(piece)`` records a piece as read, ``origin(piece, note)`` makes a 来源, ``unread(piece, reason,
    section)`` leaves a piece 待确认 (the extractor's own).
    """
    reading = places.read({l.number: l.text for l in lines if not l.separator})
    numbered = {l.number: l for l in lines}

    def at(found: places.Found) -> Piece:
        return numbered[found.line].piece[found.start:found.end]

    out: list[Entry] = []
    title = at(reading.title) if reading.title is not None else None
    if title is not None:
        mark(title)
        out.append(Entry("标题", [title], [origin(title)], QUOTED))
    out += _region(reading, at, title, mark, origin, unread, numbered)
    if reading.year is not None:
        found = reading.year_at
        piece = at(found)
        value = piece if piece.text.isdigit() else Piece.made(str(reading.year), piece)
        source = title if title is not None and found.line == title.line else numbered[found.line].piece.strip()
        note = reading.year_note or YEAR_NOTES[found.how]
        if found.how in INFERRED and not note.startswith(_INFERENCE_NOTES):
            note = YEAR_NOTES[found.how] + "：" + note
        out.append(Entry("年度", [value], [origin(source, note)]))
    return out, title, reading.year



def inferred(metadata: list[Entry]) -> list:
    """The notes a report gives with the layers for what :func:`read_place` inferred: a year read from a
    birth-date cutoff or a condition's deadline, with where and how (the 年度 entry's 来源)."""
    out = []
    for entry in metadata:
        if entry.key == "年度" and entry.origins and entry.origins[0].note.startswith(_INFERENCE_NOTES):
            origin = entry.origins[0]
            out.append(text("places.year_inferred", year=entry.text, where=origin.where, how=origin.note))
    return out


def _region(reading: places.Reading, at, title: Piece | None, mark, origin, unread, numbered: dict | None = None) -> list[Entry]:
    """省、市、县 as the reader found them; the table's part is said in the comment."""
    out: list[Entry] = []
    if reading.source is None or (reading.county is None and reading.city is None and reading.province is None):
        if title is not None:
            found = text("places.tied", first=reading.tie[0], second=reading.tie[1]) if reading.tie else \
                text("places.not_found")
            unread(title, found, "基本信息")
        return out
    source = at(reading.source)
    if reading.doubts:
        found, key, values = reading.doubts[0]
        county = at(found)
        mark(county)
        if reading.province is not None:
            out.append(Entry("省", [Piece.made(reading.province, county)],
                             [origin(source, f"{county.text}所在的各地均属{reading.province}（行政区划）")]))
        out.append(Entry("县", [county], [origin(source)]))
        unread(source, text(key, **values), "基本信息")
        return out
    named = {level: at(found) for level, found in reading.named.items()}
    for piece in named.values():
        # a place read from a sentence of the body (户籍在武汉市外) is not that sentence's fact: only the
        # title's or a line of its own (the office, the signature) is used up by it
        if (title is not None and piece.line == title.line) or _own_line(numbered or {}, piece):
            mark(piece)
    full = {"province": reading.province, "city": reading.city, "county": reading.county}
    said = {level: "" for level in named}
    for level, piece in named.items():
        if piece.text != full[level]:  # written without its kind (太原迎泽区): the value is the unit's name
            named[level] = Piece.made(full[level], piece)
            kind = "行政区划"
            if reading.zone and level == "county":  # 襄阳东津新区: a new area the table does not hold, named after its city
                kind = "开发区、新区：zones.tsv" if full[level] in places.zones() else "新区，名称取自市名之后，非行政区划"
            said[level] = f"「{piece.text}」即{full[level]}（{kind}）"
    anchor = named.get("city") or named.get("county") or named.get("province") or source
    note = reading.note
    if reading.province is not None:
        out.append(Entry("省", [named.get("province") or Piece.made(reading.province, anchor)],
                         [origin(source, said.get("province", note))]))
    if reading.city is not None and reading.city != reading.province:
        out.append(Entry("市", [named.get("city") or Piece.made(reading.city, anchor)],
                         [origin(source, said.get("city", note))]))
    if reading.county is not None:
        county = named.get("county") or Piece.made(reading.county, source)
        out.append(Entry("县", [county], [origin(source, said.get("county", note))]))
    return out


_ITEM = re.compile(r"^\s*(?:[①-⑳]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}\s*[.．、])")


def _own_line(numbered: dict, piece: Piece) -> bool:
    """Whether ``piece`` is (nearly) all of its line: an office or a signature, not words in a sentence."""
    line = numbered.get(piece.line)
    if line is None or _ITEM.match(line.text):
        return False  # ④北京市居住证: an item of a list (a material), not an office nor a signature
    rest = line.text.replace(piece.text, "", 1).strip(" 　：:，,。")
    return len(rest) <= 8 and not any(mark in rest for mark in "，。；")
