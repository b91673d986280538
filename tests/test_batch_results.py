"""What crosses process boundaries in a batch: an audit keeps no parsed models; a worker's ruleset is resolved here."""

from __future__ import annotations

from pathlib import Path

from policy_lint import engine
from policy_lint.audit import audit_province
from policy_lint.models import Rules

STATS = Path("samples/shanxi/stats-2020.csv")


def test_an_audit_keeps_each_countys_metadata_and_not_its_model(repo_root):
    audit = audit_province(Path("samples/shanxi"), STATS, jobs=2)
    units = [u for c in audit.cities if c.review is not None for u in c.review.units if u.readable]
    assert units
    for unit in units:
        assert isinstance(unit.rules, Rules) and unit.rules.metadata.county is not None
        assert unit.rules.conditions is None and unit.rules.materials == () and unit.rules.schedules == ()
        assert unit.plan_result is None or unit.plan_result.rules is None


def test_an_audit_on_one_process_and_on_two_is_the_same(repo_root):
    one, two = audit_province(Path("samples/shanxi"), STATS, jobs=1), audit_province(Path("samples/shanxi"), STATS,
                                                                                      jobs=2)
    assert [f.model_dump() for f in one.findings] == [f.model_dump() for f in two.findings]
    assert [(u.name, u.verdict, u.rules) for c in one.cities if c.review for u in c.review.units] == \
        [(u.name, u.verdict, u.rules) for c in two.cities if c.review for u in c.review.units]


def test_a_workers_results_carry_this_processs_ruleset(repo_root):
    items = engine.discover([Path("samples/shanxi"), Path("samples/zhejiang")])
    assert len(items) >= engine.PARALLEL_MIN_FILES
    results = engine.check_many(items, jobs=2, keep_models=False)
    alone = engine.check_many(items, jobs=1, keep_models=False)
    rulesets = [r.ruleset for r in results if r.ruleset is not None]
    assert rulesets
    for result, same in zip(results, alone):
        assert result.ruleset is same.ruleset  # resolved once, here: the worker sent only its name and year
        assert result.findings == same.findings
