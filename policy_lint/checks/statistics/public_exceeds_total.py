from typing import Iterator

from ...findings import Finding
from ...ruleset import ResolvedRuleset
from .. import StatsCheck


class PublicExceedsTotal(StatsCheck):
    """公办学校就读人数超过入学总数

    ## 检查内容
    统计表中某一行的公办学校就读人数大于随迁子女入学总数。

    ## 为何重要
    公办学校就读的随迁子女是入学总数的一部分，不可能多于总数；这样的行必有一个数字填错，比例也随之失真。

    ## 示例
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    长治市,4961,5381,108.47%
    ```

    ## 改为
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    长治市,5381,4961,92.19%
    ```

    ## 修改方法
    核对两列是否填反或多计，更正后重新计算比例。

    ## 未建模
    不判断哪一个数字有误。

    ## What it checks
    A row whose public-school count exceeds its total of migrant pupils.

    ## Why it matters
    Pupils in public schools are part of the total; a row where they exceed it has a wrong figure.

    ## How to fix
    Check whether the two columns were swapped or double-counted, correct them, and recompute the share.

    ## Not modelled
    Which of the two figures is wrong is not guessed.
    """

    code = "PL703"
    name = "public-exceeds-total"
    title_en = "Public-school count exceeds the total"
    parameters = ("statistics_consistent",)
    example_ruleset = "shanxi-2021"
    message = (
        "「{name}」的公办学校就读人数 {public} 多于入学总数 {total}。",
        "'{name}' has {public} pupils in public schools, more than its total of {total}.",
    )
    fix = (
        "核对「{name}」的两列人数是否填反或多计，更正后重新计算比例。",
        "Check whether '{name}' has its two counts swapped or double-counted; correct them and recompute the share.",
    )

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for row in [*table.cities, *([table.total] if table.total else [])]:
            if row.public.value > row.total.value:
                yield self.stats_finding(table, ruleset, row.public.span, name=row.name, public=row.public.value,
                                         total=row.total.value)
