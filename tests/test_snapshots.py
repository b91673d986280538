"""Snapshots of every output format, built from the bundled samples (paths relative to the repo root).

Update after an intended change with ``pytest tests/test_snapshots.py --snapshot-update`` and
review the diff.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app

runner = CliRunner()

SAMPLES = ["samples/shanxi/jincheng", "samples/zhejiang/taizhou"]


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_output(repo_root, snapshot, sample, lang):
    assert run("check", "--lang", lang, sample) == snapshot


@pytest.mark.parametrize("sample", SAMPLES)
def test_json_output(repo_root, snapshot, sample):
    out = run("check", "--format", "json", sample)
    doc = json.loads(out)
    doc["tool"]["version"] = "<version>"
    assert doc == snapshot


def test_rules_listing(snapshot):
    assert run("rules") == snapshot


def test_rule_documentation(snapshot):
    assert run("rule", "PL201") == snapshot


def test_ruleset_show(snapshot):
    assert run("ruleset", "show", "jincheng-2021") == snapshot


def test_gb18030_copy_of_a_sample_gives_the_same_findings(repo_root, tmp_path):
    sample = repo_root / "samples/shanxi/jincheng/泽州县.rules"
    copy = tmp_path / "泽州县.rules"
    copy.write_bytes(sample.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))

    def findings(path):
        doc = json.loads(runner.invoke(app, ["check", "-f", "json", str(path)]).output)
        return [{k: v for k, v in f.items() if k != "path"} for f in doc["files"][0]["findings"]]

    original = findings(sample.relative_to(repo_root))
    assert original, "the sample should carry findings"
    assert findings(copy) == original


@pytest.mark.parametrize("sample", SAMPLES)
def test_sarif_output(repo_root, snapshot, sample):
    doc = json.loads(run("check", "--format", "sarif", sample))
    for run_ in doc["runs"]:
        run_["tool"]["driver"]["version"] = run_["tool"]["driver"]["semanticVersion"] = "<version>"
    assert doc == snapshot


def test_check_sarif_is_valid_and_names_unreadable_files(repo_root, tmp_path):
    import os

    from .test_review_output import sarif_schema

    jsonschema = pytest.importorskip("jsonschema") if not os.environ.get("CI") else __import__("jsonschema")
    bad = tmp_path / "some.bin"
    bad.write_bytes(b"\x00\x01PK" * 50)
    result = runner.invoke(app, ["check", "-f", "sarif", "samples/shanxi/jincheng", "samples/zhejiang/taizhou", str(bad)])
    assert result.exit_code == 2
    doc = json.loads(result.output)
    schema = sarif_schema()
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(doc))
    assert not errors, [e.message for e in errors[:5]]
    assert [r["properties"]["ruleset"] for r in doc["runs"]] == ["jincheng-2021", "taizhou-2021"]
    notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "不是文本文件" in notes[0]["message"]["text"]
    codes = {r["ruleId"] for run_ in doc["runs"] for r in run_["results"]}
    assert {"PL101", "PL201", "PL802"} <= codes
