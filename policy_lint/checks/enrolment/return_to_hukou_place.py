from typing import Iterator

from ...extract.readers import return_home
from ...findings import Finding
from ...models import Rules, Span
from ...normalise import fold
from ...ruleset import ResolvedRuleset
from .. import Check
from ._common import KIND, migrant_values


class ReturnToHukouPlaceFirst(Check):
    """随迁子女原则上回户籍地入学

    ## 检查内容
    招生安排中“随迁子女报名”“随迁子女摇号”的写法把回户籍地上学定为原则，在居住地入学成了例外：“非本市户籍
    适龄儿童原则上应回原户籍所在地接受义务教育”“原则上回户籍所在地”“应回原籍就读”“动员其回原籍就读”。
    家长自愿选择的（“也可自愿回户籍所在地就读”）、条件不满足时的去向（“不能完全提供以上材料的随迁子女，需回户籍地
    登记入学”）、说的是本地户籍儿童的（“户籍在本区的……回户籍所在地学区就读”）、回户籍地办别的事的（“回户籍所在地
    开具证明”由 PL116 检查，“回原籍参加中考”）和前有“不得”等否定词的不报告。草稿在几处这样写的，每处报告一次。

    ## 为何重要
    《义务教育法》第十二条第二款：父母在非户籍所在地工作或者居住的适龄儿童、少年，“在其父母或者其他法定监护人
    工作或者居住地接受义务教育的，当地人民政府应当为其提供平等接受义务教育的条件”；《居住证暂行条例》第十二条把
    义务教育列为县级以上人民政府应当为居住证持有人提供的基本公共服务。条文没有以先回户籍地或回户籍地“确有困难”
    为前提（具体办法由省级规定）；“原则上回户籍地”把在居住地入学变成须先说明理由的例外。读作与该款方向不合是本工具
    的理解（推定），故只作提示。

    ## 示例
    ```rules
    招生安排 {
        公办 {
            随迁子女报名: 非本市户籍适龄儿童原则上应回原户籍所在地接受义务教育
        }
    }
    ```

    ## 改为
    ```rules
    招生安排 {
        公办 {
            随迁子女报名: 持居住证的随迁子女按居住地与户籍适龄儿童同步报名、相对就近入学
        }
    }
    ```

    ## 修改方法
    删去“原则上回户籍地”的写法：符合条件（持居住证）的随迁子女在父母工作或居住地入学，由当地统筹安排，不要求说明
    回户籍地的困难。

    ## 未建模
    只看“随迁子女报名”“随迁子女摇号”两项的字样。“确有困难”由谁认定、要什么证明（若要户籍地开具证明，即 PL116），
    留给审核人员。

    ## What it checks
    A schedule's 随迁子女报名 or 随迁子女摇号 makes going back to the hukou place to school the rule and schooling
    where the family lives the exception: 非本市户籍适龄儿童原则上应回原户籍所在地接受义务教育, 原则上回户籍所在地,
    应回原籍就读, 动员其回原籍就读. A family's own choice (也可自愿回户籍所在地就读), where children go when a
    condition is unmet (不能完全提供以上材料的随迁子女，需回户籍地登记入学), local-hukou children (户籍在本区的…),
    other business at the hukou place (回户籍所在地开具证明 is PL116's; 回原籍参加中考) and a wording after a
    negation (不得) are not reported. A draft that says it in several places is reported at each.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law: for children whose parents work or live away from their hukou
    place and who receive compulsory education where the parents work or live, "the local people's government
    shall provide them with equal conditions"; Article 12 of the Interim Regulation on Residence Permits lists
    compulsory education among the basic public services governments at county level and above shall provide
    to permit holders. Schooling where the family lives is the law's choice, not an exception granted on
    "genuine difficulty" at home; "in principle back to the hukou place" turns it into one. Reading this as
    not allowed is the tool's (derived), so it is a warning.

    ## How to fix
    Drop "in principle back to the hukou place": eligible (permit-holding) migrant children enrol where their
    parents work or live, placed by the county, with no hardship at home to show.

    ## Not modelled
    Only the wording of 随迁子女报名 and 随迁子女摇号 is read. Who judges the "difficulty" and on what papers (papers
    from the hukou place are PL116's) is left to the reviewer.
    """

    code = "PL118"
    name = "return-to-hukou-place-first"
    title_en = "Migrant children sent back to their hukou place to school as the rule"
    severity = "warning"
    parameters = ("schooling_where_parents_live",)
    message = (
        "{kind}学校「{field}：{value}」把回户籍地上学定为原则（“{marker}”）；义务教育法第十二条第二款要求为在父母工作或"
        "居住地上学的随迁子女提供平等条件，未以先回户籍地为前提（本工具的理解）。",
        "The {kind} schools' '{field}: {value}' makes going back to the hukou place to school the rule ('{marker}'); "
        "Article 12(2) of the Compulsory Education Law has equal conditions provided for children schooled where their "
        "parents work or live, with no return home first (the tool's reading).",
    )
    fix = (
        "删去“原则上回户籍地”，改为持居住证的随迁子女按居住地与户籍适龄儿童同步报名、相对就近入学。",
        "Drop the return to the hukou place; let permit-holding migrant children register where they live, like "
        "local children.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for schedule, _attr, field, value in migrant_values(rules):
            folded = fold(value.value)
            for start, end in _sendings(folded.text):
                yield self.finding(rules, ruleset, _at(value, folded, start, end), kind=KIND[schedule.kind],
                                   field=field, value=value.value, marker=folded.text[start:end])


def _sendings(text: str) -> Iterator[tuple[int, int]]:
    """Each stretch of ``text`` (a value's words joined by 、) sending children back as the rule: a draft that
    says it in two places has two (each read with the words before it in its own part)."""
    at = 0
    while at < len(text):
        found = return_home.read(text[at:])
        if found is None:
            return
        yield at + found.start, at + found.end
        at += found.end


def _at(value, folded, start: int, end: int) -> Span:
    """The span of ``value`` holding the folded characters ``start:end`` (so a draft's second sentence is reported
    on its own line), or the value's span when its raw text is not on one line as written."""
    span, raw = value.span, value.raw
    if span.line != span.end_line or span.end_column - span.column != len(raw) or raw != value.value:
        return span
    starts = folded.starts or list(range(len(folded.text) + 1))
    first = starts[start] if start < len(starts) else start
    last = starts[end - 1] + 1 if 0 < end <= len(starts) else end
    return Span(line=span.line, column=span.column + first, end_line=span.line, end_column=span.column + last)
