"""Small text helpers shared by the 台州 checks (PL501-PL505)."""

from __future__ import annotations


from ...models import Rules, Span, Value
from ...normalise import fold
from .._text import first_affirmed, negated  # noqa: F401  (the 台州 checks import them from here)
from ... import lazy_re

# Marks that may wrap a document or platform name.
_MARKS = lazy_re.compile(r"[《》〈〉“”‘’「」『』\"'\s]")


def bare(text: str) -> str:
    """``text`` without quotation marks, book-title marks and spaces."""
    return _MARKS.sub("", text)


def part_span(value: Value[str], start: int, end: int) -> Span:
    """The span of ``fold(value.raw).text[start:end]`` (the checks read a value folded, see
    policy_lint.normalise) when it can be placed exactly, else the value's span.

    A value joined from several words (``、``) or written in quotes is wider than its raw text
    only by quotes and spaces; when the widths agree every raw offset is a source column.
    """
    span = value.span
    start, end = fold(value.raw).span(start, end)
    if span.line == span.end_line and span.end_column - span.column == len(value.raw):
        return Span(line=span.line, column=span.column + start, end_line=span.line, end_column=span.column + end)
    return span


def document_anchor(rules: Rules) -> Span:
    """Where to report something missing from the whole document: 基本信息, or line 1."""
    if rules.metadata.span is not None:
        return rules.metadata.span
    return Span(line=1, column=1, end_line=1, end_column=1)
