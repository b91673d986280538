from typing import Iterator

from ...findings import Finding
from ...models import ConditionKind, Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._text import negated, negated_after
from ... import lazy_re

#: wording that makes both parents meet a condition (not the tenancy's two parties: 租赁双方签字)
BOTH_PARENTS = lazy_re.compile(
    r"父母双方|夫妻双方|监护人双方|双方监护人|父母(?:均|都|皆|同时|二人|两人)|父亲和母亲|父亲、母亲|父母亲?各自"
    r"|双方(?:均|都|同时)(?:须|需|应|要)?(?:持有|持|在|为|具备|满足|有|办理|缴纳|居住|就业)"
    # 父母或其他法定监护人均…, 监护人均须…, 父母亲都…, 双亲均…, 夫妻二人…
    r"|(?:父母亲?|家长)(?:或者?|及|和)?(?:其他)?(?:法定)?监护人(?:均|都|皆|同时|双方|二人|两人)"
    r"|(?<![一某其])(?:法定)?监护人(?:均|都|皆)|父母亲(?:均|都|皆|同时|二人|两人)|双亲(?:均|都|皆|同时)"
    r"|夫妻(?:均|都|皆|同时|二人|两人)|爸爸妈妈(?:均|都)"
)
#: ... unless either parent will do: 父母一方或双方, 双方之一, 任一方
EITHER_PARENT = lazy_re.compile(r"一方|之一|任一|或双方|双方或|其中一人|其中一方")


