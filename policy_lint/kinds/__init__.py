"""Document kinds: what the pipeline needs to know about each kind of file, one module per kind.

Every kind is a :class:`Kind` (each module's ``KIND``) that says

- ``suffixes``: the files it reads, and ``in_folders``: whether ``check DIR`` looks for them;
- ``read``: bytes to text with positions (:class:`Read`: the :class:`~policy_lint.source.Source`
  a report quotes, plus whatever the kind keeps to place findings, e.g. a draft's map);
- ``model``: that text to its model (raising :class:`~policy_lint.errors.InputError` with every problem);
- ``scopes``, ``sees`` and ``run``: the check scopes whose families are loaded for it, which of
  those checks see the model, and how one is run on it;
- ``result``: the :mod:`policy_lint.results` class it is reported as;
- ``place_error`` and ``place``: how an error or the findings are put back where the user reads
  them (a draft's paragraphs rather than the rules text written from it).

The kinds are :mod:`.rules` (``*.rules``), :mod:`.plan` (``*.plan``) and the prose draft
(:mod:`.draft`) in its formats :mod:`.draft_text` (``.txt``, ``.md``) and :mod:`.draft_docx`
(``.docx``).  The pipeline (:mod:`policy_lint.engine`) knows them through its one table,
``engine.KINDS``; no kind imports the pipeline.  A new format is one module here (a ``KIND``,
usually the draft kind with another ``read``) and one row in that table.

A kind module imports its reader and builder inside ``read`` and ``model``: the table is read at
start-up, and a ``check FILE.rules`` should not load the Word reader or the extractor.
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..record import Record, record
from ..checks import Check
from ..errors import InputError, Problem
from ..findings import Finding
from ..results import FileResult
from ..ruleset import ResolvedRuleset
from ..source import Source


@record(kw_only=False, frozen=False)
class Read(Record):
    """A file read into text with positions: ``source`` is what a report quotes and names.

    ``unread`` holds what reading could not take in with certainty (a draft's 待确认 sentences);
    ``kept`` is the kind's own, for :attr:`Kind.model` and :attr:`Kind.place` (a draft's extraction).
    """

    source: Source
    unread: list[Problem] = field(default_factory=list)
    kept: Any = None
    #: what the reader inferred that the report says with the layers (a year read from a birth-date cutoff)
    notes: list = field(default_factory=list)


def quote_own_lines(read: Read, exc: InputError) -> InputError:
    """``exc`` quoting this file's lines, for a problem in this file only.

    A broken ruleset's problem is at a line of the ruleset, and this file's line of that number has
    nothing to do with it.
    """
    if exc.source_text is None and exc.path == read.source.path:
        exc.source_text = read.source.text
    return exc


def as_found(read: Read, model: Any, findings: list[Finding]) -> tuple[Any, list[Finding]]:
    """The model and findings where they are: the file read is the file the user wrote."""
    return model, findings


@record(kw_only=False)
class Kind(Record):
    """One kind of document, as the pipeline sees it (see the module's docstring)."""

    name: str  # FileResult.kind: "rules" or "plan"
    suffixes: tuple[str, ...]
    in_folders: bool
    read: Callable[[Path, str], Read]
    model: Callable[[Read], Any]
    sees: Callable[[type[Check]], bool]
    run: Callable[[Check, Any, ResolvedRuleset], Iterable[Finding]]
    scopes: tuple[str, ...] = ("rules",)  # the check scopes ``sees`` may pick from (policy_lint.checks.in_scopes)
    result: type[FileResult] = FileResult
    place_error: Callable[[Read, InputError], InputError] = quote_own_lines
    place: Callable[[Read, Any, list[Finding]], tuple[Any, list[Finding]]] = as_found

    def reads(self, path: Path) -> bool:
        return path.suffix.lower() in self.suffixes
