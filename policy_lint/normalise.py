"""Look-alike and invisible characters: how every reader of the vocabulary sees a text.

A county's text may hold characters a reader does not see or cannot tell apart
from the ones the vocabulary names: a zero-width space (U+200B) or a soft hyphen
inside ``持有满一年``, a CJK compatibility ideograph for 年, a Kangxi radical ⼀ for
一, a bidi override, or a traditional form (``獨生子女證``).  :func:`fold` gives the
text the readers match -- the vocabulary's section and key names
(:mod:`policy_lint.build`), durations and dates (:mod:`policy_lint.values`),
materials and certificates, housing, the extractor's phrases -- together with the
map back to the text as written, so that a finding's caret stays under the
original characters and what is quoted is the original.

What folding does, character by character (a base character with the combining
marks after it is one unit):

- format characters (Unicode category Cf: U+200B-U+200F, U+00AD, U+2060-U+2064,
  U+FEFF, the bidi controls U+202A-U+202E and U+2066-U+2069, ...), every
  Default_Ignorable_Code_Point (variation selectors, the Hangul fillers U+3164, U+115F,
  U+1160, U+FFA0, U+17B4/U+17B5, U+180E, U+034F, ...), and the blanks a reader cannot tell
  from nothing (U+00A0, U+2028/U+2029, the braille blank U+2800, private-use characters)
  are dropped;
- anything else is put in NFKC form (a compatibility ideograph or Kangxi radical
  becomes the ideograph it looks like), except the ordinary typography of Chinese
  text that the readers already accept as written: full-width forms (U+FF01-U+FF5E,
  U+FFE0-U+FFE6), the ideographic space, circled and parenthesised numbers (①, ⑴,
  ㈠), the ellipsis, and superscript and subscript digits (², which are not numbers);
- a traditional form is read as its simplified character, from the table in
  ``rulesets/vocabulary.toml`` (traditional to simplified only, never the reverse);
- 户口 said for the status is read as 户籍 (本地户口优先, 户口所在地, 全家户口满2年: counties write either),
  but not the paper (户口簿, 户口本, 户口页) nor a registry act (户口迁移, 户口登记).

:func:`hidden` lists the characters that folding drops or that look like an
ideograph they are not (check PL001 reports them).
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import lru_cache

from .record import Record, record
from . import lazy_re
from .files import package_dir

#: bidi controls: they change the order in which a text is displayed, not only whether a character shows
BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C))


#: Default_Ignorable_Code_Point, from Unicode 15.1 DerivedCoreProperties.txt (hardcoded: ``unicodedata``
#: does not expose the property): characters a renderer shows as nothing, such as the Hangul fillers
#: U+115F, U+1160, U+3164 and U+FFA0, the Khmer inherent vowels U+17B4/U+17B5, the Mongolian vowel
#: separator U+180E, the combining grapheme joiner U+034F, the zero-width and bidi controls, the
#: variation selectors and the tags.
DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)

#: blank or unreadable, though not default-ignorable: the no-break space U+00A0, the line and paragraph
#: separators U+2028/U+2029, the braille blank U+2800, and the private-use areas (no standard glyph)
BLANK = ((0x00A0, 0x00A0), (0x2028, 0x2029), (0x2800, 0x2800), (0xE000, 0xF8FF), (0xF0000, 0xFFFFD),
         (0x100000, 0x10FFFD))


def _in(code: int, ranges) -> bool:
    return any(low <= code <= high for low, high in ranges)


@lru_cache(maxsize=4096)
def invisible(ch: str) -> bool:
    """Whether ``ch`` is not shown or shows as a blank a reader cannot tell from nothing: a format
    character (category Cf), a Default_Ignorable_Code_Point, or one of :data:`BLANK` (dropped by
    :func:`fold`)."""
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or _in(code, DEFAULT_IGNORABLE) or _in(code, BLANK)


def _kept(ch: str) -> bool:
    """Ordinary Chinese typography that NFKC would change but every reader already takes as written."""
    code = ord(ch)
    return (0xFF01 <= code <= 0xFF5E or 0xFFE0 <= code <= 0xFFE6 or code == 0x3000
            or 0x2460 <= code <= 0x24FF or 0x3200 <= code <= 0x32FF or code in (0x2025, 0x2026)
            or code in (0xB2, 0xB3, 0xB9) or 0x2070 <= code <= 0x209F)  # ², ₂: not digits (核定计划: ² is no number)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """``rulesets/vocabulary.toml``, read once: its traditional forms (here) and materials (policy_lint.build)."""
    return tomllib.loads(package_dir("policy_lint.rulesets").joinpath("vocabulary.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def traditional() -> dict[int, str]:
    """The traditional → simplified table (a ``str.translate`` table)."""
    data = vocabulary()
    table: dict[int, str] = {}
    for pair in data["traditional"]["pairs"].split():
        if len(pair) != 2 or pair[0] == pair[1]:
            raise ValueError(f"vocabulary.toml [traditional]: '{pair}' is not a traditional and a simplified character")
        table[ord(pair[0])] = pair[1]
    return table


def _combining(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or 0x1160 <= ord(ch) <= 0x11FF  # Hangul vowels, finals


@lru_cache(maxsize=4096)
def _fold_unit(unit: str) -> str:
    if len(unit) == 1 and _kept(unit):
        return unit
    return unicodedata.normalize("NFKC", unit).translate(traditional())


#: a text none of whose characters folding changes, apart from traditional forms (the usual case, checked fast)
_PLAIN = lazy_re.compile(r"[\x20-\x7e\u4e00-\u9fff\u3000-\u3035\uff01-\uff5e“”‘’—…·\t\n]*")


@record(kw_only=False)
class Folded(Record):
    """``text`` folded from ``original``; the folded character ``i`` stands for ``original[starts[i]:ends[i]]``."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in ``original`` of the folded characters ``[start, end)``."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    @property
    def changed(self) -> bool:
        return self.text != self.original


