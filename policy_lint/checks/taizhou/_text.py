"""Small text helpers shared by the 台州 checks (PL501-PL505)."""

from __future__ import annotations

import re

from ...models import Rules, Span, Value

# Marks that may wrap a document or platform name.
_MARKS = re.compile(r"[《》〈〉“”‘’「」『』\"'\s]")

# A negation just before a phrase: 不得跨区域, 严禁超计划, 除本区外.
_NEGATION = re.compile(r"(?:(?:不得|严禁|禁止|不准|不能|不可|不允许|不应|不|勿|毋|无)(?:擅自|再|向)?|除\S{0,3})$")

# Clause separators: a negation does not reach across them.
_CLAUSE = re.compile(r"[、，；。,;：:]")


def bare(text: str) -> str:
    """``text`` without quotation marks, book-title marks and spaces."""
    return _MARKS.sub("", text)


def negated(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` in ``text`` is negated within its clause."""
    clause = _CLAUSE.split(text[:start])[-1]
    return bool(_NEGATION.search(clause))


def first_affirmed(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that is not negated."""
    for match in pattern.finditer(text):
        if not negated(text, match.start()):
            return match
    return None


def part_span(value: Value[str], start: int, end: int) -> Span:
    """The span of ``value.raw[start:end]`` when it can be placed exactly, else the value's span.

    A value joined from several words (``、``) or written in quotes is wider than its raw text
    only by quotes and spaces; when the widths agree every raw offset is a source column.
    """
    span = value.span
    if span.line == span.end_line and span.end_column - span.column == len(value.raw):
        return Span(line=span.line, column=span.column + start, end_line=span.line, end_column=span.column + end)
    return span


def document_anchor(rules: Rules) -> Span:
    """Where to report something missing from the whole document: 基本信息, or line 1."""
    if rules.metadata.span is not None:
        return rules.metadata.span
    return Span(line=1, column=1, end_line=1, end_column=1)
