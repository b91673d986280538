"""The default number of processes: one for a small batch, the cores for a big one (policy_lint.workers)."""

from __future__ import annotations

from policy_lint import workers


def test_a_small_batch_runs_in_one_process(tmp_path):
    paths = []
    for i in range(10):
        paths.append(tmp_path / f"{i}.rules")
        paths[-1].write_text("基本信息 {\n}\n", encoding="utf-8")
    assert workers.default_jobs(paths) == 1


def test_a_batch_over_the_size_uses_every_core(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "cores", lambda: 2)
    size = workers.AUTO_MIN_BYTES // workers.AUTO_MIN_FILES + 1
    paths = []
    for i in range(workers.AUTO_MIN_FILES):
        paths.append(tmp_path / f"{i}.rules")
        paths[-1].write_bytes(b"#" * size)
    assert workers.default_jobs(paths) == 2
    assert workers.default_jobs(paths[:-1]) == 1  # too few files, whatever their size


def test_a_missing_file_counts_as_empty(tmp_path):
    assert workers.default_jobs([tmp_path / "gone.rules"] * 20) == 1
