from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...ruleset import ResolvedRuleset
from .. import StatsCheck


class TotalDisagreesWithSum(StatsCheck):
    """合计行与各市之和不符

    ## 检查内容
    统计表的合计行（全省、合计、总计）报告的入学总数或公办学校就读人数，不等于各市该列之和。

    ## 为何重要
    全省的比例由合计行算出，是对外通报和与全国比较的数字；合计与各市不符，全省的数字就不可信。

    ## 示例
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    晋城市,22396,21724,97.00%
    山西省,35284,34205,96.94%
    ```

    ## 改为
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    晋城市,22396,21724,97.00%
    山西省,35184,34205,97.22%
    ```

    ## 修改方法
    重新合计各市人数，更正合计行，再重新计算比例。

    只有一个市的一个数字，按合计之差改正后恰好与该市自己报告的比例相符（而现在不符）时，这个数字很可能是笔误：
    问题就指在这个单元格上，建议更正它，合计行不必改。

    ## 未建模
    没有合计行的表（PL704）、有某市缺少人数的表（PL706）不检查；找不到、或找到不止一个能同时解释合计之差和
    本市比例的数字时，不判断是哪一个市的数字有误。

    ## What it checks
    A total row (the province, 合计, 总计) whose total or public-school count differs from the sum of the cities.

    ## Why it matters
    The province's share is computed from its total row and is the figure reported and compared nationally.

    ## How to fix
    Re-add the cities' counts, correct the total row, then recompute the share.

    When exactly one city's figure, corrected by the total's difference, would give the share that city
    reports (while as written it does not), that figure is most likely a typo: the finding points at that
    cell and says to correct it, not the total row.

    ## Not modelled
    A table without a total row (PL704), or with a city row lacking its counts (PL706), is not checked; when no
    single city figure explains both the total's difference and its own share, which figure is wrong is not
    guessed.
    """

    code = "PL702"
    name = "total-disagrees-with-sum"
    title_en = "Total row disagrees with the sum of the cities"
    parameters = ("statistics_consistent",)
    example_ruleset = "shanxi-2021"
    message = (
        "合计行「{name}」的{column}为 {reported}，各市之和为 {computed}（相差 {difference}）。",
        "the total row '{name}' gives {column} {reported}; the cities add up to {computed} (a difference of {difference}).",
    )
    fix = (
        "把「{name}」的{column}改为 {computed}，并重新计算比例。",
        "Correct '{name}' {column} to {computed} and recompute the share.",
    )

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if table.total is None or not table.cities or table.uncounted():
            # a city row without its counts (PL706) is not in the sum: comparing would blame the total row
            return
        typos = table.likely_typos()
        for key, figure, computed in (
            ("total", table.total.total, table.sum_total()),
            ("public", table.total.public, table.sum_public()),
        ):
            if figure.value == computed:
                continue
            values = dict(name=table.total.name, column=text(f"PL702.column.{key}"), reported=figure.value,
                          computed=computed, difference=figure.value - computed)
            typo = typos.get(key)
            if typo is None:
                yield self.stats_finding(table, ruleset, figure.span, **values)
                continue
            # the total is right and one city's figure is not: point at that cell, never ask to change the total
            values.update(city=typo.row.name, written=typo.figure.value, corrected=typo.corrected,
                          share=typo.row.share.raw)
            finding = self.stats_finding(table, ruleset, typo.figure.span, **values)
            yield finding.model_copy(update={"message": text("PL702.typo.message", **values),
                                             "suggestion": text("PL702.typo.fix", **values)})
