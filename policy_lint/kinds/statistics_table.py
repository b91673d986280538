"""A statistics table (附件1: ``.csv``, ``.xlsx``, an old ``.xls`` / ``.et``) given to ``check``: not a county's
rules, and read only by ``audit --stats`` (:mod:`policy_lint.statistics`).  Its row in the pipeline's table
refuses it with the message that says so, instead of reading it as a rules file."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from . import Kind, Read
from . import rules as rules_kind

SUFFIXES = (".csv", ".xlsx", ".xlsm", ".xls", ".et")


def read(path: Path, display: str) -> Read:
    from ..messages import text

    raise InputError(display, text("input.stats_to_audit"))


KIND = Kind(name="rules", suffixes=SUFFIXES, in_folders=False, read=read, model=rules_kind.model,
            sees=rules_kind.sees, run=rules_kind.run)
