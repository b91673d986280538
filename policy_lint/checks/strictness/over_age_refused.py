import re
from typing import Iterator

from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import demands

#: an over-age child turned away: 超龄儿童不予接收, 超过正常入学年龄的不能入读一年级, 年龄超过…的一律不安排, 拒收超龄儿童
OVER_AGE_REFUSED = re.compile(
    r"(?:超龄|超过(?:正常)?(?:入学)?年龄|年龄超过[^，,；;。]{0,10}?|大龄)[^，,；;。]{0,12}?(?:一律|均|都|概)?"
    r"(?:不予|不能|不得|不再|不可|无法|不)(?:接收|招收|入学|入读|就读|安排|受理|报名|录取|办理)"
    r"|(?:拒收|拒绝接收|不接收|不予接收)[^，,；;。]{0,6}超龄"
)


class OverAgeChildRefused(Check):
    """拒绝超龄儿童入学

    ## 检查内容
    入学条件把超过正常入学年龄的儿童挡在门外：“超龄儿童不予接收”“超过入学年龄的不能入读一年级”“年龄超过
    8周岁的一律不安排”“拒收超龄儿童”。前面有“不得”“严禁”等否定词的（“不得以超龄为由拒绝入学”）不报告；
    未满入学年龄（未及龄）的不予入学不在此列。

    ## 为何重要
    《义务教育法》第十一条：“凡年满六周岁的儿童，其父母或者其他法定监护人应当送其入学接受并完成义务教育；
    条件不具备的地区的儿童，可以推迟到七周岁。”法律规定的是入学的起始年龄，没有上限；随迁子女随父母流动，
    入学晚于同龄人的并不少见，不接收就是不让他们接受义务教育。教基厅〔2022〕1号要求清理“超过正常入学年龄
    证明”，也以超龄儿童照常入学为前提。没有文本逐字禁止拒收超龄儿童，把它读作违反第十一条是本工具的读法
    （推定）。

    ## 示例
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        其他: 超龄儿童不予接收
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 持有有效居住证
        其他: 超龄儿童按实际情况编入相应年级
    }
    ```

    ## 修改方法
    删去拒收超龄儿童的规定；超龄儿童照常入学，按实际情况编班。

    ## 未建模
    只看入学条件的文字；年龄界限（如“2015年8月31日前出生”）本身不报告，界限之外的孩子如何入学没有写明的
    留给审核人员。未及龄儿童不予入学是合法的（起始年龄和截止日期由省规定），不报告。

    ## What it checks
    An admission condition turns an over-age child away: 超龄儿童不予接收, 超过入学年龄的不能入读一年级, 年龄超过
    8周岁的一律不安排, 拒收超龄儿童. A phrase preceded by a negation (不得以超龄为由拒绝入学) is not reported; refusing
    a child below the starting age (未及龄) is not this.

    ## Why it matters
    Compulsory Education Law Art. 11: every child who has turned six is to be sent to school by the parents or
    guardians, and in areas lacking the conditions at seven. The law sets the age to start, and no upper age;
    migrant children move with their parents and often start later than their peers, and turning them away
    keeps them out of compulsory education. 教基厅〔2022〕1号's abolition of the 超龄证明 presupposes that
    over-age children enrol as usual. No text forbids refusing them in so many words; reading the refusal as
    against Article 11 is the tool's reading (derived).

    ## How to fix
    Remove the refusal; over-age children enrol as usual and are placed in a suitable class.

    ## Not modelled
    Only the admission conditions are read; an age bracket itself (born before 31 August 2015) is not
    reported, and how a child outside it is admitted, when unsaid, is left to the reviewer. Refusing a child
    below the starting age is lawful (the provinces set the age and the cut-off date) and is not reported.
    """

    code = "PL120"
    name = "over-age-child-refused"
    title_en = "Over-age child refused"
    parameters = ("over_age_admitted",)
    message = (
        "{where}不接收超龄儿童（「{term}」）；义务教育法只规定入学的起始年龄，没有上限。",
        "{where} turns over-age children away ('{term}'); the Compulsory Education Law sets the age to start, "
        "and no upper age.",
    )
    fix = (
        "删去拒收超龄儿童的规定，超龄儿童照常入学、按实际情况编班。",
        "Remove the refusal; over-age children enrol as usual and are placed in a suitable class.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for found in demands(rules, OVER_AGE_REFUSED, materials=False):
            yield self.finding(rules, ruleset, found.span, where=found.where, term=found.term)
