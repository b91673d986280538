"""PL101's wording of the ceiling (policy_lint.checks.strictness.permit_holding_time).

Every bundled ruleset sets the permit holding ceiling to 0 (a valid permit suffices), so the TOML cases only
ever see that wording; a ruleset with a ceiling in months (a province setting 12) gets the other one."""

from __future__ import annotations

from policy_lint.checks.strictness.permit_holding_time import PermitHoldingTimeAboveBaseline


def test_a_ceiling_in_months_is_stated_with_its_months_in_the_message_and_the_fix():
    values = PermitHoldingTimeAboveBaseline().values(12)
    assert set(values) == {"over", "action"}
    assert (values["over"].zh, values["over"].en) == ("高于上限 12 个月。", "above the ceiling of 12 months.")
    assert "12" in values["action"].zh and "12" in values["action"].en


def test_no_ceiling_at_all_says_a_valid_permit_suffices():
    values = PermitHoldingTimeAboveBaseline().values(0)
    assert set(values) == {"over", "action"}
    assert values["over"].zh != PermitHoldingTimeAboveBaseline().values(12)["over"].zh
