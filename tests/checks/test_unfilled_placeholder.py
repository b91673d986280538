"""PL605 in a work plan: the plan pipeline runs the same check over the plan's placeholders (run_plan)."""

from __future__ import annotations

from pathlib import Path

from policy_lint import checks
from policy_lint.plans import check_plan_source
from policy_lint.source import decode

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "shanxi" / "yuncheng" / "临猗县.plan"


def _plan_findings(text: str):
    result = check_plan_source(decode(text.encode("utf-8"), "case.plan"), None, [checks.get("PL605")])
    assert result.error is None, result.error
    return result.findings


def test_a_plan_with_its_number_still_to_fill_in_is_reported_at_the_placeholder():
    text = SAMPLE.read_text(encoding="utf-8").replace("文号: “临政办发〔2021〕19号”", "文号: “待填写”")
    (finding,) = _plan_findings(text)
    line = text.split("\n").index("    文号: “待填写”") + 1
    assert (finding.code, finding.severity, finding.span.line) == ("PL605", "error", line)
    assert finding.path == "case.plan"  # the finding names the plan it is in
    assert finding.span.column == text.split("\n")[line - 1].index("待填写") + 1
    assert "基本信息" in finding.message.zh and "文号" in finding.message.zh
    assert "待填写" in finding.message.zh


def test_a_plan_wording_to_confirm_is_a_warning_and_a_filled_in_plan_is_silent():
    text = SAMPLE.read_text(encoding="utf-8")
    assert _plan_findings(text) == []
    marked = text.replace("文号: “临政办发〔2021〕19号”", "文号: “临政办发〔2021〕19号”  # 待核对")
    (finding,) = _plan_findings(marked)
    assert (finding.code, finding.severity) == ("PL605", "warning")


def _draft_findings(tmp_path, lines: list[str]):
    from policy_lint.extract.check import check_draft

    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_draft(path, "draft.txt", None)
    assert result.error is None, result.error
    return [f for f in result.findings if f.code == "PL605"]


def test_in_a_draft_a_labelled_blank_is_named_by_paragraph_and_label(tmp_path):
    (finding,) = _draft_findings(tmp_path, ["某县2023年随迁子女入学实施细则", "报名地点：待填写"])
    assert (finding.span.line, finding.span.column, finding.severity) == (2, 6, "error")
    assert finding.message.zh == "第2段「报名地点」仍是未填写的占位「待填写」：应填写本地实际的「报名地点」。"
    assert finding.suggestion.zh == "把「待填写」换成本地实际的「报名地点」。"
    assert "'报名地点' in paragraph 2" in finding.message.en


def test_in_a_draft_a_blank_in_a_sentence_is_named_by_paragraph(tmp_path):
    (finding,) = _draft_findings(tmp_path, ["某县2023年随迁子女入学实施细则", "一、报名时间：XXXX年X月X日至X月X日"])
    assert (finding.span.line, finding.span.column) == (2, 8)
    assert finding.message.zh == "第2段中的一处仍是未填写的占位「XXXX年X月X日至X月X日」：应填写本地实际的内容。"
    assert finding.suggestion.zh == "把「XXXX年X月X日至X月X日」换成本地实际的内容。"
    assert finding.message.en.startswith("A blank in paragraph 2 is still an unfilled placeholder")
    assert finding.suggestion.en == "Replace 'XXXX年X月X日至X月X日' with the county's own wording."
