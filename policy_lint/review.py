"""City review: every county unit checked, the city-wide checks, a verdict per county, the 附件3 table.

``review_city(directory)`` is a pure function of the files under the
directory: it reads ``city.toml``, the ``*.rules`` files or the drafts (``.docx``, ``.doc``, ``.wps``, ``.pdf``,
``.html``: :data:`policy_lint.engine.FOLDER_DRAFT_SUFFIXES`, matched to units as ``.rules`` files are) and the ``*.plan`` files,
runs the per-county pipeline (:mod:`policy_lint.engine`) on each unit, then
the city checks (families 4 and 6) over all of them, and returns a
:class:`CityReview` that the renderers print.  Nothing here prints or writes.

Verdicts (审核意见), per county unit, in this order:

- **不通过** (fail): the unit's rules were not submitted or cannot be read; or a
  finding of error severity in family 1 or 2 (conditions stricter than the
  baseline, banned certificates: they change who may enrol); or five or more
  error findings.
- **修改后通过** (pass after changes): any other error finding.
- **通过** (pass): no error finding; warnings are listed as remarks.

The verdict is about the county's admission rules only.  A county's work plan
(工作方案, ``<unit>.plan`` or ``<unit>工作方案.plan``) is checked on its own,
with the city's ruleset (plan checks, family 8), and gets a separate **plan
status** shown beside the verdict (:class:`PlanStatus`):

- **无需** (not required): no plan was filed and none is required of the unit
  (it is not a key county, or the ruleset does not set ``key_county_work_plan``);
- **缺失** (missing): a key county whose ruleset requires a plan (一县一案) filed
  none — the same fact is the city finding PL604, which counts in the verdict;
- **无法读取** (unreadable): the plan file cannot be read or parsed;
- **需修改** (needs changes): the plan has a finding of error severity;
- **通过** (pass): the plan has no error finding (warnings are remarks).

Why separate: the verdict answers the question the city signs (may these rules
be published?), and a plan short of a target does not change who may enrol;
the plan is the county's commitment to the province (一县一案 is filed with
the province), which the audit follows up.  The plan's findings are in
``Unit.plan_result`` (not in ``Unit.findings``) and in
:attr:`CityReview.findings`, so they count for the exit code and every report
lists them with the plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from enum import Enum
from pathlib import Path
from typing import Callable

from . import checks as checks_mod
from .city import CityConfig, load_city
from .consistency import Row, table
from .engine import FOLDER_DRAFT_SUFFIXES, PLAN_SUFFIXES, RULES_SUFFIXES, Entry, FileResult, check_many, display_path, resolved
from .files import refusal, walk
from .source import split_lines
from .errors import InputError
from .findings import Finding, Remark
from .messages import CATALOGUE, LocalText, joined, text
from .models import Rules, Span
from .ruleset import ResolvedRuleset, choose

CITY_FILE = "city.toml"

#: families whose errors make a county's rules fail outright
FAILING_FAMILIES = ("1", "2")
#: this many error findings fail a county whatever their family
FAILING_ERROR_COUNT = 5


class Verdict(str, Enum):
    passed = "通过"
    passed_after_changes = "修改后通过"
    failed = "不通过"

    def label(self, lang: str) -> str:
        return CATALOGUE[f"verdict.label.{self.name}"][lang]


class PlanStatus(str, Enum):
    """Where a unit's work plan (工作方案) stands, beside the verdict on its rules (see the module docstring)."""

    not_required = "无需"
    missing = "缺失"
    unreadable = "无法读取"
    needs_changes = "需修改"
    passed = "通过"

    def label(self, lang: str) -> str:
        return CATALOGUE[f"plan_status.label.{self.name}"][lang]

    @property
    def failing(self) -> bool:
        """A plan that is required and missing, unreadable or has an error finding."""
        return self in (PlanStatus.missing, PlanStatus.unreadable, PlanStatus.needs_changes)


