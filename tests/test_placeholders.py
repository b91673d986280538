"""PL605 beyond rules files: a work plan and a prose draft with a placeholder left in them (issue 12: an
unedited skeleton or template must not pass ``check``), and the real corpus, which holds none."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.placeholders import in_draft, in_lines

runner = CliRunner()
REAL = Path(__file__).parent / "data" / "real"

PLAN = """\
基本信息 {
    省: 浙江省
    市: 台州市
    县: 路桥区
    期限: 2021—2023年
    文号: “待填写”
}
目标 {
    2022年 {
        公办就读比例: 80%
    }
}
"""

DRAFT = """\
路桥区2022年进城务工人员随迁子女义务教育入学实施细则
报送日期：2022年X月X日
随迁子女父母持有有效居住证的，可申请入学。
民办学校报名时间另行公布（【请填写具体时间】）。
"""


def test_probe_pl603_placeholder_in_a_work_plan_is_reported(tmp_path):
    path = tmp_path / "路桥区.plan"
    path.write_text(PLAN, encoding="utf-8")
    result = runner.invoke(app, ["check", "--select", "PL605", str(path)])
    assert result.exit_code == 1, result.output
    assert "路桥区.plan:6:10: PL605" in result.output and "基本信息 › 文号" in result.output


def test_probe_pl603_placeholder_in_a_draft_is_reported_on_the_draft(tmp_path):
    path = tmp_path / "路桥区.txt"
    path.write_text(DRAFT, encoding="utf-8")
    result = runner.invoke(app, ["check", "--select", "PL605", str(path)])
    assert result.exit_code == 1, result.output
    assert "路桥区.txt:2:11: PL605" in result.output and "实际报送的日期" in result.output
    assert "路桥区.txt:4:" in result.output and "【请填写具体时间】" in result.output


def test_a_draft_without_placeholders_and_the_real_corpus_have_none():
    # the corpus gives examples (XX路XX号院) and forms leave blanks for parents: neither is a placeholder
    for path in sorted(REAL.glob("*.txt")):
        assert in_draft(path.read_text(encoding="utf-8").split("\n")) == [], path.name


def test_a_comment_about_the_marks_is_not_a_mark_but_a_comment_starting_with_one_is():
    lines = ["# “待填写”处按本地实际填写", "基本信息 {", "    文号: “沁教发〔2021〕17号”  # 待核对", "}"]
    found = in_lines(lines)
    assert [(b.line, b.column, b.confirm) for b in found] == [(3, 9, True)]


def test_the_marks_are_those_init_writes():
    from policy_lint import init, placeholders

    assert (init.PLACEHOLDER, init.CONFIRM) == (placeholders.FILL, placeholders.CONFIRM)
