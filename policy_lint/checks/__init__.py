"""Checks: one class per module, registered by code.

Every check is a subclass of :class:`Check` whose docstring is the single
source of its documentation (read by ``policy-lint rule CODE``, the JSON and
SARIF rule metadata, and the meta-test that runs its examples):

- the first line is the Chinese title (``title_en`` holds the English one);
- ``## 检查内容`` / ``## What it checks``, ``## 为何重要`` / ``## Why it matters``,
  ``## 修改方法`` / ``## How to fix``, ``## 未建模`` / ``## Not modelled``;
- ``## 示例`` holds a fenced snippet of the rules language that fires, and
  ``## 改为`` one that does not.

``parameters`` names the ruleset parameters the check enforces: it runs only
when the resolved ruleset sets the first of them (truthy), and every finding
cites that parameter's layer and document.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from typing import ClassVar, Iterator

from ..findings import Finding, Remark, Severity
from ..messages import LocalText, register, text
from ..models import Rules, Span
from ..ruleset import ResolvedRuleset

_REGISTRY: dict[str, type["Check"]] = {}

#: each family of checks (the code's first digit) in words
FAMILIES: dict[str, LocalText] = {digit: text(f"family.{digit}") for digit in "0123456789"}


class Check:
    #: what a check reads: one county's rules ("rules"), a whole city ("city", see
    #: policy_lint.review.CityContext), a statistics table ("statistics") or a work plan ("plan")
    scope: ClassVar[str] = "rules"
    #: a rules check that also reads work plans (``run_plan``), such as PL001 on the text itself
    plans_too: ClassVar[bool] = False
    code: ClassVar[str]
    name: ClassVar[str]
    title_en: ClassVar[str]
    severity: ClassVar[Severity] = "error"
    parameters: ClassVar[tuple[str, ...]]
    example_ruleset: ClassVar[str] = "jincheng-2021"
    message: ClassVar[tuple[str, str]]
    fix: ClassVar[tuple[str, str]]
    #: the case, if any, this check reports as a remark (提示: an observation the law does not make a fault,
    #: made with :meth:`remark`), in Chinese and English; ``policy-lint rule`` names it under the severity
    remark_case: ClassVar[tuple[str, str] | None] = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract", False):
            return
        if not re.fullmatch(r"PL\d{3}", getattr(cls, "code", "")):
            raise TypeError(f"{cls.__name__}: code must look like PL101")
        if cls.code in _REGISTRY and _REGISTRY[cls.code] is not cls:
            raise TypeError(f"{cls.__name__}: code {cls.code} already used by {_REGISTRY[cls.code].__name__}")
        _REGISTRY[cls.code] = cls
        register(f"{cls.code}.message", *cls.message)
        register(f"{cls.code}.fix", *cls.fix)
        if cls.remark_case is not None:
            register(f"{cls.code}.remark_case", *cls.remark_case)

    # --- documentation -------------------------------------------------------
    @classmethod
    def title(cls) -> LocalText:
        first = (cls.__doc__ or "").strip().split("\n", 1)[0].strip()
        return LocalText(zh=first, en=cls.title_en)

    @classmethod
    def family(cls) -> str:
        return cls.code[2]

    @classmethod
    def docs(cls) -> dict[str, str]:
        """The docstring's ``##`` sections by heading."""
        return parse_sections(cls.__doc__ or "")

    @classmethod
    def examples(cls) -> tuple[str, str]:
        """(the snippet that fires, the snippet that does not)."""
        sections = cls.docs()
        return _code_block(sections.get("示例", "")), _code_block(sections.get("改为", ""))

    # --- running ---------------------------------------------------------------
    def applies(self, ruleset: ResolvedRuleset) -> bool:
        param = ruleset.get(self.parameters[0])
        return param is not None and bool(param.value)

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(self, rules: Rules, ruleset: ResolvedRuleset, span: Span, parameter: str | None = None,
                severity: Severity | None = None, item=None, **values) -> Finding:
        return self.make_finding(rules.path, ruleset, span, parameter, severity, item=item, **values)

    def make_finding(self, path: str, ruleset: ResolvedRuleset, span: Span, parameter: str | None = None,
                     severity: Severity | None = None, item=None, **values) -> Finding:
        """The one way a finding is made: this check's message and fix, citing ``parameter`` (default: the
        first), at the check's severity unless the law makes this case lighter (``severity``).  For an
        ``item`` of a list merged across layers (a banned certificate), the layer that lists it is cited."""
        name = parameter or self.parameters[0]
        basis = ruleset.get(name) if item is None else ruleset.basis_for(name, item)
        if basis is None:  # a check cites only what its ruleset sets (see ``applies``)
            raise LookupError(f"{self.code}: ruleset {ruleset.name} does not set {name}")
        if basis.citation.severity == "warning":  # no text binds the value: never more than a warning
            severity = "warning"
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            path=path,
            span=span,
            message=text(f"{self.code}.message", **values),
            suggestion=text(f"{self.code}.fix", **values),
            basis=basis,
        )


    def remark(self, rules: Rules, ruleset: ResolvedRuleset, span: Span, look: str, parameter: str | None = None,
               premise: str = "", **values) -> Remark:
        """A remark (提示), not a finding: what this check noticed that the law does not make a fault, cited
        as a finding is (``parameter``, default the first), with this check's message and ``look`` -- the key of
        the message saying what the reviewer should look at -- in place of a fix.  It never counts as a problem.
        A remark of absence names its ``premise``: the words (a regular expression) which, in a draft's sentence
        left 待确认, leave it unsaid (:func:`policy_lint.findings.unsaid`)."""
        name = parameter or self.parameters[0]
        basis = ruleset.get(name)
        if basis is None:
            raise LookupError(f"{self.code}: ruleset {ruleset.name} does not set {name}")
        return Remark(code=self.code, name=self.name, path=rules.path, span=span,
                      message=text(f"{self.code}.message", **values), look=text(look, **values), basis=basis,
                      premise=premise)


