"""Work plans (工作方案, ``*.plan``): the shared grammar with the plan's vocabulary, built into a
:class:`~policy_lint.plan_models.Plan`.

Read like the rules (:func:`policy_lint.source.read`), built by :mod:`policy_lint.plan_build`;
seen by the plan checks (family 8, scope ``"plan"``) and by the checks that read plans too
(``plans_too``, e.g. PL001).  Reported as a :class:`~policy_lint.results.PlanResult`.
See docs/plans.md.
"""

from __future__ import annotations

from pathlib import Path

from ..checks import Check
from ..results import PlanResult
from . import Kind, Read

SUFFIXES = (".plan",)


def read(path: Path, display: str) -> Read:
    from ..source import read as read_text

    return Read(source=read_text(path, display))


def model(read: Read):
    from ..plan_build import parse_plan

    return parse_plan(read.source)


def sees(check: type[Check]) -> bool:
    return check.scope == "plan" or check.plans_too


def run(check: Check, plan, ruleset):
    return check.run_plan(plan, ruleset)


KIND = Kind(name="plan", suffixes=SUFFIXES, in_folders=True, read=read, model=model, sees=sees, run=run,
            scopes=("plan", "rules"), result=PlanResult)
