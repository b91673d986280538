import re
from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...models import Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import REPORTED_ELSEWHERE, demands
from .._dated import binds
from .hukou_place_document import CONSENT, HUKOU_PLACE, _alternative

#: the temporary-residence permit the 居住证 replaced: 暂住证, 暂住登记(证), 暂住证明
OBSOLETE_PERMIT = re.compile(r"暂住证明?|暂住登记(?:证|凭证)?|暂住卡")
#: a certificate the family must fetch from its hukou place: 户籍证明, 原籍证明, 户籍地派出所出具的证明, 回老家开具…证明;
#: the place named as the one the family left (流出地政府开具的证明, 输出地乡镇出具的务工证明) and papers ending in
#: 意见, 函 or 同意书 (户籍所在地教育部门同意外出就读的意见, 原籍乡镇政府的联系函)
#: (a 户籍地无人监护证明 is a banned certificate of its own, PL201, and the 户口簿 the household register)
HOMETOWN = re.compile(
    r"户籍证明|原籍证明|(?:户籍(?:所在)?|流出|输出)地证明|户口所在地证明"
    r"|(?:户籍(?:所在)?地|原籍|老家|户口所在地|流出地|输出地)(?:(?!户口簿|户口本|户口册)[^，,；;。、]){0,24}?"
    r"(?:证明|意见|联系函|函|同意书)"
    r"|" + CONSENT  # the consent to schooling away from the hukou place, named by what it is (外出就读证明, 就学联系函)
)
#: (the words between may not name the household register: 原籍户口簿或其他能够证明其法定监护关系的有效证明 is the
#: register, or a paper showing guardianship, wherever issued)
#: what PL201 reports as banned (户籍地无人监护证明, 留守证明), and the school record a school transfers (原籍学校
#:出具的转学证明): not reported here
_BANNED_ELSEWHERE = re.compile(r"监护|照看|照管|留守|转学|学籍")
REPORTED_ELSEWHERE["no_obsolete_permit"] = OBSOLETE_PERMIT
REPORTED_ELSEWHERE["no_hometown_certificate"] = HOMETOWN


def _names_permit(rules: Rules) -> bool:
    """Whether the rules name the residence permit anywhere (a condition or a material): one of unknown year that
    asks a 暂住证 and never names the 居住证 is of the time before it (2016), when the 暂住证 was the paper to ask."""
    raws = [c.raw for c, _group in rules.conditions_flat()] + [m.raw for m in rules.materials]
    return any("居住证" in fold_text(raw) for raw in raws)


