from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import EMPTY, text
from ._common import ConsistencyCheck, leaders, prevailing_text, shown


class DurationConditionInconsistentInCity(ConsistencyCheck):
    """时长条件与全市通行要求不一致

    ## 检查内容
    把全市各县（市、区）实施细则中的四项时长条件——居住证持有时长、居住时长、社保缴纳时长、就业时长——逐项
    比较：某县写的时长与全市通行值（写明该项的县中最多县相同的取值）相差超过规则集允许的月数（山西省为
    0 个月，即不同就提示），报告落在该县写时长的位置，写明该县的原文与折算后的月数、全市通行值以及哪些县
    与之相同。只写条件、不写时长（如“持有有效居住证”）计为“无时长要求”。

    ## 为何重要
    山西省教育厅要求“同一城市内各区县有关政策规定应保持大体一致”。同一个市里，有的县要求持证满一年、
    有的县只要求持有居住证，随迁家庭在市内换一个县就要重新满足不同的门槛；市级审核时应逐县核实差异是否
    有正当理由。

    ## 示例
    ```rules
    # 城区
    入学条件 {
        居住证: 持有有效居住证
    }
    ```
    ```rules
    # 阳城县
    入学条件 {
        居住证: 持有阳城县居住证
    }
    ```
    ```rules
    # 陵川县
    入学条件 {
        居住证: 持有有效居住证
    }
    ```
    ```rules
    # 泽州县
    入学条件 {
        居住证: 在泽州县持证满半年
    }
    ```

    ## 改为
    ```rules
    # 城区
    入学条件 {
        居住证: 持有有效居住证
    }
    ```
    ```rules
    # 阳城县
    入学条件 {
        居住证: 持有阳城县居住证
    }
    ```
    ```rules
    # 陵川县
    入学条件 {
        居住证: 持有有效居住证
    }
    ```
    ```rules
    # 泽州县
    入学条件 {
        居住证: 持有泽州县居住证
    }
    ```

    ## 修改方法
    与该县核实差异是否有意为之：严于全市的，如无特殊理由，改为与全市通行要求一致；宽于全市的，无须为求
    一致而收紧，在审核意见中说明即可。

    ## 未建模
    写明该项的县（市、区）少于 3 个时不比较（两个县之间谈不上“通行”）；没写某项条件的县不计入该项，
    不视为“无时长要求”，因此只有一两个县设社保年限时不会报告（是否高于上限由 PL101–PL104 检查）。
    通行值按完全相同的取值计数；两种取值并列最多时，都作为通行值，只有与每一种都相差超过允许范围的县才
    报告，全市意见各半时不认定离群县。同一县的同一条件写了两次时只比较第一处；条件属于“之一”还是
    “同时具备”不影响比较。差异是否有正当理由（如城区学位紧张）留给审核人员判断。

    ## What it checks
    Across the counties of one city, each of the four duration conditions — residence-permit holding
    time, residence time, social-insurance time, employment time — is compared: a county whose duration
    differs from the city's prevailing value (the value most of the counties stating it share) by more
    than the ruleset's tolerance (0 months in Shanxi: any difference) is reported at its duration, with
    its wording and its value in months, the prevailing value and the counties that share it. A condition
    written without a duration (持有有效居住证) counts as no duration required.

    ## Why it matters
    Shanxi requires the policies of the counties within one city to be broadly consistent (同一城市内
    各区县有关政策规定应保持大体一致). When one county wants a permit held for a year and the next only a
    permit, a migrant family moving within the city meets a different threshold; the city's review should
    confirm each difference has a reason.

    ## How to fix
    Ask the county whether the difference is intended: a stricter condition should, without a particular
    reason, be brought into line with the city; a more lenient one need not be tightened for the sake of
    uniformity — note it in the review.

    ## Not modelled
    A condition stated by fewer than 3 county units is not compared (two counties have no prevailing
    value); a county that does not state a condition is left out of that comparison rather than counted as
    requiring nothing, so social-insurance time required by one or two counties is not reported here (the
    ceilings are PL101–PL104's). The prevailing value counts identical values; when two values tie for
    most counties both are prevailing, and a county is reported only when it is outside the tolerance of
    every one of them — an evenly split city has no outlier. Only a condition's first statement in a file
    is compared, whether it sits in an any-one-of or an all-of group. Whether a difference is justified
    (scarce places in the central district, say) is the reviewer's call.
    """

    code = "PL401"
    name = "duration-condition-inconsistent-in-city"
    title_en = "Duration condition inconsistent within the city"
    parameters = ("city_consistency", "consistency_months_tolerance")
    rows = ("residence_permit", "residence", "social_insurance", "employment")
    tolerance_parameter = "consistency_months_tolerance"
    message = (
        "「{county}」{label}为{value}（“{raw}”），全市通行为{prevailing}{beyond}。",
        "{county}'s {label} is {value} ('{raw}'); the city's prevailing value is {prevailing}{beyond}.",
    )
    fix = (
        "与「{county}」核实{label}的差异：{advice}。",
        "Ask {county} about its {label}: {advice}.",
    )

    def run_city(self, city) -> Iterator[Finding]:
        tolerance = self.tolerance(city)
        for row in self.compared_rows(city):
            prevailing = prevailing_text(row, leaders(row))
            for outlier in self.outliers(row, tolerance):
                cell, nearest = outlier.cell, outlier.nearest
                target = prevailing_text(row, [nearest], with_units=False)
                if cell.value > nearest.value and not nearest.value:
                    advice = text("PL401.drop_duration")
                elif cell.value > nearest.value:
                    advice = text("PL401.into_line", target=target)
                else:
                    advice = text("checks.consistency.more_lenient")
                beyond = EMPTY
                if tolerance:
                    beyond = text("PL401.beyond_tolerance", gap=outlier.gap, tolerance=tolerance)
                yield self.city_finding(
                    city, self.unit_path(city, outlier.unit), cell.span,
                    county=outlier.unit, label=row.label,
                    value=shown(row, cell.value, cell.shown), raw=cell.raw,
                    prevailing=prevailing, beyond=beyond, advice=advice,
                )
