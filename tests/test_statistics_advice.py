"""When one city figure is mistyped, the advice names that cell, never the right total (issue 14, item 4)."""

from __future__ import annotations

from decimal import Decimal

from policy_lint import checks
from policy_lint.engine import resolved
from policy_lint.statistics import parse_stats

TYPO = """市,入学总数,公办学校就读人数,公办学校就读比例
阳泉市,12788,12481,97.60%
晋城市,22396,21742,97.00%
山西省,35184,34205,97.22%
"""


def findings(tmp_path, text: str, code: str):
    path = tmp_path / "附件1.csv"
    path.write_text(text, encoding="utf-8")
    table = parse_stats(path, "山西省")
    check = checks.get(code)()
    return table, list(check.run_stats(table, resolved("shanxi-2021", 2021)))


def test_the_mistyped_count_is_named_with_the_value_that_fits_both_its_share_and_the_total(tmp_path):
    table, found = findings(tmp_path, TYPO, "PL702")
    typo = table.likely_typos()["public"]
    assert (typo.row.name, typo.figure.value, typo.corrected) == ("晋城市", Decimal(21742), Decimal(21724))
    assert "total" not in table.likely_typos()
    (finding,) = found
    assert finding.span.line == 3
    assert "「晋城市」的公办学校就读人数 21742 看来是笔误：改为 21724" in finding.message("zh")
    assert finding.suggestion("zh") == "核对「晋城市」的报表，把公办学校就读人数更正为 21724；合计行「山西省」不必改。"
    assert "'晋城市' public-school count 21742 looks mistyped" in finding.message("en")
    assert "34223" not in finding.suggestion("zh")  # never: change the province total to the typo's sum


def test_the_share_check_on_that_row_says_to_correct_the_count_not_the_share(tmp_path):
    _, found = findings(tmp_path, TYPO, "PL701")
    (finding,) = found
    assert finding.span.line == 3
    assert finding.suggestion("zh").startswith("「晋城市」的公办学校就读人数 21742 看来是笔误：改为 21724")
    assert "97.08" not in finding.suggestion("zh")


def test_a_mistyped_total_count_is_found_the_same_way(tmp_path):
    text = TYPO.replace("晋城市,22396,21742,97.00%", "晋城市,22369,21724,97.00%")  # 22396 typed 22369
    table, found = findings(tmp_path, text, "PL702")
    typo = table.likely_typos()["total"]
    assert (typo.row.name, typo.corrected) == ("晋城市", Decimal(22396))
    assert [f.span.line for f in found] == [3]


def test_without_a_single_fitting_city_the_total_row_is_reported_as_before(tmp_path):
    text = TYPO.replace("晋城市,22396,21742,97.00%", "晋城市,22396,21724,97.00%").replace("35184", "35284")
    table, found = findings(tmp_path, text, "PL702")
    assert table.likely_typos() == {}
    (finding,) = found
    assert finding.span.line == 4
    assert finding.suggestion("zh") == "把「山西省」的入学总数改为 35184，并重新计算比例。"


def test_the_share_check_on_a_row_with_a_mistyped_total_names_the_total_and_the_share_as_written(tmp_path):
    text = TYPO.replace("晋城市,22396,21742,97.00%", "晋城市,22369,21724,97.00%")  # 22396 typed 22369
    _, found = findings(tmp_path, text, "PL701")
    (finding,) = found
    assert finding.span.line == 3
    assert finding.suggestion("zh").startswith("「晋城市」的入学总数 22369 看来是笔误：改为 22396 后，比例 97.00% 与人数、合计行都相符"), \
        finding.suggestion("zh")


def typos(tmp_path, text: str):
    path = tmp_path / "附件1.csv"
    path.write_text("市,入学总数,公办学校就读人数,公办学校就读比例\n" + text, encoding="utf-8")
    return parse_stats(path, "山西省").likely_typos()


def test_a_typo_of_one_is_found_after_a_city_whose_share_fits(tmp_path):
    # 阳泉市 comes first and fits its share: the search goes on to the next city
    found = typos(tmp_path, "阳泉市,100,50,50.00%\n晋城市,100,76,75.00%\n山西省,200,125,62.50%\n")
    assert (found["public"].row.name, found["public"].corrected) == ("晋城市", Decimal(75))


def test_a_typo_is_fitted_to_a_share_as_precise_as_its_row_gives_it(tmp_path):
    # 12481 of 12788 is 97.60 %, given as 98%: 12481 fits it rounded to no places (it would not to two)
    found = typos(tmp_path, "阳泉市,12788,12841,98%\n合计,12788,12481,98%\n")
    assert found["public"].corrected == Decimal(12481)


def test_a_count_corrected_to_zero_fits_a_share_of_zero(tmp_path):
    found = typos(tmp_path, "阳泉市,100,5,0.00%\n晋城市,100,50,50.00%\n山西省,200,50,25.00%\n")
    assert (found["public"].row.name, found["public"].corrected) == ("阳泉市", Decimal(0))


def test_a_count_corrected_to_the_whole_total_fits_and_one_above_it_never_does(tmp_path):
    found = typos(tmp_path, "阳泉市,100,90,100.00%\n山西省,100,100,100.00%\n")
    assert found["public"].corrected == Decimal(100)
    assert typos(tmp_path, "阳泉市,100,50,120.00%\n山西省,100,120,120.00%\n") == {}


def test_no_typo_is_guessed_while_a_city_row_is_not_counted(tmp_path):
    assert typos(tmp_path, "阳泉市,100,76,75.00%\n晋城市,100,,\n山西省,100,75,75.00%\n") == {}


def test_a_typo_one_below_is_found_after_a_city_that_does_not_fit_either_way(tmp_path):
    # 阳泉市 does not fit its share as written or moved by the difference (+1): the search goes on to 晋城市
    found = typos(tmp_path, "阳泉市,100,50,40.00%\n晋城市,100,74,75.00%\n山西省,200,125,62.50%\n")
    assert (found["public"].row.name, found["public"].corrected) == ("晋城市", Decimal(75))
