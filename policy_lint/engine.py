"""The per-document pipeline: files -> sources -> rules -> ruleset -> findings.

Two kinds of document go through it: a county's admission rules (``*.rules``,
and drafts read through :mod:`policy_lint.extract`) and its work plan
(``*.plan``, :mod:`policy_lint.plans`).  :func:`check_file` routes a file by
its suffix; every result is a :class:`FileResult` whose ``kind`` says which
(``"rules"`` or ``"plan"``), so a renderer never needs to know more.

Pure functions of their inputs: nothing here prints or writes.  ``review`` and
``audit`` build on :func:`check_paths`.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import checks as checks_mod
from .build import parse
from .errors import InputError, Problem
from .files import not_regular, walk
from .findings import Finding
from .messages import LocalText, text
from .models import Rules
from .ruleset import ResolvedRuleset, choose, resolve
from .source import Source, read

RULES_SUFFIXES = (".rules",)
PLAN_SUFFIXES = (".plan",)  # work plans (工作方案), checked by policy_lint.plans
#: drafts as counties send them, found in a folder given to ``check``, ``review`` and ``audit``
FOLDER_DRAFT_SUFFIXES = (".docx", ".doc", ".wps", ".pdf", ".html", ".htm")
#: drafts, checked through policy_lint.extract (a .txt or .md is read when named, not looked for in a folder,
#: where it is as likely a note or a README as a draft)
DRAFT_SUFFIXES = FOLDER_DRAFT_SUFFIXES + (".txt", ".md")
#: what a directory given to ``check`` is searched for
CHECKED_SUFFIXES = RULES_SUFFIXES + PLAN_SUFFIXES + FOLDER_DRAFT_SUFFIXES
#: statistics tables (附件1), read by ``audit --stats``, not by ``check``
STATS_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".xls", ".et")


@dataclass
class FileResult:
    """The outcome for one file: its findings, or the error that stopped it.

    ``kind`` is the document kind: ``"rules"`` (``rules`` holds the parsed
    :class:`~policy_lint.models.Rules`) or ``"plan"`` (a
    :class:`policy_lint.plans.PlanResult`, whose ``rules`` holds the plan).
    """

    path: str
    rules: Rules | None = None
    ruleset: ResolvedRuleset | None = None
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    source: Source | None = None
    #: for a draft (.docx/.txt/.md, see policy_lint.extract): the sentences extraction could not read (待确认)
    unread: list[Problem] = field(default_factory=list)
    kind: str = "rules"

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")


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


@lru_cache(maxsize=64)
def resolved(name: str, year: int | None) -> ResolvedRuleset:
    on = dt.date(year, 9, 1) if year else None
    return resolve(name, on=on)


def ruleset_for(rules: Rules, override: str | None) -> ResolvedRuleset:
    meta = rules.metadata
    year = meta.year.value if meta.year else None
    if override:
        return resolved(override, year)
    province = meta.province.value if meta.province else None
    city = meta.city.value if meta.city else None
    if province is None or year is None:
        # without the year no dated ruleset can be chosen, and silently falling back to the
        # national baseline would drop every provincial and city rule
        raise InputError(rules.path, text("ruleset.no_region"),
                         line=meta.span.line if meta.span else 1, column=1)
    return resolved(choose(province, city, year), year)


def check_rules(rules: Rules, ruleset: ResolvedRuleset, selected: list[type[checks_mod.Check]]) -> list[Finding]:
    findings: list[Finding] = []
    for check_cls in selected:
        if check_cls.scope != "rules":
            continue
        check = check_cls()
        if check.applies(ruleset):
            findings.extend(check.run(rules, ruleset))
    return sorted(findings, key=Finding.sort_key)


def run_document(result: FileResult, source: Source, parse_document, choose_ruleset, run_checks,
                 override: str | None, selected: list[type[checks_mod.Check]] | None) -> FileResult:
    """Parse ``source``, choose its ruleset and run its checks, filling ``result`` (rules and plans alike)."""
    try:
        document = parse_document(source)
        ruleset = choose_ruleset(document, override)
    except InputError as exc:
        # quote this file's lines only for a problem in this file: a broken ruleset's problem is
        # at a line of the ruleset, and this file's line of that number has nothing to do with it
        if exc.source_text is None and exc.path == source.path:
            exc.source_text = source.text
        result.error = exc
        return result
    result.rules = document
    result.ruleset = ruleset
    result.findings = run_checks(document, ruleset, selected if selected is not None else checks_mod.all_checks())
    return result


def check_source(source: Source, override: str | None = None,
                 selected: list[type[checks_mod.Check]] | None = None) -> FileResult:
    return run_document(FileResult(path=source.path, source=source), source, parse, ruleset_for, check_rules,
                        override, selected)


def check_file(path: Path, display: str, override: str | None = None,
               selected: list[type[checks_mod.Check]] | None = None) -> FileResult:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # missing or unreadable: the reader says which
    if mode is not None and stat.S_ISDIR(mode):
        return FileResult(path=display, error=InputError(display, text("input.no_checkable_files")))
    if mode is not None and not stat.S_ISREG(mode):  # a FIFO would block the batch, a device never ends
        return FileResult(path=display, error=InputError(display, not_regular(mode)))
    if path.suffix.lower() in STATS_SUFFIXES:  # a statistics table: audit --stats reads it
        return FileResult(path=display, error=InputError(display, text("input.stats_to_audit")))
    if path.suffix.lower() in PLAN_SUFFIXES:  # a work plan: its own language and checks (family 8)
        from .plans import check_plan_file

        return check_plan_file(path, display, override, selected)
    if path.suffix.lower() in DRAFT_SUFFIXES:  # a county's draft as written: extracted in memory, then checked
        from .extract import check_draft

        return check_draft(path, display, override, selected)
    try:
        source = read(path, display)
    except InputError as exc:
        return FileResult(path=display, error=exc)
    return check_source(source, override, selected)


def unexpected(display: str, exc: BaseException) -> InputError:
    """An error no reader foresaw, as this file's own problem (the rest of the batch goes on)."""
    reason = " ".join(str(exc).split())[:200] or text("input.unexpected_no_reason")
    return InputError(display, text("input.unexpected", reason=reason))


#: below this many files a batch runs in this process: starting workers would cost more than it saves
PARALLEL_MIN_FILES = 8


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


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
    results.extend(workers.imap(_check_one, work, jobs, progress, chunksize=max(1, len(work) // (jobs * 8))))
    return results


def check_paths(paths: list[Path], override: str | None = None,
                selected: list[type[checks_mod.Check]] | None = None, jobs: int = 1,
                progress: Callable[[], None] | None = None, keep_models: bool = True) -> list[FileResult]:
    """Check every file under ``paths``; one unreadable file never stops the others."""
    return check_many(discover(paths), override, selected, jobs, progress, keep_models)
