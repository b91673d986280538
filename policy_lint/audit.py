"""Province audit: every city's review, its submission, its key counties, and the statistics table.

``audit_province(directory, stats)`` reads ``province.toml``, reviews every
city directory below (each with a ``city.toml``) exactly as ``review`` does,
and, given a 附件1-style table (CSV or .xlsx), runs the statistics checks (family 7) on it.
Nothing here prints or writes.

Key counties: :meth:`ProvinceAudit.key_plan_problems` names each key county
whose work plan (一县一案) is missing, unreadable or fails — has a finding of
error severity (its plan status, :class:`policy_lint.review.PlanStatus`).

Target share: :meth:`ProvinceAudit.share_target` reads the ruleset's dated
public-school share targets (``plan_public_share_targets``, year → percent)
and picks the one for the year the statistics are for (the table header's
``2020年…``, else province.toml's ``year``): the latest target dated that
year or earlier, which the shares are held to (a target reached must be
kept); if every target is later, the first one is shown as not yet due and
nothing is compared with it.  A ruleset with no dated target cites none; the
reports say so (and quote ``plan_public_share_rising`` when the ruleset only
asks the share to rise, as Shanxi's does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterator

from . import checks as checks_mod
from .city import ProvinceConfig, load_province, parse_toml
from .engine import display_path, resolved, unexpected
from .errors import InputError
from .files import walk
from .findings import Finding
from .messages import LocalText, text
from .review import CITY_FILE, CityReview, Unit, review_city, without_models
from .ruleset import ResolvedParameter, ResolvedRuleset, choose
from .source import read
from .statistics import StatsTable, parse_stats

PROVINCE_FILE = "province.toml"
#: the ruleset parameter holding the dated public-school share targets (year → percent)
SHARE_TARGET_PARAMETER = "plan_public_share_targets"
#: cited when the ruleset sets no numeric target but asks the share to rise
SHARE_RISING_PARAMETER = "plan_public_share_rising"


@dataclass(frozen=True)
class ShareTarget:
    """The public-school share target the statistics are held to (see the module docstring)."""

    parameter: ResolvedParameter  # the dated targets, with their citation
    targets: tuple[tuple[int, Decimal], ...]  # every (year, percent), in year order
    statistics_year: int | None  # the year the figures are for
    year_source: str | None  # "statistics" (the table's header) or "province.toml"
    year: int | None  # the target compared (or shown): its year …
    value: Decimal | None  # … and its share
    due: bool  # the target's year is the statistics' year or earlier: the shares are compared with it

    def below(self, share: Decimal | None) -> bool | None:
        """Whether ``share`` is below a due target (None: no share, or no target due)."""
        if not self.due or self.value is None or share is None:
            return None
        return share < self.value


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

    @property
    def remarks(self) -> list:
        """Every city's remarks (提示, :attr:`policy_lint.review.CityReview.remarks`): in no figure of the audit."""
        return [m for c in self.cities + self.extra if c.review is not None for m in c.review.remarks]

    def key_counties(self) -> list[tuple[CityStatus, Unit]]:
        return [(c, u) for c in self.cities + self.extra for u in c.key_units()]

    def key_plan_problems(self) -> list[tuple[CityStatus, Unit]]:
        """Key counties whose work plan is missing, unreadable or has an error finding."""
        return [(c, u) for c, u in self.key_counties() if u.plan_status.failing]

    def share_target(self) -> ShareTarget | None:
        """The dated public-school share target for the statistics' year, or None when the ruleset cites none."""
        param = self.ruleset.get(SHARE_TARGET_PARAMETER)
        if param is None or not param.value:
            return None
        targets = tuple(sorted((int(year), Decimal(str(value))) for year, value in param.value.items()))
        if self.stats is not None and self.stats.year is not None:
            year, source = self.stats.year, "statistics"
        elif self.stats is not None:
            year, source = self.config.year, PROVINCE_FILE
        else:
            year, source = None, None
        if year is None:
            return ShareTarget(param, targets, None, None, None, None, False)
        reached = [t for t in targets if t[0] <= year]
        chosen, due = (reached[-1], True) if reached else (targets[0], False)
        return ShareTarget(param, targets, year, source, chosen[0], chosen[1], due)

    def share_rising(self) -> ResolvedParameter | None:
        """The ruleset's requirement that the share rise, when it sets no numeric target."""
        param = self.ruleset.get(SHARE_RISING_PARAMETER)
        return param if param is not None and param.value else None

    def missing_key_counties(self) -> list[str]:
        """Key counties on the ruleset's list that no reviewed city accounts for."""
        listed = self.ruleset.get("key_counties")
        if listed is None:
            return []
        found = {f"{c.name}{u.name}" for c, u in self.key_counties()} | {u.name for _c, u in self.key_counties()}
        return [name for name in listed.value if name not in found]


