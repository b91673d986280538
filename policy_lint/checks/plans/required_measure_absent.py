from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import EMPTY, LocalText, text
from ...models import Span
from ...plan_models import Measure, Plan
from ...ruleset import ResolvedRuleset
from .. import PlanCheck

#: 台州: parameter → (measure key, what is missing, example)
_TAIZHOU: dict[str, tuple[str, LocalText, str]] = {
    "plan_joint_meeting": (
        "联席会议",
        text("PL806.measure.joint_meeting"),
        "「联席会议: 建立县随迁子女义务教育工作联席会议制度，办公室设在县教育局」",
    ),
    "plan_development_community": (
        "发展共同体",
        text("PL806.measure.community"),
        "「发展共同体: 城区优质公办学校与全部随迁子女学校结对，建立发展共同体」",
    ),
    "plan_teaching_support": (
        "支教支管",
        text("PL806.measure.seconded"),
        "「支教支管: 每年选派公办学校管理人员和骨干教师到随迁子女学校支教支管」",
    ),
}

_GOVERNMENT = text("PL806.government")
_PUBLIC = text("PL806.public")


class RequiredMeasureAbsent(PlanCheck):
    """工作方案缺少必须的措施

    ## 检查内容
    台州：工作方案的「措施」中没有「联席会议」「发展共同体」或「支教支管」，或只写了“无”“暂不建立”之类
    不采取的话。
    山西重点督促县（落实“两为主”）：没有县级牵头统筹的措施（「联席会议」或「责任分工」，即“以流入地
    政府为主”），或没有新增公办学位的措施（「新建学校」或「改扩建」，即“以公办学校为主”；只购买民办
    学校学位不算）。每缺一项报告一次。

    ## 为何重要
    台州要求“各县（市、区）要建立相应的工作联席会议制度”，推进优质公办学校与随迁子女学校“建立发展
    共同体”，并“建立公办教师支教制度”、2023 年起支教支管全覆盖。山西要求重点县“‘一县一案’完善工作
    方案，落实‘两为主’要求”，即“以流入地政府为主、以公办学校为主”：县政府牵头，随迁子女主要在公办
    学校就读。

    ## 示例
    ```plan
    措施 {
        联席会议: 暂不建立，由县教育局协调
        发展共同体: 城区6所优质公办学校与随迁子女学校结对
    }
    ```

    ## 改为
    ```plan
    措施 {
        联席会议: 建立县随迁子女义务教育工作联席会议制度，办公室设在县教育局
        发展共同体: 城区6所优质公办学校与随迁子女学校结对
        支教支管: 每年选派公办学校骨干教师到随迁子女学校支教支管
    }
    ```

    ## 修改方法
    在「措施」中写明缺少的措施，说明由谁负责、覆盖哪些学校。

    ## 未建模
    只看措施是否写明，不评价措施是否充分；“两为主”只要求写出一项牵头统筹措施和一项新增公办学位措施，
    学位够不够由 PL805 计算。

    ## What it checks
    Taizhou: the plan's 措施 lacks 联席会议 (a county joint meeting), 发展共同体 (development communities)
    or 支教支管 (teacher secondment), or only says it is not taken (无, 暂不建立 …).
    Shanxi key counties (the "two mains"): no county-level coordination (联席会议 or 责任分工: the
    receiving government takes the lead) or no new public places (新建学校 or 改扩建: public schools take
    the lead; purchased private places alone do not count). Each missing measure is reported once.

    ## Why it matters
    Taizhou requires each county to set up a joint meeting, development communities and a secondment
    system covering every migrant-children school from 2023. Shanxi requires each key county's plan to
    carry out the "two mains": the receiving government leads, and migrant pupils study mainly in
    public schools.

    ## How to fix
    Add the missing measure to 措施, saying who is responsible and which schools it covers.

    ## Not modelled
    Only whether the measure is stated, not whether it is enough; whether the places suffice is PL805's.
    """

    code = "PL806"
    name = "plan-required-measure-absent"
    title_en = "Work plan lacks a required measure"
    parameters = ("plan_joint_meeting", "plan_development_community", "plan_teaching_support", "plan_two_mains")
    message = (
        "方案的「措施」中没有{what}{detail}。",
        "The plan's measures lack {what}{detail}.",
    )
    fix = ("在「措施」中写明{example}。", "Add {example} to 措施.")

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        where = plan.measures_span or plan.start_span()
        for parameter, (key, what, example) in _TAIZHOU.items():
            param = ruleset.get(parameter)
            if param is None or not param.value:
                continue
            measure = plan.measure(key)
            if measure is not None and measure.taken:
                continue
            yield self._finding(plan, ruleset, where, parameter, what, example, measure)
        two_mains = ruleset.get("plan_two_mains")
        if two_mains is None or not two_mains.value:
            return
        leads = [m for m in (plan.measure("联席会议"), plan.measure("责任分工")) if m is not None]
        if not any(m.taken for m in leads):
            yield self._finding(plan, ruleset, where, "plan_two_mains", _GOVERNMENT,
                                "「责任分工: 县政府统筹，县教育局牵头，发改、财政、自然资源等部门分工负责」",
                                leads[0] if leads else None)
        if not any(p.kind in ("new_school", "expansion") and p.places.value > 0 for p in plan.places):
            yield self._finding(plan, ruleset, where, "plan_two_mains", _PUBLIC,
                                "「新建学校 { 名称: …  学位: …  年份: … }」或「改扩建 { … }」", None)

    def _finding(self, plan: Plan, ruleset: ResolvedRuleset, where: Span, parameter: str, what: LocalText,
                 example: str, declined: Measure | None) -> Finding:
        if declined is not None:
            detail = text("PL806.declined", key=declined.key, value=declined.text)
            where = declined.span
        else:
            detail = EMPTY
        return self.finding(plan, ruleset, where, parameter=parameter, what=what, detail=detail, example=example)
