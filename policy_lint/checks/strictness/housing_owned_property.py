from typing import Iterator

from ...findings import Finding
from ...models import Condition, ConditionGroup, ConditionKind, Housing, Rules
from ...ruleset import ResolvedRuleset
from .. import Check

def owned_only(condition: Condition) -> bool:
    """Whether a 住所 condition accepts only owned property (rented housing excluded)."""
    return condition.housing is Housing.owned


def _housing(group: ConditionGroup, ancestors: tuple[ConditionGroup, ...] = ()):
    """Every 住所 condition with the groups that hold it, outermost first."""
    chain = (*ancestors, group)
    for item in group.items:
        if isinstance(item, ConditionGroup):
            yield from _housing(item, chain)
        elif item.kind is ConditionKind.housing:
            yield item, chain


def _holds(item, condition: Condition) -> bool:
    """Whether ``item`` (a condition or a group) is ``condition`` or holds it."""
    if isinstance(item, ConditionGroup):
        return any(c is condition for c, _ in item.walk())
    return item is condition


def _permit_route(group: ConditionGroup, condition: Condition) -> bool:
    """Whether ``group`` (any-one-of) offers, beside the alternative holding ``condition``, a route resting on the
    residence permit that asks no owned property (1.父母在市内持有房产…可凭房产证申请入学；2.…具有有效的居住证):
    a family renting takes that route, so the property route adds a way in and narrows nothing."""
    for item in group.items:
        if _holds(item, condition):
            continue
        conditions = [c for c, _ in item.walk()] if isinstance(item, ConditionGroup) else [item]
        if any(c.kind is ConditionKind.residence_permit for c in conditions) \
                and not any(c.kind is ConditionKind.housing and owned_only(c) for c in conditions):
            return True
    return False


class HousingNarrowedToOwnedProperty(Check):
    """住所条件只认可自有房产

    ## 检查内容
    入学条件中的住所条件只认可自有产权住房（“自有产权住房”“不动产权证书”“购房合同”），
    或明确排除租赁住房（“不含租赁”“租赁住房不予认可”）。如果在同一个“之一”组中另有认可租赁的住所条件
    可供选择，或另有以居住证为依据、不要求自有房产的途径（“持有房产的凭房产证申请；或持有有效居住证”），
    则不报告：租房的家庭可走居住证途径，房产途径是多开的一条路，不是把租房家庭排除在外。

    ## 为何重要
    《居住证暂行条例》第九条所列居住地住址证明包括房屋租赁合同；租赁住房同样是合法稳定住所。
    只认自有房产，会把租房居住的随迁子女家庭（多数进城务工人员）排除在外。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        住所: 自有产权住房
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        住所: 合法稳定住所（含租赁）
    }
    ```

    ## 修改方法
    改为“合法稳定住所（含租赁）”，认可房屋租赁合同、单位或学校出具的住宿证明等。

    ## 未建模
    租赁合同须经备案、须在学区内等附加要求，以及证明材料清单只列房产证的情况，留给审核人员或材料检查。
    住所的种类从条件文字读出：写“自有”“产权”“房产证”“不动产”“购房”“商品房”而不提租赁的，
    以及写“不含租赁”“租赁住房不予认可”“租赁除外”等的，视为只认自有房产。

    ## What it checks
    A housing condition accepts only owned property (自有产权住房, 不动产权证书, 购房合同) or expressly
    excludes rented housing (不含租赁, 租赁住房不予认可). It is not reported when another housing
    condition in the same any-one-of group accepts rental, or when the group offers a route resting on the
    residence permit that asks no owned property (a property owner may apply with the deed; or a holder of
    a valid permit): a renting family takes the permit route, so the property route is one more way in,
    not a narrowing.

    ## Why it matters
    Art. 9 of the Residence Permit Regulations lists a tenancy contract among the proofs of address;
    rented housing is lawful stable residence too. Accepting owned property only shuts out the families
    who rent, as most migrant workers do.

    ## How to fix
    Write 合法稳定住所（含租赁） and accept tenancy contracts and lodging proofs from employers or schools.

    ## Not modelled
    Extra demands on a tenancy (registration, being inside the catchment area), and a materials list
    that names only a property certificate, are left to the reviewer or the materials checks. The kind
    of housing is read from the wording: ownership words (自有, 产权, 房产证, 不动产, 购房, 商品房) with no
    mention of rental, or an express exclusion (不含租赁, 租赁住房不予认可, 租赁除外), count as owned only.
    """

    code = "PL105"
    name = "housing-narrowed-to-owned-property"
    title_en = "Housing condition narrowed to owned property"
    parameters = ("housing_rental_accepted",)
    message = (
        "「{key}：{raw}」只认可自有房产，不认可租赁住房；基准要求租赁住房同样认可为合法稳定住所。",
        "'{key}: {raw}' accepts owned property only, not rented housing; the baseline requires rented housing "
        "to count as lawful stable residence.",
    )
    fix = (
        "改为“合法稳定住所（含租赁）”，认可房屋租赁合同等住所证明。",
        "Write 合法稳定住所（含租赁） and accept a tenancy contract as proof of residence.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        if rules.conditions is None:
            return
        found = list(_housing(rules.conditions))
        for condition, chain in found:
            if not owned_only(condition):
                continue
            if any(self._rental_alternative(group, condition, found) or _permit_route(group, condition)
                   for group in chain if group.mode == "any"):
                continue
            yield self.finding(rules, ruleset, condition.span, key=condition.key, raw=condition.raw)

    @staticmethod
    def _rental_alternative(group: ConditionGroup, condition: Condition, found) -> bool:
        """Whether ``group`` (any-one-of) also offers a 住所 condition that accepts rental."""
        return any(other is not condition and any(g is group for g in chain) and not owned_only(other)
                   for other, chain in found)
