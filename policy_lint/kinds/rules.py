"""County rules (实施细则, ``*.rules``): the rules language, built into :class:`~policy_lint.models.Rules`.

Read by :func:`policy_lint.source.read` (the one decoding place), parsed by
:mod:`policy_lint.syntax` and built by :mod:`policy_lint.build`; seen by every check of scope
``"rules"``.  See docs/language.md.
"""

from __future__ import annotations

from pathlib import Path

from ..checks import Check
from ..models import Rules
from ..source import Source
from . import Kind, Read

SUFFIXES = (".rules",)


def read_source(source: Source) -> Read:
    return Read(source=source)


def read(path: Path, display: str) -> Read:
    from ..source import read as read_text

    return Read(source=read_text(path, display))


def model(read: Read) -> Rules:
    from ..build import parse

    return parse(read.source)


def sees(check: type[Check]) -> bool:
    return check.scope == "rules"


def run(check: Check, rules: Rules, ruleset):
    return check.run(rules, ruleset)


KIND = Kind(name="rules", suffixes=SUFFIXES, in_folders=True, read=read, model=model, sees=sees, run=run)
