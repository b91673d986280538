"""A draft as a saved web page (``.html``, ``.htm``): the text of its main content, with the standard library's
html.parser (:mod:`policy_lint.extract.webpage`).  See :mod:`.draft`."""

from __future__ import annotations

from pathlib import Path

from .draft import kind

SUFFIXES = (".html", ".htm")


def read(path: Path, display: str):
    from ..extract.webpage import read_html

    return read_html(path, display)


KIND = kind(SUFFIXES, read, in_folders=True)
