from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...plan_models import METRIC_BY_ID, Plan, percent_text
from ...ruleset import ResolvedRuleset
from .. import PlanCheck
from ._common import TARGET_PARAMS, against_city, region, target_text


def _points(value: Decimal) -> str:
    """A gap in percentage points, to one decimal at most: 5, 9.9."""
    return format(value.quantize(Decimal("0.1")).normalize(), "f")


class TargetBelowRequired(PlanCheck):
    """工作方案目标低于上级要求

    ## 检查内容
    台州：工作方案为某项指标设定的某年目标，低于市里同一年的目标（如方案「2023年 { 公办就读比例: 85% }」，
    市定 2023 年 90%）。以人数写的目标（「公办就读: 16800」）按随迁子女总数折算为比例后比较。
    山西重点督促县：方案的公办学校就读比例目标不高于方案自己的现状（由「现状」的人数算出，没有人数时取
    写明的比例）；已达 100% 的县定 100% 的目标不报告（无从再提高）。

    ## 为何重要
    台州要求至 2022 年全市随迁子女在公办学校就读比例达到 80%、至 2023 年达到 90%，其余指标同理；某县定
    得更低，全市目标就无法实现。山西要求“提高随迁子女在公办学校就读比例”；不高于现状的目标没有提高。

    ## 示例
    ```plan
    目标 {
        2022年 {
            公办就读比例: 80%
        }
        2023年 {
            公办就读比例: 85%
        }
    }
    ```

    ## 改为
    ```plan
    目标 {
        2022年 {
            公办就读比例: 80%
        }
        2023年 {
            公办就读比例: 90%
        }
    }
    ```

    ## 修改方法
    把该年目标提高到不低于市定目标（山西：高于现状），并相应增加学位措施（见 PL805）。

    ## 未建模
    只比较同一年份：方案某年的目标低于市里更早年份的目标（如 2024 年 85%，而市定 2023 年 90%）不在此
    报告（2023 年目标缺失由 PL801 报告）。无法折算为比例的人数目标不比较。

    ## What it checks
    Taizhou: a plan's target for a metric and year is below the city's for the same year (the plan's
    2023 public-school share 85% against the city's 90%). Count targets are turned into shares first.
    Shanxi key counties: the public-school share target is no higher than the plan's own current share
    (recomputed from its counts, else as stated); a 100% target of a county already at 100% is not reported
    (there is nothing higher).

    ## Why it matters
    Taizhou's targets are citywide (80% in public schools by 2022, 90% by 2023 …); a county aiming lower
    keeps the city from reaching them. Shanxi requires the share to rise; a target at or below the
    current share does not raise it.

    ## How to fix
    Raise the target to the city's (Shanxi: above the current share), and add the places to reach it
    (see PL805).

    ## Not modelled
    Only the same year is compared: a later target below an earlier city target is not reported here
    (the missing target for the city's year is PL801's). Count targets that cannot be turned into a
    share are not compared.
    """

    code = "PL802"
    name = "plan-target-below-required"
    title_en = "Work-plan target below what is required"
    parameters = (*TARGET_PARAMS, "plan_public_share_rising")
    message = (
        "「{key}」{year} 年目标为 {value}，{comparison}。",
        "The {year} target '{key}' is {value}, {comparison}.",
    )
    fix = ("{remedy}。", "{remedy}.")

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for item in against_city(plan, ruleset):
            if item.status != "below" or item.target is None:
                continue
            target = item.target
            share = plan.target_percent(target)
            required = percent_text(item.required)
            place = region(item.param)
            gap = _points(item.required - share)
            yield self.finding(
                plan, ruleset, target.span, parameter=item.metric.target_param, key=target.key, year=target.year,
                value=target_text(plan, target),
                comparison=text("PL802.below_required_one" if gap == "1" else "PL802.below_required",
                                place=place, required=required, gap=gap),
                remedy=text("PL802.raise_remedy", year=target.year, key=target.key, required=required),
            )
        rising = ruleset.get("plan_public_share_rising")
        if rising is None or not rising.value:
            return
        now = plan.current_share(METRIC_BY_ID["public_share"])
        if now is None:
            return
        current, how = now
        shown = percent_text(current)
        source = text("PL802.from_counts") if how == "counts" else \
            text("PL802.as_stated")
        for target in plan.targets_for("public_share"):
            share = plan.target_percent(target)
            if share is None or share > current or share >= 100:  # at 100% already: nothing above to aim for
                continue
            yield self.finding(
                plan, ruleset, target.span, parameter="plan_public_share_rising", key=target.key, year=target.year,
                value=target_text(plan, target),
                comparison=text("PL802.not_above_current", shown=shown, source=source),
                remedy=text("PL802.above_current_remedy", shown=shown),
            )
