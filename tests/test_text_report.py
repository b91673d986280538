"""What the text report's closing line and refusals say (the sentences themselves live in the catalogue)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.engine import check_paths
from policy_lint.messages import text
from policy_lint.render import text as text_out

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: a draft with no finding whose paragraph 7 extraction leaves 待确认
DRAFT_WITH_UNREAD = SAMPLES / "drafts" / "沁水县.txt"
CLEAN_RULES = SAMPLES / "shanxi" / "jincheng" / "沁水县.rules"


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize("lang, clean, with_unread", [
    ("zh", "未发现问题。", "未发现问题；另有 {n} 句待人工核对。"),
    ("en", "no problems found.", "no problems found; {n} sentence(s) left to check by hand."),
])
def test_no_problems_is_never_said_alone_under_sentences_left_to_confirm(lang, clean, with_unread):
    (checked,) = check_paths([DRAFT_WITH_UNREAD])
    assert checked.unread and not checked.findings, "the sample is meant to have 待确认 sentences and no finding"
    with_unread = with_unread.format(n=len(checked.unread))
    result = invoke("check", str(DRAFT_WITH_UNREAD), "--lang", lang)
    assert result.exit_code == 0, result.output
    lines = result.output.rstrip("\n").split("\n")
    assert text("label.unread")(lang) in result.output  # the 待确认 sentence is listed ...
    assert lines[-1].endswith(with_unread)  # ... and the summary says it is still to be checked
    assert clean not in result.output


def test_the_summary_counts_the_sentences_left_to_confirm_across_files():
    results = check_paths([DRAFT_WITH_UNREAD, DRAFT_WITH_UNREAD.with_name("路桥区.txt")])
    unread = sum(len(r.unread) for r in results)
    assert unread >= 1 and not any(r.findings or r.error for r in results)
    assert text_out.summary(results, "zh") == f"共检查 2 个文件，未发现问题；另有 {unread} 句待人工核对。"


def test_a_clean_file_with_nothing_to_confirm_still_says_no_problems():
    results = check_paths([CLEAN_RULES])
    assert not results[0].findings and not results[0].unread, "the sample is meant to be clean"
    assert text_out.summary(results, "zh") == "共检查 1 个文件，未发现问题。"
    assert text_out.summary(results, "en") == "1 file(s) checked, no problems found."


def test_init_refuses_an_existing_file_with_the_same_sentence_as_every_command(tmp_path):
    existing = tmp_path / "泽州县.rules"
    existing.write_text("# 手工编辑过的规则\n", encoding="utf-8")
    for lang in ("zh", "en"):
        result = invoke("init", "--region", "山西省/晋城市/泽州县", "--year", "2021", "-o", str(existing), "--lang", lang)
        assert result.exit_code == 2
        assert text("cli.output_exists", path=str(existing))(lang) in result.output
    assert existing.read_text(encoding="utf-8") == "# 手工编辑过的规则\n"
