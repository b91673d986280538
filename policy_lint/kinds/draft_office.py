"""A draft in old Word (``.doc``) or WPS (``.wps``): converted to .docx by LibreOffice headless when it is
installed, then read as Word (:mod:`policy_lint.extract.office`); without it, one message on saving as .docx
from Word or WPS.  See :mod:`.draft`."""

from __future__ import annotations

from pathlib import Path

from .draft import kind

SUFFIXES = (".doc", ".wps")


def read(path: Path, display: str):
    from ..extract.office import read_office

    return read_office(path, display)


KIND = kind(SUFFIXES, read, in_folders=True)
