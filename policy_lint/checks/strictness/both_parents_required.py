import re
from typing import Iterator

from ...findings import Finding
from ...messages import text
from ...models import ConditionKind, Rules
from ...normalise import fold_text
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import word_span
from .._text import first_affirmed, negated, negated_after
from ... import lazy_re

#: wording that makes both parents meet a condition (not the tenancy's two parties: 租赁双方签字)
BOTH_PARENTS = lazy_re.compile(
    r"父母双方|夫妻双方|监护人双方|双方监护人|父母(?:均|都|皆|同时|二人|两人)|父亲和母亲|父亲、母亲|父母亲?各自"
    # the parents called 家长 (家长双方均须…, 家长均在本县就业)
    r"|家长双方|双方家长|家长(?:均|都|皆|同时|二人|两人)(?!可)"
    r"|父、母(?=及|和|与|均|都|同时)"
    r"|双方(?:均|都|同时)(?:须|需|应|要)?(?:持有|持|在|为|具备|满足|有|办理|缴纳|居住|就业)"
    # 父母或其他法定监护人均…, 监护人均须…, 父母亲都…, 双亲均…, 夫妻二人…
    r"|(?:父母亲?|家长)(?:或者?|及|和)?(?:其他)?(?:法定)?监护人(?:均|都|皆|同时|双方|二人|两人)"
    r"|(?<![一某其])(?:法定)?监护人(?:均|都|皆)|父母亲(?:均|都|皆|同时|二人|两人)|双亲(?:均|都|皆|同时)"
    r"|夫妻(?:均|都|皆|同时|二人|两人)|爸爸妈妈(?:均|都)"
    # the applicant and the spouse (申请人及其配偶受雇于用人单位…，均应提供…): both parents; 申请人或其配偶 is either
    r"|(?:申请人|审核申请人|本人)(?:及|和|与|以及)其?配偶"
)
#: ... unless either parent will do: 父母一方或双方, 双方之一, 任一方
#: one parent allowed to some families only (…自有住房的，可只提供一方…): the others are asked for both parents
ONE_EXCEPTED = lazy_re.compile(
    r"(?:的|者)\s*[，,]\s*(?:则)?(?:可以?|只需|仅需)?(?:只|仅)?(?:需)?(?:提供|由)?(?:父母)?一方")
#: (双方或其他法定监护人 is both parents, or a guardian in their place: not either parent)
#: (至少一人, 任何一人, and each may: 父母双方均可作为申请人)
EITHER_PARENT = lazy_re.compile(r"一方|之一|任一|或双方|双方或(?!其他|其它|法定|监护)|其中一人|其中一方"
                                r"|至少一人|任何一人|任意一人|(?:双方|父母|监护人)(?:均|都|皆)可")


