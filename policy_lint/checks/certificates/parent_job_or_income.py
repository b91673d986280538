from typing import Iterator

from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._dated import binds
from .._demands import REPORTED_ELSEWHERE, demands
from ... import lazy_re

#: a parent's post or income: 收入证明, 月收入不低于, 工资流水, 家长职务 (not 务工 or 就业, which are lawful)
JOB_OR_INCOME = lazy_re.compile(r"收入|工资|薪酬|薪资|月薪|年薪|银行流水|职务|行政级别|职级")
REPORTED_ELSEWHERE["no_parent_job_income"] = JOB_OR_INCOME


class ParentJobOrIncomeDemanded(Check):
    """要求提供家长职务或收入信息

    ## 检查内容
    证明材料或入学条件要求家长的职务或收入（“收入证明”“工资流水”“家长职务证明”“父母月收入不低于
    当地最低工资标准”）。前面有“不得”“无需”等否定词的不报告。

    ## 为何重要
    教基厅〔2022〕1号：“严禁采集学生家长职务和收入信息”（原文待核实）。入学不看家长的职位和收入；
    要求收入证明或设收入门槛，把收入低的务工家庭挡在门外。自 2022-04-01（通知发布日，推定）起按此检查。

    ## 示例
    ```rules
    基本信息 {
        年度: 2023
    }
    证明材料 {
        户口簿、居住证
        家长收入证明
    }
    ```

    ## 改为
    ```rules
    基本信息 {
        年度: 2023
    }
    证明材料 {
        户口簿、居住证
        劳动合同或营业执照
    }
    ```

    ## 修改方法
    删去职务、收入方面的材料和条件；证明就业只需劳动合同、营业执照等就业证明。

    ## 未建模
    只看证明材料和入学条件的文字；报名表中的填写项、积分入学的分值项（如按纳税额计分）不在规则语言中，
    留给审核人员。“收入”“工资”“职务”等词出现在与家长无关的语境中也会报告，请审核人员判断。草稿没有写明年度的
    不报告：这项禁止自 2022-04-01 起（推定），草稿可能更早，由知道年份的审核人员判断。

    ## What it checks
    A material or a condition asks for a parent's post or income (收入证明, 工资流水, 家长职务证明, 父母月收入
    不低于当地最低工资标准). A phrase preceded by a negation (不得, 无需) is not reported.

    ## Why it matters
    教基厅〔2022〕1号: the parents' posts and incomes must not be collected (wording to verify). Admission
    does not depend on a parent's position or earnings; an income proof or threshold shuts out low-paid
    migrant families. Checked from 2022-04-01, the notice's publication (inferred).

    ## How to fix
    Drop the post and income materials and conditions; employment is shown by a labour contract or a
    business licence.

    ## Not modelled
    Only materials and conditions are read; fields of a registration form and points items (points for
    tax paid) are not in the rules language and are left to the reviewer. The words 收入, 工资, 职务 are
    reported in any context; the reviewer judges one not about the parents. A draft whose year is not
    written is not checked: the ban dates from 2022-04-01 (inferred) and the draft may be older; the
    reviewer, who knows the year, judges.
    """

    code = "PL203"
    name = "parent-job-or-income-demanded"
    title_en = "Parents' post or income demanded"
    parameters = ("no_parent_job_income",)
    message = (
        "{where}涉及家长的「{term}」；严禁采集学生家长职务和收入信息。",
        "{where} concerns the parents' '{term}'; parents' posts and incomes must not be collected.",
    )
    fix = (
        "删去涉及「{term}」的材料或条件；就业以劳动合同、营业执照等证明即可。",
        "Remove what concerns '{term}'; a labour contract or business licence shows employment.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if not binds(rules, ruleset.get(self.parameters[0])):
            return  # a draft of unknown year may be older than the 2022 ban: left to the reviewer
        found_all = list(demands(rules, JOB_OR_INCOME))
        # a material and the condition it carries (证明材料所载的条件) are one text of the draft: reported once, as the material
        papers = {(found.term, found.material.raw) for found in found_all if found.material is not None}
        for found in found_all:
            if found.condition is not None and (found.term, found.condition.raw) in papers:
                continue
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
