from __future__ import annotations

from typing import Iterator

from ...build import material_aliases, normalise_material
from ...findings import Finding
from ...messages import LocalText, text
from ...models import Condition, Rules, Span
from ...normalise import fold
from ...ruleset import ResolvedRuleset
from .. import Check
from .._dated import binds
from .._text import negated_after, negated_in_clause
from ._names import describe
from ... import lazy_re

# Conjunctions inside one word of a condition: 提供超龄证明及独生子女证.
#: what separates the items of a condition: conjunctions, 、, and the clause marks (一个分句一项材料:
#: 免于提供独生子女证，须提供超龄证明 names two, the second demanded)
_CONJUNCTION = lazy_re.compile(r"以及|及|和|或|与|、|，|,|；|;|。")


class BannedCertificate(Check):
    """要求提供禁止的证明材料

    ## 检查内容
    证明材料中列有规则集禁止要求的证明材料，
    无论写成哪种常见名称（如“独生子女证”“生育服务证”“流动人口婚育证明”“超龄证明”“老家无人监护证明”）；
    入学条件的文字中要求提供这些证明的（如“其他：提供超龄证明”）同样报告。禁止的证明按日期分层，各层相加，
    省级不能解除国家的禁止：

    - 国家：自 2021-07-20 起计划生育证明（《关于优化生育政策促进人口长期均衡发展的决定》：“将入户、入学、入职等与
      个人生育情况全面脱钩”）；自 2022-04-01 起另加超过正常入学年龄证明、户籍地无人监护证明、学前教育经历证明
      （教基厅〔2022〕1号）。两处原文均待核实（第三方转载），生效日期取公布日期，系推定。
    - 山西：自 2021 年招生起计划生育证明、超过正常入学年龄证明、户籍地无人监护证明（晋教基函〔2021〕24号）。

    实施细则按其报送日期时有效的规定检查（没有报送日期的，按年度的 9 月 1 日）：2021-07-20 之前报送的不适用《决定》，
    2022-04-01 之前报送的不适用教基厅〔2022〕1号。读不出年度的草稿不据以检查（这些禁止都晚于 2016 年的国家基准，
    草稿可能更早），报告的说明中写明这一点，由审核人员按实际年份判断。每条报告引用禁止该证明的最低一层（省里也禁止的，引用省级文件）。

    ## 为何重要
    山西省明确“从2021年招生入学起，严禁要求随迁子女家长提供计划生育证明、超过正常入学年龄证明、户籍地无人监护证明”；
    国家自 2021 年起要求入学与生育情况脱钩，自 2022 年起全面清理这些无谓证明材料。
    换个名称要求同一份证明，效果相同：家长仍要回户籍地开具证明，孩子可能因此错过报名。

    ## 示例
    ```rules
    基本信息 {
        年度: 2022
    }
    证明材料 {
        户口簿、居住证
        独生子女证
    }
    ```

    ## 改为
    ```rules
    基本信息 {
        年度: 2022
    }
    证明材料 {
        户口簿、居住证
    }
    ```

    ## 修改方法
    从证明材料和入学条件中删去这些证明，不得以任何名称要求提供。

    ## 未建模
    名称按词表（rulesets/vocabulary.toml）归一：词表之外的新叫法不会被识别，请补充词表。入学条件中只查找
    材料名称，且名称之前出现“不得”“无需”“严禁”等否定词时视为不要求；更复杂的句式留给审核人员判断。
    入学条件的值由多项组成且跨行或含引号时，报告位置落在该条件的开头，而不是证明名称上。
    按报送日期（或年度 9 月 1 日）选取有效规定是本工具的读法：2022 年的通知针对当年招生，在其发布之前报送的
    2022 年细则不按它检查，应在通知发布后复核。

    ## What it checks
    The materials list a certificate the ruleset bans under any of its usual names (独生子女证, 生育服务证,
    流动人口婚育证明, 超龄证明, 老家无人监护证明, 幼儿园就读证明, …); an admission condition whose text asks
    for one (e.g. 其他: 提供超龄证明) is reported too. The bans are layered by date and add up; a province
    cannot lift a national ban:

    - national: from 2021-07-20 the family-planning certificate (the Decision on optimising the birth policy:
      admission fully decoupled from childbearing); from 2022-04-01 also the over-age certificate, the
      no-guardian-at-home certificate and proof of preschool education (教基厅〔2022〕1号). Both wordings
      are from third-party copies (to verify), and the effective dates are the publication dates (inferred).
    - Shanxi: from the 2021 intake the family-planning, over-age and no-guardian-at-home certificates
      (晋教基函〔2021〕24号).

    Rules are judged by the law in force on their 报送日期 (else 1 September of their 年度): rules sent
    before 2021-07-20 are not held to the Decision, nor rules sent before 2022-04-01 to the 2022 notice.
    Each finding cites the lowest layer that bans the certificate (the province's document where it bans
    it too).

    ## Why it matters
    Shanxi bans these three certificates from the 2021 intake on; nationally, admission is decoupled from
    childbearing from 2021 and the needless certificates are abolished from 2022. Asking for the same certificate under
    another name has the same effect: parents must go back to their hukou place for it, and the child
    may miss registration.

    ## How to fix
    Remove the certificate from the materials and the conditions; do not ask for it under any name.

    ## Not modelled
    Names are normalised through the vocabulary (rulesets/vocabulary.toml); a new wording outside it is
    not recognised, so add it there. In conditions only material names are looked for, and a name
    preceded by a negation (不得, 无需, 严禁, …) counts as not demanded; more involved sentences are left to
    the reviewer. When a condition's value has several items and spans lines or quotes, the finding is
    placed at the start of the condition rather than on the certificate's name.
    A draft whose year cannot be read is not checked against these bans (all are dated after the 2016 national
    baseline, and the draft may be older); the report's note says so, and the reviewer, who knows the year, judges.
    Choosing the law by the 报送日期 (or 1 September of the 年度) is the tool's reading: the 2022 notice
    concerns that year's intake, and 2022 rules sent before it was published are not held to it; review
    them again after the notice.
    """

    code = "PL201"
    name = "banned-certificate"
    title_en = "Banned certificate demanded"
    parameters = ("banned_certificates",)
    message = (
        "{where}「{raw}」{belongs}，严禁要求随迁子女家长提供。",
        "{where} '{raw}': {belongs}; it must not be demanded of migrant children's parents.",
    )
    fix = (
        "删去「{raw}」，不得以任何名称要求提供“{name}”。",
        "Remove '{raw}' and do not ask for {name} under any name.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        parameter = ruleset.get(self.parameters[0])
        if not binds(rules, parameter):
            return  # no year written and every ban dated after the baseline: the draft may be older (layers.no_year)
        banned = set(parameter.value)
        for material in rules.materials:
            if material.name in banned:
                yield self._finding(rules, ruleset, material.span, material.raw, material.name,
                                    text("PL201.where.material"))
        for condition, _group in rules.conditions_flat():
            for alias, name, span in _banned_in_condition(condition, banned):
                where = text("PL201.where.condition", key=condition.key, raw=condition.raw)
                yield self._finding(rules, ruleset, span, alias, name, where)

    def _finding(self, rules, ruleset, span: Span, raw: str, name: str, where: LocalText) -> Finding:
        return self.finding(rules, ruleset, span, item=name, where=where, raw=raw, name=name,
                            belongs=describe(raw, name))


def _banned_in_condition(condition: Condition, banned: set[str]):
    """(alias as written, normalised name, span) for each banned certificate a condition asks for.

    The condition is read folded (policy_lint.normalise: 提供獨生子女證 and 提供独生子\u200b女证 ask for a
    独生子女证); the alias and its span are the characters as written.
    """
    folded = fold(condition.raw)
    text = folded.text
    # The joined raw keeps the source's columns when the value sits on one line with one-character separators.
    exact = condition.span.line == condition.span.end_line and \
        condition.span.end_column - condition.span.column == len(condition.raw)
    pos = 0
    for piece in _CONJUNCTION.split(text):
        start = text.find(piece, pos)
        pos = start + len(piece)
        if not piece.strip():
            continue
        name, known = normalise_material(piece)
        if not known or name not in banned:
            continue
        alias = next((a for a, n in material_aliases() if n == name and a in piece), piece)
        at = start + max(piece.find(alias), 0)
        # a negation reaches to the end of its clause: 不得要求提供计划生育证明、超龄证明 negates both,
        # 无需原籍证明，须提供独生子女证 only the first
        if negated_in_clause(text, at) or negated_after(text, at + len(alias)):  # …计划生育证明不再要求提供
            continue
        first, last = folded.span(at, at + len(alias))
        if exact:
            span = Span(line=condition.span.line, column=condition.span.column + first,
                        end_line=condition.span.line, end_column=condition.span.column + last)
        else:
            span = condition.span
        yield condition.raw[first:last], name, span
