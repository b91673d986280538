import re
from typing import Iterator

from ...findings import Finding
from ...models import ConditionKind, Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import demands
from ..certificates.local_office_residence_certificate import LOCAL_OFFICE_RESIDENCE as _OFFICE_CERTIFICATE

_LEASE = r"(?:房屋|住房)?(?:租赁|租房|劳动|用工)"
#: a tenancy or an employment contract that must be registered (备案) with an office first
REGISTERED_CONTRACT = re.compile(
    rf"{_LEASE}(?:合同)?(?:登记)?备案|{_LEASE}登记(?:证明|凭证)"
    # the certificate a housing office issues on registering a lease: 区房屋租赁管理所颁发的房屋租赁证
    r"|房屋租赁(?:登记)?(?:证|凭证)(?![明书])"
    # 办理租赁合同（以合同登记备案时间为准）: the date counted is the registration's
    r"|(?:租赁|租房)合同[（(][^）)]{0,12}?(?:登记)?备案[^（()）]{0,8}[）)]"
    rf"|(?:登记)?备案(?:过|后)?的[^，,；;。、]{{0,12}}?{_LEASE}(?:合同|房屋|住房)"
    rf"|(?:网上签约|网签)[^。；;]{{0,24}}?(?:租赁|租房)合同"
    # a dwelling rented and registered (连续租住同一成套房屋并登记备案): the lease registered, by the tenancy's words
    r"|(?:租住|租赁|承租)[^，,；;。]{0,16}?(?:房屋|住房)[^，,；;。]{0,8}?并(?:办理)?(?:登记)?备案"
    rf"|(?:租赁|租房|劳动)合同[^，,；;。]{{0,6}}?(?:须|需|应|必须)?经[^，,；;。）)]{{0,12}}?(?:登记|备案)[）)]?"
    rf"|(?:租赁|租房|劳动)合同(?:须|需|应|必须)?经[^，,；;。）)或]{{0,12}}?(?:鉴证|认定)"
    # a contract an office has attested (人社局认定的劳动合同, 经劳动保障部门鉴证的劳动合同): registered by another name
    rf"|(?:局|部门|所|机构|中心|经[^，,；;。、]{{1,12}}?)(?:认定|鉴证)(?:过|后)?的[^，,；;。、]{{0,6}}?{_LEASE}合同"
)


#: a registered employment contract (备案的劳动合同), not a lease
_EMPLOYMENT = re.compile(r"劳动|用工")
#: conditions whose proof a registered lease may only illustrate: a residence time, a permit
_OTHER_PROOFS = frozenset({ConditionKind.residence, ConditionKind.residence_permit})


