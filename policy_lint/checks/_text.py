"""Text helpers shared by checks that read free text: is a phrase negated within its clause?"""

from __future__ import annotations

import re
from .. import lazy_re

# A negation just before a phrase: 不得跨区域, 严禁超计划, 无需原籍证明, 除本区外.
NEGATION_BEFORE = lazy_re.compile(
    r"(?:(?:不得|严禁|禁止|不准|不能|不可|不允许|不应|不再|不需|不必|无需|无须|不要求|不用|免于|免予|免交|免|取消|不|勿|毋|无)"
    r"(?:擅自|再|向|要求|提供|要求提供)?|除\S{0,3})$"
)

#: clause separators: a negation does not reach across them (、 is one too, unless a caller says otherwise)
CLAUSES = "、，；。,;：:"


def negated(text: str, start: int, separators: str = CLAUSES) -> bool:
    """Whether the phrase at ``start`` in ``text`` is negated within its clause."""
    clause = re.split(f"[{re.escape(separators)}]", text[:start])[-1]
    return bool(NEGATION_BEFORE.search(clause))


#: a negation after a phrase, in its clause (a list joined by 、 continues it; a bracket does not):
#: 计划生育证明不再要求提供, 借读费、赞助费一律不收, 户籍不限
NEGATION_AFTER = re.compile(
    r"^[^，,；;。（(]*?(?:一律|均|概|都|也|亦)?(?:不再要求|不作要求|不做要求|不作限制|不受限制|不限|不要求|不需要?|无需|"
    r"无须|不必|不得要求|不收|免收|免除|取消)"
)


def negated_after(text: str, end: int) -> bool:
    """Whether a negation follows the phrase ending at ``end`` in its clause (计划生育证明不再要求提供)."""
    return bool(NEGATION_AFTER.match(text[end:]))


def first_affirmed(pattern: re.Pattern[str], text: str, separators: str = CLAUSES) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that is not negated, before it or after it in its clause."""
    for match in pattern.finditer(text):
        if not negated(text, match.start(), separators) and not negated_after(text, match.end()):
            return match
    return None


#: negation words, wherever they stand in a clause (不予: 补缴的不予认可, 不予收取)
NEGATION_WORDS = lazy_re.compile(r"不得|不再|不需|不必|不予|无需|无须|免于|免予|免交|免提供|严禁|禁止|取消|不要求|不用")


def negated_in_clause(text: str, start: int, separators: str = "，；。,;：:") -> bool:
    """Whether a negation word stands anywhere earlier in the clause holding ``start``: in
    不得要求提供计划生育证明、超龄证明 both documents are negated (、 continues the list)."""
    clause = re.split(f"[{re.escape(separators)}]", text[:start])[-1]
    return bool(NEGATION_WORDS.search(clause))
