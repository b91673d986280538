from ...messages import text
from .. import CityCheck
from ._common import metadata_span


class KeyCountyWithoutWorkPlan(CityCheck):
    """重点督促县未报送工作方案（一县一案）

    ## 检查内容
    重点督促县（市、区）在城市目录中没有随迁子女入学工作方案（`<县>.plan` 或 `<县>工作方案.plan`）。
    重点督促县取 city.toml 的 `key_counties`，未设定时取规则集 `key_counties` 名单中属于本市的单位
    （山西为省教育厅附件2 的 11 个县区，名单写作“大同市新荣区”或“怀仁市”均可匹配）。报告位置为该县
    实施细则的“基本信息”开头；该县未报送实施细则时为 city.toml 中列出该县之处。

    ## 为何重要
    省教育厅要求对重点督促县“‘一县一案’完善工作方案，落实‘两为主’要求”，“各重点县(市、区)工作方案
    要报省教育厅备案”，并请各市于 6 月底前将“11个重点督促县(市、区)的随迁子女入学工作方案”与实施细则
    一并报省。

    ## 示例
    ```toml
    key_counties = ["泽州县"]
    ```

    ```rules
    # 泽州县
    基本信息 {
        县: 泽州县
        年度: 2021
    }
    ```

    ## 改为
    ```toml
    key_counties = ["泽州县"]
    ```

    ```rules
    # 泽州县
    基本信息 {
        县: 泽州县
        年度: 2021
    }
    ```

    ```rules
    # 工作方案: 泽州县
    ```

    ## 修改方法
    催报该县“一县一案”随迁子女入学工作方案，存为 `<县>.plan` 放入城市目录；若该县已不属重点督促县，
    在 city.toml 中设定 `key_counties`。

    ## 未建模
    只检查工作方案是否报送，不检查其内容（是否落实“两为主”、是否有提高公办学校就读比例的措施）。

    ## What it checks
    A key county under supervision (重点督促县) has no admission work plan in the city directory
    (`<unit>.plan` or `<unit>工作方案.plan`). Key counties are city.toml's `key_counties`, or else
    the units of this city on the ruleset's `key_counties` list (in Shanxi the 11 counties of the
    province's annex 2, written either as 大同市新荣区 or as 怀仁市). The finding points at the start of
    the county's 基本信息, or at its entry in city.toml when it sent no rules.

    ## Why it matters
    The province asks for "one plan per county" for the key counties, carrying out the "two mains"
    (the receiving government and public schools take the lead); each key county's plan is filed with
    the provincial department, sent by the city together with the county rules by the end of June.

    ## How to fix
    Obtain the county's work plan and save it in the city directory as `<unit>.plan`; if the county is
    no longer a key county, set `key_counties` in city.toml.

    ## Not modelled
    Only whether the plan was sent is checked, not what it says.
    """

    code = "PL604"
    name = "key-county-without-work-plan"
    title_en = "Key county without its work plan"
    parameters = ("key_county_work_plan", "key_counties")
    message = (
        "{county}是重点督促县（{listed}），未报送“一县一案”随迁子女入学工作方案（目录中没有 {county}.plan）。",
        "{county} is a key county under supervision ({listed}) but has not sent its one-plan-per-county "
        "work plan (一县一案; no {county}.plan in the directory).",
    )
    fix = (
        "催报{county}的随迁子女入学工作方案，存为 {county}.plan，与实施细则一并报省教育厅备案。",
        "Obtain {county}'s work plan, save it as {county}.plan and send it to the province with the rules.",
    )

    def run_city(self, city):
        if city.config.key_counties is not None:
            listed = text("PL604.listed_in_city")
        else:
            listed = text("PL604.listed_by_province")
        for unit in city.units:
            if not unit.key or unit.plan is not None:
                continue
            if unit.submitted:
                path, span = unit.path, metadata_span(unit.rules)
            else:
                path, span = city.config.path, city.config_span(unit.name)
            yield self.city_finding(city, path, span, county=unit.name, listed=listed)
