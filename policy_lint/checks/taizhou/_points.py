"""Shared logic of PL501 and PL502: one city-wide points standard, one city-wide platform."""

from __future__ import annotations

import re
from typing import ClassVar, Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import LocalText
from ...models import Rules, Value
from ...ruleset import ResolvedRuleset
from .. import Check
from ._text import bare, document_anchor

# Right after the city's name, a county-level unit: 台州市椒江区…, 台州市台州湾新区…, 台州市临海市….
_COUNTY_AFTER_CITY = re.compile(r"[\u4e00-\u9fff]{1,4}?[区县]|[\u4e00-\u9fff]{2,3}市")

# Wordings that name the city's own standard without repeating its name.
_CITY_WIDE = re.compile(r"(?:全市|本市|市级?)统一")
# A leading verb: 按台州市…执行, 执行全市统一….
_LEAD = re.compile(r"^(?:按照|按|依照|依据|参照|执行|使用|采用)")


def not_city_issued(text: str, issuer: str) -> LocalText | None:
    """Why ``text`` is not a document of ``issuer``, or None if it is one."""
    name = _LEAD.sub("", bare(text))
    if _CITY_WIDE.match(name):
        return None
    if not name.startswith(issuer):
        return LocalText(zh=f"不是{issuer}制定的", en=f"is not issued by {issuer}")
    county = _COUNTY_AFTER_CITY.match(name[len(issuer):])
    if county:
        unit = issuer + county.group(0)
        return LocalText(zh=f"是{unit}制定的，不是{issuer}统一制定的",
                         en=f"is issued by {unit}, not city-wide by {issuer}")
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
        zh, en = self.noun.zh, self.noun.en
        points = rules.points
        if points is None:
            # building the one standard and platform is the city's task (建立全市统一的…管理办法和管理平台), and a
            # county that admits every permit holder needs no points: a remark for the reviewer, not a fault
            found = LocalText(zh=f"细则没有「积分入学」一节，未写明{zh}（统一标准和平台由市里建立，县里不实行积分入学的可不写，请核对）",
                              en=f"the rules have no 积分入学 section, so no {en} is named (the city builds the one "
                                 f"standard and platform, and a county without points admission need not name it: "
                                 f"check it is meant)")
            yield self.finding(rules, ruleset, document_anchor(rules), severity="warning", found=found, issuer=issuer)
            return
        values: tuple[Value[str], ...] = getattr(points, self.field)
        if not values:
            found = LocalText(zh=f"「积分入学」一节未写明「{self.key}」（{zh}）",
                              en=f"the 积分入学 section names no {self.key} ({en})")
            yield self.finding(rules, ruleset, points.span, found=found, issuer=issuer)
            return
        first = values[0]
        reason = not_city_issued(fold_text(first.value), issuer)
        if reason is not None:
            found = LocalText(zh=f"{zh}「{first.value}」{reason.zh}", en=f"the {en} '{first.value}' {reason.en}")
            yield self.finding(rules, ruleset, first.span, found=found, issuer=issuer)
        if len(values) > 1:
            second = values[1]
            found = LocalText(zh=f"「积分入学」列出了 {len(values)} 个{zh}，第 2 个为「{second.value}」",
                              en=f"the 积分入学 section lists {len(values)} {en}s; the second is '{second.value}'")
            yield self.finding(rules, ruleset, second.span, found=found, issuer=issuer)
