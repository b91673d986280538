"""The per-document pipeline: file -> kind -> text with positions -> model -> ruleset -> findings.

Every kind of document goes through the same steps, in :func:`run_read`: a county's admission
rules (``*.rules``), its work plan (``*.plan``) and its prose draft (``.docx``, ``.txt``, ``.md``).
The pipeline knows the kinds through one table, :data:`KINDS` (each a
:class:`policy_lint.kinds.Kind`: its suffixes, reader, builder and the checks that see it), and
:func:`check_file` picks a file's row by its suffix.  Every result is a
:class:`~policy_lint.results.FileResult` whose ``kind`` says which (``"rules"`` or ``"plan"``),
so a renderer never needs to know more.

Arrows point down: this module imports the kinds, never the other way round.  Pure functions of
their inputs: nothing here prints or writes.  ``review`` and ``audit`` build on :func:`check_paths`.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import checks as checks_mod
from .errors import InputError
from .files import not_regular, walk
from .findings import Finding, split, unsaid
from .kinds import Kind, Read
from .kinds import draft as draft_kind
from .kinds import draft_docx, draft_html, draft_office, draft_pdf, draft_text, statistics_table
from .kinds import plan as plan_kind
from .kinds import rules as rules_kind
from .messages import LocalText, text
from .models import Rules
from .results import FileResult, PlanResult
from .ruleset import ResolvedRuleset, resolve
from .source import Source

__all__ = ["CHECKED_SUFFIXES", "DRAFT_SUFFIXES", "FOLDER_DRAFT_SUFFIXES", "KINDS", "PLAN_SUFFIXES", "RULES_SUFFIXES", "Entry", "FileResult",
           "PlanResult", "check_file", "check_many", "check_paths", "check_rules", "check_source", "discover",
           "display_path", "kind_for", "resolved", "ruleset_for", "ruleset_for_plan", "run_read"]

#: every kind of document the pipeline reads (policy_lint.kinds), and how its ruleset is chosen
#: (:func:`chooser`): the one table.
#: A new format or kind is a module in policy_lint.kinds and a row here.
KINDS: tuple[tuple[Kind, str], ...] = (
    (rules_kind.KIND, "rules"),
    (plan_kind.KIND, "plan"),
    (draft_docx.KIND, "rules"),
    (draft_office.KIND, "rules"),
    (draft_pdf.KIND, "rules"),
    (draft_html.KIND, "rules"),
    (draft_text.KIND, "rules"),
    (statistics_table.KIND, "rules"),  # refused with a pointer to audit --stats
)

RULES_SUFFIXES = rules_kind.SUFFIXES
PLAN_SUFFIXES = plan_kind.SUFFIXES  # work plans (工作方案), policy_lint.kinds.plan
#: what a directory given to ``check`` is searched for
CHECKED_SUFFIXES = tuple(s for kind, _ in KINDS if kind.in_folders for s in kind.suffixes)
#: drafts, read and extracted by the prose-draft kinds (policy_lint.kinds.draft)
DRAFT_SUFFIXES = tuple(s for kind, _ in KINDS if kind.model is draft_kind.model for s in kind.suffixes)
#: drafts as counties send them, looked for in a folder given to ``check``, ``review`` and ``audit`` (a .txt or
#: .md is read when named, not looked for in a folder, where it is as likely a note or a README as a draft)
FOLDER_DRAFT_SUFFIXES = tuple(s for kind, _ in KINDS if kind.model is draft_kind.model and kind.in_folders
                              for s in kind.suffixes)


class Entry(tuple):
    """A file to check: ``(path, display)``, and why it is not read (``refusal``) when it must not be.

    It unpacks as the pair it is; a link out of the folder given or a FIFO found under it carries
    its refusal (see :mod:`policy_lint.files`) and becomes a file that could not be checked.
    """

    def __new__(cls, path: Path, display: str, refusal: LocalText | None = None):
        entry = super().__new__(cls, (path, display))
        entry.refusal = refusal
        return entry


def discover(paths: list[Path], suffixes: tuple[str, ...] = CHECKED_SUFFIXES) -> list[Entry]:
    """Files to check: each file as given, and the ``.rules``, ``.plan`` and draft files (``FOLDER_DRAFT_SUFFIXES``)
    under each directory.

    Each comes with the name shown to the user (see :func:`display_path`).  Under a directory only
    what is inside it is read (:func:`policy_lint.files.walk`): a link leading out of it, or a FIFO
    or device, is listed with its refusal.
    """
    found: list[Entry] = []
    for path in paths:
        if path.is_dir():
            inside = walk(path, suffixes)
            if not inside:
                found.append(Entry(path, display_path(path, posix=False)))
            found.extend(Entry(f.path, display_path(f.path), f.refusal) for f in inside)
        else:
            found.append(Entry(path, display_path(path)))
    return found


def display_path(path: Path, posix: bool = True) -> str:
    """``path`` as text that can be printed and written as UTF-8.

    A file name that is not valid UTF-8 (typically a GBK name from a zip made
    on Windows and unpacked on Linux) reaches Python with surrogate escapes,
    which no UTF-8 output can hold.  Such a name is read as GB18030 when it
    is that, and otherwise shown with its undecodable bytes as ``\\xNN``.
    """
    shown = path.as_posix() if posix else str(path)
    try:
        shown.encode("utf-8")
        return shown
    except UnicodeEncodeError:
        pass
    sep = "/" if posix else os.sep
    return sep.join(_display_part(part) for part in shown.split(sep))


def _display_part(part: str) -> str:
    try:
        part.encode("utf-8")
        return part
    except UnicodeEncodeError:
        raw = os.fsencode(part)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def resolved(name: str, year: int | None, submitted: dt.date | None = None) -> ResolvedRuleset:
    """``name`` as in force on the day a document is judged by (see :func:`judged_on`); one object per
    (name, year, submitted), however the arguments are passed."""
    return _resolved(name, year, submitted)


@lru_cache(maxsize=64)  # resolved.cache_clear() clears it
def _resolved(name: str, year: int | None, submitted: dt.date | None) -> ResolvedRuleset:
    ruleset = resolve(name, on=judged_on(year, submitted))
    # a worker sends back (name, year, submitted), not the ruleset
    _RESOLVED_AS[id(ruleset)] = ((name, year, submitted), ruleset)
    return ruleset


def judged_on(year: int | None, submitted: dt.date | None = None) -> dt.date | None:
    """The day whose law a document is judged by: its 报送日期 when it states one (a rule cannot follow a
    notice published after it was sent), else 1 September of its 年度 (the school year it governs).

    This is the tool's reading: no text says which day's law a county's rules answer to.
    """
    if submitted is not None:
        return submitted
    return dt.date(year, 9, 1) if year else None


resolved.cache_clear = _resolved.cache_clear  # type: ignore[attr-defined]

#: every ruleset :func:`resolved` made, by identity: its arguments, and the ruleset (kept, so ids are not reused)
_RESOLVED_AS: dict[int, tuple[tuple[str, int | None, dt.date | None], ResolvedRuleset]] = {}


def ruleset_for(rules: Rules, override: str | None) -> ResolvedRuleset:
    meta = rules.metadata
    year = meta.year.value if meta.year else None
    submitted = meta.submitted.value if meta.submitted else None
    if override:
        return resolved(override, year, submitted)
    from .layers import choose_layers  # the layers that apply, and a note where they are fewer than due

    # the layers are chosen by 年度; the values in force by the day the rules were sent (judged_on)
    return choose_layers(rules, lambda name, year_: resolved(name, year_, submitted))


def ruleset_for_plan(plan, override: str | None) -> ResolvedRuleset:
    """The ruleset for a work plan: ``override``, else chosen from its 省/市 and year (年度, else 期限); a plan
    whose place or year cannot be read is checked all the same, with a note (policy_lint.layers)."""
    year = plan.year
    if override:
        return resolved(override, year)
    from .layers import choose_plan_layers  # as for rules: no place → the national layer, no year → the newest

    return choose_plan_layers(plan, lambda name, year_: resolved(name, year_))


def chooser(name: str) -> Callable[..., ResolvedRuleset]:
    """How a model is matched with its ruleset, by the name in the second column of :data:`KINDS`."""
    return {"rules": ruleset_for, "plan": ruleset_for_plan}[name]


def kind_for(path: Path) -> tuple[Kind, str] | None:
    """The row of :data:`KINDS` that reads ``path`` (by its suffix), or None."""
    for row in KINDS:
        if row[0].reads(path):
            return row
    return None


def run_checks(kind: Kind, document, ruleset: ResolvedRuleset, selected: list[type[checks_mod.Check]]) -> list[Finding]:
    """The findings (and remarks, :class:`policy_lint.findings.Remark`) of every selected check that sees
    ``kind`` and applies to ``ruleset``, in order."""
    findings: list[Finding] = []
    for check_cls in selected:
        if not kind.sees(check_cls):
            continue
        check = check_cls()
        if check.applies(ruleset):
            findings.extend(kind.run(check, document, ruleset))
    return sorted(findings, key=Finding.sort_key)


def check_rules(rules: Rules, ruleset: ResolvedRuleset, selected: list[type[checks_mod.Check]]) -> list[Finding]:
    """The findings of the rules checks in ``selected`` on ``rules``."""
    return run_checks(rules_kind.KIND, rules, ruleset, selected)


def run_read(kind: Kind, choose_by: str, read: Read, override: str | None,
             selected: list[type[checks_mod.Check]] | None) -> FileResult:
    """The rest of the way for a file read: model, ruleset, checks, each placed where the user reads it."""
    result = kind.result(path=read.source.path, source=read.source, unread=read.unread)
    try:
        document = kind.model(read)
        ruleset = chooser(choose_by)(document, override)
        if read.notes:  # what the reader inferred (a year from a birth-date cutoff), said with the layers
            ruleset = ruleset.model_copy(update={"notes": (*ruleset.notes, *read.notes)})
    except InputError as exc:
        result.error = kind.place_error(read, exc)
        return result
    if selected is None:
        selected = checks_mod.in_scopes(*kind.scopes)  # every check, loading only the families this kind sees
    found = run_checks(kind, document, ruleset, selected)
    result.rules, placed = kind.place(read, document, found)
    result.findings, remarks = split(placed)  # a remark is not a finding: it is kept and shown apart
    result.remarks = unsaid(remarks, unread_texts(read)) if read.unread else remarks
    result.ruleset = ruleset
    return result


def unread_texts(read: Read) -> list[str]:
    """The words of each sentence left 待确认 in ``read`` (on its own lines), for the remarks' premises."""
    lines = read.source.text.split("\n")
    out = []
    for problem in read.unread:
        if problem.line is not None and 1 <= problem.line <= len(lines):
            line = lines[problem.line - 1]
            start = (problem.column or 1) - 1
            out.append(line[start:problem.end_column - 1] if problem.end_column else line[start:])
    return out


