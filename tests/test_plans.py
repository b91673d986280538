"""Work plans (工作方案): the plan language, its errors, the rulesets' dated targets and the samples.

Each check's own cases are in tests/checks/cases/PL8xx.toml (run by tests/checks/test_cases.py).
"""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from policy_lint import checks
from policy_lint.errors import InputError, RulesetError
from policy_lint.plans import PlanResult, check_plan_file, check_plan_source, parse_plan
from policy_lint.ruleset import load_text, resolve
from policy_lint.messages import text
from policy_lint.source import decode

from . import test_samples as rules_samples

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PLANS = sorted(SAMPLES.rglob("*.plan"))


def source(text: str, path: str = "case.plan"):
    return decode(textwrap.dedent(text).lstrip("\n").encode("utf-8"), path)


def plan_of(text: str):
    return parse_plan(source(text))


def problems(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(InputError) as info:
        plan_of(text)
    return [(p.line, p.column, p.message.zh) for p in info.value.problems]


FULL = """
基本信息 {
    省: 浙江省
    市: 台州市
    县: 黄岩区
    年度: 2021
    期限: 2021—2023年
    文号: “黄政办发〔2021〕14号”
    依据: “台政办发〔2021〕1号”
    报送日期: 3月12日
}
现状 {
    年份: 2020
    随迁子女: 16320
    公办学校就读人数: 11750人
    公办就读比例: 72.0%
    随迁子女学校: 7所
}
目标 {
    2022年 {
        公办就读比例: 80%
        阳光厨房: 全覆盖
    }
    至2023年 {
        公办就读: 14700
        预计随迁子女: 16500
    }
}
措施 {
    联席会议: 建立区联席会议制度，办公室设在区教育局
    购买学位: 500
    新建学校 {
        名称: 黄岩区江北小学
        学位: 1350
        年份: 2022年秋季
    }
    购买学位 {
        学位: 200
        年份: 2023
    }
}
"""


# --- the language -------------------------------------------------------------------


def test_a_full_plan_is_read_into_the_model():
    plan = plan_of(FULL)
    meta = plan.metadata
    assert (meta.province.value, meta.city.value, meta.county.value, meta.year.value) == ("浙江省", "台州市", "黄岩区", 2021)
    assert meta.doc_number.value == "黄政办发〔2021〕14号" and meta.basis[0].value == "台政办发〔2021〕1号"
    assert meta.submitted.value.isoformat() == "2021-03-12"  # the year from 年度
    assert (plan.period.start, plan.period.end) == (2021, 2023)
    current = plan.current
    assert current.year.value == 2020
    assert current.count("migrant").value == 16320 and current.count("public").value == 11750
    assert current.count("schools").value == 7
    assert current.shares["public_share"].value == Decimal("72.0") and current.shares["public_share"].places == 1
    assert current.key("public") == "公办学校就读人数" and current.key("migrant") == "随迁子女"
    targets = [(t.metric, t.year, t.value, t.percent) for t in plan.targets]
    assert targets == [("public_share", 2022, Decimal(80), True), ("sunshine_kitchen", 2022, Decimal(100), True),
                       ("public_share", 2023, Decimal(14700), False)]
    assert [(p.year, p.value.value) for p in plan.projections] == [(2023, 16500)]
    assert plan.measure("联席会议").text == "建立区联席会议制度，办公室设在区教育局" and plan.measure("联席会议").taken
    places = [(p.kind, p.places.value, p.year.value if p.year else None) for p in plan.places]
    assert places == [("purchase", 500, None), ("new_school", 1350, 2022), ("purchase", 200, 2023)]
    assert plan.year == 2021 and plan.kind == "plan"


def test_the_model_answers_the_checks_questions():
    plan = plan_of(FULL)
    assert plan.migrant_total(2022) == (16320, None)  # no projection yet: the current total
    assert plan.migrant_total(2023) == (16500, 2023)
    count_target = plan.targets_for("public_share")[-1]
    assert round(plan.target_percent(count_target), 2) == Decimal("89.09")  # 14700 ÷ 16500
    assert plan.current_share(checks_metric("public_share")) == (Decimal("72.0"), "counts")
    assert [p.places.value for p in plan.places_by(2022)] == [500, 1350]


def checks_metric(id: str):
    from policy_lint.plans import METRIC_BY_ID

    return METRIC_BY_ID[id]


def test_spans_point_at_the_values():
    plan = plan_of(FULL)
    target = plan.targets[0]
    assert (target.span.line, target.span.column) == (20, 17)
    assert (target.year_span.line, target.year_span.column) == (19, 5)
    assert (plan.targets_span.line, plan.targets_span.column) == (18, 1)
    assert (plan.current.shares["public_share"].span.line, plan.current.shares["public_share"].span.column) == (15, 13)


def test_aliases_and_full_width_text_are_read():
    plan = plan_of("""
        基本信息｛
            省份：浙江省
            设区市：台州市
            县（市）：仙居县
            实施期限：２０２１－２０２３
        ｝
        基本情况｛
            随迁子女总数：３６４０人
            公办学校就读（含政府购买学位）：２９１０人
            公办学校就读比例：７９．９％
        ｝
        工作目标｛
            ２０２２年｛
                公办学校就读比例：８２％
                智安学校建设率：全覆盖
            ｝
        ｝
        主要措施｛
            联席会议制度：建立县联席会议制度
            结对帮扶：县城学校与随迁子女学校结对
            改扩建学校｛
                学校名称：安洲小学
                新增学位：２７０
                建成年份：２０２２年
            ｝
        ｝
    """)
    assert plan.metadata.county.value == "仙居县" and (plan.period.start, plan.period.end) == (2021, 2023)
    assert plan.current.shares["public_share"].value == Decimal("79.9")
    assert [(t.metric, t.value) for t in plan.targets] == [("public_share", 82), ("smart_safe_school", 100)]
    assert plan.measure("联席会议") is not None and plan.measure("发展共同体") is not None
    assert plan.places[0].kind == "expansion" and plan.places[0].places.value == 270


def test_a_declined_measure_is_not_taken():
    plan = plan_of("""
        措施 {
            联席会议: 暂不建立
            支教支管: 无
            发展共同体: 城区学校结对
        }
    """)
    assert not plan.measure("联席会议").taken and not plan.measure("支教支管").taken
    assert plan.measure("发展共同体").taken


def test_a_comment_only_plan_is_an_empty_plan():
    plan = plan_of("# 工作方案\n")
    assert plan.targets == () and plan.current is None and plan.metadata.county is None


# --- bad input ------------------------------------------------------------------------


def test_a_rules_section_in_a_plan_is_named_as_such():
    (problem,) = problems("""
        入学条件 {
            居住: 满半年
        }
    """)
    assert problem[:2] == (1, 1) and "实施细则" in problem[2] and ".rules" in problem[2]


def test_an_unknown_section_gets_a_did_you_mean():
    (problem,) = problems("""
        目表 {
            2022年 {
                公办就读比例: 80%
            }
        }
    """)
    assert problem[:2] == (1, 1) and "未知的节「目表」" in problem[2] and "目标" in problem[2]


def test_an_unknown_key_gets_a_did_you_mean():
    (problem,) = problems("""
        现状 {
            随迁子女人: 3640
        }
    """)
    assert problem[:2] == (2, 5) and "随迁子女人" in problem[2] and "是否指" in problem[2]


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("现状 {\n    公办就读比例: 八成\n}\n", (2, 13), "无法识别比例「八成」"),
        ("现状 {\n    公办就读比例: 104%\n}\n", (2, 13), "超过 100%"),
        ("现状 {\n    随迁子女: 若干\n}\n", (2, 11), "无法识别人数"),
        ("现状 {\n    年份: 去年\n}\n", (2, 9), "无法识别年份"),
        ("基本信息 {\n    期限: 三年\n}\n", (2, 9), "无法识别期限"),
        ("基本信息 {\n    期限: 2023—2021年\n}\n", (2, 9), "结束年份早于开始年份"),
        ("目标 {\n    公办就读比例: 90%\n}\n", (2, 5), "须写在年份之下"),
        ("目标 {\n    明年 {\n        公办就读比例: 90%\n    }\n}\n", (2, 5), "「明年」不是年份"),
        ("目标 {\n    2022年 {\n        公办就读比例: 80%\n    }\n    2022 {\n        阳光厨房: 100%\n    }\n}\n",
         (5, 5), "「2022年」重复出现（第一次在第 2 行）"),
        ("措施 {\n    新建学校 {\n        名称: 城东小学\n        学位: 1200\n    }\n}\n", (2, 5), "须写明「年份」"),
        ("措施 {\n    新建学校 {\n        名称: 城东小学\n    }\n}\n", (2, 5), "须写明「学位」和「年份」"),
        ("措施 {\n    改扩建 {\n        新增学位: 若干\n        年份: 2022\n    }\n}\n", (3, 15), "无法识别人数"),
        ("措施 {\n    新建医院 {\n        学位: 1200\n    }\n}\n", (2, 5), "不能嵌套「新建医院」"),
        ("措施 {\n    建立联席会议\n}\n", (2, 5), "应写「键：值」"),
        ("基本信息 {\n    期限: 2021—2023年\n    实施期限: 2021—2022年\n}\n", (3, 5), "重复出现"),
    ],
)
def test_bad_values_are_reported_in_words_at_their_place(text, where, words):
    found = problems(text)
    assert len(found) == 1, found
    assert found[0][:2] == where and words in found[0][2], found[0]


