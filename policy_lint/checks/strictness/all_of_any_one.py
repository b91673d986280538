import re
from typing import Iterator

from ...extract.readers import material_condition
from ...normalise import fold_text
from ...findings import Finding
from ...models import Condition, ConditionGroup, ConditionKind, Rules
from ...ruleset import ResolvedRuleset
from .. import Check


def _required(group: ConditionGroup) -> list[Condition]:
    """The conditions an all-of group requires together: its own and those of all-of groups inside it, and of an
    any-one group with a single branch (之一 { 住所: … } alone: nothing else to choose, so it is required)."""
    found: list[Condition] = []
    for item in group.items:
        if isinstance(item, ConditionGroup):
            if item.mode == "all":
                found.extend(_required(item))
            elif len(item.items) == 1 and not _lists_alternatives(item.items[0]):
                found.extend(_required(item.model_copy(update={"mode": "all"})))
        else:
            found.append(item)
    return found


def _lists_alternatives(item) -> bool:
    """Whether a single branch is itself a list of alternatives (住所: 自有住房、租住房屋 or 自有住房或租赁住房, as a
    draft's "符合下列条件之一" is written when its items are all of one kind): then the group still offers a choice."""
    return isinstance(item, Condition) and bool(re.search(r"[、，,；;]|或", item.raw))


def _all_of_groups(group: ConditionGroup, parent_mode: str | None = None):
    """Each all-of group not itself inside an all-of group (those are merged into their parent)."""
    if group.mode == "all" and parent_mode != "all":
        yield group
    for item in group.items:
        if isinstance(item, ConditionGroup):
            yield from _all_of_groups(item, group.mode)


def _position(condition: Condition) -> tuple[int, int]:
    return condition.span.line, condition.span.column


def _asks_housing(condition: Condition) -> bool:
    """A housing condition, or a residence one whose papers are housing papers only (已在本县连续合法居住满一年（如
    《房屋租赁登记备案凭证》、房产证等）: the residence is shown only by a dwelling; the material_condition reader)."""
    return condition.kind is ConditionKind.housing or (
        condition.kind is ConditionKind.residence
        # (read as the vocabulary writes it: 《居住登記回執》 in traditional characters is the residence registration too)
        and material_condition.shown_by_housing(fold_text(condition.raw)) is not None)


def _stated_together(group: ConditionGroup, first: Condition, second: Condition) -> ConditionGroup | None:
    """The innermost all-of group written inside ``group`` (同时具备 { }, as a draft's 应同时具备以下条件：is written)
    that holds both conditions: where the draft states them required together."""
    for item in group.items:
        if isinstance(item, ConditionGroup) and item.mode == "all":
            held = {id(c) for c, _ in item.walk()}
            if id(first) in held and id(second) in held:
                return _stated_together(item, first, second) or item
    return None


class AllOfWhereAnyOneSuffices(Check):
    """要求就业、住所条件同时具备

    ## 检查内容
    入学条件要求合法稳定就业和合法稳定住所同时具备：两者都写在入学条件的顶层（顶层各项须全部满足），
    或写在同一个“同时具备”组中；只有一个分支的“之一”组没有可选的，其中的条件同样必须满足。写在“之一”组中、具备其一即可的，不报告。
    只能以住房材料证明的居住条件（“已在本县连续合法居住满一年（如《房屋租赁登记备案凭证》、房产证等）”）同样是住所条件。
    每组只报告一次，位置在两者中靠后的一项；两者写在顶层之内的同一个“同时具备”组中的（如草稿“应同时具备以下条件：”），位置在该组。

    ## 为何重要
    《居住证暂行条例》第二条规定，居住半年以上、符合“有合法稳定就业、合法稳定住所、连续就读条件之一的”，
    即可申领居住证。要求就业和住所同时具备，会把只满足其中一项的家庭（如无固定单位但租房居住的家庭）挡在门外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        就业: 合法稳定就业
        住所: 合法稳定住所（含租赁）
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        之一 {
            就业: 合法稳定就业
            住所: 合法稳定住所（含租赁）
        }
    }
    ```

    ## 修改方法
    把就业和住所条件放进“之一 { }”组，具备其中一项即可。

    ## 未建模
    写在同一条件文字里的“且”“并”（如“住所：有合法稳定住所并合法稳定就业”）不拆分；
    “连续就读”不是单独的条件项。一个“之一”组中某一分支要求两者同时具备、另有其他分支可选时，
    该分支仍被报告，由审核人员判断其他分支是否足以替代。

    ## What it checks
    The rules require lawful stable employment and lawful stable housing together: both at the top level
    of 入学条件 (whose entries are all required) or in the same 同时具备 group; an 之一 group with a single
    branch offers no choice, so what it holds is required too. In an 之一 group, where one suffices, they
    are not reported. A residence condition shown only by housing papers (已在本县连续合法居住满一年（如《房屋租赁登记
    备案凭证》、房产证等）) is a housing condition too. Each group is reported once, at the later of the two; when both
    are written in one 同时具备 group inside it (a draft's 应同时具备以下条件：), at that group.

    ## Why it matters
    Art. 2 of the Residence Permit Regulations grants a permit to whoever has lived there half a year and
    meets "one of" lawful stable employment, lawful stable housing or continuous study. Requiring both
    shuts out families who meet only one, such as renters without a fixed employer.

    ## How to fix
    Put the employment and housing conditions in an 之一 { } group so that either suffices.

    ## Not modelled
    "And" inside one condition's text (住所：有合法稳定住所并合法稳定就业) is not split; continuous study
    is not a condition of its own. When one branch of an 之一 group requires both but other branches
    exist, that branch is still reported and the reviewer judges whether the others are a fair
    alternative.
    """

    code = "PL106"
    name = "all-of-where-any-one-suffices"
    title_en = "Employment and housing both required where one suffices"
    parameters = ("any_one_condition",)
    message = (
        "「{group}」要求「{first_key}：{first_raw}」和「{second_key}：{second_raw}」同时具备；"
        "基准只要求合法稳定就业、合法稳定住所等条件具备其一。",
        "'{group}' requires both '{first_key}: {first_raw}' and '{second_key}: {second_raw}'; the baseline asks "
        "for only one of lawful stable employment, housing or study.",
    )
    fix = (
        "把「{first_key}」和「{second_key}」放进“之一 {{ }}”组，具备其一即可。",
        "Put '{first_key}' and '{second_key}' in an 之一 {{ }} group so that either suffices.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if rules.conditions is None:
            return
        for group in _all_of_groups(rules.conditions):
            required = _required(group)
            employment = [c for c in required if c.kind is ConditionKind.employment]
            housing = [c for c in required if _asks_housing(c)]
            if not employment or not housing:
                continue
            first, second = sorted((min(employment, key=_position), min(housing, key=_position)), key=_position)
            stated = _stated_together(group, first, second)
            # placed at the group stating them together, named by it (the words at the caret are the words quoted)
            yield self.finding(rules, ruleset, stated.span if stated is not None else second.span,
                               group=(stated or group).label,
                               first_key=first.key, first_raw=first.raw,
                               second_key=second.key, second_raw=second.raw)
