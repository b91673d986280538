"""Wording variants (scripts/variants.py, tests/data/variants.toml): a draft rewritten with a usual other word for
one the readers know gets the same findings (code, line) as the draft as published.  Only substitutions that hold
on the whole development corpus since the readers fold them (rulesets/vocabulary.toml [[wording]])."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.extract import check_draft
from scripts.variants import load  # noqa: F401  (the data file must stay loadable)

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"

# (the variant's pattern in tests/data/variants.toml, documents it changes findings in without the fold)
CASES = [
    ("缴纳", "交纳", ["chongqing-yuzhong-2021", "shandong-jinan-jiyang-2024", "shandong-taian-ningyang-undated"]),
    ("劳动合同", "用工合同", ["chongqing-2021", "shanxi-yuncheng-xiaxian-2021"]),
    ("社会保险", "社保", ["anhui-hefei-jingkai-2022"]),
    ("父母(?![亲双一])", "父母亲", ["shanxi-yuncheng-xiaxian-2021"]),
    ("居住证(?![明件》])", "居住证件", ["shandong-linyi-linshu-2023", "tianjin-nankai-2025", "fujian-xiamen-2021",
                                   "henan-zhumadian-xiping-2020", "tianjin-binhai-2024"]),
]


def _findings(path: Path) -> list[tuple[str, int]]:
    return sorted((f.code, f.span.line) for f in check_draft(path, path.name).findings)


@pytest.mark.parametrize("pattern, to, stems", CASES, ids=[c[1] for c in CASES])
def test_variant_keeps_findings(tmp_path, pattern, to, stems):
    (sub,) = [s for s in load() if s["from"] == pattern and s["to"] == to]
    for stem in stems:
        original = REAL / f"{stem}.txt"
        text, uses = sub["pattern"].subn(sub["to"], original.read_text(encoding="utf-8-sig"))
        assert uses, (stem, pattern)
        rewritten = tmp_path / f"{stem}.txt"
        rewritten.write_text(text, encoding="utf-8")
        assert _findings(rewritten) == _findings(original), (stem, f"{pattern} → {to}")


def test_variant_quotes_the_draft():
    """A folded variant is read as the vocabulary's word but quoted as written."""
    from policy_lint.normalise import fold

    folded = fold("父母亲连续交纳社保满一年")
    assert folded.text == "父母连续缴纳社保满一年"
    start, end = folded.span(folded.text.index("缴纳"), folded.text.index("缴纳") + 2)
    assert folded.original[start:end] == "交纳"
    assert folded.original[slice(*folded.span(0, 2))] == "父母亲"
