from __future__ import annotations

from typing import Iterator

from ...normalise import fold_text
from ...findings import Finding
from ...models import Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from ..enrolment._common import negated_at
from ... import lazy_re

#: Wordings that put migrant pupils apart from local pupils once enrolled.
_APART = lazy_re.compile(
    r"(?:单独|分开|另行|集中|分别)(?:编班|成班|分班|组班|授课|教学|上课|管理|考核|评比|评选|排名)"
    r"|随迁子女(?:专门|专用)?班|外来(?:务工)?(?:人员)?子女班|民工子弟班"
    r"|区别(?:对待|管理)|差别(?:对待|管理)"
    r"|(?:户籍|本地|本县|本区)(?:学生|儿童|生)?优先|优先[^，,；;。]{0,6}(?:户籍|本地|本县|本区)"
    r"|(?:不|不得|不能|不予|无权)(?:参加|参与|纳入|享受|推荐|评为)"
    r"|(?:名额|比例|人数)(?:不超过|不得超过|不高于|限制|限定|控制在)|限额"
)

_FIELDS = (("teaching", "教育教学", "混合编班、统一教学"), ("management", "日常管理", "与户籍学生统一管理"),
           ("awards", "评优评先", "与户籍学生同等参加评优评先，不设名额限制"))


class MigrantChildrenSetApartAtSchool(Check):
    """教育教学、日常管理或评优评先中随迁子女与户籍学生区别对待

    ## 检查内容
    「在校管理」中“教育教学”“日常管理”“评优评先”的写法把随迁子女与户籍学生分开或排在后面：单独编班、
    另行管理、随迁子女班、户籍学生优先、不参加（不纳入）评优、评优名额或比例受限等。“混合编班”“统一
    管理”“一视同仁”“同等参加”等写法不报告；区别对待的字样前紧接“不”“不得”“严禁”等否定词的（如“不单独
    编班”“不设名额限制”）视为否定。

    ## 为何重要
    山西省要求“建立健全随迁子女关爱帮扶机制……在教育教学、日常管理和评优评先工作中一视同仁、平等对待，
    使随迁子女更好融入学校学习生活”。单独编班、限制评优，等于在校内把随迁子女另列一档。

    ## 示例
    ```rules
    在校管理 {
        教育教学: 随迁子女单独编班
        评优评先: 随迁子女名额不超过10%
    }
    ```

    ## 改为
    ```rules
    在校管理 {
        教育教学: 与户籍学生混合编班，不单独编班
        日常管理: 统一管理，一视同仁
        评优评先: 同等参加评优评先，不设名额限制
    }
    ```

    ## 修改方法
    改为与户籍学生混合编班、统一管理，同等参加评优评先，不设名额或比例限制。

    ## 未建模
    只看「在校管理」的三项，按字样判断；写在其他地方的区别对待、学籍或收费上的区别留给审核人员。

    ## What it checks
    The 在校管理 section's 教育教学 (teaching), 日常管理 (daily management) or 评优评先 (awards) sets
    migrant pupils apart from or after local pupils: separate classes or management, a class for migrant
    children, local pupils first, no part in awards, a quota on awards. Equal wordings (混合编班, 统一管理,
    一视同仁, 同等参加) are not reported; an unequal wording right after a negation (不单独编班, 不设名额
    限制) counts as negated.

    ## Why it matters
    Shanxi requires schools to "treat migrant children alike and equally in teaching, daily management
    and awards" (在教育教学、日常管理和评优评先工作中一视同仁、平等对待) so that they settle into school
    life. Separate classes or award quotas set them apart inside the school.

    ## How to fix
    Mix migrant and local pupils in the same classes, manage them alike, and let them compete for awards
    on the same terms with no quota.

    ## Not modelled
    Only the three entries of 在校管理 are read, by their wording; unequal treatment written elsewhere,
    in school records or in fees, is left to the reviewer.
    """

    code = "PL901"
    name = "migrant-children-set-apart-at-school"
    title_en = "Migrant pupils set apart in teaching, management or awards"
    parameters = ("school_life_equal_treatment",)
    example_ruleset = "shanxi-2021"
    message = (
        "「{field}：{value}」把随迁子女与户籍学生区别对待（“{marker}”）；教育教学、日常管理和评优评先应一视同仁。",
        "'{field}: {value}' sets migrant pupils apart from local pupils ('{marker}'); teaching, daily "
        "management and awards must treat them alike.",
    )
    fix = (
        "改为与户籍学生一视同仁，如“{field}：{example}”。",
        "Treat migrant pupils like local pupils, e.g. '{field}: {example}'.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        life = rules.school_life
        if life is None:
            return
        for attr, field, example in _FIELDS:
            value = getattr(life, attr)
            if value is None:
                continue
            marker = apart_marker(fold_text(value.value))
            if marker is not None:
                yield self.finding(rules, ruleset, value.span, field=field, value=value.value, marker=marker,
                                   example=example)


def apart_marker(text: str) -> str | None:
    """The first wording in ``text`` that sets migrant pupils apart (not negated), or ``None``."""
    for match in _APART.finditer(text):
        if not negated_at(text, match.start()):
            return match.group()
    return None
