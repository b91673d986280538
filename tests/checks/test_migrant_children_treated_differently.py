"""PL304's reading of the last tier of an order of tiers (``_last_tier``): what the second finding quotes."""

from __future__ import annotations

from policy_lint.checks.enrolment.migrant_children_treated_differently import _last_tier
from policy_lint.normalise import fold_text


def _tier(value: str) -> str | None:
    return _last_tier(fold_text(value))


def test_three_tiers_are_an_order_and_its_last_tier_is_read():
    # two separators, three tiers: an order (one separator is one sentence of two parts, not read)
    assert _tier("有户有房、有户无房、无户无房") == "无户无房"
    assert _tier("优先安排本县户籍学生、剩余学位安排随迁子女") is None


def test_the_last_tier_keeps_its_label_and_loses_a_stray_comma():
    assert _tier("有户有房、有户无房、X.无户无房") == "X.无户无房"
    assert _tier("有户有房、有户无房、，无户无房") == "无户无房"


def test_a_last_tier_ending_in_a_refusal_is_still_the_tier():
    # 无户无房的不予安排: the tier's own words end in 不予, which negates nothing before the tier (PL304)
    assert _tier("①有户有房②有户无房③无户无房的不予安排") == "无户无房的不予"
