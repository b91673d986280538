from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...models import ConditionKind, Rules
from ...ruleset import ResolvedRuleset
from ._duration import DurationLimit
from ... import lazy_re

#: the payer wording that demands insurance from both parents ...
_BOTH_PARENTS = lazy_re.compile(r"双方|父母(?:均|都|皆|同时)|父亲和母亲|父母亲?各自")
#: ... unless it lets either parent do ("父母一方或双方", "双方之一")
_EITHER_PARENT = lazy_re.compile(r"一方|之一|任一|或双方|双方或")


def both_parents(payer: str | None) -> bool:
    """Whether the payer wording requires both parents to pay (父母双方 / 父母均 / 双方)."""
    return bool(payer) and bool(_BOTH_PARENTS.search(payer)) and not _EITHER_PARENT.search(payer)


class SocialInsuranceTimeAboveBaseline(DurationLimit):
    """社保缴纳年限要求高于基准

    ## 检查内容
    入学条件中要求的社保缴纳时长（如“缴纳社会保险满一年”）超过规则集规定的上限（山西为 6 个月）；
    或者要求父母双方都缴纳社保（“父母双方”“父母均”“双方”），而不是父母一方缴纳即可。
    同一条件两处都超出时分别报告。上限只是国家基准的推定（只作提示）时，父母双方缴纳由 PL108 作为错误报告。

    ## 为何重要
    山西省要求各地关于社保缴纳年限的入学条件“不得高于国家《居住证暂行条例》基本要求”；
    条例以“居住半年以上”为申领居住证的条件，故社保缴纳时长以 6 个月为上限。
    要求缴纳更久，或要求父母双方都参保，会把刚到本地、或只有一方在本地就业参保的家庭挡在门外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        社保: 缴纳满一年、父母双方
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        社保: 满半年、父母一方
    }
    ```

    ## 修改方法
    把社保缴纳时长要求降到规则集上限以内，并接受父母一方（或法定监护人）缴纳社保。

    ## 未建模
    险种（养老、医疗等）、须在本县（区）缴纳、须“连续”缴纳等要求留给审核人员判断。
    父母双方的要求只从条件中写明的缴纳人读出（“父母双方”“父母均”“双方”；写“一方”“之一”“任一”的不算）。
    该项引用的是规则集的社保缴纳年限上限及其出处：出处要求社保等入学条件不得高于国家基准。
    没有国家文本设社保缴纳年限上限：国家基准的 6 个月是本工具比照“居住半年以上”的推定，只报警告；浙江（台州）未设上限，沿用国家基准。

    ## What it checks
    The rules require social insurance to have been paid longer than the ruleset's ceiling (6 months
    in Shanxi), or require both parents to pay it (父母双方, 父母均, 双方) instead of either one.
    When a condition does both, each is reported. Where the ceiling is only the national layer's analogy
    (推定, a warning), both parents paying is left to PL108, which reports it as an error.

    ## Why it matters
    Shanxi requires social-insurance-time conditions to be no stricter than the national baseline of
    the Residence Permit Regulations, whose condition for a permit is half a year's residence; so the
    insurance time is capped at 6 months. A longer time, or insisting on both parents, shuts out
    families who arrived recently or where only one parent works and pays insurance locally.

    ## How to fix
    Lower the insurance time to the ceiling or below, and accept insurance paid by either parent (or
    the legal guardian).

    ## Not modelled
    The kind of insurance (pension, medical), whether it must be paid in this county or without a break
    are left to the reviewer. The both-parents demand is read only from the payer written in the
    condition (父母双方, 父母均, 双方; wording with 一方, 之一 or 任一 does not count). That finding cites
    the ruleset's insurance-time ceiling and its source, which requires insurance conditions to be no
    stricter than the national baseline. No national text sets an
    insurance-time ceiling: the national layer's 6 months is the tool's analogy with "more than half a
    year of residence" (derived), reported as a warning; Zhejiang (Taizhou) sets none and uses it.
    """

    code = "PL103"
    name = "social-insurance-time-above-baseline"
    title_en = "Social-insurance time above the baseline"
    parameters = ("social_insurance_months_max",)
    kind = ConditionKind.social_insurance
    message = (
        "「{key}：{raw}」{problem}",
        "'{key}: {raw}' {problem}",
    )
    fix = (
        "将社保缴纳时长要求改为不超过 {limit} 个月，并接受父母一方缴纳社保。",
        "Require at most {limit} months of insurance, paid by either parent.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        limit = ruleset.get(self.parameters[0])
        if limit is None:
            return
        for condition, _group in rules.conditions_flat():
            if condition.kind is not self.kind:
                continue
            values = dict(key=condition.key, raw=condition.raw, limit=limit.value)
            if condition.months is not None and condition.months > limit.value:
                problem = text("PL103.above_limit", months=condition.months, limit=limit.value)
                yield self.finding(rules, ruleset, condition.months_span or condition.span, problem=problem, **values)
            # both parents: here where the cap is in a ruleset's words (an error); where it is only the national
            # layer's analogy (a warning), PL108 reports the demand for both parents as the error it is
            if both_parents(condition.payer) and limit.citation.severity != "warning":
                problem = text("PL103.both_parents", payer=condition.payer, limit=limit.value)
                yield self.finding(rules, ruleset, condition.span, problem=problem, **values)
