"""What checking one file gives back: :class:`FileResult` (rules and drafts) and :class:`PlanResult` (work plans).

A low module on purpose: the pipeline (:mod:`policy_lint.engine`) fills these, the document kinds
(:mod:`policy_lint.kinds`) say which one a kind returns, and the renderers, ``review`` and ``audit``
read them; none of those needs to import another to name the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import InputError, Problem
from .findings import Finding, Remark
from .models import Rules
from .ruleset import ResolvedRuleset
from .source import Source


@dataclass
class FileResult:
    """The outcome for one file: its findings, or the error that stopped it.

    ``kind`` is the document kind: ``"rules"`` (``rules`` holds the parsed
    :class:`~policy_lint.models.Rules`) or ``"plan"`` (a :class:`PlanResult`,
    whose ``rules`` holds the :class:`~policy_lint.plan_models.Plan`).
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
    #: what the checks noticed that is not a fault (提示): shown apart, never counted as a problem
    remarks: list[Remark] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")


@dataclass
class PlanResult(FileResult):
    """A :class:`FileResult` for a work plan: ``rules`` holds the plan (also as ``plan``);
    ``kind`` is ``"plan"``."""

    kind: str = "plan"

    @property
    def plan(self):
        """The :class:`~policy_lint.plan_models.Plan`, or None when it could not be read."""
        return self.rules
