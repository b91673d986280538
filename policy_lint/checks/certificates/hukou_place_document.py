import re
from typing import Iterator

from ...build import normalise_material
from ...findings import Finding
from ...models import Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._dated import binds
from .._demands import REPORTED_ELSEWHERE, demands

#: a paper consenting to schooling away from the hukou place, named by what it is (外出就读证明, 出外就学的证明, 就学联系函,
#: 同意在昆明就读证明, 同意其外出就学的意见): whoever issues it, it is the consent of the place the family left; a pupil's
#: transfer papers (转学证明) and a certificate of attending a school here (在校就读证明) are not this
CONSENT = (r"(?:外出|出外|异地|在外|到外地)(?:就读|就学|上学|读书)(?:的)?(?:证明|联系函|同意书|意见)"
           r"|(?:就学|就读|入学)联系函"
           r"|同意(?:其|该生|学生|子女|适龄儿童)?(?:外出|出外|到外地|在[\u4e00-\u9fff]{1,8}?)(?:就读|就学|上学)(?:的)?(?:证明|意见|函|同意书)")
#: no one at the hukou place to look after the child (户籍所在地没有监护条件, 老家无人照看)
NO_GUARDIAN = (r"(?:户籍所在地|户籍地|户口所在地|原户籍所在地|原户籍地|原籍地?|老家|流出地)[^，,；;。、]{0,6}?"
               r"(?:没有|无|不具备|缺乏|不具有)(?:人)?(?:监护|照看|照管)(?:条件|人)?"
               # the converse: those with a guardian at home are sent there (凡在户籍所在地有监护条件的…子女，应在户籍所在地
               # 接受义务教育), so only a child with none there enrols here
               r"|(?:户籍所在地|户籍地|户口所在地|原户籍所在地|原户籍地|原籍地?|老家|流出地)[^，,；;。、]{0,4}?"
               r"(?:有|具备|具有)(?:人)?(?:监护|照看|照管)(?:条件|人)?的[^。；;]{0,24}?[，,][^。；;]{0,4}?(?:应|须|需|必须|应当)"
               r"(?:回|在|到|返回)?(?:户籍所在地|户籍地|户口所在地|原籍地?|老家|流出地)")
#: a paper the family must fetch from the place of its hukou: what that place's offices issue or agree to (户籍所在地县级教育行政部门同意其出外就学的证明); not the household register itself (原籍户口簿), and
#: not a transferring pupil's 学籍 papers (原籍学校出具的转学证明: the school record goes with the pupil)
HUKOU_PLACE = re.compile(
    # (the place the pupil studied before is the place left as well: 原就读学校所在地县级教育行政部门出具的就学证明)
    r"(?:户籍所在地|户口所在地|户籍地|原籍地?|老家|输出地|流出地|原就读学校所在地|原就读地)(?:的)?"
    # the offices may be listed (户籍所在地乡、镇政府或县级教育行政部门出具的…): a 、 between two of them is no list of papers
    r"(?:(?!学校|学籍|转学|户口簿|户口本|居民户口)(?:[^，,；;。、]|(?<=[乡镇村县区市])、(?=[乡镇村县区市街社]))){0,20}?"
    r"(?:开具|出具|核发|同意|批准)(?:的[，,])?(?:(?!学校|学籍|转学)[^，,；;。、]){0,16}?(?:证明|意见|函)"
    # or the paper named by what it is, whoever issues it: the consent of the place the family left to schooling here
    # (原户籍所在地乡镇中心学校出具的外出就读证明, 就学联系函, 同意在昆明就读证明): only the hukou place gives it
    r"|" + CONSENT +
    # or a certificate that no one can look after the child, whoever issues it (户籍所在地街道办或乡政府出具的在当地没有
    # 监护条件证明, 无人监护证明): the want is at the place the family left, only that place attests it
    r"|(?:没有|无|不具备)(?:人)?(?:监护|照看)(?:条件)?(?:的)?证明" +
    # or a certificate of leaving, among kinds of certificate named in quotes (“居住、务工、户籍、流出”等证明): only the
    # place left gives it (a bare 流出证明 labelling the paper described after it is not matched: that paper is)
    r"|(?<=、)流出地?[”\"」]?(?:等|的)?(?:相关)?证明" +
    # or a school record named by the hukou place, not by a school (户籍所在地的学籍证明): the record goes with the pupil,
    # so one of the hukou place is a paper fetched from there (原籍学校出具的转学证明 is the school's, and not this)
    r"|(?:户籍所在地|户口所在地|户籍地)的?学籍(?:证明|材料)" +
    # or the want the hukou place alone can attest, asked as a condition: no one there to look after the child
    # (且在户籍所在地没有监护条件; the paper itself, 户籍地无人监护证明, is PL201's banned certificate where that ban binds)
    r"|" + NO_GUARDIAN)