def check_source(source: Source, override: str | None = None,
                 selected: list[type[checks_mod.Check]] | None = None, kind: str = "rules") -> FileResult:
    """Check text already decoded, as ``kind`` (``"rules"`` or ``"plan"``)."""
    row = next(row for row in KINDS if row[0].name == kind and row[0].in_folders)
    return run_read(row[0], row[1], Read(source=source), override, selected)


def check_file(path: Path, display: str, override: str | None = None,
               selected: list[type[checks_mod.Check]] | None = None) -> FileResult:
    """Read and check the file at ``path`` (shown as ``display``) as the kind its suffix names."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # missing or unreadable: the reader says which
    if mode is not None and stat.S_ISDIR(mode):
        return FileResult(path=display, error=InputError(display, text("input.no_checkable_files")))
    if mode is not None and not stat.S_ISREG(mode):  # a FIFO would block the batch, a device never ends
        return FileResult(path=display, error=InputError(display, not_regular(mode)))
    kind, choose_by = kind_for(path) or KINDS[0]  # any other suffix is read as rules (and refused by them)
    try:
        read = kind.read(path, display)
    except InputError as exc:
        return kind.result(path=display, error=exc)
    return run_read(kind, choose_by, read, override, selected)


def unexpected(display: str, exc: BaseException) -> InputError:
    """An error no reader foresaw, as this file's own problem (the rest of the batch goes on)."""
    reason = " ".join(str(exc).split())[:200] or text("input.unexpected_no_reason")
    return InputError(display, text("input.unexpected", reason=reason))


