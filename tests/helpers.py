"""Small helpers shared by the tests."""

from __future__ import annotations

import textwrap

from policy_lint import checks
from policy_lint.build import parse
from policy_lint.engine import check_rules, resolved
from policy_lint.source import decode


def run_check(code: str, source: str, ruleset: str | None = None, path: str = "case.rules"):
    """Findings of the check ``code`` alone on ``source`` under ``ruleset`` (default: the check's)."""
    check = checks.get(code)
    assert check is not None, f"no check {code}"
    rules = parse(decode(textwrap.dedent(source).encode("utf-8"), path))
    year = rules.metadata.year.value if rules.metadata.year else None
    submitted = rules.metadata.submitted.value if rules.metadata.submitted else None
    return check_rules(rules, resolved(ruleset or check.example_ruleset, year, submitted), [check])


def write_city(directory, files: dict[str, str], units: list[str] | None = None, config: str = "",
               plans: list[str] | None = None, name: str = "晋城市", province: str = "山西省", year: int = 2021):
    """Write a city directory: ``<unit>.rules`` for each of ``files``, ``<unit>.plan`` for each of ``plans``
    and a city.toml listing ``units`` (default: the files' units) plus ``config`` lines in [city]."""
    directory.mkdir(parents=True, exist_ok=True)
    listed = units if units is not None else list(files)
    quoted = ", ".join(f'"{u}"' for u in listed)
    (directory / "city.toml").write_text(
        f'[city]\nname = "{name}"\nprovince = "{province}"\nyear = {year}\nunits = [{quoted}]\n{textwrap.dedent(config)}\n',
        encoding="utf-8",
    )
    for unit, source in files.items():
        (directory / f"{unit}.rules").write_text(textwrap.dedent(source), encoding="utf-8")
    for unit in plans or []:
        (directory / f"{unit}.plan").write_text("# 工作方案\n", encoding="utf-8")
    return directory


def run_city_check(code: str, directory, ruleset: str | None = None):
    """Findings of the city check ``code`` alone on the city in ``directory``."""
    from policy_lint.review import review_city

    check = checks.get(code)
    assert check is not None and check.scope == "city", f"no city check {code}"
    review = review_city(directory, ruleset, [check])
    return review.findings


def unit_of(path: str) -> str:
    from pathlib import PurePosixPath

    p = PurePosixPath(path)
    return p.name if p.name == "city.toml" else p.stem


def example_city(directory, section: str):
    """A city built from a city check's docs section: one ```rules block per unit (its first line
    ``# <unit>``), and optionally one ```toml block of extra [city] lines and a line ``# 工作方案: 县``."""
    files: dict[str, str] = {}
    config = ""
    units: list[str] | None = None
    plans: list[str] = []
    for lang, body in checks.code_blocks(section):
        if lang == "toml":
            for line in body.splitlines():
                if line.startswith("units"):
                    units = [u.strip().strip('"') for u in line.split("=", 1)[1].strip(" []").split(",") if u.strip()]
                else:
                    config += line + "\n"
            continue
        first, _, rest = body.partition("\n")
        unit = first.lstrip("#").strip()
        if unit.startswith("工作方案"):
            plans.append(unit.split(":", 1)[1].strip() if ":" in unit else unit.split("：", 1)[1].strip())
            continue
        files[unit] = rest
    return write_city(directory, files, units, config, plans)


def run_stats_check(code: str, csv_text: str, directory, ruleset: str | None = None):
    """Findings of the statistics check ``code`` alone on a CSV table."""
    from policy_lint.ruleset import resolve
    from policy_lint.statistics import parse_stats

    check = checks.get(code)
    assert check is not None and check.scope == "statistics", f"no statistics check {code}"
    path = directory / "stats.csv"
    path.write_text(textwrap.dedent(csv_text), encoding="utf-8")
    table = parse_stats(path)
    resolved_ruleset = resolve(ruleset or check.example_ruleset)
    instance = check()
    if not instance.applies(resolved_ruleset):
        return []
    return list(instance.run_stats(table, resolved_ruleset))
