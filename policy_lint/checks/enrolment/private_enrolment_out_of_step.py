from __future__ import annotations

from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...models import DateRange, Rules, SchoolKind
from ...ruleset import ResolvedRuleset
from .. import Check
from ._common import STAGES, date_range

_BEFORE = text("PL301.before")
_APART = text("PL301.apart")


class PrivateEnrolmentOutOfStep(Check):
    """民办学校招生与公办学校不同步

    ## 检查内容
    招生安排中，公办和民办都写了的环节（报名、摇号、录取），民办的日期早于公办（民办先开始）的，报告为错误；
    不早于公办而起止日期不一致的（如民办晚几天结束、另一天摇号），报告为警告。报告落在民办该环节的日期上，
    并写明两边的日期。

    ## 为何重要
    2019 年中共中央、国务院的意见要求民办义务教育学校“与公办学校同步招生”，山西省、晋城市和台州市的文件
    都重申“公民同招”或“同期面向社会招生”；2021 年 9 月 1 日起施行的《民办教育促进法实施条例》第三十一条
    规定民办学校“与公办学校同期招生”，实施义务教育的民办学校“不得提前招生”。法规禁止的是提前：民办早于
    公办为错误（有该条时引用该条）；同期而日期不完全相同，法规没有明确禁止，只作提醒。民办学校先报名、先录取，就能在公办之前“掐尖”，让家长被迫在
    公办结果出来前做选择；日期不一致也会让随迁子女家庭难以兼顾两边的报名。

    ## 示例
    ```rules
    招生安排 {
        公办 {
            报名: 2021年7月1日至7月10日
        }
        民办 {
            报名: 2021年6月20日至6月30日
        }
    }
    ```

    ## 改为
    ```rules
    招生安排 {
        公办 {
            报名: 2021年7月1日至7月10日
        }
        民办 {
            报名: 2021年7月1日至7月10日
        }
    }
    ```

    ## 修改方法
    把民办学校每个环节的日期改为与公办学校相同。

    ## 未建模
    只比较公办、民办都写了的环节：民办写了而公办没写的环节（或反过来）无从比较，不报告；只写了一种学校的
    安排也不报告。“同步”按起止日期完全相同判断，不考虑一两天的技术性差异；各环节之间的先后（如录取早于报名）
    不在此检查。

    ## What it checks
    For each stage written for both public and private schools (registration 报名, lottery 摇号,
    admission 录取): private dates starting before the public ones are an error; dates that start no
    earlier but differ (a later end, another lottery day) are a warning. The finding is placed on the
    private stage's dates and gives both ranges.

    ## Why it matters
    The 2019 opinion of the CPC Central Committee and the State Council requires private compulsory
    schools to enrol at the same time as public schools (与公办学校同步招生); Shanxi, Jincheng and Taizhou
    repeat it (公民同招, 同期面向社会招生). From 2021-09-01, article 31 of the Regulations for the
    Implementation of the Private Education Promotion Law requires private schools to enrol in the same
    period as public schools (同期招生) and forbids private compulsory schools to enrol early (不得提前招生).
    What the regulation forbids is enrolling earlier: that is an error (citing the article where it is in
    force); the same period on days that are not identical is not expressly forbidden and is a remark. Private schools that register or admit first can cream off
    pupils and force parents to choose before the public results are out; different dates also make it
    hard for migrant families to apply to both.

    ## How to fix
    Give every private-school stage the same dates as the public one.

    ## Not modelled
    Only stages written for both kinds of school are compared: a stage the private schedule has and the
    public one lacks (or the reverse) cannot be compared and is not reported, nor is a schedule given for
    one kind of school only. In step means the same start and end dates; a day or two of technical
    difference is not tolerated or weighed. The order of the stages (e.g. admission before registration)
    is not checked here.
    """

    code = "PL301"
    name = "private-enrolment-out-of-step"
    title_en = "Private-school enrolment out of step with public schools"
    parameters = ("same_time_enrolment",)
    message = (
        "民办学校{stage}时间为{private}，公办学校为{public}：{relation}。",
        "Private-school {stage} runs {private}, public-school {stage} {public}: {relation}.",
    )
    fix = (
        "把民办学校{stage}时间改为与公办学校相同（{public}）。",
        "Hold private-school {stage} on the public schools' dates ({public}).",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        public = rules.schedule(SchoolKind.public)
        private = rules.schedule(SchoolKind.private)
        if public is None or private is None:
            return
        for field, stage in STAGES.items():
            ours: DateRange | None = getattr(private, field)
            theirs: DateRange | None = getattr(public, field)
            if ours is None or theirs is None:
                continue
            if ours.start < theirs.start:
                # earlier than the public schools: forbidden (实施条例第三十一条 from 2021-09-01, where in force)
                relation, severity = _BEFORE, "error"
                cited = "private_no_earlier_enrolment" if ruleset.get("private_no_earlier_enrolment") else None
            elif (ours.start, ours.end) != (theirs.start, theirs.end):
                relation, severity, cited = _APART, "warning", None  # 同期 but not the same days: a remark
            else:
                continue
            yield self.finding(rules, ruleset, ours.span, cited, severity, stage=stage, private=date_range(ours),
                               public=date_range(theirs), relation=relation)
