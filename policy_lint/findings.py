"""A finding: one cited fault at one place in one document; a remark: one cited observation that is not a fault."""

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


@record
class Remark(Model):
    """What a check noticed that is not a fault (提示): an observation for the reviewer, cited and placed.

    A rule more generous than the baseline (admission without a residence permit) breaks no law; a
    check says so as a remark, with what the reviewer should look at (``look``) instead of a remedy.
    Remarks are yielded by checks beside findings and kept apart from them (``FileResult.remarks``):
    they never count as problems, never change the exit code, a review's verdict or an audit's figure.
    """

    code: str
    name: str
    path: str
    span: Span
    message: LocalText
    look: LocalText
    basis: ResolvedParameter
    #: a remark of absence ("none of the conditions is about the permit") rests on the document saying
    #: nothing of the kind: the words (a regular expression) which, in a sentence left 待确认, leave it unsaid
    premise: str = ""

    #: how the reports name a remark's kind beside error and warning (``label.remark``)
    @property
    def severity(self) -> str:
        return "remark"

    #: a finding's remedy is its suggestion; a remark's is what to look at
    @property
    def suggestion(self) -> LocalText:
        return self.look

    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.code)


def unsaid(remarks: list[Remark], unread_texts: list[str]) -> list[Remark]:
    """``remarks`` but those whose premise a sentence left 待确认 contradicts: "no condition is about the
    permit" cannot be said of a draft with a sentence naming the permit that was not read (that sentence is
    listed 待确认 for the reviewer already)."""
    import re

    from .normalise import fold_text

    # read as the vocabulary writes them: 居住證 in a draft in traditional characters names the permit too
    folded = [fold_text(sentence) for sentence in unread_texts]
    return [r for r in remarks
            if not r.premise or not any(re.search(r.premise, sentence) for sentence in folded)]


def split(found) -> tuple[list[Finding], list[Remark]]:
    """``found`` (what checks yielded) as its findings and its remarks, each in its order."""
    findings, remarks = [], []
    for item in found:
        (remarks if isinstance(item, Remark) else findings).append(item)
    return findings, remarks