class BothParentsRequired(Check):
    """要求父母双方都满足入学条件

    ## 检查内容
    居住证、居住、就业、住所、户籍或其他入学条件要求父母双方都满足（“父母双方均持有居住证”“父母均在本县
    就业”“监护人双方及随迁子女本人的居住证”“父母或其他法定监护人均持有”“父母亲均”“夫妻二人”“双亲均”），而不是父母一方满足即可。写明“父母一方或双方”“双方之一”的
    不报告；父母双方只出现在“或”所连的几种证明之一里、另一种自带限定语（“流出地政府出具的父母双方进城务工证明或在夏县的工商
    营业执照”）的，父母一方凭另一种即可，不报告。社保条件中的父母双方，在规则集以文字限定社保年限（山西）时由 PL103 报告，这里不重复；其他地方（台州、国家基准，其社保上限只是推定、只作提示）在此报告。

    ## 为何重要
    《义务教育法》第十二条第二款以“父母或者其他法定监护人”在当地工作或者居住为条件，要求当地政府为孩子
    “提供平等接受义务教育的条件”；居住证按人申领（《居住证暂行条例》第二条）。一方在外地务工、另一方在本地
    带孩子的家庭很常见，要求双方都在本地持证、就业或居住，会把这些孩子挡在门外。条文没有明说“一方即可”，
    读作一方满足即可是本工具的理解（推定）。

    ## 示例
    ```rules
    入学条件 {
        居住证: 父母双方均持有本县居住证
    }
    ```

    ## 改为
    ```rules
    入学条件 {
        居住证: 父母一方持有本县居住证
    }
    ```

    ## 修改方法
    改为“父母一方（或其他法定监护人）”满足条件即可。

    ## 未建模
    只看条件文字中的“父母双方”“父母均”“双方均持有”等写法；证明材料清单要求父母双方的身份证、居住证，
    或要求随迁子女本人也持居住证的，不报告，留给审核人员。单写“双方”而不指父母的（如“租赁双方签字”）不报告。

    ## What it checks
    A permit, residence, employment, housing, hukou or other condition requires both parents to meet it
    (父母双方均持有居住证, 父母均在本县就业, the permits of 监护人双方, 父母或其他法定监护人均持有, 父母亲均,
    夫妻二人, 双亲均), rather than one parent. Wording that
    lets either do (父母一方或双方, 双方之一) is not reported, nor both parents named in one of several papers joined
    by 或 when another carries its own qualifier (流出地政府出具的父母双方进城务工证明或在夏县的工商营业执照: one parent's
    licence will do). Both parents in a social-insurance condition
    are PL103's where the ruleset caps insurance time (Shanxi), not repeated here; elsewhere (Taizhou, the
    national baseline) they are reported here.

    ## Why it matters
    Article 12(2) of the Compulsory Education Law rests on "the parents or other legal guardians" working
    or living there and requires equal conditions for the child; a residence permit is personal (Permit
    Regulations Art. 2). Families where one parent works elsewhere and the other lives here with the child
    are common, and requiring both to hold permits, work or live here shuts those children out. The
    article does not say "one parent suffices" in so many words: reading it so is the tool's (derived).

    ## How to fix
    Let one parent (or another legal guardian) meet the condition.

    ## Not modelled
    Only the condition's wording is read (父母双方, 父母均, 双方均持有 …); a materials list asking for both
    parents' identity cards or permits, or a permit for the child too, is left to the reviewer. 双方 alone,
    not said of the parents (租赁双方签字), is not reported.
    """

    code = "PL108"
    name = "both-parents-required"
    title_en = "Both parents required to meet a condition"
    parameters = ("one_parent_suffices",)
    message = (
        "「{key}：{raw}」要求父母双方（「{term}」）都满足条件；父母一方在当地工作或者居住即可。",
        "'{key}: {raw}' requires both parents ('{term}') to meet it; one parent working or living here suffices.",
    )
    fix = (
        "把「{term}」改为“父母一方（或其他法定监护人）”。",
        "Replace '{term}' with 'one parent (or another legal guardian)'.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        seen: set[str] = set()
        for condition, _group in rules.conditions_flat():
            cap = ruleset.get("social_insurance_months_max")
            if condition.kind is ConditionKind.social_insurance and cap is not None and cap.citation.severity != "warning":
                # PL103 reports both parents paying insurance as an error where a ruleset caps insurance time in
                # words (Shanxi); where the cap is only the national layer's analogy (a warning), the demand for both
                # parents is still an error of its own, reported here
                continue
            read = fold_text(condition.raw)
            # 父母双方进城务工证明或在夏县的工商营业执照: one paper of two, the other anyone's; a later phrase may still ask both
            found = next((m for m in BOTH_PARENTS.finditer(read)
                          if not negated(read, m.start()) and not negated_after(read, m.end())
                          and not _other_alternative(read, m.start(), m.end())), None)
            if found is None or EITHER_PARENT.search(read):
                continue
            clause = _clause(read, found.start())
            if clause in seen:  # one phrase governing several items (父母均需提供A、B、C): reported once
                continue
            seen.add(clause)
            yield self.finding(rules, ruleset, condition.span, key=condition.key, raw=condition.raw,
                               term=found.group(0))


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` around index ``at`` (between 、，；。 and their ASCII forms)."""
    start = max(text.rfind(sep, 0, at) for sep in "、，,；;。") + 1
    ends = [i for i in (text.find(sep, at) for sep in "、，,；;。") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


#: an alternative that carries its own qualifier (在夏县的工商营业执照, 用人单位出具的劳动关系证明): not governed by the
#: words before the 或 that joins it
_OWN_QUALIFIER = lazy_re.compile(r"^\s*(?:者)?(?:在|由)|的")


def _other_alternative(text: str, start: int, end: int) -> bool:
    """Whether the both-parents words at ``text[start:end]`` sit in one alternative of a choice joined by 或 (in
    their clause, outside brackets) whose other alternative has no such words and a qualifier of its own."""
    lo = max(text.rfind(sep, 0, start) for sep in "、，,；;。") + 1
    his = [i for i in (text.find(sep, end) for sep in "、，,；;。") if i >= 0]
    hi = min(his) if his else len(text)
    depth, cuts = 0, []
    for i in range(lo, hi):
        ch = text[i]
        if ch in "（(《〈“「":
            depth += 1
        elif ch in "）)》〉”」" and depth > 0:
            depth -= 1
        elif ch == "或" and depth == 0 and not text.startswith("或双方", i):
            cuts.append(i)
    if not cuts:
        return False
    bounds = [lo, *cuts, hi]
    parts = [(bounds[k] + (1 if k else 0), bounds[k + 1]) for k in range(len(bounds) - 1)]
    mine = next((p for p in parts if p[0] <= start < p[1]), None)
    return any(p != mine and not BOTH_PARENTS.search(text[p[0]:p[1]]) and _OWN_QUALIFIER.search(text[p[0]:p[1]])
               for p in parts)
