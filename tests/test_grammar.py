"""The grammar builds with strict=True (a new LALR or lexer conflict fails CI)."""

from __future__ import annotations

from policy_lint.syntax import parser


def test_grammar_builds_strict():
    p = parser(strict=True)
    tree = p.parse("基本信息 ｛\n  省：山西省\n｝\n")
    assert tree.data == "start"
