"""How the certificate checks name a material: as written, and its normalised name."""

from __future__ import annotations

from ...messages import LocalText, text

#: English glosses of the normalised names in rulesets/vocabulary.toml (for the English messages).
GLOSS: dict[str, str] = {
    "户口簿": "household register",
    "居住证": "residence permit",
    "住房证明": "proof of housing",
    "就业证明": "proof of employment",
    "社保证明": "proof of social insurance",
    "出生医学证明": "birth certificate",
    "预防接种证": "vaccination certificate",
    "身份证": "identity card",
    "学籍证明": "school-record certificate",
    "计划生育证明": "family-planning certificate",
    "超过正常入学年龄证明": "over-age certificate",
    "户籍地无人监护证明": "no-guardian-at-home certificate",
    "无犯罪记录证明": "certificate of no criminal record",
    "纳税证明": "tax certificate",
    "婚姻证明": "marriage certificate",
}


def gloss(name: str) -> str:
    """``name`` with its English gloss, e.g. ``family-planning certificate (计划生育证明)``."""
    english = GLOSS.get(name)
    return f"{english} ({name})" if english else f"'{name}'"


def describe(raw: str, name: str) -> LocalText:
    """What a banned material is: 属于“计划生育证明” for an alias, 属于禁止要求的证明材料 for the name itself."""
    english = GLOSS.get(name)
    if raw.strip() == name:
        return text("PL201.banned_itself", english=english) if english else text("PL201.banned_itself_unglossed")
    article = "an" if (english or "x")[0] in "aeiou" else "a"
    return text(f"PL201.alias_of_{article}", name=name, gloss=gloss(name))
