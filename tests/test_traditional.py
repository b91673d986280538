"""A draft in traditional characters is checked as its simplified original is (tests/data/traditional/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.extract import check_draft
from policy_lint.normalise import fold_text

DATA = Path(__file__).parent / "data"
STEMS = sorted(p.stem for p in (DATA / "traditional").glob("*.txt"))


def _found(path: Path) -> tuple[list, list, tuple]:
    result = check_draft(path, path.name)
    assert result.error is None, path
    findings = sorted((f.code, f.span.line) for f in result.findings)
    remarks = sorted((r.code, r.span.line) for r in result.remarks)
    meta = result.rules.metadata
    # the place as the draft writes it (江蘇省), read as the divisions table writes it
    place = tuple(fold_text(v) if isinstance(v, str) else v
                  for v in (getattr(getattr(meta, key, None), "value", None) for key in ("province", "city", "county", "year")))
    return findings, remarks, place


def test_the_corpus_is_there():
    assert len(STEMS) >= 15


@pytest.mark.parametrize("stem", STEMS)
def test_a_traditional_copy_gets_the_findings_of_its_original(stem):
    original = _found(DATA / "real" / f"{stem}.txt")
    traditional = _found(DATA / "traditional" / f"{stem}.txt")
    assert traditional == original


def test_yu_is_read_as_yu_only_in_a_text_written_in_traditional_characters():
    # 於 is a simplified character too (a surname): never in the table, read as 于 only beside traditional forms
    assert fold_text("屬於外省市縣區農村戶口") == "属于外省市县区农村户籍"  # (户口 the status is read as 户籍 too)
    assert fold_text("於某某同志") == "於某某同志"
    assert fold_text("属於") == "属於"
