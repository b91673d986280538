from ...models import ConditionKind
from ._duration import DurationLimit


class EmploymentTimeAboveBaseline(DurationLimit):
    """就业时长要求高于基准

    ## 检查内容
    入学条件中要求的就业（务工、经商）时长（如“在本县务工满一年”）超过规则集规定的上限（山西为 6 个月）。
    只写“合法稳定就业”、不写时长的条件不受影响。劳动合同的期限（“签订一年以上劳动合同”“一年以上的劳动合同”）
    不是已就业的时长，不报告：刚入职、签了两年合同的人也符合；写明“有效满一年”的是已满的时长，照常报告。
    以日期为起点的（“劳动合同（2021年9月前至今有效）”），按该日期到当年 9 月 1 日入学时的整月数计算（本工具的读法，推定）。

    ## 为何重要
    《居住证暂行条例》第二条只要求“有合法稳定就业”，不设就业时长；山西省要求各地关于居住证持有时长、
    居住年限、社保缴纳年限“等入学条件”不得高于国家基本要求，故就业时长以居住半年为上限。
    要求就业更久，会把刚到本地务工、经商的家庭挡在门外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        就业: 在本县务工满一年
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        就业: 合法稳定就业
    }
    ```

    ## 修改方法
    删去就业时长要求、只要求“合法稳定就业”，或把时长降到规则集上限以内。

    ## 未建模
    “稳定”就业的其他标准（劳动合同期限、营业执照登记地、行业）留给审核人员判断；只比较写明的时长。
    没有国家文本设就业时长上限：国家基准的 6 个月是本工具比照“居住半年以上”的推定，只报警告；浙江（台州）未设上限，沿用国家基准。

    ## What it checks
    The rules require employment (work or business) to have lasted longer than the ruleset's ceiling
    (6 months in Shanxi). A condition that asks only for lawful stable employment, with no length, is
    not affected. A labour contract's term (签订一年以上劳动合同, 一年以上的劳动合同) is no time worked and is not
    reported: someone hired last week on a two-year contract has one; a contract valid a full year (有效满一年)
    is a time completed and is. A start given by a date (劳动合同（2021年9月前至今有效）) counts the whole
    months from that date to 1 September of the document's year, the intake (the tool's reading, derived).

    ## Why it matters
    The Residence Permit Regulations (art. 2) ask only for lawful stable employment, with no length;
    Shanxi requires holding-time, residence-time, insurance-time "and other" conditions to be no
    stricter than the national baseline, so employment time is capped at the half year of residence.
    A longer employment time shuts out families who only recently started work or business there.

    ## How to fix
    Drop the length and require only lawful stable employment, or lower it to the ceiling or below.

    ## Not modelled
    Other tests of stable employment (contract term, where a business licence is registered, trade) are
    left to the reviewer; only a written length is compared. No national text sets an
    employment-time ceiling: the national layer's 6 months is the tool's analogy with "more than half
    a year of residence" (derived), reported as a warning; Zhejiang (Taizhou) sets none and uses it.
    """

    code = "PL104"
    name = "employment-time-above-baseline"
    title_en = "Employment time above the baseline"
    parameters = ("employment_months_max",)
    kind = ConditionKind.employment
    message = (
        "「{key}：{raw}」要求就业 {months} 个月，高于上限 {limit} 个月。",
        "'{key}: {raw}' requires {months} months of employment, above the ceiling of {limit} months.",
    )
    fix = (
        "删去就业时长要求、只要求合法稳定就业，或改为不超过 {limit} 个月。",
        "Require only lawful stable employment, or at most {limit} months of it.",
    )