def _name_hint(city_file: Path) -> str | None:
    """The city's name from a city.toml that could not be loaded (a typo elsewhere in it), if it says one,
    so that the listed city shows as unreadable rather than as not submitted.  Read as load_city reads it
    (within the size limit, nesting and huge numbers refused): whatever made the file unreadable must not
    stop the audit here."""
    try:
        data = parse_toml(city_file.as_posix(), read(city_file).text)
    except InputError:
        return None
    name = data.get("city", {}).get("name") if isinstance(data.get("city"), dict) else None
    return name if isinstance(name, str) else None


def _audit_city(task: tuple, jobs: int = 1,
                progress: Callable[[], None] | None = None) -> tuple[CityReview | None, str, InputError | None]:
    """One city's review, without its models (see :func:`policy_lint.review.without_models`), its name and
    its error; one city's failure never ends the audit."""
    found, city_file, city_dir, refusal, selected = task
    try:
        if refusal is not None:
            raise InputError(display_path(found), refusal)
        review = without_models(review_city(city_dir, None, selected, jobs, progress))
        return review, review.config.name, None
    except Exception as exc:
        name = (_name_hint(city_file) if refusal is None else None) or city_dir.name
        return None, name, exc if isinstance(exc, InputError) else unexpected(display_path(city_file), exc)


def _files_of(review: CityReview | None) -> int:
    """How many files a city's review checked (one tick of the progress bar each)."""
    if review is None:
        return 0
    units = review.units
    return (sum(u.result is not None for u in units) + sum(u.plan_result is not None for u in units)
            + len(review.context.extra))


def _audit_cities(tasks: list[tuple], jobs: int, progress: Callable[[], None] | None) -> Iterator[tuple]:
    """Each city's :func:`_audit_city`, in order: one pool of ``jobs`` processes for the whole audit.

    With several cities, each worker reviews whole cities (its files on its own process) and sends back
    the review without its models; with one city, that city's files share the processes.
    """
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _audit_city(task, jobs, progress)
        return
    from . import workers

    for result in workers.imap(_audit_city, tasks, workers.cap(jobs, len(tasks))):
        if progress:
            for _ in range(_files_of(result[0])):
                progress()
        yield result


def audit_province(directory: Path, stats: Path | None = None, override: str | None = None,
                   selected: list[type[checks_mod.Check]] | None = None, jobs: int = 1,
                   progress: Callable[[], None] | None = None) -> ProvinceAudit:
    """Audit every city under ``directory``; check ``stats`` if given."""
    if not directory.is_dir():
        raise InputError(directory.as_posix(), text("input.missing"))
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
    tasks: list[tuple[Path, Path, Path, LocalText | None, list]] = []
    for found in walk(directory, names=(CITY_FILE,)):  # only what is inside the folder (no links out)
        if found.path.name != CITY_FILE:  # a linked directory leading out of the folder
            if found.path.parent != directory:
                continue  # inside a city's folder: that city's review names it
            city_file, city_dir = found.path / CITY_FILE, found.path
        else:
            city_file = found.path
            city_dir = city_file.parent
        tasks.append((found.path, city_file, city_dir, found.refusal, selected))
    for (_found, _file, city_dir, _refusal, _selected), (review, name, error) in zip(
            tasks, _audit_cities(tasks, jobs, progress)):
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
            audit.stats_findings = audit.stats.placed(audit.stats_findings)  # a workbook's: sheet and cell named
            audit.stats_findings.sort(key=Finding.sort_key)
    return audit
