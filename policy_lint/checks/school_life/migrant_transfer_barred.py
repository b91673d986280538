"""PL903: migrant pupils barred from changing school once enrolled (随迁子女在区内不得申请转学)."""

from __future__ import annotations

from typing import Iterator

from ...extract.readers import transfer
from ...findings import Finding
from ...normalise import fold_text
from ...models import Rules, Span
from ...ruleset import ResolvedRuleset
from .. import Check


class MigrantTransferBarred(Check):
    """随迁子女入学后不得转学

    ## 检查内容
    「在校管理」的“转学”不许随迁子女入学后转学或调换学校：“已享受政策统一安排就学的随迁子女在本区内不得申请
    转学”“随迁子女入学后原则上不予办理转学”“转学申请一律不予受理”。写成对所有学生同样的规定（“全体学生”
    “与户籍学生同等办理”“一视同仁”）、保护随迁子女转学的（“不得拒绝随迁子女转学”）、只规定手续的（“不得随意转学”
    “不得擅自转校”），以及只在某种情形下方可
    转学的（“确因住房产权发生变化方可受理转学”“原则上不得转学，确因父母工作调动或居住地变更需转学的，按规定
    办理”），不报告；只为政府拆迁等留出例外的（“涉及重大规划拆迁的协商解决”）仍是限制，照常报告。
    草稿中点名随迁子女、写明不得转学的句子读作“转学”。

    ## 为何重要
    《义务教育法》第十二条第二款要求流入地政府为随迁子女“提供平等接受义务教育的条件”。随迁子女家庭搬家、
    换工作比户籍家庭更常见，入学后不许转学，孩子就得跨区上学或辍学，而户籍学生可按学籍管理规定转学。条文
    没有点名转学，读作不平等是本工具的理解（推定），户籍学生的转学规定本工具不核对，故只作提示。

    ## 示例
    ```rules
    在校管理 {
        转学: 已享受政策统一安排就学的随迁子女在本区内不得申请转学
    }
    ```

    ## 改为
    ```rules
    在校管理 {
        转学: 随迁子女与户籍学生按同样的学籍管理规定办理转学
    }
    ```

    ## 修改方法
    删去只对随迁子女的转学限制，随迁子女与户籍学生按同样的学籍管理规定办理转学；学位紧张的，由教育部门统筹安排。

    ## 未建模
    只读“转学”一项的字样；户籍学生是否受同样的限制、只在某种情形下方可转学的条件是否过严，以及小升初须重新
    申请等其他学籍流动的规定，留给审核人员。草稿中不点名随迁子女的句子（主语只在标题里，如“三、随迁子女入学”
    下的“入学后原则上不予转学”）不读作“转学”，留作待确认或由其他读法处理。

    ## What it checks
    The 在校管理 section's 转学 (transfer) bars migrant pupils from changing school once enrolled: 已享受政策统一安排就学
    的随迁子女在本区内不得申请转学, 随迁子女入学后原则上不予办理转学, 转学申请一律不予受理. A rule for every pupil
    alike (全体学生, 与户籍学生同等办理, 一视同仁), a protection (不得拒绝随迁子女转学), a procedure (不得随意转学, 不得擅自
    转校) and a transfer allowed on a
    condition only (确因住房产权发生变化方可受理转学; a bar yielding to the family's own move, 确因父母工作调动或居住地变更
    需转学的，按规定办理) are not reported; a bar yielding only to the government's works (涉及重大规划拆迁的协商解决) is. In a draft, a sentence naming migrant children
    and barring their transfer is read as 转学.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law requires the local government to give migrant children "equal
    conditions of compulsory education". Migrant families move house and job more often than local ones; barred
    from transferring, a child must cross the district to school or drop out, while local pupils transfer under
    the pupil-record rules. The article does not name transfers; reading the bar as unequal is the tool's reading
    (derived), and the tool does not check the local pupils' rules, so it is a warning.

    ## How to fix
    Remove the transfer bar on migrant pupils; let them transfer under the same pupil-record rules as local pupils,
    with the education bureau placing them where places are short.

    ## Not modelled
    Only the wording of 转学 is read; whether local pupils are barred alike, whether a condition for transferring is
    too strict, and other rules on moving between schools (a new application for junior secondary school) are left
    to the reviewer. A draft's sentence that does not name migrant children (the subject only in a heading, as
    入学后原则上不予转学 under 三、随迁子女入学) is not read as 转学.
    """

    code = "PL903"
    name = "migrant-transfer-barred"
    title_en = "Migrant pupils barred from changing school"
    severity = "warning"
    parameters = ("migrant_transfer_not_barred",)
    message = (
        "「转学：{value}」不许随迁子女转学（“{words}”）：只对随迁子女限制转学，是在接受义务教育的条件上区别对待。",
        "'转学: {value}' bars migrant pupils from changing school ('{words}'): a bar on migrant pupils alone "
        "treats them unequally in the conditions of their schooling.",
    )
    fix = (
        "删去只对随迁子女的转学限制，随迁子女与户籍学生按同样的学籍管理规定办理转学。",
        "Remove the bar on migrant pupils; let them transfer under the same pupil-record rules as local pupils.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        life = rules.school_life
        if life is None or life.transfer is None:
            return
        value = life.transfer
        folded = fold_text(value.value)  # 不得申請轉學 in traditional characters: read as the vocabulary writes it
        reading = transfer.read(folded if len(folded) == len(value.value) else value.value, about_migrants=True)
        if reading is None or reading.label != "barred":
            return
        yield self.finding(rules, ruleset, _sub_span(value.span, value.raw, value.value, reading),
                           value=value.value, words=value.value[reading.start:reading.end])


def _sub_span(span: Span, raw: str, value: str, reading) -> Span:
    """The span of the reading's words when the value is written as is on one line at ``span``; else ``span``."""
    lead = len(raw) - len(raw.lstrip())
    if span.line != span.end_line or span.end_column - span.column != len(raw) or raw.strip() != value:
        return span
    start = span.column + lead + reading.start
    return Span(line=span.line, column=start, end_line=span.line, end_column=start + reading.end - reading.start)
