"""A county whose draft left sentences unread is never told 未发现问题 alone (issue 13: a verdict someone signs)."""

from __future__ import annotations

from pathlib import Path

from policy_lint.extract.check import check_draft
from policy_lint.review import Unit, Verdict, verdict

DRAFTS = Path(__file__).resolve().parent.parent / "samples" / "drafts"


def test_a_clean_draft_with_unread_sentences_says_how_many_are_left_to_a_person():
    result = check_draft(DRAFTS / "沁水县.txt", "沁水县.txt")
    assert not result.findings and result.unread
    unit = Unit(name="沁水县", result=result, findings=list(result.findings))
    found, reasons = verdict(unit)
    assert found is Verdict.passed
    assert [r("zh") for r in reasons] == [f"未发现问题；另有 {len(result.unread)} 句未能有把握地读出、没有参与检查，请人工核对后再定。"]
    assert "review them by hand before deciding" in reasons[0]("en")


def test_a_draft_with_findings_and_unread_sentences_gets_both_reasons():
    result = check_draft(DRAFTS / "阳城县.txt", "阳城县.txt")
    assert result.findings and result.unread
    unit = Unit(name="阳城县", result=result, findings=list(result.findings))
    found, reasons = verdict(unit)
    assert found is Verdict.failed
    assert reasons[-1]("zh") == f"另有 {len(result.unread)} 句未能有把握地读出、没有参与检查，请人工核对。"
    assert not any("未发现问题" in r("zh") for r in reasons)


def test_rules_without_unread_sentences_keep_their_reasons():
    result = check_draft(DRAFTS / "三门县.txt", "三门县.txt")
    assert not result.unread
    unit = Unit(name="三门县", result=result, findings=list(result.findings))
    assert all("人工核对" not in r("zh") for r in verdict(unit)[1])
