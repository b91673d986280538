from typing import Iterator

from ...findings import Finding
from ...models import Span
from ...ruleset import ResolvedRuleset
from ...statistics import share
from .. import StatsCheck


class NoTotalRow(StatsCheck):
    """统计表没有合计行

    ## 检查内容
    统计表有各市的数据行，却没有合计行：名为省名（或其简称，如“山西”“内蒙古”）、合计、全省、总计，或以“合计”“总计”结尾的一行。

    ## 为何重要
    附件1 的最后一行是全省合计，全省的比例由它对外通报；没有合计行，全省数字无从与各市之和核对（PL702 不检查），
    也可能是合计行的名称写错，被当作了一个市。

    ## 示例
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    晋城市,22396,21724,97.00%
    ```

    ## 改为
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    晋城市,22396,21724,97.00%
    山西省,35184,34205,97.22%
    ```

    ## 修改方法
    在表末加上合计行（省名或“合计”），其人数为各市之和，比例由合计人数重新计算。

    ## 未建模
    不判断哪一行本应是合计行；审核仍按各市之和计算全省比例。缺少人数的合计行由 PL706 报告，此处不再报告。

    ## What it checks
    A table with city rows and no total row: one named as the province (or its short name, 山西 or 内蒙古), 合计,
    全省 or 总计, or ending in 合计 or 总计.

    ## Why it matters
    The last row of 附件1 is the province's total, the figure reported; without it the province's figures cannot
    be checked against the cities' sums (PL702 does not run), or its name was mistyped and it was read as a city.

    ## How to fix
    Add the total row (the province's name or 合计) with the cities' sums and the share they give.

    ## Not modelled
    Which row was meant as the total is not guessed; the audit still computes the province's share from the
    cities' sums. A total row without its counts is PL706's finding, not this one's.
    """

    code = "PL704"
    name = "no-total-row"
    title_en = "The table has no total row"
    severity = "warning"
    parameters = ("statistics_consistent",)
    example_ruleset = "shanxi-2021"
    message = (
        "统计表没有合计行（省名、合计、全省或总计）；各市之和为入学总数 {total}、公办学校就读人数 {public}。",
        "the table has no total row (the province, 合计, 全省 or 总计); the cities add up to a total of {total} "
        "and {public} in public schools.",
    )
    fix = (
        "在表末加上合计行，例如「合计,{total},{public},{share}%」。",
        "Add the total row at the end, as in '合计,{total},{public},{share}%'.",
    )

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if table.total is not None or not table.cities or any(r.total_row for r in table.incomplete):
            # a total row without its counts is there: PL706 reports its empty cells
            return
        last = max(table.cities, key=lambda r: r.line)
        computed = share(table.sum_public(), table.sum_total(), 2)
        span = Span(line=last.line, column=1, end_line=last.line, end_column=2)
        yield self.stats_finding(table, ruleset, span, total=table.sum_total(), public=table.sum_public(),
                                 share=computed if computed is not None else "0.00")
