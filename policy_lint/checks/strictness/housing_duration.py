from typing import Iterator

from ...findings import Finding
from ...models import ConditionKind, Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from ._duration import months_text


class HousingDurationAboveBaseline(Check):
    """住所条件附加时长（租房满N年、房产证满N年）

    ## 检查内容
    住所条件要求住所持续一段时间（“租房满2年”“房产证满1年”“租赁合同签订满一年以上”），且超过规则集的
    居住年限上限（residence_months_max，国家与山西为 6 个月）。住所条件的时长按居住年限衡量。一项住所条件写了
    几种住所（“自有住房、租赁备案满一年以上、宅基地房屋居住满两年以上”），每一种的时长分别衡量、分别报告。

    ## 为何重要
    《居住证暂行条例》第九条第二款承认房屋租赁合同、房屋产权证明文件、购房合同和住宿证明本身，不问签订或
    取得多久；“租房满2年”实际是要求在当地居住满2年，高于“居住半年以上”。教基厅〔2022〕1号又要求全面清理
    随迁子女入学证明材料的“时限要求”（原文待核实）。第九条是申领居住证的规定，用于入学是本工具的类推（推定）。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        住所: 租房满2年
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
    删去住所条件中的时长，认可有效的租赁合同、房产证明或住宿证明；需要居住时长的，写在居住条件中且不超过上限。

    ## 未建模
    只看住所条件中写出的时长；“租赁合同须经备案”“须在学区内”等附加要求，以及写在证明材料里的时限
    （“近三个月的租赁发票”），留给审核人员。

    ## What it checks
    A housing condition requires the housing to have lasted some time (租房满2年, 房产证满1年, a tenancy
    signed a year or more ago) beyond the ruleset's residence ceiling (residence_months_max: 6 months
    nationally and in Shanxi). A length on housing is measured as a residence time. A housing condition
    naming several kinds of housing, each with its own length, has each length measured and reported.

    ## Why it matters
    Article 9(2) of the Permit Regulations accepts a tenancy, a title deed, a purchase contract or a
    lodging certificate as such, however long held; "renting for 2 years" means living here 2 years,
    beyond "more than half a year". 教基厅〔2022〕1号 also abolishes the "time limits" on migrant
    children's admission documents (wording to verify). Article 9 concerns applying for a permit; applying
    it to admission is the tool's analogy (derived).

    ## How to fix
    Drop the length from the housing condition and accept a valid tenancy, title or lodging certificate;
    a residence time, if any, belongs in the residence condition, within the ceiling.

    ## Not modelled
    Only a length written in the housing condition is read; a registered tenancy, housing inside the
    catchment area, or time limits written into the materials (近三个月的租赁发票) are left to the reviewer.
    """

    code = "PL109"
    name = "housing-duration-above-baseline"
    title_en = "Length required of the housing above the baseline"
    parameters = ("housing_no_duration", "residence_months_max")
    message = (
        "「{key}：{raw}」要求住所持续{months}，实际是居住年限要求，高于上限{limit}。{months_en!h}{limit_en!h}",
        "'{key}: {raw}' requires the housing to have lasted {months_en} months, in effect a residence time, "
        "above the ceiling of {limit_en} months.{months!h}{limit!h}",
    )
    fix = (
        "删去住所条件中的时长，认可有效的租赁合同、房产证明或住宿证明即可。",
        "Drop the length from the housing condition; a valid tenancy, title or lodging certificate suffices.",
    )

    def applies(self, ruleset: ResolvedRuleset) -> bool:
        return super().applies(ruleset) and ruleset.get("residence_months_max") is not None

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        limit = ruleset.get("residence_months_max").value
        for condition, _group in rules.conditions_flat():
            if condition.kind is not ConditionKind.housing or condition.months is None or condition.months <= limit:
                continue
            # each value asking its own length is its own demand (单位宿舍…满一年以上、宅基地…居住满一年以上:
            # alternatives, each reported at its words); a condition built without them, at its longest
            lengths = [(n.months, n.span) for n in condition.lengths if n.months > limit] or \
                [(condition.months, condition.months_span or condition.span)]
            for months, span in lengths:
                yield self.finding(rules, ruleset, span, key=condition.key,
                                   raw=condition.raw, months=_spaced(months_text(months)),
                                   limit=_spaced(months_text(limit)),
                                   months_en=months, limit_en=limit)


def _spaced(length: str) -> str:
    """A space between the Chinese text and a length that starts with a digit: 持续 2 年, 上限半年."""
    return f" {length}" if length[:1].isdigit() else length
