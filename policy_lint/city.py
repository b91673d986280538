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

import datetime as dt
import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .errors import InputError
from .messages import text
from .source import read
from .suggest import closest

#: the 附件3 figures a city may give in [statistics], in the table's order
STATISTICS_KEYS: tuple[str, ...] = (
    "new_places_primary", "new_places_junior",
    "migrant_children_total", "migrant_worker_children_total",
    "public_primary", "public_junior",
    "purchased_primary", "purchased_junior",
    "zhongkao_applicants", "gaokao_applicants",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CityConfig(_Frozen):
    path: str
    name: str
    province: str
    year: int
    units: tuple[str, ...]
    unit_lines: dict[str, int] = {}
    ruleset: str | None = None
    deadline: dt.date | None = None
    key_counties: tuple[str, ...] | None = None
    submitted: dt.date | None = None
    statistics: dict[str, int] = {}
    source_text: str = ""


class ProvinceConfig(_Frozen):
    path: str
    name: str
    year: int
    cities: tuple[str, ...]
    city_lines: dict[str, int] = {}
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


def _load(path: Path, table: str, keys: dict[str, type | tuple[type, ...]], required: tuple[str, ...]):
    display = path.as_posix()
    source = read(path, display)

    def fail(detail: str, needle: str | None = None) -> InputError:
        line = _line_of(source.text, needle) if needle else None
        return InputError(display, text("config.invalid", detail=detail), line=line, column=1 if line else None,
                          source_text=source.text)

    try:
        data = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+), column (\d+)", str(exc))
        raise InputError(display, text("config.syntax", detail=str(exc)),
                         line=int(match.group(1)) if match else None,
                         column=int(match.group(2)) if match else None, source_text=source.text) from None
    for key in data:
        if key not in (table, "statistics"):
            raise fail(f"[{key}]", f"[{key}")
    body = data.get(table)
    if not isinstance(body, dict):
        raise fail(f"[{table}]")
    for key, value in body.items():
        if key not in keys:
            hint = closest(key, keys)
            raise fail(f"{key}" + (f" → {hint}" if hint else ""), key)
        if not isinstance(value, keys[key]) or isinstance(value, bool) and keys[key] is int:
            raise fail(f"{key} = {value!r}", key)
    if isinstance(body.get("year"), int) and not isinstance(body.get("year"), bool) and not 1900 <= body["year"] <= 2200:
        raise fail(f"year = {body['year']}", "year")
    for key in required:
        if key not in body:
            raise fail(f"{key}（缺失 / missing）", f"[{table}]")
    stats = data.get("statistics", {})
    for key, value in stats.items():
        if key not in STATISTICS_KEYS:
            hint = closest(key, STATISTICS_KEYS)
            raise fail(f"[statistics] {key}" + (f" → {hint}" if hint else ""), key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise fail(f"[statistics] {key} = {value!r}", key)
    return display, source.text, body, stats


def load_city(path: Path) -> CityConfig:
    """Read and validate a ``city.toml``; raise :class:`InputError` with the line on a fault."""
    display, source, body, stats = _load(
        path, "city",
        {"name": str, "province": str, "year": int, "units": list, "ruleset": str, "deadline": dt.date,
         "key_counties": list, "submitted": dt.date},
        ("name", "province", "year", "units"),
    )
    units = tuple(str(u) for u in body["units"])
    for key in body.get("key_counties", []):
        if key not in units:
            line = _line_of(source, f'"{key}"', after="key_counties")
            raise InputError(display, text("config.invalid", detail=f"key_counties: {key} ∉ units"), line=line,
                             column=1 if line else None, source_text=source)
    return CityConfig(
        path=display, name=body["name"], province=body["province"], year=body["year"], units=units,
        unit_lines={u: _line_of(source, f'"{u}"', after="units") or 1 for u in units},
        ruleset=body.get("ruleset"), deadline=body.get("deadline"),
        key_counties=tuple(body["key_counties"]) if "key_counties" in body else None,
        submitted=body.get("submitted"), statistics=stats, source_text=source,
    )


def load_province(path: Path) -> ProvinceConfig:
    """Read and validate a ``province.toml``."""
    display, source, body, _stats = _load(
        path, "province",
        {"name": str, "year": int, "cities": list, "ruleset": str, "deadline": dt.date},
        ("name", "year", "cities"),
    )
    cities = tuple(str(c) for c in body["cities"])
    return ProvinceConfig(
        path=display, name=body["name"], year=body["year"], cities=cities,
        city_lines={c: _line_of(source, f'"{c}"', after="cities") or 1 for c in cities},
        ruleset=body.get("ruleset"), deadline=body.get("deadline"), source_text=source,
    )
