from ...messages import text
from ._points import UnifiedPointsItem


class PointsStandardNotUnified(UnifiedPointsItem):
    """积分入学标准不是全市统一标准

    ## 检查内容
    「积分入学」一节的「标准」（积分入学管理办法）须是一个、且由市（规则集参数
    `points_unified_issuer`，台州为“台州市”）制定。以下情形报告：

    - 列出两个及以上标准：在第二个标准处报告一次；
    - 第一个标准的名称（去掉引号、书名号后）不以“台州市”开头，如“椒江区随迁子女积分入学实施细则”；
    - 名称以“台州市”开头、紧接着是县（市、区）名，如“台州市椒江区积分入学实施细则”，即县（区）自定的标准；
    - 写了「积分入学」一节但没有「标准」：在该节处报告；
    - 整份细则没有「积分入学」一节：在「基本信息」一节处报告，没有「基本信息」时在第 1 行第 1 列报告。
      此时 PL502 也会就平台报告一次，两条各指一项缺失。

    “全市统一积分入学管理办法”“按市统一标准执行”这类以“全市统一”“本市统一”“市统一”开头的写法视为
    引用市级标准，不报告。

    ## 为何重要
    台政办发〔2021〕1号要求“建立全市统一的随迁子女积分入学管理办法和管理平台，实现‘一个标准、一个平台’”，
    各县（市、区）“根据标准，结合当地招生工作实际，统筹安排随迁子女入学”。县（区）另立积分标准，
    同一城市的随迁子女就会因所在区县不同而面对不同门槛。

    ## 示例
    ```rules
    积分入学 {
        标准: “椒江区随迁子女积分入学实施细则”
        平台: “台州市随迁子女积分入学管理平台”
        依据: 居住证
    }
    ```

    ## 改为
    ```rules
    积分入学 {
        标准: “台州市随迁子女积分入学管理办法”
        平台: “台州市随迁子女积分入学管理平台”
        依据: 居住证
    }
    ```

    ## 修改方法
    「标准」只写一个：市统一制定的积分入学管理办法；县（区）的招生安排写在细则其他部分，不另立积分标准。

    ## 未建模
    只看标准的名称：不核对该文件是否真实存在、是否现行有效，也不比较县（区）细则中的积分项目和分值
    是否与市标准一致。以“台州市”开头、后面不紧跟县（市、区）名的名称一律视为市级文件。

    ## What it checks
    The 标准 (points standard) of the 积分入学 section must be a single one issued by the city (the
    ruleset parameter `points_unified_issuer`, “台州市” for Taizhou). Reported: a second standard
    (once, at the second); a first standard whose name, quotes and book-title marks removed, does not
    start with the issuer, e.g. “椒江区随迁子女积分入学实施细则”; a name starting with the issuer
    followed by a county name, e.g. “台州市椒江区…”, i.e. a county's own standard; a 积分入学 section
    without 标准 (reported at the section); and rules without any 积分入学 section (reported at
    基本信息, or line 1 column 1 without it — PL502 then reports the missing platform too). Names
    starting with 全市统一 / 本市统一 / 市统一 refer to the city's standard and are accepted.

    ## Why it matters
    台政办发〔2021〕1号 requires one city-wide points-admission standard and platform (“一个标准、一个
    平台”), which each county applies to its own enrolment. A county standard of its own gives migrant
    children of the same city different thresholds depending on the district they live in.

    ## How to fix
    Name exactly one standard: the city's points-admission rules. County arrangements belong
    elsewhere in the rules, not in a standard of their own.

    ## Not modelled
    Only the name is read: whether the document exists and is in force, and whether the county's
    points items and scores match the city's, is left to the reviewer. A name starting with the
    issuer and not followed by a county name counts as the city's.
    """

    code = "PL501"
    name = "points-standard-not-unified"
    title_en = "Points-admission standard not the single city-wide one"
    parameters = ("points_unified_issuer",)
    field = "standards"
    key = "标准"
    noun = text("PL501.noun")
    message = (
        "{found}；积分入学须执行{issuer}统一的积分入学管理办法（“一个标准”）。",
        "{found}; points admission must follow the one city-wide standard issued by {issuer} (“one standard”).",
    )
    fix = (
        "「标准」只写一个：{issuer}统一制定的随迁子女积分入学管理办法，删去县（区）自定的标准。",
        "Name exactly one 标准: the city-wide points-admission rules issued by {issuer}; drop county-made standards.",
    )
