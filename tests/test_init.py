"""``policy-lint init``: a skeleton that parses, is canonical, cites its baseline, and under ``check`` reports only its
placeholders (PL605) — silent once they are filled in."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policy_lint import checks
from policy_lint.build import parse
from policy_lint.cli import app
from policy_lint.engine import check_source, resolved
from policy_lint.fmt import format_text
from policy_lint.init import InitError, parse_region, skeleton
from policy_lint.ruleset import choose
from policy_lint.source import Source

runner = CliRunner()

SECTIONS = ("基本信息", "入学条件", "证明材料", "招生安排")
TAIZHOU_SECTIONS = ("积分入学", "民办学校")
SHANXI_SECTIONS = ("在校管理", "学位保障")  # the ruleset cites equal treatment at school and the 小班化 rule


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def checked(text: str, path: str = "skeleton.rules"):
    result = check_source(Source(path=path, text=text, encoding="utf-8"), None, checks.all_checks())
    assert result.error is None, result.error and [p.message.zh for p in result.error.problems]
    return result


def top_level_sections(text: str) -> list[str]:
    return re.findall(r"^(\S+) \{$", text, flags=re.M)


def filled_in(text: str) -> str:
    """The skeleton as a county fills it in: a real 文号, every 待填写 / 待核对 mark deleted."""
    text = text.replace("文号: “待填写”", "文号: “教字〔2022〕18号”")
    return re.sub(r"  # 待(?:填写|核对)[^\n]*", "", text)


def assert_only_placeholders(made_text: str, findings) -> None:
    """Every finding is PL605, one per 待填写 / 待核对 mark (the header's mention of them is none)."""
    assert {f.code for f in findings} <= {"PL605"}, [f.code for f in findings]
    marks = len(re.findall(r": “待填写”|# 待(?:填写|核对)", made_text))
    assert len(findings) == marks
    assert sum(f.severity == "warning" for f in findings) == made_text.count("# 待核对")


# --- the skeletons --------------------------------------------------------------------------------


@pytest.mark.parametrize("region, ruleset, extra", [
    ("山西省/晋城市/泽州县", "jincheng-2021", SHANXI_SECTIONS),
    ("浙江省/台州市/路桥区", "taizhou-2021", TAIZHOU_SECTIONS),
    ("山西省/大同市/新荣区", "shanxi-2021", SHANXI_SECTIONS),
    ("广东省/深圳市/南山区", "national", ()),
])
def test_skeleton_parses_is_canonical_has_every_section_and_is_silent_once_filled_in(region, ruleset, extra):
    made = skeleton(region, 2022)
    assert made.ruleset.name == ruleset
    result = checked(made.text)
    assert result.ruleset.name == ruleset  # check chooses the same ruleset from 基本信息
    assert_only_placeholders(made.text, result.findings)  # probe_pl603_unedited_init_skeleton
    assert checked(filled_in(made.text)).findings == []
    assert format_text(made.text) == made.text
    assert top_level_sections(made.text) == [*SECTIONS, *extra]
    rules = result.rules
    province, city, county = region.split("/")
    assert rules.metadata.region == (province, city, county)
    assert rules.metadata.year.value == 2022
    assert rules.metadata.doc_number.value == "待填写"
    assert rules.metadata.submitted.value.year == 2022
    assert {s.kind.value for s in rules.schedules} == {"public", "private"}
    assert all(d.start.year == 2022 for s in rules.schedules for d in (s.registration, s.lottery, s.admission))


def test_jincheng_values_follow_the_baseline_each_with_its_citation_above():
    text = skeleton("山西省/晋城市/泽州县", 2022).text
    lines = text.split("\n")
    residence = next(i for i, line in enumerate(lines) if line.strip().startswith("居住: "))
    assert lines[residence].strip() == "居住: 连续居住满半年"
    assert lines[residence - 2].strip().startswith("# 基准（山西省 2021）：居住时间要求不得超过半年")
    assert lines[residence - 1].strip() == (
        "# 晋教基函〔2021〕24号 二、完善政策措施，规范入学手续：“原则上各地关于居住证持有时长、居住年限、"
        "社保缴纳年限等入学条件规定，不得高于国家《居住证暂行条例》基本要求。”")
    rules = parse(Source(path="x.rules", text=text, encoding="utf-8"))
    # the materials are exactly the allowed list, the 依据 the province's and city's documents
    allowed = resolved("jincheng-2021", 2022).get("materials_allowed").value
    assert [m.name for m in rules.materials] == allowed and all(m.known for m in rules.materials)
    assert [b.value for b in rules.metadata.basis] == ["晋教基函〔2021〕24号", "晋市教基函字（2021）25号"]
    # no social-insurance requirement is added; its ceiling is stated as a comment
    assert "社保" not in {c.key for c, _ in rules.conditions_flat()}
    assert "如要求，缴纳年限不得超过半年" in text
    # 报送日期 before the city's deadline (6月20日)
    assert rules.metadata.submitted.value <= rules.metadata.submitted.value.replace(month=6, day=20)


def test_every_baseline_comment_is_followed_by_its_citation():
    for region in ("山西省/晋城市/泽州县", "浙江省/台州市/椒江区"):
        made = skeleton(region, 2022)
        documents = {p.citation.document for p in made.ruleset.params.values()}
        lines = [line.strip() for line in made.text.split("\n")]
        baselines = [i for i, line in enumerate(lines) if line.startswith("# 基准（")]
        assert len(baselines) >= 8
        for i in baselines:
            citation = lines[i + 1]
            assert any(citation.startswith(f"# {doc} ") for doc in documents), citation
            assert "：“" in citation and citation.removesuffix("（原文待核实）").endswith("”")
            # what the comments stand above is an entry or a block, never the end of one
            follower = next(line for line in lines[i + 2:] if line and not line.startswith("#"))
            assert follower != "}"


def test_taizhou_points_and_private_schools():
    text = skeleton("浙江省/台州市/路桥区", 2022).text
    rules = parse(Source(path="x.rules", text=text, encoding="utf-8"))
    assert [s.value for s in rules.points.standards] == ["台州市随迁子女积分入学管理办法"]
    assert [p.value for p in rules.points.platforms] == ["台州市随迁子女积分入学管理平台"]
    assert rules.points.basis.value == "居住证"
    assert rules.private.region.value == "路桥区"
    assert rules.private.planned.value <= rules.private.approved_plan.value
    assert "# 待核对" in text and text.count("# 待填写") >= 9


def test_ruleset_is_chosen_as_check_chooses_it():
    assert skeleton("山西省/晋城市/城区", 2020).ruleset.name == choose("山西省", "晋城市", 2020) == "national"
    assert skeleton("山西省/晋城市/城区", 2021).ruleset.name == "jincheng-2021"
    assert skeleton("山西省/运城市/盐湖区", 2023).ruleset.name == "shanxi-2021"


@pytest.mark.parametrize("region", ["山西省/晋城市", "山西省/晋城市/泽州县/某镇", "山西省//泽州县", "", "///",
                                    "山西省/晋城市/泽州县：", "山西省/晋城市/泽 州县", "山西省/晋城{市/泽州县"])
def test_malformed_region_is_refused(region):
    with pytest.raises(InitError):
        parse_region(region)


def test_a_region_whose_parts_repeat_is_refused():
    with pytest.raises(InitError) as info:
        parse_region("浙江省/台州市/台州市")
    assert "各不相同" in info.value.message.zh


def test_full_width_slash_and_spaces_around_parts_are_accepted():
    assert parse_region(" 山西省／晋城市 / 泽州县 ") == ("山西省", "晋城市", "泽州县")


_PLACE = st.text(alphabet="山西浙江晋城台州泽州路桥新荣城区县市区省一二三", min_size=1, max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    where=st.sampled_from([("山西省", "晋城市"), ("山西省", "大同市"), ("浙江省", "台州市"), ("浙江省", "杭州市"), None]),
    province=_PLACE, city=_PLACE, county=_PLACE,
    year=st.integers(min_value=2016, max_value=2099),
)
def test_any_region_and_year_gives_a_canonical_skeleton_silent_once_filled_in(where, province, city, county, year):
    if where is not None:
        province, city = where
    assume(len({province, city, county}) == 3)  # a region whose parts repeat is refused (below)
    made = skeleton(f"{province}/{city}/{county}", year)
    result = checked(made.text)
    assert_only_placeholders(made.text, result.findings)
    assert checked(filled_in(made.text)).findings == []
    assert format_text(made.text) == made.text


# --- the command ----------------------------------------------------------------------------------


def test_init_prints_the_skeleton_and_names_the_ruleset_on_stderr():
    result = invoke("init", "--region", "山西省/晋城市/泽州县", "--year", "2022")
    assert result.exit_code == 0, result.output
    assert result.stdout == skeleton("山西省/晋城市/泽州县", 2022).text
    assert "jincheng-2021" in result.stderr


def test_init_writes_a_file_that_check_and_fmt_accept(tmp_path):
    out = tmp_path / "泽州县.rules"
    result = invoke("init", "--region", "浙江省/台州市/路桥区", "--year", "2022", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["泽州县.rules"]  # no temporary file left
    unedited = invoke("check", str(out))  # probe_pl603_unedited_init_skeleton: an unedited skeleton does not pass
    assert unedited.exit_code == 1 and "PL605" in unedited.output and "未发现问题" not in unedited.output
    assert invoke("fmt", "--check", str(out)).exit_code == 0
    out.write_text(filled_in(out.read_text(encoding="utf-8")), encoding="utf-8")
    assert invoke("check", str(out)).exit_code == 0


def test_init_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "a.rules"
    out.write_text("# 已有内容\n", encoding="utf-8")
    refused = invoke("init", "--region", "山西省/晋城市/泽州县", "--year", "2022", "-o", str(out))
    assert refused.exit_code == 2 and "--force" in refused.output
    assert out.read_text(encoding="utf-8") == "# 已有内容\n"
    forced = invoke("init", "--region", "山西省/晋城市/泽州县", "--year", "2022", "-o", str(out), "--force")
    assert forced.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# 泽州县2022年")


def test_unknown_region_falls_back_to_national_and_says_so():
    result = invoke("init", "--region", "广东省/深圳市/南山区", "--year", "2022")
    assert result.exit_code == 0
    assert "国家基准" in result.stderr
    assert "规则集 national" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["--region", "山西省/晋城市", "--year", "2022"], "省/市/县"),
    (["--region", "山西省/晋城市/泽州县", "--year", "22"], "四位数"),
    (["--region", "山西省/晋城:市/泽州县", "--year", "2022"], "不能用于地名"),
])
def test_malformed_arguments_exit_2_with_a_clear_message(args, words):
    result = invoke("init", *args)
    assert result.exit_code == 2
    assert words in result.stderr and result.stdout == ""


def test_english_message():
    result = invoke("init", "--region", "山西省", "--year", "2022", "--lang", "en")
    assert result.exit_code == 2 and "province/city/county" in result.stderr
