"""The grammar builds with strict=True (a new LALR or lexer conflict fails CI)."""

from __future__ import annotations

from policy_lint.syntax import parser


def test_grammar_builds_strict():
    p = parser(strict=True)
    tree = p.parse("基本信息 ｛\n  省：山西省\n｝\n")
    assert tree.data == "start"


def test_the_points_section_reads_a_threshold_and_what_becomes_of_a_child_below_it():
    """门槛 and 未达标 (and their aliases) are entries of 积分入学, kept as written with their places."""
    from policy_lint.build import parse
    from policy_lint.source import decode

    rules = parse(decode("积分管理 {\n    最低分数线: 积分达到60分\n    积分不足: 统筹安排\n}\n".encode("utf-8"), "p.rules"))
    assert rules.points.threshold.value == "积分达到60分" and rules.points.threshold.span.line == 2
    assert rules.points.below.value == "统筹安排" and rules.points.below.span.column == 11


def test_an_unknown_points_entry_is_an_error_with_a_did_you_mean():
    import pytest

    from policy_lint.build import parse
    from policy_lint.errors import InputError
    from policy_lint.source import decode

    with pytest.raises(InputError) as caught:
        parse(decode("积分入学 {\n    门坎: 60分\n}\n".encode("utf-8"), "p.rules"))
    assert "门槛" in caught.value.problems[0].message.zh
