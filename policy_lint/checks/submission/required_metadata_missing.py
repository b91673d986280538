from ...messages import text
from .. import CityCheck
from ._common import metadata_span

#: 基本信息 keys (as the ruleset's required_metadata names them) → whether the rules state them
#: what `policy-lint init` writes where a value is still to be filled in: it counts as missing
PLACEHOLDER = "待填写"


def _filled(value) -> bool:
    return value is not None and PLACEHOLDER not in str(value.value)


_PRESENT = {
    "省": lambda m: _filled(m.province),
    "市": lambda m: _filled(m.city),
    "县": lambda m: _filled(m.county),
    "年度": lambda m: m.year is not None,
    "标题": lambda m: _filled(m.title),
    "文号": lambda m: _filled(m.doc_number),
    "依据": lambda m: any(_filled(v) for v in m.basis),
    "报送日期": lambda m: m.submitted is not None,
}

class RequiredMetadataMissing(CityCheck):
    """实施细则缺少须写明的基本信息

    ## 检查内容
    规则集 `required_metadata` 列出的基本信息项（山西为 县、年度、报送日期）在县（市、区）实施细则中
    没有写明，报告为错误；`recommended_metadata` 列出的项（山西为 文号）没有写明，报告为警告。每缺一项报告一次，位置为“基本信息”一节的开头（没有基本信息一节时为文件开头）。
    别名同样认可，如“发文字号”即文号、“报送时间”即报送日期。仍是 `policy-lint init` 占位文字“待填写”的项按缺失处理；占位本身（`check` 时也一样）由 PL605 报告。

    ## 为何重要
    各县实施细则“经各市审核后报省教育厅审核”：没有县名和年度，市、省两级无法确认审核的是哪一份文件；没有
    报送日期，无法核对是否按期报送（见 PL602）。文号便于识别正式文件，但没有文件要求实施细则必须有文号（不少
    实施细则以公告发布、没有文号），故只作提醒。须写明哪几项是本工具对“经各市审核后报省”的理解（推定）。

    ## 示例
    ```rules
    # 城区
    基本信息 {
        县: 城区
        年度: 2021
    }
    ```

    ## 改为
    ```rules
    # 城区
    基本信息 {
        县: 城区
        年度: 2021
        文号: “城教发〔2021〕15号”
        报送日期: 2021年6月16日
    }
    ```

    ## 修改方法
    在“基本信息”中补写缺少的项，如 `报送日期: 2021年6月16日`、`文号: “城教发〔2021〕15号”`（有文号时）。

    ## 未建模
    不核对文号格式是否规范、是否与正式发文一致，也不核对县名与文件名、城市配置是否一致。

    ## What it checks
    A 基本信息 item that the ruleset's `required_metadata` lists (in Shanxi: 县 county, 年度 year,
    报送日期 date sent) is missing from a county's rules: an error; an item of `recommended_metadata`
    (in Shanxi: 文号 document number) is missing: a warning. Each missing item is reported once, at the start of the 基本信息 section (or the top of the file when there is none).
    Aliases count, e.g. 发文字号 for 文号 and 报送时间 for 报送日期. An item still holding the
    `policy-lint init` placeholder 待填写 counts as missing; the placeholder itself is PL605's (under
    `check` too).

    ## Why it matters
    Each county's rules are reviewed by the city and then by the province: without the county and year
    neither can tell which document it reviewed, and without the date sent nobody can tell whether it
    was on time (PL602). A document number helps identify the issued document, but no text requires
    one (many rules are published as a notice without a number), so its absence is a remark. Which
    items must be stated is the tool's reading of "reviewed by the city and reported" (derived).

    ## How to fix
    Add the missing item to 基本信息, e.g. `报送日期: 2021年6月16日`, or `文号: “城教发〔2021〕15号”` when the
    document has one.

    ## Not modelled
    Whether the document number is well formed or matches the issued document, and whether the county
    matches the file name or the city configuration, are not checked.
    """

    code = "PL603"
    name = "required-metadata-missing"
    title_en = "Required metadata missing from the rules"
    parameters = ("required_metadata",)
    message = (
        "{county}的实施细则基本信息中没有写明{key}。",
        "{county}'s rules do not state {key} in 基本信息.",
    )
    fix = (
        "在“基本信息”中补写{key}一项。",
        "Add {key} to 基本信息.",
    )

    def run_city(self, city):
        required = city.ruleset.get("required_metadata").value
        recommended = city.ruleset.get("recommended_metadata")
        wanted = [(key, "required_metadata", None) for key in required]
        if recommended is not None:  # no text requires these: a missing one is a remark (warning)
            wanted += [(key, "recommended_metadata", "warning") for key in recommended.value if key not in required]
        for unit in city.readable():
            meta = unit.rules.metadata
            for key, parameter, severity in wanted:
                present = _PRESENT.get(key)
                if present is None or present(meta):
                    continue
                span = metadata_span(unit.rules)
                yield self.make_finding(unit.path, city.ruleset, span, parameter, severity, county=unit.name,
                                        key=text(f"PL603.key.{key}"))
