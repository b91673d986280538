from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import text
from ._common import ConsistencyCheck, leaders, prevailing_text, shown


class ScheduleDateInconsistentInCity(ConsistencyCheck):
    """招生日期与全市通行日期不一致

    ## 检查内容
    把全市各县（市、区）招生安排中公办、民办学校报名、摇号、录取的开始日期（共六项）逐项比较：某县的日期与
    全市通行日期（写明该项的县中最多县相同的日期）相差超过规则集允许的天数（山西省为 3 天），报告落在该县
    的日期上，写明环节、该县的日期和原文、全市通行日期、哪些县与之相同以及相差的天数。

    ## 为何重要
    山西省教育厅要求“同一城市内各区县有关政策规定应保持大体一致”。同一个市里各县报名、摇号、录取的时间
    错开太多，在县与县之间流动的随迁家庭容易错过报名，个别县提前报名、提前录取还会造成跨县“抢生源”。

    ## 示例
    ```rules
    # 城区
    招生安排 {
        公办 {
            报名: 2021年7月1日至7月10日
        }
    }
    ```
    ```rules
    # 泽州县
    招生安排 {
        公办 {
            报名: 2021年7月1日至7月10日
        }
    }
    ```
    ```rules
    # 高平市
    招生安排 {
        公办 {
            报名: 2021年7月2日至7月10日
        }
    }
    ```
    ```rules
    # 陵川县
    招生安排 {
        公办 {
            报名: 2021年7月5日至7月12日
        }
    }
    ```

    ## 改为
    ```rules
    # 城区
    招生安排 {
        公办 {
            报名: 2021年7月1日至7月10日
        }
    }
    ```
    ```rules
    # 泽州县
    招生安排 {
        公办 {
            报名: 2021年7月1日至7月10日
        }
    }
    ```
    ```rules
    # 高平市
    招生安排 {
        公办 {
            报名: 2021年7月2日至7月10日
        }
    }
    ```
    ```rules
    # 陵川县
    招生安排 {
        公办 {
            报名: 2021年7月4日至7月12日
        }
    }
    ```

    ## 修改方法
    与该县核实日期是否写错或另有安排；如无特殊理由，改为全市通行的日期，使全市各县同期报名、摇号、录取。

    ## 未建模
    写明该环节日期的县（市、区）少于 3 个时不比较；没写该环节的县不计入。只比较各环节的开始日期，不比较
    结束日期和持续天数。通行日期按完全相同的日期计数，不把相差一两天的日期合并为一组，因此日期分散时，
    通行日期可能只有两三个县相同；两个日期并列最多时都作为通行日期，只有与每一个都相差超过允许天数的县
    才报告，日期各不相同时不报告。同一县公办与民办之间是否同步由 PL301 检查。

    ## What it checks
    For the six schedule dates — the start of registration, lottery and admission for public and for
    private schools — each county's date is compared with the city's prevailing date (the date most of
    the counties stating it share). A date more than the ruleset's tolerance (3 days in Shanxi) away is
    reported at the county's date, naming the stage, the county's date as normalised and as written, the
    prevailing date, the counties sharing it and the number of days between.

    ## Why it matters
    Shanxi requires the policies of the counties within one city to be broadly consistent. When the
    counties of one city register, draw lots and admit at widely different times, migrant families moving
    between counties miss registration, and a county that registers or admits early draws pupils from
    its neighbours.

    ## How to fix
    Ask the county whether the date is a slip or a deliberate arrangement; without a particular reason,
    move it to the city's prevailing date so the whole city registers, draws lots and admits together.

    ## Not modelled
    Fewer than 3 county units stating a stage are not compared; a county not stating it is left out.
    Only the start of each stage is compared, not its end or length. The prevailing date counts identical
    dates and does not merge dates a day or two apart, so with scattered dates it may be shared by only
    two or three counties; when two dates tie for most counties both are prevailing and a county is
    reported only when it is beyond the tolerance of each, and all-different dates are not reported.
    Whether one county's private schools keep step with its public ones is PL301's concern.
    """

    code = "PL404"
    name = "schedule-date-inconsistent-in-city"
    title_en = "Schedule date inconsistent within the city"
    parameters = ("city_consistency", "consistency_days_tolerance")
    rows = ("public_registration", "public_lottery", "public_admission",
            "private_registration", "private_lottery", "private_admission")
    tolerance_parameter = "consistency_days_tolerance"
    message = (
        "「{county}」{stage}为{value}（“{raw}”），全市通行为{prevailing}，{relation} {gap} 天，超过允许的 {tolerance} 天。",
        "{county}: {stage} on {value} ('{raw}'); the city's prevailing date is {prevailing}, {gap} days "
        "{relation}, beyond the tolerance of {tolerance}.",
    )
    fix = (
        "与「{county}」核实{stage}日期；如无特殊安排，改为全市通行的{target}。",
        "Ask {county} about its date ({stage}); unless there is a particular arrangement, move it to {target}, "
        "the city's prevailing date.",
    )

    def run_city(self, city) -> Iterator[Finding]:
        tolerance = self.tolerance(city)
        for row in self.compared_rows(city):
            prevailing = prevailing_text(row, leaders(row))
            for outlier in self.outliers(row, tolerance):
                cell, nearest = outlier.cell, outlier.nearest
                earlier = cell.value < nearest.value
                relation = text("PL404.earlier" if earlier else "PL404.later")
                yield self.city_finding(
                    city, self.unit_path(city, outlier.unit), cell.span,
                    county=outlier.unit, stage=row.label, value=shown(row, cell.value, cell.shown), raw=cell.raw,
                    prevailing=prevailing, relation=relation, gap=outlier.gap, tolerance=tolerance,
                    target=prevailing_text(row, [nearest], with_units=False),
                )
