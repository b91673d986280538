from ...messages import EMPTY, LocalText, text
from .. import CityCheck
from ._common import CITY_SET, day


class SubmittedAfterDeadline(CityCheck):
    """实施细则报送日期晚于截止日期

    ## 检查内容
    县（市、区）实施细则基本信息中的“报送日期”晚于县级报市的截止日期。截止日期取 city.toml 的
    `deadline`，未设定时取规则集的 `county_rules_deadline`（山西省为 6 月 30 日，晋城市为 6 月 20 日）。

    ## 为何重要
    市级须在省定期限前完成审核并报省：晋城市要求各县“于6月20日前将随迁子女入学实施细则报市教育局”，
    省教育厅要求各市“于6月底前”报省。县级迟报会压缩市级审核时间，或使全市报送逾期。

    ## 示例
    ```rules
    # 城区
    基本信息 {
        县: 城区
        年度: 2021
        报送日期: 2021年6月25日
    }
    ```

    ## 改为
    ```rules
    # 城区
    基本信息 {
        县: 城区
        年度: 2021
        报送日期: 2021年6月16日
    }
    ```

    ## 修改方法
    核实报送日期是否填写正确；确属迟报的，在审核意见中注明，并督促该县今后按期报送。

    ## 未建模
    只比较文件中写明的报送日期，不核对实际收文日期；未写报送日期的文件由 PL603 报告。

    ## What it checks
    The 报送日期 (date sent) in a county's 基本信息 is after the deadline for county rules: city.toml's
    `deadline` if set, otherwise the ruleset's `county_rules_deadline` (30 June for Shanxi, 20 June for
    Jincheng).

    ## Why it matters
    The city must review all its counties before sending them on to the province: Jincheng wants the
    county rules by 20 June, the province wants the city's by the end of June. A late county shortens the
    city's review or makes the whole city late.

    ## How to fix
    Check that the date is written correctly; if the county was indeed late, note it in the review and
    remind the county of the deadline.

    ## Not modelled
    Only the date written in the file is compared, not the date the bureau actually received it; a file
    without a date sent is reported by PL603.
    """

    code = "PL602"
    name = "submitted-after-deadline"
    title_en = "Rules submitted after the deadline"
    severity = "warning"
    parameters = ("county_rules_deadline",)
    message = (
        "{county}的报送日期为 {submitted}，晚于截止日期 {deadline} {days}{source}。",
        "{county} sent its rules on {submitted}, {days} after the deadline of {deadline}{source}.",
    )
    fix = (
        "核实报送日期；确属迟报的，在审核意见中注明，并督促{county}按期报送。",
        "Check the date; if {county} was late, note it in the review and remind it of the deadline.",
    )

    def run_city(self, city):
        deadline = city.deadline()
        if deadline is None:
            return
        date, origin = deadline
        source = CITY_SET if origin == "city.toml" else EMPTY
        for unit in city.readable():
            submitted = unit.rules.metadata.submitted
            if submitted is None or submitted.value <= date:
                continue
            yield self.city_finding(city, unit.path, submitted.span, county=unit.name,
                                    submitted=day(submitted.value), deadline=day(date), source=source,
                                    days=_days((submitted.value - date).days))


def _days(count: int) -> LocalText:
    return text("PL602.one_day" if count == 1 else "PL602.days", count=count)
