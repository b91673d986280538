"""Ruleset values as a reader reads them, in every output: dated targets, percentages, dates.

A dated target (``ParamSpec(dated=True)``, a table of year → percent) is shown
``2022 年 80%、2023 年 90%`` (English ``2022: 80%, 2023: 90%``), never as the
Python dict it is loaded as; a date as ``2021-06-30``.  Used by ``ruleset
show`` and ``rule`` (policy_lint.docs) and by the audit's target share.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .messages import CATALOGUE, Lang, fill
from .ruleset import PARAMETERS


def percent(value: float | int | Decimal) -> str:
    """80.0 → ``80%``, 90.5 → ``90.5%`` (no trailing zeros, no exponent)."""
    number = Decimal(str(value)).normalize()
    return f"{format(number, 'f')}%"


def year_value(year: int | str, value: float | int | Decimal, lang: Lang) -> str:
    """One dated value: ``2022 年 80%`` (en ``2022: 80%``)."""
    return fill(CATALOGUE["shown.year_value"][lang], {"year": year, "value": percent(value)})


def dated(value: dict, lang: Lang) -> str:
    """A table of year → percent, in year order: ``2022 年 80%、2023 年 90%`` (en ``2022: 80%, 2023: 90%``)."""
    items = sorted(value.items(), key=lambda item: int(item[0]))
    return CATALOGUE["join.list"][lang].join(year_value(year, number, lang) for year, number in items)


def parameter_value(name: str, value: object, lang: Lang) -> str:
    """A ruleset parameter's value as ``ruleset show`` and ``rule`` print it."""
    spec = PARAMETERS.get(name)
    if spec is not None and spec.dated and isinstance(value, dict):
        return dated(value, lang)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return CATALOGUE["shown.yes" if value else "shown.no"][lang]
    if isinstance(value, (list, tuple)):
        return CATALOGUE["join.list"][lang].join(str(v) for v in value)
    return str(value)
