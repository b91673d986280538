from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import LocalText, text
from ...models import Placeholder, Rules
from ...ruleset import ResolvedRuleset
from .. import Check

#: what a key of the rules or plan language is filled in with (a key as ``policy-lint init`` writes it, or an
#: alias counties write); any other key: 本地实际的「key」
_THINGS = {
    "文号": "number", "发文字号": "number", "文件编号": "number",
    "报送日期": "sent", "报送时间": "sent",
    "报名": "dates", "报名时间": "dates", "摇号": "dates", "摇号时间": "dates", "录取": "dates",
    "录取时间": "dates",
    "核定计划": "approved", "计划招生": "planned", "学位": "places", "小班化": "small_classes",
    "标准": "standard", "平台": "platform",
}


class UnfilledPlaceholder(Check):
    """实施细则或工作方案中留有未填写的占位

    ## 检查内容
    实施细则（.rules）、工作方案（.plan）或草稿中仍留有占位：`policy-lint init` 写下的“待填写”（作为值，
    如 `文号: “待填写”`；或写在示例值后面的注释里，如 `报送日期: 2022年6月1日  # 待填写`），“待补充”，
    模板的空白（“XXXX年X月X日”“××县”“____年__月__日”“〔 〕号”“【请填写…】”）。每处报告一次：值本身是占位的，
    位置在占位文字上；注释标记的，位置在它标记的值上（那个值只是示例）。说明是哪一节哪一项、应填写什么
    （注释“待填写：”后面的说明一并给出）；一个值中的几处空白（“____年__月__日”）算一处。日期、人数等写成占位的，不当作
    写错的值拒读文件，而在此报告。`# 待核对` 标记的措辞须核对，报告为警告。只谈到这些字样的注释
    （如框架开头的“‘待填写’处按本地实际填写”）不算占位。

    ## 为何重要
    实施细则是当地落实随迁子女“平等接受义务教育的条件”的具体办法（义务教育法第十二条第二款）：家长据以
    准备材料、按时报名，市、省据以审核。仍是占位或示例值的一项不是县里的规定——`policy-lint init` 生成的
    框架照抄基准值，未经填写也不会有其他检查报告问题，却把“2022年6月1日”“核定计划 0”这样的示例当作规定
    交出去。没有文本点名占位文字，把它读作实施细则未完成是本工具的读法（推定）。

    ## 示例
    ```rules
    基本信息 {
        县: 泽州县
        年度: 2022
        文号: “待填写”
        报送日期: 2022年6月1日  # 待填写
    }
    ```

    ## 改为
    ```rules
    基本信息 {
        县: 泽州县
        年度: 2022
        文号: “泽教字〔2022〕18号”
        报送日期: 2022年6月14日
    }
    ```

    ## 修改方法
    按本地实际填写每一处占位，再删去“待填写”“待核对”标记；没有文号的，删去文号一行。

    ## 未建模
    不判断填写的值是否真实（如报送日期是否确是报送那天）；注释只在以“待填写”“待补充”“待核对”开头时算作
    标记。草稿中只认上面列出的占位写法，其他形式（如空着的表格单元格）不报告。

    ## What it checks
    A rules file (.rules), a work plan (.plan) or a draft still holds a placeholder: the 待填写 that
    `policy-lint init` writes (as the value, `文号: “待填写”`, or in a comment after a value that only stands
    in for the real one, `报送日期: 2022年6月1日  # 待填写`), 待补充, or a template's blank (XXXX年X月X日,
    ××县, ____年__月__日, 〔 〕号, 【请填写…】). Each is reported once: at the placeholder when it is the value,
    at the value a comment marks otherwise (that value is only an example). The message names the section
    and key and what is to be filled in (with the comment's words after 待填写：); the blanks of one value
    (____年__月__日) are one. A date or count written as a placeholder does not make the file unreadable as
    a malformed value: it is reported here. A wording marked
    `# 待核对` is to be confirmed: a warning. A comment that only speaks of the marks (the skeleton's header)
    is not a placeholder.

    ## Why it matters
    A county's rules are the detailed provisions by which migrant children get "equal conditions" for
    compulsory education (Compulsory Education Law Art. 12(2)): parents prepare their papers and register by
    them, the city and province review them. An item that is still a placeholder or an example value is no
    provision of the county: the skeleton `policy-lint init` writes copies the baseline values, passes every
    other check unedited, and would send "2022年6月1日" or "核定计划 0" as if they were the county's. No text
    speaks of placeholders; reading the rules as unfinished is the tool's reading (derived).

    ## How to fix
    Fill in each placeholder with the county's own value and delete the 待填写 / 待核对 mark; without a
    document number, delete the 文号 line.

    ## Not modelled
    Whether a value filled in is true (the date the rules were really sent) is not checked; a comment is a
    mark only when it starts with 待填写, 待补充 or 待核对. In drafts only the blanks above are recognised,
    not other forms (an empty table cell).
    """

    code = "PL605"
    name = "unfilled-placeholder"
    title_en = "Placeholder left unfilled"
    parameters = ("rules_filled_in",)
    plans_too = True  # a work plan written from a template has the same blanks
    example_ruleset = "jincheng-2021"
    message = ("{where}{state}", "{where} {state}")
    fix = ("{todo}", "{todo}")

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for placeholder in rules.placeholders:
            yield self.placeholder_finding(rules.path, ruleset, placeholder)

    def run_plan(self, plan, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        """The same findings for a work plan (:class:`policy_lint.plan_models.Plan`)."""
        return self.run(plan, ruleset)

    def placeholder_finding(self, path: str, ruleset: ResolvedRuleset, placeholder: Placeholder) -> Finding:
        """The finding for one placeholder."""
        where = _where(placeholder)
        if placeholder.confirm:
            state, todo = text("PL605.confirm.state"), text("PL605.confirm.todo", where=where)
        elif placeholder.hint:
            state = text("PL605.state.hint", marker=placeholder.marker, hint=placeholder.hint)
            todo = text("PL605.todo.hint", hint=placeholder.hint, marker=placeholder.marker)
        else:
            thing = _thing(placeholder)
            state = text("PL605.state", marker=placeholder.marker, thing=thing)
            todo = text("PL605.todo.draft" if placeholder.in_draft else "PL605.todo", thing=thing,
                        marker=placeholder.marker)
        return self.make_finding(path, ruleset, placeholder.span, severity="warning" if placeholder.confirm else None,
                                 where=where, state=state, todo=todo)


def _where(placeholder: Placeholder) -> LocalText:
    if placeholder.in_draft:
        if placeholder.key:
            return text("PL605.where.label", line=placeholder.span.line, key=placeholder.key)
        return text("PL605.where.sentence", line=placeholder.span.line)
    name = " › ".join(part for part in (placeholder.section, placeholder.key) if part)
    if not name:
        return text("PL605.where.line", line=placeholder.span.line)
    return text("PL605.where.key", name=name)


def _thing(placeholder: Placeholder) -> LocalText:
    """What to fill in, for a placeholder without a hint of its own (a hint is shown as written)."""
    kind = _THINGS.get(placeholder.key)
    if kind is not None:
        return text(f"PL605.thing.{kind}", key=placeholder.key)
    if placeholder.key:
        return text("PL605.thing.key", key=placeholder.key)
    return text("PL605.thing.text")

