"""The typer app: every command's arguments, options and help; the work is done elsewhere.

Exit codes: 0 no error-severity finding; 1 at least one; 2 bad usage or a file
that could not be checked (the other files are still checked and reported).
The entry point is :func:`policy_lint.cli.main`, which builds this app for every command but an
ordinary ``check`` (see :mod:`policy_lint.console`); ``policy_lint.cli.app`` is this app.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .console import (  # the helpers every command shares (without typer, for check's fast path)
    _files_under,
    _emit,
    _fail,
    _jobs,
    _progress,
    _refuse_output_onto_input,
    _report_ruleset_error,
    _say,
    _selected,
    _use_color,
    run_check,
)
from .errors import InputError, os_reason
from .reports import (  # review's and audit's reports (without typer, for review's fast path)
    ReportFormat,
    _binary_output,
    _render_report,
    _report_owner,
    _run_report,
    _unreadable_input,
    _write_binary,
    _write_letters,
    _write_pdf,
    run_review,
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="policy-lint：检查随迁子女入学实施细则是否符合国家、省、市的规定。\n\n"
    "Checks county admission rules for migrant workers' children against cited rulesets.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
ruleset_app = typer.Typer(help="规则集 / rulesets", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(ruleset_app, name="ruleset")


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"


class LangOpt(str, Enum):
    zh = "zh"
    en = "en"


LANG_HELP = "输出语言 / output language (zh, en)"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policy-lint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                           help="显示版本 / show the version"),
) -> None:
    """policy-lint"""



JOBS_HELP = ("并行进程数（默认：CPU 核数，小批量为 1；结果与进程数无关）/ processes to use "
             "(default: the cores, 1 for a small batch)")


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="实施细则（.rules）、工作方案（.plan）或目录 / rules files, work plans or directories"),
    format: Format = typer.Option(Format.text, "--format", "-f", help="输出格式 / output format"),
    ruleset: Optional[str] = typer.Option(None, "--ruleset", help="指定规则集（默认按基本信息选择）/ ruleset to use"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
    select: Optional[str] = typer.Option(None, "--select", help="只运行这些检查（代码或前缀，逗号分隔）/ codes to run"),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="跳过这些检查 / codes to skip"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（原子写入）/ write to a file"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help=JOBS_HELP),
) -> None:
    """检查实施细则和工作方案 / check rules files and work plans."""
    run_check(paths, format.value, ruleset, lang.value, select, ignore, output, jobs)




@app.command()
def review(
    city_dir: Path = typer.Argument(..., help="城市目录（含 city.toml 和各县 .rules）/ a city directory"),
    format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="输出格式 / output format"),
    ruleset: Optional[str] = typer.Option(None, "--ruleset", help="指定规则集 / ruleset to use"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
    select: Optional[str] = typer.Option(None, "--select", help="只运行这些检查 / codes to run"),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="跳过这些检查 / codes to skip"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（原子写入）/ write to a file"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help=JOBS_HELP),
    force: bool = typer.Option(False, "--force", help="docx、pdf、xlsx：覆盖已存在的文件 / docx, pdf, xlsx: overwrite existing files"),
) -> None:
    """审核一个城市各县（市、区）的实施细则 / review every county of a city."""
    run_review(city_dir, format.value, ruleset, lang.value, select, ignore, output, jobs, force)


@app.command()
def audit(
    province_dir: Path = typer.Argument(..., help="省级目录（含 province.toml 和各市目录）/ a province directory"),
    stats: Optional[Path] = typer.Option(None, "--stats", help="附件1 式统计表（CSV 或 .xlsx）/ a 附件1-style statistics table (CSV or .xlsx)"),
    format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="输出格式 / output format"),
    ruleset: Optional[str] = typer.Option(None, "--ruleset", help="指定省级规则集 / province ruleset to use"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
    select: Optional[str] = typer.Option(None, "--select", help="只运行这些检查 / codes to run"),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="跳过这些检查 / codes to skip"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（原子写入）/ write to a file"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help=JOBS_HELP),
    force: bool = typer.Option(False, "--force", help="pdf、xlsx：覆盖已存在的文件 / pdf, xlsx: overwrite an existing file"),
) -> None:
    """审计全省各市的审核情况和统计数据 / audit every city of a province and its statistics."""
    from .audit import audit_province

    language = lang.value
    selected = _selected(select, ignore, language)

    def unreadable(report) -> bool:
        return report.stats_error is not None or any(
            c.error is not None or (c.review is not None and _unreadable_input(c.review))
            for c in report.cities + report.extra)

    _run_report("audit", province_dir, [province_dir, *([stats] if stats else [])],
                lambda n, progress: audit_province(province_dir, stats, ruleset, selected, n, progress),
                unreadable, format, language, output, jobs, force)


@app.command("fmt")
def fmt_command(
    paths: list[Path] = typer.Argument(..., help="规则文件或目录 / rules files or directories"),
    check_only: bool = typer.Option(False, "--check", help="只检查：有文件需要格式化时退出码为 1 / exit 1 if a file would change"),
    write: bool = typer.Option(False, "--write", help="就地改写需要格式化的文件（原子写入）/ rewrite them in place, atomically"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """整理为规范格式，保留注释 / format rules files canonically, comments kept.

    不加选项时，一个文件输出格式化后的全文，目录或多个文件输出差异（unified diff）。
    Without an option: one file prints its formatted text; a directory or several files print diffs.
    """
    from .fmt import format_paths, message, summary, write_formatted
    from .render.text import _Style, render_error
    from .terminal import safe

    language = lang.value
    if check_only and write:
        _fail(message("both_modes", language))
    results = format_paths(paths)
    unreadable = [r for r in results if r.error is not None]
    for result in unreadable:
        _say("\n".join(render_error(result.error, language, _Style(False))))
    changed = [r for r in results if r.error is None and r.changed]
    unwritten = []
    if check_only or write:
        for result in changed:
            if write:
                try:
                    write_formatted(result)
                except OSError as exc:
                    _say(message("write_failed", language, path=result.display, reason=os_reason(exc)(language)))
                    unwritten.append(result)
                    continue
            typer.echo(safe(message("reformatted" if write else "would_change", language, path=result.display)))
        typer.echo(summary(language, write, changed=len(changed) - len(unwritten),
                           same=len(results) - len(changed) - len(unreadable),
                           errors=len(unreadable) + len(unwritten)))
    elif len(paths) == 1 and not paths[0].is_dir():
        if results and results[0].formatted is not None:
            _emit(results[0].formatted, None, language, document=True)
    else:
        _emit("".join(r.diff() for r in changed), None, language, document=True)
    if unreadable or unwritten:
        raise typer.Exit(2)
    if check_only and changed:
        raise typer.Exit(1)


@app.command("init")
def init_command(
    region: str = typer.Option(..., "--region", help="省/市/县（市、区），如 山西省/晋城市/泽州县 / province/city/county"),
    year: int = typer.Option(..., "--year", help="年度，如 2022 / year"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（原子写入）/ write to a file"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的输出文件 / overwrite an existing output file"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """生成实施细则框架：各节齐全，基准值注明出处 / a skeleton rules file with the cited baseline."""
    from .init import InitError, exists_message, ruleset_note, skeleton

    language = lang.value
    try:
        result = skeleton(region, year)
    except InitError as exc:
        _fail(exc.message(language))
    except InputError as exc:
        _report_ruleset_error(exc, language)
    _refuse_output_onto_input(output, [], language)
    if output is not None and output.exists() and not force:
        _fail(exists_message(str(output))(language))
    _say(ruleset_note(result.ruleset)(language))
    _emit(result.text, output, language, document=True)


@app.command("extract")
def extract_command(
    draft: Path = typer.Argument(..., help="草稿：Word（.docx）、文本（.txt）或 Markdown（.md）/ a draft"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（原子写入）/ write to a file"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的输出文件 / overwrite an existing output file"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """从草稿提取规则，每项注明出处 / extract rules from a draft, each value with its source."""
    from .engine import DRAFT_SUFFIXES, display_path
    from .extract import extract_path
    from .io import is_stdout
    from .messages import text
    from .render.text import _Style, render_error

    language = lang.value
    _refuse_output_onto_input(output, [draft], language)
    if output is not None and not force and not is_stdout(output) and os.path.lexists(output):
        # a hand-edited .rules must not be lost to a second extraction (init refuses the same way)
        _fail(text("cli.output_exists", path=str(output))(language))
    shown = display_path(draft)
    if draft.suffix.lower() not in DRAFT_SUFFIXES:
        _fail(text("extract.not_a_draft", path=shown, suffixes="、".join(DRAFT_SUFFIXES))(language))
    try:
        extracted = extract_path(draft, shown)
    except InputError as exc:
        _say("\n".join(render_error(exc, language, _Style(False))))
        raise typer.Exit(2)
    _emit(extracted.text, output, language, document=True)
    _say(text("extract.summary", path=shown, facts=extracted.facts.facts, unread=len(extracted.unread))(language))


@app.command("annotate")
def annotate_command(
    draft: Path = typer.Argument(..., help="Word 草稿（.docx）/ a Word draft (.docx)"),
    output: Path = typer.Option(..., "--output", "-o", help="写入的 .docx（原子写入）/ the .docx to write"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的输出文件 / overwrite an existing output file"),
    ruleset: Optional[str] = typer.Option(None, "--ruleset", help="指定规则集 / use this ruleset"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """在 Word 草稿中逐条加批注和修订建议 / the draft with a comment per finding and proposed changes."""
    from .annotate import annotate
    from .engine import display_path
    from .extract.check import check_draft
    from .io import is_stdout, write_atomic
    from .messages import text
    from .render.text import _Style, render_error

    language = lang.value
    shown = display_path(draft)
    if draft.suffix.lower() != ".docx":
        _fail(text("annotate.not_docx", path=shown)(language))
    if is_stdout(output):  # a Word file is not a report to print
        _fail(text("annotate.not_docx", path=str(output))(language))
    if output.suffix.lower() != ".docx":
        _fail(text("annotate.not_docx", path=str(output))(language))
    _refuse_output_onto_input(output, [draft], language)
    if not force and os.path.lexists(output):
        _fail(text("cli.output_exists", path=str(output))(language))
    result = check_draft(draft, shown, ruleset)
    try:
        if result.error is not None:
            raise result.error
        annotated = annotate(draft, shown, result, language)
    except InputError as exc:
        _say("\n".join(render_error(exc, language, _Style(False))))
        raise typer.Exit(2)
    try:
        write_atomic(output, annotated.data)
    except OSError as exc:
        _fail(text("cli.write_failed", path=str(output), reason=os_reason(exc))(language))
    _say(annotated.summary(str(output))(language))
    raise typer.Exit(1 if result.errors else 0)


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址（默认只在本机）/ address to listen on (default: this machine only)"),
    port: int = typer.Option(8765, "--port", help="端口 / port"),
    token: Optional[str] = typer.Option(None, "--token", help="访问令牌：每个请求都须携带；非本机地址时必须给出 / a token every request must carry"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """在本机网页上检查草稿、审核城市、审计全省 / the checks on a local web page."""
    from .messages import text
    from .serve import is_loopback

    language = lang.value
    if not is_loopback(host) and not token:
        _fail(text("serve.needs_token", host=host)(language))
    try:
        from .serve import run
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        _fail(text("serve.missing")(language))
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    _say(text("serve.started", url=url)(language))
    run(host, port, token, language)


@app.command()
def rules(lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP)) -> None:
    """列出全部检查项 / list every check."""
    from .checks import FAMILIES, all_checks
    from .messages import text
    from .render.text import display_width

    language = lang.value
    rows = [tuple(text(f"cli.rules.{column}")(language) for column in ("code", "name", "severity", "title"))]
    for c in all_checks():
        rows.append((c.code, c.name, text(f"label.{c.severity}")(language), c.title()(language)))
    widths = [max(display_width(r[i]) for r in rows) for i in range(3)]
    family = None
    for i, row in enumerate(rows):
        if i and row[0][2] != family:
            family = row[0][2]
            typer.echo(f"\n# {family}xx {FAMILIES.get(family, text('label.note'))(language)}")
        cells = [cell + " " * (widths[j] - display_width(cell)) for j, cell in enumerate(row[:3])]
        typer.echo("  ".join(cells + [row[3]]))


@app.command()
def rule(
    code: str = typer.Argument(..., help="检查代码，如 PL201 / a check code such as PL201"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """显示一项检查的完整说明 / show a check's full documentation."""
    from .checks import all_checks, get
    from .docs import rule_text
    from .messages import EMPTY, text

    language = lang.value
    check_cls = get(code)
    if check_cls is None:
        from .suggest import closest

        close = closest(code.upper(), [c.code for c in all_checks()])
        hint = text("doc.did_you_mean", name=close) if close else EMPTY
        _fail(text("cli.unknown_code", code=code, hint=hint)(language))
    typer.echo(rule_text(check_cls, language))


@ruleset_app.command("show")
def ruleset_show(
    name: str = typer.Argument(..., help="规则集名称，如 jincheng-2021 / ruleset name"),
    lang: LangOpt = typer.Option(LangOpt.zh, "--lang", help=LANG_HELP),
) -> None:
    """显示规则集的每个参数、设定它的层级及出处 / show each resolved parameter, its layer and citation."""
    from .docs import ruleset_text
    from .ruleset import resolve

    try:
        resolved = resolve(name)
    except InputError as exc:
        _report_ruleset_error(exc, lang.value)
    typer.echo(ruleset_text(resolved, lang.value))


@ruleset_app.command("list")
def ruleset_list() -> None:
    """列出内置规则集 / list the bundled rulesets."""
    from .ruleset import available, load_bundled

    for name in available():
        r = load_bundled(name)
        typer.echo(f"{name:16} {r.title}  extends={r.extends or '-'}  region={r.region or '*'}")
