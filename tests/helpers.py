"""Small helpers shared by the tests."""

from __future__ import annotations

import textwrap

from policy_lint import checks
from policy_lint.build import parse
from policy_lint.engine import check_rules, resolved
from policy_lint.source import decode


def run_check(code: str, source: str, ruleset: str | None = None, path: str = "case.rules"):
    """Findings of the check ``code`` alone on ``source`` under ``ruleset`` (default: the check's)."""
    check = checks.get(code)
    assert check is not None, f"no check {code}"
    rules = parse(decode(textwrap.dedent(source).encode("utf-8"), path))
    year = rules.metadata.year.value if rules.metadata.year else None
    return check_rules(rules, resolved(ruleset or check.example_ruleset, year), [check])
