from typing import Iterator

from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import REPORTED_ELSEWHERE, demands
from ... import lazy_re

#: fees charged for a place: guest-pupil, sponsorship, school-choice, building, "donation" fees
FEES = lazy_re.compile(r"借读费|赞助费|择校费|建校费|捐资助学费?|教育补偿费|共建费|学位费|入学费|捐资款|赞助款")
REPORTED_ELSEWHERE["no_admission_fees"] = FEES


class AdmissionFeeCharged(Check):
    """收取借读费、赞助费等入学费用

    ## 检查内容
    入学条件或证明材料要求缴纳借读费、赞助费、择校费、建校费、捐资助学费、教育补偿费、学位费等
    与入学关联的费用（“其他：缴纳借读费”“借读费缴费凭证”）。前面有“不收”“免收”“严禁”等否定词的不报告。

    ## 为何重要
    《义务教育法》第二条第三款：“实施义务教育，不收学费、杂费。”随迁子女在流入地接受义务教育，
    与户籍学生同样免费；《民办教育促进法实施条例》第十条第二款规定民办学校“不得以赞助费等名目向学生、
    学生家长收取或者变相收取与入学关联的费用”。借读费、赞助费都是入学的代价。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        其他: 缴纳借读费
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        其他: 不收借读费
    }
    ```

    ## 修改方法
    删去收费要求；随迁子女与户籍学生同样免收学费、杂费，不得收取任何与入学关联的费用。

    ## 未建模
    只看入学条件和证明材料的文字；民办学校按规定收取的学费、住宿费、伙食费等不是入学费用，不在词表内，
    不报告。词表之外的叫法（如“教育发展基金”）留给审核人员。

    ## What it checks
    A condition or a material asks for a fee tied to admission: a guest-pupil fee (借读费), sponsorship
    (赞助费), a school-choice fee (择校费), a building, "donation" or place fee (建校费, 捐资助学费, 学位费)
    — 其他：缴纳借读费, 借读费缴费凭证. A fee preceded by a negation (不收, 免收, 严禁) is not reported.

    ## Why it matters
    Article 2(3) of the Compulsory Education Law: compulsory education charges no tuition or
    miscellaneous fees. Migrant children are schooled free like local ones, and Article 10(2) of the
    Regulations implementing the Private Education Promotion Law forbids private schools to charge,
    as sponsorship or otherwise, any fee tied to admission.

    ## How to fix
    Drop the fee: migrant children pay no tuition or miscellaneous fees, and no fee tied to admission.

    ## Not modelled
    Only conditions and materials are read; the tuition, boarding or meal fees a private school may
    lawfully charge are not admission fees and not in the list. Names outside the list (教育发展基金) are
    left to the reviewer.
    """

    code = "PL110"
    name = "admission-fee-charged"
    title_en = "Admission fee charged"
    parameters = ("no_admission_fees",)
    message = (
        "{where}要求缴纳「{term}」；义务教育不收学费、杂费，不得收取与入学关联的费用。",
        "{where} asks for a '{term}'; compulsory education charges no tuition or miscellaneous fees, and no fee "
        "tied to admission.",
    )
    fix = (
        "删去「{term}」的收费要求。",
        "Drop the '{term}' charge.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for found in demands(rules, FEES):
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
