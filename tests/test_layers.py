"""Which layers apply to a document, and the one-line note when they are fewer than due (policy_lint/layers.py)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.engine import check_paths

runner = CliRunner()

RULES = """基本信息 {{
{meta}
}}

入学条件 {{
    居住: 在本县居住满一年
}}
"""


def _rules(tmp_path, meta: str, name: str = "县.rules"):
    path = tmp_path / name
    path.write_text(RULES.format(meta=meta), encoding="utf-8")
    (result,) = check_paths([path])
    assert result.error is None
    return result


def test_a_province_without_a_bundled_ruleset_gets_the_national_layer_and_says_so(tmp_path):
    result = _rules(tmp_path, "    省: 湖北省\n    市: 武汉市\n    县: 江岸区\n    年度: 2022")
    assert result.ruleset.chain == ("national",)
    (note,) = result.ruleset.notes
    assert "已适用的规则层：国家基准" in note.zh and "湖北省的省级规则未随附" in note.zh
    assert "Hubei" not in note.en and "湖北省's own rules are not bundled" in note.en
    assert "PL107" in [r.code for r in result.remarks]  # the national layer's checks ran (PL107's remark: no permit)


def test_a_year_newer_than_the_newest_edition_names_the_edition_used(tmp_path):
    result = _rules(tmp_path, "    省: 山西省\n    市: 晋城市\n    县: 泽州县\n    年度: 2024")
    assert result.ruleset.name == "jincheng-2021"
    (note,) = result.ruleset.notes
    assert "2024 年度" in note.zh and "“晋城市 2021”（2021 年）" in note.zh
    assert "国家基准 → 山西省 2021 → 晋城市 2021" in note.zh


def test_without_a_year_the_newest_edition_is_used_and_the_rules_file_is_told_where_to_write_it(tmp_path):
    result = _rules(tmp_path, "    省: 山西省\n    市: 晋城市\n    县: 泽州县")
    assert result.ruleset.name == "jincheng-2021"
    (note,) = result.ruleset.notes
    assert "未能读出年度" in note.zh and "在“基本信息”中" in note.zh


def _rules_text(tmp_path, text: str, name: str = "县.rules"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = check_paths([path])
    assert result.error is None
    return result


def test_without_a_year_a_document_asking_the_zanzhu_permit_and_never_the_residence_permit_is_held_to_2015(tmp_path):
    # zhejiang-hangzhou-undated, beijing-xicheng-undated: the 暂住证's time; what rests on the 2016 regulation is not
    # applied (PL101, PL106), what rests on the Compulsory Education Law (2006) is (PL108: both parents)
    old = ("基本信息 {\n    省: 浙江省\n    市: 杭州市\n}\n\n入学条件 {\n"
           "    居住证: 父母双方或法定监护人在杭的一年以上暂住证\n    住所: 房产证或房屋租赁证明\n"
           "    就业: 签订一年及以上合同或取得营业执照\n}\n")
    result = _rules_text(tmp_path, old)
    assert any("应是居住证施行" in note.zh and "2015 年" in note.zh for note in result.ruleset.notes)
    codes = {f.code for f in result.findings}
    assert "PL108" in codes and not codes & {"PL101", "PL104", "PL106", "PL205"}
    # the same asking the 居住证 is held to the newest edition, the regulation's rules too
    new = old.replace("一年以上暂住证", "一年以上居住证")
    codes = {f.code for f in _rules_text(tmp_path, new, "新.rules").findings}
    assert {"PL101", "PL108"} <= codes


def test_a_rules_file_without_a_place_is_checked_against_the_national_layer(tmp_path):
    result = _rules(tmp_path, "    县: 某县\n    年度: 2022")
    assert result.ruleset.chain == ("national",)
    (note,) = result.ruleset.notes
    assert "未能读出本文件所属的省、市" in note.zh and "在“基本信息”中" in note.zh


def test_a_document_its_layers_fit_has_no_note(tmp_path):
    result = _rules(tmp_path, "    省: 山西省\n    市: 晋城市\n    县: 泽州县\n    年度: 2021")
    assert result.ruleset.name == "jincheng-2021" and result.ruleset.notes == ()


def test_the_note_is_in_the_text_and_json_reports_and_the_exit_is_not_2(tmp_path):
    path = tmp_path / "江岸区.rules"
    path.write_text(RULES.format(meta="    省: 湖北省\n    年度: 2022"), encoding="utf-8")
    shown = runner.invoke(app, ["check", str(path)])
    assert shown.exit_code in (0, 1) and "PL107" in shown.output  # checked, not refused (exit 2)
    assert "[说明] 已适用的规则层：国家基准；湖北省的省级规则未随附" in shown.output
    english = runner.invoke(app, ["check", str(path), "--lang", "en"])
    assert "[note] layers applied: National baseline; 湖北省's own rules are not bundled" in english.output
    as_json = json.loads(runner.invoke(app, ["check", str(path), "--format", "json"]).stdout)
    (note,) = as_json["files"][0]["ruleset_notes"]
    assert note.startswith("已适用的规则层：国家基准")
    sarif = json.loads(runner.invoke(app, ["check", str(path), "--format", "sarif"]).stdout)
    (notice,) = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notice["level"] == "note" and notice["message"]["text"] == note


def test_a_readable_draft_from_any_province_is_never_refused(tmp_path):
    draft = tmp_path / "细则.txt"
    draft.write_text("成都市新津区教育局\n2023年成都市新津区随迁子女入学政策\n随迁子女父母须持有居住证满一年。\n", encoding="utf-8")
    shown = runner.invoke(app, ["check", str(draft)])
    assert shown.exit_code != 2
    assert "四川省的省级规则未随附" in shown.output
