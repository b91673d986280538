"""Checking one draft by its path: the pipeline's own way through, for callers that hold a draft.

``policy-lint check DRAFT`` does not come here: the pipeline (:mod:`policy_lint.engine`) reads a
draft through its kind (:mod:`policy_lint.kinds.draft`) like any other file.  This module sits
*above* the pipeline and nothing in the package imports it; the pieces a draft is checked with
are in :mod:`.extracted` (re-exported here under their earlier home).
"""

from __future__ import annotations

from pathlib import Path

from ..engine import check_file
from ..results import FileResult
from .extracted import Extracted, extract_path, remap

__all__ = ["Extracted", "check_draft", "extract_path", "remap"]


def check_draft(path: Path, display: str, override: str | None = None, selected=None) -> FileResult:
    """Check a .docx / .txt / .md draft: the engine's :class:`FileResult`, positioned on the draft."""
    return check_file(path, display, override, selected)