def test_every_problem_is_reported_at_once():
    found = problems("""
        现状 {
            公办就读比例: 八成
            随迁子女: 若干
        }
        目标 {
            公办就读比例: 90%
        }
    """)
    assert [p[:2] for p in found] == [(2, 13), (3, 11), (6, 5)]


def test_a_syntax_error_uses_the_shared_grammar_messages():
    found = problems("目标 {\n    2022年 {\n        公办就读比例: 80%\n    }\n")
    assert "没有用「}」结束" in found[0][2]


def test_a_plan_without_its_region_falls_back_to_the_national_layer_with_a_note_as_rules_do():
    result = check_plan_source(source("# 工作方案\n"))
    assert result.error is None and result.ruleset.name == "national"
    assert [note.zh for note in result.ruleset.notes] == [text("layers.no_place", where=text("layers.where.rules")).zh]
    # a province but no year (年度 or 期限): the newest bundled edition, and a note saying so
    result = check_plan_source(source("基本信息 {\n    省: 浙江省\n    市: 台州市\n    县: 天台县\n}\n"))
    assert result.error is None and result.ruleset.name == "taizhou-2021"
    assert any("未能读出年度" in note.zh for note in result.ruleset.notes)
    result = check_plan_source(source("# 工作方案\n"), "taizhou-2021")
    assert result.error is None and {f.code for f in result.findings} == {"PL801", "PL806"}


