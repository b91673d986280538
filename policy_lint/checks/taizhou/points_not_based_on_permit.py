from __future__ import annotations

import re
from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import text
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from ._text import part_span
from ... import lazy_re

# Bases other than the residence permit that counties put first.
_OTHER = lazy_re.compile(
    r"户籍|户口|房产|产权|不动产|购房|自有住房|住房|住所|社保|社会保险|参保|纳税|就业|务工|劳动合同|营业执照|学区"
)
_PERMIT = lazy_re.compile(r"居住证")
_PERMIT_MAIN = lazy_re.compile(r"居住证[^、，；,;]{0,4}为主")


class PointsNotBasedOnPermit(Check):
    """积分入学未以居住证为主要依据

    ## 检查内容
    「积分入学」一节写明了「依据」（主要依据），但它不是居住证：

    - 依据中没有“居住证”，如「依据: 户籍」「依据: 房产」「依据: 社保缴纳年限」；
    - 依据中有居住证，但写明以别的为主，如「社保为主、居住证为辅」；
    - 依据先列出别的、后列居住证，如「房产和居住证」（先写的视为主要依据）。

    「依据: 无」同样报告。“居住证”“浙江省居住证”“居住证积分”“以居住证为主要依据”等均不报告。没有「依据」一项、
    或没有「积分入学」一节时不报告（缺少积分入学一节由 PL501、PL502 报告）。
    仅在规则集同时设定 `points_unified_issuer`（实行积分入学，如台州）和 `permit_main_basis` 时运行，
    引用的是 `permit_main_basis`。

    ## 为何重要
    台政办发〔2021〕1号要求“落实以居住证为主要依据的随迁子女义务教育入学同城化待遇，确保持有居住证的
    随迁子女应入尽入”。以户籍、房产或社保为主计分，持证但无房、无长期社保的家庭就会被排在后面。

    ## 示例
    ```rules
    积分入学 {
        标准: “台州市随迁子女积分入学管理办法”
        平台: “台州市随迁子女积分入学管理平台”
        依据: 房产
    }
    ```

    ## 改为
    ```rules
    积分入学 {
        标准: “台州市随迁子女积分入学管理办法”
        平台: “台州市随迁子女积分入学管理平台”
        依据: 居住证
    }
    ```

    ## 修改方法
    把「依据」改为居住证（可写“以居住证为主要依据”）；房产、社保等可作为积分项目，但不作为主要依据。

    ## 未建模
    只看「依据」一项的文字；积分标准中各项分值是否实际让居住证起主要作用，留给审核人员判断。
    未写「依据」视为沿用市统一标准，不报告。

    ## What it checks
    The 积分入学 section states a 依据 (main basis) that is not the residence permit: it does not
    mention 居住证 (e.g. 户籍, 房产, 社保缴纳年限); it names another basis as the main one (社保为主、
    居住证为辅); or it lists another basis before the permit (房产和居住证: the first named counts as the
    main one). 居住证, 浙江省居住证, 居住证积分 and 以居住证为主要依据 are accepted. No 依据, or no
    积分入学 section, is not reported (PL501 and PL502 report a missing section). Runs only when the
    ruleset sets both `points_unified_issuer` (points admission, as in Taizhou) and
    `permit_main_basis`, and cites the latter.

    ## Why it matters
    台政办发〔2021〕1号 requires admission with the residence permit as the main basis, so that every
    migrant child holding a permit is enrolled. Scoring mainly on hukou, property or social insurance
    puts permit holders without a home of their own or long insurance records at the back.

    ## How to fix
    Make the residence permit the 依据 (e.g. 以居住证为主要依据); property or insurance may score
    points but not be the main basis.

    ## Not modelled
    Only the wording of 依据 is read; whether the standard's scores actually give the permit the main
    weight is left to the reviewer. A missing 依据 is taken to follow the city's standard.
    """

    code = "PL503"
    name = "points-not-based-on-permit"
    title_en = "Points admission not based mainly on the residence permit"
    parameters = ("points_unified_issuer", "permit_main_basis")
    example_ruleset = "taizhou-2021"
    message = (
        "积分入学「依据：{raw}」{reason}；积分入学应以居住证为主要依据。",
        "the points-admission basis '{raw}' {reason}; points admission must rest mainly on the residence permit.",
    )
    fix = (
        "将「依据」改为居住证（如“以居住证为主要依据”），{other}只作为积分项目。",
        "Make the residence permit the 依据 (e.g. 以居住证为主要依据); {other} may only score points.",
    )

    def applies(self, ruleset: ResolvedRuleset) -> bool:
        return all(ruleset.get(p) is not None and bool(ruleset.get(p).value) for p in self.parameters)

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if rules.points is None or rules.points.basis is None:
            return
        basis = rules.points.basis
        raw = fold_text(basis.raw)
        others = list(_OTHER.finditer(raw))
        permit = _PERMIT.search(raw)
        main_other = next((m for m in others if re.match(r"[^、，；,;]{0,4}为主", raw[m.end():])), None)
        if main_other is not None:
            culprit = main_other
            reason = text("PL503.puts_first", culprit=culprit.group(0))
        elif _PERMIT_MAIN.search(raw):
            return
        elif permit is None:
            culprit = others[0] if others else None
            reason = text("PL503.not_on_permit")
        elif others and others[0].start() < permit.start():
            culprit = others[0]
            reason = text("PL503.listed_before_permit", culprit=culprit.group(0))
        else:
            return
        span = part_span(basis, culprit.start(), culprit.end()) if culprit else basis.span
        other = text("PL503.other", culprit=culprit.group(0)) if culprit else text("PL503.other_conditions")
        yield self.finding(rules, ruleset, span, parameter="permit_main_basis", raw=basis.raw, reason=reason, other=other)