def _identity(text: str) -> Folded:
    offsets = tuple(range(len(text)))
    return Folded(text, text, offsets, tuple(i + 1 for i in offsets))


#: 户口 said for the status 户籍 (本地户口优先, 户口所在地, 全家户口满2年), not the household register as a paper
#: (户口簿, 户口本, 户口页, 户口首页, 户口册, the slips 户口薄 and 户口部) nor a registry act (户口迁移, 户口登记)
_HUKOU_WORD = lazy_re.compile(r"户口(?![簿本页薄册部]|首页|迁移|登记)")


def _hukou(folded: Folded) -> Folded:
    """``folded`` with 户口 the status read as 户籍: two characters for two, the map back unchanged."""
    if "户口" not in folded.text:
        return folded
    text = _HUKOU_WORD.sub("户籍", folded.text)
    return folded if text == folded.text else Folded(folded.original, text, folded.starts, folded.ends)


def fold(text: str) -> Folded:
    """``text`` as the readers see it, with the map back to ``text`` (see the module docstring)."""
    if _PLAIN.fullmatch(text) and not any(ord(ch) in traditional() for ch in text):
        return _hukou(_reword(_identity(text)))
    folded = _fold(text)
    if "於" in folded.text and any(ord(ch) in traditional() for ch in text):
        # 於 is a simplified character too (a surname) and is never in the table; in a text written in traditional
        # characters it is 于 (屬於 → 属于, 對於, 於2023年): one character for one, the map back unchanged
        folded = Folded(text, folded.text.replace("於", "于"), folded.starts, folded.ends)
    return _hukou(_reword(folded))


@lru_cache(maxsize=1)
def wording() -> tuple[tuple, ...]:
    """``rulesets/vocabulary.toml``'s wording variants: (pattern, the vocabulary's word), and one pattern for all."""
    pairs = tuple((lazy_re.compile(item["variant"]), item["reads"]) for item in vocabulary().get("wording", ()))
    for _pattern, reads in pairs:
        if not reads:
            raise ValueError("vocabulary.toml [[wording]]: a variant reads as nothing")
    return pairs


def _reword(folded: Folded) -> Folded:
    """``folded`` with each wording variant read as the vocabulary's word (交纳 → 缴纳): a word of the same length
    character for character, a longer or shorter one as a whole (each of its characters stands for the variant)."""
    for pattern, reads in wording():
        if pattern.search(folded.text) is None:
            continue
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        at = 0
        for match in pattern.finditer(folded.text):
            a, b = match.span()
            if a == b:
                continue
            text.append(folded.text[at:a])
            starts.extend(folded.starts[at:a])
            ends.extend(folded.ends[at:a])
            text.append(reads)
            if len(reads) == b - a:
                starts.extend(folded.starts[a:b])
                ends.extend(folded.ends[a:b])
            else:
                starts.extend([folded.starts[a]] * len(reads))
                ends.extend([folded.ends[b - 1]] * len(reads))
            at = b
        text.append(folded.text[at:])
        starts.extend(folded.starts[at:])
        ends.extend(folded.ends[at:])
        folded = Folded(folded.original, "".join(text), tuple(starts), tuple(ends))
    return folded


