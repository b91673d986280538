from ...models import ConditionKind
from ._duration import DurationLimit


class PermitHoldingTimeAboveBaseline(DurationLimit):
    """居住证持有时长要求高于基准

    ## 检查内容
    入学条件中要求居住证持有时长（如“持有满一年”）超过规则集规定的上限（山西为 6 个月）。

    ## 为何重要
    《居住证暂行条例》第二条以“居住半年以上”为申领居住证的条件；山西省要求各地关于居住证持有时长的
    入学条件“不得高于国家《居住证暂行条例》基本要求”。要求持证更久，会把刚取得居住证的家庭挡在门外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有满一年
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有满半年
    }
    ```

    ## 修改方法
    把持有时长要求降到规则集上限以内，或只要求“持有有效居住证”。

    ## 未建模
    居住证是否“有效”、是否需在本县（区）办理，留给审核人员判断。

    ## What it checks
    The rules require the residence permit to have been held longer than the ruleset's ceiling
    (6 months in Shanxi).

    ## Why it matters
    The Residence Permit Regulations make half a year's residence the condition for a permit; Shanxi
    requires permit holding-time conditions to be no stricter than that national baseline. A longer
    holding time shuts out families who only recently obtained a permit.

    ## How to fix
    Lower the holding time to the ceiling or below, or require only a valid residence permit.

    ## Not modelled
    Whether the permit must be valid or issued in this county is left to the reviewer.
    """

    code = "PL101"
    name = "permit-holding-time-above-baseline"
    title_en = "Residence-permit holding time above the baseline"
    parameters = ("residence_permit_months_max",)
    kind = ConditionKind.residence_permit
    message = (
        "「{key}：{raw}」要求居住证持有 {months} 个月，高于上限 {limit} 个月。",
        "'{key}: {raw}' requires the residence permit to have been held {months} months, above the ceiling of {limit}.",
    )
    fix = (
        "将居住证持有时长要求改为不超过 {limit} 个月，或只要求持有有效居住证。",
        "Require at most {limit} months of holding, or only a valid residence permit.",
    )