class ContractRegistrationRequired(Check):
    """要求租赁合同或劳动合同经登记备案

    ## 检查内容
    住所、就业等入学条件或证明材料只认经登记备案的房屋租赁合同或劳动合同：“房屋租赁登记备案证明”“租赁合同须经住建
    部门登记备案”“通过租赁服务平台网上签约、登记备案的租赁合同”“备案的劳动合同”，以及经部门认定、鉴证的合同
    （“务工证明以人社局认定的劳动合同为准”“经劳动保障部门鉴证的劳动合同”）。前面有“不得”“无需”
    等否定词的不报告；房管部门颁发的“房屋租赁证”即登记备案的凭证，同样报告；购房合同的备案（购房合同本是备案登记的）不在此列；居住年限、居住证条件举备案凭证为
    证明之例的（“连续居住满半年（如《房屋租赁登记备案凭证》、《居住登记回执》等）”）不报告；居委会、社区、街道开具的
    （“社区租房登记证明”）由 PL206 报告，这里不重复。租赁合同、劳动合同各报告
    一次：同一要求在条件和材料里、或在几处重复写出，是同一个收窄，报在第一处（条件写在前面的，报在条件中要求备案的那一项）。

    ## 为何重要
    《居住证暂行条例》第九条第二款把“房屋租赁合同”本身列为居住地住址证明、把“劳动合同”本身列为就业证明，
    不问是否登记备案。登记备案通常要由房东或用人单位去办，家长办不成，孩子就报不上名；只认备案合同是把
    住所、就业条件收窄了。第九条是申领居住证的规定，用于入学是本工具的类推（推定），故只作提示。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        住所: 租住房屋的需提供房屋租赁登记备案证明
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        住所: 合法稳定住所（含租赁）
    }
    ```

    ## 修改方法
    认可房屋租赁合同、劳动合同本身；确需核实的，由教育部门会同有关部门核查，不以登记备案为入学前提。

    ## 未建模
    只看入学条件和证明材料的文字；要求合同“规划用途为住宅”“在学区内”等另外的限定，以及备案本身在当地
    是否免费、是否可由承租人自行办理，留给审核人员。

    ## What it checks
    A condition or a material accepts only a registered tenancy or employment contract: 房屋租赁登记备案证明
    (a certificate of lease registration), a lease that must be filed with the housing office, a lease signed
    and filed on a rental platform, 备案的劳动合同, and a contract an office has attested (人社局认定的劳动合同,
    经劳动保障部门鉴证的劳动合同). A phrase preceded by a negation (不得, 无需) is not reported;
    the filing of a purchase contract (which is filed as a matter of course) is not this, nor a residence
    or permit condition giving a registered lease as one example of its proof, nor one a neighbourhood or
    street office issues (社区租房登记证明: PL206's). The lease and the employment
    contract are each reported once: the same demand in a condition and in the materials, or repeated in
    several places, is one narrowing, reported where it is first stated (in a condition, at the value that
    asks for registration).

    ## Why it matters
    Article 9(2) of the Permit Regulations lists the tenancy itself (房屋租赁合同) as proof of address and the
    employment contract itself (劳动合同) as proof of employment, registered or not. Registration is usually
    the landlord's or the employer's to do; a family that cannot get it done cannot register its child, so
    demanding it narrows the housing or employment condition. Article 9 concerns applying for a permit;
    applying it to admission is the tool's analogy (derived), so this is a warning.

    ## How to fix
    Accept the tenancy or employment contract itself; where it must be verified, let the offices check it,
    without making registration a condition of admission.

    ## Not modelled
    Only the text of conditions and materials is read; further limits on the contract (residential use,
    inside the catchment area), and whether registration is free or open to the tenant there, are left to
    the reviewer.
    """

    code = "PL111"
    name = "contract-registration-required"
    title_en = "Tenancy or employment contract must be registered"
    severity = "warning"
    parameters = ("contract_registration_not_required",)
    message = (
        "{where}要求「{term}」：只认经登记备案的合同；《居住证暂行条例》第九条第二款认可房屋租赁合同、劳动合同本身。",
        "{where} asks for '{term}': only a registered contract counts; Article 9(2) of the Permit Regulations "
        "accepts the tenancy or employment contract itself.",
    )
    fix = (
        "不以登记备案为前提，认可房屋租赁合同、劳动合同本身。",
        "Accept the tenancy or employment contract itself, registered or not.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        said: set[str] = set()
        for found in demands(rules, REGISTERED_CONTRACT):
            if found.condition is not None and found.condition.kind in _OTHER_PROOFS:
                continue  # a residence time shown by, e.g., a registered lease (如《房屋租赁登记备案凭证》等)
            # one narrowing per kind of contract: a material that carries a condition is written as both (a
            # draft's 证明材料所载的条件), and a draft repeats its demand for a registered lease in its conditions
            # and its materials, or in several tiers; it is one fact, reported where first stated
            raw = fold_text(found.material.raw if found.material is not None else found.condition.raw)
            if _OFFICE_CERTIFICATE.search(raw):
                continue  # 社区租房登记证明: a certificate the neighbourhood office issues, PL206's (one paper, one finding)
            contract = "employment" if _EMPLOYMENT.search(found.term) else "lease"
            if contract in said:
                continue
            said.add(contract)
            # placed at the value naming the registered contract (住所: 有合法稳定住所、…房屋租赁证): _demands places it
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
