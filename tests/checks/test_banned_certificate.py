"""PL201's reading of a condition's text where the TOML cases cannot reach: a value whose columns are not
the source's (a condition spread over several lines, as a reader other than the rules parser may build one)."""

from __future__ import annotations

from policy_lint.checks.certificates.banned_certificate import _banned_in_condition
from policy_lint.models import Condition, ConditionKind, Span

BANNED = {"计划生育证明", "超过正常入学年龄证明", "户籍地无人监护证明"}


def condition(raw: str, span: Span) -> Condition:
    return Condition(kind=ConditionKind.other, key="其他", raw=raw, span=span)


def test_a_condition_over_several_lines_is_reported_at_its_start():
    span = Span(line=4, column=9, end_line=5, end_column=13)
    found = list(_banned_in_condition(condition("提供户口簿、超龄证明", span), BANNED))
    assert found == [("超龄证明", "超过正常入学年龄证明", span)]


def test_a_one_line_condition_whose_text_is_not_its_columns_is_reported_at_its_start():
    span = Span(line=4, column=9, end_line=4, end_column=30)  # wider than the text: separators were joined
    found = list(_banned_in_condition(condition("提供户口簿、超龄证明", span), BANNED))
    assert found == [("超龄证明", "超过正常入学年龄证明", span)]


def test_a_one_line_condition_is_reported_at_the_certificate_as_written():
    raw = "提供户口簿、獨生子女證"
    span = Span(line=4, column=9, end_line=4, end_column=9 + len(raw))
    ((alias, name, at),) = _banned_in_condition(condition(raw, span), BANNED)
    assert (alias, name) == ("獨生子女證", "计划生育证明")
    assert (at.line, at.column, at.end_line, at.end_column) == (4, 15, 4, 20)


def test_a_banned_name_without_an_english_gloss_is_named_as_written():
    from policy_lint.checks.certificates._names import describe, gloss

    assert gloss("某某证明") == "'某某证明'" and gloss("计划生育证明") == "family-planning certificate (计划生育证明)"
    said = describe("某某证明", "某某证明")
    assert (said.zh, said.en) == ("属于禁止要求的证明材料", "a banned certificate")
    said = describe("某证", "某某证明")
    assert (said.zh, said.en) == ("属于“某某证明”", "a '某某证明'")
    said = describe("超龄证明", "超过正常入学年龄证明")
    assert said.en == "an over-age certificate (超过正常入学年龄证明)"