@dataclass
class Unit:
    """One expected county unit of the city."""

    name: str
    key: bool = False
    result: FileResult | None = None  # None: no rules file submitted
    plan: str | None = None  # path of its work plan (工作方案), if any
    plan_result: FileResult | None = None  # the plan checked with the city's ruleset (a results.PlanResult)
    plan_required: bool = False  # a key county under a ruleset that asks key counties for a plan
    findings: list[Finding] = field(default_factory=list)  # the rules' and the city checks' (the verdict's)
    verdict: Verdict = Verdict.failed
    reasons: list[LocalText] = field(default_factory=list)

    @property
    def remarks(self) -> list[Remark]:
        """What the checks noticed in the unit's rules that is not a fault (提示): shown, never in the verdict."""
        return list(self.result.remarks) if self.result is not None else []

    @property
    def plan_findings(self) -> list[Finding]:
        return list(self.plan_result.findings) if self.plan_result is not None else []

    @property
    def plan_errors(self) -> int:
        return sum(1 for f in self.plan_findings if f.severity == "error")

    @property
    def plan_warnings(self) -> int:
        return sum(1 for f in self.plan_findings if f.severity == "warning")

    @property
    def plan_status(self) -> PlanStatus:
        if self.plan_result is None:
            return PlanStatus.missing if self.plan_required else PlanStatus.not_required
        if self.plan_result.error is not None:
            return PlanStatus.unreadable
        return PlanStatus.needs_changes if self.plan_errors else PlanStatus.passed

    @property
    def rules(self) -> Rules | None:
        return self.result.rules if self.result is not None else None

    @property
    def submitted(self) -> bool:
        return self.result is not None

    @property
    def readable(self) -> bool:
        return self.result is not None and self.result.rules is not None

    @property
    def path(self) -> str | None:
        return self.result.path if self.result is not None else None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")


@dataclass
class CityContext:
    """What the city checks read: the configuration, the resolved ruleset and every unit."""

    config: CityConfig
    ruleset: ResolvedRuleset
    units: list[Unit]
    extra: list[FileResult] = field(default_factory=list)  # rules files for units not in city.toml
    consistency: list[Row] = field(default_factory=list)

    def unit(self, name: str) -> Unit | None:
        return self._by_name.get(name)

    @cached_property
    def _by_name(self) -> dict[str, Unit]:
        """The units by name, built once (the city checks look a unit up for every finding)."""
        by_name: dict[str, Unit] = {}
        for unit in self.units:
            by_name.setdefault(unit.name, unit)  # the first of a name, as a scan would find it
        return by_name

    @cached_property
    def _config_lines(self) -> tuple[str, ...]:
        """city.toml's lines, split once for every finding that points into it."""
        return split_lines(self.config.source_text) if self.config.source_text else ()

    def readable(self) -> list[Unit]:
        return [u for u in self.units if u.readable]

    def config_span(self, unit: str) -> Span:
        """Where ``unit`` is listed in city.toml (for findings about a unit with no file)."""
        line = self.config.unit_lines.get(unit, 1)
        lines = self._config_lines
        source_line = lines[line - 1] if 0 < line <= len(lines) else ""
        column = source_line.find(f'"{unit}"') + 1 or 1
        return Span(line=line, column=column, end_line=line, end_column=column + len(unit) + 2)

    def deadline(self) -> tuple[dt.date, str] | None:
        """The county rules deadline and where it comes from ('city.toml' or a ruleset parameter name)."""
        if self.config.deadline is not None:
            return self.config.deadline, CITY_FILE
        param = self.ruleset.get("county_rules_deadline")
        if param is not None:
            return param.value, "county_rules_deadline"
        return None

    def key_names(self) -> tuple[str, ...]:
        """This city's key counties: from city.toml, else the ruleset's list matched to the units."""
        if self.config.key_counties is not None:
            return tuple(self.config.key_counties)
        param = self.ruleset.get("key_counties")
        if param is None:
            return ()
        return tuple(u for u in self.config.units if is_key(u, self.config.name, param.value))


