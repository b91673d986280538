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
    assert finding.span.column == text.split("\n")[line - 1].index("待填写") + 1
    assert "基本信息" in finding.message.zh and "文号" in finding.message.zh
    assert "待填写" in finding.message.zh


def test_a_plan_wording_to_confirm_is_a_warning_and_a_filled_in_plan_is_silent():
    text = SAMPLE.read_text(encoding="utf-8")
    assert _plan_findings(text) == []
    marked = text.replace("文号: “临政办发〔2021〕19号”", "文号: “临政办发〔2021〕19号”  # 待核对")
    (finding,) = _plan_findings(marked)
    assert (finding.code, finding.severity) == ("PL605", "warning")
