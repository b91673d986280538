"""The bundled cities reviewed: every county's verdict and finding codes are those in its expected.toml.

Each city directory under ``samples/`` (one holding a ``city.toml``) has an
``expected.toml`` beside it::

    [units."泽州县"]
    verdict = "不通过"
    codes = ["PL101", "PL201", "PL202"]   # sorted; a code twice if it fires twice
    plan = "无需"                          # the work plan's status: 无需 / 缺失 / 无法读取 / 需修改 / 通过
    plan_codes = []                       # the codes of the findings on its work plan (family 8)

    [unattached]                          # optional: findings about no listed unit
    codes = []

The codes are those of all the unit's findings in ``policy-lint review``: the
county checks and the city checks (families 4 and 6), which the verdict weighs.
A unit's work plan is checked with the city's ruleset; its findings are listed
apart (``plan_codes``) with the plan's status, and do not count in the verdict.
The city is reviewed with the ruleset chosen from its city.toml, as a user
running ``review`` would.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from policy_lint.review import CITY_FILE, review_city

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED_FILE = "expected.toml"
CITIES = sorted(p.parent for p in SAMPLES.rglob(CITY_FILE))


def _id(path: Path) -> str:
    return path.relative_to(SAMPLES).as_posix()


def test_there_are_cities_to_review():
    names = {_id(c) for c in CITIES}
    assert {"shanxi/jincheng", "shanxi/yuncheng", "shanxi/datong", "zhejiang/taizhou"} <= names


@pytest.mark.parametrize("city", CITIES, ids=_id)
def test_every_city_has_expected_results(city: Path):
    assert (city / EXPECTED_FILE).is_file(), f"{_id(city)} has a {CITY_FILE} but no {EXPECTED_FILE}"


@pytest.mark.parametrize("city", [c for c in CITIES if (c / EXPECTED_FILE).is_file()], ids=_id)
def test_review_gives_the_expected_verdicts_and_codes(city: Path):
    expected = tomllib.loads((city / EXPECTED_FILE).read_text(encoding="utf-8"))
    review = review_city(city)

    want = {unit: (entry["verdict"], sorted(entry["codes"]), entry["plan"], sorted(entry["plan_codes"]))
            for unit, entry in expected["units"].items()}
    got = {u.name: (u.verdict.value, sorted(f.code for f in u.findings), u.plan_status.value,
                    sorted(f.code for f in u.plan_findings)) for u in review.units}
    detail = "\n".join(
        f"  {u.name} {u.verdict.value}: " + "; ".join(f"{f.code} {f.path}:{f.span.line}:{f.span.column}" for f in u.findings)
        + f" | plan {u.plan_status.value}: " + "; ".join(f"{f.code} {f.path}:{f.span.line}:{f.span.column}"
                                                        for f in u.plan_findings)
        for u in review.units
    )
    assert got == want, f"{_id(city)}: review differs from {EXPECTED_FILE}\n{detail}"

    attached = {id(f) for u in review.units for f in u.findings + u.plan_findings}
    unattached = sorted(f.code for f in review.findings if id(f) not in attached)
    assert unattached == sorted(expected.get("unattached", {}).get("codes", []))


@pytest.mark.parametrize("city", [c for c in CITIES if (c / EXPECTED_FILE).is_file()], ids=_id)
def test_expected_units_are_the_configured_units_in_order(city: Path):
    expected = tomllib.loads((city / EXPECTED_FILE).read_text(encoding="utf-8"))
    config = tomllib.loads((city / CITY_FILE).read_text(encoding="utf-8"))
    assert list(expected["units"]) == list(config["city"]["units"])


@pytest.mark.parametrize("year", ["-2021", "20261", '"2021"'])
def test_a_city_year_out_of_range_is_a_configuration_error(tmp_path, year):
    from policy_lint.city import load_city
    from policy_lint.errors import InputError

    path = tmp_path / "city.toml"
    path.write_text(f'[city]\nname = "晋城市"\nprovince = "山西省"\nyear = {year}\nunits = []\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_city(path)
    assert info.value.problems[0].line == 4
