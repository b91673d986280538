"""Remarks (提示): what a check notices that the law does not make a fault, shown apart in every format.

A remark (:class:`policy_lint.findings.Remark`) is cited and placed as a finding is, but it is never a
finding: it is not counted as a problem, it never changes the exit code, a review's verdict or an audit's
figure, and every report says it is no problem.  PL107's conditions without any residence-permit condition
(more generous than the baseline, LEGAL-REVIEW L4) is one.  The fixture city tests/data/remarks/jincheng has
高平市 (a remark only) and 沁水县 (an error, PL103, and a remark).

Update the snapshots after an intended change with ``pytest tests/test_remarks.py --snapshot-update``.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.findings import Remark
from policy_lint.review import review_city

from .helpers import run_check, write_city
from .test_review_output import sarif_schema, stable

runner = CliRunner()

CITY = "tests/data/remarks/jincheng"
ONLY_REMARK = f"{CITY}/高平市.rules"
REVIEW_FORMATS = ["text", "markdown", "json", "sarif", "html"]


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


# --- the model ------------------------------------------------------------------------------------------


def test_a_remark_is_yielded_by_the_check_and_kept_apart_from_the_findings(repo_root):
    from policy_lint.engine import check_file

    result = check_file(Path(ONLY_REMARK), ONLY_REMARK)
    assert result.findings == [] and (result.errors, result.warnings) == (0, 0)
    (remark,) = result.remarks
    assert isinstance(remark, Remark) and remark.severity == "remark"
    assert (remark.code, remark.span.line, remark.span.column) == ("PL107", 18, 1)
    assert remark.basis.name == "permit_main_basis" and remark.basis.citation.document
    assert "不是违规" in remark.look.zh and "no fault" in remark.look.en
    # what to look at, never a remedy pushing the county to add the permit as a barrier
    assert "以持有居住证为主要入学条件" not in remark.look.zh


# composed variants (not from a document): conditions worded as other counties write them, none a permit
@pytest.mark.parametrize("conditions", [
    "居住: 在本区实际居住满一年\n    就业: 父母一方在本区务工",
    "住所: 在城区有合法稳定住所（含租赁）",
    "社保: 父母一方在本市缴纳社会保险满12个月\n    之一 {\n        就业: 经商\n        住所: 租住\n    }",
])
def test_conditions_without_a_permit_give_one_remark_and_no_finding(conditions):
    found = run_check("PL107", f"入学条件 {{\n    {conditions}\n}}\n", "national")
    assert [(f.code, f.severity, f.span.line) for f in found] == [("PL107", "remark", 1)]


@pytest.mark.parametrize(("conditions", "materials"), [
    ("居住证: 持有本县居住证", ""),  # the permit is a condition
    ("居住: 办理居住登记满半年", ""),  # residence registration is the permit's first step
    ("居住: 在本区居住满一年", "证明材料 {\n    居住证\n}\n"),  # the permit asked at registration
    ("居住: 在本区居住满一年", "证明材料 {\n    公安部门出具的居住证明\n}\n"),
])
def test_a_permit_condition_or_permit_among_the_materials_gives_no_remark(conditions, materials):
    assert run_check("PL107", f"入学条件 {{\n    {conditions}\n}}\n{materials}", "national") == []


def test_a_hukou_condition_without_a_permit_is_one_error_and_no_remark():
    found = run_check("PL107", "入学条件 {\n    户籍: 父母一方为本市户籍\n    居住: 满半年\n}\n", "national")
    assert [(f.code, f.severity) for f in found] == [("PL107", "error")]


# --- check: text, JSON, SARIF, the exit code ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_check_text_with_remarks(repo_root, snapshot, lang):
    result = invoke("check", "--lang", lang, CITY)
    assert result.exit_code == 1  # 沁水县's PL103, not the remarks
    assert result.output == snapshot


def test_a_remark_only_document_exits_0_and_counts_no_problem(repo_root):
    result = invoke("check", ONLY_REMARK)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("PL107 [提示]" in line for line in lines)
    assert lines[-1] == "共检查 1 个文件，未发现问题。另有 1 条提示（不是问题，不计入以上数目，供审核人员核对）。"
    english = invoke("check", "--lang", "en", ONLY_REMARK)
    assert english.exit_code == 0 and "PL107 [remark]" in english.output


def test_check_json_lists_remarks_apart(repo_root, snapshot):
    result = invoke("check", "--format", "json", CITY)
    doc = stable(result.output, "json")
    assert doc == snapshot
    assert doc["summary"]["errors"] == 1 and doc["summary"]["warnings"] == 0 and doc["summary"]["remarks"] == 2
    for file in doc["files"]:
        assert "PL107" not in [f["code"] for f in file["findings"]]
        (remark,) = file["remarks"]
        assert remark["kind"] == "remark" and "severity" not in remark and remark["look"]
    # without remarks the keys are absent, as before
    clean = json.loads(invoke("check", "--format", "json", "samples/shanxi/jincheng/高平市.rules").output)
    assert "remarks" not in clean["files"][0] and "remarks" not in clean["summary"]


def test_check_sarif_gives_a_remark_as_an_informational_result(repo_root, snapshot):
    doc = json.loads(invoke("check", "--format", "sarif", CITY).output)
    for run_ in doc["runs"]:
        run_["tool"]["driver"]["version"] = run_["tool"]["driver"]["semanticVersion"] = "<version>"
    assert doc == snapshot
    results = [r for run_ in doc["runs"] for r in run_["results"]]
    remarks = [r for r in results if r.get("kind") == "informational"]
    assert len(remarks) == 2 and all(r["ruleId"] == "PL107" for r in remarks)
    # SARIF 2.1.0 §3.27.10: a kind other than "fail" has level "none"
    assert all(r["level"] == "none" and r["message"]["text"].startswith("[提示]") for r in remarks)
    assert [r["level"] for r in results if "kind" not in r] == ["error"]
    jsonschema = pytest.importorskip("jsonschema") if not os.environ.get("CI") else __import__("jsonschema")
    schema = sarif_schema()
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(doc))
    assert not errors, [e.message for e in errors[:3]]


def test_a_draft_gets_its_remark_on_the_paragraph_in_its_own_words(tmp_path):
    from policy_lint.extract import check_draft

    draft = tmp_path / "某区.txt"
    draft.write_text("某区2023年义务教育阶段随迁子女入学工作实施方案\n一、入学条件\n随迁子女父母在本区务工，"
                     "在本区居住满半年。\n", encoding="utf-8")
    result = check_draft(draft, draft.name)
    assert result.findings == []
    (remark,) = result.remarks
    assert remark.code == "PL107" and remark.span.line == 2  # the heading of the conditions, on the draft
    assert remark.message.zh == "入学条件部分列出了 2 项入学条件，但没有一项是居住证条件。"  # the draft's words


# --- a remark of absence and the sentences left 待确认 ----------------------------------------------------

DRAFT_HEAD = "某区2023年义务教育阶段随迁子女入学工作实施方案\n一、入学条件\n随迁子女父母在本区务工，在本区居住满半年。\n"


# composed: a sentence naming the permit that the reader leaves 待确认, in running prose, as a material, in
# an alternative (居住证或房产证) and with a duration: "no condition is about the permit" is then not said
@pytest.mark.parametrize("unread", [
    "另外，可以居住证为主要依据办理入学登记。",
    "居住证明（务工所在区域的居住证或本人房产证）。",
    "外来务工人员，持本市居住证满一年，个人依法连续缴纳社会保险满一年的证明，随迁子女出生医学证明。",
])
def test_a_sentence_naming_the_permit_left_unread_leaves_the_remark_unsaid(tmp_path, unread):
    from policy_lint.extract import check_draft

    draft = tmp_path / "某区.txt"
    draft.write_text(DRAFT_HEAD + unread + "\n", encoding="utf-8")
    result = check_draft(draft, draft.name)
    assert 4 in [u.line for u in result.unread]  # the sentence is listed 待确认 for the reviewer
    assert result.remarks == [] and "PL107" not in [f.code for f in result.findings]


def test_the_regulations_title_left_unread_does_not_name_the_permit(tmp_path):
    from policy_lint.extract import check_draft

    draft = tmp_path / "某区.txt"
    draft.write_text(DRAFT_HEAD + "认真落实《居住证暂行条例》的规定。\n", encoding="utf-8")
    result = check_draft(draft, draft.name)
    assert 4 in [u.line for u in result.unread] and [r.code for r in result.remarks] == ["PL107"]


# real: the permit named in a sentence left 待确认 (a condition of 居住证满1年, an alternative 居住证或房产证, a
# material 持太原市居住证满一年…); and one whose reviewer expects the remark (居住和就业, no permit anywhere)
@pytest.mark.parametrize(("stem", "remarks"), [
    ("anhui-hefei-xinzhan-2018", []),
    ("hunan-zhuzhou-undated", []),
    ("shanxi-taiyuan-2024", []),
    ("hubei-xianning-2015", []),
    ("chongqing-yuzhong-2023", ["PL107"]),
])
def test_real_drafts_get_the_remark_only_where_no_sentence_names_the_permit(repo_root, stem, remarks):
    from policy_lint.extract import check_draft

    path = repo_root / "tests/data/real" / f"{stem}.txt"
    result = check_draft(path, path.name)
    assert [r.code for r in result.remarks] == remarks


def test_unsaid_keeps_a_remark_without_a_premise_and_one_whose_premise_no_unread_sentence_has():
    from policy_lint.findings import unsaid

    kept = type("R", (), {"premise": ""})()
    absent = type("R", (), {"premise": "居住证(?!明)"})()
    assert unsaid([kept, absent], ["居委会开具的居住证明"]) == [kept, absent]
    assert unsaid([kept, absent], ["②居住证"]) == [kept]
    assert unsaid([kept, absent], []) == [kept, absent]


# --- review: the verdict, every format --------------------------------------------------------------------


@pytest.mark.parametrize("format", REVIEW_FORMATS)
def test_review_with_remarks(repo_root, snapshot, format):
    result = invoke("review", CITY, "--format", format)
    assert result.exit_code == 1  # 沁水县 fails on PL103
    assert stable(result.output, format) == snapshot


def test_review_text_with_remarks_in_english(repo_root, snapshot):
    assert stable(invoke("review", CITY, "--lang", "en").output, "text") == snapshot


def test_a_review_with_only_remarks_is_passed_and_exits_0(tmp_path, repo_root):
    source = (repo_root / ONLY_REMARK).read_text(encoding="utf-8")
    city = write_city(tmp_path / "city", {"高平市": source})
    review = review_city(city)
    (unit,) = review.units
    assert unit.verdict.value == "通过" and unit.findings == [] and len(unit.remarks) == 1
    assert unit.reasons[0].zh == "未发现问题。" and "不影响审核意见" in unit.reasons[-1].zh
    assert review.findings == [] and len(review.remarks) == 1
    assert invoke("review", str(city)).exit_code == 0
    data = json.loads(invoke("review", str(city), "--format", "json").output)
    (shown,) = data["units"]
    assert (shown["verdict"], shown["errors"], shown["warnings"]) == ("passed", 0, 0)
    assert [r["code"] for r in shown["remarks"]] == ["PL107"] and shown["findings"] == []


def test_the_letter_lists_remarks_apart_with_nothing_to_change(repo_root, tmp_path):
    import docx

    out = tmp_path / "letters"
    assert invoke("review", CITY, "--format", "docx", "-o", str(out)).exit_code in (0, 1)
    body = "\n".join(p.text for p in docx.Document(str(out / "高平市审核意见.docx")).paragraphs)
    assert "审核结论：通过。经审核，未发现与国家、省、市规定不符之处，同意按此实施，并按规定向社会公开。" in body
    assert "一、提示（不是问题，不必修改，不影响审核结论）" in body
    assert "1. 「入学条件」列出了 4 项入学条件，但没有一项是居住证条件。请核对：" in body
    assert "问题位置" not in body  # a remark is not a problem to locate
    failed = "\n".join(p.text for p in docx.Document(str(out / "沁水县审核意见.docx")).paragraphs)
    assert "一、须修改的问题" in failed and "二、提示（不是问题" in failed


# --- the Word draft and the web page ---------------------------------------------------------------------


def _remark_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in ("某县2023年义务教育阶段随迁子女入学实施细则", "一、入学条件",
                 "随迁子女父母在本县务工，在本县居住满半年。"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_annotate_comments_a_remark_as_提示_with_no_tracked_change(tmp_path):
    import docx

    from policy_lint.annotate import annotate
    from policy_lint.extract import check_draft

    draft = _remark_docx(tmp_path / "某县.docx")
    result = check_draft(draft, draft.name)
    assert result.findings == [] and [r.code for r in result.remarks] == ["PL107"]
    annotated = annotate(draft, draft.name, result)
    out = tmp_path / "out.docx"
    out.write_bytes(annotated.data)
    bodies = [c.text for c in docx.Document(str(out)).comments]
    remark = [b for b in bodies if "PL107" in b]
    assert len(remark) == 1 and "[提示]" in remark[0] and "不是问题，不必修改" in remark[0]
    assert annotated.changes == 0 and annotated.findings == 0 and annotated.remarks == 1
    assert "提示 1 条（不是问题）" in annotated.summary("out.docx").zh


def test_the_web_page_marks_and_lists_a_remark_apart():
    from policy_lint.serve import marked_lines

    draft = textwrap.dedent("""\
        某县2023年义务教育阶段随迁子女入学实施细则
        一、入学条件
        随迁子女父母在本县务工。
    """)

    class Shown:
        def __init__(self, severity):
            self.span = type("S", (), {"line": 2, "column": 1, "end_line": 2, "end_column": 5})()
            self.severity, self.code = severity, "PL107"

    lines = marked_lines(draft, [Shown("remark")], [])
    (piece,) = [p for p in lines[1]["pieces"] if p["kind"]]
    assert piece == {"text": "一、入学", "kind": "remark", "code": "PL107", "index": 1}


# --- audit: no figure moves -----------------------------------------------------------------------------


def test_an_audit_counts_the_same_with_a_county_whose_conditions_give_a_remark(repo_root, tmp_path):
    """With 高平市's conditions lacking a permit, the audit with PL107 (its remark made) and without it (no
    remark) agree on every figure -- verdicts, errors, warnings -- and the remark is in the SARIF as an
    informational result (no sample county has any other PL107 result)."""
    import shutil

    province = tmp_path / "shanxi"
    shutil.copytree(repo_root / "samples/shanxi", province)
    shutil.copy(repo_root / ONLY_REMARK, province / "jincheng" / "高平市.rules")

    def audit(*more: str):
        return invoke("audit", str(province), "--format", "json", *more)

    with_remark, without = audit(), audit("--ignore", "PL107")
    assert with_remark.exit_code == without.exit_code
    data, plain = json.loads(with_remark.output), json.loads(without.output)
    assert data["summary"] == plain["summary"]
    assert [c.get("summary") for c in data["cities"]] == [c.get("summary") for c in plain["cities"]]
    sarif = json.loads(invoke("audit", str(province), "--format", "sarif").output)
    informational = [r for r in sarif["runs"][0]["results"] if r.get("kind") == "informational"]
    assert [(r["ruleId"], r["properties"]["unit"]) for r in informational] == [("PL107", "高平市")]


# composed: what names the permit in a sentence (the premise of PL107's remark) and what only looks like it
@pytest.mark.parametrize(("sentence", "names"), [
    ("父母一方持有本区居住证满半年", True),
    ("②居住证", True),
    ("在我区办理居住登记满6个月的证明", True),
    ("持有效暂住证的务工人员", True),
    ("由公安机关出具的居住证明", True),
    ("社区居委会出具的居住证明", False),
    ("认真落实《居住证暂行条例》有关规定", False),
    ("居住证明材料由街道审核", False),
])
def test_the_words_that_name_the_permit(sentence, names):
    from policy_lint.checks.strictness.condition_on_hukou import _PERMIT_NAMED

    assert bool(_PERMIT_NAMED.search(sentence)) is names


def _remarks_province(repo_root, tmp_path) -> Path:
    """A province of one city, the fixture 晋城市: 高平市 with a remark and no finding, 沁水县 with both."""
    import shutil

    province = tmp_path / "province"
    shutil.copytree(repo_root / CITY, province / "jincheng")
    (province / "province.toml").write_text(
        '[province]\nname = "山西省"\nyear = 2021\ncities = ["晋城市"]\ndeadline = 2021-06-30\n', encoding="utf-8")
    return province


@pytest.mark.parametrize("format", ["text", "markdown", "html"])
def test_an_audit_lists_a_county_whose_only_result_is_a_remark_with_its_remark(repo_root, tmp_path, format):
    """高平市 has no finding, only PL107's remark: it is listed among its city's counties, with the remark."""
    result = invoke("audit", str(_remarks_province(repo_root, tmp_path)), "--format", format)
    assert result.exit_code == 1  # 沁水县's PL103
    out = result.output
    heads = {"text": ("▸ 高平市", "▸ 沁水县"), "markdown": ("### 高平市", "### 沁水县"),
             "html": ('<details class="unit" open data-unit="高平市"', '<details class="unit" open data-unit="沁水县"')}[format]
    assert heads[0] in out and heads[1] in out
    start = out.index(heads[0])
    after = out[start:]
    ends = [i for i in (after.find(heads[1]), after.find("</details>")) if i > 0]
    county = after[:min(ends)] if ends else after
    assert "PL107" in county and "高平市.rules:18:1" in county
    assert ("提示（1）" in county) and "PL103" not in county
