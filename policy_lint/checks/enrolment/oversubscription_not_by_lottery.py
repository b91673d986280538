from __future__ import annotations

import re
from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import LocalText, text
from ...models import Rules, SchoolKind
from ...ruleset import ResolvedRuleset
from .. import Check
from ._common import KIND
from ... import lazy_re

# A computer lottery under its usual names: 电脑随机录取, 电脑派位, 随机派位, 摇号, 随机.
_LOTTERY = lazy_re.compile(r"电脑随机|随机|派位|摇号")
# Ways of choosing that are not random: merit, order of arrival, hukou first, overall assessment.
_NOT_RANDOM = lazy_re.compile(
    r"(?:面试|笔试|考试|测试|测评)?择优|面试|笔试|考试|测试|测评|综合评价|综合评定|综合素质|特长|先后|先到先得|报名顺序|顺序录取"
    r"|户籍.{0,6}优先|优先.{0,6}户籍|本地户口优先|本地生源优先"
)
# A negation in a clause (不得以面试、测评等方式选拔，实行电脑随机录取): merit words in that clause are not a method.
_NEGATION = lazy_re.compile(r"不得|不准|严禁|禁止|不以|不再|不组织|不进行|不采用|不采取|取消")

#: priority for pupils of the school's own county (not hukou): required from 2022 (教基厅〔2022〕1号)
_LOCAL_PRIORITY = lazy_re.compile(r"(?:本地生源|本县(?:（区）|\(区\))?(?:学生|生源)|本区(?:学生|生源)|所在县(?:（区）|区)?(?:学生|生源))优先"
                             r"|优先(?:招收|录取|满足)?(?:本地生源|本县(?:（区）)?(?:学生|生源)|本区(?:学生|生源)|所在县(?:（区）|区)?(?:学生|生源))")

_NO_LOTTERY = text("PL303.not_by_lottery")


class OversubscriptionNotByLottery(Check):
    """民办学校报名超额时不以电脑随机方式录取

    ## 检查内容
    招生安排中民办学校写了报名人数超过招生计划时的录取办法（“超额”“超额录取”“报名超额”“超计划”），
    而它不是电脑随机录取：如“面试择优”“按报名先后”“按户籍优先”“综合评价”。写“电脑随机录取”“电脑派位”
    “随机派位”“摇号”等的不报告；随机之外又加了择优、先后或户籍优先的（如“摇号后面试择优”）仍报告。

    ## 为何重要
    2019 年中共中央、国务院的意见规定：“民办义务教育学校招生纳入审批地统一管理，与公办学校同步招生；对报名
    人数超过招生计划的，实行电脑随机录取。”这句话的主语是民办义务教育学校。择优、先到先得或户籍优先都会把
    随迁子女排在后面，随机录取才对每个报名的孩子一视同仁。

    ## 示例
    ```rules
    招生安排 {
        民办 {
            超额: 面试择优
        }
    }
    ```

    ## 改为
    ```rules
    招生安排 {
        民办 {
            超额: 电脑随机录取
        }
    }
    ```

    ## 修改方法
    把超额录取办法改为“电脑随机录取”（或电脑派位、摇号）。

    ## 未建模
    公办学校不在此检查：意见的电脑随机录取只针对民办学校，公办学校免试就近入学，学位不足时按公布的顺位
    （如居住年限、积分）录取是合法的；公办学校按户籍优先等区别对待留给审核人员（PL304 只读随迁子女报名、摇号两项）。
    2022 年起教基厅〔2022〕1号要求民办学校优先满足所在县（区）学生入学需求（规则集参数
    private_local_priority，原文待核实）：规则集有此参数时，“本地生源优先”“本县学生优先”不报告，户籍优先仍报告。只看写出来的“超额”一项：没有写超额录取办法的不报告。“公开抽签”等人工随机方式也会报告，因为它不是
    电脑随机录取；如当地认可，请审核人员判断。文字中含“不得”“严禁”等否定词时，其中的择优、面试等字样视为
    否定的内容，只看是否写了随机录取。政策性照顾对象（如军人子女）优先不报告，留给审核人员。

    ## What it checks
    A private schedule gives a rule for when applicants exceed places (超额, 超额录取, 报名超额,
    超计划) that is not a computer lottery: 面试择优, 按报名先后, 按户籍优先, 综合评价. 电脑随机录取, 电脑派位,
    随机派位, 摇号 and the like are not reported; a lottery with merit, order of arrival or hukou
    priority added (摇号后面试择优) still is.

    ## Why it matters
    The 2019 opinion of the CPC Central Committee and the State Council: private compulsory schools
    enrol in step with public schools, and "where applicants exceed the enrolment plan, admit by computer
    lottery" (对报名人数超过招生计划的，实行电脑随机录取); the sentence's subject is 民办义务教育学校. Merit, first
    come first served or hukou priority put migrant children last; only a lottery treats every applicant
    alike.

    ## How to fix
    Make the oversubscription rule 电脑随机录取 (or 电脑派位, 摇号).

    ## Not modelled
    Public schools are not checked here: the opinion's lottery covers private schools only, and an
    oversubscribed public school lawfully admits by a published order (years of residence, points);
    hukou priority at a public school is left to the reviewer (PL304 reads only the two migrant-children
    fields). From 2022, 教基厅〔2022〕1号 requires private schools to serve their own county's children first
    (the ruleset parameter private_local_priority, wording to be verified): where the ruleset sets it,
    本地生源优先 or 本县学生优先 is not reported; hukou priority still is. Only a written oversubscription rule is read; a schedule without one is not reported. A manual draw
    (公开抽签) is reported, as it is not a computer lottery; whether it is acceptable locally is the
    reviewer's call. When a clause holds a negation (不得, 严禁, …), merit words in that clause are taken as negated
    and only the presence of a lottery counts. Priority for policy groups (e.g. soldiers' children) is not
    reported and is left to the reviewer.
    """

    code = "PL303"
    name = "oversubscription-not-by-lottery"
    title_en = "Private-school oversubscription not settled by computer lottery"
    parameters = ("oversubscription_lottery",)
    message = (
        "{kind}学校报名人数超过招生计划时的录取办法为「{value}」{why}。",
        "When applicants exceed places, the {kind} schools admit by '{value}'{why}.",
    )
    fix = (
        "把「{value}」改为“电脑随机录取”。",
        "Replace '{value}' with 电脑随机录取 (admission by computer lottery).",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for schedule in rules.schedules:
            if schedule.kind is not SchoolKind.private:
                continue  # the lottery sentence has 民办义务教育学校 as its subject; public schools may admit by order
            rule = schedule.oversubscription
            if rule is None or re.fullmatch(r"\s*(?:无|暂无|不涉及)?\s*", fold_text(rule.value)):
                continue
            value = fold_text(rule.value)
            if ruleset.get("private_local_priority") is not None:
                # from 2022 the county's own pupils come first at a private school: required, not a fault
                value = _LOCAL_PRIORITY.sub("", value)
            why = _why_not_lottery(value)
            if why is not None:
                yield self.finding(rules, ruleset, rule.span, kind=KIND[schedule.kind], value=rule.value, why=why)


def _why_not_lottery(value: str) -> LocalText | None:
    """Why ``value`` is not a computer lottery, or ``None`` if it is one."""
    if not _LOTTERY.search(value):
        return _NO_LOTTERY
    for clause in re.split(r"[，,；;。]", value):
        if _NEGATION.search(clause):
            continue  # 不得以面试、测评等方式选拔: the merit words in this clause are negated
        other = _NOT_RANDOM.search(clause)
        if other:
            return text("PL303.not_random", words=other.group())
    return None