class BothParentsRequired(Check):
    """要求父母双方都满足入学条件

    ## 检查内容
    居住证、居住、就业、住所、户籍或其他入学条件要求父母双方都满足（“父母双方均持有居住证”“父母均在本县
    就业”“监护人双方及随迁子女本人的居住证”“父母或其他法定监护人均持有”“父母亲均”“夫妻二人”“双亲均”“父、母及随迁子女”“申请人及其配偶”），而不是父母一方满足即可；只对部分家庭允许父母一方（“自有住房的，
    可只提供一方在京务工就业材料”），其余家庭便须父母双方，同样报告。写明“父母一方或双方”“双方之一”“至少一人”“父母双方均可”的
    不报告（“父母双方或其他法定监护人”是父母双方，或由监护人代替，照样报告）；只在“或”所列的一种选择里
    要求父母双方的（“乡镇政府出具的父母双方务工证明或在本县的营业执照”）也不报告，家庭可以选另一种。社保条件中的父母双方，在规则集以文字限定社保年限（山西）时由 PL103 报告，这里不重复；其他地方（台州、国家基准，其社保上限只是推定、只作提示）在此报告。

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
    夫妻二人, 双亲均, 父、母及随迁子女, 申请人及其配偶), rather than one parent; one parent allowed to some families only
    (自有住房的，可只提供一方在京务工就业材料) asks both of the others and is reported too. Wording that
    lets either do (父母一方或双方, 双方之一, 至少一人, 父母双方均可) is not reported (父母双方或其他法定监护人 is both parents, or a
    guardian in their place, and is reported); nor is one alternative of 或 asking both parents
    (父母双方务工证明或在本县的营业执照), since the family may show the other. Both parents in a social-insurance condition
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
            excepted = self.excepted(rules, ruleset, condition)
            found = first_affirmed(BOTH_PARENTS, read)
            if excepted is not None:
                if found is not None:  # the phrase asking both of every condition: reported once, here or before
                    clause = _clause(read, found.start())
                    if clause in seen:
                        continue
                    seen.add(clause)
                yield excepted
                continue
            if found is not None and _one_alternative(read, found.start(), found.end()):
                # 父母双方进城务工证明或在夏县的工商营业执照: the family may show the other; a later phrase may
                # still ask both parents (…，且父母双方均在本县就业)
                found = next((m for m in BOTH_PARENTS.finditer(read, found.end())
                              if not negated(read, m.start()) and not negated_after(read, m.end())
                              and not _one_alternative(read, m.start(), m.end())), None)
            if found is None or EITHER_PARENT.search(read):
                continue
            clause = _clause(read, found.start())
            if clause in seen:  # one phrase governing several items (父母均需提供A、B、C): reported once
                continue
            seen.add(clause)
            yield self.finding(rules, ruleset, word_span(condition, found.group(0), subjects=True), key=condition.key,
                               raw=condition.raw, term=found.group(0))

    def excepted(self, rules: Rules, ruleset: ResolvedRuleset, condition) -> Finding | None:
        """A value of ``condition`` letting one parent do for some families only: both parents asked of the
        others, reported where it is said."""
        read = fold_text(condition.raw)
        found = ONE_EXCEPTED.search(read)
        if found is None:
            return None
        # the words after the comma (and any space around it, 　 too: 自有住房的　，可只提供一方…)
        term = re.split(r"[、，,；;“”\"「」]", re.sub(r"^[\s，,则]+", "", read[found.start() + 1:]))[0]
        families = re.split(r"[、，,；;。“”\"「」]", read[:found.start()])[-1].strip()
        finding = self.finding(rules, ruleset, word_span(condition, term), key=condition.key, raw=condition.raw,
                               term=term)
        return finding.model_copy(update={
            "message": text("PL108.excepted.message", key=condition.key, raw=condition.raw, term=term,
                            families=families),
            "suggestion": text("PL108.excepted.fix", families=families)})


#: 或 between alternatives (not 父母双方或其他法定监护人: a guardian in the parents' place)
_ALTERNATIVE = lazy_re.compile(r"或(?:者|是)?(?!其他|其它|法定|监护)")


def _one_alternative(text: str, start: int, end: int) -> bool:
    """Whether the words asking both parents at ``start:end`` are in one alternative of an 或 within their
    value (between 、，；), so that another alternative lets the family do without them."""
    seps = "、，,；;。"
    left = max(text.rfind(sep, 0, start) for sep in seps) + 1
    ends = [i for i in (text.find(sep, end) for sep in seps) if i >= 0]
    right = min(ends) if ends else len(text)
    depth, plain = 0, []
    for ch in text[left:right]:  # outside brackets: 居住证（父母双方所持，或…） is one paper
        if ch in "（(":
            depth += 1
        plain.append(ch if depth == 0 else "□")
        if ch in "）)" and depth:
            depth -= 1
    at = start - left
    before, after = "".join(plain[:at]), "".join(plain[end - left:])
    if _ALTERNATIVE.search(before):
        return True  # 房产证或父母双方的居住证
    # 父母双方的从业证明或用工合同: said first, of every alternative; …出具的父母双方进城务工证明或…营业执照: of the first
    return bool(before.strip()) and bool(_ALTERNATIVE.search(after))


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` around index ``at`` (between 、，；。 and their ASCII forms)."""
    start = max(text.rfind(sep, 0, at) for sep in "、，,；;。") + 1
    ends = [i for i in (text.find(sep, at) for sep in "、，,；;。") if i >= 0]
    return text[start:min(ends) if ends else len(text)]
