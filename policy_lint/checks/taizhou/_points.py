"""Shared logic of PL501 and PL502: one city-wide points standard, one city-wide platform."""

from __future__ import annotations

from typing import ClassVar, Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import LocalText, text
from ...models import Rules, Value
from ...ruleset import ResolvedRuleset
from .. import Check
from ._text import bare, document_anchor
from ... import lazy_re

# Right after the city's name, a county-level unit: 台州市椒江区…, 台州市台州湾新区…, 台州市临海市….
_COUNTY_AFTER_CITY = lazy_re.compile(r"[\u4e00-\u9fff]{1,4}?[区县]|[\u4e00-\u9fff]{2,3}市")

# Wordings that name the city's own standard without repeating its name.
_CITY_WIDE = lazy_re.compile(r"(?:全市|本市|市级?)统一")
# A leading verb: 按台州市…执行, 执行全市统一….
_LEAD = lazy_re.compile(r"^(?:按照|按|依照|依据|参照|执行|使用|采用)")


def not_city_issued(written: str, issuer: str) -> LocalText | None:
    """Why ``written`` is not a document of ``issuer``, or None if it is one."""
    name = _LEAD.sub("", bare(written))
    if _CITY_WIDE.match(name):
        return None
    if not name.startswith(issuer):
        return text("checks.taizhou.not_issued_by", issuer=issuer)
    county = _COUNTY_AFTER_CITY.match(name[len(issuer):])
    if county:
        unit = issuer + county.group(0)
        return text("checks.taizhou.issued_by_unit", unit=unit, issuer=issuer)
    return None


class UnifiedPointsItem(Check):
    """The county must name exactly one points item (standard or platform), issued by the city."""

    abstract = True
    example_ruleset = "taizhou-2021"
    field: ClassVar[str]  # "standards" or "platforms"
    key: ClassVar[str]  # the DSL key: 标准 or 平台
    noun: ClassVar[LocalText]  # 积分标准 / points standard

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        issuer = ruleset.get(self.parameters[0]).value
        noun = self.noun
        points = rules.points
        if points is None:
            # building the one standard and platform is the city's task (建立全市统一的…管理办法和管理平台), and a
            # county that admits every permit holder needs no points; but a county that does admit by points and
            # wrote no section breaks the one standard, and the rules cannot tell which: a warning, not a remark
            # (policy_lint.findings.Remark is for what the law makes no fault)
            found = text("checks.taizhou.no_section", noun=noun)
            yield self.finding(rules, ruleset, document_anchor(rules), severity="warning", found=found, issuer=issuer)
            return
        values: tuple[Value[str], ...] = getattr(points, self.field)
        if not values:
            found = text("checks.taizhou.not_named", key=self.key, noun=noun)
            yield self.finding(rules, ruleset, points.span, found=found, issuer=issuer)
            return
        first = values[0]
        reason = not_city_issued(fold_text(first.value), issuer)
        if reason is not None:
            found = text("checks.taizhou.not_city_issued", noun=noun, value=first.value, reason=reason)
            yield self.finding(rules, ruleset, first.span, found=found, issuer=issuer)
        if len(values) > 1:
            second = values[1]
            found = text("checks.taizhou.more_than_one", count=len(values), noun=noun, value=second.value)
            yield self.finding(rules, ruleset, second.span, found=found, issuer=issuer)
