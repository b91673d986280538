"""The command line's plain parts, without typer: messages, reports, exit codes, and ``check`` itself.

Every command (:mod:`policy_lint.commands`, the typer app) writes through these helpers, and
``check``'s work is :func:`run_check`, whichever way its arguments were read: by typer, or by
:func:`read_check_args`, the fast path :func:`policy_lint.cli.main` takes for an ordinary
``policy-lint check …`` so that a check does not pay for building the typer app.  An exit is a
``SystemExit`` with the code (what ``typer.Exit`` becomes), so both ways end alike.
"""

from __future__ import annotations

import codecs
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from .errors import InputError, os_reason
from . import lazy_re


def _split(codes: Optional[str]) -> list[str]:
    if not codes:
        return []
    return [c.strip() for c in codes.replace("，", ",").split(",") if c.strip()]


def _selected(select: Optional[str], ignore: Optional[str], lang: str) -> list:
    """The checks ``--select`` / ``--ignore`` leave (Ruff's prefix rule); exit 2 on a code that matches none."""
    from . import checks
    from .messages import text

    for code in _split(select) + _split(ignore):
        if not any(c.code.startswith(code.upper()) for c in checks.all_checks()):
            _fail(text("cli.bad_selector", code=code)(lang))
    return checks.select(_split(select), _split(ignore))


def _fail(message: str) -> None:
    _say(message)
    raise SystemExit(2)


def _say(message: str) -> None:
    """A line on stderr, with any control character in it (a file name, a city.toml string) made visible.

    Written as typer's (click's) ``echo`` writes it: on a stream with a real encoding that is one
    write and a flush; on an ASCII-configured stream or a Windows console click re-encodes, so
    there it is click that writes.
    """
    from .terminal import safe

    line = safe(message)
    if _plain(sys.stderr):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
        return
    import typer

    typer.echo(line, err=True)


def _plain(stream) -> bool:
    """Whether click's ``echo`` would write to ``stream`` as it is (see :func:`_say`)."""
    if os.name == "nt" or stream is None:
        return False
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name != "ascii"
    except LookupError:
        return True


def _emit(content: str, output: Optional[Path], lang: str, document: bool = False) -> None:
    """Write a report (or, with ``document``, a rules text) to ``output`` or standard output.

    On standard output a report has every control character made visible (:mod:`policy_lint.terminal`);
    a rules text only when it goes to a terminal, so that ``extract d.docx > x.rules`` keeps it exact.
    """
    from .io import is_stdout, write_atomic
    from .messages import text
    from .terminal import safe

    if output is None or is_stdout(output):
        if not document or sys.stdout.isatty():
            content = safe(content, keep_colour=_use_color(None))
        _write_stdout(content, lang)
        return
    try:
        write_atomic(output, content)
    except OSError as exc:
        _fail(text("cli.write_failed", path=str(output), reason=os_reason(exc))(lang))


def _write_stdout(content: str, lang: str) -> None:
    """Print ``content``; a closed pipe ends quietly, a full disk or another failure is one line and exit 2."""
    from .messages import text

    try:
        sys.stdout.write(content)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()  # nothing more can go to stdout; say why on stderr
        _say(text("cli.stdout_failed", reason=os_reason(exc))(lang))
        raise SystemExit(2)


def _silence_stdout() -> None:
    """Point stdout at /dev/null: after a closed pipe, a full disk or an interrupt, the interpreter's
    final flush must neither fail again nor finish a half-written report."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


#: files that check, review and audit read: an output file must never be one of them
_READ_SUFFIXES = (".rules", ".plan", ".toml", ".csv", ".xlsx", ".xlsm", ".docx", ".doc", ".wps", ".pdf", ".html",
                  ".htm", ".txt", ".md")


def _refuse_output_onto_input(output: Optional[Path], inputs: list[Path], lang: str) -> None:
    """Exit 2 when ``-o`` names a file the command reads, or something that is not a regular file."""
    from .io import output_problem

    if output is None:
        return
    problem = output_problem(output, inputs, _READ_SUFFIXES)
    if problem is not None:
        _fail(problem(lang))


#: a batch of at least this many files shows a progress bar on a terminal
PROGRESS_MIN_FILES = 20


def _jobs(jobs: Optional[int], lang: str, paths: list[Path]) -> int:
    """``--jobs``, or for none the default for a batch of ``paths`` (:func:`policy_lint.workers.default_jobs`)."""
    from .messages import text

    if jobs is None:
        from .workers import default_jobs

        return default_jobs(paths)
    if jobs < 1:
        _fail(text("cli.bad_jobs", value=jobs)(lang))
    return jobs


@contextmanager
def _progress(total: int, lang: str):
    """A progress callback drawing a bar on stderr for a long batch on a terminal (else None)."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty() or os.environ.get("CI"):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .messages import text

    label = text("cli.progress")(lang)
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def _files_under(directory: Path) -> list[Path]:
    from .engine import CHECKED_SUFFIXES
    from .files import walk

    return [found.path for found in walk(directory, CHECKED_SUFFIXES)] if directory.is_dir() else []


