"""--jobs: the same report for any number of processes; results cross process boundaries intact."""

from __future__ import annotations

import pickle
from pathlib import Path

from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.engine import PARALLEL_MIN_FILES, check_paths

runner = CliRunner()
SAMPLES = ["samples/shanxi", "samples/zhejiang"]


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_the_samples_are_enough_files_to_use_several_processes(repo_root):
    assert len(check_paths([Path(p) for p in SAMPLES])) >= PARALLEL_MIN_FILES


def test_check_gives_the_same_report_for_any_number_of_jobs(repo_root):
    one = run("check", "-f", "json", "--jobs", "1", *SAMPLES)
    two = run("check", "-f", "json", "--jobs", "2", *SAMPLES)
    three = run("check", "-f", "json", "-j", "3", *SAMPLES)
    assert one == two == three
    assert one[0] == 1


def test_review_and_audit_give_the_same_report_for_any_number_of_jobs(repo_root):
    assert run("review", "-f", "json", "-j", "1", "samples/zhejiang/taizhou") == \
        run("review", "-f", "json", "-j", "2", "samples/zhejiang/taizhou")
    stats = ["--stats", "samples/shanxi/stats-2020.csv"]
    assert run("audit", "-f", "json", "-j", "1", "samples/shanxi", *stats) == \
        run("audit", "-f", "json", "-j", "2", "samples/shanxi", *stats)


def test_a_bad_file_in_a_parallel_batch_is_reported_with_its_problem(repo_root, tmp_path):
    for i in range(PARALLEL_MIN_FILES):
        (tmp_path / f"{i}.rules").write_text((repo_root / "samples/shanxi/jincheng/城区.rules").read_text("utf-8"),
                                             encoding="utf-8")
    (tmp_path / "bad.rules").write_bytes(b"\x00\x01binary" * 10)
    code, out = run("check", "-j", "2", str(tmp_path))
    assert code == 2
    assert "bad.rules: [错误] 这不是文本文件" in out


def test_results_survive_pickling(repo_root):
    results = check_paths([Path("samples/shanxi/jincheng")])
    again = pickle.loads(pickle.dumps(results))
    assert [r.findings for r in again] == [r.findings for r in results]
    assert [r.rules for r in again] == [r.rules for r in results]


def test_jobs_must_be_positive(repo_root):
    code, out = run("check", "-j", "0", "samples/shanxi/jincheng")
    assert code == 2 and "--jobs" in out