def _fold(text: str) -> Folded:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if invisible(text[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (_combining(text[j]) and not invisible(text[j])):
            j += 1
        folded = _fold_unit(text[i:j])
        out.append(folded)
        starts.extend([i] * len(folded))
        ends.extend([j] * len(folded))
        i = j
    return Folded(text, "".join(out), tuple(starts), tuple(ends))


def as_said(text: str, part: str) -> str:
    """``part``, a piece of ``fold(text)`` quoted in a message, with 户籍 put back to 户口 where ``text`` wrote 户口
    (a county's 本地户口优先 is quoted as written, not as it was read)."""
    folded = fold(text)
    at = folded.text.find(part) if "籍" in part else -1
    if at < 0 or "口" not in text:
        return part
    return "".join("口" if ch == "籍" and folded.original[folded.starts[at + k]] == "口" else ch
                   for k, ch in enumerate(part))


@lru_cache(maxsize=8192)
def fold_text(text: str) -> str:
    """The folded text alone."""
    return fold(text).text


@record(kw_only=False)
class HiddenChar(Record):
    """A character a reader does not see or cannot tell apart: its offset in the text, and what kind."""

    offset: int
    char: str
    kind: str  # "bidi", "invisible" or "lookalike"
    reads_as: str = ""  # what a look-alike is read as


def _ideograph(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F


def _classify(ch: str) -> tuple[str, str] | None:
    """(kind, reads_as) of a hidden character, ``None`` for an ordinary one."""
    if ch in BIDI:
        return "bidi", ""
    if invisible(ch):
        return "invisible", ""
    if not _ideograph(ch):
        nfkc = unicodedata.normalize("NFKC", ch)
        if len(nfkc) == 1 and nfkc != ch and _ideograph(nfkc):
            return "lookalike", nfkc.translate(traditional())
    return None


_classify_cached = lru_cache(maxsize=4096)(_classify)


def hidden(text: str) -> list[HiddenChar]:
    """Every invisible character of ``text``, and every character that looks like an ideograph it is not
    (a compatibility ideograph, a Kangxi or supplementary radical: NFKC makes it a different ideograph).

    Traditional forms are not listed: they are visible and read correctly.
    """
    if _PLAIN.fullmatch(text):
        return []
    found: list[HiddenChar] = []
    for offset, ch in enumerate(text):
        kind = _classify_cached(ch)
        if kind is not None:
            found.append(HiddenChar(offset, ch, *kind))
    return found


@record(kw_only=False)
class HiddenRun(Record):
    """The run of consecutive hidden characters a value is reported at, and how many it holds in all.

    ``start``-``end`` are offsets in the text; ``char``, ``kind`` and ``reads_as`` are those of the run's
    first character, except that a run holding a bidi control is of kind ``bidi``.
    """

    start: int
    end: int
    char: str
    kind: str
    reads_as: str
    count: int  # hidden characters in the whole text
    runs: int  # runs of them in the whole text


def hidden_run(text: str) -> HiddenRun | None:
    """The first run of consecutive hidden characters in ``text`` (the first one holding a bidi control, if
    any does: that is the graver finding), with the count of all of them; ``None`` if there is none.

    One summary per text, never one object per character: a value of thousands of zero-width spaces
    costs no more than one.
    """
    if _PLAIN.fullmatch(text):
        return None
    count = runs = 0
    chosen: list | None = None  # [start, end, char, kind, reads_as]
    current: list | None = None
    previous = -2
    for offset, ch in enumerate(text):
        kind = _classify_cached(ch)
        if kind is None:
            continue
        count += 1
        if offset != previous + 1:
            runs += 1
            current = [offset, offset + 1, ch, kind[0], kind[1]]
            if chosen is None:
                chosen = current
        else:
            current[1] = offset + 1
            if kind[0] == "bidi":
                current[3] = "bidi"
        if kind[0] == "bidi" and chosen[3] != "bidi":
            chosen = current
        previous = offset
    if chosen is None:
        return None
    return HiddenRun(chosen[0], chosen[1], chosen[2], chosen[3], chosen[4], count, runs)


def describe(ch: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: a character by its code point and name."""
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '')}".rstrip()
