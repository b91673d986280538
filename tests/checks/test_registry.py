"""The check registry and the docstring reader (policy_lint.checks): selection by prefix, lookup, titles,
families and the docs sections every check's documentation is read from."""

from __future__ import annotations

import pytest

from policy_lint import checks
from policy_lint.checks import Check, code_blocks, parse_sections


def _codes(found):
    return [c.code for c in found]


def test_select_keeps_the_selected_prefixes_and_drops_the_ignored_ones_ruff_style():
    every = _codes(checks.all_checks())
    assert _codes(checks.select(None, None)) == every
    assert _codes(checks.select(["pl2"], None)) == [c for c in every if c.startswith("PL2")]  # case-blind
    assert _codes(checks.select(["PL2", "PL70"], None)) == [c for c in every if c.startswith(("PL2", "PL70"))]
    assert _codes(checks.select(None, ["pl1"])) == [c for c in every if not c.startswith("PL1")]
    assert _codes(checks.select(["PL2"], ["PL201"])) == [c for c in every if c.startswith("PL2") and c != "PL201"]
    assert checks.select(["PL999"], None) == []


def test_get_is_case_blind_and_none_for_an_unknown_code():
    assert checks.get("pl201") is checks.get("PL201") is not None
    assert checks.get("PL999") is None


def test_a_check_names_its_title_in_both_languages_and_its_family_by_the_code_s_first_digit():
    check = checks.get("PL201")
    assert check.title().zh == "要求提供禁止的证明材料" and check.title().en == check.title_en
    assert check.family() == "2" and checks.get("PL703").family() == "7"
    assert checks.FAMILIES["2"].zh and checks.FAMILIES["2"].zh != checks.FAMILIES["7"].zh


def test_every_check_is_registered_once_and_a_code_must_look_like_pl101():
    every = _codes(checks.all_checks())
    assert every == sorted(set(every)) and all(len(c) == 5 for c in every)
    with pytest.raises(TypeError, match="PL101"):
        type("Bad", (Check,), {"code": "X1"})
    with pytest.raises(TypeError, match="already used"):
        type("Twice", (Check,), {"code": "PL201", "message": ("", ""), "fix": ("", "")})


def test_the_docs_sections_are_read_by_heading_dedented_and_their_code_blocks_by_language():
    doc = """Title

        ## 示例
        ```rules
        证明材料 {
            独生子女证
        }
        ```

        ## 改为
        ```rules
        证明材料 {}
        ```
        ```toml
        x = 1
        ```
        """
    sections = parse_sections(doc)
    assert list(sections) == ["示例", "改为"]
    assert sections["示例"].startswith("```rules\n证明材料 {\n    独生子女证\n}")
    assert code_blocks(sections["改为"]) == [("rules", "证明材料 {}\n"), ("toml", "x = 1\n")]
    assert parse_sections("Title only") == {}


def test_in_scopes_lists_the_checks_of_those_scopes_only():
    assert _codes(checks.in_scopes("statistics")) == [c.code for c in checks.all_checks() if c.scope == "statistics"]
    assert set(_codes(checks.in_scopes("rules", "city"))) == {c.code for c in checks.all_checks()
                                                              if c.scope in ("rules", "city")}
    assert checks.family_scope("strictness") == "rules" and checks.family_scope("plans") == "plan"
