"""The docs are executed: every check's documented example fires and its 'use instead' does not."""

from __future__ import annotations

import pytest

from policy_lint import checks
from policy_lint.docs import REQUIRED_SECTIONS
from policy_lint.ruleset import PARAMETERS

from ..helpers import run_check

ALL = checks.all_checks()


@pytest.mark.parametrize("check", ALL, ids=lambda c: c.code)
def test_example_fires(check):
    fires, _ = check.examples()
    assert fires.strip(), f"{check.code} has no example"
    assert [f.code for f in run_check(check.code, fires)], f"{check.code}: its example does not fire"


@pytest.mark.parametrize("check", ALL, ids=lambda c: c.code)
def test_use_instead_is_silent(check):
    _, silent = check.examples()
    assert silent.strip(), f"{check.code} has no 'use instead'"
    assert run_check(check.code, silent) == [], f"{check.code}: its 'use instead' fires"


@pytest.mark.parametrize("check", ALL, ids=lambda c: c.code)
def test_documentation_is_complete(check):
    docs = check.docs()
    missing = [s for s in REQUIRED_SECTIONS if not docs.get(s)]
    assert not missing, f"{check.code} lacks sections {missing}"
    assert check.title().zh and check.title_en
    assert check.parameters and all(p in PARAMETERS for p in check.parameters)
    assert "{" in check.message[0] or check.message[0]


def test_codes_and_names_are_unique():
    assert len({c.code for c in ALL}) == len(ALL)
    assert len({c.name for c in ALL}) == len(ALL)