REPORTED_ELSEWHERE["no_hukou_place_document"] = HUKOU_PLACE
#: a ruleset's dated ban of papers from the hukou place by name, reported by a check of its own
_DATED_BAN = "no_hometown_certificate"


#: an alternative: 或 between the paper from the hukou place and another paper of the same item
_OR = r"(?:或者|或是|或)"
#: the hukou place, named in the other paper of an alternative: both from home
_HOME = re.compile(r"户籍所在地|户籍地|户口所在地|原籍|老家|流出地|生源地")


def _alternative(raw: str, term: str) -> bool:
    """Whether the paper from the hukou place (``term``, in the folded ``raw``) is offered as one of two papers, the
    other had where the family lives (``户口簿或户籍地公安机关开具的户籍证明``, ``…出具的户籍证明或户口簿``): the family
    may bring the other, so nothing sends it home."""
    at = raw.find(term)
    if at < 0:
        return False
    before = re.split(r"[、，,；;。：:]", raw[:at])[-1]
    after = re.split(r"[、，,；;。]", raw[at + len(term):])[0]
    ahead = re.search(rf"(?P<other>[^\s（(].*?){_OR}$", before)
    behind = re.match(rf"{_OR}(?P<other>[^\s）)].*)", after)
    # the other paper from the hukou place too (…同意其外出就学的证明或原籍乡镇政府出具的联系函): no way out
    return any(m is not None and not _HOME.search(m.group("other")) for m in (ahead, behind))


