from __future__ import annotations

import re
from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import text
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from ..enrolment._common import negated_at
from ... import lazy_re

#: 小班化 across the board (not a pilot in some schools)
_ACROSS = lazy_re.compile(
    r"全面(?:推行|实行|实施|推进|开展|铺开)|全域|(?:所有|全部|各)(?:学校|中小学|小学|初中|班级)|一律"
    r"|全(?:县|区|市)(?:中小学|义务教育学校)?(?:推行|实行|实施)"
)
#: places not assured
_SHORT = lazy_re.compile(
    r"不足|紧张|短缺|缺口|有限|(?:不能|无法|难以)(?:有效)?(?:保障|满足)|统筹安排|调剂|额满为止"
    r"|超出(?:学校)?(?:容量|承载)"
)
#: places assured
_ASSURED = lazy_re.compile(r"充足|充裕|满足|能够(?:有效)?保障|有效保障|应入尽入|全部(?:安排|就读|入学)")


class SmallClassesWithoutAssuredPlaces(Check):
    """学位不能有效保障却全面推行小班化

    ## 检查内容
    「学位保障」中的“小班化”全面推行小班化教学（“全面推行”“所有学校”“一律”“全县实行”等），而“学位”
    表明随迁子女的学位不能有效保障（“不足”“紧张”“有缺口”“统筹安排”“额满为止”等），或细则根本没有写明
    学位能够保障。“试点”“有条件的学校”“逐步推行”“暂不推行”等不报告；“学位：充足”“能够有效保障”“应入
    尽入”视为已保障。

    ## 为何重要
    山西省要求“凡不能有效保障随迁子女就学的地方，不应全面推行‘小班化’教学”。小班化减少每班人数，
    也就减少了学位；学位本来不够的地方全面推行，首先挤掉的是随迁子女。

    ## 示例
    ```rules
    学位保障 {
        学位: 城区公办学校学位紧张，超出部分统筹安排
        小班化: 全面推行小班化教学，每班不超过30人
    }
    ```

    ## 改为
    ```rules
    学位保障 {
        学位: 城区公办学校学位紧张，超出部分统筹安排
        小班化: 在有条件的学校试点，不全面推行
    }
    ```

    ## 修改方法
    学位不能有效保障时，只在有条件的学校试点小班化；全面推行前先写明并落实随迁子女的学位保障。

    ## 未建模
    按字样判断学位是否保障，不核对学位数字（工作方案的学位算术见 PL805）。

    ## What it checks
    The 学位保障 section's 小班化 applies small classes across the board (全面推行, 所有学校, 一律,
    全县实行 …) while its 学位 says migrant children's places are not assured (不足, 紧张, 缺口, 统筹安排,
    额满为止 …), or the rules do not say they are. Pilots (试点, 有条件的学校, 逐步, 暂不推行) are not
    reported; 充足, 能够有效保障 and 应入尽入 count as assured.

    ## Why it matters
    Shanxi rules that "where migrant children's schooling cannot be effectively assured, small classes
    must not be rolled out across the board". Smaller classes mean fewer places; where places are already
    short, migrant children are the first to lose them.

    ## How to fix
    Where places are not assured, pilot small classes in some schools only; assure migrant children's
    places first and say so before rolling them out everywhere.

    ## Not modelled
    Whether places are assured is read from the wording, not from figures (a plan's place arithmetic is
    PL805's).
    """

    code = "PL902"
    name = "small-classes-without-assured-places"
    title_en = "Small classes everywhere while places are not assured"
    severity = "warning"
    parameters = ("small_classes_need_places",)
    example_ruleset = "shanxi-2021"
    message = (
        "「小班化：{value}」全面推行小班化（“{marker}”），而{reason}；不能有效保障随迁子女就学的地方不应全面推行小班化。",
        "'小班化: {value}' applies small classes across the board ('{marker}') while {reason}; where migrant "
        "children's schooling is not assured, small classes must not be applied everywhere.",
    )
    fix = (
        "只在有条件的学校试点小班化；全面推行前先在「学位保障」中写明并落实随迁子女的学位保障。",
        "Pilot small classes in some schools only; first assure migrant children's places and say so under 学位保障.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        supply = rules.place_supply
        if supply is None or supply.small_classes is None:
            return
        value = fold_text(supply.small_classes.value)
        marker = _first(_ACROSS, value)
        if marker is None:
            return
        places = fold_text(supply.places.value) if supply.places is not None else None
        short = _first(_SHORT, places) if places else None
        if short is not None:
            reason = text("PL902.places_not_assured", places=places, short=short)
        elif places and _first(_ASSURED, places):
            return
        else:
            reason = text("PL902.no_assurance")
        yield self.finding(rules, ruleset, supply.small_classes.span, value=value, marker=marker, reason=reason)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    for match in pattern.finditer(text):
        if not negated_at(text, match.start()):
            return match.group()
    return None
