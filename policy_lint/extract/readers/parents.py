"""Both parents: the words of a sentence that make both parents (父母双方) meet a condition.

A condition a list states once for all its items (``父母或其他法定监护人均需提供在京务工就业证明、…``)
keeps these words with each condition read from the list, so the condition's text says who must meet
it (PL108 reads it).  ``父母一方或双方`` lets either parent do and reads as nothing.  Vocabulary:
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


def both(text: str) -> Reading | None:
    """The words of ``text`` asking both parents, or None (none, or either parent will do)."""
    both_words, either = _patterns()
    found = both_words.search(text)
    if found is None or either.search(text):
        return None
    return Reading("both", found.start(), found.end())
