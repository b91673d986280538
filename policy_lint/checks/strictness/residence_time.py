from ...models import ConditionKind
from ._duration import DurationLimit


class ResidenceTimeAboveBaseline(DurationLimit):
    """居住年限要求高于基准

    ## 检查内容
    入学条件中要求的居住时长（如“连续居住满一年”）超过规则集规定的上限（国家基准和山西均为 6 个月）。

    ## 为何重要
    《居住证暂行条例》第二条以“居住半年以上”为申领居住证的条件，这是国家基准，台州等未另设上限的地方同样适用；
    山西省要求各地关于居住年限的入学条件“不得高于国家《居住证暂行条例》基本要求”。要求居住更久，
    会把已在本地居住半年、已能申领居住证的家庭挡在门外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        居住: 连续居住满一年
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        居住: 连续居住满半年
    }
    ```

    ## 修改方法
    把居住时长要求降到规则集上限以内（通常为“居住满半年”）。

    ## 未建模
    “连续”居住与“累计”居住的区别、居住地须在本县（区）哪个学区，留给审核人员判断；只比较时长。

    ## What it checks
    The rules require the family to have lived in the place longer than the ruleset's ceiling
    (6 months in the national baseline and in Shanxi).

    ## Why it matters
    The Residence Permit Regulations (art. 2) make half a year's residence the condition for a permit.
    This national baseline also applies where no province or city sets its own ceiling (as in Taizhou);
    Shanxi requires residence-time conditions to be no stricter than it. A longer residence time shuts
    out families who have lived there half a year and can already hold a permit.

    ## How to fix
    Lower the residence time to the ceiling or below (usually half a year).

    ## Not modelled
    Continuous versus cumulative residence and where in the county the family must live are left to the
    reviewer; only the length is compared.
    """

    code = "PL102"
    name = "residence-time-above-baseline"
    title_en = "Residence time above the baseline"
    parameters = ("residence_months_max",)
    kind = ConditionKind.residence
    message = (
        "「{key}：{raw}」要求居住 {months} 个月，高于上限 {limit} 个月。",
        "'{key}: {raw}' requires {months} months of residence, above the ceiling of {limit} months.",
    )
    fix = (
        "将居住时长要求改为不超过 {limit} 个月。",
        "Require at most {limit} months of residence.",
    )
