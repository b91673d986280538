from __future__ import annotations

from typing import Iterator

from ...build import material_aliases
from ...findings import Finding
from ...messages import EMPTY, LocalText, text
from ...models import Material, Rules
from ...ruleset import ResolvedRuleset
from .. import Check
from .._demands import reported_elsewhere
from ._names import GLOSS

#: How close an unknown material must be to a vocabulary name to be offered as a did-you-mean.
_CUTOFF = 0.6


class MaterialBeyondAllowedList(Check):
    """证明材料超出可要求的清单

    ## 检查内容
    证明材料中列有规则集可要求清单（山西为户口簿、居住证、住房证明、就业证明、社保证明、出生医学证明、
    预防接种证、身份证、学籍证明）之外的材料，如“纳税证明”“结婚证”。名称先按词表归一，
    “户口本”“租房合同”“劳动合同”等常见叫法算作清单内的材料。词表不认识的名称（可能是笔误）会附上最接近的
    词表名称，例如“户口部”提示“是否指「户口簿」？”。禁止要求的证明由 PL201 报告，无犯罪记录证明由 PL204、
    家长收入或职务证明由 PL203、借读费等缴费凭证由 PL110 报告（规则集设有相应参数时），这里不重复。

    ## 为何重要
    山西省要求“清理减少不必要的证明材料”。每多一份证明，家长就要多跑一趟、多开一份证明，
    随迁子女入学的门槛也就更高。清单之外的材料未必违规，但应当说明必要性。

    ## 示例
    ```rules
    证明材料 {
        户口簿、居住证
        纳税证明
    }
    ```

    ## 改为
    ```rules
    证明材料 {
        户口本、居住证
        房屋租赁合同或不动产权证书
    }
    ```

    ## 修改方法
    删去不必要的材料；确有必要的，在细则中说明理由，报审核时一并说明。名称是笔误的，改为词表中的名称。

    ## 未建模
    这是提示（警告），不是错误：材料是否确有必要，留给审核人员判断。词表之外的新叫法会被当作清单外材料报告，
    请把它补进 rulesets/vocabulary.toml。一项材料中写了几种材料（如“户口簿或户籍证明”）时，只按最长的
    词表名称归一。

    ## What it checks
    The materials include one outside the ruleset's allowed list (in Shanxi: household register,
    residence permit, proof of housing, employment and social insurance, birth certificate,
    vaccination certificate, identity card, school record), such as a tax certificate or a marriage
    certificate. Names are first normalised through the vocabulary, so usual wordings
    (户口本, 租房合同, 劳动合同, …) count as the listed materials. A name the vocabulary does not know
    (perhaps a typo) gets the closest vocabulary name, e.g. 户口部 → 'did you mean 户口簿?'. Banned
    certificates are PL201's, a no-criminal-record certificate PL204's, a parent's income or post PL203's
    and a fee receipt PL110's (where the ruleset sets their parameter); none is reported again here.

    ## Why it matters
    Shanxi asks counties to cut unnecessary documents ("清理减少不必要的证明材料"). Every extra
    certificate is another trip for the parents and a higher bar for the child; a material outside the
    list is not necessarily unlawful, but it should be justified.

    ## How to fix
    Drop the material if it is not needed; if it is, state why in the rules and in the submission. If
    the name is a typo, use the vocabulary's name.

    ## Not modelled
    This is a warning, not an error: whether a material is really needed is left to the reviewer. A new
    wording outside the vocabulary is reported as beyond the list; add it to rulesets/vocabulary.toml.
    When one item names several materials (户口簿或户籍证明), only the longest vocabulary name counts.
    """

    code = "PL202"
    name = "material-beyond-allowed-list"
    title_en = "Material beyond the allowed list"
    severity = "warning"
    parameters = ("materials_allowed",)
    message = (
        "证明材料「{raw}」{normalised}不在可要求的证明材料清单之内。{hint}",
        "The material '{raw}'{normalised} is not on the list of materials that may be demanded.{hint}",
    )
    fix = (
        "删去「{raw}」，或说明其必要性。可要求的材料：{allowed}。",
        "Remove '{raw}' or justify it. Materials that may be demanded: {allowed}.",
    )

    def run(self, rules: Rules, ruleset: ResolvedRuleset) -> Iterator[Finding]:
        allowed = list(ruleset.get(self.parameters[0]).value)
        banned_param = ruleset.get("banned_certificates")
        banned = set(banned_param.value) if banned_param is not None else set()
        for material in rules.materials:
            if material.name in allowed or material.name in banned or reported_elsewhere(material, ruleset):
                continue  # a banned certificate, a fee, income or criminal-record proof: reported by its own check
            yield self.finding(
                rules, ruleset, material.span,
                raw=material.raw, normalised=_normalised(material), hint=did_you_mean(material),
                allowed="、".join(allowed),
            )


def _normalised(material: Material) -> LocalText:
    """（即“婚姻证明”） when the vocabulary knows the material under another name."""
    if not material.known or material.raw.strip() == material.name:
        return EMPTY
    english = GLOSS.get(material.name)
    if english:
        return text("PL202.normalised_glossed", name=material.name, english=english)
    return text("PL202.normalised", name=material.name)


def did_you_mean(material: Material) -> LocalText:
    """The vocabulary name closest to an unknown material, or empty text."""
    if material.known:
        return EMPTY
    aliases = material_aliases()
    names = {name for _alias, name in aliases}
    best: tuple[float, bool, str] | None = None
    import difflib  # only for a material the vocabulary does not know

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(material.name)  # difflib caches what it learns about the second sequence
    for alias, _name in aliases:
        matcher.set_seq1(alias)
        # the cheap upper bounds first, as difflib.get_close_matches does: most aliases are rejected unread
        if matcher.real_quick_ratio() < _CUTOFF or matcher.quick_ratio() < _CUTOFF:
            continue
        ratio = matcher.ratio()
        if ratio < _CUTOFF:
            continue
        # On a tie prefer the normalised name (户口簿) to an alias (户口本).
        candidate = (ratio, alias in names, alias)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:
        return EMPTY
    return text("PL202.did_you_mean", name=best[2])
