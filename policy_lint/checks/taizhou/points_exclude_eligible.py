import re
from typing import Iterator

from ...findings import Finding
from ...models import Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._dated import binds
from .._text import negated_in_clause
from ... import lazy_re

#: a child below the line is sent away: not arranged, not received, left to find a place, sent home
EXCLUDED = lazy_re.compile(r"不予安排|不安排|不再安排|不作安排|不予接收|不接收|不再接收|不予入学|不能入学|不予录取|自行解决"
                      r"|自行联系|自行安排"
                      r"|回户籍地|回原籍|返回户籍地|返回原籍"
                      # 不作统筹安排 (no placement by the bureau), 无法被任何公办、民办学校录取 (admitted nowhere)
                      r"|(?:不作|不予|不再|不)统筹(?:安排|协调)?|无法(?:被[^，,；;。]{0,14}?)?(?:录取|入学|就读|安排)")
#: a family that refused the bureau's placement (如不接受统筹安排，则由其监护人自行选择回户籍地学校就读): its choice, the
#: child was placed; the sending-away words after it in the sentence are not the rule's
REFUSED = lazy_re.compile(r"(?:不接受|不服从|不愿接受|拒绝|放弃)[^，,；;。]{0,6}?(?:统筹|调剂|安排)")
#: ... or still given a place: 统筹安排, 保障入学, 安排到有空余学位的学校
PLACED = lazy_re.compile(r"统筹|保障|安排(?:到|至|入学|就读)|兜底|调剂")


class PointsExcludeEligibleChildren(Check):
    """积分入学把符合居住证条例条件的孩子挡在门外

    ## 检查内容
    积分入学一节写明积分不足的孩子“不予安排”“不作统筹安排”“自行解决”“回户籍地就读”“无法被……录取”（`未达标`），
    或设了最低分数线（`门槛`，如“准入线”）却没有写明达不到的孩子如何统筹安排。家长“不接受统筹安排”之后自行选择
    回户籍地或民办学校的，孩子已得到安排，不报告。积分用于排序、安排学校可以；把够条件的孩子拒之门外不可以。
    自 2022-04-01（教基厅〔2022〕1号发布日，推定）起按此检查。

    ## 为何重要
    教基厅〔2022〕1号：“实行积分入学的地方要完善积分规则，保障符合《居住证暂行条例》规定条件的随迁子女能在
    流入地接受义务教育”（原文待核实）。《居住证暂行条例》第十二条规定为居住证持有人提供义务教育。
    积分门槛挡住的是居住时间短、收入低的家庭的孩子。

    ## 示例
    ```rules
    基本信息 {
        年度: 2023
    }
    积分入学 {
        标准: “台州市随迁子女积分入学管理办法”
        门槛: 积分达到60分
        未达标: 不予安排
    }
    ```

    ## 改为
    ```rules
    基本信息 {
        年度: 2023
    }
    积分入学 {
        标准: “台州市随迁子女积分入学管理办法”
        门槛: 积分达到60分的优先安排
        未达标: 由教育局统筹安排到有空余学位的学校
    }
    ```

    ## 修改方法
    积分只用于排序和安排学校；写明积分不足的孩子由教育行政部门统筹安排入学。

    ## 未建模
    只看积分入学一节的“门槛”“未达标”两项的文字；积分细则中各项分值是否合理、门槛分数的高低，以及“统筹安排”
    是否真能落实，留给审核人员。写在别处（如“其他”条件）的积分门槛不查。草稿没有写明年度的不报告：这项要求
    自 2022-04-01 起（推定），草稿可能更早，由知道年份的审核人员判断。

    ## What it checks
    The points section says a child below the line is not arranged, must find a place, or goes back to the
    hukou place (未达标: 不予安排 / 不作统筹安排 / 自行解决 / 回户籍地就读 / 无法被…录取), or sets a minimum score
    (门槛, 准入线) without saying how a child below it is placed. A family's own choice after refusing the placement
    offered (如不接受统筹安排，则…自行选择回户籍地学校就读) is not reported: the child was placed. Points may order children and assign schools; they may not turn an eligible
    child away. Checked from 2022-04-01, the publication of 教基厅〔2022〕1号 (inferred).

    ## Why it matters
    教基厅〔2022〕1号: where admission is by points, the rules must let every migrant child who meets the
    Residence Permit Regulations receive compulsory education there (wording to verify). Article 12 of the
    Regulations gives compulsory education to permit holders. A points threshold shuts out the children of
    families with short residence or low income.

    ## How to fix
    Use points only to order children and assign schools; state that a child below the line is placed by
    the education bureau.

    ## Not modelled
    Only the 门槛 and 未达标 entries of the points section are read; whether the points items or the
    threshold are reasonable, and whether 统筹安排 is carried out, is left to the reviewer. A points
    threshold written elsewhere (an 其他 condition) is not looked for. A draft whose year is not written is
    not checked: the rule dates from 2022-04-01 (inferred) and the draft may be older; the reviewer judges.
    """

    code = "PL506"
    name = "points-exclude-eligible-children"
    title_en = "Points admission turns eligible children away"
    parameters = ("points_admit_permit_eligible",)
    example_ruleset = "taizhou-2021"
    message = (
        "积分入学「{key}：{raw}」{problem}",
        "Points admission '{key}: {raw}' {problem}",
    )
    fix = (
        "写明积分不足的孩子由教育行政部门统筹安排入学；积分只用于排序和安排学校。",
        "State that a child below the line is placed by the education bureau; points only order children and assign schools.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        from ...messages import text

        points = rules.points
        if points is None or not binds(rules, ruleset.get(self.parameters[0])):
            return  # no points; or a draft of unknown year, which may be older than the 2022 rule
        below = fold_text(points.below.raw) if points.below is not None else ""
        # 不得以积分不足为由不予安排 forbids sending away: a negation anywhere earlier in the clause counts
        sent_away = next((m for m in EXCLUDED.finditer(below) if not negated_in_clause(below, m.start())
                          and not _refused_before(below, m.start()) and not _placed_after(below, m)), None)
        if sent_away is not None:
            yield self.finding(rules, ruleset, points.below.span, key="未达标", raw=points.below.raw,
                               problem=text("PL506.sent_away", term=sent_away.group(0)))
        elif points.threshold is not None and not PLACED.search(below or fold_text(points.threshold.raw)):
            yield self.finding(rules, ruleset, points.threshold.span, key="门槛", raw=points.threshold.raw,
                               problem=text("PL506.no_placement"))


def _refused_before(text: str, start: int) -> bool:
    """Whether the sentence holding ``start`` says, before it, that the family refused the placement offered
    (``如不接受统筹安排，则由其监护人自行选择回户籍地学校就读``)."""
    sentence = re.split(r"[。；;]", text[:start])[-1]
    return bool(REFUSED.search(sentence))


def _placed_after(text: str, match: re.Match[str]) -> bool:
    """Whether a child said to be admitted nowhere (``积分不足无法入学的``) is placed after it in the same sentence
    (``…，由教育局统筹安排``): the situation, then the remedy."""
    if not match.group(0).startswith("无法"):
        return False
    return bool(PLACED.search(re.split(r"[。；;]", text[match.end():])[0]))