# --- checking ---------------------------------------------------------------------


def test_check_plan_source_returns_a_file_result_with_the_plan_and_its_ruleset():
    result = check_plan_source(source(FULL))
    assert isinstance(result, PlanResult) and result.kind == "plan"
    assert result.plan is result.rules and result.plan.metadata.county.value == "黄岩区"
    assert result.ruleset.name == "taizhou-2021" and result.source is not None
    assert all(f.code.startswith("PL8") for f in result.findings)


def test_plan_checks_do_not_run_on_rules_and_rules_checks_do_not_run_on_plans():
    plan_checks = [c for c in checks.all_checks() if c.scope == "plan"]
    assert [c.code for c in plan_checks] == ["PL801", "PL802", "PL803", "PL804", "PL805", "PL806", "PL807"]
    assert all(c.family() == "8" for c in plan_checks) and "8" in checks.FAMILIES
    from policy_lint.engine import check_paths

    results = check_paths([SAMPLES / "zhejiang" / "taizhou"])
    assert {r.kind for r in results} == {"rules", "plan"}
    for result in results:
        on_plan = [f.code.startswith("PL8") for f in result.findings]
        assert all(on_plan) if result.kind == "plan" else not any(on_plan), result.path


def test_check_takes_plans_beside_rules_and_routes_them_by_suffix(tmp_path):
    from policy_lint.engine import check_file, check_paths, discover

    taizhou = SAMPLES / "zhejiang" / "taizhou"
    found = [p.name for p, _ in discover([taizhou])]
    assert "黄岩区.plan" in found and "黄岩区.rules" in found
    plan = check_file(taizhou / "黄岩区.plan", "黄岩区.plan")
    assert isinstance(plan, PlanResult) and plan.kind == "plan" and plan.plan is not None
    assert [f.code for f in plan.findings] == ["PL802"]
    rules = check_file(taizhou / "黄岩区.rules", "黄岩区.rules")
    assert rules.kind == "rules" and not isinstance(rules, PlanResult)
    # the suffix decides, whatever its case; a directory holding only plans is checked too
    only_plans = tmp_path / "plans"
    only_plans.mkdir()
    (only_plans / "黄岩区.PLAN").write_bytes((taizhou / "黄岩区.plan").read_bytes())
    (result,) = check_paths([only_plans])
    assert result.kind == "plan" and [f.code for f in result.findings] == ["PL802"]
    empty = tmp_path / "empty"
    empty.mkdir()
    (nothing,) = check_paths([empty])
    assert nothing.error is not None and ".plan" in nothing.error.problems[0].message.zh


