"""Which layers of rules apply to a document, and saying so: never a refusal for want of a place.

A document is checked against the most specific bundled ruleset for its province, city and year
(:func:`policy_lint.ruleset.choose`).  Where that is less than the document deserves, the resolved
ruleset carries a note, in one line, that the report prints with the file:

- the province has no bundled ruleset: the national layer applied, the province's own rules are not
  bundled (``layers.national_only``);
- the document's year is newer than the newest bundled edition for its region: which edition was used
  (``layers.older_edition``);
- no year could be read: the newest edition was used (``layers.no_year``);
- no place could be read: the national layer applied, and what to write where so that the province's
  and city's rules apply (``layers.no_place``).

An unreadable file is still exit 2 (its reader says why); a readable one is always checked.
"""

from __future__ import annotations

from .messages import LocalText, register, text
from .models import Rules
from .ruleset import ResolvedRuleset, choose, load_bundled

register(
    "layers.national_only",
    "已适用的规则层：{chain}；{province}的省级规则未随附（rulesets/ 中没有{province}的规则集），未检查省、市两级的规定。",
    "layers applied: {chain}; {province}'s own rules are not bundled (no ruleset for {province} in rulesets/), "
    "so no provincial or city rule was checked.",
)
register(
    "layers.older_edition",
    "本文件为 {year} 年度，随附的最新版本是“{title}”（{edition} 年），已按该版本检查；已适用的规则层：{chain}。",
    "this document is for {year}; the newest bundled edition is '{title}' ({edition}), which was used; "
    "layers applied: {chain}.",
)
register(
    "layers.no_year",
    "未能读出年度，已按随附的最新版本“{title}”检查（已适用的规则层：{chain}）；请{where}写明年度。",
    "no year could be read, so the newest bundled edition '{title}' was used (layers applied: {chain}); "
    "{where} give the year.",
)
register(
    "layers.no_place",
    "未能读出本文件所属的省、市，已按国家基准检查，省、市两级的规定未检查；请{where}写明所属地区。",
    "the province and city of this document could not be read, so it was checked against the national layer only "
    "and no provincial or city rule was checked; {where} name the place.",
)
register("label.note", "说明", "note")

#: where to write what was missing: in a draft (prose), or in a .rules file's 基本信息
_WHERE = {
    "draft": LocalText(zh="在标题或发文机关中（如“某某县2024年义务教育招生入学工作实施方案”“某某县教育局”）",
                       en="in the title or the issuing office (e.g. '某某县2024年义务教育招生入学工作实施方案', '某某县教育局'),"),
    "rules": LocalText(zh="在“基本信息”中（省: …  市: …  县: …  年度: …）",
                       en="in 基本信息 (省: …, 市: …, 县: …, 年度: …),"),
}
DRAFT_SUFFIXES = (".docx", ".txt", ".md")
#: a year later than any bundled edition, to ask :func:`choose` for the newest one
_NEWEST = 9999


def _chain(ruleset: ResolvedRuleset) -> LocalText:
    """The layers applied, from the national one down: 国家基准 → 山西省 2021."""
    layers = [load_bundled(name) for name in reversed(ruleset.chain)]
    return LocalText(zh=" → ".join(r.title for r in layers), en=" → ".join(r.title_en for r in layers))


def _title(name: str) -> LocalText:
    ruleset = load_bundled(name)
    return LocalText(zh=ruleset.title, en=ruleset.title_en)


def choose_layers(rules: Rules, resolved) -> ResolvedRuleset:
    """The resolved ruleset for ``rules`` (``resolved(name, year)`` resolves one), with its notes."""
    meta = rules.metadata
    year = meta.year.value if meta.year else None
    province = meta.province.value if meta.province else None
    city = meta.city.value if meta.city else None
    kind = "draft" if rules.path.lower().endswith(DRAFT_SUFFIXES) else "rules"
    where = _WHERE[kind]
    if province is None:
        ruleset = resolved("national", year)
        return _noted(ruleset, text("layers.no_place", where=where))
    name = choose(province, city, year if year is not None else _NEWEST)
    ruleset = resolved(name, year)
    chain = _chain(ruleset)
    notes: list[LocalText] = []
    regions = [load_bundled(n).region for n in ruleset.chain]
    if not any(r and (r == province or r.startswith(province + "/")) for r in regions):
        notes.append(text("layers.national_only", chain=chain, province=province))
    top = load_bundled(name)
    if year is None:
        notes.append(text("layers.no_year", title=_title(name), chain=chain, where=where))
    elif top.year is not None and top.year < year:
        notes.append(text("layers.older_edition", year=year, title=_title(name), edition=top.year, chain=chain))
    return _noted(ruleset, *notes)


def _noted(ruleset: ResolvedRuleset, *notes: LocalText) -> ResolvedRuleset:
    return ruleset.model_copy(update={"notes": (*ruleset.notes, *notes)}) if notes else ruleset