def is_key(unit: str, city: str, listed: list[str]) -> bool:
    """Whether ``unit`` of ``city`` is on a key-county list written as the province writes it.

    The list qualifies some names with their city (大同市新荣区) and not others (怀仁市).
    """
    for entry in listed:
        if entry == unit or entry == f"{city}{unit}":
            return True
    return False


@dataclass
class CityReview:
    context: CityContext
    findings: list[Finding]

    @property
    def config(self) -> CityConfig:
        return self.context.config

    @property
    def units(self) -> list[Unit]:
        return self.context.units

    def counts(self) -> dict[Verdict, int]:
        out = {v: 0 for v in Verdict}
        for unit in self.units:
            out[unit.verdict] += 1
        return out

    def plan_counts(self) -> dict[PlanStatus, int]:
        out = {s: 0 for s in PlanStatus}
        for unit in self.units:
            out[unit.plan_status] += 1
        return out

    @property
    def remarks(self) -> list[Remark]:
        """Every remark (提示) of the units' rules and plans and of the other files: apart from :attr:`findings`."""
        out = [m for u in self.units for m in u.remarks]
        out += [m for u in self.units if u.plan_result is not None for m in u.plan_result.remarks]
        out += [m for r in self.context.extra for m in r.remarks]
        return sorted(out, key=Remark.sort_key)

    @property
    def plan_findings(self) -> list[Finding]:
        """Every finding on a unit's work plan (also in :attr:`findings`)."""
        return sorted((f for u in self.units for f in u.plan_findings), key=Finding.sort_key)

    def annex3(self) -> dict[str, int | None]:
        """The 附件3 summary table's figures: review counts computed, the rest from [statistics]."""
        stats = self.config.statistics

        def total(a: str, b: str) -> int | None:
            if a in stats and b in stats:
                return stats[a] + stats[b]
            return None

        reviewed = sum(1 for u in self.units if u.readable)
        return {
            "units_total": len(self.config.units),
            "units_reviewed": reviewed,
            "units_not_reviewed": len(self.config.units) - reviewed,
            "new_places_primary": stats.get("new_places_primary"),
            "new_places_junior": stats.get("new_places_junior"),
            "new_places_total": total("new_places_primary", "new_places_junior"),
            "migrant_children_total": stats.get("migrant_children_total"),
            "migrant_worker_children_total": stats.get("migrant_worker_children_total"),
            "public_primary": stats.get("public_primary"),
            "public_junior": stats.get("public_junior"),
            "public_total": total("public_primary", "public_junior"),
            "purchased_primary": stats.get("purchased_primary"),
            "purchased_junior": stats.get("purchased_junior"),
            "purchased_total": total("purchased_primary", "purchased_junior"),
            "zhongkao_applicants": stats.get("zhongkao_applicants"),
            "gaokao_applicants": stats.get("gaokao_applicants"),
        }


def _unit_of(result: FileResult, path: Path) -> str:
    if result.rules is not None and result.rules.metadata.county is not None:
        from .normalise import fold_text

        return fold_text(result.rules.metadata.county.value).strip()  # 澤州縣, 泽\u200b州县: the unit 泽州县
    return path.stem


def _config_line(source: str, key: str) -> int | None:
    for number, line in enumerate(source.split("\n"), start=1):
        if line.split("#", 1)[0].strip().startswith(f"{key} ") or line.strip().startswith(f"{key}="):
            return number
    return None


def _plan_unit(path: Path) -> str:
    stem = path.stem
    for suffix in ("-工作方案", "_工作方案", "工作方案"):
        if stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def _codes(findings: list[Finding]) -> LocalText:
    codes = sorted({f.code for f in findings})
    return joined(codes)


