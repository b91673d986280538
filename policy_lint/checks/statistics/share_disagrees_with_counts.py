from decimal import Decimal
from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...ruleset import ResolvedRuleset
from ...statistics import share
from .. import StatsCheck


class ShareDisagreesWithCounts(StatsCheck):
    """公办学校就读比例与人数不符

    ## 检查内容
    统计表中每一行（各市及全省合计）报告的公办学校就读比例，与“公办学校就读人数 ÷ 入学总数”按报告的小数位数
    四舍五入后的结果不同。合计行的人数与各市之和不符时，由 PL702 报告，此处不再按错误的人数重算其比例。

    ## 为何重要
    比例是考核和督查的依据；由人数算不出的比例，说明人数或比例之一填错。附件3要求数据“与教育事业统计口径保持一致”。

    ## 示例
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,96.60%
    ```

    ## 改为
    ```csv
    市,入学总数,公办学校就读人数,公办学校就读比例
    阳泉市,12788,12481,97.60%
    ```

    ## 修改方法
    核对人数后，把比例改为重新计算的数值，或更正人数。比例写成小数（0.9760 而非 97.60%）时，提示改为百分数。

    ## 未建模
    不核对人数本身是否与教育事业统计一致；只核对表内算术。

    ## What it checks
    A row (a city, or the province total) whose reported public-school share differs from public ÷ total,
    rounded half-up to the reported number of decimal places. A total row whose counts are not the
    cities' sums is PL702's finding; its share is not recomputed from those counts.

    ## Why it matters
    The share is what audits and rankings use; a share the counts do not give means one of the figures is wrong.

    ## How to fix
    Check the counts, then correct the share to the recomputed figure, or correct the counts. A share written as
    a fraction (0.9760 for 97.60%) is pointed out as such.

    ## Not modelled
    Whether the counts match the education statistics themselves; only the table's arithmetic is checked.
    """

    code = "PL701"
    name = "share-disagrees-with-counts"
    title_en = "Public-school share disagrees with the counts"
    parameters = ("statistics_consistent",)
    example_ruleset = "shanxi-2021"
    message = (
        "「{name}」报告的公办学校就读比例为 {reported}%，由人数 {public} ÷ {total} 重新计算为 {computed}%。",
        "'{name}' reports a public-school share of {reported}%; its counts {public} ÷ {total} give {computed}%.",
    )
    fix = (
        "核对人数后，把比例改为 {computed}%，或更正人数。",
        "Check the counts, then correct the share to {computed}% or correct the counts.",
    )

    def run_stats(self, table, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        rows = list(table.cities)
        if table.total is not None and (table.total.total.value, table.total.public.value) == (
                table.sum_total(), table.sum_public()):
            # a total row whose counts are not the cities' sums is PL702's finding; recomputing its share
            # from those wrong counts would tell the user to change a share that is right
            rows.append(table.total)
        typos = {id(typo.row): typo for typo in table.likely_typos().values()}
        for row in rows:
            if row.share is None:
                continue
            computed = row.computed_share()
            if computed is None or computed == row.share.value:
                continue
            finding = self.stats_finding(table, ruleset, row.share.span, name=row.name, reported=row.share.value,
                                         public=row.public.value, total=row.total.value, computed=computed)
            percent = _as_percent(row)
            if percent is not None:
                # 0.9760 for 97.60%: say so, rather than that the share is 97 points off
                values = {"name": row.name, "raw": row.share.raw, "percent": percent}
                finding = finding.model_copy(update={"message": text("PL701.fraction.message", **values),
                                                     "suggestion": text("PL701.fraction.fix", **values)})
            typo = typos.get(id(row))
            if typo is not None:  # the count is mistyped (PL702 names it), the share is right: never ask to change it
                column = text("PL702.column.total" if typo.column == "total" else "PL702.column.public")
                finding = finding.model_copy(update={"suggestion": text(
                    "PL701.typo.fix", name=row.name, column=column, written=typo.figure.value,
                    corrected=typo.corrected, reported=row.share.raw)})
            yield finding


def _as_percent(row) -> Decimal | None:
    """The share in percent when the row writes it as a fraction (0.9760 for 97.60%): no percent sign, at most
    1, and times 100 it is what the counts give at two places fewer; else None."""
    raw = row.share.raw
    if raw.endswith(("%", "％")) or row.share.value > 1:
        return None
    places = max(row.places() - 2, 0)
    percent = (row.share.value * 100).quantize(Decimal(1).scaleb(-places))
    return percent if share(row.public.value, row.total.value, places) == percent else None
