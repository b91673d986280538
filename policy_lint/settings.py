"""Limits on what policy-lint agrees to read, with sane defaults and environment overrides.

A county's rules run to a few hundred lines; a file far beyond these limits is
the wrong file (a database dump, a log, a mis-saved spreadsheet), and checking
it would only make a province-wide batch wait.  Such a file is refused with a
message naming the limit and the variable that raises it; the other files of
the batch are still checked.

========================  ==========================  =========================================
setting                   environment variable        default
========================  ==========================  =========================================
``MAX_BYTES``             ``POLICY_LINT_MAX_BYTES``       2 MiB (2,097,152 bytes) per file
``MAX_LINES``             ``POLICY_LINT_MAX_LINES``       10,000 lines per file
``MAX_LINE_LENGTH``       ``POLICY_LINT_MAX_LINE_LENGTH`` 5,000 characters per line (a draft paragraph)
``MAX_DEPTH``             ``POLICY_LINT_MAX_DEPTH``       16 nested blocks (入学条件 { 之一 { … } } is 2);
                                                          at most 50, since deeper nesting would
                                                          exhaust the stack of later stages
``MAX_DOCX_UNPACKED``     ``POLICY_LINT_MAX_DOCX_UNPACKED``  32 MiB (33,554,432 bytes) unpacked from a
                                                          .docx (its body, ``word/document.xml``, and
                                                          ``_rels/.rels``), counted as it is unpacked
``MAX_DOCX_ENTRIES``      ``POLICY_LINT_MAX_DOCX_ENTRIES``   10,000 files inside a .docx (Word writes a
                                                          dozen, plus one per image)
``MAX_DOCX_DEPTH``        ``POLICY_LINT_MAX_DOCX_DEPTH``     256 levels of XML nesting in a .docx body
``MAX_DOCX_CELLS``        ``POLICY_LINT_MAX_DOCX_CELLS``     50,000 table cells in a .docx (a merged
                                                          cell counts once per column it spans)
``MAX_DOCX_SPAN``         ``POLICY_LINT_MAX_DOCX_SPAN``      64 columns spanned by one merged cell
                                                          (Word's tables have at most 63 columns)
``MAX_DOCX_TAG``          ``POLICY_LINT_MAX_DOCX_TAG``       1 MiB (1,048,576 bytes) between two ``<`` of
                                                          a .docx body: one tag with its attributes, or
                                                          one stretch of text (Word's are a few KB);
                                                          the parser would hold a huge tag's attributes
                                                          all at once
``MAX_PDF_PAGES``         ``POLICY_LINT_MAX_PDF_PAGES``      200 pages in a PDF draft
``MAX_PDF_SECONDS``       ``POLICY_LINT_MAX_PDF_SECONDS``    60 seconds to read a PDF's text layer (wall
                                                          clock and CPU time of the reading process)
``MAX_PDF_MEMORY``        ``POLICY_LINT_MAX_PDF_MEMORY``     1 GiB of address space for that process
``MAX_CONVERT_SECONDS``   ``POLICY_LINT_MAX_CONVERT_SECONDS`` 120 seconds for LibreOffice to convert a
                                                          .doc or .wps to .docx
========================  ==========================  =========================================

A .docx is also held to ``MAX_LINES``: its paragraphs and table rows are the lines of its text
view (docs/extract.md), as in the .txt saved from it; and the .docx file itself may be ten times
``MAX_BYTES`` (images make a Word file big; only its body is read).

The environment is read each time a limit is used, so a setting applies to the
next file.  A value that is not a positive whole number is an error for every
file it would apply to (exit code 2), never silently ignored.
"""

from __future__ import annotations

import os

from .messages import LocalText, text

#: name -> default value
DEFAULTS: dict[str, int] = {
    "MAX_BYTES": 2 * 1024 * 1024,
    "MAX_LINES": 10_000,
    "MAX_LINE_LENGTH": 5_000,  # a Word paragraph saved as one line of a .txt draft can be long
    "MAX_DEPTH": 16,
    # a .docx (policy_lint/extract/wordml.py): a real draft's body is a few MB of XML, under 2,000
    # paragraphs and a few tables; these stop zip bombs, billion-laughs and span bombs before the work
    "MAX_DOCX_UNPACKED": 32 * 1024 * 1024,
    "MAX_DOCX_ENTRIES": 10_000,
    "MAX_DOCX_DEPTH": 256,
    "MAX_DOCX_CELLS": 50_000,
    "MAX_DOCX_SPAN": 64,
    # one tag (or stretch of text) of a .docx body: expat builds a tag's attributes as one dict, so a
    # 32 MB tag of 3.6 million attributes took 949 MB; Word's tags are at most a few KB
    "MAX_DOCX_TAG": 1024 * 1024,
    # a PDF (policy_lint/extract/pdf.py), read in a process of its own under these caps
    "MAX_PDF_PAGES": 200,
    "MAX_PDF_SECONDS": 60,
    "MAX_PDF_MEMORY": 1024 * 1024 * 1024,
    # a .doc / .wps converted by LibreOffice (policy_lint/extract/office.py)
    "MAX_CONVERT_SECONDS": 120,
}

#: name -> the highest value accepted (deeper nesting would overflow the recursion of later stages)
CEILINGS: dict[str, int] = {
    "MAX_DEPTH": 50,
}

ENV_PREFIX = "POLICY_LINT_"


class SettingError(ValueError):
    """An environment override that is not a positive whole number."""

    def __init__(self, message: LocalText):
        super().__init__(message.zh)
        self.message = message


def env_name(name: str) -> str:
    return ENV_PREFIX + name


def get(name: str) -> int:
    """The current value of the limit ``name`` (its environment override or its default)."""
    default = DEFAULTS[name]
    raw = os.environ.get(env_name(name))
    if raw is None or not raw.strip():
        return default
    cleaned = raw.strip().replace("_", "").replace(",", "")
    if not cleaned.isascii() or not cleaned.isdigit() or int(cleaned) <= 0:
        raise SettingError(text("settings.invalid", var=env_name(name), value=raw, default=default))
    return min(int(cleaned), CEILINGS.get(name, int(cleaned)))




def over_limit(key: str, setting: str, /, **values: object) -> LocalText:
    """The message ``key`` for a file over the limit ``setting``, with how to raise the limit."""
    return text(key, **values) + text("settings.raise_hint", var=env_name(setting))
