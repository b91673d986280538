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
        param = ruleset.params.get(parameter)
        if param is not None:
            out.append((name, ruleset, param.value, param))
    return out


def rule_text(check: type[Check], lang: Lang) -> str:
    docs = check.docs()
    severity = text(f"label.{check.severity}")(lang)
    family = FAMILIES.get(check.family())
    lines = [f"{check.code} {check.name} — {check.title()(lang)}", ""]
    lines.append(text("docs.severity_family", severity=severity, family=check.family(),
                      name=family(lang) if family else "")(lang))
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
            shown = parameter_value(parameter, value, lang)
            effective = param.effective.isoformat()
            since = text("docs.since", date=effective)(lang)
            lines.append(f"    {title} [{name}] = {shown}{since}{c.label()}：“{c.quote}”{flag}")
    return "\n".join(lines)


def ruleset_text(resolved: ResolvedRuleset, lang: Lang) -> str:
    title = resolved.display(lang)
    chain = " → ".join(reversed(resolved.chain))
    lines = [f"{resolved.name} — {title}", text("docs.chain", chain=chain)(lang), ""]
    for name in sorted(resolved.params):
        p = resolved.params[name]
        spec = PARAMETERS[name]
        layer = p.layer_title_en if lang == "en" else p.layer_title
        c = p.citation
        flag = text("label.unverified")(lang) if not c.verified else ""
        lines.append(f"{name}  ({spec.en if lang == 'en' else spec.zh})")
        label = {key: text(f"docs.param.{key}")(lang) for key in ("value", "set_by", "overrides", "effective", "citation")}
        lines.append(f"    {label['value']}: {parameter_value(name, p.value, lang)}")
        lines.append(f"    {label['set_by']}: {layer} [{p.layer}]"
                     + (f"  ({label['overrides']} {', '.join(p.overrides)})" if p.overrides else ""))
        lines.append(f"    {label['effective']}: {p.effective.isoformat()}")
        lines.append(f"    {label['citation']}: {c.label()}：“{c.quote}”{flag}")
        if c.note_in(lang):
            lines.append(f"    {text('label.note')(lang)}: {c.note_in(lang)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
