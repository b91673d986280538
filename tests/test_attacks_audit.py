"""The province audit's inputs under attack: each input an attack run found to kill the audit, or to be
silently ignored, now gives a clear message on THAT file (Chinese, and English with ``--lang en``; its
line and column; what to write instead; no Python class name, no traceback, no internal error) or, for
a readable table with a problem in its figures, a family-7 finding -- and the rest of the audit stands:
every other city is still audited and reported, and an unreadable file exits 2.

Each test builds its province in tmp_path from a copy of ``samples/shanxi``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from tests.conftest import ROOT

runner = CliRunner()

SAMPLE = ROOT / "samples" / "shanxi"
CITIES = ["阳泉市", "晋城市", "吕梁市", "长治市", "大同市", "太原市", "忻州市", "晋中市", "临汾市", "运城市", "朔州市"]
#: what must never reach a user
CRASH = re.compile(r"Traceback|内部错误|internal error|\b[A-Z]\w*(?:Error|Exception|Operation)\b|_csv\.|decimal\.")


@pytest.fixture
def province(tmp_path: Path) -> Path:
    target = tmp_path / "shanxi"
    shutil.copytree(SAMPLE, target)
    return target


def audit(province: Path, *args: str, stats: Path | None = None, lang: str = "zh", format: str = "text"):
    """``policy-lint audit`` on ``province``: (exit code, output), having checked that nothing crashed."""
    argv = ["audit", str(province), "--lang", lang, "--format", format]
    if stats is not None:
        argv += ["--stats", str(stats)]
    result = runner.invoke(app, argv + list(args), catch_exceptions=False)
    assert not CRASH.search(result.output), result.output
    return result.exit_code, result.output


def audit_json(province: Path, stats: Path | None = None, lang: str = "zh") -> tuple[int, dict]:
    code, out = audit(province, stats=stats, lang=lang, format="json")
    return code, json.loads(out)


def sample_csv() -> str:
    return (SAMPLE / "stats-2020.csv").read_text(encoding="utf-8")


def write_csv(province: Path, text: str, name: str = "stats.csv") -> Path:
    path = province / name
    path.write_text(text, encoding="utf-8")
    return path


def replaced(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def assert_rest_of_audit_stands(doc: dict) -> None:
    """The sample's three cities are still audited (their reviews and counties are in the report)."""
    by_name = {c["name"]: c for c in doc["cities"]}
    assert [c["name"] for c in doc["cities"]] == CITIES
    for name in ("大同市", "晋城市", "运城市"):
        assert by_name[name]["status"] == "submitted", name
        assert by_name[name]["units"], name


def assert_stats_error(province: Path, csv: Path, line: int, column: int, zh: str, en: str) -> None:
    """The CSV is unreadable: exit 2, its message at ``csv:line:column`` in both languages, everything else
    still in the report."""
    for lang, phrase in (("zh", zh), ("en", en)):
        code, out = audit(province, stats=csv, lang=lang)
        assert code == 2, out
        assert f"{csv.as_posix()}:{line}:{column}:" in out, out
        assert phrase in out, out
        assert "泽州县" in out and "新荣区" in out and "2021-07-03" in out  # the cities' reviews are still there
    code, doc = audit_json(province, csv)
    assert code == 2
    stats = doc["statistics"]
    assert stats["status"] == "unreadable"
    assert (stats["problems"][0]["line"], stats["problems"][0]["column"]) == (line, column)
    assert_rest_of_audit_stands(doc)


def stats_codes(doc: dict) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for f in doc["statistics"]["findings"]]


# --- the statistics CSV: figures no table holds --------------------------------------------------------


def test_a_forty_digit_count_is_the_tables_error_at_its_cell(province):
    csv = write_csv(province, replaced(sample_csv(), "阳泉市,12788,", "阳泉市," + "1234567890" * 4 + ","))
    assert_stats_error(province, csv, 2, 5, "有 40 位，不可能是人数或比例（最多 9 位）",
                       "has 40 digits, more than any count or share has (at most 9)")


def test_a_share_with_thirty_decimals_is_the_tables_error_at_its_cell(province):
    csv = write_csv(province, replaced(sample_csv(), "97.60%", "97." + "6" * 30 + "%"))
    assert_stats_error(province, csv, 2, 17, "有 30 位小数（最多 6 位）", "has 30 decimal places (at most 6)")