def test_a_2023_public_school_target_of_85_per_cent_is_flagged_citing_the_city_and_its_90():
    result = check_plan_file(SAMPLES / "zhejiang" / "taizhou" / "黄岩区.plan")
    (finding,) = result.findings
    assert finding.code == "PL802" and finding.severity == "error"
    assert "85%" in finding.message.zh and "90%" in finding.message.zh and "90%" in finding.message.en
    citation = finding.basis.citation
    assert citation.document == "台政办发〔2021〕1号"
    assert citation.quote.startswith("至 2022 年，全市随迁子女在公办学校就读比例达到 80%；至 2023 年")
    assert finding.basis.value == {"2022": 80.0, "2023": 90.0} and finding.basis.layer == "taizhou-2021"


def test_a_current_share_its_counts_do_not_give_is_flagged_with_the_recomputed_figure():
    result = check_plan_file(SAMPLES / "zhejiang" / "taizhou" / "路桥区.plan")
    (finding,) = result.findings
    assert finding.code == "PL804"
    assert "72.5%" in finding.message.zh and "17320 ÷" in finding.message.zh and "= 69.7%" in finding.message.zh


def test_unreachable_targets_show_the_arithmetic_and_the_assumption():
    (finding,) = check_plan_file(SAMPLES / "zhejiang" / "taizhou" / "临海市.plan").findings
    assert finding.code == "PL805"
    message = finding.message.zh
    assert "⌈90% × 15420⌉ = 13878" in message and "多 4008 个" in message and "= 2500 个" in message
    assert "还差 1508 个" in message and "按现状 15420 人不变" in message


# --- the done-when of issue 6, on the command line ------------------------------------


def _cli(*args: str):
    from typer.testing import CliRunner

    from policy_lint.cli import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_check_flags_the_85_per_cent_target_citing_the_city_its_sentence_and_its_90(repo_root):
    result = _cli("check", "samples/zhejiang/taizhou/黄岩区.plan")
    assert result.exit_code == 1
    out = result.output
    assert "samples/zhejiang/taizhou/黄岩区.plan:38:17: PL802 [错误] 「公办就读比例」2023 年目标为 85%，低于台州市同年目标 90%" in out
    assert "台政办发〔2021〕1号" in out and "至 2023 年，全市随迁子女在公办学校就读比例达到 90%" in out
    assert "共检查 1 个文件（其中工作方案 1 个）：1 个错误" in out
    english = _cli("check", "samples/zhejiang/taizhou/黄岩区.plan", "--lang", "en").output
    assert "(1 of them work plans)" in english and "90%" in english


