"""Frozen records: the plain classes the models, rulesets, findings and texts are made of.

A record is a frozen dataclass with slots and keyword-only fields (:func:`record`), built from
values the code has already checked: the rules builder reads every value before it makes a model,
and a ruleset file is validated by hand, message by message and line by line
(:func:`policy_lint.ruleset.load_text`).  Nothing on ``check``'s path validates a model a second
time, so nothing on it needs pydantic's ``BaseModel`` and its validators, which cost more at
start-up than the rest of ``check`` together (benchmarks/README.md).  pydantic stays where input
arrives as free-form data and is validated as such: a city's or province's configuration
(:mod:`policy_lint.city`).

:class:`Record` gives a record the few model methods the code uses -- ``model_copy(update=…)``,
``model_dump(mode=…, include=…, exclude=…)`` and ``model_dump_json()`` -- with pydantic's results
(nested records as dicts; in JSON mode enums as their values, dates as ISO text, tuples as lists).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from enum import Enum

__all__ = ["Record", "record", "dump"]


def record(cls=None, /):
    """``@record``: ``cls`` as a frozen, slotted dataclass taking keyword arguments only."""

    def wrap(cls):
        return dataclasses.dataclass(cls, frozen=True, slots=True, kw_only=True)

    return wrap if cls is None else wrap(cls)


class Record:
    """What every record can do besides holding its fields."""

    __slots__ = ()

    def model_copy(self, *, update: dict | None = None):
        """A copy with the fields in ``update`` replaced (not validated, as pydantic's is not)."""
        if not update:
            return self
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        values.update(update)
        return type(self)(**values)

    def model_dump(self, *, mode: str = "python", include=None, exclude=None) -> dict:
        """The record as a dict, records inside it too; ``mode="json"`` gives only JSON's types."""
        json_mode = mode == "json"
        out = {}
        for f in dataclasses.fields(self):
            if (include is not None and f.name not in include) or (exclude is not None and f.name in exclude):
                continue
            out[f.name] = dump(getattr(self, f.name), json_mode)
        return out

    def model_dump_json(self) -> str:
        """The record as compact JSON text (UTF-8 characters as they are), as pydantic writes it."""
        import json

        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def dump(value, json_mode: bool = False):
    """``value`` with every record in it as a dict (and, in JSON mode, only JSON's types)."""
    if isinstance(value, Record):
        return value.model_dump(mode="json" if json_mode else "python")
    if isinstance(value, tuple):
        items = [dump(v, json_mode) for v in value]
        return items if json_mode else tuple(items)
    if isinstance(value, list):
        return [dump(v, json_mode) for v in value]
    if isinstance(value, dict):
        return {(_key(k) if json_mode else k): dump(v, json_mode) for k, v in value.items()}
    if json_mode:
        if isinstance(value, Enum):
            return dump(value.value, json_mode)
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            return value.isoformat()
        if isinstance(value, (set, frozenset)):
            return [dump(v, json_mode) for v in value]
        if isinstance(value, Decimal):
            return str(value)
    return value


def _key(key) -> str:
    if isinstance(key, Enum):
        key = key.value
    if isinstance(key, (dt.date, dt.datetime)):
        return key.isoformat()
    return key if isinstance(key, str) else str(key)
