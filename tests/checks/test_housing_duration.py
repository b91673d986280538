"""PL109 on a condition made without its lengths (a model built by hand, not by the rules builder)."""

from __future__ import annotations

import textwrap

from policy_lint import checks
from policy_lint.build import parse
from policy_lint.engine import check_rules, resolved
from policy_lint.source import decode


def test_a_condition_without_lengths_is_reported_at_its_longest_length():
    rules = parse(decode(textwrap.dedent("""\
        入学条件 {
            住所: 在本县租房满2年
        }
        """).encode("utf-8"), "case.rules"))
    condition = rules.conditions.items[0]
    assert condition.lengths and condition.months_span != condition.span
    bare = condition.model_copy(update={"lengths": ()})
    rules = rules.model_copy(update={"conditions": rules.conditions.model_copy(update={"items": (bare,)})})
    check = checks.get("PL109")
    (finding,) = check_rules(rules, resolved(check.example_ruleset, None, None), [check])
    assert finding.span == condition.months_span  # the words of the length, not the whole condition
    assert finding.code == "PL109" and "24" in finding.message.en
