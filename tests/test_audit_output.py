"""``policy-lint audit`` in every format: snapshots of the Shanxi sample tree with its 附件1 table, what each
report must hold, a tampered table, hostile city names, and the command's exit codes.

Update the snapshots after an intended change with
``pytest tests/test_audit_output.py --snapshot-update`` and read the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint import checks
from policy_lint.audit import audit_province
from policy_lint.cli import app
from policy_lint.render import html as html_out
from policy_lint.render import json_out, markdown, sarif
from policy_lint.render import text as text_out
from tests.test_review_output import FORMATS, SCRIPT, TEMPLATE, HTMLText, sarif_schema, shown, stable

runner = CliRunner()

PROVINCE = "samples/shanxi"
STATS = "samples/shanxi/stats-2020.csv"
MODULES = {"text": text_out, "markdown": markdown, "json": json_out, "sarif": sarif, "html": html_out}


def run(*args: str, codes: tuple[int, ...] = (0, 1)):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in codes, result.output
    return result


def render(audit, format: str, lang: str = "zh") -> str:
    return MODULES[format].render_audit(audit, lang)


def readable(out: str, format: str) -> str:
    """What a reader sees: the page's text for HTML, the output itself otherwise."""
    return HTMLText.of(out) if format == "html" else out


@pytest.fixture(scope="module")
def shanxi():
    from tests.conftest import ROOT

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield audit_province(Path(PROVINCE), Path(STATS))
    finally:
        os.chdir(cwd)


def tampered_csv(directory: Path) -> Path:
    """The seed's 附件1 with one share wrong (阳泉市 96.60% for 97.60%) and a province total that does not add up."""
    from tests.conftest import ROOT

    original = (ROOT / STATS).read_text(encoding="utf-8")
    assert "阳泉市,12788,12481,97.60%," in original and "山西省,140765,119708,85.04%," in original
    target = directory / "stats-tampered.csv"
    target.write_text(original.replace("阳泉市,12788,12481,97.60%,", "阳泉市,12788,12481,96.60%,")
                      .replace("山西省,140765,", "山西省,140865,"), encoding="utf-8")
    return target


@pytest.fixture
def tampered(repo_root, tmp_path):
    return audit_province(Path(PROVINCE), tampered_csv(tmp_path))


# --- snapshots ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("format", FORMATS)
def test_audit_output(repo_root, snapshot, format):
    out = run("audit", PROVINCE, "--stats", STATS, "--format", format).stdout
    assert stable(out, format) == snapshot


def test_audit_text_in_english(repo_root, snapshot):
    assert stable(run("audit", PROVINCE, "--stats", STATS, "--lang", "en").stdout, "text") == snapshot


# --- the province's figures -------------------------------------------------------------------------------


def test_the_text_prints_the_provinces_recomputed_share(repo_root):
    result = run("audit", PROVINCE, "--stats", STATS)
    assert result.exit_code == 1  # the samples carry error findings
    assert "全省公办学校就读比例（重新计算）：85.04%" in result.stdout
    assert re.search(r"^山西省\s+140765\s+140765\s+119708\s+119708\s+85\.04%\s+85\.04%", result.stdout, re.M)


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_every_report_has_the_statistics_recomputed_and_ranked(shanxi, format):
    out = readable(render(shanxi, format), format)
    for row in shanxi.stats.cities:
        assert row.name in out and str(row.total.value) in out and f"{row.computed_share()}%" in out
    assert "140765" in out and "119708" in out and "85.04%" in out
    # Shanxi cites no numeric target: the report says so, quoting its requirement that the share rise
    assert shown(format, "无数值目标：规则集只要求提高比例——晋教基函〔2021〕24号 一、提高政治站位，强化责任落实") in out
    assert shown(format, "各项数字与重新计算一致。") in out
    ranking = out.split("按重新计算的公办学校就读比例排名", 1)[1]
    positions = [ranking.index(r.name) for r in shanxi.stats.ranking()]
    assert positions == sorted(positions)


