from ...messages import EMPTY
from .. import CityCheck
from ._common import CITY_SET, day


class UnitNotSubmitted(CityCheck):
    """应报送的县（市、区）未报送实施细则

    ## 检查内容
    city.toml 的 `units` 列出的县（市、区）在城市目录中没有任何实施细则文件（`<县>.rules`，或
    基本信息中“县”为该单位的文件）。报告位置为 city.toml 中列出该单位之处，并写明县级报市的截止日期。

    ## 为何重要
    山西省要求“各县（市、区）2021年随迁子女入学实施细则经各市审核后报省教育厅审核”，并请各市
    “于6月底前将各县(市、区)随迁子女入学实施细则……报省教育厅”；晋城市要求各县于 6 月 20 日前报市。
    缺一个县，市级就无法对全市作出完整的审核意见，附件3 中“已审核县区数量”也随之减少。

    ## 示例
    ```toml
    units = ["城区", "泽州县"]
    ```

    ```rules
    # 城区
    基本信息 {
        县: 城区
        年度: 2021
        报送日期: 2021年6月16日
    }
    ```

    ## 改为
    ```toml
    units = ["城区", "泽州县"]
    ```

    ```rules
    # 城区
    基本信息 {
        县: 城区
        年度: 2021
        报送日期: 2021年6月16日
    }
    ```

    ```rules
    # 泽州县
    基本信息 {
        县: 泽州县
        年度: 2021
        报送日期: 2021年6月18日
    }
    ```

    ## 修改方法
    催报该县（市、区）的实施细则，收到后以 `<县>.rules` 存入城市目录；若该单位确已不再单列
    （如区划调整），从 city.toml 的 `units` 中删去。

    ## 未建模
    未区分“未报送”与“已报送但未存入目录”，也不记录催报经过；截止日期尚未到时同样报告。

    ## What it checks
    A county unit listed in city.toml's `units` has no rules file in the city directory (neither
    `<unit>.rules` nor a file whose 基本信息 names the unit). The finding points at the unit's entry
    in city.toml and gives the deadline for county rules.

    ## Why it matters
    Shanxi has every county's 2021 rules reviewed by its city and then sent to the province by the end
    of June; Jincheng wants them by 20 June. With a county missing, the city cannot give a complete
    review, and the 附件3 count of reviewed counties falls short.

    ## How to fix
    Obtain the county's rules and save them in the city directory as `<unit>.rules`; if the unit no
    longer exists on its own (a boundary change), remove it from `units` in city.toml.

    ## Not modelled
    A file that was sent but not filed in the directory counts as not submitted; the finding is made
    even before the deadline has passed.
    """

    code = "PL601"
    name = "unit-not-submitted"
    title_en = "Expected county unit has not submitted its rules"
    parameters = ("county_rules_deadline",)
    message = (
        "{city_name}所列的{county}未报送随迁子女入学实施细则（目录中没有 {county}.rules），"
        "县级实施细则应于 {deadline} 前报市{source}。",
        "{county}, listed for {city_name}, has not submitted its admission rules (no {county}.rules in the "
        "directory); county rules were due at the city by {deadline}{source}.",
    )
    fix = (
        "催报{county}的实施细则并存为 {county}.rules；若该单位已不再单列，从 city.toml 的 units 中删去。",
        "Obtain {county}'s rules and save them as {county}.rules, or remove {county} from units in city.toml "
        "if it no longer exists on its own.",
    )

    def run_city(self, city):
        deadline = city.deadline()
        if deadline is None:
            return
        date, origin = deadline
        source = CITY_SET if origin == "city.toml" else EMPTY
        for unit in city.units:
            if unit.submitted:
                continue
            yield self.city_finding(city, city.config.path, city.config_span(unit.name),
                                    county=unit.name, city_name=city.config.name, deadline=day(date), source=source)