def test_a_count_of_4400_digits_is_the_tables_error_not_pythons_integer_limit(province):
    csv = write_csv(province, replaced(sample_csv(), "阳泉市,12788,", "阳泉市," + "9" * 4400 + ","))
    assert_stats_error(province, csv, 2, 5, "有 4400 位", "has 4400 digits")


def test_a_cell_over_the_csv_field_limit_is_the_tables_error_at_its_line(province):
    # within the line limits (a quoted cell over many lines), so that the csv module's own limit is what is hit
    cell = '"' + ("x" * 3000 + "\n") * 50 + '"'
    csv = write_csv(province, replaced(sample_csv(), "阳泉市,12788,12481,97.60%,", "阳泉市,12788,12481,97.60%," + cell))
    assert_stats_error(province, csv, 2, 1, "超过 131,072 个字符", "over 131,072 characters")


def test_a_one_line_cell_over_the_csv_field_limit_with_a_raised_line_limit(province, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINE_LENGTH", "1000000")
    csv = write_csv(province, replaced(sample_csv(), "97.60%,", "97.60%," + "x" * 140_000))
    assert_stats_error(province, csv, 2, 1, "超过 131,072 个字符", "over 131,072 characters")


def test_a_quote_left_open_is_the_tables_error_not_a_figure_swallowing_the_file(province):
    csv = write_csv(province, replaced(sample_csv(), "阳泉市,12788,", '阳泉市,"12788,'))
    assert_stats_error(province, csv, 2, 1, "引号可能没有闭合", "a quote is probably left open")


# --- the statistics CSV: separators --------------------------------------------------------------------


@pytest.mark.parametrize("separator", [";", "\t"], ids=["semicolon", "tab"])
def test_a_table_separated_by_semicolons_or_tabs_is_read_like_the_comma_one(province, separator):
    comma = audit_json(province, SAMPLE / "stats-2020.csv")
    other = audit_json(province, write_csv(province, sample_csv().replace(",", separator)))
    assert other[0] == comma[0] == 1  # the sample's cities have error findings; the table has none
    got, want = other[1]["statistics"], comma[1]["statistics"]
    assert got["status"] == "checked" and got["findings"] == [] and got["province_share"] == 85.04
    assert [(r["name"], r["total"], r["public"], r["share"]) for r in got["cities"]] == [
        (r["name"], r["total"], r["public"], r["share"]) for r in want["cities"]]
    assert got["total"]["name"] == "山西省" and got["ranking"] == want["ranking"]
    assert_rest_of_audit_stands(other[1])


def test_a_finding_in_a_tab_separated_table_points_at_its_cell(province):
    csv = write_csv(province, replaced(sample_csv(), "97.60%", "96.60%").replace(",", "\t"))
    code, doc = audit_json(province, csv)
    assert stats_codes(doc) == [("PL701", 2, 17)]


@pytest.mark.parametrize(("separator", "zh", "en"), [(";", "分号「;」", "semicolons ';'"),
                                                     ("\t", "制表符（Tab）", "tabs")], ids=["semicolon", "tab"])
def test_a_row_separated_otherwise_than_the_header_is_named_as_such(province, separator, zh, en):
    csv = write_csv(province, replaced(sample_csv(), "阳泉市,12788,12481,97.60%,",
                                       separator.join(["阳泉市", "12788", "12481", "97.60%", ""])))
    assert_stats_error(province, csv, 2, 1, f"表头用逗号分隔，而这一行用{zh}分隔",
                       f"the header is separated by commas but this row by {en}")
    _code, out = audit(province, stats=csv)
    assert "无法识别数字「阳泉市" not in out  # not "a number" that is the whole row


# --- the statistics CSV: readable, with a problem in its figures -----------------------------------------


def test_a_share_written_as_a_fraction_is_pl701_saying_so(province):
    csv = write_csv(province, replaced(sample_csv(), "97.60%", "0.9760"))
    code, doc = audit_json(province, csv)
    assert code == 1 and stats_codes(doc) == [("PL701", 2, 17)]
    assert "看来是小数而不是百分数" in doc["statistics"]["findings"][0]["message"]
    assert "97.60%" in doc["statistics"]["findings"][0]["suggestion"]
    _code, out = audit(province, stats=csv, lang="en")
    assert "looks like a fraction rather than a percentage: 0.9760 is 97.60%" in out
    assert_rest_of_audit_stands(doc)


def test_a_header_with_no_rows_is_the_tables_error(province):
    csv = write_csv(province, sample_csv().split("\n", 1)[0] + "\n\n")
    assert_stats_error(province, csv, 1, 1, "统计表只有表头，没有任何市的数据行", "the table has a header and no rows")


def test_a_table_without_its_total_row_is_pl704(province):
    csv = write_csv(province, "".join(line for line in sample_csv().splitlines(True) if not line.startswith("山西省")))
    code, doc = audit_json(province, csv)
    assert code == 1 and stats_codes(doc) == [("PL704", 12, 1)]
    assert doc["statistics"]["total"] is None and len(doc["statistics"]["cities"]) == 11
    assert "140765" in doc["statistics"]["findings"][0]["message"]
    _code, out = audit(province, stats=csv, lang="en")
    assert "the table has no total row" in out
    assert_rest_of_audit_stands(doc)


def test_a_doubled_total_row_is_pl705_and_the_first_total_is_used(province):
    csv = write_csv(province, sample_csv() + "合计,140765,119708,85.04%,\n")
    code, doc = audit_json(province, csv)
    assert stats_codes(doc) == [("PL705", 14, 1)]
    assert doc["statistics"]["total"]["line"] == 13 and len(doc["statistics"]["cities"]) == 11
    _code, out = audit(province, stats=csv, lang="en")
    assert "a second total row '合计' repeats line 13 ('山西省')" in out
    assert_rest_of_audit_stands(doc)


def test_a_city_on_two_rows_is_pl705(province):
    csv = write_csv(province, replaced(sample_csv(), "山西省,", "阳泉市,12788,12481,97.60%,\n山西省,"))
    _code, doc = audit_json(province, csv)
    assert ("PL705", 13, 1) in stats_codes(doc)


def test_a_city_named_like_a_province_stays_a_city_row(province):
    csv = write_csv(province, replaced(sample_csv(), "朔州市,", "朔州省,"))
    code, doc = audit_json(province, csv)
    stats = doc["statistics"]
    assert "朔州省" in [r["name"] for r in stats["cities"]] and len(stats["cities"]) == 11
    assert stats["total"]["name"] == "山西省" and stats_codes(doc) == []
    # before, it silently replaced the total row (or was replaced by it) and left the sums
    csv = write_csv(province, replaced(sample_csv(), "运城市,", "运城省,").replace("山西省,140765,119708,85.04%,\n", "")
                    + "山西省,140765,119708,85.04%,\n", "reordered.csv")
    assert stats_codes(audit_json(province, csv)[1]) == []


@pytest.mark.parametrize(("name", "cities", "total"), [
    ("内蒙古自治区", ["呼和浩特市", "包头市"], "内蒙古自治区"),
    ("内蒙古自治区", ["呼和浩特市", "包头市"], "内蒙古"),
    ("北京市", ["东城区", "西城区"], "北京市"),
    ("北京市", ["东城区", "西城区"], "全市"),
    ("广西壮族自治区", ["南宁市", "柳州市"], "全区合计"),
], ids=["autonomous-region", "short-name", "municipality", "全市", "全区合计"])
def test_a_total_row_of_an_autonomous_region_or_municipality_is_the_total(tmp_path, name, cities, total):
    (tmp_path / "province.toml").write_text(
        f'[province]\nname = "{name}"\nyear = 2021\ncities = {json.dumps(cities, ensure_ascii=False)}\n',
        encoding="utf-8")
    csv = tmp_path / "stats.csv"
    csv.write_text(f"市,入学总数,公办学校就读人数,公办学校就读比例\n{cities[0]},100,90,90.00%\n{cities[1]},100,80,80.00%\n"
                   f"{total},200,170,85.00%\n", encoding="utf-8")
    code, doc = audit_json(tmp_path, csv)
    assert doc["statistics"]["total"]["name"] == total
    assert [r["name"] for r in doc["statistics"]["cities"]] == cities
    assert stats_codes(doc) == [] and doc["statistics"]["province_share"] == 85.0


def test_a_row_missing_a_figure_is_pl706_and_the_sum_is_not_blamed(province):
    csv = write_csv(province, replaced(sample_csv(), "忻州市,2806,2364,84.25%,", "忻州市,,,,"))
    code, doc = audit_json(province, csv)
    assert code == 1 and stats_codes(doc) == [("PL706", 8, 5)]  # not PL702 on the total row
    assert "忻州市" not in [r["name"] for r in doc["statistics"]["cities"]]
    assert "不计入各市之和" in doc["statistics"]["findings"][0]["message"]
    _code, out = audit(province, stats=csv, lang="en")
    assert "the row '忻州市' lacks the total, the public-school count, the share" in out
    assert_rest_of_audit_stands(doc)


def test_a_row_missing_only_its_share_is_pl706_and_still_counted(province):
    csv = write_csv(province, replaced(sample_csv(), "忻州市,2806,2364,84.25%,", "忻州市,2806,2364,,"))
    _code, doc = audit_json(province, csv)
    assert stats_codes(doc) == [("PL706", 8, 15)]
    assert "忻州市" in [r["name"] for r in doc["statistics"]["cities"]]


# --- city.toml and province.toml ------------------------------------------------------------------------


CITY = "jincheng/city.toml"


def edit(province: Path, relative: str, old: str, new: str) -> Path:
    path = province / relative
    path.write_text(replaced(path.read_text(encoding="utf-8"), old, new), encoding="utf-8")
    return path


def assert_city_error(province: Path, config: Path, line: int, column: int, zh: str, en: str) -> None:
    """晋城市's city.toml is invalid: exit 2, its message at ``config:line:column`` in both languages, every
    other city still audited."""
    for lang, phrase in (("zh", zh), ("en", en)):
        code, out = audit(province, stats=SAMPLE / "stats-2020.csv", lang=lang)
        assert code == 2, out
        assert f"{config.as_posix()}:{line}:{column}:" in out, out
        assert phrase in out, out
        assert "新荣区" in out and "盐湖区" in out  # 大同市 and 运城市 are still reviewed
    code, doc = audit_json(province, SAMPLE / "stats-2020.csv")
    unreadable = [c for c in doc["cities"] + doc["extra_cities"] if c["status"] == "unreadable"]
    assert len(unreadable) == 1 and unreadable[0]["config"] == config.as_posix()
    assert (unreadable[0]["problems"][0]["line"], unreadable[0]["problems"][0]["column"]) == (line, column)
    submitted = {c["name"] for c in doc["cities"] if c["status"] == "submitted"}
    assert submitted == {"大同市", "运城市"}
    assert doc["statistics"]["status"] == "checked"


def test_a_datetime_where_a_date_is_expected_is_that_citys_error(province):
    config = edit(province, CITY, "submitted = 2021-06-28", "submitted = 2021-06-28T17:00:00+08:00")
    assert_city_error(province, config, 10, 1, "「submitted」应为日期，不带时刻和时区，而这里是 2021-06-28T17:00:00+08:00。"
                      "请写作 submitted = 2021-06-28。",
                      "'submitted' takes a date without a time or time zone, but here it is "
                      "2021-06-28T17:00:00+08:00. Write submitted = 2021-06-28.")


def test_a_datetime_in_province_toml_is_its_error_with_the_line(province):
    config = edit(province, "province.toml", "deadline = 2021-06-30", "deadline = 2021-06-30T17:00:00")
    for lang, phrase in (("zh", "请写作 deadline = 2021-06-30"), ("en", "Write deadline = 2021-06-30")):
        code, out = audit(province, stats=SAMPLE / "stats-2020.csv", lang=lang)
        assert code == 2 and f"{config.as_posix()}:9:1:" in out and phrase in out, out


@pytest.mark.parametrize("multiline", [False, True], ids=["one-line", "one-bracket-a-line"])
def test_an_array_nested_thousands_deep_is_that_citys_error(province, monkeypatch, multiline):
    monkeypatch.setenv("POLICY_LINT_MAX_LINE_LENGTH", "100000")
    nested = "[\n" * 3000 + "]\n" * 3000 if multiline else "[" * 3000 + "]" * 3000
    config = edit(province, CITY, "year = 2021", "year = 2021\nunits_extra = " + nested)
    line, column = (8 + 32, 1) if multiline else (8, 15 + 32)  # the 33rd bracket
    assert_city_error(province, config, line, column, "数组或内联表嵌套超过 32 层", "nested more than 32 levels deep")


def test_an_array_nested_thousands_deep_in_province_toml_is_its_error(province, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINE_LENGTH", "100000")
    config = edit(province, "province.toml", "year = 2021", "year = [" + "{a = [" * 1500 + "]}" * 1500 + "]")
    code, out = audit(province)
    assert code == 2 and f"{config.as_posix()}:7:" in out and "嵌套超过 32 层" in out, out


@pytest.mark.parametrize(("old", "new", "line", "zh", "en"), [
    ('name = "晋城市"', 'name = ["晋城市"]', 5, "「name」应为带引号的文字，而这里是列表（[…]）。请写作 name = \"晋城市\"。",
     "'name' takes a quoted string, but here it is a list ([…]). Write name = \"晋城市\"."),
    ("submitted = 2021-06-28", "submitted = { year = 2021 }", 10, "「submitted」应为日期，而这里是表（{…}）",
     "'submitted' takes a date, but here it is a table ({…})"),
    ("submitted = 2021-06-28", "[city.submitted]\nyear = 2021", 10, "「submitted」应为日期，而这里是表",
     "'submitted' takes a date, but here it is a table"),
    ("year = 2021", "year = 20210000000000000000000000000000000000", 7, "不是有效的年份（应在 1900 至 2200 之间）。请写作 year = 2021",
     "is not a year (1900 to 2200). Write year = 2021"),
    ('units = ["城区",', 'units = [1, "城区",', 8, "「units」应为带引号文字的列表，而其中有整数（1）",
     "'units' takes a list of quoted strings, but it holds a whole number (1)"),
    ("new_places_primary = 2160", "new_places_primary = 99999999999999999999999999999999", 13,
     "「[statistics] new_places_primary」= 99999999999999999999… 超出范围",
     "'[statistics] new_places_primary' = 99999999999999999999… is out of range"),
    ("new_places_primary = 2160", 'new_places_primary = "2160"', 13, "应为不小于 0 的整数，而这里是文字",
     "takes a whole number, 0 or more, but here it is a string"),
], ids=["list-for-string", "inline-table-for-date", "table-for-date", "huge-year", "unquoted-unit", "huge-figure",
        "string-figure"])
def test_a_wrong_type_is_that_citys_error_with_what_to_write(province, old, new, line, zh, en):
    config = edit(province, CITY, old, new)
    assert_city_error(province, config, line, 1, zh, en)


def test_a_statistics_key_that_is_not_a_section_is_that_citys_error(province):
    config = province / CITY
    body = config.read_text(encoding="utf-8").split("[statistics]")[0]
    config.write_text("statistics = 5\n" + body, encoding="utf-8")
    assert_city_error(province, config, 1, 1, "statistics 应为一节", "statistics must be a section")


def test_an_integer_of_thousands_of_digits_is_that_citys_error(province, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINE_LENGTH", "100000")
    config = edit(province, CITY, "new_places_primary = 2160", "new_places_primary = " + "9" * 5000)
    assert_city_error(province, config, 13, 1, "数字有上千位，无法读取", "a number with thousands of digits cannot be read")


# --- the size limit -------------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["100000000000", "1000000000000000"])
def test_a_huge_size_limit_reads_only_what_the_files_hold(province, monkeypatch, limit):
    code, want = audit_json(province, SAMPLE / "stats-2020.csv")
    monkeypatch.setenv("POLICY_LINT_MAX_BYTES", limit)  # allocating this many bytes raised MemoryError
    got_code, got = audit_json(province, SAMPLE / "stats-2020.csv")
    assert (got_code, got["summary"], got["statistics"]["province_share"]) == (code, want["summary"], 85.04)


def test_read_bytes_never_asks_for_more_than_it_can_hold(tmp_path, monkeypatch):
    from policy_lint.source import read_bytes

    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * 3_000_000)
    monkeypatch.setenv("POLICY_LINT_MAX_BYTES", "1000000000000000")
    asked: list[int] = []
    original = type(path.open("rb")).read

    class Spy:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def read(self, size=-1):
            asked.append(size)
            return original(self.handle, size)

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Spy(open(self, *a, **k)))
    assert read_bytes(path, "a.csv") == b"x" * 3_000_000
    assert asked and max(asked) <= 1 << 20  # chunks, never the limit