def test_the_statistics_json_has_reported_and_recomputed_figures(shanxi):
    stats = json_out.audit_json(shanxi, "zh")["statistics"]
    assert stats["status"] == "checked" and stats["findings"] == []
    assert stats["province_share"] == 85.04 and stats["province_share_shown"] == "85.04%"
    assert stats["reported_province_share_shown"] == "85.04%"
    total = stats["total"]
    assert (total["total"], total["computed_total"], total["public"], total["computed_public"]) == \
        (140765, 140765, 119708, 119708)
    assert [r["name"] for r in stats["ranking"]] == [r.name for r in shanxi.stats.ranking()]
    assert [r["rank"] for r in stats["ranking"]] == list(range(1, 12))
    yangquan = stats["cities"][0]
    assert yangquan["name"] == "阳泉市" and yangquan["share_shown"] == yangquan["computed_share_shown"] == "97.60%"
    assert stats["year"] == 2020  # from the header: 2020年义务教育阶段…
    assert stats["target"] is None and stats["below_target"] is None  # shanxi-2021 cites no numeric target
    assert stats["rising"]["parameter"] == "plan_public_share_rising"
    assert stats["rising"]["citation"]["document"] == "晋教基函〔2021〕24号"


def test_cities_below_the_provincial_share_are_marked_as_information_not_findings(shanxi):
    stats = json_out.audit_json(shanxi, "zh")["statistics"]
    assert stats["below_province"] == ["忻州市", "晋中市", "临汾市", "运城市", "朔州市"]
    assert not shanxi.stats_findings
    out = text_out.render_audit(shanxi, "zh")
    assert "低于全省比例的市（仅供参考，不作为问题）：忻州市 84.25%、晋中市 81.90%" in out


# --- each city ----------------------------------------------------------------------------------------------


def test_each_city_has_its_submission_deadline_verdicts_and_key_counties(shanxi):
    doc = json_out.audit_json(shanxi, "zh")
    assert doc["report"] == "audit" and doc["schema_version"] == json_out.AUDIT_SCHEMA_VERSION
    assert doc["province"]["deadline"] == "2021-06-30" and doc["province"]["deadline_source"] == "province.toml"
    cities = {c["name"]: c for c in doc["cities"]}
    assert list(cities) == list(shanxi.config.cities)
    assert cities["阳泉市"]["status"] == "not_submitted" and cities["阳泉市"]["on_time"] is None
    assert (cities["晋城市"]["submitted"], cities["晋城市"]["on_time"]) == ("2021-06-28", True)
    assert (cities["大同市"]["submitted"], cities["大同市"]["on_time"]) == ("2021-07-03", False)
    jincheng = next(c for c in shanxi.cities if c.name == "晋城市")
    assert cities["晋城市"]["summary"]["failed"] == sum(1 for u in jincheng.review.units if u.verdict.name == "failed")
    keys = {(k["city"], k["name"]): k for k in doc["key_counties"]}
    assert keys[("大同市", "新荣区")]["plan"].endswith("新荣区.plan")
    assert keys[("运城市", "新绛县")]["plan"] is None
    assert keys[("运城市", "新绛县")]["verdict_label"] == "修改后通过"
    assert doc["missing_key_counties"] == shanxi.missing_key_counties()
    assert "怀仁市" in doc["missing_key_counties"] and "新绛县" not in doc["missing_key_counties"]
    assert doc["summary"]["late"] == 1 and doc["summary"]["not_submitted"] == 8


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_every_report_shows_each_city_its_status_and_its_counties_findings(shanxi, format):
    out = readable(render(shanxi, format), format)
    for city in shanxi.cities:
        assert city.name in out
    assert "2021-07-03" in out and "逾期" in out and "未报送" in out
    assert "2021-06-30（province.toml）" in out
    assert "新绛县（运城市，缺失）" in out and "新荣区（大同市，需修改：PL805）" in out
    for name in shanxi.missing_key_counties():
        assert name in out
    for city in shanxi.cities:
        if city.review is None:
            continue
        for unit in city.review.units:
            assert unit.name in out
            for f in unit.findings:
                assert shown(format, f"{f.path}:{f.span.line}:{f.span.column}") in out
                assert shown(format, f.message("zh")) in out


def test_json_documented_fields_are_the_ones_printed(shanxi, tmp_path):
    """docs/audit.md shows every key of the audit JSON down to the statistics rows."""
    from tests.conftest import ROOT

    doc = json_out.audit_json(shanxi, "zh")
    documented = (ROOT / "docs" / "audit.md").read_text(encoding="utf-8")
    city = next(c for c in doc["cities"] if c["status"] == "submitted")
    stats = doc["statistics"]
    keys = (list(doc) + list(doc["province"]) + list(doc["summary"]) + list(city) + list(city["statistics"])
            + list(doc["key_counties"][0]) + list(stats) + list(stats["cities"][0]) + list(stats["ranking"][0]))
    for key in keys:
        assert f'"{key}"' in documented, key


