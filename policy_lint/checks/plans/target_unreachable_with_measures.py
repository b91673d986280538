from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import LocalText, joined, text
from ...plan_models import Plan, ceil_share, percent_text
from ...ruleset import ResolvedRuleset
from .. import PlanCheck

#: the measures that add places, each named by the catalogue's PL805.kind.<kind>
_KINDS = ("new_school", "expansion", "purchase")


class TargetUnreachableWithMeasures(PlanCheck):
    """工作方案所列学位措施达不到目标

    ## 检查内容
    对方案的每个公办学校就读比例目标做加减法：需要的公办（含购买）学位 = ⌈目标比例 × 随迁子女总数⌉
    （以人数写的目标即为该人数），减去「现状」的公办就读人数，得到须新增的学位；再与「措施」中到该年为止
    新增的学位相加比较——「新建学校」「改扩建」（年份不晚于目标年份）与「购买学位」（写了年份的同样按
    年份，没写年份的从方案开始即计入）。新增学位少于须新增的学位即报告，信息中列出全部算式。
    随迁子女总数取方案为该年（或更早年份）写明的「预计随迁子女」，没有预测时按现状人数不变计算。

    ## 为何重要
    台州要求“各地制定工作方案，完善校网布局规划，大幅增加随迁子女义务教育公办学位供给”；山西要求
    “扩大学位供给，满足当地户籍适龄儿童和随迁子女入学需求，确保‘应入尽入’”。学位不够，比例目标只是
    一句话。

    ## 示例
    ```plan
    现状 {
        随迁子女: 15420
        公办就读: 9870
    }
    目标 {
        2023年 {
            公办就读比例: 90%
        }
    }
    措施 {
        新建学校 {
            名称: 临海市东城实验学校
            学位: 1200
            年份: 2022
        }
    }
    ```

    ## 改为
    ```plan
    现状 {
        随迁子女: 15420
        公办就读: 9870
    }
    目标 {
        2023年 {
            公办就读比例: 90%
        }
    }
    措施 {
        购买学位: 1500
        新建学校 {
            名称: 临海市东城实验学校
            学位: 2160
            年份: 2022
        }
        新建学校 {
            名称: 临海市古城小学
            学位: 1080
            年份: 2023
        }
    }
    ```

    ## 修改方法
    增加新建、改扩建或购买学位的措施，写明为该年预计的随迁子女人数（「预计随迁子女」），或调整目标。

    ## 未建模
    新增学位全部计为随迁子女的学位（实际上还要招收户籍学生），所以报告的缺口是最小缺口；学位的学段
    （小学、初中）和地段不区分。现状或目标年份缺少随迁子女或公办就读人数的不检查。

    ## What it checks
    Plain arithmetic for each public-school share target: the places needed are ⌈target share × migrant
    pupils⌉ (or the count itself for a count target), minus those now in public schools (现状 公办就读);
    against that, the places the measures add by the target year: 新建学校 and 改扩建 opening that year
    or earlier, and 购买学位 (by its year if given, else from the plan's start). Fewer places added than
    needed is reported with the whole sum. The migrant total is the plan's projection for that year or
    an earlier one (预计随迁子女); without one, the current total is assumed to stay the same.

    ## Why it matters
    Taizhou asks each county for a plan that "greatly increases the supply of public places"; Shanxi asks
    for more places "so that every child who should enrol can". Without the places, a share target is
    only words.

    ## How to fix
    Add new schools, extensions or purchased places, state the projected migrant total for that year
    (预计随迁子女), or change the target.

    ## Not modelled
    Every new place is counted for migrant pupils (local children take some too), so the shortfall shown
    is the smallest possible. School levels and catchments are not distinguished. Plans without the
    migrant or public-school counts are not checked.
    """

    code = "PL805"
    name = "plan-target-unreachable-with-measures"
    title_en = "Work-plan target the listed places cannot reach"
    parameters = ("plan_places_reach_target",)
    message = (
        "「{key}」{year} 年目标 {value} 需要 {needed} 个公办（含购买）学位，比现状公办就读 {current} 人多 {gap} 个；"
        "方案所列措施到 {year} 年新增 {added}，还差 {short} 个。{assumption}。",
        "The {year} target '{key}' of {value} needs {needed} public (incl. purchased) places, {gap} more than the "
        "{current} now in public schools; the measures listed add {added} by {year}, {short} short. {assumption}.",
    )
    fix = (
        "到 {year} 年再增加至少 {short} 个学位（新建、改扩建或购买），或写明 {year} 年的「预计随迁子女」，或调整目标。",
        "Add at least {short} more places by {year} (new schools, extensions or purchases), state the projected "
        "migrant total for {year} (预计随迁子女), or change the target.",
    )

    def run_plan(self, plan: Plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if plan.current is None or plan.current.count("public") is None:
            return
        current = plan.current.count("public").value
        for target in plan.targets_for("public_share"):
            total = plan.migrant_total(target.year)
            if total is None:
                continue
            migrants, projected = total
            if target.percent:
                needed = ceil_share(target.value, migrants)
                needed_text = f"⌈{percent_text(target.value)} × {migrants}⌉ = {needed}"
            else:
                needed = int(target.value)
                needed_text = str(needed)
            gap = needed - current
            if gap <= 0:
                continue
            by_kind = {kind: sum(p.places.value for p in plan.places_by(target.year) if p.kind == kind)
                       for kind in _KINDS}
            added = sum(by_kind.values())
            if added >= gap:
                continue
            yield self.finding(
                plan, ruleset, target.span, key=target.key, year=target.year, value=target.raw.strip(),
                needed=needed_text, current=current, gap=gap, added=_added(by_kind, added), short=gap - added,
                assumption=_assumption(migrants, projected, target.year),
            )


def _added(by_kind: dict[str, int], total: int) -> LocalText:
    parts = [(by_kind[kind], text(f"PL805.kind.{kind}")) for kind in _KINDS if by_kind[kind]]
    if not parts:
        return text("PL805.no_places_measure")
    if len(parts) == 1:
        return text("PL805.places_one", count=parts[0][0], kind=parts[0][1])
    summed = joined((text("PL805.places_of_kind", count=n, kind=kind) for n, kind in parts), "plus")
    return text("PL805.places_sum", parts=summed, total=total)


def _assumption(migrants: int, projected: int | None, year: int) -> LocalText:
    if projected is None:
        return text("PL805.current_total", migrants=migrants, year=year)
    return text("PL805.projected_total", projected=projected, migrants=migrants)
