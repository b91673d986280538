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


def _draft_lines(tmp_path, text: str, code: str) -> list[int]:
    """The draft lines ``code``'s findings are on, for a draft of these lines."""
    from policy_lint.extract.check import check_draft

    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    result = check_draft(path, "draft.txt", None)
    assert result.error is None, result.error
    return sorted(f.span.line for f in result.findings if f.code == code)


def test_an_order_is_reported_at_its_first_tier_and_its_last_tier_on_a_line_of_its_own(tmp_path):
    # the 太原 wording, shortened (shanxi-taiyuan-undated): the order is one fault, the places left to the
    # permit holders of the last line another, each where the draft says it
    draft = ("某区2021年义务教育学校招生及随迁子女入学工作方案\n太原市幼升小基本上按以下规则安排入学：\n"
             "1：本区内住宅房产或本区公房租赁+本区户籍。\n2：本区内住宅房产+本市户籍。\n3：本市户籍。\n"
             "4：持有《太原市居住证》有效期内。\n")
    assert _draft_lines(tmp_path, draft, "PL304") == [3, 6]


def test_an_order_with_its_last_tier_on_the_same_line_is_reported_once(tmp_path):
    # henan-luoyang-luolong-2023's wording: the tiers and the migrant children's last tier on one line, one place
    draft = ("某镇2023年小学招生及随迁子女入学简章\n分批次招收学生顺序：\n"
             "①房户一致②父母无房产且三代同住③有房无户的同一行政区学生④有户无房的同一行政区学生；⑤手续齐全的进城人员随迁子女。\n")
    assert len(_draft_lines(tmp_path, draft, "PL304")) == 1


def test_a_value_of_one_place_is_one_part():
    from policy_lint.checks.enrolment._common import parts
    from policy_lint.models import Rules, Value

    value = Value(value="户籍生录取后，按剩余学位安排", raw="户籍生录取后，按剩余学位安排",
                  span=Span(line=3, column=17, end_line=3, end_column=31))
    assert parts(Rules(path="x"), value) == [(0, 14)]
    assert parts(Rules(path="x", seams=((3, 24),)), value) == [(0, 7), (7, 14)]
