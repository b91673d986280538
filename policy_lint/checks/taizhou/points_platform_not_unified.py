from ...messages import text
from ._points import UnifiedPointsItem


class PointsPlatformNotUnified(UnifiedPointsItem):
    """积分入学平台不是全市统一平台

    ## 检查内容
    「积分入学」一节的「平台」（积分入学管理平台）须是一个、且由市（规则集参数 `points_unified_issuer`，
    台州为“台州市”）建设。以下情形报告：

    - 列出两个及以上平台：在第二个平台处报告一次；
    - 第一个平台的名称（去掉引号、书名号后）不以“台州市”开头，如“椒江区积分入学报名系统”；
    - 名称以“台州市”开头、紧接着是县（市、区）名，如“台州市椒江区积分入学平台”；
    - 写了「积分入学」一节但没有「平台」：在该节处报告；
    - 整份细则没有「积分入学」一节：在「基本信息」一节处报告，没有「基本信息」时在第 1 行第 1 列报告。
      此时 PL501 也会就标准报告一次。

    以“全市统一”“本市统一”“市统一”开头的写法视为市级平台，不报告。

    ## 为何重要
    台政办发〔2021〕1号要求建立“全市统一的随迁子女积分入学管理办法和管理平台，实现‘一个标准、一个平台’”。
    县（区）自建平台，家长要在不同系统重复申报，积分也无法在全市范围内一致认定。

    ## 示例
    ```rules
    积分入学 {
        标准: “台州市随迁子女积分入学管理办法”
        平台: “台州市随迁子女积分入学管理平台”、“黄岩区积分入学报名系统”
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
    「平台」只写一个：市统一的积分入学管理平台；县（区）的受理方式可在招生安排中说明。

    ## 未建模
    只看平台名称：不核对平台是否真实运行，也不判断“浙里办”等省级入口是否接入了市平台——这类名称
    不以“台州市”开头，会被报告，由审核人员确认。

    ## What it checks
    The 平台 (points platform) of the 积分入学 section must be a single one run by the city (the
    ruleset parameter `points_unified_issuer`, “台州市” for Taizhou). Reported: a second platform
    (once, at the second); a first platform whose name, quotes and book-title marks removed, does not
    start with the issuer; a name starting with the issuer followed by a county name; a 积分入学
    section without 平台 (at the section); and rules without any 积分入学 section (at 基本信息, or
    line 1 column 1 without it — PL501 then reports the missing standard too). Names starting with
    全市统一 / 本市统一 / 市统一 are accepted.

    ## Why it matters
    台政办发〔2021〕1号 requires one city-wide points-admission platform (“一个标准、一个平台”). A county
    platform of its own makes parents apply twice and keeps points from being assessed alike across
    the city.

    ## How to fix
    Name exactly one 平台: the city's points-admission platform. How the county receives applications
    can be described under 招生安排.

    ## Not modelled
    Only the name is read: whether the platform runs, or whether a provincial entry point such as
    浙里办 leads to the city's platform, is left to the reviewer (such names do not start with the
    issuer and are reported).
    """

    code = "PL502"
    name = "points-platform-not-unified"
    title_en = "Points-admission platform not the single city-wide one"
    parameters = ("points_unified_issuer",)
    field = "platforms"
    key = "平台"
    noun = text("PL502.noun")
    message = (
        "{found}；积分入学须使用{issuer}统一的积分入学管理平台（“一个平台”）。",
        "{found}; points admission must use the one city-wide platform run by {issuer} (“one platform”).",
    )
    fix = (
        "「平台」只写一个：{issuer}统一的随迁子女积分入学管理平台，删去县（区）自建的平台。",
        "Name exactly one 平台: the city-wide points-admission platform of {issuer}; drop county platforms.",
    )
