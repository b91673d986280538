"""The ``check`` report's blocks: a finding with its caret lines and citation, a problem with a file or a
draft's sentence left 待确认, one file's block, and the batch summary that closes the report."""

from __future__ import annotations

from ...results import FileResult
from ...errors import InputError, Problem
from ...findings import Finding, Remark
from ...messages import Lang, text
from ...source import split_lines
from .layout import Style, gutter_block

#: what the text report prints of one file at most; the rest is counted (the JSON report has it all)
MAX_SHOWN_FINDINGS = 200
MAX_SHOWN_UNREAD = 100

#: the colour of a severity's code and label, and of its carets
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "remark": "blue"}


def _quote(style: Style, source_text: str | None, line: int | None, column: int, end_column: int | None,
           colour: str) -> list[str]:
    """The line ``line`` of ``source_text`` with carets under [column, end_column), if the text has it."""
    if source_text is None or line is None:
        return []
    lines = split_lines(source_text)
    if not 1 <= line <= len(lines):
        return []
    return gutter_block(style, line, lines[line - 1], column, end_column, colour)


def finding_head(f: Finding | Remark, lang: Lang, style: Style) -> str:
    """``path:line:col: CODE [错误] message`` (``[提示]`` for a remark)."""
    colour = SEVERITY_COLOURS[f.severity]
    label = text(f"label.{f.severity}")(lang)
    return (style(f"{f.path}:{f.span.line}:{f.span.column}:", bold=True) + " "
            + style(f"{f.code}", fg=colour, bold=True) + " "
            + style(f"[{label}]", fg=colour) + " " + f.message(lang))


def basis_lines(f: Finding, lang: Lang) -> list[str]:
    """``= 依据: document article: “quote”（规则集：layer）``, its note, and ``= 建议: the fix``."""
    c = f.basis.citation
    layer = f.basis.layer_title_en if lang == "en" else f.basis.layer_title
    indent = " " * (len(str(f.span.line)) + 1)
    unverified = text("label.unverified")(lang) if not c.verified else ""
    if c.derived:
        unverified += text("label.derived")(lang)
    if lang == "en":
        basis = f"{c.label()}: “{c.quote}”{unverified} ({text('label.layer')(lang)}: {layer})"
    else:
        basis = f"{c.label()}：“{c.quote}”{unverified}（{text('label.layer')(lang)}：{layer}）"
    out = [f"{indent}= {text('label.basis')(lang)}: {basis}"]
    if c.note_in(lang):
        out.append(f"{indent}  {text('label.note')(lang)}: {c.note_in(lang)}")
    if c.derived:
        out.append(f"{indent}  {text('label.derived_reason')(lang)}: {c.derived_in(lang)}")
    # a finding's remedy; a remark's what to look at, under a label that says it is no fault
    remedy = "label.look" if f.severity == "remark" else "label.fix"
    out.append(f"{indent}= {text(remedy)(lang)}: {f.suggestion(lang)}")
    return out


def render_finding(f: Finding | Remark, source_text: str | None, lang: Lang, style: Style) -> list[str]:
    """One finding (or remark, ``[提示]``): its head, the quoted line with carets, the citation and the fix
    (a remark's: what to look at)."""
    end = f.span.end_column if f.span.end_line == f.span.line else None
    return ([finding_head(f, lang, style)]
            + _quote(style, source_text, f.span.line, f.span.column, end, SEVERITY_COLOURS[f.severity])
            + basis_lines(f, lang))


def render_problem(path: str, problem: Problem, source_text: str | None, lang: Lang, style: Style,
                   label_key: str = "label.error", color: str = "red") -> list[str]:
    """A problem with a file (or, with ``label.unread``, a draft's sentence left 待确认), quoted with a caret."""
    label = text(label_key)(lang)
    where = path
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    head = style(f"{where}:", bold=True) + " " + style(f"[{label}]", fg=color) + " " + problem.message(lang)
    return [head] + _quote(style, source_text, problem.line, problem.column or 1, problem.end_column, color)


