from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import text
from ._common import HOUSING_RANK, ConsistencyCheck, leaders, prevailing_text, shown


class HousingInconsistentInCity(ConsistencyCheck):
    """住所要求与全市通行要求不一致

    ## 检查内容
    把全市各县（市、区）入学条件中的住所要求归为三类——含租赁（写明认可租赁住房）、合法稳定住所（未写明
    是否含租赁）、仅自有房产——与全市通行的一类（写明住所条件的县中最多县相同的一类）比较，类别不同即报告，
    报告落在该县的住所条件上，写明该县的原文和类别、全市通行的类别以及哪些县与之相同。

    ## 为何重要
    山西省教育厅要求“同一城市内各区县有关政策规定应保持大体一致”。住所条件决定租房家庭能否入学：同一个
    市里一个县认可租赁住房、另一个县只认自有房产，或只写“合法稳定住所”而不说明是否含租赁，租房的随迁家庭
    在县与县之间得到的答复就不一样。

    ## 示例
    ```rules
    # 城区
    入学条件 {
        住所: 合法稳定住所（含租赁）
    }
    ```
    ```rules
    # 泽州县
    入学条件 {
        住所: 合法稳定住所（含租赁）
    }
    ```
    ```rules
    # 沁水县
    入学条件 {
        住所: 自有或租赁住房
    }
    ```
    ```rules
    # 陵川县
    入学条件 {
        住所: 在本县有自有住房
    }
    ```

    ## 改为
    ```rules
    # 城区
    入学条件 {
        住所: 合法稳定住所（含租赁）
    }
    ```
    ```rules
    # 泽州县
    入学条件 {
        住所: 合法稳定住所（含租赁）
    }
    ```
    ```rules
    # 沁水县
    入学条件 {
        住所: 自有或租赁住房
    }
    ```
    ```rules
    # 陵川县
    入学条件 {
        住所: 自有住房或租赁住房
    }
    ```

    ## 修改方法
    严于全市的（只认自有房产，或未写明是否含租赁），如无特殊理由，改为与全市通行要求一致，写明认可租赁
    住房；宽于全市的无须为求一致而收紧，在审核意见中说明即可。

    ## 未建模
    写明住所条件的县（市、区）少于 3 个时不比较；没写住所条件的县不计入。只比较三类，不比较措辞（“自有或
    租赁”与“含租赁”同属一类）；租赁合同是否须备案、住所是否须在本县等细节留给审核人员。两类并列最多时都
    作为通行类别，不报告属于其中任一类的县。只认自有房产本身是否违反基准由 PL105 检查。

    ## What it checks
    Each county's housing condition is put in one of three kinds — rental accepted (it says rented
    housing counts), lawful stable residence (合法稳定住所, silent about renting) and owned property only —
    and compared with the city's prevailing kind (the kind most of the counties stating housing share). A
    different kind is reported at the county's housing condition, with its wording and kind, the
    prevailing kind and the counties that share it.

    ## Why it matters
    Shanxi requires the policies of the counties within one city to be broadly consistent. The housing
    condition decides whether renting families can enrol: when one county accepts rented housing and the
    next only owned property, or says 合法稳定住所 without saying whether renting counts, a renting migrant
    family gets a different answer from county to county.

    ## How to fix
    A stricter condition (owned property only, or silence about renting) should, without a particular
    reason, be brought into line with the city and say that rented housing counts; a more lenient one need
    not be tightened for the sake of uniformity — note it in the review.

    ## Not modelled
    Fewer than 3 county units stating housing are not compared; a county stating none is left out. Only
    the three kinds are compared, not the wording (自有或租赁 and 含租赁 are the same kind); whether the
    tenancy must be registered or the home be in the county is left to the reviewer. When two kinds tie
    for most counties both are prevailing and a county of either kind is not reported. Whether owned-only
    housing breaks the baseline is PL105's concern.
    """

    code = "PL403"
    name = "housing-inconsistent-in-city"
    title_en = "Housing condition inconsistent within the city"
    parameters = ("city_consistency",)
    rows = ("housing",)
    message = (
        "「{county}」住所要求属{value}一类（“{raw}”），全市通行为{prevailing}。",
        "{county}'s housing condition is {value} ('{raw}'); the city's prevailing kind is {prevailing}.",
    )
    fix = (
        "与「{county}」核实住所要求的差异：{advice}。",
        "Ask {county} about its housing condition: {advice}.",
    )

    def run_city(self, city) -> Iterator[Finding]:
        for row in self.compared_rows(city):
            prevailing = prevailing_text(row, leaders(row))
            for outlier in self.outliers(row, 0):
                cell, nearest = outlier.cell, outlier.nearest
                if HOUSING_RANK.get(str(cell.value), 1) > HOUSING_RANK.get(str(nearest.value), 1):
                    target = prevailing_text(row, [nearest], with_units=False)
                    advice = text("PL403.into_line", target=target)
                else:
                    advice = text("checks.consistency.more_lenient")
                yield self.city_finding(
                    city, self.unit_path(city, outlier.unit), cell.span,
                    county=outlier.unit, value=shown(row, cell.value, cell.shown), raw=cell.raw,
                    prevailing=prevailing, advice=advice,
                )
