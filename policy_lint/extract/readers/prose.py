"""Messages for a draft in the draft's language (issue 13, item 4).

A finding on a draft names the paragraph and quotes the draft; its message and fix must not speak the
rules language the draft was never written in: ``「居住证：在本县持有居住证满一年」`` is shown as
``「在本县持有居住证满一年」``, ``把「就业」和「住所」放进“之一 { }”组`` as a fix in prose.  The words and
their prose are data (``prose.toml``); :func:`in_prose` rewrites one message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...messages import LocalText
from . import alternation, vocabulary


@lru_cache(maxsize=None)
def _table():
    v = vocabulary("prose")
    keys = alternation(v["keys"])
    quoted_zh = re.compile(rf"([「“])(?:{keys})：\s*")  # 「居住证：… → 「…
    quoted_en = re.compile(rf"'(?:{keys})(?:: |：\s*)")  # '居住证: … and a draft's own '就业：… (PL117's raw)
    bare = re.compile(rf"「({keys})」")  # 把「就业」和「住所」… → 把就业和住所…
    return quoted_zh, quoted_en, bare, [(r["from"], r["to"]) for r in v["zh"]], [(r["from"], r["to"]) for r in v["en"]]


def in_prose(text: LocalText) -> LocalText:
    """``text`` with the rules language's keys, sections and groups put in prose."""
    quoted_zh, quoted_en, bare, zh_table, en_table = _table()
    zh = bare.sub(r"\1", quoted_zh.sub(r"\1", text.zh))
    for old, new in zh_table:
        zh = zh.replace(old, new)
    en = quoted_en.sub("'", text.en)
    for old, new in en_table:
        en = en.replace(old, new)
    if en[:1].islower() and not text.en[:1].islower():
        en = en[0].upper() + en[1:]  # 'the conditions section requires…' opens a sentence as the original did
    return LocalText(zh=zh, en=en)
