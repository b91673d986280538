"""Terminal output: one block per finding, the source line with a caret, the citation and the fix."""

from __future__ import annotations

import unicodedata

import typer

from ..engine import FileResult
from ..errors import InputError, Problem
from ..findings import Finding
from ..messages import Lang, text


def display_width(s: str) -> int:
    """Columns ``s`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def caret_lines(source_line: str, column: int, end_column: int | None) -> tuple[str, str]:
    """The source line (tabs expanded) and a caret line under columns [column, end_column)."""
    line = source_line.replace("\t", " ")
    start = max(column - 1, 0)
    end = end_column - 1 if end_column and end_column - 1 > start else start + 1
    end = min(end, max(len(line), start + 1))
    pad = display_width(line[:start])
    width = max(display_width(line[start:end]), 1)
    return line, " " * pad + "^" * width


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, s: str, **kw) -> str:
        return typer.style(s, **kw) if self.color else s


def _gutter_block(style: _Style, line_no: int, source_line: str, column: int, end_column: int | None,
                  caret_color: str) -> list[str]:
    line, carets = caret_lines(source_line, column, end_column)
    width = len(str(line_no))
    bar = style(" " * width + " |", fg="blue")
    return [
        bar,
        style(f"{line_no} |", fg="blue") + " " + line,
        bar + " " + style(carets, fg=caret_color, bold=True),
    ]


def render_finding(f: Finding, source_text: str | None, lang: Lang, style: _Style) -> list[str]:
    label = text(f"label.{f.severity}")(lang)
    color = "red" if f.severity == "error" else "yellow"
    head = (
        style(f"{f.path}:{f.span.line}:{f.span.column}:", bold=True) + " "
        + style(f"{f.code}", fg=color, bold=True) + " "
        + style(f"[{label}]", fg=color) + " " + f.message(lang)
    )
    out = [head]
    if source_text is not None:
        lines = source_text.split("\n")
        if 1 <= f.span.line <= len(lines):
            end = f.span.end_column if f.span.end_line == f.span.line else None
            out += _gutter_block(style, f.span.line, lines[f.span.line - 1], f.span.column, end, color)
    c = f.basis.citation
    layer = f.basis.layer_title_en if lang == "en" else f.basis.layer_title
    indent = " " * (len(str(f.span.line)) + 1)
    unverified = text("label.unverified")(lang) if not c.verified else ""
    if lang == "en":
        basis = f"{c.label()}: “{c.quote}”{unverified} ({text('label.layer')(lang)}: {layer})"
    else:
        basis = f"{c.label()}：“{c.quote}”{unverified}（{text('label.layer')(lang)}：{layer}）"
    out.append(f"{indent}= {text('label.basis')(lang)}: {basis}")
    if c.note:
        out.append(f"{indent}  {text('label.note')(lang)}: {c.note}")
    out.append(f"{indent}= {text('label.fix')(lang)}: {f.suggestion(lang)}")
    return out


def render_problem(path: str, problem: Problem, source_text: str | None, lang: Lang, style: _Style) -> list[str]:
    label = text("label.error")(lang)
    where = path
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    out = [style(f"{where}:", bold=True) + " " + style(f"[{label}]", fg="red") + " " + problem.message(lang)]
    if source_text is not None and problem.line is not None:
        lines = source_text.split("\n")
        if 1 <= problem.line <= len(lines):
            out += _gutter_block(style, problem.line, lines[problem.line - 1], problem.column or 1,
                                 problem.end_column, "red")
    return out


def render_error(error: InputError, lang: Lang, style: _Style) -> list[str]:
    out: list[str] = []
    for problem in error.problems:
        out += render_problem(error.path, problem, error.source_text, lang, style)
        out.append("")
    return out


def render(results: list[FileResult], lang: Lang = "zh", color: bool = False) -> str:
    style = _Style(color)
    out: list[str] = []
    for result in results:
        if result.error is not None:
            out += render_error(result.error, lang, style)
            continue
        source_text = result.source.text if result.source else None
        for finding in result.findings:
            out += render_finding(finding, source_text, lang, style)
            out.append("")
    out.append(summary(results, lang))
    return "\n".join(out) + "\n"


def summary(results: list[FileResult], lang: Lang) -> str:
    errors = sum(r.errors for r in results)
    warnings = sum(r.warnings for r in results)
    unreadable = sum(1 for r in results if r.error is not None)
    if not errors and not warnings and not unreadable:
        return text("summary.clean", files=len(results))(lang)
    extra = text("summary.unreadable", count=unreadable)(lang) if unreadable else ""
    return text("summary.findings", files=len(results), errors=errors, warnings=warnings, unreadable=extra)(lang)
