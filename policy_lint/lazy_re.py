"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern is Python work (``re``'s parser and compiler): the 60-odd patterns the
modules on ``check``'s path define took about a third of its start-up after the import floor, and a
check of one rules file uses fewer than half of them (the points, private-school and date-wording
patterns wait for a document that has those sections).  ``PATTERN = lazy_re.compile(r"…")`` at
module level costs nothing until the first ``PATTERN.search(…)``; from then on the pattern's own
bound methods are looked up, as fast as a compiled pattern's.

A lazy pattern answers ``search``, ``match``, ``fullmatch``, ``sub``, ``subn``, ``split``,
``findall``, ``finditer``, ``pattern``, ``flags``, ``groups`` and ``groupindex``; where a real
:class:`re.Pattern` is needed (``re.sub(PATTERN, …)``), pass ``PATTERN.compiled`` (or ``lazy_re.real(p)`` for any of the three).
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner")


class LazyPattern:
    """A pattern compiled on first use; then its methods are the compiled pattern's bound methods."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags_given = flags

    @property
    def compiled(self) -> re.Pattern:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self.flags_given)
            self.__dict__["_compiled"] = found
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
        return found

    def __getattr__(self, name: str):  # only for what the instance does not hold yet
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}{', ' + str(self.flags_given) if self.flags_given else ''})"


def real(pattern) -> re.Pattern:
    """A compiled :class:`re.Pattern` for ``pattern``: a text, a compiled pattern or a lazy one."""
    if isinstance(pattern, LazyPattern):
        return pattern.compiled
    return re.compile(pattern)


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - re.compile's name, on purpose
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""
    return LazyPattern(pattern, flags)
