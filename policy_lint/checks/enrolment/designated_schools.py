from typing import Iterator

from ...extract.readers import designated
from ...findings import Finding
from ...models import Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from ._common import KIND, migrant_values, negated_at


class MigrantChildrenSentToDesignatedSchools(Check):
    """随迁子女只能到指定学校报名、就读

    ## 检查内容
    招生安排中“随迁子女报名”“随迁子女摇号”的写法把随迁子女限定到指定学校、定点学校或“接收流动人口子女
    就读学校”“接受外来务工人员及随迁子女的学校”或一一点名的几所学校（“安排到牡丹中学、城北小学……等学校就读”），
    而不是与户籍儿童一样按学区（相对就近）入学：“其随迁子女可在指定学校报名”“到流动人口指定学校就读”。前面有
    “不得”“取消”等否定词的不报告。

    ## 为何重要
    《义务教育法》第十二条第二款要求父母在当地工作或居住的适龄儿童，在当地“平等接受义务教育”。
    只许随迁子女进几所指定学校，是按户籍把孩子分到另一套学校，不是与户籍儿童同样就近入学。
    “两为主”“相对就近入学”（国发〔2008〕25号等）的原文未核对；读作不得限定学校是本工具的理解（推定），
    故只作提示。

    ## 示例
    ```rules
    招生安排 {
        公办 {
            随迁子女报名: 其随迁子女可在指定学校报名
        }
    }
    ```

    ## 改为
    ```rules
    招生安排 {
        公办 {
            随迁子女报名: 按居住地与户籍适龄儿童同步报名、相对就近入学
        }
    }
    ```

    ## 修改方法
    让随迁子女与户籍儿童一样按居住地所在学区报名、相对就近入学；学位不足时统筹安排到就近的公办学校。

    ## 未建模
    只看“随迁子女报名”“随迁子女摇号”两项的字样。指定学校是否就是孩子居住地的学区学校、学位不足时统筹
    安排是否合理，留给审核人员。

    ## What it checks
    A schedule's 随迁子女报名 or 随迁子女摇号 confines migrant children to designated schools (指定学校,
    定点学校, the schools that take or accept migrant children, schools named one by one for them: 安排到牡丹中学、
    城北小学……等学校就读) instead of the catchment school local children go to:
    其随迁子女可在指定学校报名, 到流动人口指定学校就读. A wording after a negation (不得, 取消) is not reported.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law gives children whose parents work or live there "equal
    conditions" of compulsory education there. Letting migrant children into a few designated schools only
    sorts children into other schools by hukou rather than admitting them near home like local children.
    The texts of "两为主" and "相对就近入学" (国发〔2008〕25号 and others) are not verified; reading this as
    not allowed is the tool's (derived), so it is a warning.

    ## How to fix
    Let migrant children register by their home's catchment area and enrol near home like local children;
    where places run short, place them in a nearby public school.

    ## Not modelled
    Only the wording of 随迁子女报名 and 随迁子女摇号 is read. Whether the designated schools are in fact the
    children's catchment schools, and whether a placement when places run short is fair, is left to the
    reviewer.
    """

    code = "PL112"
    name = "migrant-children-sent-to-designated-schools"
    title_en = "Migrant children confined to designated schools"
    severity = "warning"
    parameters = ("no_designated_schools",)
    message = (
        "{kind}学校「{field}：{value}」把随迁子女限定到“{marker}”；随迁子女应与户籍儿童一样按居住地相对就近入学。",
        "The {kind} schools' '{field}: {value}' confines migrant children to '{marker}'; they should enrol near "
        "home like local children.",
    )
    fix = (
        "改为按居住地与户籍适龄儿童同样报名、相对就近入学，不限定指定学校。",
        "Let migrant children register and enrol near home like local children, without designated schools.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for schedule, _attr, field, value in migrant_values(rules):
            folded = fold_text(value.value)
            # the schools as the designated reader names them (policy_lint/extract/readers/designated.toml)
            found = next((m for m in designated.schools(folded) if not negated_at(folded, m.start)), None)
            if found is None:
                continue
            yield self.finding(rules, ruleset, value.span, kind=KIND[schedule.kind], field=field,
                               value=value.value, marker=folded[found.start:found.end])
