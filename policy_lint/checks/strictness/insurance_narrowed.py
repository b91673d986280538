import re
from typing import Iterator

from ...findings import Finding
from ...models import ConditionKind, Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._text import negated_in_clause

#: insurance of one scheme only (城镇职工), or all five schemes (五险), that only employees can have
NARROWED = re.compile(
    r"城镇职工(?:基本)?(?:(?:社会|养老|医疗)?保险|社保)|职工(?:基本)?养老保险|企业职工(?:基本)?(?:(?:养老)?保险|社保)"
    r"|[五5]\s*(?:个)?险(?:种)?|五险(?:一金)?"
    r"|养老保险、(?:基本)?医疗保险、工伤保险、失业保险(?:、|和|及)生育保险"
    # several schemes all required: 社保（含养老和医疗）, 养老和医疗两项社会保险
    r"|(?:含|包括|包含)[^，,；;。）)]{0,4}养老[^，,；;。）)]{0,6}?(?:和|及|与|、)[^，,；;。）)]{0,4}医疗"
    r"|养老[^，,；;。]{0,6}?(?:和|及|与|、)[^，,；;。]{0,6}?医疗[^，,；;。]{0,4}?(?:两项|二项|两个险种)"
    # both schemes named together (缴纳和平区养老和医疗保险, 由社保局打印养老保险和医疗保险清单): both asked
    r"|养老(?:保险)?(?:和|及|与|、|以及)(?:基本)?医疗保险"
    # insurance the employer pays (用人单位已为其缴纳社会保险, 单位缴纳的社保, 用人单位为其购买的社保证明, 用人单位给予缴纳社保,
    # 所在单位按规定为其缴纳了社会保险): the employees' scheme only
    r"|(?:用人|用工|工作|所在)?单位(?:已|依法|按规定)?(?:为其|为职工|为本人|为申请人|为其本人|给予|给其|给|帮其|替其)?"
    r"(?:缴纳|缴交|代缴|购买)(?:了|的)?(?:社会保险|社保|保险)")
#: ... unless the other schemes count as well (城镇职工或城乡居民养老保险, 含灵活就业人员)
_WIDER = re.compile(r"城乡居民|居民(?:基本)?(?:养老|医疗)保险|灵活就业|或城镇居民|新农合|新型农村|或个人(?:缴纳|参保)|或自行(?:缴纳|参保)")


class SocialInsuranceNarrowed(Check):
    """社保条件只认城镇职工社保或五险齐全

    ## 检查内容
    社保条件只认城镇职工（企业职工）基本养老保险，或要求养老、医疗、工伤、失业、生育五个险种都参加
    （“五险”“5个险种”）或几个险种都参加（“社保（含养老和医疗）”“缴纳养老和医疗保险”“养老保险和医疗保险清单”），
    或只认用人单位为其缴纳的社保（“用人单位已为其缴纳社会保险”），而不认城乡居民保险、灵活就业人员参保。同一条件写明城乡居民保险、灵活就业
    也算的不报告。

    ## 为何重要
    《居住证暂行条例》第二条以合法稳定就业、合法稳定住所、连续就读之一为申领居住证的条件，不以社保为条件；
    只有用人单位的职工才能参加城镇职工保险和五险，个体经商、灵活就业、参加城乡居民保险的家庭一律被排除。
    条例未规定入学时的社保险种，读作不得收窄是本工具的理解（推定），各省规定未核实，故只作提示。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        社保: 已在本市依法连续缴纳城镇职工基本养老保险满半年
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        社保: 在本市参加城镇职工或城乡居民基本养老保险满半年
    }
    ```

    ## 修改方法
    认可城乡居民保险和灵活就业人员的参保，不要求五险齐全；或不以社保为入学条件。

    ## 未建模
    只看社保条件的文字；积分办法中按险种给分、社保与居住地址须在同一区等要求，留给审核人员。

    ## What it checks
    A social-insurance condition accepts only the urban employees' basic pension insurance (城镇职工基本养老
    保险), or requires all five schemes (pension, medical, work injury, unemployment, maternity: 五险) or several at once (社保（含养老和医疗）, both named together: 缴纳养老和医疗保险, 养老保险和医疗保险清单),
    or only insurance the employer pays (用人单位已为其缴纳社会保险), and not residents' insurance or the self-employed. A condition that also accepts residents' insurance or
    flexible employment is not reported.

    ## Why it matters
    Article 2 of the Permit Regulations makes lawful stable employment, residence or study (any one) the
    condition of a permit, not social insurance; only employees can join the employees' scheme or all five,
    so the self-employed, flexible workers and families in the residents' scheme are all excluded. The
    regulation sets no scheme for admission: reading a narrowed scheme as not allowed is the tool's
    (derived), and provincial rules are not verified, so this is a warning.

    ## How to fix
    Accept residents' insurance and the self-employed's contributions, without all five schemes; or drop the
    insurance condition.

    ## Not modelled
    Only the text of insurance conditions is read; points given by scheme in a points standard, or insurance
    and address in the same district, are left to the reviewer.
    """

    code = "PL113"
    name = "social-insurance-narrowed"
    title_en = "Social insurance narrowed to the employees' scheme or all five"
    severity = "warning"
    parameters = ("insurance_not_narrowed",)
    message = (
        "「{key}：{raw}」只认“{term}”：参加城乡居民保险、灵活就业的家庭被排除；条例不以社保为申领居住证的条件。",
        "'{key}: {raw}' accepts only '{term}': families in the residents' scheme or in flexible employment are "
        "excluded; the Permit Regulations do not make insurance a condition.",
    )
    fix = (
        "认可城乡居民保险和灵活就业人员参保，不限定险种。",
        "Accept residents' insurance and flexible workers' contributions, whatever the scheme.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for condition, _group in rules.conditions_flat():
            if condition.kind is not ConditionKind.social_insurance:
                continue
            folded = fold_text(condition.raw)
            if _WIDER.search(folded):
                continue
            found = next((m for m in NARROWED.finditer(folded) if not negated_in_clause(folded, m.start())), None)
            if found is not None:
                yield self.finding(rules, ruleset, condition.span, key=condition.key, raw=condition.raw,
                                   term=found.group())
