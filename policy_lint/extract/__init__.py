"""Drafts as counties write them: read a Word (.docx), .txt or .md draft and extract rules from it.

``policy-lint extract DRAFT`` writes the rules text, every value under a
``# 来源：第N段「原句」`` comment and every sentence it could not read with
certainty as a ``# 待确认`` comment; ``policy-lint check DRAFT`` checks that text in
memory and puts each finding back on the draft's paragraph.  See docs/extract.md.

- :mod:`.draft` reads a draft into lines (paragraph N = line N; a table row is one line);
- :mod:`.wordml` reads what Word shows from a .docx, within limits (zip bombs, billion laughs, span bombs);
- :mod:`.extractor` reads the facts, each as the draft's own words with their position;
- :mod:`.place_reader` writes 标题, 省, 市, 县 and 年度 from what :mod:`policy_lint.places` read;
- :mod:`.writer` writes the rules text and the map from it back to the draft;
- :mod:`.extracted` holds a draft, what was read from it and the map between them, and moves positions
  back onto the draft; the prose-draft kind (:mod:`policy_lint.kinds.draft`) checks a draft with it.

Nothing here imports the pipeline: :mod:`.check` (``check_draft``, the pipeline on one draft path)
sits above it; ``policy_lint.extract.check_draft`` is looked up there only when a caller asks
for it (the module ``__getattr__`` below), never when the package is imported.
"""

from __future__ import annotations

from .extracted import Extracted, extract_path
from .draft import Draft, read_draft

__all__ = ["Draft", "Extracted", "check_draft", "extract_path", "read_draft"]


def __getattr__(name: str):
    if name == "check_draft":  # above the pipeline: imported when asked for, not with this package
        from .check import check_draft

        return check_draft
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