def _use_color(output: Optional[Path]) -> bool:
    if output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _report_ruleset_error(exc: InputError, lang: str) -> None:
    from .render.text import _Style, render_error

    _say("\n".join(render_error(exc, lang, _Style(False))))
    raise SystemExit(2)



def run_check(paths: list[Path], format: str = "text", ruleset: Optional[str] = None, lang: str = "zh",
              select: Optional[str] = None, ignore: Optional[str] = None, output: Optional[Path] = None,
              jobs: Optional[int] = None) -> None:
    """``policy-lint check``: check ``paths`` and write the report; exit 2 / 1 as the README says, else return."""
    from .engine import check_many, discover
    from .ruleset import resolve

    language = lang
    _refuse_output_onto_input(output, paths, language)
    # every check unless --select or --ignore is given: None lets each kind load only its own families
    selected = _selected(select, ignore, language) if select or ignore else None
    if ruleset is not None:
        try:
            resolve(ruleset)
        except InputError as exc:
            _report_ruleset_error(exc, language)
    items = discover(paths)
    with _progress(len(items), language) as progress:
        results = check_many(items, ruleset, selected, _jobs(jobs, language, [item[0] for item in items]), progress,
                             keep_models=False)
    if format == "json":
        from .render import json_out

        content = json_out.render(results, language)
    elif format == "sarif":
        from .render import sarif

        content = sarif.render_check(results, language)
    else:
        from .render import text as text_out

        content = text_out.render(results, language, color=_use_color(output))
    _emit(content, output, language)
    if any(r.error is not None for r in results):
        raise SystemExit(2)
    if any(r.errors for r in results):
        raise SystemExit(1)


# --- the fast path: ``check``'s arguments read without typer ------------------------------------

#: check's options: name → (parameter, the values allowed or None for any)
_CHECK_OPTIONS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "--format": ("format", ("text", "json", "sarif")), "-f": ("format", ("text", "json", "sarif")),
    "--ruleset": ("ruleset", None),
    "--lang": ("lang", ("zh", "en")),
    "--select": ("select", None), "--ignore": ("ignore", None),
    "--output": ("output", None), "-o": ("output", None),
    "--jobs": ("jobs", None), "-j": ("jobs", None),
}
_JOBS = lazy_re.compile(r"[0-9]+")


#: review's options: name → (parameter, the values allowed or None for any); ``--force`` is a flag
_REVIEW_FORMATS = ("text", "markdown", "json", "sarif", "html", "docx", "pdf", "xlsx")
_REVIEW_OPTIONS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    **_CHECK_OPTIONS,
    "--format": ("format", _REVIEW_FORMATS), "-f": ("format", _REVIEW_FORMATS),
}


def read_review_args(args: list[str]) -> dict | None:
    """``review``'s arguments as :func:`policy_lint.reports.run_review` takes them, or None for typer to read.

    As :func:`read_check_args`, with ``--force`` (a flag, given once) and exactly one path, the city's
    folder; anything else goes to typer.
    """
    found = read_check_args(args, _REVIEW_OPTIONS, {"--force": "force"})
    if found is None or len(found["paths"]) != 1:
        return None
    found["city_dir"] = found.pop("paths")[0]
    return found


def read_check_args(args: list[str], options: dict | None = None, flags: dict | None = None) -> dict | None:
    """``check``'s arguments as :func:`run_check` takes them, or None for typer to read.

    Only what typer would read to the same values is read here: known options each given once, as
    ``--name value``, ``--name=value``, ``-x value`` or ``-xvalue``, with a value that is allowed and
    does not start with ``-``, and at least one path.  Anything else — ``--help``, a typo, ``--``, a
    bad value, a path typer would refuse as unreadable, a shell-completion request — goes to typer,
    which says what it always said.
    """
    if os.name == "nt" or any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None
    options = _CHECK_OPTIONS if options is None else options
    found: dict = {"paths": []}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if flags and arg in flags:  # a flag (review's --force), given once
            if flags[arg] in found:
                return None
            found[flags[arg]] = True
            continue
        if not arg.startswith("-"):
            found["paths"].append(Path(arg))
            continue
        if arg.startswith("--"):
            name, eq, value = arg.partition("=")
            if not eq:
                value = rest.pop(0) if rest else None
        else:
            name, value = arg[:2], arg[2:] or (rest.pop(0) if rest else None)
        if name not in options or value is None or value == "" or value.startswith("-"):
            return None
        parameter, allowed = options[name]
        if parameter in found or (allowed is not None and value not in allowed):
            return None
        if parameter == "jobs":
            if not _JOBS.fullmatch(value):
                return None
            value = int(value)
        elif parameter == "output":
            value = Path(value)
        found[parameter] = value
    if not found["paths"]:
        return None
    for path in found["paths"] + ([found["output"]] if "output" in found else []):
        if _unreadable(path):  # typer refuses an existing path it may not read, before check runs
            return None
    return found


def _unreadable(path: Path) -> bool:
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return not os.access(path, os.R_OK)
