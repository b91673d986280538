from __future__ import annotations

from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...messages import text
from ...models import Rules, SchoolKind, Value
from ...ruleset import ResolvedRuleset
from .. import Check
from ._text import first_affirmed, part_span
from ... import lazy_re

# Wordings that let a private school enrol beyond its plan.  They need a permissive word or an
# enrolment verb, so that 报名人数超过招生计划 (applicants exceeding places) does not match.
_OVER_PLAN = lazy_re.compile(
    r"(?:可|可以|允许|适当|酌情)(?:适当)?超(?:出|过)?(?:核定)?(?:招生)?计划"
    r"|超计划(?:招生|录取|招收)"
    r"|突破(?:核定)?(?:招生)?计划"
    r"|(?:扩大|增加)(?:核定)?招生计划"
    r"|不受(?:核定)?(?:招生)?计划(?:数)?限制"
    r"|适当超(?:出|招)"
    r"|超招"
)


class PrivateOverPlanEnrolment(Check):
    """民办学校超计划招生

    ## 检查内容
    「民办学校」一节的「计划招生」人数超过「核定计划」（在「计划招生」处报告，写明两个数和超出人数）；
    或「招生范围」、「招生安排」中「民办」的「超额」写有允许超计划招生的措辞，如“可超计划招生”
    “适当超出”“突破核定计划”“扩大招生计划”“不受计划限制”“超计划录取”（在该措辞处报告）。

    不报告：计划招生等于或少于核定计划；缺少两个数之一；被否定的写法，如“不得超计划招生”
    “严禁突破核定计划”；“报名人数超过招生计划的，电脑随机录取”（这是报名超额，不是超计划招生）。

    ## 为何重要
    台政办发〔2021〕1号要求民办随迁子女学校“在核定的招生计划内……面向社会招生，严禁跨区域、超计划招生”。
    核定计划依办学条件核定，超计划招生会挤占校舍、师资，也打乱县（区）的学位统筹。

    ## 示例
    ```rules
    民办学校 {
        招生范围: 本区
        核定计划: 1200
        计划招生: 1350
    }
    ```

    ## 改为
    ```rules
    民办学校 {
        招生范围: 本区
        核定计划: 1200
        计划招生: 1200
    }
    ```

    ## 修改方法
    把计划招生人数降到核定计划以内，删去允许超计划招生的表述；确需扩大规模的，先按程序调整核定计划。

    ## 未建模
    只比较细则中写明的两个数，不核对核定计划是否与审批机关的核定一致，也不统计实际录取人数。
    措辞只认上面列出的几种。

    ## What it checks
    The 民办学校 section plans to enrol (计划招生) more than its approved plan (核定计划): reported at
    计划招生 with both numbers and the excess. Also wording that allows enrolment beyond the plan in
    招生范围 or in the 超额 entry of 招生安排's 民办 block: 可超计划招生, 适当超出, 突破核定计划,
    扩大招生计划, 不受计划限制, 超计划录取 (reported at the wording). Not reported: a plan at or below
    the approved one; a missing number; negated wording (不得超计划招生, 严禁突破核定计划); 报名人数超过
    招生计划 (applicants exceeding places, settled by lottery, is no over-plan enrolment).

    ## Why it matters
    台政办发〔2021〕1号 requires private schools for migrant children to enrol within their approved plan
    and forbids over-plan enrolment. The plan is set from the school's buildings and teachers;
    enrolling beyond it crowds both and upsets the county's planning of places.

    ## How to fix
    Bring the planned intake within the approved plan and drop wording that allows more; if the school
    must grow, have its approved plan revised first.

    ## Not modelled
    Only the two numbers written in the rules are compared: whether the approved plan matches the
    approving authority's, and how many children are actually admitted, is left to the reviewer.
    Only the wordings above are recognised.
    """

    code = "PL505"
    name = "private-over-plan-enrolment"
    title_en = "Private schools enrol over their approved plan"
    parameters = ("private_no_over_plan",)
    example_ruleset = "taizhou-2021"
    message = (
        "{found}；民办学校须在核定的招生计划内招生，严禁超计划招生。",
        "{found}; private schools must enrol within their approved plan and never beyond it.",
    )
    fix = (
        "{remedy}",
        "{remedy}",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        private = rules.private
        if private is not None and private.planned is not None and private.approved_plan is not None:
            planned, approved = private.planned.value, private.approved_plan.value
            if planned > approved:
                excess = planned - approved
                found = text("PL505.plan_exceeds", planned=planned, approved=approved, excess=excess)
                remedy = text("PL505.plan_exceeds_remedy", approved=approved)
                yield self.finding(rules, ruleset, private.planned.span, found=found, remedy=remedy)
        wordings: list[tuple[str, Value[str]]] = []
        if private is not None and private.region is not None:
            wordings.append(("招生范围", private.region))
        schedule = rules.schedule(SchoolKind.private)
        if schedule is not None and schedule.oversubscription is not None:
            wordings.append(("超额", schedule.oversubscription))
        for key, value in wordings:
            match = first_affirmed(_OVER_PLAN, fold_text(value.raw))
            if match is None:
                continue
            found = text("PL505.over_plan_allowed", key=key, raw=value.raw, words=match.group(0))
            remedy = text("PL505.over_plan_allowed_remedy", words=match.group(0))
            yield self.finding(rules, ruleset, part_span(value, match.start(), match.end()),
                               found=found, remedy=remedy)
