from typing import Iterator

from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import REPORTED_ELSEWHERE, demands
from ... import lazy_re

#: a certificate of a clean record, or a condition on one
CRIMINAL_RECORD = lazy_re.compile(r"无(?:违法)?犯罪(?:记录)?|犯罪记录|违法犯罪记录|刑事处罚记录|无刑事")
REPORTED_ELSEWHERE["no_criminal_record_demand"] = CRIMINAL_RECORD


class CriminalRecordDemanded(Check):
    """要求家长无犯罪记录证明

    ## 检查内容
    证明材料列有无犯罪记录证明（“无犯罪记录证明”“无违法犯罪记录证明”），或入学条件以家长无犯罪记录为
    前提（“其他：父母无犯罪记录”）。前面有“不得”“无需”等否定词的不报告。

    ## 为何重要
    《义务教育法》第十二条第二款要求当地政府为在当地工作或居住的父母的子女“提供平等接受义务教育的条件”；
    没有任何法律、法规把家长没有犯罪记录作为子女上学的条件。开具这份证明通常要回户籍地派出所。
    没有文本点名这份证明，读作不得要求是本工具的理解（推定）。

    ## 示例
    ```rules
    证明材料 {
        户口簿、居住证
        父母无犯罪记录证明
    }
    ```

    ## 改为
    ```rules
    证明材料 {
        户口簿、居住证
    }
    ```

    ## 修改方法
    删去无犯罪记录证明和以犯罪记录为前提的条件。

    ## 未建模
    只看证明材料和入学条件的文字；学校对教职工的无犯罪记录要求与入学无关，规则语言中不出现。

    ## What it checks
    The materials list a certificate of no criminal record (无犯罪记录证明, 无违法犯罪记录证明), or a condition
    rests on the parents having none (其他：父母无犯罪记录). A phrase preceded by a negation (不得, 无需) is
    not reported.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law requires equal conditions for the children of parents
    working or living there; no law or regulation makes a parent's clean record a condition of a child's
    schooling, and the certificate usually means a trip to the hukou place's police. No text names the
    certificate: reading it as not to be demanded is the tool's (derived).

    ## How to fix
    Remove the certificate and any condition on a criminal record.

    ## Not modelled
    Only materials and conditions are read; clean-record requirements for school staff have nothing to do
    with admission and do not appear in the rules language.
    """

    code = "PL204"
    name = "criminal-record-demanded"
    title_en = "Certificate of no criminal record demanded"
    parameters = ("no_criminal_record_demand",)
    message = (
        "{where}要求「{term}」；家长的犯罪记录不是子女接受义务教育的条件。",
        "{where} asks for '{term}'; a parent's criminal record is no condition of a child's compulsory education.",
    )
    fix = (
        "删去「{term}」的要求。",
        "Remove the demand for '{term}'.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for found in demands(rules, CRIMINAL_RECORD):
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
