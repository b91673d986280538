"""The statistics reader (policy_lint/statistics.py) on the tables counties send, and on the ones they should not.

Each table is a few lines written here, so that a test names the cell it is about; every error is asserted
for its line *and* column, and for what the message says.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from policy_lint.errors import InputError
from policy_lint.statistics import parse_stats, share

HEADER = "市,2020年义务教育阶段学校随迁子女入学总数(人),公办学校就读人数 (含政府购买服务),公办学校就读比例,备注"


def table(tmp_path, text: str, province: str | None = None, name: str = "stats.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_stats(path, province)


def refused(tmp_path, text: str, name: str = "stats.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_stats(path)
    error = caught.value
    assert error.path == path.as_posix() and len(error.problems) == 1
    if text.strip(" ,\n"):
        assert error.source_text == text  # so that the report can quote the line
    return error.problems[0], error


def where(problem) -> tuple[int | None, int | None, int | None]:
    return problem.line, problem.column, problem.end_column


# --- the figures -----------------------------------------------------------------------------------------

def test_every_cell_keeps_its_value_as_written_and_its_place(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,12788,12481,97.60%,\n山西省, 140765 ,119708,85.04%,\n")
    (row,) = t.cities
    assert (row.name, row.line, row.total.value, row.public.value, row.share.value) == (
        "阳泉市", 2, Decimal(12788), Decimal(12481), Decimal("97.60"))
    assert (row.total.raw, row.share.raw) == ("12788", "97.60%")
    assert (row.total.span.line, row.total.span.column, row.total.span.end_column) == (2, 5, 10)
    assert (row.public.span.column, row.public.span.end_column) == (11, 16)
    assert (row.share.span.column, row.share.span.end_column) == (17, 23)
    assert t.total.name == "山西省" and t.total.total.raw == "140765" and t.total.total.value == 140765
    assert (t.total.total.span.line, t.total.total.span.column, t.total.total.span.end_column) == (3, 5, 13)
    assert t.year == 2020 and t.delimiter == "," and t.incomplete == () and t.repeated == ()
    assert t.path.endswith("stats.csv") and t.source_text.startswith("市,")


def test_a_quoted_count_with_a_thousands_comma_is_one_figure(tmp_path):
    t = table(tmp_path, f'{HEADER}\n阳泉市,"12,788","12，481",97.60%,\n')
    assert t.cities[0].total.value == 12788 and t.cities[0].public.value == 12481
    assert t.cities[0].total.raw == "12,788"


def test_a_share_without_a_percent_sign_or_with_a_full_width_one_is_read(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,100,50,50.0,\n晋城市,100,25,25％,\n")
    assert [r.share.value for r in t.cities] == [Decimal("50.0"), Decimal(25)]
    assert [r.places() for r in t.cities] == [1, 0]


@pytest.mark.parametrize(("cell", "column"), [("abc", 5), ("12.7.1", 5), ("-5", 5), ("1e5", 5), ("十二", 5),
                                             ("12788X", 5), ("12788人", 5)])
def test_a_count_that_is_no_figure_is_refused_at_its_cell(tmp_path, cell, column):
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,{cell},12481,97.60%,\n")
    assert where(problem) == (2, column, column + len(cell))
    assert f"「{cell}」" in problem.message.zh


def test_an_unreadable_public_count_or_share_is_refused_at_its_own_cell(tmp_path):
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,12788,约一万,97.60%,\n")
    assert where(problem) == (2, 11, 14)
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,12788,12481,九成,\n晋城市,1,1,100%,\n")
    assert where(problem) == (2, 17, 19)
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,12788,12481,97.60%,\n晋城市,22396,21724,n/a,\n")
    assert where(problem) == (3, 17, 20)


def test_a_long_unreadable_figure_is_shortened_in_the_message_with_its_length(tmp_path):
    cell = "x" * 50
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,{cell},1,1%,\n")
    assert "x" * 40 + "…（50）" in problem.message.zh and "x" * 41 not in problem.message.zh
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,{'x' * 40},1,1%,\n")
    assert f"「{'x' * 40}」" in problem.message.zh and "…" not in problem.message.zh


def test_a_count_of_ten_digits_is_refused_and_one_of_nine_is_read(tmp_path):
    assert table(tmp_path, f"{HEADER}\n阳泉市,999999999,1,0.00%,\n").cities[0].total.value == 999_999_999
    # leading zeros are no digits of the count
    assert table(tmp_path, f"{HEADER}\n阳泉市,000999999999,1,0.00%,\n").cities[0].total.value == 999_999_999
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,1000000000,1,0.00%,\n")
    assert where(problem) == (2, 5, 15)
    assert "数字「1000000000」有 10 位" in problem.message.zh and "最多 9 位" in problem.message.zh


def test_a_share_of_six_places_is_read_and_one_of_seven_refused(tmp_path):
    assert table(tmp_path, f"{HEADER}\n阳泉市,3,1,33.333333%,\n").cities[0].places() == 6
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,3,1,33.3333333%,\n")
    assert where(problem) == (2, 9, 20)
    assert "数字「33.3333333%」有 7 位小数" in problem.message.zh and "最多 6 位" in problem.message.zh


# --- rounding --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("public", "total", "places", "expected"), [
    (1, 800, 2, "0.13"),  # 0.125 exactly: half up, not to even (0.12)
    (3, 800, 2, "0.38"),  # 0.375
    (1, 8, 0, "13"),  # 12.5
    (1, 16, 1, "6.3"),  # 6.25
    (1, 3, 2, "33.33"), (2, 3, 2, "66.67"), (2, 3, 4, "66.6667"), (0, 5, 2, "0.00"), (5, 5, 2, "100.00"),
])
def test_a_share_exactly_halfway_is_rounded_up(public, total, places, expected):
    assert share(Decimal(public), Decimal(total), places) == Decimal(expected)
    assert str(share(Decimal(public), Decimal(total), places)) == expected


def test_a_share_of_no_pupils_is_none():
    assert share(Decimal(0), Decimal(0)) is None and share(Decimal(5), Decimal(0), 4) is None


def test_the_computed_share_has_the_reported_precision(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,800,1,0.1%,\n晋城市,800,1,0.125%,\n吕梁市,800,1,,\n合计,2400,3,0.1%,\n")
    assert [str(r.computed_share()) for r in t.cities] == ["0.1", "0.125", "0.13"]
    assert str(t.province_share()) == "0.1"  # the total row's one place
    assert t.sum_total() == 2400 and t.sum_public() == 3


def test_without_a_total_row_the_province_share_has_two_places(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,8,1,12.5%,\n")
    assert t.total is None and str(t.province_share()) == "12.50"
    t = table(tmp_path, f"{HEADER}\n阳泉市,0,0,0%,\n")
    assert t.province_share() is None and t.cities[0].computed_share() is None


def test_cities_are_ranked_by_their_recomputed_share_and_ties_share_a_rank(tmp_path):
    t = table(tmp_path, f"{HEADER}\n乙市,10,5,50%,\n甲市,10,9,90%,\n丙市,10,5,50%,\n丁市,10,1,10%,\n戊市,0,0,0%,\n")
    assert [(rank, row.name) for rank, row in t.ranked()] == [
        (1, "甲市"), (2, "丙市"), (2, "乙市"), (4, "丁市"), (5, "戊市")]


# --- the header ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "市,入学总数,比例",  # no public count
    "地区,公办人数,比例",  # no total
    "总数,公办学校就读人数,比例",  # no name
    "市总数,公办学校就读人数,比例",  # the name and the total in one column
])
def test_a_header_without_its_three_columns_is_refused_at_its_first_cell(tmp_path, header):
    problem, error = refused(tmp_path, f"\n{header}\n阳泉市,1,1,100%\n")
    assert (problem.line, problem.column) == (2, 1)
    assert "，".join(header.split(",")) in problem.message.zh
    assert error.source_text.startswith("\n" + header)


def test_a_header_is_found_by_its_keywords_in_any_order_and_wording(tmp_path):
    t = table(tmp_path, "公办人数,名称,占比,总人数\n1,阳泉市,50%,2\n")
    row = t.cities[0]
    assert (row.name, row.total.value, row.public.value, row.share.value) == ("阳泉市", 2, 1, 50)
    assert (row.total.span.column, row.public.span.column, row.share.span.column) == (11, 1, 7)
    assert t.year is None


def test_a_table_without_a_share_column_is_read(tmp_path):
    t = table(tmp_path, "地区,总数,就读人数\n阳泉市,10,5\n")
    assert t.cities[0].share is None and t.cities[0].places() == 2 and str(t.cities[0].computed_share()) == "50.00"
    assert t.incomplete == ()


@pytest.mark.parametrize(("header", "year"), [
    ("市,2019年入学总数,公办人数", 2019), ("市,入学总数（2021 年）,公办人数", 2021), ("市,1899年入学总数,公办人数", None),
    ("市,2120年入学总数,公办人数", None), ("市,入学总数,20210年公办人数", None), ("市,总数,公办人数,2022年比例", 2022),
])
def test_the_year_is_read_from_the_header(tmp_path, header, year):
    cells = "阳泉市,10,5,50%" if header.count(",") == 3 else "阳泉市,10,5"
    assert table(tmp_path, header + "\n" + cells + "\n").year == year


def test_an_empty_file_or_one_of_blank_lines_is_refused(tmp_path):
    for text in ("", "\n\n", " , ,\n,,\n"):
        problem, _ = refused(tmp_path, text)
        assert (problem.line, problem.column) == (None, None)
        assert "文件为空" in problem.message.zh and "统计表" in problem.message.zh  # the advice for a table


def test_a_header_alone_is_refused_at_the_header(tmp_path):
    problem, _ = refused(tmp_path, f"\n{HEADER}\n,,,,\n")
    assert (problem.line, problem.column) == (2, 1)
    assert "只有表头" in problem.message.zh


# --- rows ------------------------------------------------------------------------------------------------

def test_a_row_with_more_cells_than_the_header_is_refused_at_its_line(tmp_path):
    problem, _ = refused(tmp_path, "市,入学总数,公办人数\n阳泉市,12788,12481\n晋城市,22,396,21724\n")
    assert (problem.line, problem.column) == (3, 1)
    assert "3" in problem.message.zh and "4" in problem.message.zh


def test_empty_trailing_cells_beyond_the_header_are_no_extra_cells(tmp_path):
    t = table(tmp_path, "市,入学总数,公办人数\n阳泉市,12788,12481,,\n")
    assert t.cities[0].total.value == 12788


@pytest.mark.parametrize(("separator", "name"), [("\t", "制表符"), (";", "分号"), ("，", "全角逗号")])
def test_a_row_separated_otherwise_than_the_comma_header_is_refused_naming_its_separator(tmp_path, separator, name):
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,1,1,100%,\n" + separator.join(["晋城市", "2", "1", "50%"]) + "\n")
    assert (problem.line, problem.column) == (3, 1)
    assert name in problem.message.zh


@pytest.mark.parametrize("separator", ["\t", ";", "，"])
def test_a_table_separated_by_tabs_semicolons_or_full_width_commas_is_read(tmp_path, separator):
    lines = ["市,入学总数,公办人数,比例", "阳泉市,100,50,50.00%", "山西省,100,50,50.00%"]
    t = table(tmp_path, "\n".join(line.replace(",", separator) for line in lines) + "\n")
    assert t.delimiter == separator and t.cities[0].total.value == 100 and t.total.name == "山西省"
    assert (t.cities[0].public.span.column, t.cities[0].share.span.column) == (9, 12)


def test_a_row_missing_one_figure_is_incomplete_at_that_cell_and_not_counted(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,12788,,97.60%,\n晋城市,22396,21724,97.00%,\n")
    (row,) = t.incomplete
    assert (row.name, row.line, row.missing, row.counted, row.total_row) == ("阳泉市", 2, ("public",), False, False)
    assert (row.span.line, row.span.column, row.span.end_column) == (2, 11, 12)
    assert [r.name for r in t.cities] == ["晋城市"] and t.uncounted() == (row,)


def test_a_row_missing_only_its_total_is_incomplete_at_the_total(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市, ,12481,97.60%,\n")
    assert t.incomplete[0].missing == ("total",) and t.incomplete[0].span.column == 5 and t.cities == ()


def test_a_row_missing_its_share_or_name_is_incomplete_but_counted(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,12788,12481,,\n,100,50,50%,\n")
    first, second = t.incomplete
    assert (first.missing, first.counted, first.span.column) == (("share",), True, 17)
    assert (second.missing, second.counted, second.span.column, second.name) == (("name",), True, 1, "")
    assert [r.name for r in t.cities] == ["阳泉市", ""] and t.uncounted() == ()


def test_a_short_row_misses_the_cells_it_does_not_reach(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,12788\n")
    (row,) = t.incomplete
    assert row.missing == ("public", "share") and not row.counted
    assert row.span.column == len("阳泉市,12788") + 1  # just past the end of the line


def test_a_total_row_missing_a_figure_is_incomplete_and_named_the_total(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,1,1,100%,\n合计,1,,100%,\n")
    assert t.incomplete[0].total_row and t.total is None and t.uncounted() == ()


@pytest.mark.parametrize(("province", "name"), [
    ("内蒙古自治区", "内蒙古自治区"), ("内蒙古自治区", "内蒙古"), ("北京市", "北京市"), ("北京市", "北京"),
    ("山西省", "山西"), ("山西省", "全省"), ("山西省", "合计"), ("北京市", "全市"), (None, "内蒙古自治区"), (None, "山西省"), (None, "全省"), (None, "合计"), (None, "总计"),
    (None, "全市"), (None, "全区合计"), (None, "全市总计"),
])
def test_a_total_row_of_a_province_autonomous_region_or_municipality_is_the_total(tmp_path, province, name):
    t = table(tmp_path, f"{HEADER}\n甲市,1,1,100%,\n{name},1,1,100%,\n", province=province)
    assert t.total is not None and t.total.name == name and [r.name for r in t.cities] == ["甲市"]


@pytest.mark.parametrize(("province", "name"), [
    ("山西省", "朔州省"), ("山西省", "山"), ("北京市", "东城区"), (None, "北京市"), (None, "朔州市"), ("山西省", "西省"),
])
def test_a_row_named_otherwise_is_a_city_row(tmp_path, province, name):
    t = table(tmp_path, f"{HEADER}\n{name},1,1,100%,\n", province=province)
    assert t.total is None and [r.name for r in t.cities] == [name]


def test_a_second_total_row_and_a_second_city_row_are_repeated(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,1,1,100%,\n山西省,2,2,100%,\n阳泉市,3,3,100%,\n合计,4,4,100%,\n")
    assert t.total.line == 3 and [r.line for r in t.cities] == [2, 4]
    city, total = t.repeated
    assert (city.row.line, city.first_line, city.first_name, city.total_row) == (4, 2, "阳泉市", False)
    assert (total.row.line, total.first_line, total.first_name, total.total_row) == (5, 3, "山西省", True)


def test_rows_without_a_name_are_never_repeats_of_each_other(tmp_path):
    t = table(tmp_path, f"{HEADER}\n,1,1,100%,\n,2,2,100%,\n")
    assert t.repeated == () and len(t.cities) == 2


# --- what the csv module cannot read ---------------------------------------------------------------------

def test_a_quote_left_open_is_refused_at_the_line_it_opens(tmp_path):
    problem, _ = refused(tmp_path, f'{HEADER}\n阳泉市,12788,12481,97.60%,\n晋城市,"22396,21724,97.00%,\n吕梁市,1,1,1%,\n')
    assert (problem.line, problem.column) == (3, 1)
    assert "引号" in problem.message.zh


def test_a_cell_over_the_csv_limit_is_refused_at_the_line_it_starts(tmp_path):
    cell = '"' + ("x" * 3000 + "\n") * 50 + '"'
    problem, _ = refused(tmp_path, f"{HEADER}\n阳泉市,1,1,100%,\n晋城市,1,1,100%,{cell}\n")
    assert (problem.line, problem.column) == (3, 1)
    assert "131,072" in problem.message.zh


def test_a_city_with_no_public_pupils_ranks_above_one_with_no_pupils_at_all(tmp_path):
    # 0.00% is a share, the lowest; a city of no pupils has none and comes last (before, both were ranked as
    # having none and put in the order of their names)
    t = table(tmp_path, f"{HEADER}\n甲市,10,0,0%,\n丁市,0,0,0%,\n乙市,1000,5,0.5%,\n")
    assert [(rank, row.name) for rank, row in t.ranked()] == [(1, "乙市"), (2, "甲市"), (3, "丁市")]


def test_the_default_precision_of_a_share_is_two_places():
    assert share(Decimal(1), Decimal(3)) == Decimal("33.33") and str(share(Decimal(1), Decimal(3))) == "33.33"


def test_a_lone_city_of_no_pupils_is_ranked_first(tmp_path):
    t = table(tmp_path, f"{HEADER}\n甲市,0,0,0%,\n")
    assert [(rank, row.name) for rank, row in t.ranked()] == [(1, "甲市")]


def test_the_sums_of_a_table_without_counted_cities_are_decimal_zero(tmp_path):
    t = table(tmp_path, f"{HEADER}\n甲市,,,,\n")
    assert t.cities == ()
    assert (t.sum_total(), t.sum_public()) == (0, 0)
    assert isinstance(t.sum_total(), Decimal) and isinstance(t.sum_public(), Decimal)


def test_a_header_of_one_cell_is_refused_as_a_header_without_its_columns(tmp_path):
    problem, _ = refused(tmp_path, "市入学总数公办人数\n阳泉市\n")
    assert (problem.line, problem.column) == (1, 1)
    assert "市入学总数公办人数" in problem.message.zh


def test_a_tab_separated_table_is_read_by_its_header_even_with_commas_in_its_cells(tmp_path):
    t = table(tmp_path, "市\t入学总数\t公办人数\t备注\n阳泉市\t12,788\t12481\t含城区, 郊区\n")
    assert t.delimiter == "\t" and t.cities[0].total.value == 12788


def test_the_header_on_the_first_line_is_refused_at_line_1(tmp_path):
    problem, _ = refused(tmp_path, "市,比例\n阳泉市,50%\n")
    assert (problem.line, problem.column) == (1, 1)
    problem, _ = refused(tmp_path, "市,入学总数,公办人数\n")
    assert (problem.line, problem.column) == (1, 1) and "只有表头" in problem.message.zh


def test_a_row_missing_a_figure_in_a_tab_separated_table_is_placed_by_tabs(tmp_path):
    t = table(tmp_path, "市\t入学总数\t公办人数\n阳泉市\t12788\t\n")
    (row,) = t.incomplete
    assert row.missing == ("public",) and row.span.column == len("阳泉市\t12788\t") + 1


def test_a_quoted_name_holding_a_semicolon_or_full_width_comma_is_a_name(tmp_path):
    t = table(tmp_path, '市,入学总数,公办人数\n"阳泉市，含郊区",100,50\n"晋城市;城区",10,5\n')
    assert [r.name for r in t.cities] == ["阳泉市，含郊区", "晋城市;城区"]


def test_a_row_of_its_name_alone_misses_every_figure(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市\n")
    (row,) = t.incomplete
    assert (row.name, row.missing, row.counted, row.span.column) == ("阳泉市", ("total", "public", "share"), False, 4)


def test_a_row_that_does_not_reach_the_name_column_misses_its_name(tmp_path):
    t = table(tmp_path, "总数,公办人数,市\n10,5\n")
    (row,) = t.incomplete
    assert (row.name, row.missing, row.counted) == ("", ("name",), True)
    assert [r.name for r in t.cities] == [""]


def test_an_incomplete_row_under_the_provinces_short_name_is_the_total_row(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,1,1,100%,\n山西,1,,100%,\n", province="山西省")
    assert t.incomplete[0].total_row and t.uncounted() == ()


def test_the_bad_row_message_names_both_counts(tmp_path):
    problem, _ = refused(tmp_path, "市,入学总数,公办人数\n晋城市,22,396,21724\n")
    assert "这一行有 4 个单元格，而表头只有 3 列" in problem.message.zh


def test_a_long_header_is_shortened_in_the_message_after_120_characters(tmp_path):
    problem, _ = refused(tmp_path, "甲" * 121 + "\n乙\n")
    assert "甲" * 120 + "…（121）" in problem.message.zh
    problem, _ = refused(tmp_path, "甲" * 120 + "\n乙\n")
    assert "（" + "甲" * 120 + "）" in problem.message.zh


# --- a workbook's sheet: findings and refusals name the sheet and the cell ----------------------------------

def test_a_finding_on_a_workbooks_sheet_names_the_sheet_and_the_cell_and_one_on_a_csv_is_left_as_it_is(tmp_path):
    from dataclasses import replace

    from policy_lint import checks
    from policy_lint.ruleset import resolve

    t = table(tmp_path, f"{HEADER}\n阳泉市,100,120,100%,\n晋城市,1,1,100%,\n")
    check = checks.get("PL703")
    (finding,) = check().run_stats(t, resolve(check.example_ruleset))
    assert t.placed([finding]) == [finding]
    (placed,) = replace(t, sheet="附件1").placed([finding])
    assert placed.message.zh == "工作表「附件1」C2 单元格：" + finding.message.zh
    assert placed.message.en == "sheet '附件1', cell C2: " + finding.message.en
    assert placed.span == finding.span and placed.code == finding.code
    beyond = finding.model_copy(update={"span": finding.span.model_copy(update={"line": 9})})
    (placed,) = replace(t, sheet="附件1").placed([beyond])  # a line the sheet's rows do not reach: the sheet alone
    assert placed.message.zh == "工作表「附件1」：" + finding.message.zh and placed.message.en == "sheet '附件1': " + finding.message.en


def test_a_refusal_on_a_workbooks_sheet_names_the_sheet_and_the_cell_of_each_problem():
    from policy_lint.errors import Problem
    from policy_lint.messages import LocalText
    from policy_lint.statistics import in_sheet

    view = "市,总数,公办学校 就读人数\n阳泉市,abc,1\n"  # a space in a cell: the view is split by lines only
    error = InputError("t.xlsx", problems=[Problem(LocalText(zh="坏。", en="bad."), 2, 5, 8),
                                           Problem(LocalText(zh="无行。", en="no line."), None, None, None)],
                       source_text=view)
    placed = in_sheet(error, "附件1", view)
    assert placed.path == "t.xlsx" and placed.source_text == view
    first, second = placed.problems
    assert (first.message.zh, first.message.en) == ("工作表「附件1」B2 单元格：坏。", "sheet '附件1', cell B2: bad.")
    assert (first.line, first.column, first.end_column) == (2, 5, 8)
    assert (second.message.zh, second.message.en) == ("工作表「附件1」：无行。", "sheet '附件1': no line.")


@pytest.mark.parametrize(("line", "column", "name"), [
    (1, 1, "A1"), (2, 1, "A2"), (2, 5, "B2"), (2, 4, "B2"), (2, 6, "C2"), (2, None, "A2"), (3, 1, None), (0, 1, None), (None, 1, None),
])
def test_a_cell_of_a_workbooks_view_is_named_as_the_spreadsheet_names_it(line, column, name):
    from policy_lint.statistics import cell_name

    assert cell_name(["市,总数,公办", ",abc,1"], line, column) == name  # row 2 has an empty first cell


def test_a_cell_beyond_column_z_has_two_letters():
    from policy_lint.statistics import cell_name

    assert cell_name(["," * 26 + "x"], 1, 27) == "AA1"


# --- what stands around the table: a title, a header over two rows, notes ----------------------------------

def test_a_header_over_two_rows_with_merged_cells_is_read_and_its_rows_follow_it(tmp_path):
    # 公办学校 is merged over two columns: its blank right neighbour carries it (公办学校 + 就读比例)
    text = ("附件1\n市,2020年随迁子女入学总数(人),公办学校,,备注\n,,就读人数,就读比例,\n"
            "阳泉市,12788,12481,97.60%,\n合计,12788,12481,97.60%,\n")
    t = table(tmp_path, text)
    assert [(r.name, r.line, r.total.value, r.public.value, r.share.value) for r in t.cities] == [
        ("阳泉市", 4, 12788, 12481, Decimal("97.60"))]
    assert t.total.line == 5 and t.year == 2020
    assert (t.cities[0].share.span.column, t.cities[0].share.span.end_column) == (17, 23)


def test_a_header_over_two_rows_whose_lower_row_is_longer_is_read(tmp_path):
    # the upper row stops at its last filled cell (公办): the cells beyond it carry it, 公办 + 人数 = 公办人数
    t = table(tmp_path, "市,随迁子女入学总数,公办\n,,,人数\n阳泉市,10,,5\n")
    (row,) = t.cities
    assert (row.total.value, row.public.value, row.share) == (10, 5, None)
    assert t.incomplete == ()


def test_a_header_over_two_rows_with_nothing_under_it_is_a_header_alone(tmp_path):
    problem, _ = refused(tmp_path, "附件1\n市,随迁子女入学总数,公办学校,\n,,就读人数,比例\n")
    assert (problem.line, problem.column) == (3, 1) and "只有表头" in problem.message.zh


def test_a_row_under_the_header_that_names_no_column_is_not_read_as_the_lower_header_row(tmp_path):
    t = table(tmp_path, f"{HEADER}\n阳泉市,1,1,100%,\n")
    assert [r.line for r in t.cities] == [2]
    problem, _ = refused(tmp_path, "标题\n市,总数\n")  # the two rows read together name no public column
    assert "表头" in problem.message.zh and (problem.line, problem.column) == (1, 1)


def test_a_note_under_the_table_is_no_city_unless_it_holds_a_figure(tmp_path):
    text = f"{HEADER}\n阳泉市,1,1,100%,\n注：数据截至8月31日,,,,\n填表人：张三\n说明,,,50%,\n注,5,,,\n"
    t = table(tmp_path, text)
    assert [r.name for r in t.cities] == ["阳泉市"]
    assert [(r.name, r.missing) for r in t.incomplete] == [("说明", ("total", "public")), ("注", ("public", "share"))]


def test_a_title_with_a_comma_does_not_decide_the_separator_of_a_table_of_three_columns(tmp_path):
    t = table(tmp_path, "统计表（单位：人,%）\n市\t入学总数\t公办学校就读人数\n阳泉市\t10\t5\n")
    assert t.delimiter == "\t" and t.cities[0].public.value == 5


@pytest.mark.parametrize(("text", "shown"), [("市\t总数\n阳泉市\t5\n", "市，总数"), ("市\t总数\n", "市，总数"),
                                             ("市;总数\n", "市，总数"), ("市总数\n", "市总数")])
def test_a_header_of_two_cells_is_split_by_the_separator_it_holds(tmp_path, text, shown):
    problem, _ = refused(tmp_path, text)
    assert f"（{shown}）" in problem.message.zh


def test_a_figures_span_is_on_its_line(tmp_path):
    (row,) = table(tmp_path, f"{HEADER}\n阳泉市,12788,12481,97.60%,\n").cities
    assert (row.total.span.line, row.total.span.end_line, row.share.span.end_line) == (2, 2, 2)


# --- a workbook ------------------------------------------------------------------------------------------

def _workbook(path, rows):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "附件1"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_workbook_is_read_from_its_sheet_whatever_its_suffixs_case_and_a_title_cell_with_semicolons(tmp_path):
    rows = [["单位：人;统计;2020"], ["市", "随迁子女入学总数", "公办学校就读人数", "公办学校就读比例"],
            ["阳泉市", 12788, 12481, "97.60%"], ["山西", 12788, 12481, "97.60%"]]
    t = parse_stats(_workbook(tmp_path / "附件1.XLSX", rows), "山西省")  # 山西 is the total row of 山西省
    assert t.sheet == "附件1" and t.delimiter == "," and t.path == (tmp_path / "附件1.XLSX").as_posix()
    assert [(r.name, r.line, r.total.value) for r in t.cities] == [("阳泉市", 3, 12788)] and t.total.name == "山西"


def test_a_bad_figure_in_a_workbook_is_refused_at_its_sheet_and_cell(tmp_path):
    rows = [["市", "随迁子女入学总数", "公办学校就读人数"], ["阳泉市", "约一万", 1]]
    path = _workbook(tmp_path / "附件1.xlsx", rows)
    with pytest.raises(InputError) as caught:
        parse_stats(path)
    (problem,) = caught.value.problems
    assert caught.value.path == path.as_posix()
    assert problem.message.zh.startswith("工作表「附件1」B2 单元格：") and "「约一万」" in problem.message.zh
    assert caught.value.source_text.startswith("市,随迁子女入学总数")


@pytest.mark.parametrize("suffix", [".xls", ".XLS", ".et"])
def test_an_old_excel_file_is_refused_with_how_to_save_it(tmp_path, suffix):
    path = tmp_path / f"附件1{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError) as caught:
        parse_stats(path)
    (problem,) = caught.value.problems
    assert caught.value.path == path.as_posix() and suffix.lower() in problem.message.zh and ".xlsx" in problem.message.zh


def test_a_figure_missing_mid_row_in_a_tab_separated_table_is_placed_by_tabs(tmp_path):
    t = table(tmp_path, "市\t入学总数\t公办人数\n阳泉市\t\t5\n")
    (row,) = t.incomplete
    assert row.missing == ("total",) and (row.span.line, row.span.column, row.span.end_line) == (2, 5, 2)


def test_the_year_of_a_title_row_counts_when_the_header_has_none_and_a_rows_remark_never_does(tmp_path):
    assert table(tmp_path, "2021年随迁子女就学情况统计表\n市,入学总数,公办人数\n阳泉市,10,5\n").year == 2021
    # a title naming a column's keyword (总数) is not read with the header as a header over two rows
    assert table(tmp_path, "2021年随迁子女入学总数统计\n市,入学总数,公办人数\n阳泉市,10,5\n").year == 2021
    assert table(tmp_path, "市,入学总数,公办人数,备注\n阳泉市,10,5,2019年撤县设区\n").year is None


def test_a_header_over_two_rows_whose_lower_row_is_shorter_is_read(tmp_path):
    t = table(tmp_path, "市,随迁子女,公办学校,比例\n,入学总数,就读人数\n阳泉市,10,5,50%\n")
    assert [(r.name, r.total.value, r.public.value, r.share.value) for r in t.cities] == [("阳泉市", 10, 5, 50)]
