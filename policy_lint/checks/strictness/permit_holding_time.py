from ...messages import text
from ...models import ConditionKind
from ._duration import DurationLimit


class PermitHoldingTimeAboveBaseline(DurationLimit):
    """居住证持有时长要求高于基准

    ## 检查内容
    入学条件中要求居住证持有时长（如“持有满一年”“持有有效居住证满6个月”）超过规则集规定的上限。
    《居住证暂行条例》不设持有时长，所以上限为 0：要求持有任何时长都报告。山西（“不得高于国家《居住证暂行条例》
    基本要求”）报告为错误；只有国家层的省份（如浙江）报告为警告，因为国家没有文本禁止设持证时长，上限 0 是本工具
    依条例第十条、第十二条的读法（推定）。省级规则集可设自己的上限。

    ## 为何重要
    条例第十二条规定县级以上人民政府“应当为居住证持有人提供”义务教育，不问持证多久；第十条只要求每年签注。
    申领居住证本身已要求居住半年以上（第二条），再要求“持证满6个月”等于要求居住满一年。要求持证更久，
    会把刚取得居住证的家庭挡在门外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证满6个月
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
    }
    ```

    ## 修改方法
    删去持有时长要求，只要求持有有效（已签注）的居住证；省级规则集设有上限的，降到上限以内。

    ## 未建模
    居住证是否“有效”（已签注）、是否需在本县（区）办理，留给审核人员判断。“居住证办理满N个月”“居住登记满N个月”
    按持有时长读；居住登记与居住证的区别不建模。

    ## What it checks
    The rules require the residence permit to have been held for some time (持有满一年, 持有有效居住证满6个月)
    beyond the ruleset's ceiling. The Residence Permit Regulations set no holding time, so the ceiling is 0
    and any holding time is reported: as an error under Shanxi ("no stricter than the regulation's basic
    requirements"), as a warning where only the national layer applies (e.g. Zhejiang), because no national
    text forbids a holding time and the ceiling of 0 is the tool's reading of Articles 10 and 12 (derived).
    A provincial ruleset may set its own ceiling.

    ## Why it matters
    Article 12 obliges county governments and above to provide compulsory education to permit holders,
    however long they have held the permit; Article 10 asks only for the yearly endorsement. A permit
    already needs half a year's residence (Article 2), so "held for 6 months" means a year's residence. A
    holding time shuts out families who only recently obtained a permit.

    ## How to fix
    Drop the holding time and require only a valid (endorsed) permit; where a provincial ruleset sets a
    ceiling, stay within it.

    ## Not modelled
    Whether the permit is valid (endorsed) or must be issued in this county is left to the reviewer. A
    time since the permit was issued or since residence registration is read as a holding time; the
    difference between registration and a permit is not modelled.
    """

    code = "PL101"
    name = "permit-holding-time-above-baseline"
    title_en = "Residence-permit holding time above the baseline"
    parameters = ("residence_permit_months_max",)
    kind = ConditionKind.residence_permit
    message = (
        "「{key}：{raw}」要求居住证持有 {months} 个月，{over}",
        "'{key}: {raw}' requires the residence permit to have been held {months} months, {over}",
    )
    fix = ("{action}", "{action}")

    def values(self, limit: int) -> dict:
        """The ceiling in words: a number of months, or none at all (a valid permit suffices)."""
        if limit == 0:
            return {"over": text("PL101.over_none"), "action": text("PL101.fix_none")}
        return {"over": text("PL101.over_limit", limit=limit), "action": text("PL101.fix_limit", limit=limit)}
