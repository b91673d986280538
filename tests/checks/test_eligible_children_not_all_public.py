"""PL807 under a city that dates more than one eligible-pupils target (no bundled ruleset does: Taizhou sets
only 2023): each year is judged on its own, after a year already met or one the plan says nothing about."""

from __future__ import annotations

import textwrap

from policy_lint import checks
from policy_lint.plan_build import parse_plan
from policy_lint.ruleset import resolve
from policy_lint.source import decode


def _findings(plan_text: str, targets: dict[str, float]):
    ruleset = resolve("taizhou-2021")
    param = ruleset.params["plan_eligible_public_targets"]
    ruleset = ruleset.model_copy(update={"params": {**ruleset.params,
                                                    "plan_eligible_public_targets": param.model_copy(update={"value": targets})}})
    plan = parse_plan(decode(textwrap.dedent(plan_text).encode("utf-8"), "case.plan"))
    return list(checks.get("PL807")().run_plan(plan, ruleset))


def test_a_later_year_is_still_judged_after_an_earlier_year_already_met():
    plan = """\
        目标 {
            2022年 {
                符合条件公办就读比例: 95%
            }
            2023年 {
                符合条件公办就读比例: 98%
            }
        }
        """
    (finding,) = _findings(plan, {"2022": 95.0, "2023": 100.0})
    assert (finding.code, finding.span.line, finding.span.column) == ("PL807", 6, 21)
    assert finding.message.zh == ("「符合条件公办就读比例」2023 年目标为 98%，台州市要求至 2023 年符合条件的随迁子女全部就读公办学校"
                                  "（该目标折合 98%）。")


def test_a_later_year_is_still_judged_after_a_year_the_plan_says_nothing_about():
    plan = """\
        目标 {
            2023年 {
                符合条件公办就读比例: 90%
            }
        }
        """
    (finding,) = _findings(plan, {"2022": 100.0, "2023": 100.0})
    assert (finding.span.line, finding.span.column, finding.severity) == (3, 21, "error")
    assert "by 2023 (this target is 90%)" in finding.message.en
    assert finding.suggestion.zh.startswith("在「目标」的 2023 年写明")