class ObsoleteOrHometownCertificate(Check):
    """要求已被居住证取代的暂住证，或回户籍地开具的证明

    ## 检查内容
    证明材料或入学条件要求：
    - 暂住证（“暂住证”“暂住登记证”“暂住证明”）——居住证施行（2016-01-01）之前的证件。同一项里也写了居住证的
      （“居住证（暂住证）”“居住证或暂住证”），暂住证只是旧称或可替代的证件，不报告；草稿没有写明年度、全文又
      不提居住证的，是居住证施行前暂住证时期的文件，当时要求暂住证不算过时，不报告；
    - 回户籍地开具的证明（“户籍证明”“原籍证明”“户籍地派出所出具的证明”“户籍所在地教育行政部门同意其外出就学的
      证明”“回老家开具的……证明”，以及写作流出地、输出地的“流出地政府开具的证明”和以“意见”“函”“同意书”结尾的
      “户籍所在地教育部门同意外出就读的意见”“原籍乡镇政府的联系函”），自 2022-04-01 起；草稿没有写明年度的，
      2022 年的禁止是否适用不得而知，这里不报（由机关开具、同意的这类证明由 PL116 报告）。户口簿不在此列；户籍地无人监护证明由 PL201 报告，规则集禁止的证明（如户籍地开具的《缓学证明》，
      即超过正常入学年龄证明）也由 PL201 报告，这里不重复。与当地可办的证件二选一的（“户口簿或户籍地公安机关开具的
      户籍证明”）不报告：家长可交户口簿。
    前面有“不得”“无需”等否定词的不报告。

    ## 为何重要
    《居住证暂行条例》第三条：“居住证是持证人在居住地居住、作为常住人口享受基本公共服务和便利、申请登记
    常住户口的证明。”居住的证明是居住证；要求暂住证，是以条例之外、居住证施行前的证件为入学条件，持有居住证的
    家庭也办不到（本工具的读法，推定）。户籍证明要家长回户籍地公安机关开具，是一趟回乡之行；教基厅〔2022〕1号
    要求“全面清理取消不合规的随迁子女入学证明材料及其时限要求，不得要求提供户籍地无人监护证明”（原文待核实），
    把回户籍地开具的证明读作不合规的证明材料是本工具的读法（推定）。

    ## 示例
    ```rules
    基本信息 {
        年度: 2022
    }
    证明材料 {
        户口簿
        暂住证
    }
    ```

    ## 改为
    ```rules
    证明材料 {
        户口簿
        居住证
    }
    ```

    ## 修改方法
    把暂住证改为居住证；删去户籍证明、原籍证明等回户籍地开具的证明（身份和户籍情况以户口簿、居民身份证
    证明）。

    ## 未建模
    只看证明材料和入学条件的文字；“原籍学校转学证明”等学籍材料不在此列（学籍转接由学校办理）。“户籍地”
    后面隔着二十多个字才出现“证明”的长句不报告。2022-04-01 以前的回户籍地证明只在列有可要求材料清单的规则集
    （山西）由 PL202 提醒。

    ## What it checks
    A material or a condition demands:
    - a temporary-residence permit (暂住证, 暂住登记证, 暂住证明), the document before the residence permit
      (2016-01-01). Where the same item names the residence permit too (居住证（暂住证）, 居住证或暂住证), the 暂住证
      is only an old name or an alternative: not reported; nor in a draft of unknown year that never names the
      residence permit: a draft of the 暂住证's time, before the permit, asking the paper of its time;
    - a certificate fetched from the hukou place (户籍证明, 原籍证明, a certificate issued by the hukou place's
      police or its education office's consent to schooling elsewhere, one fetched from the home town, the
      place named as the one the family left, 流出地 or 输出地, and papers ending in 意见, 函 or 同意书), from
      2022-04-01; in a draft of unknown year, whether the 2022 ban binds is unknown: not reported here (a
      paper an office there issues or agrees to is PL116's). The 户口簿 is not one; a 户籍地无人监护证明 is
      PL201's, and so is any certificate the ruleset bans (a 《缓学证明》 from the hukou place's education office
      is an over-age certificate): not reported twice. One offered as an alternative to a paper had where the
      family lives (户口簿或户籍地公安机关开具的户籍证明) is not reported: the family may bring the register.
    A phrase preceded by a negation (不得, 无需) is not reported.

    ## Why it matters
    Permit Regulations Art. 3: the residence permit is the holder's proof of residence, of entitlement to
    basic public services as a permanent resident, and for applying for local hukou. Residence is proved by
    the permit; demanding a 暂住证 makes a document from before the regulation, outside it, a condition of
    admission, one even a permit holder cannot show (the tool's reading, derived). A 户籍证明 is issued by
    the police of the hukou place: a trip home. 教基厅〔2022〕1号 requires "non-compliant admission documents
    for migrant children and their time limits" to be abolished and no 户籍地无人监护证明 to be demanded (wording
    to verify); reading a certificate from the hukou place as non-compliant is the tool's reading (derived).

    ## How to fix
    Replace the 暂住证 with the 居住证; drop 户籍证明, 原籍证明 and other certificates from the hukou place
    (identity and hukou are shown by the 户口簿 and the identity card).

    ## Not modelled
    Only materials and conditions are read; school-record documents (原籍学校转学证明) are not these (the
    schools transfer the record). A long clause with more than two dozen characters between 户籍地 and 证明 is not
    reported. Before 2022-04-01 a certificate from the hukou place is remarked on only by PL202, in rulesets
    with a list of materials (Shanxi).
    """

    code = "PL205"
    name = "obsolete-or-hometown-certificate"
    title_en = "Obsolete permit or certificate from the hukou place demanded"
    parameters = ("no_obsolete_permit", "no_hometown_certificate")
    message = ("{subject}；{reason}", "{subject}; {reason}")
    fix = ("{remedy}", "{remedy}")

    def applies(self, ruleset: ResolvedRuleset) -> bool:
        return any(ruleset.get(name) is not None and bool(ruleset.get(name).value) for name in self.parameters)

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        banned_param = ruleset.get("banned_certificates")
        # (a ban PL201 does not hold a draft of unknown year to is no reason to leave the paper unreported here)
        banned = set(banned_param.value) if banned_param is not None and binds(rules, banned_param) else set()
        seen: set[tuple[str, str]] = set()  # (the words, the term): a paper read as a material and as the condition it carries
        for parameter, pattern in (("no_obsolete_permit", OBSOLETE_PERMIT), ("no_hometown_certificate", HOMETOWN)):
            param = ruleset.get(parameter)
            if param is None or not param.value:
                continue
            kind = "permit" if parameter == "no_obsolete_permit" else "hometown"
            for found in demands(rules, pattern):
                raw = fold_text(found.material.raw if found.material is not None else found.condition.raw)
                if kind == "permit" and "居住证" in raw:
                    continue  # 居住证（暂住证）, 居住证或暂住证: an old name or an alternative
                if kind == "hometown" and _BANNED_ELSEWHERE.search(found.term):
                    continue
                if kind == "hometown" and _alternative(raw, found.term):
                    continue  # 户口簿或户籍地公安机关开具的户籍证明: the register had here is the other way to show it
                if kind == "permit" and rules.metadata.year is None and not _names_permit(rules):
                    continue  # of unknown year and never naming the 居住证: a draft of the 暂住证's time, asking its paper
                if kind == "hometown" and not binds(rules, param):
                    continue  # the draft's year unknown: the 2022 ban may postdate it (PL116 reports what an office issues)
                if found.material is not None and found.material.name in banned:
                    continue  # a banned certificate (户籍地开具的《缓学证明》): PL201 reports it, one finding
                if (raw.strip(), found.term) in seen:
                    continue  # 暂住证 among the materials and as the permit condition it carries: one finding
                seen.add((raw.strip(), found.term))
                subject = (text("PL205.listed", term=found.term) if found.material is not None and raw.strip() == found.term
                           else text("PL205.demands", where=found.where, term=found.term))
                yield self.finding(rules, ruleset, found.span, parameter=parameter, subject=subject,
                                   reason=text(f"PL205.{kind}.reason"),
                                   remedy=text(f"PL205.{kind}.remedy"))
