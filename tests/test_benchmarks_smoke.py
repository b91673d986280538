"""The benchmark corpus generator makes documents that parse (a smoke test: nothing here is timed)."""

from __future__ import annotations

import pytest

from benchmarks import corpus
from policy_lint import engine
from policy_lint.build import parse
from policy_lint.source import Source


def test_five_generated_units_parse_and_get_a_ruleset():
    units = corpus.units(5)
    assert len(units) == 5
    assert len({u.province for u in units}) == 5  # spread over the country
    for unit in units:
        text = unit.text
        assert 60 <= text.count("\n") <= 200
        rules = parse(Source(unit.relpath, text, "utf-8"))
        assert rules.metadata.province.value == unit.province
        assert rules.metadata.county.value == unit.county
        assert engine.ruleset_for(rules, None).name  # the region resolves to a ruleset


def test_the_generator_is_deterministic_and_uses_the_real_regions():
    first = corpus.units()
    assert len(first) == corpus.TOTAL_UNITS
    assert len({u.province for u in first}) == 31
    assert [u.text for u in corpus.units(5)] == [u.text for u in corpus.units(5)]
    jincheng = sorted(u.county for u in first if u.city == "晋城市")
    assert jincheng == sorted(corpus.REAL_COUNTIES["晋城市"])
    shanxi = next(u for u in first if u.city == "晋城市")
    rules = parse(Source(shanxi.relpath, shanxi.text, "utf-8"))
    assert engine.ruleset_for(rules, None).name == "jincheng-2021"


def test_the_key_counties_work_plans_parse():
    plans = pytest.importorskip("policy_lint.plans")
    planned = [u for u in corpus.all_units() if u.has_plan]
    assert len(planned) == 11
    for unit in planned[:3]:
        plan = plans.parse_plan(Source(unit.plan_relpath, unit.plan_text, "utf-8"))
        assert plan is not None
