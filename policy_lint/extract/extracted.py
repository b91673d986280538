"""A draft extracted in memory: what was read, the rules text written from it, and the map back onto the draft.

The prose-draft kind (:mod:`policy_lint.kinds.draft`) checks a draft through this: it parses
:meth:`Extracted.rules_source` as rules, and moves every position of the model, the findings and the
errors back onto the draft with :func:`remap` and :attr:`Extracted.map`.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..messages import EMPTY, LocalText, text
from ..models import Span
from ..record import Record
from ..source import Source
from .draft import Draft, read_draft
from .extractor import extract_facts
from .model import Extraction, Unread
from .writer import SourceMap, write


class Extracted:
    """A draft, what was read from it, the rules text written from that, and the map between the two."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self.facts: Extraction = extract_facts(draft)
        self.text, self.map = write(self.facts, draft.path)

    @property
    def unread(self) -> list[Unread]:
        return self.facts.unread

    def rules_source(self) -> Source:
        """The rules text as a source named after the draft (so findings name the draft)."""
        return Source(path=self.draft.path, text=self.text, encoding="utf-8")

    def problems(self) -> list[Problem]:
        """The 待确认 sentences as positioned notes on the draft."""
        out = []
        for item in self.unread:
            where = LocalText(zh=item.where, en=item.where_en or item.where)
            if item.reason and item.reason_en:
                reason = text("extract.unread_reason", reason=LocalText(zh=item.reason, en=item.reason_en))
            elif item.reason:  # a reason with no English
                reason = text("extract.unread_reason_zh_only", reason=item.reason)
            else:
                reason = EMPTY
            out.append(Problem(text("extract.unread", where=where, quote=item.text, reason=reason),
                               item.piece.line, item.piece.start + 1, item.piece.end + 1))
        return out


def extract_path(path: Path, display: str | None = None) -> Extracted:
    """Read and extract the draft at ``path``; raise :class:`InputError` when it cannot be read."""
    return Extracted(read_draft(path, display))


def remap(obj, smap: SourceMap):
    """``obj`` (a span, a model, or a tuple of them) with every span moved from the rules text onto the draft."""
    if isinstance(obj, Span):
        return smap.span(obj) or Span(line=1, column=1, end_line=1, end_column=2)
    if isinstance(obj, Record):
        update = {}
        for name in obj.record_fields():
            value = getattr(obj, name)
            moved = remap(value, smap)
            if moved is not value:
                update[name] = moved
        return obj.model_copy(update=update) if update else obj
    if isinstance(obj, tuple):
        moved = tuple(remap(v, smap) for v in obj)
        return moved if any(a is not b for a, b in zip(moved, obj)) else obj
    return obj
