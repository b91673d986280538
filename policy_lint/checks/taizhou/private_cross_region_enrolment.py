from __future__ import annotations

import re
from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import text
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._text import negated_after
from ._text import negated, part_span
from ... import lazy_re

# Wordings that reach beyond the city, or beyond any area (the city text's own 跨区域): an error.
_BEYOND = lazy_re.compile(
    r"跨(?:区域|地区|市|省)"
    r"|不限(?:区域|地域|地区|范围|居住地|生源地)"
    r"|外(?:市|省)(?!户籍|户口|籍|来)"
    r"|(?:市|省)(?:域)?以外|(?:市|省)外(?!来)"
    r"|全(?:省|国)(?:范围)?"
)
# Wordings that reach beyond the county but stay inside the city: lawful for a school the city
# approved (民办教育促进法实施条例 第三十一条第二款: 在审批机关管辖的区域内招生), so a warning.
_OTHER_COUNTIES = lazy_re.compile(
    r"跨(?:县区|区县|县市|区|县)"
    r"|外(?:县|区)(?!户籍|户口|籍|来)"
    r"|(?:县|区)(?:域)?以外"
)
# 全市 reaches beyond a district or county, but is the county itself in a county-level city (临海市).
_WHOLE_CITY = lazy_re.compile(r"(?:面向)?全市(?:范围)?")
# After the city's name, a county-level unit: 台州市椒江区 is one county, 台州市（范围内） the whole city.
_COUNTY_AFTER_CITY = lazy_re.compile(r"[\u4e00-\u9fff]{1,4}?[区县]|[\u4e00-\u9fff]{2,3}市")
# A ban after the wording, in its clause (跨区招生不允许, 面向全市一律不得): in an enrolment area these can
# only forbid the reach, so they are read here and not by the shared helper (where 无暂住证的不得报名
# demands the paper).
_FORBIDDEN_AFTER = lazy_re.compile(r"^[^，,；;。（(]*?(?:一律|均|也|亦|坚决|严格)?(?:不允许|不准|不得|不能|不可|禁止|严禁)")


def _affirmed(pattern: re.Pattern[str], raw: str) -> re.Match[str] | None:
    """The first match of ``pattern`` negated neither before it nor after it in its clause."""
    for match in pattern.finditer(raw):
        if not negated(raw, match.start()) and not negated_after(raw, match.end()) \
                and not _FORBIDDEN_AFTER.match(raw[match.end():]):
            return match
    return None


_BEYOND_CITY = text("PL504.beyond_city")
_WITHIN_CITY = text("PL504.within_city")


