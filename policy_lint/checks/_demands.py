"""Where a rules file demands something by name: in the text of a condition or among the materials.

The checks of fees, parents' job or income and criminal records read both, folded (policy_lint.normalise:
借讀費 is 借读费), and skip a phrase a negation governs (不收借读费, 无需提供收入证明).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..record import Record, record
from ..messages import LocalText, text
from ..models import Condition, Material, Rules, Span
from ..normalise import fold, fold_text
from ._text import negated_after, negated_in_clause
from .. import lazy_re


@record(kw_only=False)
class Demand(Record):
    """A phrase found: what was matched (folded), the place, and how to name the place in a message."""

    term: str
    span: Span
    where: LocalText
    condition: Condition | None = None
    material: Material | None = None


#: negations of a charge or a demand beyond the shared ones: 不收借读费, 免收, 不得收取
_MORE_NEGATIONS = lazy_re.compile(r"不收|免收|不得收|严禁收|禁止收|不再收|不予收")


def demands(rules: Rules, pattern: re.Pattern[str], materials: bool = True) -> Iterator[Demand]:
    """Each condition and (unless ``materials`` is False) each material whose folded text has an affirmed
    match of ``pattern``: one per condition or material, its first such match."""
    for condition, _group in rules.conditions_flat():
        folded = fold(condition.raw)
        at = _affirmed_at(pattern, folded.text)
        if at is not None:
            found, start = at
            yield Demand(found, _word_span(condition, folded.starts[start] if folded.starts else start),
                         text("demand.in_condition", key=condition.key, raw=condition.raw), condition=condition)
    if not materials:
        return
    for material in rules.materials:
        found = _affirmed(pattern, fold_text(material.raw))
        if found is not None:
            yield Demand(found, material.span, text("demand.in_materials", raw=material.raw), material=material)


def word_span(condition: Condition, term: str, subjects: bool = False) -> Span:
    """The span of the value of ``condition`` that holds ``term`` when it is not the first (住所: 有合法稳定住所、
    …房屋租赁证: the lease is demanded where the lease is named), else the condition's.  With ``subjects``, a
    value opening with ``term`` is whom the condition is asked of (居住证: 持有居住证、父母双方), said once for
    the condition: the condition's span."""
    for i, word in enumerate(condition.words):
        folded = fold_text(word.raw)
        if term in folded:
            return condition.span if i == 0 or (subjects and folded.startswith(term)) else word.span
    return condition.span


def _affirmed(pattern: re.Pattern[str], folded: str) -> str | None:
    at = _affirmed_at(pattern, folded)
    return at[0] if at is not None else None


def _affirmed_at(pattern: re.Pattern[str], folded: str) -> tuple[str, int] | None:
    """The first affirmed match of ``pattern`` in ``folded`` and where it starts."""
    for match in pattern.finditer(folded):
        clause = re.split("[，；。,;：:]", folded[:match.start()])[-1]
        if negated_in_clause(folded, match.start()) or _MORE_NEGATIONS.search(clause):
            continue
        if negated_after(folded, match.end()):  # 借读费、赞助费一律不收
            continue
        return match.group(0), match.start()
    return None


_OPENING = "（(《〈“「『【〔［[\""
_CLOSING = "）)》〉”」』】〕］]"


def _word_span(condition: Condition, offset: int) -> Span:
    """The span of the value (list item) of ``condition`` holding the character at ``offset`` of its raw text:
    a demand in the third of a condition's values (a draft's paragraphs joined, 住所: A、B、C) is placed on that
    value, not on the first.  The whole condition's span when the raw text is not the line's own characters
    (a value written over several lines)."""
    span, raw = condition.span, condition.raw
    if span.line != span.end_line or span.end_column - span.column != len(raw):
        return span
    depth, start, end = 0, 0, len(raw)
    for i, ch in enumerate(raw):
        if ch in _OPENING and not (ch == '"' and depth > 0):
            depth += 1
        elif (ch in _CLOSING or ch == '"') and depth > 0:
            depth -= 1
        elif ch == "、" and depth == 0:
            if i < offset:
                start = i + 1
            else:
                end = i
                break
    return Span(line=span.line, column=span.column + start, end_line=span.line, end_column=span.column + end)


#: materials named by a check of its own (parameter → the pattern it looks for): the materials check PL202
#: does not add a "not on the list" remark to what one of these already reports
REPORTED_ELSEWHERE: dict[str, re.Pattern[str]] = {}


def reported_elsewhere(material: Material, ruleset) -> bool:
    """Whether a check of its own reports ``material`` under ``ruleset``."""
    folded = fold_text(material.raw)
    return any(ruleset.get(name) is not None and bool(ruleset.get(name).value) and _affirmed(pattern, folded)
               for name, pattern in REPORTED_ELSEWHERE.items())
