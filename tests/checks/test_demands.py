"""Where a demand is placed (policy_lint.checks._demands): ``_word_span``, the value (list item) of a condition
holding a demand, cut at the 、 outside brackets and quotes; and ``demands``, which maps the folded text's
offset back to the raw text's before placing it."""

from __future__ import annotations

import re
import textwrap

from policy_lint.build import parse
from policy_lint.checks._demands import _word_span, demands
from policy_lint.models import Condition, ConditionKind, Span
from policy_lint.source import decode


def _condition(raw: str, column: int = 9, width: int | None = None, end_line: int = 2) -> Condition:
    end = column + (len(raw) if width is None else width)
    return Condition(kind=ConditionKind.housing, key="住所", raw=raw,
                     span=Span(line=2, column=column, end_line=end_line, end_column=end))


def _value(raw: str, at: str) -> Span:
    return _word_span(_condition(raw), raw.index(at))


def _span(start: int, end: int) -> Span:
    return Span(line=2, column=9 + start, end_line=2, end_column=9 + end)


def test_the_value_holding_the_offset_between_the_marks_around_it():
    assert _value("甲、乙、丙", "乙") == _span(2, 3)
    assert _value("甲、乙、丙", "甲") == _span(0, 1)
    assert _value("甲、乙、丙", "丙") == _span(4, 5)


def test_a_mark_inside_brackets_does_not_cut_the_value():
    raw = "甲（乙、丙）、丁"
    assert _value(raw, "丙") == _span(0, 6)
    assert _value(raw, "丁") == _span(7, 8)
    raw = "甲（乙（丙）、丁）、戊"  # nested: the 、 is still inside the outer bracket
    assert _value(raw, "乙") == _span(0, 9)
    assert _value(raw, "戊") == _span(10, 11)
    raw = "甲）、乙"  # a closing bracket with none open is a plain character
    assert _value(raw, "乙") == _span(3, 4)


def test_a_mark_inside_quotes_does_not_cut_the_value():
    raw = '甲"乙、丙"、丁'  # the same straight quote opens and closes
    assert _value(raw, "丙") == _span(0, 6)
    assert _value(raw, "丁") == _span(7, 8)
    raw = '甲"乙（丙"丁）、戊'  # inside a quote a bracket opens too, and the quote's end then closes it
    assert _value(raw, "戊") == _span(9, 10)
    raw = '甲"乙"丙、丁'  # a closed quote leaves the next 、 outside
    assert _value(raw, "丁") == _span(6, 7)


def test_a_value_not_written_as_the_lines_own_characters_is_placed_on_the_whole_condition():
    over_lines = _condition("甲、乙", end_line=3)
    assert _word_span(over_lines, 2) == over_lines.span
    wider = _condition("甲、乙", width=5)  # the raw text is not the line's characters one for one
    assert _word_span(wider, 2) == wider.span


def test_a_demand_after_an_invisible_character_is_placed_by_the_raw_text():
    source = textwrap.dedent("""\
        入学条件 {
            住所: 有合法稳定住所\u200b、房屋租赁登记备案证明
        }
        """)
    rules = parse(decode(source.encode("utf-8"), "case.rules"))
    found = list(demands(rules, re.compile("房屋租赁登记备案")))
    assert len(found) == 1
    # 有合法稳定住所 (7), the invisible character, 、: the value starts at the 10th character of the raw text
    assert found[0].span == Span(line=2, column=found[0].condition.span.column + 9, end_line=2,
                                 end_column=found[0].condition.span.end_column)
