"""Readers: one per kind of fact, each with its vocabulary as data and a corpus of real sentences.

In the manner of Duckling (shared/design/STYLE.md), a reader knows one kind of fact and reads it out
of one sentence or clause of a draft.  Its words are data (``<reader>.toml`` beside this module:
the vocabulary a reviewer would recognise, not a document's sentences), and beside its tests lies a
corpus of real sentences (``tests/readers/<reader>.toml``) with the reading each must give and
sentences that must give nothing; one runner (``tests/test_readers.py``) checks them all.  Supporting
a new wording is a corpus line and, when needed, a word in the vocabulary.

A reader returns spans of the text it was given (so every value stays the draft's own words) and
never guesses: what it cannot read it leaves to the extractor's 待确认.

- :mod:`.scope`: whom a part or a sentence is about (local-hukou children, who counts as a migrant
  child) and whether it sets an admission order (priority tiers, 派位/录取 order) rather than a condition;
- :mod:`.precedence`: an admission order putting local-hukou children first (户籍…录取后, 优先招收…户籍) or a
  registered migrant child's place left undecided (统筹考虑能否入学): admission order (PL304), not a condition;
- :mod:`.material_condition`: the condition a required document carries (``在本区居住满一年的《居住证》``
  is a material and a residence condition).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def vocabulary(name: str) -> dict:
    """The vocabulary of reader ``name`` (``readers/<name>.toml``)."""
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, longest first (so 本市户籍 wins over 户籍)."""
    return "|".join(sorted((w if "(?" in w or "\\" in w or "[" in w else re.escape(w) for w in words),
                           key=len, reverse=True))


@dataclass(frozen=True)
class Reading:
    """What a reader read: its ``label`` and the span ``start:end`` of the text it was given."""

    label: str
    start: int
    end: int
    value: str = ""  # a normalised value, when the reader gives one (a condition kind, months)
