"""The docs are executed: every check's documented example fires and its 'use instead' does not."""

from __future__ import annotations

import pytest

from policy_lint import checks
from policy_lint.docs import REQUIRED_SECTIONS
from policy_lint.ruleset import PARAMETERS

from ..helpers import example_city, run_check, run_city_check, run_stats_check
from .test_cases import run_plan_check

ALL = checks.all_checks()


def _run_example(check, section_name, tmp_path):
    if check.scope == "city":
        directory = example_city(tmp_path / "city", check.docs().get(section_name, ""))
        return run_city_check(check.code, directory)
    fires, silent = check.examples()
    source = fires if section_name == "示例" else silent
    if check.scope == "statistics":
        return run_stats_check(check.code, source, tmp_path)
    if check.scope == "plan":
        return run_plan_check(check.code, source)
    assert source.strip(), f"{check.code} has no example in ## {section_name}"
    return run_check(check.code, source)


@pytest.mark.parametrize("check", ALL, ids=lambda c: c.code)
def test_example_fires(check, tmp_path):
    assert _run_example(check, "示例", tmp_path), f"{check.code}: its example does not fire"


@pytest.mark.parametrize("check", ALL, ids=lambda c: c.code)
def test_use_instead_is_silent(check, tmp_path):
    assert check.docs().get("改为", "").strip(), f"{check.code} has no 'use instead'"
    assert _run_example(check, "改为", tmp_path) == [], f"{check.code}: its 'use instead' fires"


@pytest.mark.parametrize("check", ALL, ids=lambda c: c.code)
def test_documentation_is_complete(check):
    docs = check.docs()
    missing = [s for s in REQUIRED_SECTIONS if not docs.get(s)]
    assert not missing, f"{check.code} lacks sections {missing}"
    assert check.title().zh and check.title_en
    assert check.parameters and all(p in PARAMETERS for p in check.parameters)
    # the Chinese and English templates fill the same placeholders
    import string

    for zh, en in (check.message, check.fix):
        # (an English template may use NAME_en where the Chinese one uses NAME)
        fields = [{f.removesuffix("_en") for _, f, _, _ in string.Formatter().parse(t) if f} for t in (zh, en)]
        assert fields[0] == fields[1], f"{check.code}: zh and en templates use different placeholders {fields}"


def test_names_are_unique():
    assert len({c.name for c in ALL}) == len(ALL)  # codes are unique by construction (the registry refuses a reused code)