# --- a table whose figures do not add up ------------------------------------------------------------------


@pytest.mark.parametrize("format", FORMATS)
def test_a_tampered_table_has_its_figures_named_in_every_format(tampered, format):
    codes = sorted(f.code for f in tampered.stats_findings)
    assert codes == ["PL701", "PL702"]  # the wrong total is PL702's alone
    out = render(tampered, format)
    if format == "json":
        stats = json.loads(out)["statistics"]
        assert [f["code"] for f in stats["findings"]] == [f.code for f in tampered.stats_findings]
        yangquan = stats["cities"][0]
        assert yangquan["share_shown"] == "96.60%" and yangquan["computed_share_shown"] == "97.60%"
        assert yangquan["findings"]["share"] == ["PL701"] and yangquan["differs"]["share"]
        total = stats["total"]
        assert (total["total"], total["computed_total"]) == (140865, 140765)
        assert total["findings"]["total"] == ["PL702"] and total["differs"]["total"]
        return
    if format == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        located = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
                    r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in results
                   if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("stats-tampered.csv")}
        assert located == {("PL701", 2, 17), ("PL702", 13, 5)}
        return
    out = readable(out, format)
    for f in tampered.stats_findings:
        assert shown(format, f.message("zh")) in out
        assert shown(format, f"{f.path}:{f.span.line}:{f.span.column}") in out
    assert "96.60%" in out and "97.60%" in out and "140865" in out and "140765" in out
    assert shown(format, "各项数字与重新计算一致。") not in out


def test_the_tampered_figures_are_marked_in_the_tables(tampered):
    text = text_out.render_audit(tampered, "zh")
    assert re.search(r"^阳泉市\s+12788\s+12788\s+12481\s+12481\s+96\.60% ≠\s+97\.60%", text, re.M)
    assert re.search(r"^山西省\s+140865 ≠\s+140765\s", text, re.M)
    page = html_out.render_audit(tampered, "zh")
    assert re.search(r'<td class="num differs">96\.60% <span class="mark">≠ PL701</span></td><td class="num">97\.60%</td>', page)
    assert re.search(r'<td class="num differs">140865 <span class="mark">≠ PL702</span></td><td class="num">140765</td>', page)
    md = markdown.render_audit(tampered, "zh")
    assert "**96.60% ≠ PL701** | 97.60% |" in md


# --- hostile names ------------------------------------------------------------------------------------------


def hostile_province(directory: Path) -> Path:
    """A province whose cities are named like a script tag and like template syntax, in province.toml,
    city.toml and the statistics table."""
    city = directory / "c1"
    city.mkdir(parents=True)
    (directory / "province.toml").write_text(
        f'[province]\nname = "山西省"\nyear = 2021\ncities = ["{SCRIPT}", "{TEMPLATE}市"]\ndeadline = 2021-06-30\n',
        encoding="utf-8")
    (city / "city.toml").write_text(
        f'[city]\nname = "{SCRIPT}"\nprovince = "山西省"\nyear = 2021\nunits = ["城区"]\nsubmitted = 2021-07-01\n',
        encoding="utf-8")
    (city / "城区.rules").write_text(
        "基本信息 {\n    省: 山西省\n    市: 晋城市\n    县: 城区\n    年度: 2021\n}\n入学条件 {\n    居住证: 持有满一年\n}\n",
        encoding="utf-8")
    (directory / "stats.csv").write_text(
        f"市,入学总数,公办学校就读人数,公办学校就读比例\n{SCRIPT},100,90,90.00%\n{TEMPLATE}市,100,80,80.00%\n"
        "山西省,200,170,85.00%\n", encoding="utf-8")
    return directory


@pytest.fixture
def hostile(tmp_path):
    directory = hostile_province(tmp_path / "province")
    return audit_province(directory, directory / "stats.csv")


def test_html_shows_script_and_template_city_names_as_text(hostile):
    page = html_out.render_audit(hostile, "zh")
    parsed = HTMLText.parse(page)
    assert "script" not in parsed.tags
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    text = "".join(parsed.text)
    assert SCRIPT in text and f"{TEMPLATE}市" in text and "49市" not in text
    assert 'data-city="&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_markdown_shows_script_and_template_city_names_as_text(hostile):
    out = markdown.render_audit(hostile, "zh")
    assert SCRIPT not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert r"\{\{7\*7\}\}市" in out and "49市" not in out
    assert r"[\{\{7\*7\}\}市](#city-2)" in out  # the link to the city's section keeps its text escaped


