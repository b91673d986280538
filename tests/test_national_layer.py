"""The dated national layer and the labels of what the tool reads itself (推定, inferred dates, 原文待核实).

Each finding that rests on a threshold no text states says so in every format; `ruleset show national` lists
every national parameter with each of its dates, its citation and whether its wording is verified.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.ruleset import load_bundled

runner = CliRunner()

HEAD = """\
基本信息 {{
    省: {province}
    市: {city}
    县: {county}
    年度: {year}
    报送日期: {sent}
}}
"""


def rules(tmp_path, body: str, province="山西省", city="晋城市", county="沁水县", year=2021, sent="2021年6月1日"):
    path = tmp_path / f"{county}.rules"
    path.write_text(HEAD.format(province=province, city=city, county=county, year=year, sent=sent) + body,
                    encoding="utf-8")
    return path


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ruleset_show_national_lists_every_parameter_with_its_dates_citation_and_verified_flag():
    out = invoke("ruleset", "show", "national").output
    national = load_bundled("national")
    for name, versions in national.versions.items():
        assert f"\n{name}  (" in out, name
        for version in versions:
            assert version.effective.isoformat() in out, (name, version.effective)
            assert version.citation.quote in out, name
    assert out.count("（原文待核实）") >= 6 and "（原文已核实）" in out
    assert "（生效日期系推定）" in out
    # the two dated values of the ban, each with its own document
    section = out.split("\nbanned_certificates  (", 1)[1].split("\n\n", 1)[0]
    assert "各时期取值" in section and "2021-07-20" in section and "2022-04-01" in section
    assert "全面脱钩" in section and "教基厅〔2022〕1号" in section


def test_ruleset_show_labels_each_derived_threshold_and_gives_the_reasoning():
    out = invoke("ruleset", "show", "shanxi-2021").output
    for name in ("social_insurance_months_max", "employment_months_max"):
        section = out.split(f"\n{name}  (", 1)[1].split("\n\n", 1)[0]
        assert "取值: 6（推定）" in section or "取值: 6 个月（推定）" in section or "（推定）" in section.split("\n")[1]
        assert "\n    推定: " in section and "类推" in section or "比照" in section
    en = invoke("ruleset", "show", "shanxi-2021", "--lang", "en").output
    assert "(derived)" in en and "\n    derived: " in en


INSURANCE = """\
入学条件 {
    居住证: 持有有效居住证
    社保: 缴纳社会保险满1年
}
"""


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_a_finding_under_a_derived_threshold_is_labelled_in_every_format(tmp_path, fmt):
    path = rules(tmp_path, INSURANCE)
    out = invoke("check", "--format", fmt, str(path)).output
    assert "PL103" in out
    if fmt == "json":
        data = json.loads(out)
        found = [f for f in data["files"][0]["findings"] if f["code"] == "PL103"]
        assert found and "类推" in found[0]["basis"]["citation"]["derived"] or "比照" in found[0]["basis"]["citation"]["derived"]
    elif fmt == "sarif":
        data = json.loads(out)
        result = next(r for r in data["runs"][0]["results"] if r["ruleId"] == "PL103")
        assert "（推定）" in result["message"]["text"] and result["properties"]["citation"]["derived"]
    else:
        assert "（推定）" in out and "推定" in out.split("（推定）", 1)[1]


@pytest.mark.parametrize("fmt", ["text", "html", "markdown", "json", "sarif"])
def test_a_city_review_labels_a_derived_threshold_in_every_format(tmp_path, fmt):
    from .helpers import write_city

    city = write_city(tmp_path / "city", {"沁水县": HEAD.format(province="山西省", city="晋城市", county="沁水县",
                                                                 year=2021, sent="2021年6月1日") + INSURANCE})
    out = invoke("review", "--format", fmt, str(city)).output
    assert "PL103" in out
    if fmt == "json":
        unit = json.loads(out)["units"][0]
        found = next(f for f in unit["findings"] if f["code"] == "PL103")
        assert found["basis"]["citation"]["derived"]
    elif fmt == "sarif":
        result = next(r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "PL103")
        assert "（推定）" in result["message"]["text"] and result["properties"]["citation"]["derived"]
    else:
        assert "（推定）" in out and "比照" in out


def test_a_finding_under_a_stated_threshold_carries_no_derived_label(tmp_path):
    path = rules(tmp_path, "入学条件 {\n    居住: 连续居住满2年\n}\n")
    out = invoke("check", str(path)).output
    assert "PL102" in out and "（推定）" not in out.split("PL102", 1)[1].split("= 建议", 1)[0]
    data = json.loads(invoke("check", "--format", "json", str(path)).output)
    assert "derived" not in data["files"][0]["findings"][0]["basis"]["citation"]


MATERIALS = """\
证明材料 {
    户口簿、居住证
    独生子女证
    超龄证明
    老家无人监护证明
    幼儿园毕业证明
}
"""


def test_a_2022_taizhou_rule_gets_errors_citing_the_national_layer(tmp_path):
    path = rules(tmp_path, MATERIALS, province="浙江省", city="台州市", county="路桥区", year=2022,
                 sent="2022年6月1日")
    data = json.loads(invoke("check", "--format", "json", str(path)).output)
    found = [f for f in data["files"][0]["findings"] if f["code"] == "PL201"]
    assert len(found) == 4 and all(f["severity"] == "error" for f in found)
    assert all(f["basis"]["ruleset"] == "national" and f["basis"]["citation"]["document"] == "教基厅〔2022〕1号"
               and f["basis"]["citation"]["verified"] is False for f in found)
    text_out = invoke("check", str(path)).output
    assert text_out.count("（原文待核实）") >= 4


def test_a_2021_taizhou_rule_sent_before_the_decision_gets_no_national_ban(tmp_path):
    path = rules(tmp_path, MATERIALS, province="浙江省", city="台州市", county="路桥区", year=2021,
                 sent="2021年7月19日")
    data = json.loads(invoke("check", "--format", "json", str(path)).output)
    assert not [f for f in data["files"][0]["findings"] if f["code"] == "PL201"]


def test_a_2021_taizhou_rule_sent_after_the_decision_gets_only_the_family_planning_ban(tmp_path):
    path = rules(tmp_path, MATERIALS, province="浙江省", city="台州市", county="路桥区", year=2021,
                 sent="2021年7月20日")
    data = json.loads(invoke("check", "--format", "json", str(path)).output)
    found = [f for f in data["files"][0]["findings"] if f["code"] == "PL201"]
    assert [f["line"] for f in found] == [10]
    assert "全面脱钩" in found[0]["basis"]["citation"]["quote"]