def verdict(unit: Unit) -> tuple[Verdict, list[LocalText]]:
    """The verdict for ``unit`` and the reasons behind it (see the module docstring)."""
    if not unit.submitted:
        return Verdict.failed, [text("verdict.not_submitted")]
    if not unit.readable:
        return Verdict.failed, [text("verdict.unreadable")]
    found, reasons = _verdict_of_findings(unit)
    unread = len(unit.result.unread)
    if unread:  # a draft's sentences not read with certainty were not checked: never "no problems" alone
        if not unit.findings:
            reasons = [text("verdict.clean_unread", count=unread)]
        else:
            reasons.append(text("verdict.unread", count=unread))
    if unit.remarks:  # said, never weighed: a remark is no fault (policy_lint.findings.Remark)
        reasons.append(text("verdict.remarks_noted", count=len(unit.remarks)))
    return found, reasons


def _verdict_of_findings(unit: Unit) -> tuple[Verdict, list[LocalText]]:
    errors = [f for f in unit.findings if f.severity == "error"]
    failing = [f for f in errors if f.code[2] in FAILING_FAMILIES]
    if failing:
        codes = _codes(failing)
        return Verdict.failed, [text("verdict.substantive", codes=codes)]
    if len(errors) >= FAILING_ERROR_COUNT:
        return Verdict.failed, [text("verdict.too_many", count=len(errors))]
    if errors:
        codes = _codes(errors)
        return Verdict.passed_after_changes, [text("verdict.fixable", codes=codes)]
    if unit.warnings:
        return Verdict.passed, [text("verdict.warnings", count=unit.warnings)]
    return Verdict.passed, [text("verdict.clean")]


def context_for(directory: Path, override: str | None = None,
                selected: list[type[checks_mod.Check]] | None = None, jobs: int = 1,
                progress: Callable[[], None] | None = None) -> CityContext:
    """Load ``city.toml`` and check every unit's rules (no city checks yet)."""
    if not directory.is_dir():
        raise InputError(directory.as_posix(), text("input.missing"))
    config_path = directory / CITY_FILE
    if not config_path.is_file():
        raise InputError(directory.as_posix(), text("config.missing", name=CITY_FILE))
    refused = refusal(config_path, directory)
    if refused is not None:
        raise InputError(display_path(config_path), refused)
    config = load_city(config_path)
    name = override or config.ruleset or choose(config.province, config.name, config.year)
    try:
        ruleset = resolved(name, config.year)
    except InputError as exc:
        if override or not config.ruleset:
            raise
        # the ruleset named in city.toml: point at that line of city.toml
        line = _config_line(config.source_text, "ruleset")
        raise InputError(config.path, problems=[replace(p, line=line, column=1 if line else None)
                                                for p in exc.problems], source_text=config.source_text) from None
    # selected None: every check, each file's kind loading only the families it sees (as ``check`` does)
    units = {u: Unit(name=u) for u in config.units}
    extra: list[FileResult] = []
    # only what is inside the folder (no links out); a county's rules as .rules or as a draft (.docx, .pdf, …),
    # the .rules first: when a unit has both, the .rules (extracted, perhaps corrected by hand) is its rules and
    # the draft is reported with the extra files
    found = walk(directory, RULES_SUFFIXES + PLAN_SUFFIXES + FOLDER_DRAFT_SUFFIXES)
    rules_found = ([f for f in found if f.path.suffix.lower() in RULES_SUFFIXES]
                   + [f for f in found if f.path.suffix.lower() in FOLDER_DRAFT_SUFFIXES])
    plans_found = [f for f in found if f.path.suffix.lower() in PLAN_SUFFIXES]
    rules_paths = [f.path for f in rules_found]
    plan_paths = [f.path for f in plans_found]
    checked = check_many([Entry(f.path, display_path(f.path), f.refusal) for f in rules_found + plans_found],
                         name, selected, jobs, progress)
    for path, result in zip(rules_paths, checked):
        unit = units.get(_unit_of(result, path)) or units.get(path.stem)
        if unit is None or unit.result is not None:
            extra.append(result)
            continue
        unit.result = result
    for path, result in zip(plan_paths, checked[len(rules_paths):]):
        # each plan is checked with the city's ruleset, as the rules are
        unit = units.get(_plan_unit(path))
        if unit is None or unit.plan is not None:
            extra.append(result)  # a plan for no listed unit, or a second one: checked, reported with the extra files
            continue
        unit.plan = path.as_posix()
        unit.plan_result = result
    context = CityContext(config=config, ruleset=ruleset, units=list(units.values()), extra=extra)
    key_names = set(context.key_names())
    wanted = ruleset.get("key_county_work_plan")
    for unit in context.units:
        unit.key = unit.name in key_names
        unit.plan_required = unit.key and wanted is not None and bool(wanted.value)
    context.consistency = table({u.name: u.rules for u in context.units if u.rules is not None})
    return context


