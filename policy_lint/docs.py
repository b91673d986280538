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
        for param in ruleset.versions.get(parameter, ()):  # every dated value, oldest first
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
            if c.derived:
                flag += text("label.derived")(lang)
            shown = parameter_value(parameter, value, lang)
            effective = _effective(param, lang)
            since = f" (from {effective}): " if lang == "en" else f"（{effective} 起）："
            lines.append(f"    {title} [{name}] = {shown}{since}{c.label()}：“{c.quote}”{flag}")
    return "\n".join(lines)


def _cited(c, lang: Lang) -> str:
    """label: “quote” with its verified flag and, for a value the text does not state, 推定."""
    flag = text("label.unverified")(lang) if not c.verified else (
        f"（{text('label.verified')(lang)}）" if lang == "zh" else f" ({text('label.verified')(lang)})")
    if c.derived:
        flag += text("label.derived")(lang)
    sep = ": " if lang == "en" else "："
    return f"{c.label()}{sep}“{c.quote}”{flag}"


def _effective(param, lang: Lang) -> str:
    inferred = text("label.effective_inferred")(lang) if param.citation.effective_inferred else ""
    return f"{param.effective.isoformat()}{inferred}"


def ruleset_text(resolved: ResolvedRuleset, lang: Lang) -> str:
    """Every resolved parameter: its value, the layer that set it, its date(s), citation and verified flag;
    a derived value says 推定 and why, and a parameter with several dated values lists each of them."""
    title = resolved.display(lang)
    chain = " → ".join(reversed(resolved.chain))
    sep = ": " if lang == "en" else "："
    lines = [f"{resolved.name} — {title}", text("label.chain")(lang) + sep + chain, ""]
    for name in sorted(resolved.params):
        p = resolved.params[name]
        spec = PARAMETERS[name]
        layer = p.layer_title_en if lang == "en" else p.layer_title
        c = p.citation
        derived = text("label.derived")(lang) if c.derived else ""
        lines.append(f"{name}  ({spec.en if lang == 'en' else spec.zh})")
        lines.append(f"    {text('label.value')(lang)}: {parameter_value(name, p.value, lang)}{derived}")
        merged = [part.layer for part in p.parts[1:]]
        lines.append(f"    {text('label.set_by')(lang)}: {layer} [{p.layer}]"
                     + (f"  ({text('label.overrides')(lang)} {', '.join(p.overrides)})" if p.overrides and not merged else "")
                     + (f"  ({text('label.adds_to')(lang)} {', '.join(merged)})" if merged else ""))
        lines.append(f"    {text('label.effective')(lang)}: {_effective(p, lang)}")
        lines.append(f"    {text('label.citation')(lang)}: {_cited(c, lang)}")
        if c.note_in(lang):
            lines.append(f"    {text('label.note')(lang)}: {c.note_in(lang)}")
        if c.derived:
            lines.append(f"    {text('label.derived_reason')(lang)}: {c.derived_in(lang)}")
        if c.severity == "warning":
            lines.append(f"    {text('label.severity_cap')(lang)}")
        dated = [(layer_name, v) for layer_name in [p.layer, *merged]
                 for v in load_bundled(layer_name).versions.get(name, ()) if _bundled(layer_name)]
        if len(dated) > 1:
            lines.append(f"    {text('label.dated_values')(lang)}:")
            for layer_name, v in dated:
                lines.append(f"      - {_effective(v, lang)} [{layer_name}] {parameter_value(name, v.value, lang)}"
                             + (text("label.derived")(lang) if v.citation.derived else "")
                             + f" — {_cited(v.citation, lang)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _bundled(name: str) -> bool:
    return name in available()
