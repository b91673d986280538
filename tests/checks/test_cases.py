"""Runs every case in tests/checks/cases/<CODE>.toml (sqlfluff-style: cases as data, one runner).

Each file holds ``[[case]]`` tables: ``name`` (a whole sentence), ``source``
(rules-language text), optional ``ruleset``, and ``expect``: a list of
``{code, line, column}`` for the findings of that file's check (and its remarks,
:class:`policy_lint.findings.Remark`, whose ``severity`` is ``"remark"``), each optionally with the
``severity`` it must have, the ruleset ``parameter`` it rests on, a document number it ``cites``, the ``end_line`` and ``end_column`` its
span ends at (the column exclusive), and text its ``message`` (Chinese), ``message_en`` or ``suggestion`` (Chinese)
contains.  Select one check with
``pytest -k PL201``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from policy_lint import checks

from ..helpers import run_check, run_city_check, run_stats_check, unit_of, write_city

CASES_DIR = Path(__file__).parent / "cases"


def run_plan_check(code: str, source: str, ruleset: str | None = None):
    """Findings of the plan check ``code`` alone on a work plan (plan language) under ``ruleset``."""
    import textwrap

    from policy_lint.plans import check_plan_source
    from policy_lint.source import decode

    check = checks.get(code)
    assert check is not None and check.scope == "plan", f"no plan check {code}"
    result = check_plan_source(decode(textwrap.dedent(source).encode("utf-8"), "case.plan"),
                               ruleset or check.example_ruleset, [check])
    if result.error is not None:
        raise result.error
    return result.findings


def _cases():
    for path in sorted(CASES_DIR.glob("PL*.toml")):
        code = path.stem
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            yield pytest.param(code, case, id=f"{code}: {case['name']}")


@pytest.mark.parametrize(("code", "case"), list(_cases()))
def test_case(code, case, tmp_path):
    check = checks.get(code)
    if check.scope == "city":
        # city cases: [case.files] maps each unit to its rules; optional units, config, plans, ruleset;
        # expect entries name the unit whose file the finding is on ("city.toml" for the configuration).
        write_city(tmp_path / "city", case.get("files", {}), case.get("units"), case.get("config", ""),
                   case.get("plans"))
        findings = run_city_check(code, tmp_path / "city", case.get("ruleset"))
        got = [(f.code, unit_of(f.path), f.span.line, f.span.column) for f in findings]
        want = [(e.get("code", code), e["unit"], e["line"], e["column"]) for e in case["expect"]]
    elif check.scope == "plan":
        findings = run_plan_check(code, case["source"], case.get("ruleset"))
        got = [(f.code, f.span.line, f.span.column) for f in findings]
        want = [(e.get("code", code), e["line"], e["column"]) for e in case["expect"]]
    elif check.scope == "statistics":
        findings = run_stats_check(code, case["source"], tmp_path, case.get("ruleset"))
        got = [(f.code, f.span.line, f.span.column) for f in findings]
        want = [(e.get("code", code), e["line"], e["column"]) for e in case["expect"]]
    else:
        findings = run_check(code, case["source"], case.get("ruleset"))
        got = [(f.code, f.span.line, f.span.column) for f in findings]
        want = [(e.get("code", code), e["line"], e["column"]) for e in case["expect"]]
    assert got == want
    # every finding's texts are whole: no placeholder left unfilled and no value missing ("None"), whatever
    # the case asserts of them
    for finding in findings:
        texts = [finding.message.zh, finding.message.en]
        if finding.suggestion:
            texts += [finding.suggestion.zh, finding.suggestion.en]
        for shown in texts:
            assert "None" not in shown and not re.search(r"\{[a-z_]+(?:![a-z])?\}", shown), (finding.code, shown)
    # optional per finding: the severity the law gives this case, and the document it cites
    for finding, expected in zip(findings, case["expect"]):
        if "severity" in expected:
            assert finding.severity == expected["severity"], (finding.code, finding.span)
        if "parameter" in expected:  # the ruleset parameter the finding rests on (its 依据)
            assert finding.basis.name == expected["parameter"], (finding.code, finding.basis.name)
        if "cites" in expected:
            assert expected["cites"] in finding.basis.citation.document, finding.basis.citation.document
        if "end_line" in expected:
            assert finding.span.end_line == expected["end_line"], (finding.code, finding.span)
        if "end_column" in expected:
            assert finding.span.end_column == expected["end_column"], (finding.code, finding.span)
        for key, got in (("message", finding.message.zh), ("message_en", finding.message.en),
                         ("suggestion", finding.suggestion.zh if finding.suggestion else "")):
            if key in expected:
                assert expected[key] in got, got


def test_every_check_has_cases_that_fire_and_cases_that_do_not():
    for check in checks.all_checks():
        path = CASES_DIR / f"{check.code}.toml"
        assert path.exists(), f"{check.code} has no case file"
        cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
        assert any(c["expect"] for c in cases), f"{check.code}: no case that fires"
        assert any(not c["expect"] for c in cases), f"{check.code}: no case that stays silent"