def test_check_flags_a_share_its_counts_do_not_give_with_the_recomputed_figure(repo_root):
    import json

    result = _cli("check", "samples/zhejiang/taizhou/路桥区.plan", "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.output)
    (file,) = doc["files"]
    assert file["kind"] == "plan" and file["status"] == "checked" and file["ruleset"] == "taizhou-2021"
    (finding,) = file["findings"]
    assert finding["code"] == "PL804" and "= 69.7%" in finding["message"] and "72.5%" in finding["message"]
    assert doc["summary"]["plans"] == 1


def test_check_of_a_directory_checks_the_plans_beside_the_rules(repo_root):
    import json

    doc = json.loads(_cli("check", "samples/zhejiang/taizhou", "--format", "json").output)
    kinds = {Path(f["path"]).name: f["kind"] for f in doc["files"]}
    assert sum(1 for k in kinds.values() if k == "plan") == 9 == doc["summary"]["plans"]
    assert kinds["黄岩区.plan"] == "plan" and kinds["黄岩区.rules"] == "rules"
    codes = {Path(f["path"]).name: sorted(x["code"] for x in f["findings"]) for f in doc["files"]}
    for path in PLANS:
        if path.parent.name == "taizhou":
            assert codes[path.name] == rules_samples.expected_codes(path)
    # --select reaches the plan checks too
    only = json.loads(_cli("check", "samples/zhejiang/taizhou", "--format", "json", "--select", "PL804").output)
    assert sorted(x["code"] for f in only["files"] for x in f["findings"]) == ["PL804"]


def test_audit_names_the_key_counties_whose_plan_is_missing_or_fails(repo_root):
    result = _cli("audit", "samples/shanxi", "--stats", "samples/shanxi/stats-2020.csv")
    assert result.exit_code == 1
    line = next(l for l in result.output.splitlines() if l.startswith("工作方案缺失或未通过的重点督促县"))
    # 临猗县's plan buys private places, which count as public (附件1: 含政府购买服务), so it passes
    assert line == "工作方案缺失或未通过的重点督促县：新荣区（大同市，需修改：PL805）、新绛县（运城市，缺失）"
    assert "无数值目标：规则集只要求提高比例" in result.output  # Shanxi cites no numeric target


# --- the rulesets -----------------------------------------------------------------


def test_the_city_targets_are_dated_and_cited():
    taizhou = resolve("taizhou-2021")
    assert taizhou.get("plan_public_share_targets").value == {"2022": 80.0, "2023": 90.0}
    assert taizhou.get("plan_standardised_targets").value == {"2023": 90.0, "2025": 100.0}
    assert taizhou.get("plan_period").value == [2021, 2023]
    for name in ("plan_public_share_targets", "plan_joint_meeting", "plan_teaching_support"):
        assert taizhou.get(name).citation.document == "台政办发〔2021〕1号"
    shanxi = resolve("shanxi-2021")
    assert "一县一案" in shanxi.get("plan_two_mains").citation.quote
    assert shanxi.get("plan_public_share_targets") is None  # the province sets no dated figure


def test_ruleset_show_lists_the_dated_targets_readably():
    from policy_lint.docs import ruleset_text

    shown = ruleset_text(resolve("taizhou-2021"), "zh")
    assert "plan_public_share_targets" in shown
    assert "取值: 2022 年 80%、2023 年 90%" in shown and "2023 年 90%、2025 年 100%" in shown
    assert "{'2022'" not in shown and "90.0" not in shown  # never the dict it is loaded as
    assert "取值: 2021-06-20" in ruleset_text(resolve("jincheng-2021"), "zh")  # a date, not datetime.date(…)
    english = ruleset_text(resolve("taizhou-2021"), "en")
    assert "value: 2022: 80%, 2023: 90%" in english


def test_rule_shows_the_dated_targets_it_cites_readably():
    from policy_lint.checks import get
    from policy_lint.docs import rule_text

    shown = rule_text(get("PL802"), "zh")
    assert "[taizhou-2021] = 2022 年 80%、2023 年 90%（2021-01-05 起）" in shown
    assert "{'2022'" not in shown
    assert "[taizhou-2021] = 2022: 80%, 2023: 90% (from 2021-01-05)" in rule_text(get("PL802"), "en")


@pytest.mark.parametrize("value", ['{ "2022" = "80%" }', '{ "明年" = 80.0 }', '{ "2022" = true }'])
def test_a_dated_target_must_map_years_to_numbers(value):
    text = ('[ruleset]\nname = "t"\ntitle = "测试"\ntitle_en = "Test"\n\n[params.plan_public_share_targets]\n'
            f'value = {value}\neffective = 2021-01-05\ndocument = "x"\narticle = "y"\nquote = "z"\n')
    with pytest.raises(RulesetError) as info:
        load_text(text, "rulesets/t.toml")
    assert info.value.problems[0].line == 6 and "plan_public_share_targets" in info.value.problems[0].message.zh


# --- the samples ----------------------------------------------------------------------


def _id(path: Path) -> str:
    return path.relative_to(SAMPLES).as_posix()


def test_every_taizhou_county_and_the_shanxi_key_counties_with_a_plan_have_one():
    taizhou = SAMPLES / "zhejiang" / "taizhou"
    assert {p.stem for p in taizhou.glob("*.plan")} == {p.stem for p in taizhou.glob("*.rules")}
    assert {_id(p) for p in (SAMPLES / "shanxi").rglob("*.plan")} == {
        "shanxi/yuncheng/盐湖区.plan", "shanxi/yuncheng/临猗县.plan", "shanxi/datong/新荣区.plan"}
    assert not (SAMPLES / "shanxi" / "yuncheng" / "新绛县.plan").exists()  # the key county without a plan


@pytest.mark.parametrize("path", PLANS, ids=_id)
def test_sample_plan_parses_under_its_city_ruleset(path: Path):
    result = check_plan_file(path, _id(path))
    assert result.error is None, f"{_id(path)} does not parse: {result.error}"
    assert result.plan.metadata.county.value == path.stem
    city = path.parent.relative_to(SAMPLES).as_posix()
    assert result.ruleset.name == rules_samples.CITIES[city]


@pytest.mark.parametrize("path", PLANS, ids=_id)
def test_sample_plan_produces_exactly_its_expected_findings(path: Path):
    result = check_plan_file(path, _id(path))
    assert sorted(f.code for f in result.findings) == rules_samples.expected_codes(path)


def test_the_taizhou_samples_cover_each_plan_check():
    codes = {f.code for p in (SAMPLES / "zhejiang" / "taizhou").glob("*.plan") for f in check_plan_file(p).findings}
    assert codes == {"PL801", "PL802", "PL803", "PL804", "PL805", "PL806"}
    clean = [p for p in (SAMPLES / "zhejiang" / "taizhou").glob("*.plan") if not check_plan_file(p).findings]
    assert len(clean) >= 3


# --- eligible pupils (台州 三（一）: 符合条件的随迁子女全部就读公办学校) ------------------------------------------------


ELIGIBLE = """\
现状｛
  年份：2020
  符合条件的随迁子女：１７６００
  符合条件的随迁子女公办就读：15200
｝
目标 {
        2023年 {
    符合条件随迁子女: 18200
    符合条件公办就读: 18000
    符合条件的随迁子女在公办学校就读比例: 98.9%
  }
}
"""


def test_eligible_pupils_are_read_into_counts_projections_and_targets():
    plan = parse_plan(source(ELIGIBLE))
    assert plan.current.count("eligible").value == 17600 and plan.current.count("eligible_public").value == 15200
    assert [(p.year, p.count, p.value.value) for p in plan.projections] == [(2023, "eligible", 18200)]
    targets = plan.targets_for("eligible_public_share")
    assert [(t.percent, t.value) for t in targets] == [(False, Decimal(18000)), (True, Decimal("98.9"))]
    assert plan.target_percent(targets[0]) == Decimal(18000) / Decimal(18200) * 100  # that year's eligible pupils
    assert plan.migrant_total(2023) is None  # the eligible count is not the migrant total (no 随迁子女 given)


def test_fmt_keeps_a_plan_with_eligible_pupils_the_same_plan_and_the_sample_is_canonical():
    from policy_lint.fmt import format_text

    once = format_text(ELIGIBLE)
    assert format_text(once) == once

    def meaning(plan):  # what the plan says, without where (fmt moves the spans)
        return ([(t.metric, t.year, t.value, t.percent) for t in plan.targets],
                [(p.year, p.count, p.value.value) for p in plan.projections],
                {k: v.value for k, v in plan.current.counts.items()})

    assert meaning(parse_plan(source(once))) == meaning(parse_plan(source(ELIGIBLE)))
    text = (SAMPLES / "zhejiang" / "taizhou" / "椒江区.plan").read_text(encoding="utf-8")
    assert format_text(text) == text and "符合条件公办就读: 18200" in text
