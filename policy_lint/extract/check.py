"""Checking one draft by its path: the pipeline's own way through, for callers that hold a draft.

``policy-lint check DRAFT`` does not come here: the pipeline (:mod:`policy_lint.engine`) reads a
draft through its kind (:mod:`policy_lint.kinds.draft`) like any other file.  This module sits
*above* the pipeline and nothing in the package imports it; the pieces a draft is checked with
are in :mod:`.extracted` (re-exported here under their earlier home).
"""

from __future__ import annotations

from pathlib import Path

from ..engine import run_read
from ..errors import InputError
from ..kinds import draft_docx, draft_text
from ..results import FileResult
from .extracted import Extracted, extract_path, remap

__all__ = ["Extracted", "check_draft", "extract_path", "remap"]


def check_draft(path: Path, display: str, override: str | None = None, selected=None) -> FileResult:
    """Check a .docx / .txt / .md draft: the engine's :class:`FileResult`, positioned on the draft.

    Read as :func:`policy_lint.extract.read_draft` reads it (a .docx as Word, anything else as text),
    then the pipeline's way through (:func:`policy_lint.engine.run_read`).
    """
    kind = draft_docx.KIND if draft_docx.KIND.reads(path) else draft_text.KIND
    try:
        read = kind.read(path, display)
    except InputError as exc:
        return FileResult(path=display, error=exc)
    return run_read(kind, "rules", read, override, selected)
