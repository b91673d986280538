from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import LocalText, joined, same, text
from ._common import ConsistencyCheck, units_text


class MaterialsInconsistentInCity(ConsistencyCheck):
    """证明材料与全市通行清单不一致

    ## 检查内容
    把全市各县（市、区）要求的证明材料（按规则集的别名表归一，如“户口本”即“户口簿”、“房屋租赁合同或
    不动产权证书”即“住房证明”）与全市通行清单比较：通行清单是写明证明材料的县中过半数都要求的材料。某县
    的材料比通行清单多出、缺少的项数合计超过规则集允许的项数（山西省为 1 项），报告落在该县证明材料的第
    一项上，写明多出和缺少的材料（多出的附原文）、通行清单，以及哪些县与通行清单完全相同。恰有一半县要求的
    材料，全市各半，既不在通行清单内，也不算任何县的差异。

    ## 为何重要
    山西省教育厅要求“同一城市内各区县有关政策规定应保持大体一致”，并要求“清理减少不必要的证明材料”。
    同一个市里各县要的材料五花八门，家长在县与县之间无所适从；某县多出几项，往往正是应当清理的材料。

    ## 示例
    ```rules
    # 城区
    证明材料 {
        户口簿、居住证、房屋租赁合同或不动产权证书
    }
    ```
    ```rules
    # 高平市
    证明材料 {
        户口簿、居住证、住房证明
    }
    ```
    ```rules
    # 沁水县
    证明材料 {
        户口簿、居住证、住房证明
    }
    ```
    ```rules
    # 泽州县
    证明材料 {
        户口本、居住证、购房合同
        父母无犯罪记录证明、预防接种证
    }
    ```

    ## 改为
    ```rules
    # 城区
    证明材料 {
        户口簿、居住证、房屋租赁合同或不动产权证书
    }
    ```
    ```rules
    # 高平市
    证明材料 {
        户口簿、居住证、住房证明
    }
    ```
    ```rules
    # 沁水县
    证明材料 {
        户口簿、居住证、住房证明
    }
    ```
    ```rules
    # 泽州县
    证明材料 {
        户口本、居住证、购房合同
        预防接种证
    }
    ```

    ## 修改方法
    与该县核实多出的材料是否必要，非必要的删去；少要的材料如能通过其他途径核验（如部门数据共享），无须
    为求一致而增加，在审核意见中说明即可。

    ## 未建模
    写明证明材料的县（市、区）少于 3 个时不比较；没写证明材料的县不计入。恰好一半的县要求的材料视为全市
    意见各半，不认定哪一边离群；没有任何材料过半数时不比较。材料按归一后的
    名称比较，同一名称的不同写法（如“租赁合同”与“购房合同”都归为“住房证明”）视为相同；材料是否要原件、
    复印件或经备案，不作区分。多出的材料是否属于禁止或清单外材料，由 PL201、PL202 检查。

    ## What it checks
    Each county's supporting documents (normalised through the ruleset's aliases: 户口本 is 户口簿, a
    tenancy agreement or title deed is 住房证明) are compared with the city's prevailing list — the
    documents more than half of the counties stating materials ask for. A county whose extra and missing
    documents together number more than the ruleset's tolerance (1 in Shanxi) is reported at its first
    document, naming the extra and the missing documents, the prevailing list and the counties whose list
    is exactly the prevailing one. A document asked for by exactly half the counties splits the city: it is
    neither on the prevailing list nor counted as a difference for anyone.

    ## Why it matters
    Shanxi requires the policies of the counties within one city to be broadly consistent and asks for
    unnecessary certificates to be cleared away (清理减少不必要的证明材料). When every county of a city
    asks for a different bundle, parents cannot know what to bring; the extra items one county asks for
    are often exactly the ones to clear away.

    ## How to fix
    Ask the county whether its extra documents are needed and drop those that are not; a document the
    county does not ask for need not be added for the sake of uniformity if it can be verified otherwise
    (shared departmental data, say) — note it in the review.

    ## Not modelled
    Fewer than 3 county units stating materials are not compared; a county stating none is left out. The
    city split evenly on a document has no outlier for it; with no document asked for by more than half,
    nothing is compared. Documents are compared by normalised name, so different wordings of one
    document (a tenancy agreement and a purchase contract are both 住房证明) are the same; originals,
    copies or registered copies are not distinguished. Whether an extra document is banned or off the
    allowed list is PL201's and PL202's concern.
    """

    code = "PL402"
    name = "materials-inconsistent-in-city"
    title_en = "Supporting documents inconsistent within the city"
    parameters = ("city_consistency", "consistency_materials_tolerance")
    rows = ("materials",)
    tolerance_parameter = "consistency_materials_tolerance"
    message = (
        "「{county}」的证明材料与全市通行清单相差 {count} 项（允许 {tolerance} 项）：{difference}。"
        "全市通行清单为{prevailing}（过半数县（市、区）要求的材料；{sharing}）。",
        "{county}'s supporting documents differ from the city's prevailing list by {count} items (tolerance "
        "{tolerance}): {difference}. The prevailing list, the documents more than half the counties ask for, "
        "is {prevailing} ({sharing}).",
    )
    fix = (
        "与「{county}」核实证明材料的差异：{advice}。",
        "Ask {county} about its supporting documents: {advice}.",
    )

    def run_city(self, city) -> Iterator[Finding]:
        tolerance = self.tolerance(city)
        for row in self.compared_rows(city):
            prevailing = set(row.prevailing)
            if not prevailing:
                continue
            order = _city_order(city, row)
            listed = [name for name in order if name in prevailing]
            split = [name for name in order if name in row.split]
            if row.sharing:
                sharing = text("PL402.shared_by", units=joined(row.sharing))
            else:
                sharing = text("PL402.shared_by_none")
            if split:
                sharing = text("PL402.split", sharing=sharing, split=joined(split))
            for unit, cell in row.cells.items():
                own = set(cell.value)
                extra = [name for name in _unit_order(city, unit) if name not in prevailing and name not in split]
                missing = [name for name in listed if name not in own]
                if not row.differs(unit, tolerance):
                    continue
                written = joined(_as_written(city, unit, name) for name in extra)
                parts, advice = [], []
                if extra:
                    parts.append(text("PL402.extra", materials=written))
                    advice.append(text("PL402.extra_advice", materials=written))
                if missing:
                    parts.append(text("PL402.missing", materials=joined(missing)))
                    advice.append(text("PL402.missing_advice", materials=joined(missing)))
                yield self.city_finding(
                    city, self.unit_path(city, unit), cell.span,
                    county=unit, count=len(extra) + len(missing), tolerance=tolerance,
                    difference=joined(parts, "semicolon"),
                    prevailing=units_text(listed), sharing=sharing,
                    advice=joined(advice, "semicolon"),
                )


def _unit_order(city, unit: str) -> list[str]:
    """The unit's normalised material names in the order its file lists them."""
    found = city.unit(unit)
    names: list[str] = []
    for material in found.rules.materials if found is not None and found.rules is not None else []:
        if material.name not in names:
            names.append(material.name)
    return names


def _city_order(city, row) -> list[str]:
    """Every material name of the row, in the order the city's units first list them."""
    names: list[str] = []
    for unit in row.cells:
        for name in _unit_order(city, unit):
            if name not in names:
                names.append(name)
    return names


def _as_written(city, unit: str, name: str) -> LocalText:
    """计划生育证明（“独生子女证”）: a normalised name with the county's wording when it differs."""
    found = city.unit(unit)
    raw = next((m.raw for m in found.rules.materials if m.name == name), name)
    if raw == name:
        return same(name)
    return text("PL402.material_as_written", name=name, raw=raw)
