"""The reports read the findings and the models: a ≠ mark has a finding behind it, and figures come from the model.

STYLE.md, "One way through": renderers read findings and models and never re-check.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from policy_lint import checks
from policy_lint.checks.consistency._common import ConsistencyCheck
from policy_lint.cli import app
from policy_lint.consistency import KINDS, TOLERANCE_PARAMETERS
from policy_lint.models import Span
from policy_lint.render.json_out import consistency_codes
from policy_lint.statistics import Figure, StatsRow, StatsTable

runner = CliRunner()
JINCHENG = "samples/shanxi/jincheng"
DURATION_ROWS = ("residence_permit", "residence", "social_insurance", "employment")


def review(*args: str) -> str:
    result = runner.invoke(app, ["review", JINCHENG, *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def consistency_rows(*args: str) -> dict[str, dict]:
    return {r["key"]: r for r in json.loads(review("--format", "json", *args))["consistency"]["rows"]}


def test_every_consistency_check_reads_the_tolerance_the_reports_state():
    """One tolerance per kind: the check's parameter is the one the table module names for its rows' kind."""
    found = [c for c in checks.all_checks() if issubclass(c, ConsistencyCheck)]
    assert sorted(c.code for c in found) == ["PL401", "PL402", "PL403", "PL404"]
    for check in found:
        kinds = {KINDS[key] for key in check.rows}
        assert len(kinds) == 1, check.code
        assert check.tolerance_parameter == TOLERANCE_PARAMETERS.get(kinds.pop()), check.code
    assert set(consistency_codes()) == set(KINDS)


def test_every_difference_mark_has_a_finding_on_that_cell(repo_root):
    doc = json.loads(review("--format", "json"))
    findings = {(f["path"], f["code"], f["line"], f["column"]) for u in doc["units"] for f in u["findings"]}
    paths = {u["name"]: u["path"] for u in doc["units"]}
    codes = consistency_codes()
    marked = 0
    for row in doc["consistency"]["rows"]:
        for cell in row["outliers"]:
            assert cell["differs"]
            assert any((paths[cell["unit"]], code, cell["line"], cell["column"]) in findings
                       for code in codes[row["key"]]), (row["key"], cell["unit"])
            marked += 1
    assert marked  # the sample has outliers (阳城县's 12 months of residence, PL401)


def test_a_review_ignoring_pl401_marks_no_duration_as_differing_but_still_shows_every_value(repo_root):
    """With PL401 skipped there is no finding on 阳城县's 12 months, so its cell is plain, not ≠."""
    before, after = consistency_rows(), consistency_rows("--ignore", "PL401")
    assert [c["unit"] for c in before["residence"]["outliers"]] == ["阳城县"]
    for key in DURATION_ROWS:
        if key not in after:
            continue
        assert after[key]["outliers"] == []
        assert not any(c["differs"] for c in after[key]["cells"])
        assert [c["unit"] for c in after[key]["cells"]] == [c["unit"] for c in before[key]["cells"]]
    assert "阳城县" in [c["unit"] for c in after["residence"]["others"]]
    # the other families' marks are untouched
    for key in set(before) - set(DURATION_ROWS):
        assert after[key]["outliers"] == before[key]["outliers"], key

    text = review("--ignore", "PL401")
    assert "≠ 阳城县：12 个月" not in text
    assert "~ 阳城县：12 个月" in text
    assert "≠ 阳城县：12 个月" in review()
    for format in ("markdown", "html"):
        out = review("--ignore", "PL401", "--format", format)
        assert "阳城县：12 个月" in out
        assert "≠ 阳城县：12 个月" not in out


# --- the statistics model the audit reports read --------------------------------------------------------


def _figure(raw: str, line: int, column: int) -> Figure:
    return Figure(value=Decimal(raw.rstrip("%")), raw=raw, span=Span(line=line, column=column, end_line=line,
                                                                      end_column=column + len(raw)))


def _row(name: str, total: str, public: str, share: str | None, line: int) -> StatsRow:
    return StatsRow(name=name, total=_figure(total, line, 5), public=_figure(public, line, 12),
                    share=_figure(share, line, 20) if share is not None else None, line=line)


def _table(total_share: str | None) -> StatsTable:
    cities = (_row("甲市", "100", "80", "80.00%", 2), _row("乙市", "200", "160", "80.00%", 3),
              _row("丙市", "300", "270", "90.00%", 4), _row("丁市", "3", "1", None, 5))
    total = _row("山西省", "603", "511", total_share, 6) if total_share is not None else None
    return StatsTable(path="stats.csv", cities=cities, total=total, source_text="")


def test_the_province_share_is_the_sums_rounded_like_the_reported_total():
    assert _table("84.74%").province_share() == Decimal("84.74")  # 511 / 603 = 84.7429…%
    assert _table("84.7%").province_share() == Decimal("84.7")
    assert _table(None).province_share() == Decimal("84.74")  # no total row: 2 places
    empty = StatsTable(path="stats.csv", cities=(), total=None, source_text="")
    assert empty.province_share() is None


def test_cities_with_equal_shares_share_a_rank():
    ranked = [(rank, row.name) for rank, row in _table("84.74%").ranked()]
    assert ranked == [(1, "丙市"), (2, "乙市"), (2, "甲市"), (4, "丁市")]
    assert [row for _rank, row in _table("84.74%").ranked()] == _table("84.74%").ranking()


@pytest.mark.parametrize("places", [0, 1, 2, 3])
def test_a_row_share_and_the_province_share_round_alike(places):
    raw = f"{Decimal(1).scaleb(-places)}%" if places else "1%"
    row = _row("甲市", "3", "1", raw, 2)
    table = StatsTable(path="stats.csv", cities=(row,), total=_row("山西省", "3", "1", raw, 3), source_text="")
    assert table.province_share() == row.computed_share()
