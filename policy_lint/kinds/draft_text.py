"""A draft as plain text (``.txt``, ``.md``): decoded like any text file, a line per paragraph,
tab-separated (``.txt``) or ``| a | b |`` (``.md``) table rows.  See :mod:`.draft`."""

from __future__ import annotations

from pathlib import Path

from .draft import kind

SUFFIXES = (".txt", ".md")


def read(path: Path, display: str):
    from ..extract.draft import read_text

    return read_text(path, display)


KIND = kind(SUFFIXES, read)
