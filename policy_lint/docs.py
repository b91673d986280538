"""Documentation read from the one source: check docstrings and ruleset files."""

from __future__ import annotations

from .checks import FAMILIES, Check
from .messages import Lang, LocalText, text
from .shown import parameter_value
from .ruleset import PARAMETERS, ResolvedRuleset, available, load_bundled

#: the docstring sections ``rule`` prints, in order: (name, the Chinese section, the English section); each is
#: headed by the catalogue's ``docs.section.<name>``
_SECTIONS = (
    ("what", "检查内容", "What it checks"), ("why", "为何重要", "Why it matters"), ("example", "示例", "示例"),
    ("instead", "改为", "改为"), ("fix", "修改方法", "How to fix"), ("not_modelled", "未建模", "Not modelled"),
)

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
    lines.append(text("docs.severity_family", severity=severity, family=check.family(),
                      name=family(lang) if family else "")(lang))
    if check.remark_case is not None:  # the case the law makes no fault: a remark (提示), not a finding
        lines.append(text("docs.remark_case", case=text(f"{check.code}.remark_case"))(lang))
    for name, zh_key, en_key in _SECTIONS:
        body = docs.get(en_key if lang == "en" else zh_key, "")
        if not body:
            continue
        lines += ["", f"## {text(f'docs.section.{name}')(lang)}", body]
    lines += ["", f"## {text('docs.basis')(lang)}"]
    for parameter in check.parameters:
        spec = PARAMETERS[parameter]
        lines.append(text("docs.parameter", parameter=parameter, meaning=LocalText(zh=spec.zh, en=spec.en))(lang))
        for name, ruleset, value, param in citations_for(parameter):
            c = param.citation
            title = ruleset.title_en if lang == "en" else ruleset.title
            flag = text("label.unverified")(lang) if not c.verified else ""
            if c.derived:
                flag += text("label.derived")(lang)
            shown = parameter_value(parameter, value, lang)
            effective = _effective(param, lang)
            since = text("docs.since", date=effective)(lang)
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
    lines = [f"{resolved.name} — {title}", text("docs.chain", chain=chain)(lang), ""]
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
