"""Review's and audit's reports, without typer: build, render, write, and the exit code.

:mod:`policy_lint.commands` (the typer app) runs ``review`` and ``audit`` through these, and
:func:`policy_lint.cli.main` runs an ordinary ``policy-lint review CITY …`` through
:func:`run_review` on the fast path (arguments read by :func:`policy_lint.console.read_review_args`),
as it runs ``check``: a review then does not pay for building the typer app (and the pydantic
machinery typer's parameters load).  An exit is a ``SystemExit`` with the code, as ``typer.Exit``
becomes, so both ways end alike.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Optional

from .console import (
    _emit,
    _fail,
    _files_under,
    _jobs,
    _progress,
    _refuse_output_onto_input,
    _report_ruleset_error,
    _say,
    _selected,
    _use_color,
)
from .errors import InputError, os_reason


class ReportFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    sarif = "sarif"
    html = "html"
    docx = "docx"  # review only: the 审核意见 letters (policy_lint.render.letters)
    pdf = "pdf"  # the HTML report printed by a headless Chromium (policy_lint.render.pdf)
    xlsx = "xlsx"  # 附件3 (review) and the recomputed 附件1 (audit) as spreadsheets (policy_lint.render.xlsx)


def _render_report(kind: str, report, format: ReportFormat, lang: str, color: bool) -> str:
    """Render a review or audit with ``policy_lint.render.<format>.render_<kind>``."""
    import importlib

    module = importlib.import_module(f".render.{format.value if format.value != 'json' else 'json_out'}", __package__)
    renderer = getattr(module, f"render_{kind}")
    if format is ReportFormat.text:
        return renderer(report, lang, color=color)
    return renderer(report, lang)


def _run_report(kind: str, directory: Path, inputs: list[Path], build, unreadable, format: "ReportFormat",
                language: str, output: Optional[Path], jobs: Optional[int], force: bool = False) -> None:
    """Build a review or audit (``build(jobs, progress)``), render it, and exit 2 / 1 / 0 as the README says."""
    if format == ReportFormat.docx and kind != "review":
        from .messages import text

        _fail(text("letter.review_only", kind=kind)(language))
    if format in (ReportFormat.pdf, ReportFormat.xlsx):
        output = _binary_output(kind, directory, output, language, force, format.value)
    if format != ReportFormat.docx:
        _refuse_output_onto_input(output, inputs, language)
    try:
        files = _files_under(directory)
        with _progress(len(files), language) as progress:
            report = build(_jobs(jobs, language, files), progress)
    except InputError as exc:
        _report_ruleset_error(exc, language)
    if format == ReportFormat.docx:
        _write_letters(report, directory, output, language, force)
    elif format == ReportFormat.pdf:
        _write_pdf(kind, report, directory, output, language)
    elif format == ReportFormat.xlsx:
        from .render import xlsx

        data = xlsx.render_review(report, language) if kind == "review" else xlsx.render_audit(report, language)
        _write_binary(output, data, language)
    else:
        _emit(_render_report(kind, report, format, language, _use_color(output)), output, language)
    if unreadable(report):
        raise SystemExit(2)
    if any(f.severity == "error" for f in report.findings):
        raise SystemExit(1)


def _binary_output(kind: str, directory: Path, output: Optional[Path], language: str, force: bool,
                   suffix: str) -> Path:
    """Where ``--format pdf|xlsx`` writes: ``-o``, or ``<city|province><year>审核报告.pdf`` / ``审计报告.xlsx`` here."""
    from .io import is_stdout
    from .messages import text

    if output is not None and is_stdout(output):
        _fail(text(f"{suffix}.not_stdout")(language))
    if output is None:
        output = Path(f"{_report_owner(kind, directory)}{'审核报告' if kind == 'review' else '审计报告'}.{suffix}")
    if not force and os.path.lexists(output):
        _fail(text("cli.output_exists", path=str(output))(language))
    return output


def _report_owner(kind: str, directory: Path) -> str:
    """The city's or province's name and year from its config (晋城市2021), else the folder's name: the
    default file name of a printed or spreadsheet report.  A config that cannot be read is reported by the
    review or audit itself."""
    from .city import load_city, load_province

    try:
        config = load_city(directory / "city.toml") if kind == "review" else load_province(directory / "province.toml")
        return f"{config.name}{config.year}"
    except (InputError, OSError):
        return directory.resolve().name


def _write_pdf(kind: str, report, directory: Path, output: Path, language: str) -> None:
    from .render import html
    from .render.pdf import to_pdf
    from .render.text import _Style, render_error

    try:
        if kind == "review":
            from .render.letters import for_print, letter_settings, letters

            settings = letter_settings(report.config, directory)
            page = html.render_review(report, language, letters=for_print(letters(report, language, settings)))
        else:
            page = html.render_audit(report, language, print_mode=True)
        data = to_pdf(page, str(output))
    except InputError as exc:
        _say("\n".join(render_error(exc, language, _Style(False))))
        raise SystemExit(2)
    _write_binary(output, data, language)


def _write_binary(output: Path, data: bytes, language: str) -> None:
    from .io import write_atomic
    from .messages import text

    try:
        write_atomic(output, data)
    except OSError as exc:
        _fail(text("cli.write_failed", path=str(output), reason=os_reason(exc))(language))
    _say(text("pdf.written", path=str(output))(language))


def _write_letters(review, city_dir: Path, output: Optional[Path], language: str, force: bool) -> None:
    """``review --format docx``: every county's 审核意见, one file each and all in one (see render/letters.py)."""
    from .io import is_stdout, write_atomic
    from .messages import text
    from .render.letters import docx_bytes, letter_settings, letters

    try:
        settings = letter_settings(review.config, city_dir)
    except InputError as exc:
        _report_ruleset_error(exc, language)
    items = letters(review, language, settings)
    city = review.config
    if output is not None and is_stdout(output):
        _fail(text("letter.not_stdout")(language))
    if output is not None and output.suffix.lower() == ".docx" and not output.is_dir():
        _refuse_output_onto_input(output, [city_dir], language)
        targets = {output: items}
    else:
        folder = output if output is not None else Path(f"{city.name}{city.year}审核意见")
        inside = os.path.realpath(folder) + os.sep
        if inside.startswith(os.path.realpath(city_dir) + os.sep):
            _fail(text("letter.inside_input", path=str(folder))(language))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _fail(text("cli.write_failed", path=str(folder), reason=os_reason(exc))(language))
        targets = {folder / f"{letter.unit}审核意见.docx": [letter] for letter in items}
        targets[folder / f"{city.name}审核意见（全部）.docx"] = items
    for target in targets:
        if not force and os.path.lexists(target):
            _fail(text("cli.output_exists", path=str(target))(language))
    for target, chosen in targets.items():
        try:
            write_atomic(target, docx_bytes(chosen, settings))
        except OSError as exc:
            _fail(text("cli.write_failed", path=str(target), reason=os_reason(exc))(language))
    _say(text("letter.summary", count=len(items), files="、".join(str(t) for t in targets))(language))


def _unreadable_input(review) -> bool:
    """Whether a city review met a file it could not read: a county's rules, a work plan or an unlisted file."""
    return (any(u.submitted and not u.readable for u in review.units)
            or any(u.plan_result is not None and u.plan_result.error is not None for u in review.units)
            or any(r.error for r in review.context.extra))


def run_review(city_dir: Path, format: str = "text", ruleset: Optional[str] = None, lang: str = "zh",
               select: Optional[str] = None, ignore: Optional[str] = None, output: Optional[Path] = None,
               jobs: Optional[int] = None, force: bool = False) -> None:
    """``policy-lint review``: review ``city_dir`` and write the report; exit 2 / 1 as the README says, else return."""
    from .review import review_city

    language = lang
    # no --select / --ignore: None, every check, loading only the families a review runs (not statistics)
    selected = _selected(select, ignore, language) if select or ignore else None
    _run_report("review", city_dir, [city_dir],
                lambda n, progress: review_city(city_dir, ruleset, selected, n, progress),
                _unreadable_input, ReportFormat(format), language, output, jobs, force)
