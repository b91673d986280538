import re
from typing import Iterator

from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import REPORTED_ELSEWHERE, demands

#: a pledge by which the family gives up a choice or a right: to accept any school it is sent to, to give up
#: a place, to go back to the hukou place (a pledge that the papers are true is lawful: 告知承诺制)
WAIVER = re.compile(
    r"(?:自愿|同意)?(?:服从|接受)[^，,；;。、]{0,8}?(?:调剂|调配|分配|统筹|安排)[^，,；;。、]{0,8}?承诺(?:书)?"
    r"|(?:自愿)?放弃[^，,；;。、]{0,14}?承诺(?:书)?"
    r"|承诺[^，,；;。、]{0,12}?(?:放弃|服从[^，,；;。、]{0,6}?(?:调剂|分配|安排)|回(?:原籍|户籍地|户籍所在地))")
REPORTED_ELSEWHERE["no_rights_waiver"] = WAIVER


class RightsWaiverPledge(Check):
    """要求家长签署放弃权利的承诺书

    ## 检查内容
    证明材料或入学条件要求家长填写、签署放弃选择或权利的承诺书：“自愿服从统筹调剂入学承诺书”“自愿放弃
    公办学位承诺书”“承诺回原籍参加中考”。承诺所交材料真实的承诺书（告知承诺制下代替证明的承诺）不报告；
    前面有“不得”“无需”等否定词的不报告。

    ## 为何重要
    《义务教育法》第十二条第二款要当地政府为随迁子女“提供平等接受义务教育的条件”；以预先放弃就近入学、
    服从任意调剂为报名的代价，是让随迁子女先让出户籍儿童不必让出的东西。国办发〔2020〕42号推行的告知承诺制，
    是以承诺代替证明材料，不是以承诺放弃权利（原文待核实）。读作不得要求是本工具的理解（推定），故只作提示。

    ## 示例
    ```rules
    证明材料 {
        户口簿、居住证
        自愿服从统筹调剂入学承诺书
    }
    ```

    ## 改为
    ```rules
    证明材料 {
        户口簿、居住证
        材料真实性承诺书
    }
    ```

    ## 修改方法
    删去放弃权利的承诺；学位不足时的统筹安排由教育部门按就近原则决定，不以家长预先承诺为前提。

    ## 未建模
    只看证明材料和入学条件的文字；没有写明承诺什么的“承诺书”不报告，留给审核人员。

    ## What it checks
    A material or a condition makes the family sign a pledge giving up a choice or a right: to accept any
    school it is sent to (自愿服从统筹调剂入学承诺书), to give up a public place, to return to the hukou place.
    A pledge that the papers are true (the 告知承诺 that replaces a certificate) is not reported; a phrase after
    a negation (不得, 无需) is not reported.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law asks the local government to give migrant children "equal
    conditions"; making them give up enrolment near home in advance is a price local children do not pay.
    The pledge system of 国办发〔2020〕42号 replaces certificates by a pledge, not rights (wording to verify).
    Reading this as not to be demanded is the tool's (derived), so it is a warning.

    ## How to fix
    Remove the pledge; when places run short, the education office places children by the nearness rule,
    without a pledge in advance.

    ## Not modelled
    Only the text of materials and conditions is read; a 承诺书 that does not say what is pledged is left to
    the reviewer.
    """

    code = "PL115"
    name = "rights-waiver-pledge"
    title_en = "Pledge waiving a right demanded"
    severity = "warning"
    parameters = ("no_rights_waiver",)
    message = (
        "{where}要求「{term}」：要家长预先放弃选择或权利；告知承诺是以承诺代替证明，不是以承诺放弃权利。",
        "{where} asks for '{term}': the family gives up a choice or a right in advance; a pledge may replace a "
        "certificate, not a right.",
    )
    fix = (
        "删去放弃权利的承诺，学位不足时由教育部门按就近原则统筹安排。",
        "Remove the pledge; when places run short, the office places children near home.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for found in demands(rules, WAIVER):
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