class PrivateCrossRegionEnrolment(Check):
    """民办学校跨区域招生

    ## 检查内容
    「民办学校」一节的「招生范围」超出本县（市、区）：写有“跨区域”“跨区”“跨县”“不限区域”“外县”“外区”
    “市外”“县域以外”“全省”等，或（县、区的细则中）“全市”“面向全市”“全市范围”，或只写市名
    （如“台州市范围内”，市名取自「基本信息」的「市」）。在该措辞处报告（无法精确定位时在「招生范围」处）。

    不报告：“本区”“本县”“本市椒江区”“面向社会”；被否定的写法，如“不得跨区域招生”“严禁面向全市”
    “除本区外”“跨区招生不允许”；表示户籍来源的“外县户籍”“外来务工”。县级市（「基本信息」的「县」以“市”结尾，如临海市）
    的“全市”指本市，不报告；未写「县」时“全市”按县、区处理，报告。

    ## 为何重要
    台政办发〔2021〕1号要求民办随迁子女学校“在核定的招生计划内，与当地公办同类学校同期面向社会招生，
    严禁跨区域、超计划招生”。跨区域招生打乱各县（区）的学位统筹，也让“两为主”的属地责任落空。

    ## 示例
    ```rules
    民办学校 {
        招生范围: 本区，可面向全市招生
        核定计划: 1200
        计划招生: 1200
    }
    ```

    ## 改为
    ```rules
    民办学校 {
        招生范围: 本区，不得跨区域招生
        核定计划: 1200
        计划招生: 1200
    }
    ```

    ## 修改方法
    把招生范围限定在本县（市、区），删去跨区域、面向全市或不限区域的表述。

    ## 未建模
    细则不写学校的审批机关，本检查无从知道：超出本市（“跨市”“全省”“不限区域”，以及台州文件自己的“跨区域”）
    报告为错误；只超出本县而在本市之内（“全市”“跨县”“外区”、只写市名）报告为警告，因为由市审批的民办学校
    可以在全市招生（实施条例第三十一条第二款“在审批机关管辖的区域内招生”），请审核人员核对审批机关。
    只认上面列出的措辞：不识别列举其他县区名（如“椒江、黄岩、路桥三区”）的写法，也不判断“本市”在
    县级市细则之外的含义（视为本县级市，不报告）。没有「民办学校」一节或「招生范围」时不报告。

    ## What it checks
    The 招生范围 (enrolment area) of the 民办学校 section reaches beyond the county: 跨区域, 跨区,
    跨县, 不限区域, 外县, 外区, 市外, 县域以外, 全省 and the like; in a district's or county's rules
    also 全市, 面向全市, 全市范围; or the city's name alone (台州市范围内; the city is read from 基本信息).
    Reported at the wording (or at 招生范围 when it cannot be placed exactly). Not reported: 本区, 本县,
    本市椒江区, 面向社会; negated wording (不得跨区域招生, 严禁面向全市, 除本区外, 跨区招生不允许); a hukou origin
    (外县户籍, 外来务工). In a county-level city (基本信息's 县 ends in 市, e.g. 临海市) 全市 is the
    county itself and is accepted; without 县, 全市 is reported.

    ## Why it matters
    台政办发〔2021〕1号 requires private schools for migrant children to enrol within their approved
    plan, at the same time as public schools, and forbids cross-region and over-plan enrolment.
    Cross-region enrolment upsets each county's planning of places and its responsibility for the
    children living there.

    ## How to fix
    Limit the enrolment area to the county and drop wording that opens it to other counties, the whole
    city, or any area.

    ## Not modelled
    The rules do not say who approved the school, so the check cannot know: an area beyond the city
    (跨市, 全省, 不限区域, and the Taizhou text's own 跨区域) is an error; one beyond the county but inside the
    city (全市, 跨县, 外区, the city's name alone) is a warning, since a school the city approved may enrol
    city-wide (article 31(2) of the implementing regulations: within the approving authority's area); the
    reviewer checks the approving authority.
    Only the wordings above are recognised: a list of other counties (椒江、黄岩、路桥三区) is not,
    and 本市 is taken as the county-level city itself. No 民办学校 section or no 招生范围: nothing is
    reported.
    """

    code = "PL504"
    name = "private-cross-region-enrolment"
    title_en = "Private schools enrol across regions"
    parameters = ("private_no_cross_region",)
    example_ruleset = "taizhou-2021"
    message = (
        "民办学校「招生范围：{raw}」中的「{phrase}」超出本县（市、区）；{why}。",
        "the private-school enrolment area '{raw}' reaches beyond the county ('{phrase}'); {why}.",
    )
    fix = (
        "把招生范围限定在本县（市、区），删去「{phrase}」。",
        "Limit the enrolment area to the county; drop '{phrase}'.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if rules.private is None or rules.private.region is None:
            return
        region = rules.private.region
        raw = fold_text(region.raw)
        beyond = [m for m in [_affirmed(_BEYOND, raw)] if m]
        within_city = [m for m in [_affirmed(_OTHER_COUNTIES, raw)] if m]
        county = fold_text(rules.metadata.county.value) if rules.metadata.county else ""
        if not county.endswith("市"):
            within_city += [m for m in [_affirmed(_WHOLE_CITY, raw)] if m]
        city = fold_text(rules.metadata.city.value) if rules.metadata.city else ""
        if city:
            within_city += [m for m in re.finditer(re.escape(city), raw)
                            if not _COUNTY_AFTER_CITY.match(raw[m.end():]) and not negated(raw, m.start())
                           and not _FORBIDDEN_AFTER.match(raw[m.end():])]
        if beyond:
            match, severity, why = min(beyond, key=lambda m: m.start()), None, _BEYOND_CITY
        elif within_city:
            match, severity, why = min(within_city, key=lambda m: m.start()), "warning", _WITHIN_CITY
        else:
            return
        yield self.finding(rules, ruleset, part_span(region, match.start(), match.end()), None, severity,
                           raw=region.raw, phrase=match.group(0), why=why)
