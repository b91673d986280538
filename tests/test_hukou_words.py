"""户口 and 户籍 are one status, written either way: a draft saying 户口 where a dev document says 户籍 keeps its findings.

Each document below lost or gained a finding when its 户籍 was written 户口 before 户口 was read as 户籍
(policy_lint.normalise.fold); the papers 户口簿, 户口本 and 户口页 are no status and stay as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.extract.check import check_draft

REAL = Path(__file__).parent / "data" / "real"

STEMS = ["gansu-lanzhou-qilihe-2021", "guangdong-foshan-nanhai-2023", "qinghai-xining-2017", "xinjiang-tacheng-tuoli-2022",
         "jiangxi-ganzhou-ganxian-2015", "chongqing-yuzhong-2021", "hubei-wuhan-caidian-2024",
         # 户口 already: their local families' catchment rules (房证、全家户口满2年; 常住户口（房户住一致）)
         "liaoning-shenyang-2019", "henan-zhengzhou-2024"]


def _findings(path: Path) -> list[tuple[str, int]]:
    result = check_draft(path, path.name)
    assert result.error is None, result.error
    return sorted((f.code, f.span.line) for f in result.findings)


@pytest.mark.parametrize("stem", STEMS)
def test_hukou_written_as_hukou_keeps_the_findings(tmp_path, stem):
    txt = REAL / f"{stem}.txt"
    text = txt.read_text(encoding="utf-8")
    assert "户籍" in text or "户口" in text
    said = tmp_path / txt.name
    said.write_text(text.replace("户籍", "户口"), encoding="utf-8")
    assert _findings(said) == _findings(txt)


def test_the_findings_quote_hukou_as_the_draft_writes_it(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("某县2021年义务教育学校招生及随迁子女入学工作方案\n随迁子女报名：优先安排本市户口的居民子女入学。\n",
                    encoding="utf-8")
    result = check_draft(path, path.name)
    quoted = [f.message.zh for f in result.findings if f.code == "PL304"]
    assert quoted and all("本市户口" in q and "本市户籍" not in q for q in quoted), quoted
