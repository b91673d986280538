"""Both parents: the words of a sentence that make both parents (父母双方) meet a condition.

A condition a list states once for all its items (``父母或其他法定监护人均需提供在京务工就业证明、…``)
keeps these words with each condition read from the list, so the condition's text says who must meet
it (PL108 reads it).  ``父母一方或双方`` lets either parent do and reads as nothing; one parent allowed to some
families only (``…自有住房的，可只提供一方…``) asks both parents of the others (:func:`excepted`).  Vocabulary:
``parents.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Reading, alternation, vocabulary


@lru_cache(maxsize=None)
def _patterns():
    v = vocabulary("parents")
    return re.compile(alternation(v["both"])), re.compile(alternation(v["either"]))


@lru_cache(maxsize=None)
def _excepted():
    return re.compile(rf"[^，,。；;]{{2,40}}?(?:的|者)\s*[，,]\s*(?:则)?(?P<words>{alternation(vocabulary('parents')['excepted'])})")


def excepted(text: str) -> Reading | None:
    """The words of ``text`` letting one parent do for some families only (``审核申请人在延自有住房的，可只提供一方
    在京务工就业材料``): the other families are asked for both parents.  Its span runs from the words to the end."""
    found = _excepted().search(text)
    if found is None:
        return None
    return Reading("excepted", found.start("words"), len(text.rstrip()))


def both(text: str) -> Reading | None:
    """The words of ``text`` asking both parents, or None (none, or either parent will do)."""
    both_words, either = _patterns()
    found = both_words.search(text)
    if found is None or either.search(text):
        return None
    return Reading("both", found.start(), found.end())
