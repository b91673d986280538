from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...plan_models import Plan, percent_text
from ...ruleset import ResolvedRuleset
from .. import PlanCheck
from ._common import TARGET_PARAMS, against_city, region, target_text


class TargetDueLater(PlanCheck):
    """工作方案目标晚于上级要求的年份

    ## 检查内容
    台州：市里要求某项指标在某年达到某值，工作方案在该年及以前都没有达到该值的目标、该年也没有写目标，
    却在更晚的年份写了达到该值的目标（如市定“至 2023 年，全市随迁子女学校标准化率达到 90%”，方案写
    「2024年 { 标准化率: 90% }」）。报告位置为方案中那个更晚的年份。

    ## 为何重要
    台州的目标都有期限：公办学校就读比例 2022 年 80%、2023 年 90%，标准化率 2023 年 90%，阳光厨房、
    智安学校 2022 年 100%。推迟一年达到，等于当年没有完成全市目标，也无法通过年度考核。

    ## 示例
    ```plan
    目标 {
        2024年 {
            标准化率: 90%
        }
    }
    ```

    ## 改为
    ```plan
    目标 {
        2023年 {
            标准化率: 90%
        }
    }
    ```

    ## 修改方法
    把目标提前到市定年份，或在市定年份写明不低于市定值的目标。

    ## 未建模
    只看方案是否按年份写出目标，不判断推迟是否有正当理由。方案在市定年份写了较低目标的，由 PL802 报告。

    ## What it checks
    Taizhou: the city requires a value by a year; the plan reaches it only in a later year, with no
    target that year and none reaching it earlier (the city's 90% standardised schools by 2023; the
    plan's 90% by 2024). The finding points at the later year.

    ## Why it matters
    Taizhou's targets are dated (public-school share 80% by 2022 and 90% by 2023, standardised schools
    90% by 2023, smart kitchens and safe schools 100% by 2022). Reaching them a year late fails that
    year's citywide target and its annual assessment.

    ## How to fix
    Bring the target forward to the city's year, or add a target no lower than the city's for that year.

    ## Not modelled
    Whether a delay is justified is left to the reviewer. A lower target in the city's year is PL802's.
    """

    code = "PL803"
    name = "plan-target-due-later"
    title_en = "Work-plan target due later than required"
    parameters = TARGET_PARAMS
    message = (
        "「{key}」目标 {value} 定在 {year} 年，晚于{region}要求的 {city_year} 年（至 {city_year} 年达到 {required}）。",
        "The '{key}' target of {value} is due in {year}, later than {region}'s {city_year} ({required} by {city_year}).",
    )
    fix = (
        "把该目标提前到 {city_year} 年，或在「{city_year}年 {{ }}」中写明不低于 {required} 的目标。",
        "Bring the target forward to {city_year}, or set at least {required} under {city_year}年 {{ }}.",
    )

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for item in against_city(plan, ruleset):
            if item.status != "later" or item.target is None or not item.in_window:
                continue
            target = item.target
            yield self.finding(
                plan, ruleset, target.year_span, parameter=item.metric.target_param, key=target.key,
                value=target_text(plan, target), year=target.year, region=region(item.param),
                city_year=item.year, required=percent_text(item.required),
            )