# --- SARIF --------------------------------------------------------------------------------------------------


def test_sarif_is_valid_and_has_every_county_city_and_statistics_finding(tampered):
    jsonschema = pytest.importorskip("jsonschema") if not os.environ.get("CI") else __import__("jsonschema")
    doc = json.loads(sarif.render_audit(tampered, "zh"))
    schema = sarif_schema()
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(doc))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    run_ = doc["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert len(run_["results"]) == len(tampered.findings)
    for result, finding in zip(run_["results"], tampered.findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.code
        assert finding.message("zh") in result["message"]["text"]
    for rule in rules:
        assert rule["shortDescription"]["text"] == checks.get(rule["id"]).title()("zh")
    assert {"PL701", "PL702", "PL703"} <= {r["id"] for r in rules}
    by_unit = {(r["properties"].get("city"), r["properties"].get("unit")) for r in run_["results"]}
    assert ("运城市", "新绛县") in by_unit and (None, None) in by_unit  # a county's finding; a statistics finding
    assert run_["properties"]["provinceShare"] == "85.04%"
    assert [c["city"] for c in run_["properties"]["cities"]] == list(tampered.config.cities)


# --- HTML specifics -----------------------------------------------------------------------------------------


def test_html_is_self_contained_and_printable_with_a_page_per_city(shanxi):
    page = html_out.render_audit(shanxi, "zh")
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "@page { size: A4; margin: 15mm; }" in page
    assert re.search(r"section\.statistics, section\.city \{[^}]*break-before: page", page)
    assert page.count('<section class="city"') == len(shanxi.cities)


def test_the_share_chart_has_sorted_bars_labelled_values_and_a_provincial_reference_line(shanxi):
    stats = json_out.audit_json(shanxi, "zh")["statistics"]
    chart = html_out.share_chart(stats["ranking"], stats["province_share"], None, "zh")
    assert [b["name"] for b in chart["bars"]] == [r.name for r in shanxi.stats.ranking()]
    widths = [b["width"] for b in chart["bars"]]
    assert widths == sorted(widths, reverse=True)
    assert [b["share"] for b in chart["bars"]] == [f"{r.computed_share()}%" for r in shanxi.stats.ranking()]
    span = chart["bar_right"] - chart["bar_left"]
    assert [line["kind"] for line in chart["lines"]] == ["province"]
    assert chart["lines"][0]["x"] == pytest.approx(chart["bar_left"] + span * 0.8504, abs=0.1)
    assert chart["lines"][0]["label"] == "全省 85.04%"
    below = {b["name"] for b in chart["bars"] if b["below_province"]}
    assert below == {"忻州市", "晋中市", "临汾市", "运城市", "朔州市"}
    page = html_out.render_audit(shanxi, "zh")
    assert page.count('<g class="bar"') == len(shanxi.stats.cities)
    assert '<g class="reference province">' in page and '<g class="reference target">' not in page


def test_a_cited_target_gets_its_own_reference_line_and_cities_below_it():
    ranking = [{"name": "甲市", "rank": 1, "share": 97.6, "share_shown": "97.60%", "below_province": False,
                "below_target": False},
               {"name": "乙市", "rank": 2, "share": 66.17, "share_shown": "66.17%", "below_province": True,
                "below_target": True}]
    chart = html_out.share_chart(ranking, 85.04, 90.0, "zh", 2023)
    assert [line["kind"] for line in chart["lines"]] == ["province", "target"]
    assert chart["lines"][1]["label"] == "2023 年目标 90.00%"
    assert chart["lines"][0]["label_y"] != chart["lines"][1]["label_y"]  # close lines: labels on two rows


# --- key counties' work plans -----------------------------------------------------------------------------


def test_the_key_counties_whose_plan_is_missing_or_fails_are_named(shanxi):
    problems = {(c.name, u.name): u.plan_status.name for c, u in shanxi.key_plan_problems()}
    # 临猗县 buys private places, which count as public (附件1: 含政府购买服务): its plan passes
    assert problems == {("运城市", "新绛县"): "missing", ("大同市", "新荣区"): "needs_changes"}
    doc = json_out.audit_json(shanxi, "zh")
    named = {(k["city"], k["name"]): (k["plan_status"], k["plan_codes"]) for k in doc["key_counties_plan_problems"]}
    assert named == {("运城市", "新绛县"): ("missing", []), ("大同市", "新荣区"): ("needs_changes", ["PL805"])}
    keys = {k["name"]: k for k in doc["key_counties"]}
    assert keys["盐湖区"]["plan_status"] == "passed" and not keys["盐湖区"]["plan_failing"]
    assert keys["临猗县"]["plan_status"] == "passed" and not keys["临猗县"]["plan_failing"]
    assert (doc["summary"]["key_counties_plan_missing"], doc["summary"]["key_counties_plan_failing"]) == (1, 1)


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_every_report_names_the_key_counties_whose_plan_is_missing_or_fails(shanxi, format):
    out = readable(render(shanxi, format), format)
    line = next(l for l in out.splitlines() if "工作方案缺失或未通过的重点督促县" in l)
    for name in ("新绛县（运城市，缺失）", "新荣区（大同市，需修改：PL805）"):
        assert name in line
    assert "盐湖区" not in line and "临猗县" not in line
    # and each failing plan's findings are in its city's section, with file:line:column
    for c, u in shanxi.key_plan_problems():
        for f in u.plan_findings:
            assert shown(format, f"{f.path}:{f.span.line}:{f.span.column}") in out
            assert shown(format, f.message("zh")) in out


def test_the_english_audit_names_them_too(shanxi):
    out = text_out.render_audit(shanxi, "en")
    assert "Key counties whose work plan is missing or fails: 新荣区 (大同市, needs changes: PL805)" in out
    assert "新绛县 (运城市, missing)" in out


# --- the target share, for the statistics' year -------------------------------------------------------------


def _stats_for(year: int, directory: Path) -> Path:
    from tests.conftest import ROOT

    target = directory / f"stats-{year}.csv"
    target.write_text((ROOT / STATS).read_text(encoding="utf-8").replace("2020年", f"{year}年"), encoding="utf-8")
    return target


def test_a_due_dated_target_is_compared_and_its_year_said(repo_root, tmp_path):
    audit = audit_province(Path(PROVINCE), _stats_for(2023, tmp_path), override="taizhou-2021")
    stats = json_out.audit_json(audit, "zh")["statistics"]
    target = stats["target"]
    assert (target["year"], target["value"], target["shown"], target["due"]) == (2023, 90.0, "90%", True)
    assert (target["statistics_year"], target["statistics_year_source"]) == (2023, "statistics")
    assert target["targets_shown"] == "2022 年 80%、2023 年 90%" and target["province_below"] is True
    assert target["citation"]["document"] == "台政办发〔2021〕1号"
    assert stats["below_target"] == ["太原市", "忻州市", "晋中市", "临汾市", "运城市", "朔州市"]
    out = text_out.render_audit(audit, "zh")
    assert ("目标比例：2023 年 90%（台政办发〔2021〕1号 三、工作目标（一）；统计数据为 2023 年）："
            "全省 85.04%，低于目标 4.96 个百分点。全部目标：2022 年 80%、2023 年 90%。") in out
    assert "低于 2023 年目标 90% 的市：太原市、忻州市" in out
    page = html_out.render_audit(audit, "zh")
    assert '<g class="reference target">' in page and "2023 年目标 90.00%" in page
    # a year between two targets is held to the earlier one (a target reached must be kept)
    between = audit_province(Path(PROVINCE), _stats_for(2022, tmp_path), override="taizhou-2021")
    target = json_out.audit_json(between, "zh")["statistics"]["target"]
    assert (target["year"], target["value"], target["province_below"]) == (2022, 80.0, False)


def test_a_target_not_yet_due_is_shown_and_not_compared(repo_root):
    audit = audit_province(Path(PROVINCE), Path(STATS), override="taizhou-2021")
    stats = json_out.audit_json(audit, "zh")["statistics"]
    assert (stats["target"]["year"], stats["target"]["due"], stats["target"]["province_below"]) == (2022, False, None)
    assert stats["below_target"] is None and all(r["below_target"] is None for r in stats["ranking"])
    out = text_out.render_audit(audit, "zh")
    assert "统计数据为 2020 年，早于最早的目标年份：下一目标 2022 年 80%（台政办发〔2021〕1号 三、工作目标（一））尚未到期" in out
    assert '<g class="reference target">' not in html_out.render_audit(audit, "zh")


def test_a_table_that_does_not_say_its_year_takes_the_provinces(repo_root, tmp_path):
    from tests.conftest import ROOT

    plain = tmp_path / "stats.csv"
    plain.write_text((ROOT / STATS).read_text(encoding="utf-8").replace("2020年", ""), encoding="utf-8")
    audit = audit_province(Path(PROVINCE), plain, override="taizhou-2021")
    target = json_out.audit_json(audit, "zh")["statistics"]["target"]
    assert (target["statistics_year"], target["statistics_year_source"], target["due"]) == (2021, "province.toml", False)
    assert "统计数据为 2021 年，年份取 province.toml" in text_out.render_audit(audit, "zh")


# --- the command ------------------------------------------------------------------------------------------


def test_a_directory_without_province_toml_exits_2_with_a_clear_message(tmp_path):
    result = run("audit", str(tmp_path), codes=(2,))
    assert result.stdout == ""
    assert "province.toml" in result.stderr and "目录中没有" in result.stderr


def test_an_unreadable_statistics_table_exits_2_and_the_rest_of_the_report_is_printed(repo_root, tmp_path):
    broken = tmp_path / "stats.csv"
    broken.write_text("市,总数\n阳泉市,abc\n", encoding="utf-8")
    for format in FORMATS:
        result = run("audit", PROVINCE, "--stats", str(broken), "--format", format, codes=(2,))
        out = result.stdout
        if format == "json":
            stats = json.loads(out)["statistics"]
            assert stats["status"] == "unreadable" and stats["problems"][0]["line"] == 1
            assert [c["name"] for c in json.loads(out)["cities"]] == ["阳泉市", "晋城市", "吕梁市", "长治市", "大同市",
                                                                       "太原市", "忻州市", "晋中市", "临汾市", "运城市",
                                                                       "朔州市"]
            continue
        if format == "sarif":
            notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
            assert any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("stats.csv")
                       for n in notes)
            continue
        out = readable(out, format)
        assert "统计表无法读取" in out and "统计表表头无法识别" in out
        assert "晋城市" in out and "泽州县" in out and "2021-07-03" in out  # everything else is still there
    missing = run("audit", PROVINCE, "--stats", str(tmp_path / "none.csv"), codes=(2,))
    assert "文件或目录不存在" in missing.stdout and "晋城市" in missing.stdout


@pytest.mark.parametrize("format", FORMATS)
def test_a_city_whose_city_toml_cannot_be_read_is_reported_and_exits_2(tmp_path, format):
    (tmp_path / "c1").mkdir()
    (tmp_path / "province.toml").write_text('[province]\nname = "山西省"\nyear = 2021\ncities = ["晋城市"]\n',
                                            encoding="utf-8")
    (tmp_path / "c1" / "city.toml").write_text('[city]\nname = "晋城市"\nbogus = 1\n', encoding="utf-8")
    out = run("audit", str(tmp_path), "--format", format, codes=(2,)).stdout
    config = (tmp_path / "c1" / "city.toml").as_posix()
    if format == "json":
        doc = json.loads(out)
        assert doc["extra_cities"] == []  # the listed city is named from its city.toml, not taken for another
        c1 = next(c for c in doc["cities"] if c["name"] == "晋城市")
        assert (c1["status"], c1["config"], c1["problems"][0]["line"]) == ("unreadable", config, 3)
        return
    if format == "sarif":
        notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        assert notes[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
        return
    out = readable(out, format)
    assert "配置无法读取" in out and shown(format, f"{config}:3:1") in out


def test_without_stats_the_report_says_how_to_give_them(repo_root):
    out = run("audit", PROVINCE).stdout
    assert "未提供统计表。用 --stats 指定附件1式 CSV。" in out and "晋城市" in out


def test_audit_writes_html_to_a_file_with_o(repo_root, tmp_path):
    target = tmp_path / "a.html"
    assert run("audit", PROVINCE, "--stats", STATS, "--format", "html", "-o", str(target)).stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_text_is_coloured_only_when_asked(shanxi):
    plain = text_out.render_audit(shanxi, "zh")
    coloured = text_out.render_audit(shanxi, "zh", color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_a_thousands_comma_that_shifts_the_columns_is_refused_at_its_line(repo_root, tmp_path):
    from policy_lint.errors import InputError
    from policy_lint.statistics import parse_stats

    extra = tmp_path / "extra.csv"
    extra.write_text("市,入学总数,公办学校就读人数,公办学校就读比例\n晋城市,22,396,21724,97.00%\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        parse_stats(extra)
    assert info.value.problems[0].line == 2 and "千位逗号" in info.value.problems[0].message.zh
