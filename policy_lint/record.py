"""Frozen records: the plain classes the models, rulesets, findings and texts are made of.

A record is a frozen class with slots and keyword-only fields, like a frozen dataclass
(:func:`record`), built from
values the code has already checked: the rules builder reads every value before it makes a model,
and a ruleset file is validated by hand, message by message and line by line
(:func:`policy_lint.ruleset.load_text`).  Nothing on ``check``'s path validates a model a second
time, so nothing on it needs pydantic's ``BaseModel`` and its validators, which cost more at
start-up than the rest of ``check`` together (benchmarks/README.md).  A city's or province's
configuration (:mod:`policy_lint.city`) is checked by hand the same way, key by key with its line,
and is a record too.

:class:`Record` gives a record the few model methods the code uses -- ``model_copy(update=…)``,
``model_dump(mode=…, include=…, exclude=…)`` and ``model_dump_json()`` -- with pydantic's results
(nested records as dicts; in JSON mode enums as their values, dates as ISO text, tuples as lists).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from enum import Enum
from operator import attrgetter

__all__ = ["Record", "record", "dump"]

_MISSING = object()
_set = object.__setattr__


def record(cls=None, /, *, kw_only: bool = True, frozen: bool = True, slots: bool = True):
    """``@record``: ``cls`` (a :class:`Record`) as a frozen, slotted class taking keyword arguments only.

    What ``@dataclass(frozen=True, slots=True, kw_only=True)`` makes, without its cost at import
    (``dataclasses`` compiles five or six methods per class, about a millisecond; this compiles
    ``__init__`` alone and the rest are :class:`Record`'s): fields are the class's annotations after
    its bases' fields; a value given in the class body is the default,
    ``dataclasses.field(default_factory=…)`` a fresh default for every record.  ``kw_only=False``
    takes the fields positionally too, ``frozen=False`` lets them be assigned (and makes the record
    unhashable, as a dataclass is), ``slots=False`` gives instances a ``__dict__``: a plain
    ``@dataclass``'s ``@record(kw_only=False, frozen=False, slots=False)``.
    """
    if cls is None:
        return lambda cls: _make(cls, kw_only, frozen, slots)
    return _make(cls, kw_only, frozen, slots)


def _make(cls, kw_only: bool, frozen: bool, slots: bool):
    own = [name for name, kind in cls.__dict__.get("__annotations__", {}).items()
           if "ClassVar" not in str(kind)]
    names = (*cls.__record_fields__, *(n for n in own if n not in cls.__record_fields__))
    defaults = dict(cls.__record_defaults__)
    namespace = {k: v for k, v in cls.__dict__.items() if k not in own and k not in ("__dict__", "__weakref__")}
    for name in own:
        if name in cls.__dict__:
            defaults[name] = cls.__dict__[name]
    if slots:
        namespace["__slots__"] = tuple(n for n in own if n not in cls.__record_fields__)
    namespace["__record_fields__"] = names
    namespace["__record_defaults__"] = defaults
    # every field's value at once, in C: what comparing, hashing and pickling read
    namespace["_record_get"] = staticmethod(attrgetter(*names) if len(names) > 1
                                            else (lambda self, _get=attrgetter(*names): (_get(self),)) if names
                                            else lambda self: ())
    if not frozen:
        namespace.update(__setattr__=object.__setattr__, __delattr__=object.__delattr__, __hash__=None)
    scope: dict = {"_set": _set, "_MISSING": _MISSING}
    params, body = [], []
    for name in names:
        default = defaults.get(name, _MISSING)
        if isinstance(default, dataclasses.Field):
            if default.default_factory is not dataclasses.MISSING:
                scope[f"_factory_{name}"] = default.default_factory
                params.append(f"{name}=_MISSING")
                body.append(f"_set(self, {name!r}, _factory_{name}() if {name} is _MISSING else {name})")
                continue
            default = default.default if default.default is not dataclasses.MISSING else _MISSING
        if default is _MISSING:
            params.append(name)
        else:
            scope[f"_default_{name}"] = default
            params.append(f"{name}=_default_{name}")
        body.append(f"_set(self, {name!r}, {name})")
    head = "self, *, " if kw_only else "self, "
    source = f"def __init__({head}{', '.join(params)}):\n    " + "\n    ".join(body or ["pass"])
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    namespace["__init__"] = init
    made = type(cls)(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    return made


def _rebuild(cls, values: tuple):
    """A record from its fields' values (what pickle and copy call)."""
    build = cls.__dict__.get("_record_build")
    if build is None:  # made on first use: a function setting each field from its place in ``values``
        scope = {"_set": _set, "_new": object.__new__, "_cls": cls}
        body = "".join(f"\n    _set(made, {name!r}, values[{index}])" for index, name in enumerate(cls.__record_fields__))
        exec(f"def _record_build(values):\n    made = _new(_cls){body}\n    return made", scope)
        build = scope["_record_build"]
        type.__setattr__(cls, "_record_build", staticmethod(build))
    return build(values)


class Record:
    """What every record can do besides holding its fields: compare, hash, print, pickle, copy, dump."""

    __slots__ = ()
    __record_fields__: tuple[str, ...] = ()
    __record_defaults__: dict = {}
    _record_get = staticmethod(lambda self: ())

    def _values(self) -> tuple:
        return self._record_get(self)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._record_get(self) == other._record_get(other)
        return NotImplemented

    def __hash__(self):
        return hash(self._record_get(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
        return f"{type(self).__qualname__}({fields})"

    def __setattr__(self, name, value):
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self):
        return _rebuild, (type(self), self._record_get(self))

    @classmethod
    def record_fields(cls) -> tuple[str, ...]:
        """The names of the fields, in order (a base's first)."""
        return cls.__record_fields__

    def model_copy(self, *, update: dict | None = None):
        """A copy with the fields in ``update`` replaced (not validated, as pydantic's is not)."""
        if not update:
            return self
        values = {name: getattr(self, name) for name in self.__record_fields__}
        values.update(update)
        return type(self)(**values)

    def model_dump(self, *, mode: str = "python", include=None, exclude=None) -> dict:
        """The record as a dict, records inside it too; ``mode="json"`` gives only JSON's types."""
        json_mode = mode == "json"
        out = {}
        for name in self.__record_fields__:
            if (include is not None and name not in include) or (exclude is not None and name in exclude):
                continue
            out[name] = dump(getattr(self, name), json_mode)
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
