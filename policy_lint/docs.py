"""Documentation read from the one source: check docstrings and ruleset files."""

from __future__ import annotations

from .checks import FAMILIES, Check
from .messages import Lang, text
from .shown import parameter_value
from .ruleset import PARAMETERS, ResolvedRuleset, available, load_bundled

_SECTIONS = {
    "zh": [("检查内容", "检查内容"), ("为何重要", "为何重要"), ("示例", "示例（会报告）"),
           ("改为", "改为（不会报告）"), ("修改方法", "修改方法"), ("未建模", "未建模（留给审核人员）")],
    "en": [("What it checks", "What it checks"), ("Why it matters", "Why it matters"), ("示例", "Example (fires)"),
           ("改为", "Use instead (silent)"), ("How to fix", "How to fix"), ("Not modelled", "Not modelled (left to the reviewer)")],
}

REQUIRED_SECTIONS = ("检查内容", "为何重要", "示例", "改为", "修改方法", "未建模",
                     "What it checks", "Why it matters", "How to fix", "Not modelled")


def citations_for(parameter: str) -> list[tuple[str, str, object, object]]:
    """(ruleset name, ruleset title, value, citation) for each bundled ruleset that sets ``parameter``."""
    out = []
    for name in available():
        ruleset = load_bundled(name)
        param = ruleset.params.get(parameter)
        if param is not None:
            out.append((name, ruleset, param.value, param))
    return out


def rule_text(check: type[Check], lang: Lang) -> str:
    docs = check.docs()
    severity = text(f"label.{check.severity}")(lang)
    family = FAMILIES.get(check.family())
    lines = [f"{check.code} {check.name} — {check.title()(lang)}", ""]
    if lang == "en":
        lines.append(f"Severity: {severity}    Family: {check.family()}xx {family(lang) if family else ''}")
    else:
        lines.append(f"级别：{severity}    类别：{check.family()}xx {family(lang) if family else ''}")
    for key, heading in _SECTIONS[lang]:
        body = docs.get(key, "")
        if not body:
            continue
        lines += ["", f"## {heading}", body]
    lines += ["", "## 依据" if lang == "zh" else "## Basis"]
    for parameter in check.parameters:
        spec = PARAMETERS[parameter]
        lines.append(f"- {parameter}（{spec.zh}）" if lang == "zh" else f"- {parameter} ({spec.en})")
        for name, ruleset, value, param in citations_for(parameter):
            c = param.citation
            title = ruleset.title_en if lang == "en" else ruleset.title
            flag = text("label.unverified")(lang) if not c.verified else ""
            shown = parameter_value(parameter, value, lang)
            effective = param.effective.isoformat()
            since = f" (from {effective}): " if lang == "en" else f"（{effective} 起）："
            lines.append(f"    {title} [{name}] = {shown}{since}{c.label()}：“{c.quote}”{flag}")
    return "\n".join(lines)


def ruleset_text(resolved: ResolvedRuleset, lang: Lang) -> str:
    title = resolved.display(lang)
    chain = " → ".join(reversed(resolved.chain))
    lines = [f"{resolved.name} — {title}", ("继承链：" if lang == "zh" else "Chain: ") + chain, ""]
    for name in sorted(resolved.params):
        p = resolved.params[name]
        spec = PARAMETERS[name]
        layer = p.layer_title_en if lang == "en" else p.layer_title
        c = p.citation
        flag = text("label.unverified")(lang) if not c.verified else ""
        lines.append(f"{name}  ({spec.en if lang == 'en' else spec.zh})")
        lines.append(f"    {'value' if lang == 'en' else '取值'}: {parameter_value(name, p.value, lang)}")
        lines.append(f"    {'set by' if lang == 'en' else '设定层级'}: {layer} [{p.layer}]"
                     + (f"  ({'overrides' if lang == 'en' else '覆盖'} {', '.join(p.overrides)})" if p.overrides else ""))
        lines.append(f"    {'effective' if lang == 'en' else '生效日期'}: {p.effective.isoformat()}")
        lines.append(f"    {'citation' if lang == 'en' else '出处'}: {c.label()}：“{c.quote}”{flag}")
        if c.note_in(lang):
            lines.append(f"    {text('label.note')(lang)}: {c.note_in(lang)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
