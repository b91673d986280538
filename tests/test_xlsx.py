"""--format xlsx: 附件3 of a review and the recomputed 附件1 of an audit, read back with openpyxl (issue 14, item 2)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from policy_lint.cli import app

ROOT = Path(__file__).resolve().parent.parent
JINCHENG = ROOT / "samples" / "shanxi" / "jincheng"
SHANXI = ROOT / "samples" / "shanxi"
RED, AMBER = "FFFBE4E2", "FFFDF1D8"

TYPO = "市,入学总数,公办学校就读人数,公办学校就读比例\n阳泉市,12788,12481,97.60%\n晋城市,22396,21742,97.00%\n山西省,35184,34205,97.22%\n"


def run_cli(args: list[str]):
    return CliRunner().invoke(app, args)


def rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_review_writes_annex3_and_the_verdicts(tmp_path):
    out = tmp_path / "晋城市.xlsx"
    result = run_cli(["review", str(JINCHENG), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 1 and f"已写入 {out}" in result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["附件3", "各县审核结论"]
    annex = rows(book["附件3"])
    assert annex[0][0].startswith("附件3") and annex[2] == ["序号", "项目", "数量"]
    assert ["1", "市域区内县区总数", 6] in annex
    assert ["3", "其中进城务工人员随迁子女在公办义务教育学校就读人数：合计", 21880] in annex
    verdicts = rows(book["各县审核结论"])
    assert verdicts[0][:2] == ["县（市、区）", "审核结论"]
    assert ["泽州县", "不通过", 3, 3] == verdicts[2][:4]  # PL401, PL402 and PL111 (a registered tenancy) warn


REMARKS_CITY = ROOT / "tests" / "data" / "remarks" / "jincheng"  # 高平市: a remark only; 沁水县: an error and a remark


def test_the_verdicts_have_a_remarks_column_after_the_warnings_with_each_countys_count(tmp_path):
    import json

    out = tmp_path / "r.xlsx"
    assert run_cli(["review", str(REMARKS_CITY), "--format", "xlsx", "-o", str(out)]).exit_code == 1
    verdicts = rows(openpyxl.load_workbook(out)["各县审核结论"])
    assert verdicts[0] == ["县（市、区）", "审核结论", "错误", "警告", "提示（不是问题）", "工作方案", "理由"]
    # the counts the review's own report gives, county by county
    report = json.loads(run_cli(["review", str(REMARKS_CITY), "--format", "json"]).stdout)
    expected = {u["name"]: len(u.get("remarks", [])) for u in report["units"]}
    assert {row[0]: row[4] for row in verdicts[1:]} == expected
    assert all(expected.values())  # both counties have a remark: the column is not all zeros
    assert verdicts[1][2:4] == [0, 0] and verdicts[1][4] == expected["高平市"]  # a remark is no error, no warning


def test_the_remarks_column_in_english(tmp_path):
    out = tmp_path / "r.xlsx"
    run_cli(["review", str(REMARKS_CITY), "--format", "xlsx", "--lang", "en", "-o", str(out)])
    header = rows(openpyxl.load_workbook(out)["County verdicts"])[0]
    assert header[3:5] == ["Warnings", "Remarks (no fault)"]


def test_a_figure_city_toml_does_not_give_is_left_blank_and_marked(tmp_path):
    city = tmp_path / "city"
    city.mkdir()
    for path in JINCHENG.iterdir():
        if path.suffix == ".rules":
            (city / path.name).write_bytes(path.read_bytes())
    config = (JINCHENG / "city.toml").read_text(encoding="utf-8").replace("gaokao_applicants = 1185\n", "")
    (city / "city.toml").write_text(config, encoding="utf-8")
    out = tmp_path / "r.xlsx"
    run_cli(["review", str(city), "--format", "xlsx", "-o", str(out)])
    sheet = openpyxl.load_workbook(out)["附件3"]
    (cell,) = [row[2] for row in sheet.iter_rows() if row[1].value == "随迁子女在流入地参加高考报名人数"]
    assert cell.value is None and cell.fill.fgColor.rgb == AMBER and "未提供" in cell.comment.text


def test_the_audit_marks_the_mistyped_cell_red_with_its_advice_and_the_total_yellow(tmp_path):
    stats = tmp_path / "附件1.csv"
    stats.write_text(TYPO, encoding="utf-8")
    out = tmp_path / "a.xlsx"
    result = run_cli(["audit", str(SHANXI), "--stats", str(stats), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code in (1, 2), result.stderr
    sheet = openpyxl.load_workbook(out)["附件1（复核）"]
    table = {row[0].value: row for row in sheet.iter_rows(min_row=4)}
    jincheng, total = table["晋城市"], table["山西省"]
    assert jincheng[2].value == 21742 and jincheng[2].fill.fgColor.rgb == RED
    assert "改为 21724" in jincheng[2].comment.text and "合计行「山西省」不必改" in jincheng[2].comment.text
    assert total[2].fill.fgColor.rgb == AMBER and "34223" in total[2].comment.text
    assert table["阳泉市"][2].fill.fill_type is None  # a right figure is left alone
    assert jincheng[8].value == "PL701、PL702"


def test_the_audit_without_statistics_says_so_and_lists_the_cities(tmp_path):
    out = tmp_path / "a.xlsx"
    run_cli(["audit", str(SHANXI), "--format", "xlsx", "-o", str(out)])
    book = openpyxl.load_workbook(out)
    assert rows(book["附件1（复核）"]) == [["未提供统计表（--stats），没有附件1。"]]
    cities = rows(book["各市审核情况"])
    assert ["晋城市", "已报送", "2021-06-28", "3 / 0 / 3"] in cities


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    stats = tmp_path / "附件1.csv"
    stats.write_text(TYPO.replace("阳泉市", "=HYPERLINK(\"http://x\")"), encoding="utf-8")
    out = tmp_path / "a.xlsx"
    run_cli(["audit", str(SHANXI), "--stats", str(stats), "--format", "xlsx", "-o", str(out)])
    sheet = openpyxl.load_workbook(out)["附件1（复核）"]
    names = [row[0].value for row in sheet.iter_rows(min_row=4)]
    assert all(not str(name).startswith("=") for name in names)


@pytest.mark.parametrize("args", [["-o", "-"], []])
def test_a_spreadsheet_is_never_printed_and_has_a_default_name(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = run_cli(["review", str(JINCHENG), "--format", "xlsx", *args])
    if args:
        assert result.exit_code == 2 and "Excel 文件不能输出到屏幕" in result.stderr
    else:
        assert (tmp_path / "晋城市2021审核报告.xlsx").is_file()
        again = run_cli(["review", str(JINCHENG), "--format", "xlsx"])
        assert again.exit_code == 2  # not over the one just written without --force
