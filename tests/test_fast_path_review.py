"""``policy-lint review CITY …`` without typer: the fast path reads exactly what typer would, or hands over.

As ``check`` (tests/test_fast_path.py): :func:`policy_lint.cli.main` runs an ordinary ``review``
through :func:`policy_lint.console.read_review_args` and :func:`policy_lint.reports.run_review`,
and these tests hold the two ways to the same output, messages and exit code, and keep typer (and
the pydantic machinery it loads) off the fast path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.console import read_review_args

from .test_fast_path import FAST, ROOT, SAMPLES, TYPER, _run

CITY = SAMPLES / "shanxi" / "jincheng"


def test_the_forms_typer_reads_are_read_the_same():
    found = read_review_args(["city", "-fjson", "--lang=en", "-j", "2", "--force", "--ruleset", "jincheng-2021",
                              "-o", "out.json", "--select=PL1", "--ignore", "PL102"])
    assert found == {"city_dir": Path("city"), "format": "json", "lang": "en", "jobs": 2, "force": True,
                     "ruleset": "jincheng-2021", "output": Path("out.json"), "select": "PL1", "ignore": "PL102"}
    assert read_review_args(["city"]) == {"city_dir": Path("city")}
    assert read_review_args(["city", "-f", "xlsx"]) == {"city_dir": Path("city"), "format": "xlsx"}


@pytest.mark.parametrize("args", [
    [], ["--help"], ["city", "--help"], ["city", "other"], ["--", "city"], ["city", "--force", "--force"],
    ["city", "--force=1"], ["city", "--format", "xml"], ["city", "--ruleset", "--force"], ["city", "--stats", "x"],
    ["city", "-j", "-1"], ["--version"],
])
def test_anything_else_is_left_to_typer(args):
    assert read_review_args(args) is None


@pytest.mark.parametrize("args", [
    ["review", str(CITY)],
    ["review", "--lang", "en", "-f", "json", str(CITY)],
    ["review", str(CITY), "--format=markdown", "--select", "PL4"],
    ["review", str(CITY), "--ruleset", "no-such-ruleset"],
    ["review", str(SAMPLES / "no-such-city"), "-j1"],
    ["review", str(CITY), "--lang", "en", "--ignore", "PL6"],
    ["review", str(CITY), "--select", "PLX"],
])
def test_the_fast_path_prints_and_exits_as_typer_does_without_loading_it(args):
    fast, typer_way = _run(FAST, *args), _run(TYPER, *args)
    assert fast.returncode == typer_way.returncode
    assert fast.stdout == typer_way.stdout
    assert fast.stderr == typer_way.stderr  # and so typer was not loaded: that would be said last


def test_a_review_loads_neither_typer_nor_pydantic():
    code = ("import sys; sys.argv = ['policy-lint', 'review', sys.argv[1]]; from policy_lint.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('typer', 'click', 'pydantic', 'policy_lint'))))")
    loaded = set(_run(code, str(CITY)).stderr.decode().split())
    assert "policy_lint.review" in loaded  # it did review
    assert not {m for m in loaded if m.split(".")[0] in ("typer", "click", "pydantic")}
    assert "policy_lint.checks.statistics" not in loaded  # the audit's family
