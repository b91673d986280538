from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...plan_models import METRIC_BY_ID, Plan, city_targets, percent_text
from ...ruleset import ResolvedRuleset
from .. import PlanCheck
from ._common import region, target_text

METRIC = METRIC_BY_ID["eligible_public_share"]


class EligibleChildrenNotAllPublic(PlanCheck):
    """工作方案中符合条件的随迁子女未全部就读公办学校

    ## 检查内容
    台州：市里要求“至 2023 年，全市随迁子女在公办学校就读比例达到 90%，其中符合条件的随迁子女全部就读
    公办学校”。工作方案为那一年写的符合条件的随迁子女在公办学校就读的目标低于 100%——比例（「符合条件公办
    就读比例: 95%」），或人数少于同年符合条件的随迁子女（「符合条件公办就读: 15000」而「符合条件随迁子女:
    15400」；没有写同年人数的，取更早年份或「现状」的人数）——报告在该目标上；只在更晚的年份才达到全部
    的，报告在那个更晚的目标上。更早年份的目标（2022 年 95%）不要求达到 100%。方案某年把全部随迁子女的
    公办就读比例定为 100%（“全部”“全覆盖”）的，符合条件的当然也全部就读公办学校，不报告。

    ## 为何重要
    “其中符合条件的随迁子女全部就读公办学校”是台州三年行动计划到 2023 年的目标之一：比 90% 的全市比例
    更严——符合入学条件的孩子一个也不留在公办学校之外。全市全部，每个县也就全部，故这一目标不是由全市比例
    推出的下限，而是各县的目标本身。

    ## 示例
    ```plan
    目标 {
        2023年 {
            公办就读比例: 90%
            符合条件随迁子女: 15400
            符合条件公办就读: 15000
        }
    }
    ```

    ## 改为
    ```plan
    目标 {
        2023年 {
            公办就读比例: 90%
            符合条件随迁子女: 15400
            符合条件公办就读: 15400
        }
    }
    ```

    ## 修改方法
    把该年符合条件的随迁子女在公办学校就读的目标定为全部（100%，或与符合条件的人数相同），并安排足够的
    公办（含购买）学位（见 PL805）。

    ## 未建模
    工作方案没有写符合条件的随迁子女的人数或比例（只写全部随迁子女的公办就读比例）时，无法核对，不报告，
    留给审核人员；“符合条件”的认定（入学条件本身）由实施细则的检查负责。购买学位按山西附件1的口径算作在
    公办学校就读（推定）。人数目标没有可除的符合条件人数时不比较。

    ## What it checks
    Taizhou: the city requires "by 2023, 90% of the city's migrant pupils in public schools, and among them
    every eligible migrant child in a public school". A plan's target for that year for eligible migrant
    pupils in public schools is below 100%: a share (符合条件公办就读比例: 95%), or a count below the same
    year's eligible pupils (符合条件公办就读: 15000 against 符合条件随迁子女: 15400; without that year's count,
    an earlier year's or 现状's) — reported at that target; reached only in a later year — reported at that
    later target. Earlier years (95% in 2022) need not reach 100%. A plan setting the share of all migrant
    pupils in public schools at 100% for the year (全部, 全覆盖) has every eligible one there too: silent.

    ## Why it matters
    "Every eligible migrant child in a public school" is one of the Taizhou three-year plan's 2023 targets,
    stricter than the 90% share: no child meeting the admission conditions is left outside the public
    schools. All in the city means all in each county, so this is each county's own target, not a floor
    inferred from a city-wide share.

    ## How to fix
    Set that year's target for eligible pupils in public schools at all of them (100%, or the same count as
    the eligible pupils), and plan enough public (or bought) places for it (see PL805).

    ## Not modelled
    A plan that states neither the count nor the share of eligible pupils (only the share of all migrant
    pupils) cannot be checked and is left to the reviewer; who is eligible (the admission conditions
    themselves) is the rules checks' business. Bought places count as public, as in Shanxi's annex 1
    (derived). A count target with no eligible count to divide by is not compared.
    """

    code = "PL807"
    name = "plan-eligible-children-not-all-public"
    title_en = "Work plan leaves eligible migrant children outside public schools"
    parameters = ("plan_eligible_public_targets",)
    message = (
        "「{key}」{year} 年目标为 {value}，{comparison}。",
        "The {year} target '{key}' is {value}, {comparison}.",
    )
    fix = ("{remedy}", "{remedy}")

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        param = ruleset.get(METRIC.target_param)
        place = region(param)
        mine = [(t, plan.target_percent(t)) for t in plan.targets_for(METRIC.id)]
        for year, required in sorted(city_targets(ruleset, METRIC).items()):
            if any(t.year <= year and s is not None and s >= required for t, s in mine):
                continue
            if any(t.year <= year and t.value >= 100 for t in plan.targets_for("public_share") if t.percent):
                continue  # every migrant pupil in a public school: the eligible ones too
            that_year = [(t, s) for t, s in mine if t.year == year and s is not None]
            later = [(t, s) for t, s in mine if t.year > year and s is not None and s >= required]
            if that_year:
                target, share = that_year[-1]
                comparison = text("PL807.below", place=place, year=year, shown=percent_text(share, 1)
                                  if not target.percent else target.raw.strip())
            elif later:
                target, share = later[0]
                comparison = text("PL807.later", place=place, year=year)
            else:
                continue  # nothing about eligible pupils by then: not checkable (Not modelled)
            yield self.finding(plan, ruleset, target.span, key=target.key, year=target.year,
                               value=target_text(plan, target), comparison=comparison,
                               remedy=text("PL807.remedy", year=year, key=target.key))