class CityCheck(Check):
    """A check over all the county units of one city (families 4 and 6)."""

    abstract = True
    scope = "city"

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        return iter(())

    def run_city(self, city) -> Iterator[Finding]:
        """Findings for ``city`` (a :class:`policy_lint.review.CityContext`)."""
        raise NotImplementedError

    def city_finding(self, city, path: str, span: Span, parameter: str | None = None, **values) -> Finding:
        return self.make_finding(path, city.ruleset, span, parameter, **values)


class StatsCheck(Check):
    """A check over a 附件1-style statistics table (family 7)."""

    abstract = True
    scope = "statistics"

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        return iter(())

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        """Findings for ``table`` (a :class:`policy_lint.statistics.StatsTable`)."""
        raise NotImplementedError

    def stats_finding(self, table, ruleset: ResolvedRuleset, span: Span, parameter: str | None = None,
                      **values) -> Finding:
        return self.make_finding(table.path, ruleset, span, parameter, **values)


class PlanCheck(Check):
    """A check over one county's work plan (工作方案, family 8; see policy_lint.kinds.plan).

    ``run_plan`` reads a :class:`policy_lint.plan_models.Plan`; findings are made with
    :meth:`Check.finding`, passing the plan where a check over rules passes the rules.
    The docs examples are fenced ```plan blocks in the plan language.
    """

    abstract = True
    scope = "plan"
    example_ruleset = "taizhou-2021"

    def applies(self, ruleset: ResolvedRuleset) -> bool:
        """Runs when the ruleset sets any of ``parameters`` (truthy)."""
        return any(bool(p.value) for p in (ruleset.get(name) for name in self.parameters) if p is not None)

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        return iter(())

    def run_plan(self, plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        """Findings for ``plan`` (a :class:`policy_lint.plan_models.Plan`)."""
        raise NotImplementedError


def parse_sections(doc: str) -> dict[str, str]:
    lines = doc.expandtabs().split("\n")
    # dedent everything after the first line
    body = lines[1:]
    indent = min((len(l) - len(l.lstrip()) for l in body if l.strip()), default=0)
    body = [l[indent:] for l in body]
    sections: dict[str, list[str]] = {}
    current = None
    for line in body:
        heading = re.match(r"##\s+(.+?)\s*$", line)
        if heading:
            current = heading.group(1)
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return {k: "\n".join(v).strip() for k, v in sections.items()}


def _code_block(section: str) -> str:
    match = re.search(r"```[a-z]*\n(.*?)```", section, re.S)
    return match.group(1) if match else ""


def code_blocks(section: str) -> list[tuple[str, str]]:
    """Every fenced block in a docs section: (language tag, body)."""
    return [(m.group(1), m.group(2)) for m in re.finditer(r"```([a-z]*)\n(.*?)```", section, re.S)]


@lru_cache(maxsize=1)
def _load_all() -> None:
    for module in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
        importlib.import_module(module.name)


#: the scope of every check in a family (a package under checks/), where it is not "rules"; a
#: test holds each check to its family's scope, so a kind can load only the families it needs
FAMILY_SCOPES: dict[str, str] = {"consistency": "city", "submission": "city", "statistics": "statistics",
                                 "plans": "plan"}


def family_scope(family: str) -> str:
    return FAMILY_SCOPES.get(family, "rules")


@lru_cache(maxsize=None)
def _load_scope(scope: str) -> None:
    for family in pkgutil.iter_modules(__path__, prefix=f"{__name__}."):
        name = family.name.rpartition(".")[2]
        if family.ispkg and family_scope(name) == scope:
            package = importlib.import_module(family.name)
            for module in pkgutil.walk_packages(package.__path__, prefix=f"{family.name}."):
                importlib.import_module(module.name)


def in_scopes(*scopes: str) -> list[type[Check]]:
    """Every check of these scopes, by code, importing only the families that hold them.

    ``check`` on a ``.rules`` file needs the rules checks alone: the city, statistics and work-plan
    families (and what they import) stay unloaded.
    """
    for scope in scopes:
        _load_scope(scope)
    return [check for code, check in sorted(_REGISTRY.items()) if check.scope in scopes]


def all_checks() -> list[type[Check]]:
    """Every registered check, by code."""
    _load_all()
    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def get(code: str) -> type[Check] | None:
    _load_all()
    return _REGISTRY.get(code.upper())


def select(codes_select: list[str] | None, codes_ignore: list[str] | None) -> list[type[Check]]:
    """Checks whose code starts with a selected prefix and with no ignored prefix (Ruff's rule)."""
    chosen = []
    for check in all_checks():
        if codes_select and not any(check.code.startswith(p.upper()) for p in codes_select):
            continue
        if codes_ignore and any(check.code.startswith(p.upper()) for p in codes_ignore):
            continue
        chosen.append(check)
    return chosen