def render_error(error: InputError, lang: Lang, style: Style) -> list[str]:
    """Every problem of a file that could not be checked, each followed by a blank line."""
    out: list[str] = []
    for problem in error.problems:
        out += render_problem(error.path, problem, error.source_text, lang, style)
        out.append("")
    return out


def left_out(path: str, total: int, limit: int, key: str, lang: Lang) -> list[str]:
    """The line saying how many of ``total`` items beyond ``limit`` were not listed (none if all were)."""
    return [text(key, path=path, count=total - limit, limit=limit)(lang), ""] if total > limit else []


def file_block(result: FileResult, lang: Lang, style: Style) -> list[str]:
    """One file: why it could not be checked, or its findings and then its 待确认 sentences (each list
    cut at its limit, the rest counted)."""
    if result.error is not None:
        return render_error(result.error, lang, style)
    out: list[str] = []
    source_text = result.source.text if result.source else None
    for note in result.ruleset.notes if result.ruleset else ():  # how the layers were chosen (policy_lint.layers)
        out += [style(f"{result.path}:", bold=True) + " " + style(f"[{text('label.note')(lang)}]", fg="blue")
                + " " + note(lang), ""]
    for finding in result.findings[:MAX_SHOWN_FINDINGS]:
        out += render_finding(finding, source_text, lang, style)
        out.append("")
    out += left_out(result.path, len(result.findings), MAX_SHOWN_FINDINGS, "report.findings_left_out", lang)
    out += remark_blocks(result.remarks, lambda _remark: source_text, lang, style)
    for note in result.unread[:MAX_SHOWN_UNREAD]:  # a draft's sentences extraction could not read (待确认)
        out += render_problem(result.path, note, source_text, lang, style, "label.unread", "cyan")
        out.append("")
    out += left_out(result.path, len(result.unread), MAX_SHOWN_UNREAD, "report.unread_left_out", lang)
    return out


def remark_blocks(remarks: list[Remark], source_of, lang: Lang, style: Style) -> list[str]:
    """The remarks after the findings, each a ``[提示]`` block under one line saying they are not problems
    (none at all without remarks); ``source_of(remark)`` is the text its line is quoted from."""
    if not remarks:
        return []
    out = [style(text("report.remarks_head", count=len(remarks))(lang), fg="blue"), ""]
    for remark in remarks[:MAX_SHOWN_FINDINGS]:
        out += render_finding(remark, source_of(remark), lang, style)
        out.append("")
    return out


def summary(results: list[FileResult], lang: Lang) -> str:
    """The closing line: files checked (how many of them work plans), errors, warnings, unreadable files.

    With no finding it says so, and how many of the drafts' sentences are left to check by hand (待确认)
    if there are any: "no problems" alone under a list of 待确认 sentences would read as a clean bill."""
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    unreadable = sum(1 for r in results if r.error is not None)
    count = sum(1 for r in results if getattr(r, "kind", "rules") == "plan")
    plans = text("summary.plans", count=count)(lang) if count else ""
    unread = sum(len(getattr(r, "unread", None) or ()) for r in results)
    # remarks are no problems: never in the counts, said after them ("另有 N 条提示")
    remarks = sum(len(getattr(r, "remarks", None) or ()) for r in results)
    noted = text("summary.remarks", count=remarks)(lang) if remarks else ""
    if not errors and not warnings and not unreadable:
        if unread:
            return text("summary.clean_unread", files=len(results), plans=plans, unread=unread)(lang) + noted
        return text("summary.clean", files=len(results), plans=plans)(lang) + noted
    extra = text("summary.unreadable", count=unreadable)(lang) if unreadable else ""
    line = text("summary.findings", files=len(results), plans=plans, errors=errors, warnings=warnings,
                unreadable=extra)(lang)
    if unread:  # the sentences left 待确认 were not checked: say so under the findings too
        line += text("summary.unread", count=unread)(lang)
    return line + noted


def render(results: list[FileResult], lang: Lang = "zh", color: bool = False) -> str:
    """The ``check`` report: each file's block, then the summary."""
    style = Style(color)
    out: list[str] = []
    for result in results:
        out += file_block(result, lang, style)
    out.append(summary(results, lang))
    return "\n".join(out) + "\n"
