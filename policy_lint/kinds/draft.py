"""Prose drafts (a county's rules as written, in Word or plain text): extracted into rules text, then checked as rules.

A draft is read into lines (:mod:`policy_lint.extract.draft`: paragraph N is line N) by its format
(:mod:`.draft_docx`, :mod:`.draft_text`); the facts are extracted and written as rules text with a
map back onto the draft (:class:`policy_lint.extract.extracted.Extracted`); that text is built into
:class:`~policy_lint.models.Rules` and seen by the checks the rules see.  What a report quotes is the
draft's own text, so the model, the findings and any error are moved back onto the draft's
paragraphs (:func:`place`, :func:`place_error`); the sentences extraction could not read become the
result's ``unread`` (待确认).  See docs/extract.md.

This module is the kind without a format: a format module makes its ``KIND`` with :func:`kind`,
giving its suffixes and its reader (path → :class:`~policy_lint.extract.draft.Draft`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import InputError, Problem
from ..findings import Finding
from ..models import Rules
from . import Kind, Read
from . import rules as rules_kind


def read_with(reader: Callable[[Path, str], object], path: Path, display: str) -> Read:
    """Read the draft at ``path`` with ``reader`` and extract it; the view is what a report quotes."""
    from ..extract.extracted import Extracted
    from ..extract.place_reader import inferred

    extracted = Extracted(reader(path, display))
    return Read(source=extracted.draft.view(), unread=list(extracted.draft.notes) + extracted.problems(),
                kept=extracted, notes=inferred(extracted.facts.metadata))


def model(read: Read) -> Rules:
    """The rules written from the draft, with the blanks left in the draft's own paragraphs (PL605): these are
    never in the rules text, so they are found on the draft and keep its positions (see :func:`place`)."""
    from ..build import parse
    from ..models import Placeholder, Span
    from ..placeholders import in_draft, label_of

    rules = parse(read.kept.rules_source())
    lines = read.source.lines
    blanks = tuple(Placeholder(marker=b.marker, in_draft=True, key=label_of(lines[b.line - 1], b.column),
                               span=Span(line=b.line, column=b.column, end_line=b.line, end_column=b.end_column))
                   for b in in_draft(lines))
    # where a value's next part begins: the draft text a value joins from several places (see Rules.seams)
    seams = tuple(sorted((line, s.start) for line, segments in read.kept.map.segments.items()
                         for s in sorted(segments, key=lambda s: s.start)[1:]))
    update = {**({"placeholders": blanks} if blanks else {}), **({"seams": seams} if seams else {})}
    return rules.model_copy(update=update) if update else rules


def place_error(read: Read, exc: InputError) -> InputError:
    """The error on the draft's lines: each problem of the rules text moved to the paragraph it came from."""
    problems = []
    for problem in exc.problems:
        line = read.kept.map.line(problem.line) if problem.line is not None else None
        problems.append(Problem(problem.message, line, 1 if line else None, None))
    return InputError(read.source.path, problems=problems, source_text=read.source.text)


def place(read: Read, rules: Rules, findings: list[Finding]) -> tuple[Rules, list[Finding]]:
    """The model and the findings with every span moved from the rules text onto the draft, and their
    messages and fixes in the draft's prose (:mod:`policy_lint.extract.readers.prose`)."""
    from ..extract.extracted import remap
    from ..extract.readers.prose import in_prose

    smap = read.kept.map
    drafted = {(p.span.line, p.span.column) for p in rules.placeholders if p.in_draft}
    # a draft's findings speak its language, not the rules language it was never written in (issue 13); a blank
    # found on the draft itself (PL605, see model) is there already
    moved = sorted((f if f.code == _PLACEHOLDER_CODE and (f.span.line, f.span.column) in drafted else
                    f.model_copy(update={"span": remap(f.span, smap), "message": in_prose(f.message),
                                         _REMEDY[f.severity == "remark"]: in_prose(f.suggestion)}) for f in
                    _one_a_place(findings, smap)),
                   key=lambda f: f.sort_key())
    on_draft = rules.placeholders
    return remap(rules.model_copy(update={"placeholders": ()}), smap).model_copy(update={"placeholders": on_draft}), moved


def _one_a_place(findings: list[Finding], smap) -> list[Finding]:
    """``findings`` less those a check made, with the same words, at another part of the same value that lands on the
    same draft line as an earlier one of its code: a value joined from several places is reported at each place,
    once (the parts of one line, ``①房户一致…④有户无房；⑤…随迁子女``, are one place).  Two faults of one value (two
    messages), or two findings at the very same span, all stay."""
    kept, seen = [], {}
    for f in findings:
        placed = smap.span(f.span)
        line = placed.line if placed is not None else None
        key = (f.code, f.span.line, line, f.message.zh)
        if line is not None and key in seen and seen[key] != (f.span.column, f.span.end_column):
            continue
        seen.setdefault(key, (f.span.column, f.span.end_column))
        kept.append(f)
    return kept


#: the field a finding's remedy is in, and a remark's what-to-look-at (policy_lint.findings.Remark.look)
_REMEDY = {False: "suggestion", True: "look"}

#: the code of the check of blanks left in a draft (policy_lint.checks.drafting.unfilled_placeholder)
_PLACEHOLDER_CODE = "PL605"


def kind(suffixes: tuple[str, ...], reader: Callable[[Path, str], object], in_folders: bool = False) -> Kind:
    """The draft kind for one format: files ending in ``suffixes``, read into a draft by ``reader``; looked for in a
    folder given to ``check``, ``review`` and ``audit`` when ``in_folders`` (the formats counties send; a .txt or .md
    there is as likely a note as a draft)."""
    return Kind(name="rules", suffixes=suffixes, in_folders=in_folders,
                read=lambda path, display: read_with(reader, path, display), model=model,
                sees=rules_kind.sees, run=rules_kind.run, place_error=place_error, place=place)
