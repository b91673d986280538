"""PL401 with a tolerance in months (policy_lint.checks.consistency.duration_condition_inconsistent).

The only bundled ruleset with the consistency checks (shanxi-2021) sets consistency_months_tolerance to 0,
so the TOML cases never see the words a non-zero tolerance adds; a ruleset allowing 3 months would."""

from __future__ import annotations

from policy_lint.checks.consistency.duration_condition_inconsistent import DurationConditionInconsistentInCity

from ..helpers import run_city_check, write_city

RULES = "入学条件 {{\n    居住证: 持有有效居住证\n    居住: 连续居住满{months}\n}}\n"


def test_a_county_beyond_a_tolerance_in_months_is_told_the_gap_and_the_tolerance(tmp_path, monkeypatch):
    monkeypatch.setattr(DurationConditionInconsistentInCity, "tolerance", lambda self, city: 3)
    files = {"城区": RULES.format(months="半年"), "泽州县": RULES.format(months="半年"),
             "阳城县": RULES.format(months="半年"), "沁水县": RULES.format(months="一年"),
             "高平市": RULES.format(months="八个月")}
    findings = run_city_check("PL401", write_city(tmp_path / "city", files))
    assert [f.path.rsplit("/", 1)[-1] for f in findings] == ["沁水县.rules"]  # 8 months is within 3 of 6
    (finding,) = findings
    assert "居住时长为 12 个月（“连续居住满一年”），全市通行为 6 个月（城区、泽州县、阳城县），相差 6 个月，超过允许的 3 个月" \
        in finding.message.zh, finding.message.zh
    assert ", 6 months apart, beyond the tolerance of 3" in finding.message.en, finding.message.en
