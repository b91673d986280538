"""PL206: a residence certificate from a neighbourhood or village office, demanded as a material."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...models import Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import REPORTED_ELSEWHERE, demands

#: the offices below the county that certify where a family lives: 居委会, 社区, 村委会, 街道办事处, 乡镇, 管委会, 物业
_OFFICE = (r"(?:社区居委会|居委会|居民委员会|村委会|村民委员会|[村居][（(][居村][)）](?:民)?委(?:员)?会|社区|街道办事处|街道办"
           r"|街道|乡镇|管委会|物业公司|物业|村）|村\))")
#: a residence certificate those offices issue: 街道（管委会）开具的居住证明, 居委会开具的…居住证明; the issuer, then
#: within the same clause the issuing verb and a 居住/住宿 certificate; not a certificate of something else
#: (居委会出具的就业证明: employment, which the regulation's 其他能够证明…的材料 may be)
#: (or the office's name right before the certificate: 社区租房登记证明, 街道居住证明; a certificate of the address lived
#: at, 居住地址证明, or of renting there, 租房证明, is one of residence)
LOCAL_OFFICE_RESIDENCE = re.compile(
    rf"{_OFFICE}(?:[（(][^）)]{{1,8}}[)）])?(?:(?:[^，,；;。、]{{0,6}}?)(?:开具|出具|开|出示|盖章)的?[^，,；;。]{{0,60}}?)?"
    rf"(?:居住证明|住宿证明|居住情况证明|实际居住证明|居住地址证明|居住地证明|(?:租房|租住)(?:登记)?证明)")
REPORTED_ELSEWHERE["no_local_office_residence_certificate"] = LOCAL_OFFICE_RESIDENCE

#: the hukou place named before the office: its papers are PL116's and PL205's
_HOME = re.compile(r"户籍所在地|户口所在地|户籍地|原籍|老家|流出地|输出地")

#: an item offering the office's certificate as one way to prove residence (租赁合同或社区出具的住宿证明): more
#: generous than the contract alone, and no demand
_ALTERNATIVE = re.compile(r"或(?:者|是)?[^，,；;。]{0,8}$")


class LocalOfficeResidenceCertificate(Check):
    """要求居委会、社区、街道等另开居住证明

    ## 检查内容
    证明材料要求由居委会、村委会、社区、街道办事处、乡镇、管委会或物业开具的居住证明（“街道（管委会）开具的
    居住证明”“居委会开具的已在此居住地连续居住满16个月……的居住证明”；居住地址证明、租房登记证明同样是居住证明：
    “居委会或街道办事处开具的居住地址证明”“社区租房登记证明”）。写成住所证明的一种选择的
    （“租赁合同或社区出具的住宿证明”）不报告；前面有“不得”“无需”等否定词的不报告；要回户籍地开具的证明由
    PL116、PL205 报告，这里不重复。只看证明材料。

    ## 为何重要
    《居住证暂行条例》第三条以居住证为持证人在居住地居住的证明，第九条第二款以房屋租赁合同、房屋产权证明文件、
    购房合同或者房屋出租人、用人单位、就读学校出具的住宿证明为住址证明。在这些证明之外再要居委会、街道开一份
    居住证明，家长就要多跑一个部门、多开一份证明，证明的又是已经证明了的事。第九条是申领居住证的规定，用于
    入学时的证明材料是本工具的类推，读作不应另要是本工具的理解（推定），故只作提示。

    ## 示例
    ```rules
    证明材料 {
        户口簿、居住证
        房屋租赁合同
        街道办事处开具的居住证明
    }
    ```

    ## 改为
    ```rules
    证明材料 {
        户口簿、居住证
        房屋租赁合同
    }
    ```

    ## 修改方法
    删去居委会、社区、街道开具的居住证明，以居住证和租赁合同、房产证明等住址证明为准；确需核实实际居住的，
    由学校或部门核查，不要家长另开证明。

    ## 未建模
    只看证明材料的文字；入学条件里写的居住证明、只写“居住证明”而不写由谁开具的，以及没有租赁合同、房产证明可交
    （如宅基地、借住）而只能由社区证明的情形，留给审核人员。

    ## What it checks
    The materials ask for a residence certificate issued by a neighbourhood or village committee, a
    community, a street office, a township, a management committee or a property manager (街道（管委会）
    开具的居住证明; a certificate of the address or of renting is one of residence too: 居委会或街道办事处开具的
    居住地址证明, 社区租房登记证明). One offered as an alternative way to prove the address (租赁合同或社区出具的住宿证明) is not
    reported, nor one after a negation (不得, 无需); papers from the hukou place are PL116's and PL205's.
    Only the materials are read.

    ## Why it matters
    Article 3 of the Residence Permit Regulations makes the permit the proof that its holder lives in the
    place, and Article 9(2) takes a tenancy, a title deed, a purchase contract or a lodging certificate from
    the landlord, the employer or the school as proof of address. Asking, beyond these, for a residence
    certificate from the neighbourhood or street office sends the parents to one more office for one more
    paper proving what is already proven. Article 9 concerns applying for a permit; applying it to admission
    papers is the tool's analogy, and reading the office's certificate as not to be demanded is the tool's
    (derived), so it is a warning.

    ## How to fix
    Remove the office's residence certificate and rely on the permit and the proofs of address (tenancy, title
    deed); where actual residence must be verified, let the school or the offices check it, not the parents.

    ## Not modelled
    Only the text of the materials is read; a residence certificate in the conditions, a bare 居住证明 naming no
    issuer, and families with no tenancy or deed to show (a rural homestead, lodging with relatives), for whom
    the community's certificate is the proof, are left to the reviewer.
    """

    code = "PL206"
    name = "local-office-residence-certificate"
    title_en = "Residence certificate from a neighbourhood or street office demanded"
    severity = "warning"
    parameters = ("no_local_office_residence_certificate",)
    message = (
        "{subject}：居住证和租赁合同、房产证明已是居住和住址的证明，另开证明要家长多跑一个部门。",
        "{subject}: the residence permit and a tenancy or title deed already prove residence and address; "
        "another certificate sends the parents to one more office.",
    )
    fix = (
        "删去「{raw}」，以居住证和租赁合同、房产证明等住址证明为准。",
        "Remove '{raw}'; rely on the residence permit and the proofs of address (tenancy, title deed).",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for found in demands(rules, LOCAL_OFFICE_RESIDENCE, materials=True):
            if found.material is None:
                continue  # only the materials are read
            raw = fold_text(found.material.raw)
            at = raw.find(found.term)
            if at > 0 and _ALTERNATIVE.search(raw[:at]):
                continue  # 租赁合同或社区出具的住宿证明: one way to prove the address, offered
            if _HOME.search(raw[:at + len(found.term)]):
                continue  # 户籍所在地街道出具的…证明: a paper from the hukou place, PL116's and PL205's
            subject = (text("PL206.listed", term=found.term) if raw.strip() == found.term
                       else text("PL206.demands", raw=found.material.raw, term=found.term))
            yield self.finding(rules, ruleset, found.span, subject=subject, raw=found.material.raw)
