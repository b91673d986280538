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
  child) and whether it sets an admission order (priority tiers, 派位/录取 order) rather than a condition; a
  group sent to its hukou place, the permit's own conditions, another group's rules;
- :mod:`.precedence`: an admission order putting local-hukou children first (户籍…录取后, 优先招收…户籍) or a
  registered migrant child's place left undecided (统筹考虑能否入学): admission order (PL304), not a condition;
- :mod:`.return_home`: children without the local hukou sent back to their hukou place to go to school as the
  rule (原则上回户籍所在地, 应回原籍就读): where migrant children are admitted (PL118), not a condition;
- :mod:`.material_condition`: the condition a required document carries (``在本区居住满一年的《居住证》``
  is a material and a residence condition);
- :mod:`.schedule`: the stages of enrolment and their dates, by school kind (it reads the whole draft and
  writes ``Extraction.schedules`` through :class:`Extracting`, the extractor's interface);
- :mod:`.points`: a points line and the children below it; ``Points`` writes the points part;
- :mod:`.private`: a private school's places and area (``Private`` writes ``Extraction.private``).

A reader that writes a part's facts itself (``schedule.Schedules``, ``points.Points``, ``private.Private``)
calls the extractor only through :class:`Extracting`: ``mark`` what it read, ``unread`` what it could not
read with certainty (待确认), ``aside`` what it sets aside with a reason, ``origin`` and ``where`` to say where
a value was read, ``value_of`` for a clause as a value.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

from ... import lazy_re

#: the numerals of a heading's number (第三章, 四、, （十二）)
NUMERALS = "一二三四五六七八九十百零〇"
#: a clause that denies what it names (不得组织考试, 无需提供): read as its absence, never as a requirement
NEGATION = lazy_re.compile(r"(?:不得|严禁|禁止|不准|不再|无需|无须|不需要?|不要求|不予|不用|取消|杜绝|免(?:于|除|交|予))[^，。；,;]*$")


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


class Extracting(Protocol):
    """The extractor as a reader that writes facts sees it (:class:`policy_lint.extract.extractor.Extractor`).

    Besides these methods a reader reads what the extractor has read before it: ``sentences`` (each with its
    ``piece``, ``line``, ``chapter``, ``topic``, ``scope``, ``heading``), ``draft`` (its lines, tables as rows),
    ``year`` (the draft's, or None), ``out`` (the :class:`~policy_lint.extract.model.Extraction` written to) and
    ``folding.written`` (a piece as the draft's own characters, for a quote made from a cell or a clause); the
    schedule reader also ``material_table_numbers`` (tables read as materials) and ``order_sentences``
    (admission orders met where conditions were looked for), and sets ``house_ranks`` (an order keeps a tier
    for children without a house), and asks ``reckoning`` whether a clause was read as when a condition's length
    is measured (自申请当年的5月1日上溯12个月: no stage's date).
    """

    def mark(self, piece, understood: bool = False) -> None:
        """Note ``piece`` as read (``understood``: read as structure or as an absence, no value written)."""

    def is_marked(self, piece) -> bool:
        """Whether any character of ``piece`` was read already."""

    def unread(self, piece, reason, section: str | None = None, cell=None) -> None:
        """Leave ``piece`` to a person (待确认) with ``reason``."""

    def aside(self, piece, reason, boilerplate: bool = False) -> None:
        """Set ``piece`` aside on purpose with ``reason`` (not a fact the rules hold, not 待确认)."""

    def origin(self, sentence, note: str = "", cell=None):
        """Where a value was read: the paragraph (or cell) and the sentence as written, with ``note``."""

    def where(self, piece, cell=None) -> str:
        """``第12段`` or ``第12段 表1第3行第2列``."""

    def value_of(self, clause):
        """``clause`` as a value: without its item number, its full stop and the rules language's reserved marks."""
