"""A draft as a PDF with a text layer: the lines placed by position and joined back into paragraphs, read in a
process of its own under a memory and time cap (:mod:`policy_lint.extract.pdf`).  See :mod:`.draft`."""

from __future__ import annotations

from pathlib import Path

from .draft import kind

SUFFIXES = (".pdf",)


def read(path: Path, display: str):
    from ..extract.pdf import read_pdf

    return read_pdf(path, display)


KIND = kind(SUFFIXES, read, in_folders=True)
