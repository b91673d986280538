"""A draft in Word (``.docx``): the paragraphs and table rows Word shows, read within limits
(:mod:`policy_lint.extract.wordml`).  See :mod:`.draft`."""

from __future__ import annotations

from pathlib import Path

from .draft import kind

SUFFIXES = (".docx",)


def read(path: Path, display: str):
    from ..extract.draft import read_docx

    return read_docx(path, display)


KIND = kind(SUFFIXES, read, in_folders=True)
