from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...plan_models import METRICS, Plan, percent_text
from ...ruleset import ResolvedRuleset
from .. import PlanCheck


class CurrentShareDisagreesWithCounts(PlanCheck):
    """工作方案现状比例与人数不符

    ## 检查内容
    工作方案「现状」中写明的比例，与同一节的人数重新计算的结果（按所写的小数位数四舍五入）不同：
    公办就读比例 = 公办就读 ÷ 随迁子女，标准化率 = 标准化学校 ÷ 随迁子女学校，持证率 = 持证教师 ÷ 教师。
    只写比例、未写人数的不检查。

    ## 为何重要
    现状是目标和措施的起点：比例写高了，所需新增学位就算少了。台州把“公办学校吸纳率”“随迁子女学校
    标准化达标率”纳入年度工作考核；山西要求随迁子女数据“与教育事业统计口径保持一致”。由人数算不出的
    比例，说明人数或比例之一填错。

    ## 示例
    ```plan
    现状 {
        随迁子女: 24860
        公办就读: 17320
        公办就读比例: 72.5%
    }
    ```

    ## 改为
    ```plan
    现状 {
        随迁子女: 24860
        公办就读: 17320
        公办就读比例: 69.7%
    }
    ```

    ## 修改方法
    核对人数后，把比例改为重新计算的数值，或更正人数。

    ## 未建模
    不核对人数本身是否与教育事业统计一致，只核对方案内的算术。

    ## What it checks
    A share stated in the plan's 现状 differs from the one its own counts give, rounded half-up to the
    decimals written: public-school share = 公办就读 ÷ 随迁子女, standardised = 标准化学校 ÷ 随迁子女学校,
    certified = 持证教师 ÷ 教师. A share without its counts is not checked.

    ## Why it matters
    The current figures are where targets and measures start: a share written too high understates the
    places needed. Taizhou assesses counties on these shares every year; Shanxi requires the figures to
    match the education statistics. A share its counts do not give means one of them is wrong.

    ## How to fix
    Check the counts, then correct the share to the recomputed figure, or correct the counts.

    ## Not modelled
    Whether the counts match the education statistics; only the plan's own arithmetic is checked.
    """

    code = "PL804"
    name = "plan-current-share-disagrees-with-counts"
    title_en = "Work-plan current share disagrees with its counts"
    parameters = ("plan_figures_consistent",)
    message = (
        "现状「{key}：{raw}」与人数不符：{count_key} {count} ÷ {total_key} {total} = {computed}。",
        "The current '{key}: {raw}' disagrees with the counts: {count_key} {count} ÷ {total_key} {total} = {computed}.",
    )
    fix = (
        "核对人数后，把「{key}」改为 {computed}，或更正人数。",
        "Check the counts, then correct '{key}' to {computed} or correct the counts.",
    )

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        current = plan.current
        if current is None:
            return
        for metric in METRICS:
            stated = current.shares.get(metric.id)
            if stated is None or metric.count is None or metric.total is None:
                continue
            computed = current.computed_share(metric, stated.places)
            if computed is None or computed == stated.value:
                continue
            yield self.finding(
                plan, ruleset, stated.span, key=current.key(metric.id), raw=stated.raw.strip(),
                count_key=current.key(metric.count), count=current.counts[metric.count].value,
                total_key=current.key(metric.total), total=current.counts[metric.total].value,
                computed=percent_text(computed, stated.places),
            )
