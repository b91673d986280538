"""A finding: one cited fault at one place in one document."""

from __future__ import annotations

from typing import Literal

from .messages import LocalText
from .models import Model, Span
from .record import record
from .ruleset import ResolvedParameter

Severity = Literal["error", "warning"]


@record
class Finding(Model):
    """What a check found.

    ``message`` states the fact; ``suggestion`` the remedy; ``basis`` is the
    resolved ruleset parameter the finding enforces, with its value, the layer
    that set it and its citation.
    """

    code: str
    name: str
    severity: Severity
    path: str
    span: Span
    message: LocalText
    suggestion: LocalText
    basis: ResolvedParameter

    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.code)
