"""Shared logic of the four duration checks (PL101-PL104)."""

from __future__ import annotations

from typing import ClassVar, Iterator

from ...findings import Finding
from ...models import ConditionKind, Rules
from ...ruleset import ResolvedRuleset
from .. import Check


def months_text(months: int) -> str:
    """A length in months as a Chinese message writes it: 半年, 1 年, 18 个月 (PL109's message)."""
    if months == 6:
        return "半年"
    if months % 12 == 0:
        return f"{months // 12} 年"
    return f"{months} 个月"


def months_text_en(months: int) -> str:
    """The same length as an English message writes it: half a year, 1 year, 2 years, 18 months."""
    if months == 6:
        return "half a year"
    if months % 12 == 0:
        return f"{months // 12} year" + ("s" if months // 12 > 1 else "")
    return f"{months} months"


class DurationLimit(Check):
    """A condition's required time exceeds the ruleset's ceiling."""

    abstract = True
    kind: ClassVar[ConditionKind]

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        limit = ruleset.get(self.parameters[0])
        if limit is None:
            return
        for condition, _group in rules.conditions_flat():
            if condition.kind is not self.kind or condition.months is None:
                continue
            if condition.months > limit.value:
                yield self.finding(
                    rules, ruleset, condition.months_span or condition.span,
                    key=condition.key, raw=condition.raw, months=condition.months, limit=limit.value,
                    **self.values(limit.value),
                )

    def values(self, limit: int) -> dict:
        """Further values of this check's message and fix, for the ceiling ``limit``."""
        return {}

    def applies(self, ruleset: ResolvedRuleset) -> bool:
        return ruleset.get(self.parameters[0]) is not None
