"""Province audit: every city's review, its submission, its key counties, and the statistics table.

``audit_province(directory, stats)`` reads ``province.toml``, reviews every
city directory below (each with a ``city.toml``) exactly as ``review`` does,
and, given a 附件1-style CSV, runs the statistics checks (family 7) on it.
Nothing here prints or writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import checks as checks_mod
from .city import ProvinceConfig, load_province
from .engine import resolved
from .errors import InputError
from .findings import Finding
from .messages import text
from .review import CITY_FILE, CityReview, Unit, Verdict, review_city
from .ruleset import ResolvedRuleset, choose
from .statistics import StatsTable, parse_stats

PROVINCE_FILE = "province.toml"


@dataclass
class CityStatus:
    """One expected city of the province."""

    name: str
    directory: str | None = None
    review: CityReview | None = None
    error: InputError | None = None  # its city.toml (or ruleset) could not be read
    deadline: dt.date | None = None

    @property
    def submitted(self) -> bool:
        return self.review is not None

    @property
    def submitted_on(self) -> dt.date | None:
        return self.review.config.submitted if self.review is not None else None

    @property
    def on_time(self) -> bool | None:
        """True or False when both the submission date and the deadline are known; else None."""
        if self.submitted_on is None or self.deadline is None:
            return None
        return self.submitted_on <= self.deadline

    def counts(self) -> dict[Verdict, int]:
        return self.review.counts() if self.review is not None else {v: 0 for v in Verdict}

    def key_units(self) -> list[Unit]:
        return [u for u in self.review.units if u.key] if self.review is not None else []


@dataclass
class ProvinceAudit:
    config: ProvinceConfig
    ruleset: ResolvedRuleset
    cities: list[CityStatus]
    deadline: tuple[dt.date, str] | None
    extra: list[CityStatus] = field(default_factory=list)  # city directories not listed in province.toml
    stats: StatsTable | None = None
    stats_error: InputError | None = None
    stats_findings: list[Finding] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        out = [f for c in self.cities + self.extra if c.review is not None for f in c.review.findings]
        return sorted(out + self.stats_findings, key=Finding.sort_key)

    def key_counties(self) -> list[tuple[CityStatus, Unit]]:
        return [(c, u) for c in self.cities + self.extra for u in c.key_units()]

    def missing_key_counties(self) -> list[str]:
        """Key counties on the ruleset's list that no reviewed city accounts for."""
        listed = self.ruleset.get("key_counties")
        if listed is None:
            return []
        found = {f"{c.name}{u.name}" for c, u in self.key_counties()} | {u.name for _c, u in self.key_counties()}
        return [name for name in listed.value if name not in found]


def audit_province(directory: Path, stats: Path | None = None, override: str | None = None,
                   selected: list[type[checks_mod.Check]] | None = None) -> ProvinceAudit:
    """Audit every city under ``directory``; check ``stats`` if given."""
    config_path = directory / PROVINCE_FILE
    if not config_path.is_file():
        raise InputError(directory.as_posix(), text("config.missing_province"))
    config = load_province(config_path)
    selected = selected if selected is not None else checks_mod.all_checks()
    ruleset = resolved(override or config.ruleset or choose(config.name, None, config.year), config.year)
    if config.deadline is not None:
        deadline: tuple[dt.date, str] | None = (config.deadline, PROVINCE_FILE)
    elif ruleset.get("city_rules_deadline") is not None:
        deadline = (ruleset.get("city_rules_deadline").value, "city_rules_deadline")
    else:
        deadline = None
    statuses = {name: CityStatus(name=name, deadline=deadline[0] if deadline else None) for name in config.cities}
    extra: list[CityStatus] = []
    for city_file in sorted(directory.rglob(CITY_FILE)):
        city_dir = city_file.parent
        try:
            review = review_city(city_dir, None, selected)
            name = review.config.name
        except InputError as exc:
            review, name = None, city_dir.name
            error = exc
        else:
            error = None
        status = statuses.get(name)
        if status is None or status.directory is not None:
            status = CityStatus(name=name, deadline=deadline[0] if deadline else None)
            extra.append(status)
        status.directory = city_dir.as_posix()
        status.review = review
        status.error = error
    audit = ProvinceAudit(config=config, ruleset=ruleset, cities=list(statuses.values()), deadline=deadline,
                          extra=extra)
    if stats is not None:
        try:
            audit.stats = parse_stats(stats, config.name)
        except InputError as exc:
            audit.stats_error = exc
        else:
            for check_cls in selected:
                if check_cls.scope != "statistics":
                    continue
                check = check_cls()
                if check.applies(ruleset):
                    audit.stats_findings.extend(check.run_stats(audit.stats, ruleset))
            audit.stats_findings.sort(key=Finding.sort_key)
    return audit
