"""The bundled samples: every file parses, and produces exactly the findings its header lists.

Each sample names its expected findings in a header comment near the top::

    # 预期: PL101, PL201, PL202      (a code twice if it fires twice)
    # 预期: 无                        (a clean file)

The engine checks each file with the ruleset chosen from its 基本信息, as a
user running ``policy-lint check`` would.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policy_lint import checks
from policy_lint.engine import check_paths

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: county rules samples (samples/drafts holds prose drafts and their expected extraction: tests/test_extract.py)
FILES = sorted(p for p in SAMPLES.rglob("*.rules") if "drafts" not in p.relative_to(SAMPLES).parts)

#: sample directory → the ruleset its files must resolve to.
CITIES = {
    "shanxi/jincheng": "jincheng-2021",
    "shanxi/yuncheng": "shanxi-2021",
    "shanxi/datong": "shanxi-2021",
    "zhejiang/taizhou": "taizhou-2021",
}
#: the cities whose samples cover the county checks: each holds at least this
#: many clean files and files with findings (the others are there for review).
COMPLETE = ("shanxi/jincheng", "shanxi/yuncheng", "zhejiang/taizhou")
MIN_CLEAN = 3
MIN_WITH_FINDINGS = 3

_HEADER = re.compile(r"^#\s*预期\s*[:：]\s*(?P<codes>.*?)\s*$")
_HEADER_WITHIN = 5  # lines from the top


def expected_codes(path: Path) -> list[str]:
    """The sorted codes listed in ``path``'s ``# 预期:`` header ([] for 无)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines[:_HEADER_WITHIN], start=1):
        match = _HEADER.match(line.strip())
        if match:
            body = match.group("codes")
            if body == "无":
                return []
            codes = [c for c in re.split(r"[\s,，、]+", body) if c]
            for code in codes:
                assert re.fullmatch(r"PL\d{3}", code), f"{path}:{number}: bad code {code!r} in the header"
            return sorted(codes)
    raise AssertionError(f"{path}: no '# 预期:' line in the first {_HEADER_WITHIN} lines")


def _id(path: Path) -> str:
    return path.relative_to(SAMPLES).as_posix()


def test_samples_exist():
    assert FILES, f"no .rules files under {SAMPLES}"
    for city in CITIES:
        assert list((SAMPLES / city).glob("*.rules")), f"no samples for {city}"


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_sample_parses(path: Path):
    (result,) = check_paths([path])
    assert result.error is None, f"{_id(path)} does not parse: {result.error}"
    assert result.rules is not None and result.rules.metadata.county is not None
    assert result.rules.metadata.county.value == path.stem


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_sample_uses_its_city_ruleset(path: Path):
    city = path.parent.relative_to(SAMPLES).as_posix()
    assert city in CITIES, f"{_id(path)}: sample directory {city} is not listed in CITIES"
    (result,) = check_paths([path])
    assert result.ruleset is not None
    assert result.ruleset.name == CITIES[city]


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_sample_findings_match_header(path: Path):
    expected = expected_codes(path)
    for code in expected:
        assert checks.get(code) is not None, f"{_id(path)}: header names {code}, which is not a check"
    (result,) = check_paths([path])
    assert result.error is None, f"{_id(path)} does not parse: {result.error}"
    found = sorted(f.code for f in result.findings)
    where = "\n".join(f"  {f.span.line}:{f.span.column} {f.code} {f.message.zh}" for f in result.findings)
    assert found == expected, f"{_id(path)}: expected {expected}, found {found}\n{where}"


@pytest.mark.parametrize("city", sorted(COMPLETE))
def test_each_city_has_clean_files_and_files_with_findings(city: str):
    """Clean: no error (a county that would pass); a warning the national layer's analogies give is allowed."""
    files = sorted((SAMPLES / city).glob("*.rules"))
    results = {Path(r.path).stem: r for r in check_paths(files)}
    clean = [p.stem for p in files if not any(f.severity == "error" for f in results[p.stem].findings)]
    dirty = [p.stem for p in files if expected_codes(p)]
    assert len(clean) >= MIN_CLEAN, f"{city}: only {len(clean)} samples without errors: {clean}"
    assert len(dirty) >= MIN_WITH_FINDINGS, f"{city}: only {len(dirty)} samples with findings: {dirty}"
