from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...models import Span
from ...ruleset import ResolvedRuleset
from .. import StatsCheck


class RepeatedRow(StatsCheck):
    """统计表中有重复的合计行或市

    ## 检查内容
    统计表有第二个合计行（如既有“山西省”又有“合计”），或同一个市出现在两行。

    ## 为何重要
    两个合计行不知以哪一个为准（审核按第一个核对，第二个不计）；同一个市写了两行，它的人数在各市之和与全省比例中就算了两次。
    两者多半是复制粘贴时多出的一行。

    ## 示例
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    山西省,12788,12481,97.60%
    合计,12788,12481,97.60%
    ```

    ## 改为
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    山西省,12788,12481,97.60%
    ```

    ## 修改方法
    删除多余的一行；如是两个不同的市，更正其名称。

    ## 未建模
    不判断两行中哪一行的数字是对的；名称不同而数字相同的两行不视为重复。

    ## What it checks
    A second total row (山西省 and 合计, say), or a city on two rows.

    ## Why it matters
    With two total rows it is unclear which one holds (the audit checks the first and ignores the second); a
    city on two rows is counted twice in the cities' sums and the province's share. Both usually come from a
    row pasted twice.

    ## How to fix
    Delete the extra row; if the rows are two different cities, correct the name.

    ## Not modelled
    Which of the two rows has the right figures is not guessed; two rows with different names and the same
    figures are not taken for a repeat.
    """

    code = "PL705"
    name = "repeated-row"
    title_en = "A repeated total row or city"
    parameters = ("statistics_consistent",)
    example_ruleset = "shanxi-2021"
    message = (
        "{row}与第 {first_line} 行（「{first_name}」）重复：{effect}",
        "{row} repeats line {first_line} ('{first_name}'): {effect}",
    )
    fix = (
        "删除第 {line} 行，或更正其名称。",
        "Delete line {line}, or correct its name.",
    )

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for repeat in table.repeated:
            row = repeat.row
            if repeat.total_row:
                label = text("PL705.total_row", name=row.name)
                effect = text("PL705.total_effect", first_line=repeat.first_line)
            else:
                label = text("PL705.city_row", name=row.name)
                effect = text("PL705.city_effect")
            span = Span(line=row.line, column=1, end_line=row.line, end_column=1 + max(len(row.name), 1))
            yield self.stats_finding(table, ruleset, span, row=label, first_line=repeat.first_line,
                                     first_name=repeat.first_name, effect=effect, line=row.line)
