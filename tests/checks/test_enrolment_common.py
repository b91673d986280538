"""How the 公民同招 checks (PL301-PL304) word a date range: policy_lint.checks.enrolment._common.date_range."""

from __future__ import annotations

import datetime as dt

from policy_lint.checks.enrolment._common import date_range, negated_at
from policy_lint.models import DateRange, Span


def _range(start: dt.date, end: dt.date) -> DateRange:
    return DateRange(start=start, end=end, raw="", span=Span(line=1, column=1, end_line=1, end_column=1))


def test_a_range_within_one_year_names_the_year_once():
    shown = date_range(_range(dt.date(2021, 7, 1), dt.date(2021, 7, 10)))
    assert (shown.zh, shown.en) == ("2021年7月1日至7月10日", "2021-07-01 to 2021-07-10")


def test_a_range_across_the_new_year_names_both_years():
    shown = date_range(_range(dt.date(2021, 12, 20), dt.date(2022, 1, 5)))
    assert (shown.zh, shown.en) == ("2021年12月20日至2022年1月5日", "2021-12-20 to 2022-01-05")


def test_a_one_day_range_is_one_date():
    shown = date_range(_range(dt.date(2021, 7, 1), dt.date(2021, 7, 1)))
    assert (shown.zh, shown.en) == ("2021年7月1日", "2021-07-01")


def test_a_negation_just_before_a_phrase_negates_it():
    assert negated_at("不得以面试选拔", 2)
    assert not negated_at("以面试选拔", 1)
