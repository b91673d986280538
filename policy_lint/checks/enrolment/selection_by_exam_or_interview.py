from __future__ import annotations

from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from ._common import KIND
from ... import lazy_re

# A value that says there is no selection: 不得以面试…, 不进行测评, 无需考试, 免试.
_NO_SELECTION = lazy_re.compile(
    r"^\s*(?:无|未|免|不)|不得|不准|严禁|禁止|无需|无须|取消|免试"
    r"|不(?:再|予)?(?:组织|进行|举行|开展|设置?|采用|采取|以)"
)


#: a negation closing a list of methods, after the last of them: 面试、笔试一律取消, 考试、测评均不组织 (its
#: first clause ends with it, so it reaches back over the list's earlier items)
_LIST_DENIED = lazy_re.compile(
    r"^[^，,；;。]+?(?:一律|均|都|全部|一概|概|也|亦)?"
    r"(?:取消|禁止|严禁|不得|不再|不予|不)(?:组织|进行|举行|开展|设置?|采用|采取|实行|安排)?(?:了)?(?:[，,；;。]|$)")


def _denies(value: str) -> bool:
    return bool(_NO_SELECTION.search(value))


def _denied_after(values: list[str]) -> list[bool]:
    """For each value of a list, whether a later value's negation closes the list (面试、笔试一律取消: 面试 too)."""
    out, closed = [], False
    for value in reversed(values):
        closed = closed or bool(_LIST_DENIED.search(value))
        out.append(closed)
    return out[::-1]


class SelectionByExamOrInterview(Check):
    """以考试、面试、测评等方式选拔学生

    ## 检查内容
    招生安排中公办或民办学校的“选拔”（或“考试”“面试”“测评”“入学考试”）写了选拔方式，如“面试”
    “综合素质测评”“入学考试”。写“无”“不组织”或“不得以面试、测评等方式选拔”的不报告；否定只管到本分句
    （逗号、分号为止），“不组织考试，以面谈了解学生情况”中的面谈仍报告。每个选拔方式
    报告一次，并写明是公办还是民办学校。

    ## 为何重要
    2019 年中共中央、国务院的意见规定义务教育学校招生“不得以面试、评测等名义选拔学生”；“公民同招”
    之下，民办学校同样不得考试、面试选拔。以考试或面试选拔，会把随迁子女等处境不利的孩子排除在外。

    ## 示例
    ```rules
    招生安排 {
        民办 {
            报名: 2021年7月1日至7月10日
            面试: 综合素质面试
        }
    }
    ```

    ## 改为
    ```rules
    招生安排 {
        民办 {
            报名: 2021年7月1日至7月10日
            选拔: 无
            超额: 电脑随机录取
        }
    }
    ```

    ## 修改方法
    删去选拔方式，写“选拔：无”；报名人数超过招生计划的，实行电脑随机录取。

    ## 未建模
    只看“选拔”一项。以“了解情况”“亲子活动”“家长会谈”等名义变相面试的，或写在其他地方（如“超额”）
    的选拔方式，留给审核人员（超额录取办法由 PL303 检查）。以否定词开头或含“不得”“严禁”“无需”等的值
    视为不选拔，同一项中其后的值（“不得以面试、测评等方式选拔”中的“测评…”）也视为否定的延续；列举之后的否定
    （“面试、笔试一律取消”“考试、测评均不组织”）管到它前面列举的每一项。

    ## What it checks
    A public or private schedule states a selection method under 选拔 (or 考试, 面试, 测评, 入学考试),
    e.g. 面试, 综合素质测评, 入学考试. 无, 不组织 and 不得以面试、测评等方式选拔 are not reported; a negation reaches
    to the end of its clause (a comma or semicolon), so the interview in 不组织考试，以面谈了解学生情况 is. Each method
    is reported once, naming the kind of school.

    ## Why it matters
    The 2019 opinion of the CPC Central Committee and the State Council forbids selecting pupils "by
    interview, assessment or any other name" (不得以面试、评测等名义选拔学生); under 公民同招 private schools
    may not select by exam or interview either. Selection by exam or interview shuts out disadvantaged
    children such as migrant workers' children.

    ## How to fix
    Remove the selection method and write 选拔: 无; when applicants exceed places, admit by computer
    lottery.

    ## Not modelled
    Only the 选拔 entry is read. Disguised interviews (了解情况, 亲子活动, 家长会谈, …) or a selection method
    written elsewhere are left to the reviewer (the oversubscription rule is PL303's). A value that
    opens with a negation or contains 不得, 严禁, 无需, … counts as no selection, and so do the values after
    it in the same entry (the 测评… in 不得以面试、测评等方式选拔), as the negation runs on; a negation closing a
    list (面试、笔试一律取消, 考试、测评均不组织) reaches back over every item listed before it.
    """

    code = "PL302"
    name = "selection-by-exam-or-interview"
    title_en = "Pupils selected by exam, interview or test"
    parameters = ("no_selection_exams",)
    message = (
        "{kind}学校以「{value}」选拔学生；义务教育学校不得以考试、面试、测评等方式选拔学生。",
        "The {kind} schools select pupils by '{value}'; compulsory schools may not select by exam, interview or test.",
    )
    fix = (
        "删去「{value}」，写“选拔：无”；报名人数超过招生计划的，实行电脑随机录取。",
        "Remove '{value}' and write 选拔: 无; when applicants exceed places, admit by computer lottery.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        for schedule in rules.schedules:
            denied = False
            closed = _denied_after([fold_text(v.value) for v in schedule.selection])
            for value, after in zip(schedule.selection, closed):
                denied = denied or _denies(fold_text(value.value))
                if denied or after:
                    continue
                yield self.finding(rules, ruleset, value.span, kind=KIND[schedule.kind], value=value.value)
