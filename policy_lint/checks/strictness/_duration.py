"""Shared logic of the four duration checks (PL101-PL104)."""

from __future__ import annotations

from typing import ClassVar, Iterator

from ...findings import Finding
from ...models import ConditionKind, Rules
from ...ruleset import ResolvedRuleset
from .. import Check


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
                )

    def applies(self, ruleset: ResolvedRuleset) -> bool:
        return ruleset.get(self.parameters[0]) is not None
