from typing import Iterator

from ...findings import Finding
from ...messages import joined, text
from ...ruleset import ResolvedRuleset
from .. import StatsCheck

class RowMissingFigure(StatsCheck):
    """统计表的一行缺少数字或市名

    ## 检查内容
    统计表的一行（某市或合计行）有空单元格：缺少市名、入学总数、公办学校就读人数，或在表有比例列时缺少比例。

    ## 为何重要
    附件1 要求每个市填报人数和比例。缺少人数的一行不能计入各市之和与排名，全省的比例也就少算了这个市；
    这时合计行与各市之和无从核对（PL702 不检查）。缺少比例的一行无法与人数核对（PL701）。

    ## 示例
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,,97.60%
    ```

    ## 改为
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    ```

    ## 修改方法
    补上该市的数字；确实没有随迁子女的市写 0，不要留空。

    ## 未建模
    不判断空单元格应填的数字；写成 0 的数字不报告。

    ## What it checks
    A row (a city, or the total) with an empty cell: no name, no total, no public-school count, or no share when
    the table has a share column.

    ## Why it matters
    附件1 asks every city for its counts and share. A row without its counts cannot be summed or ranked, so the
    province's share leaves the city out, and the total row cannot be checked against the sum (PL702 does not
    run). A row without its share cannot be checked against its counts (PL701).

    ## How to fix
    Fill in the city's figures; a city with no migrant pupils writes 0 rather than leaving the cell empty.

    ## Not modelled
    What the empty cell should hold is not guessed; a figure written as 0 is not reported.
    """

    code = "PL706"
    name = "row-missing-figure"
    title_en = "A row lacks a figure or its name"
    parameters = ("statistics_consistent",)
    example_ruleset = "shanxi-2021"
    message = (
        "{row}缺少{columns}（单元格为空）。{effect}",
        "{row} lacks {columns} (the cell is empty). {effect}",
    )
    fix = (
        "在第 {line} 行补上{columns}；没有的写 0，不要留空。",
        "Fill in {columns} on line {line}; write 0 for none rather than leaving it empty.",
    )

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for row in table.incomplete:
            if row.name:
                label = text("PL706.named_row", name=row.name)
            else:
                label = text("PL706.row_at_line", line=row.line)
            columns = joined(text(f"PL706.column.{m}") for m in row.missing)
            effect = text("PL706.uncounted" if not row.counted else "PL706.counted")
            yield self.stats_finding(table, ruleset, row.span, row=label, columns=columns, effect=effect,
                                     line=row.line)