#: below this many files a batch runs in this process even with --jobs: starting workers would cost more than
#: it saves (without --jobs, policy_lint.workers.default_jobs also looks at the batch's size)
PARALLEL_MIN_FILES = 8


def _check_one(args: tuple) -> FileResult:
    path, display, override, selected, keep_models, refusal = args
    if refusal is not None:
        return FileResult(path=display, error=InputError(display, refusal))
    try:
        result = check_file(path, display, override, selected)
    except Exception as exc:  # the last guard (MemoryError and RecursionError included): one file never ends the batch
        return FileResult(path=display, error=unexpected(display, exc))
    if not keep_models:
        result.rules = None  # the findings are made; the model is not needed to report them
    return result


class _Resolved(tuple):
    """A result's ruleset on its way back from a worker: ``resolved``'s (name, year), not its 23 kB of citations."""


def _check_one_far(args: tuple) -> FileResult:
    """:func:`_check_one` in a worker; the ruleset goes back as the arguments that resolve it again."""
    result = _check_one(args)
    known = _RESOLVED_AS.get(id(result.ruleset))
    if known is not None and known[1] is result.ruleset:
        result.ruleset = _Resolved(known[0])  # type: ignore[assignment]
    return result


def check_many(items: list[Entry] | list[tuple[Path, str]], override: str | None = None,
               selected: list[type[checks_mod.Check]] | None = None, jobs: int = 1,
               progress: Callable[[], None] | None = None, keep_models: bool = True) -> list[FileResult]:
    """:func:`check_file` over ``items`` (path, display), in their order, on ``jobs`` processes.

    The result is the same for any ``jobs``: each file is checked on its own and the results come
    back in the order given.  ``progress`` is called once per file as its result arrives.
    """
    # an Entry carries its refusal; a plain (path, display) pair has none
    work = [(*item, override, selected, keep_models, getattr(item, "refusal", None)) for item in items]
    results: list[FileResult] = []
    if jobs <= 1 or len(work) < PARALLEL_MIN_FILES:
        for args in work:
            results.append(_check_one(args))
            if progress:
                progress()
        return results
    from . import workers

    jobs = workers.cap(jobs, len(work))
    for result in workers.imap(_check_one_far, work, jobs, progress, chunksize=max(1, len(work) // (jobs * 8)),
                               local=_check_one):
        if isinstance(result.ruleset, _Resolved):
            result.ruleset = resolved(*result.ruleset)  # the same ruleset, resolved here once
        results.append(result)
    return results


def check_paths(paths: list[Path], override: str | None = None,
                selected: list[type[checks_mod.Check]] | None = None, jobs: int = 1,
                progress: Callable[[], None] | None = None, keep_models: bool = True) -> list[FileResult]:
    """Check every file under ``paths``; one unreadable file never stops the others."""
    return check_many(discover(paths), override, selected, jobs, progress, keep_models)
