from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import EMPTY, text
from ...plan_models import METRIC_BY_ID, Plan, percent_text
from ...ruleset import ResolvedRuleset
from .. import PlanCheck
from ._common import TARGET_PARAMS, against_city, metric_name, region, targets_span


class TargetMissing(PlanCheck):
    """工作方案缺少上级要求的目标

    ## 检查内容
    台州：市里为某项指标定了某年的目标（如“至 2023 年，全市随迁子女在公办学校就读比例达到 90%”），
    而工作方案没有为该指标设定该年（或更早）的目标。方案若在该年写了更低的目标，由 PL802 报告；若只在
    更晚的年份达到，由 PL803 报告。行动计划期限（2021—2023 年）之后的市定目标（2025 年标准化率 100%），
    只在方案的「期限」覆盖该年时要求。
    山西重点督促县：工作方案没有设定任何年份的公办学校就读比例目标。

    ## 为何重要
    台州要求“各地制定工作方案”实现全市目标：公办学校就读比例 2022 年 80%、2023 年 90%，随迁子女学校
    标准化率 2023 年 90%，发展共同体、支教支管全覆盖，教师持证率 100%，阳光厨房、智安学校 2022 年 100%。
    山西要求“提高随迁子女在公办学校就读比例”。没有目标的方案，考核和督导就无从比较。

    ## 示例
    ```plan
    目标 {
        2023年 {
            公办就读比例: 90%
        }
    }
    ```

    ## 改为
    ```plan
    目标 {
        2022年 {
            公办就读比例: 80%
            阳光厨房: 100%
            智安学校: 100%
        }
        2023年 {
            公办就读比例: 90%
            标准化率: 90%
            发展共同体: 全覆盖
            支教支管: 全覆盖
            持证率: 100%
        }
    }
    ```

    ## 修改方法
    在「目标」中按年份写明缺少的目标，数值不低于市定目标，例如「2022年 { 公办就读比例: 80% }」。

    ## 未建模
    以人数写的目标（如「公办就读: 16800」）按随迁子女总数折算为比例；无法折算的视为已设定。市定目标是
    全市比例，方案按不低于全市目标要求，不考虑各县情况差异。

    ## What it checks
    Taizhou: the city sets a target for a metric and year (public-school share 90% by 2023 …) and the
    county plan sets none for that metric by that year. A lower target that same year is PL802's; one
    reached only later is PL803's. Targets after the action plan's period (2021—2023), such as 100%
    standardised schools by 2025, are required only when the plan's 期限 reaches that year.
    Shanxi key counties: the plan sets no public-school share target at all.

    ## Why it matters
    Taizhou asks every county for a work plan meeting the city's targets; Shanxi asks key counties to
    raise the share of migrant pupils in public schools. A plan without the target cannot be assessed.

    ## How to fix
    Add the missing target under its year in 目标, no lower than the city's.

    ## Not modelled
    A target written as a count is turned into a share with the migrant total; one that cannot be is
    taken as set. The city's targets are citywide shares and are required of every county alike.
    """

    code = "PL801"
    name = "plan-target-missing"
    title_en = "Work plan lacks a required target"
    parameters = (*TARGET_PARAMS, "plan_public_share_rising")
    message = (
        "方案没有设定{metric}{when}的目标；{required}。",
        "The plan sets no target for the {metric}{when}; {required}.",
    )
    fix = (
        "在「目标」中写明{example}。",
        "Add {example} to 目标.",
    )

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        span = targets_span(plan)
        for item in against_city(plan, ruleset):
            if item.status != "missing" or not item.in_window:
                continue
            value = percent_text(item.required)
            place = region(item.param)
            yield self.finding(
                plan, ruleset, span, parameter=item.metric.target_param, metric=metric_name(item.metric),
                when=text("PL801.by_year", year=item.year),
                required=text("PL801.required_by_year", place=place, year=item.year, value=value),
                example=f"「{item.year}年 {{ {item.metric.key}: {value} }}」",
            )
        rising = ruleset.get("plan_public_share_rising")
        if rising is not None and rising.value and not plan.targets_for("public_share"):
            metric = METRIC_BY_ID["public_share"]
            now = plan.current_share(metric)
            shown = text("PL801.now", now=percent_text(now[0])) if now else EMPTY
            yield self.finding(
                plan, ruleset, span, parameter="plan_public_share_rising", metric=metric_name(metric),
                when="",
                required=text("PL801.must_raise", shown=shown),
                example=f"「{(plan.period.end if plan.period else 2022)}年 {{ {metric.key}: …% }}」",
            )
