"""The 台州 checks' text helpers (policy_lint.checks.taizhou._text) at their edges: where a part of a value
is placed, where a document-level finding goes, what a bare name keeps."""

from __future__ import annotations

from policy_lint.build import parse
from policy_lint.checks.taizhou._text import bare, document_anchor, part_span
from policy_lint.models import Span, Value
from policy_lint.source import decode



def parse_rules(source: str):
    return parse(decode(source.encode("utf-8"), "case.rules"))


def _value(raw: str, span: Span) -> Value[str]:
    return Value(value=raw, raw=raw, span=span)


def test_a_part_of_a_one_line_value_is_placed_at_its_own_columns():
    value = _value("全市统一平台", Span(line=3, column=10, end_line=3, end_column=16))
    assert part_span(value, 2, 4) == Span(line=3, column=12, end_line=3, end_column=14)


def test_a_value_wider_than_its_text_keeps_its_own_span():
    # written in quotes: the source columns are not the raw text's offsets
    span = Span(line=3, column=10, end_line=3, end_column=18)
    assert part_span(_value("全市统一平台", span), 2, 4) == span


def test_a_value_over_several_lines_keeps_its_own_span():
    # as wide as its text, but on two lines: a column on the first line says nothing of the second
    span = Span(line=3, column=10, end_line=4, end_column=16)
    assert part_span(_value("全市统一平台", span), 2, 4) == span


def test_a_finding_about_the_whole_document_goes_to_its_basic_information_or_to_line_1():
    with_metadata = parse_rules("基本信息 {\n    年度: 2021\n}\n入学条件 {\n    居住证: 持有居住证\n}\n")
    assert document_anchor(with_metadata) == with_metadata.metadata.span
    without = parse_rules("入学条件 {\n    居住证: 持有居住证\n}\n")
    assert document_anchor(without) == Span(line=1, column=1, end_line=1, end_column=1)


def test_bare_drops_quotes_book_title_marks_and_spaces_only():
    assert bare("《台州市 积分入学“办法”》") == "台州市积分入学办法"
    assert bare("「浙江政务服务网」") == "浙江政务服务网"
    assert bare("积分-入学") == "积分-入学"
