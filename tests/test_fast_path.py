"""``policy-lint check …`` without typer: the fast path reads exactly what typer would, or hands over.

:func:`policy_lint.cli.main` runs an ordinary ``check`` through
:func:`policy_lint.console.read_check_args` and :func:`policy_lint.console.run_check` without
building the typer app; everything else goes to typer.  These tests hold the two ways to the same
output, messages and exit code, and keep typer off the fast path.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policy_lint.console import read_check_args

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
RULES = SAMPLES / "shanxi" / "jincheng" / "沁水县.rules"


def test_the_forms_typer_reads_are_read_the_same():
    found = read_check_args(["a.rules", "-fjson", "--lang=en", "-j", "2", "b.plan", "--ruleset", "jincheng-2021",
                             "-o", "out.json", "--select=PL1", "--ignore", "PL102"])
    assert found == {"paths": [Path("a.rules"), Path("b.plan")], "format": "json", "lang": "en", "jobs": 2,
                     "ruleset": "jincheng-2021", "output": Path("out.json"), "select": "PL1", "ignore": "PL102"}
    assert read_check_args(["a.rules"]) == {"paths": [Path("a.rules")]}


@pytest.mark.parametrize("args", [
    [], ["--help"], ["a.rules", "--help"], ["a.rules", "-h"], ["--", "a.rules"], ["-"], ["a.rules", "--format"],
    ["a.rules", "--format", "xml"], ["a.rules", "--lang", "fr"], ["a.rules", "--frmat", "json"],
    ["a.rules", "-j", "-1"], ["a.rules", "--jobs=x"], ["a.rules", "--lang", "en", "--lang", "zh"],
    ["a.rules", "--ruleset="], ["a.rules", "-o", "-"], ["a.rules", "--select", "--ignore"], ["--version"],
])
def test_anything_else_is_left_to_typer(args):
    assert read_check_args(args) is None


def test_a_path_typer_would_refuse_as_unreadable_is_left_to_typer(tmp_path, monkeypatch):
    locked = tmp_path / "locked.rules"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root may read any file: what a user without the right sees, as os.access says it
        real = os.access
        monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == locked else real(path, mode))
    assert read_check_args([str(locked)]) is None
    assert read_check_args([str(tmp_path / "other.rules")]) is not None  # a readable (or missing) path is read


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=ROOT, env=env, timeout=120)


FAST = ("import sys; sys.argv[0] = 'policy-lint'; from policy_lint.cli import main\n"
        "try:\n    main()\nfinally:\n    sys.stderr.write('typer loaded' if 'typer' in sys.modules else '')")
TYPER = "import sys; sys.argv[0] = 'policy-lint'; from policy_lint.commands import app; app()"


@pytest.mark.parametrize("args", [
    ["check", str(RULES)],
    ["check", "--lang", "en", "-f", "json", str(SAMPLES / "shanxi" / "jincheng")],
    ["check", str(SAMPLES / "zhejiang" / "taizhou" / "黄岩区.plan"), "--format=sarif"],
    ["check", str(SAMPLES / "drafts" / "泽州县.docx"), "--select", "PL2"],
    ["check", str(RULES), "--ruleset", "no-such-ruleset"],
    ["check", str(SAMPLES / "no-such.rules"), "-j1"],
])
def test_the_fast_path_prints_and_exits_as_typer_does_without_loading_it(args):
    fast, typer_way = _run(FAST, *args), _run(TYPER, *args)
    assert fast.returncode == typer_way.returncode
    assert fast.stdout == typer_way.stdout
    assert fast.stderr == typer_way.stderr  # and so typer was not loaded: that would be said last


def test_other_commands_and_help_still_go_through_typer():
    done = _run(FAST, "check", "--help")
    assert done.returncode == 0 and b"--format" in done.stdout and done.stderr == b"typer loaded"
    assert _run(FAST, "rule", "PL201").stderr.endswith(b"typer loaded")


#: what a check of one rules file must never load: typer (and its click) are for the other commands,
#: pydantic's BaseModel machinery (pydantic.main) for the city and province configurations
#: (policy_lint.city); the models, rulesets, findings and texts are plain records (policy_lint.record)
OFF_CHECKS_PATH = ("typer", "click", "pydantic.main", "pydantic.fields", "pydantic._internal._model_construction",
                   "importlib.metadata", "email", "policy_lint.city", "policy_lint.commands")


@pytest.mark.parametrize("path", [RULES, SAMPLES / "zhejiang" / "taizhou" / "黄岩区.plan",
                                  SAMPLES / "drafts" / "泽州县.docx"])
def test_a_check_never_loads_pydantics_models_nor_typer(path):
    code = ("import sys; sys.argv = ['policy-lint', 'check', sys.argv[1]]; from policy_lint.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('typer', 'click', 'pydantic', 'importlib', 'email', 'policy_lint'))))")
    done = _run(code, str(path))
    loaded = set(done.stderr.decode().split())
    assert "policy_lint.engine" in loaded  # it did check
    assert not loaded & set(OFF_CHECKS_PATH), sorted(loaded & set(OFF_CHECKS_PATH))
