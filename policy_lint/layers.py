"""Which layers of rules apply to a document, and saying so: never a refusal for want of a place.

A document is checked against the most specific bundled ruleset for its province, city and year
(:func:`policy_lint.ruleset.choose`).  Where that is less than the document deserves, the resolved
ruleset carries a note, in one line, that the report prints with the file:

- the province has no bundled ruleset: the national layer applied, the province's own rules are not
  bundled (``layers.national_only``);
- the document's year is newer than the newest bundled edition for its region: which edition was used
  (``layers.older_edition``);
- no year could be read: the newest edition was used (``layers.no_year``); but a document asking for the
  暂住证 and never naming the 居住证 is of the time before the permit: the rules in force in 2015 were used
  (``layers.permit_era``);
- no place could be read: the national layer applied, and what to write where so that the province's
  and city's rules apply (``layers.no_place``).

An unreadable file is still exit 2 (its reader says why); a readable one is always checked.
"""

from __future__ import annotations

import re

from .messages import LANGS, LocalText, text
from .models import Rules
from .normalise import fold_text
from .ruleset import ResolvedRuleset, choose, load_bundled

#: where to write what was missing: in a draft (prose), or in a .rules file's 基本信息
_WHERE = {"draft": "layers.where.draft", "rules": "layers.where.rules"}
DRAFT_SUFFIXES = (".docx", ".txt", ".md")
#: a year later than any bundled edition, to ask :func:`choose` for the newest one
_NEWEST = 9999


def _title(name: str) -> LocalText:
    """A bundled ruleset's title in both languages (晋城市 2021 / Jincheng 2021)."""
    ruleset = load_bundled(name)
    return LocalText(**dict(zip(LANGS, (ruleset.title, ruleset.title_en))))


def _chain(ruleset: ResolvedRuleset) -> LocalText:
    """The layers applied, from the national one down: 国家基准 → 山西省 2021."""
    titles = [_title(name) for name in reversed(ruleset.chain)]
    sep = text("layers.sep")
    return LocalText(**{lang: sep(lang).join(t(lang) for t in titles) for lang in LANGS})


#: the year before the residence permit (国务院令第663号, in force 2016-01-01): the rules a draft of the 暂住证's time
#: is held to when its year cannot be read
BEFORE_PERMIT = 2015
_OLD_PERMIT = re.compile(r"暂住证|暂住登记|暂住卡")


def of_permit_era(rules: Rules) -> bool:
    """Whether ``rules`` ask for the 暂住证 and never name the 居住证 (a condition or a material): a document of the
    time before the residence permit (2016), whatever year it fails to state."""
    raws = [fold_text(c.raw) for c, _group in rules.conditions_flat()] + [fold_text(m.raw) for m in rules.materials]
    return any(_OLD_PERMIT.search(raw) for raw in raws) and not any("居住证" in raw for raw in raws)


def choose_layers(rules: Rules, resolved) -> ResolvedRuleset:
    """The resolved ruleset for ``rules`` (``resolved(name, year)`` resolves one), with its notes.  With no year
    and of the 暂住证's time (:func:`of_permit_era`), the rules in force before the residence permit: what rests on
    the permit's regulation (2016) may postdate the document, and is left to the reviewer (``layers.permit_era``)."""
    meta = rules.metadata
    year = meta.year.value if meta.year else None
    province = meta.province.value if meta.province else None
    city = meta.city.value if meta.city else None
    kind = "draft" if rules.path.lower().endswith(DRAFT_SUFFIXES) else "rules"
    if year is None and of_permit_era(rules):
        ruleset = choose_region(province, city, BEFORE_PERMIT, kind, resolved)
        return _noted(ruleset, text("layers.permit_era", year=BEFORE_PERMIT, where=text(_WHERE[kind])))
    return choose_region(province, city, year, kind, resolved)


def choose_plan_layers(plan, resolved) -> ResolvedRuleset:
    """The resolved ruleset for a work plan (its 省/市 and its year: 年度, else 期限), with its notes: a plan
    whose place or year cannot be read falls back as rules do (the national layer, the newest edition)."""
    meta = plan.metadata
    province = meta.province.value if meta.province else None
    city = meta.city.value if meta.city else None
    return choose_region(province, city, plan.year, "rules", resolved)


def choose_region(province: str | None, city: str | None, year: int | None, kind: str, resolved) -> ResolvedRuleset:
    """The resolved ruleset for a document of ``province``, ``city`` and ``year`` (each possibly unknown), with
    its notes; ``kind`` (``draft`` or ``rules``) says where the note tells the writer to add what is missing."""
    where = text(_WHERE[kind])
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
