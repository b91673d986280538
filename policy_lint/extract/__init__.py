"""Drafts as counties write them: read a Word (.docx), .txt or .md draft and extract rules from it.

``policy-lint extract DRAFT`` writes the rules text, every value under a
``# 来源：第N段「原句」`` comment and every sentence it could not read with
certainty as a ``# 待确认`` comment; ``policy-lint check DRAFT`` checks that text in
memory and puts each finding back on the draft's paragraph.  See docs/extract.md.

- :mod:`.draft` reads a draft into lines (paragraph N = line N; a table row is one line);
- :mod:`.wordml` reads what Word shows from a .docx, within limits (zip bombs, billion laughs, span bombs);
- :mod:`.extractor` reads the facts, each as the draft's own words with their position;
- :mod:`.writer` writes the rules text and the map from it back to the draft;
- :mod:`.check` runs the ordinary pipeline on the rules and moves the findings onto the draft.
"""

from __future__ import annotations

from .check import Extracted, check_draft, extract_path
from .draft import DRAFT_SUFFIXES, Draft, is_draft, read_draft

__all__ = ["DRAFT_SUFFIXES", "Draft", "Extracted", "check_draft", "extract_path", "is_draft", "read_draft"]