def review_city(directory: Path, override: str | None = None,
                selected: list[type[checks_mod.Check]] | None = None, jobs: int = 1,
                progress: Callable[[], None] | None = None) -> CityReview:
    """Review every county unit of the city in ``directory`` (its files checked on ``jobs`` processes)."""
    context = context_for(directory, override, selected, jobs, progress)
    city_findings: list[Finding] = []
    # with no selection every city check runs, and only the city families are loaded for them
    for check_cls in selected if selected is not None else checks_mod.in_scopes("city"):
        if check_cls.scope != "city":
            continue
        check = check_cls()
        if check.applies(context.ruleset):
            city_findings.extend(check.run_city(context))
    by_path: dict[str, list[Finding]] = {}
    for finding in city_findings:
        by_path.setdefault(finding.path, []).append(finding)
    # a finding on city.toml is about the units listed where it points (computed once, not per unit)
    listed_at: dict[Span, list[str]] = {}
    for unit in context.units:
        listed_at.setdefault(context.config_span(unit.name), []).append(unit.name)
    on_config: dict[str, list[Finding]] = {}
    city_wide: list[Finding] = []
    for finding in by_path.get(context.config.path, []):
        names = listed_at.get(finding.span)
        if names is None:
            city_wide.append(finding)
        for name in names or ():
            on_config.setdefault(name, []).append(finding)
    for unit in context.units:
        own = list(unit.result.findings) if unit.result is not None else []
        if unit.path is not None:
            own += by_path.get(unit.path, [])
        own += on_config.get(unit.name, [])
        unit.findings = sorted(own, key=Finding.sort_key)
        unit.verdict, unit.reasons = verdict(unit)
    extra_paths = {r.path for r in context.extra}
    all_findings = sorted(
        [f for u in context.units for f in u.findings]
        + [f for u in context.units for f in u.plan_findings]
        + [f for r in context.extra for f in r.findings]
        + [f for path in extra_paths for f in by_path.get(path, [])]
        + city_wide,
        key=Finding.sort_key,
    )
    return CityReview(context=context, findings=all_findings)


def without_models(review: CityReview) -> CityReview:
    """``review`` with its parsed models dropped, once its city checks have run (the audit keeps many cities).

    A county's rules keep only their path and 基本信息 (the reports show its 文号 and 报送日期), so the unit
    still reads as reviewed; a work plan keeps its findings and its error, not its model.  The findings,
    verdicts, sources and the consistency table are unchanged: every report renders the same.
    """
    def slim(result: FileResult) -> None:
        if isinstance(result.rules, Rules):
            result.rules = Rules(path=result.rules.path, metadata=result.rules.metadata)
        elif result.rules is not None:
            result.rules = None  # a work plan: its status reads its findings and error only

    for unit in review.units:
        for result in (unit.result, unit.plan_result):
            if result is not None:
                slim(result)
    for result in review.context.extra:
        slim(result)
    return review