class HukouPlaceDocumentDemanded(Check):
    """要求回户籍地开具证明

    ## 检查内容
    证明材料或入学条件要求由户籍所在地（原籍、老家、流出地，或孩子原就读学校所在地）的机关开具、出具或同意的证明：“户籍所在地派出所开具的
    证明”“户籍所在地县级教育行政部门同意其出外就学的证明”；按名称即是流出地同意的材料（“外出就读证明”“就学联系函”“同意在某地就读证明”）和按名称只能由户籍地证明的（“在当地没有监护条件证明”，几种证明并列中的“流出”证明：“居住、务工、户籍、流出”等证明），不论由谁出具，同样在此列；入学条件要求“户籍所在地没有监护条件”的，这只能由户籍地证明，同样在此列；反过来说“在户籍所在地有监护条件的……应在户籍所在地接受义务教育”的，同样在此列。户口簿本身、转学学生的学籍和转学证明不在此列，但以户籍地为名的学籍证明（“户籍所在地的学籍证明”）在此列：学籍随人走，在当地就读的孩子学籍就在当地；
    已是禁止证明的（如“户籍地无人监护证明”，由 PL201 报告）不重复报告；只写名称的“户籍证明”“原籍证明”
    由 PL202 按可要求的清单判断；与当地可办的证件二选一的（“户口簿或户籍地公安机关开具的户籍证明”）不报告，家长可交户口簿；规则集另以有日期的文本禁止回户籍地开具的证明（no_hometown_certificate）时，由那项
    检查报告，这里不重复；草稿没有写明年度的，那项禁止是否适用不得而知，仍在这里报告。前面有“不得”“无需”等否定词的不报告。

    ## 为何重要
    《义务教育法》第十二条第二款要求当地政府为父母在当地工作或居住的孩子“提供平等接受义务教育的条件”；
    回户籍地开证明，要家长回老家跑一趟，入学还以流出地的同意为前提。教基厅〔2022〕1号要求“全面清理取消
    不合规的随迁子女入学证明材料”（原文待核实）。读作不得要求是本工具的理解（推定），故只作提示。

    ## 示例
    ```rules
    基本信息 {
        年度: 2021
    }
    证明材料 {
        户口簿、居住证
        学生户籍所在地县级教育行政部门同意其出外就学的证明
    }
    ```

    ## 改为
    ```rules
    证明材料 {
        户口簿、居住证
    }
    ```

    ## 修改方法
    删去须回户籍地开具的证明，以户口簿、居住证等家长在当地即可提供的材料为准；确需核实的，由部门之间核查。

    ## 未建模
    只看证明材料和入学条件的文字；转学学生的学籍材料、户籍地证明是否可在当地网上办理，留给审核人员。

    ## What it checks
    A material or a condition asks for a paper the offices of the hukou place (原籍, 老家, 流出地, or the place of the
    child's former school, 原就读学校所在地) issue or agree to:
    a certificate from the home police station, the home county education office's consent to schooling
    elsewhere; a paper that by its name is the consent of the place the family left (外出就读证明, 就学联系函, 同意在某地就读证明), or one only the hukou place can attest by its name (在当地没有监护条件证明, the 流出 certificate among kinds of certificate listed: “居住、务工、户籍、流出”等证明), whoever issues it; a condition that no one at the hukou place can look after the child (户籍所在地没有监护条件), which only the hukou place can attest, or its converse (在户籍所在地有监护条件的……应在户籍所在地接受义务教育). The household register itself and a transferring pupil's school-record papers are not this, but a school record named by the hukou place (户籍所在地的学籍证明) is: the record goes with the pupil; a
    banned certificate (户籍地无人监护证明, reported by PL201) is not reported twice; a bare 户籍证明 or 原籍证明
    is PL202's to judge against the allowed list; one offered as an alternative to a paper had where the family
    lives (户口簿或户籍地公安机关开具的户籍证明) is not reported, the family may bring the register; where the ruleset bans papers from the hukou place by a
    dated text of its own (no_hometown_certificate), that ban's check reports them, not this one (in a draft
    of unknown year, whether that ban binds is unknown, and they are reported here); a phrase
    after a negation (不得, 无需) is not reported.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law requires the local government to give children whose
    parents work or live there "equal conditions" of compulsory education; a paper from the hukou place means
    a trip home, and makes admission depend on the place the family left. 教基厅〔2022〕1号 abolishes
    non-compliant admission documents for migrant children (wording to verify). Reading this as not to be
    demanded is the tool's (derived), so it is a warning.

    ## How to fix
    Remove the papers from the hukou place; rely on what the family can provide where it lives (household
    register, residence permit); where something must be verified, let the offices check it between them.

    ## Not modelled
    Only the text of materials and conditions is read; transferring pupils' school records, and whether the
    paper can be had online where the family lives, are left to the reviewer.
    """

    code = "PL116"
    name = "hukou-place-document-demanded"
    title_en = "Paper from the hukou place demanded"
    severity = "warning"
    parameters = ("no_hukou_place_document",)
    message = (
        "{where}要求「{term}」：须回户籍地开具，入学以流出地的证明为前提；当地应为随迁子女提供平等接受义务教育的条件。",
        "{where} asks for '{term}': a paper from the hukou place, making admission depend on the place the "
        "family left; the local government must give migrant children equal conditions.",
    )
    fix = (
        "删去须回户籍地开具的证明，以家长在当地即可提供的材料为准。",
        "Remove the paper from the hukou place; rely on what the family can provide where it lives.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        # (PL201 binds a draft of unknown year to none of its bans, dated after the baseline: this check then keeps them)
        bans = ruleset.get("banned_certificates")
        banned = set(bans.value) if bans is not None and binds(rules, bans) else set()
        # where the ruleset bans papers from the hukou place by a dated text of their own (no_hometown_certificate,
        # 教基厅〔2022〕1号), the check of that ban reports them: not twice
        ban = ruleset.get(_DATED_BAN)
        dated = REPORTED_ELSEWHERE.get(_DATED_BAN) if ban is not None and ban.value and binds(rules, ban) else None
        for found in demands(rules, HUKOU_PLACE):
            if found.material is not None and found.material.name in banned:
                continue  # a banned certificate: PL201's
            if found.condition is not None and normalise_material(found.term)[0] in banned:
                continue  # a condition asking what a banned certificate attests (户籍所在地没有监护条件): PL201's
            raw = fold_text(found.condition.raw if found.condition is not None else found.material.raw)
            if dated is not None and dated.search(raw) and "学籍" not in found.term:
                continue  # (a school record of the hukou place PL205 leaves to the schools' transfer: reported here)
            if _alternative(raw, found.term):
                continue  # 户口簿或户籍地公安机关开具的户籍证明: one way to show it, beside a paper had where the family lives
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
