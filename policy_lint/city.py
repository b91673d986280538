"""City and province configuration: ``city.toml`` beside a city's county rules, ``province.toml`` above.

``city.toml``::

    [city]
    name = "晋城市"
    province = "山西省"
    year = 2021
    units = ["城区", "泽州县", "高平市", "阳城县", "陵川县", "沁水县"]   # expected county units
    # optional, defaults from the resolved ruleset:
    ruleset = "jincheng-2021"
    deadline = 2021-06-20          # county rules due at the city
    key_counties = []              # 重点督促县 in this city
    submitted = 2021-06-28         # when the city sent its review to the province (audit)

    [statistics]                   # optional figures for the 附件3 summary table
    new_places_primary = 1200
    ...

``province.toml``::

    [province]
    name = "山西省"
    year = 2021
    cities = ["太原市", "大同市", ...]   # expected cities
    ruleset = "shanxi-2021"            # optional
    deadline = 2021-06-30              # optional: city reviews due at the province
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
import tomllib
from pathlib import Path

from .errors import InputError
from .messages import LocalText, text
from .source import read
from .suggest import closest
from . import lazy_re
from .record import Record, record

#: the 附件3 figures a city may give in [statistics], in the table's order
STATISTICS_KEYS: tuple[str, ...] = (
    "new_places_primary", "new_places_junior",
    "migrant_children_total", "migrant_worker_children_total",
    "public_primary", "public_junior",
    "purchased_primary", "purchased_junior",
    "zhongkao_applicants", "gaokao_applicants",
)


# Plain frozen records (policy_lint.record), as the rulesets are: every value is checked by hand in
# _load and load_city / load_province, message by message and line by line, before a record is made,
# so nothing validates it a second time and review and audit do not load pydantic's models for them.
_dict = dataclasses.field(default_factory=dict)


@record
class CityConfig(Record):
    path: str
    name: str
    province: str
    year: int
    units: tuple[str, ...]
    unit_lines: dict[str, int] = _dict
    ruleset: str | None = None
    deadline: dt.date | None = None
    key_counties: tuple[str, ...] | None = None
    submitted: dt.date | None = None
    statistics: dict[str, int] = _dict
    source_text: str = ""
    letters: dict = _dict  # [letters]: office, date, resubmit_by, template, bureaus (review --format docx)


@record
class ProvinceConfig(Record):
    path: str
    name: str
    year: int
    cities: tuple[str, ...]
    city_lines: dict[str, int] = _dict
    ruleset: str | None = None
    deadline: dt.date | None = None
    source_text: str = ""


def _line_of(source: str, needle: str, after: str | None = None) -> int | None:
    """The first line holding ``needle`` (outside comments), at or after the line where key ``after`` is set."""
    started = after is None
    for number, line in enumerate(source.split("\n"), start=1):
        code = line.split("#", 1)[0]
        if not started and re.match(rf"\s*{re.escape(after)}\s*=", code):
            started = True
        if started and needle in code:
            return number
    return None


def _lines_of(source: str, needles: "tuple[str, ...] | list[str]", after: str) -> dict[str, int | None]:
    """:func:`_line_of` for each of ``needles`` after key ``after``, with the file split once (a city.toml
    listing 800 units was split 800 times, once per unit)."""
    codes = [line.split("#", 1)[0] for line in source.split("\n")]
    key = re.compile(rf"\s*{re.escape(after)}\s*=")
    start = next((i for i, code in enumerate(codes) if key.match(code)), None)
    if start is None:
        return dict.fromkeys(needles)
    text = "\n".join(codes[start:])  # each line's code, in order: a needle without a newline matches inside one
    offsets = [0]
    for code in codes[start:-1]:
        offsets.append(offsets[-1] + len(code) + 1)
    found: dict[str, int | None] = {}
    for needle in needles:
        if "\n" in needle:
            found[needle] = _line_of(source, needle, after)
            continue
        at = text.find(needle)
        found[needle] = None if at < 0 else start + bisect.bisect_right(offsets, at)
    return found


def _listed_lines(source: str, names: tuple[str, ...], key: str) -> dict[str, int]:
    """The line where each of ``names`` is listed (as ``"name"``) under ``key``; 1 when it is not found."""
    lines = _lines_of(source, [f'"{name}"' for name in names], key)
    return {name: lines[f'"{name}"'] or 1 for name in names}


def _key_position(source: str, table: str, key: str) -> tuple[int, int] | None:
    """(line, column) where ``key`` is set in ``[table]`` (``key = …``, ``table.key = …`` or ``[table.key]``);
    the first such line anywhere when the table header is not found."""
    header = re.compile(r"\s*\[\s*([^\]]*?)\s*\]")
    assign = re.compile(rf"(\s*)(?:{re.escape(table)}\s*\.\s*)?[\"']?{re.escape(key)}[\"']?\s*[=.]")
    current, fallback = None, None
    for number, line in enumerate(source.split("\n"), start=1):
        code = line.split("#", 1)[0]
        match = header.match(code)
        if match and not code.lstrip().startswith("[["):
            current = match.group(1)
            if current == f"{table}.{key}":
                return number, code.index("[") + 1
            continue
        found = assign.match(code)
        if found:
            position = (number, len(found.group(1)) + 1)
            if current == table or (current is None and code.lstrip().startswith(f"{table}.")):
                return position
            fallback = fallback or position
    return fallback


#: deeper nesting of arrays and inline tables than any configuration needs (tomllib recurses per level)
MAX_TOML_DEPTH = 32


def _too_deep(source: str) -> tuple[int, int] | None:
    """(line, column) where arrays or inline tables nest deeper than :data:`MAX_TOML_DEPTH`, outside strings
    and comments; None if they never do."""
    depth, index, size = 0, 0, len(source)
    while index < size:
        ch = source[index]
        if ch == "#":
            newline = source.find("\n", index)
            index = size if newline < 0 else newline
            continue
        if ch in "\"'":
            quote = ch * 3 if source.startswith(ch * 3, index) else ch
            index += len(quote)
            while index < size and not source.startswith(quote, index):
                if ch == '"' and source[index] == "\\":
                    index += 1
                elif len(quote) == 1 and source[index] == "\n":
                    break
                index += 1
            index += len(quote)
            continue
        if ch in "[{":
            depth += 1
            if depth > MAX_TOML_DEPTH:
                line = source.count("\n", 0, index) + 1
                return line, index - (source.rfind("\n", 0, index) + 1) + 1
        elif ch in "]}":
            depth = max(depth - 1, 0)
        index += 1
    return None


def parse_toml(display: str, source: str) -> dict:
    """``source`` (the text of ``display``) as TOML; :class:`InputError` with the line for anything tomllib
    refuses or cannot survive (a syntax error, nesting thousands deep, an integer of thousands of digits)."""
    deep = _too_deep(source)
    if deep is not None:
        raise InputError(display, text("config.too_deep", limit=MAX_TOML_DEPTH), line=deep[0], column=deep[1],
                         source_text=source)
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+), column (\d+)", str(exc))
        raise InputError(display, text("config.syntax", detail=str(exc)),
                         line=int(match.group(1)) if match else None,
                         column=int(match.group(2)) if match else None, source_text=source) from None
    except RecursionError:
        raise InputError(display, text("config.too_deep", limit=MAX_TOML_DEPTH), source_text=source) from None
    except ValueError:  # an integer beyond Python's 4,300-digit conversion limit
        line = next((n for n, code in enumerate(source.split("\n"), start=1) if re.search(r"\d{100}", code)), None)
        raise InputError(display, text("config.number_too_long"), line=line, column=1 if line else None,
                         source_text=source) from None


#: what each key holds: its kind (see _KINDS) and an example to write instead
CITY_KEYS: dict[str, tuple[str, str]] = {
    "name": ("string", 'name = "晋城市"'),
    "province": ("string", 'province = "山西省"'),
    "year": ("year", "year = 2021"),
    "units": ("strings", 'units = ["城区", "泽州县"]'),
    "ruleset": ("string", 'ruleset = "jincheng-2021"'),
    "deadline": ("date", "deadline = 2021-06-20"),
    "key_counties": ("strings", 'key_counties = ["泽州县"]'),
    "submitted": ("date", "submitted = 2021-06-28"),
}
#: city.toml's optional [letters]: what the 审核意见 letters (review --format docx) carry
LETTER_KEYS: dict[str, tuple[str, str]] = {
    "office": ("string", 'office = "晋城市教育局"'),
    "date": ("date", "date = 2021-06-28"),
    "resubmit_by": ("date", "resubmit_by = 2021-07-05"),
    "template": ("string", 'template = "审核意见模板.docx"'),
    "bureaus": ("names", 'bureaus = { "泽州县" = "泽州县教育局" }'),
}
PROVINCE_KEYS: dict[str, tuple[str, str]] = {
    "name": ("string", 'name = "山西省"'),
    "year": ("year", "year = 2021"),
    "cities": ("strings", 'cities = ["阳泉市", "晋城市"]'),
    "ruleset": ("string", 'ruleset = "shanxi-2021"'),
    "deadline": ("date", "deadline = 2021-06-30"),
}
#: the largest figure a [statistics] entry may hold (a billion pupils is far beyond any city)
MAX_STATISTIC = 999_999_999


def _kind_ok(kind: str, value: object) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "strings":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "year":
        return isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200
    if kind == "date":
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if kind == "count":
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_STATISTIC
    if kind == "names":
        return isinstance(value, dict) and all(isinstance(v, str) and len(v) <= 60 for v in value.values())
    raise ValueError(kind)


def _found(value: object) -> str:
    """The catalogue key naming what ``value`` is, in words."""
    if isinstance(value, bool):
        return "config.found.bool"
    if isinstance(value, int):
        return "config.found.int"
    if isinstance(value, float):
        return "config.found.float"
    if isinstance(value, str):
        return "config.found.string"
    if isinstance(value, list):
        return "config.found.list"
    if isinstance(value, dict):
        return "config.found.table"
    if isinstance(value, dt.datetime):
        return "config.found.datetime"
    if isinstance(value, dt.date):
        return "config.found.date"
    if isinstance(value, dt.time):
        return "config.found.time"
    return "config.found.other"


def _shown(value: object) -> str:
    """``value`` as TOML would show it, cut short (a list of thousands of items is not quoted whole)."""
    if isinstance(value, bool):
        shown = "true" if value else "false"
    elif isinstance(value, str):
        shown = f'"{value}"'
    elif isinstance(value, (dt.date, dt.time)):
        shown = value.isoformat()
    elif isinstance(value, (list, dict)):
        shown = "[…]" if isinstance(value, list) else "{…}"
    else:
        shown = str(value) if not isinstance(value, int) or abs(value) < 10 ** 30 else f"{str(value)[:20]}…"
    return shown if len(shown) <= 60 else shown[:57] + "…"


def _load(path: Path, table: str, keys: dict[str, tuple[str, str]], required: tuple[str, ...],
          extra: dict[str, dict[str, tuple[str, str]]] | None = None):
    extra = extra or {}
    display = path.as_posix()
    source = read(path, display)

    def fail(detail: str | LocalText, needle: str | None = None) -> InputError:
        line = _line_of(source.text, needle) if needle else None
        return InputError(display, text("config.invalid", detail=detail), line=line, column=1 if line else None,
                          source_text=source.text)

    def wrong(key: str, value: object, label: str | None = None, where: str | None = None) -> InputError:
        kind, example = keys[key] if label is None else ("count", f"{key} = 1200")
        position = _key_position(source.text, where or table, key)
        if kind == "date" and isinstance(value, dt.datetime):
            message = text("config.datetime_for_date", key=key, value=_shown(value), example=example)
        elif kind == "year" and isinstance(value, int) and not isinstance(value, bool):
            message = text("config.bad_year", key=key, value=_shown(value), example=example)
        elif kind == "count" and isinstance(value, int) and not isinstance(value, bool):
            message = text("config.bad_count", key=label or key, value=_shown(value), limit=f"{MAX_STATISTIC:,}",
                           example=example)
        elif kind == "strings" and isinstance(value, list):
            item = next(v for v in value if not isinstance(v, str))
            message = text("config.wrong_item", key=key, found=text(_found(item)), value=_shown(item),
                           example=example)
        else:
            message = text("config.wrong_type", key=label or key, kind=text(f"config.kind.{kind}"),
                           found=text(_found(value)), value=_shown(value), example=example)
        return InputError(display, message, line=position[0] if position else None,
                          column=position[1] if position else None, source_text=source.text)

    data = parse_toml(display, source.text)
    for key in data:
        if key not in (table, "statistics", *extra):
            raise fail(f"[{key}]", f"[{key}")
    for name, extra_keys in extra.items():
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise fail(f"[{name}]", name)
        for key, value in section.items():
            if key not in extra_keys:
                hint = closest(key, extra_keys)
                raise fail(f"[{name}] {key}" + (f" → {hint}" if hint else ""), key)
            if not _kind_ok(extra_keys[key][0], value):
                kind, example = extra_keys[key]
                position = _key_position(source.text, name, key)
                raise InputError(display, text("config.wrong_type", key=f"[{name}] {key}",
                                               kind=text(f"config.kind.{kind}"), found=text(_found(value)),
                                               value=_shown(value), example=example),
                                 line=position[0] if position else None,
                                 column=position[1] if position else None, source_text=source.text)
    body = data.get(table)
    if not isinstance(body, dict):
        raise fail(f"[{table}]")
    for key, value in body.items():
        if key not in keys:
            hint = closest(key, keys)
            raise fail(f"{key}" + (f" → {hint}" if hint else ""), key)
        if not _kind_ok(keys[key][0], value):
            raise wrong(key, value)
    for key in required:
        if key not in body:
            raise fail(text("config.missing_key", key=key), f"[{table}]")
    stats = data.get("statistics", {})
    if not isinstance(stats, dict):
        position = _key_position(source.text, "", "statistics")
        raise InputError(display, text("config.statistics_not_table"), line=position[0] if position else None,
                         column=position[1] if position else None, source_text=source.text)
    for key, value in stats.items():
        if key not in STATISTICS_KEYS:
            hint = closest(key, STATISTICS_KEYS)
            raise fail(f"[statistics] {key}" + (f" → {hint}" if hint else ""), key)
        if not _kind_ok("count", value):
            raise wrong(key, value, label=f"[statistics] {key}", where="statistics")
    return display, source.text, body, stats, {name: data.get(name, {}) for name in extra}


#: what a county's name never is or holds: a path (/x, ../x, ..), a control or format character
_BAD_UNIT = lazy_re.compile(r"^[/\\]|\.\.[/\\]|[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069]")


def load_city(path: Path) -> CityConfig:
    """Read and validate a ``city.toml``; raise :class:`InputError` with the line on a fault."""
    display, source, body, stats, extra = _load(
        path, "city",
        CITY_KEYS,
        ("name", "province", "year", "units"),
        {"letters": LETTER_KEYS},
    )
    letters = extra["letters"]
    for unit in letters.get("bureaus", {}):
        if unit not in body["units"]:
            line = _line_of(source, unit, after="bureaus")
            raise InputError(display, text("config.invalid", detail=f"[letters] bureaus: {unit} ∉ units"), line=line,
                             column=1 if line else None, source_text=source)
    units = tuple(body["units"])
    for unit in units:
        if _BAD_UNIT.search(unit) or unit.strip(". ") == "" or len(unit) > 30:
            line = _line_of(source, f'"{unit}"', after="units")
            raise InputError(display, text("config.bad_unit", unit=unit), line=line, column=1 if line else None,
                             source_text=source)
    for key in body.get("key_counties", []):
        if key not in units:
            line = _line_of(source, f'"{key}"', after="key_counties")
            raise InputError(display, text("config.invalid", detail=f"key_counties: {key} ∉ units"), line=line,
                             column=1 if line else None, source_text=source)
    return CityConfig(
        path=display, name=body["name"], province=body["province"], year=body["year"], units=units,
        unit_lines=_listed_lines(source, units, "units"),
        ruleset=body.get("ruleset"), deadline=body.get("deadline"),
        key_counties=tuple(body["key_counties"]) if "key_counties" in body else None,
        submitted=body.get("submitted"), statistics=stats, source_text=source, letters=letters,
    )


def load_province(path: Path) -> ProvinceConfig:
    """Read and validate a ``province.toml``."""
    display, source, body, _stats, _extra = _load(
        path, "province",
        PROVINCE_KEYS,
        ("name", "year", "cities"),
    )
    cities = tuple(body["cities"])
    return ProvinceConfig(
        path=display, name=body["name"], year=body["year"], cities=cities,
        city_lines=_listed_lines(source, cities, "cities"),
        ruleset=body.get("ruleset"), deadline=body.get("deadline"), source_text=source,
    )
