"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern is Python work (``re``'s parser and compiler): the 60-odd patterns the
modules on ``check``'s path define took about a third of its start-up after the import floor, and a
check of one rules file uses fewer than half of them (the points, private-school and date-wording
patterns wait for a document that has those sections).  ``PATTERN = lazy_re.compile(r"…")`` at
module level costs nothing until the first ``PATTERN.search(…)``; from then on the pattern's own
bound methods are looked up, as fast as a compiled pattern's.

Compiled patterns are also kept between runs (:func:`cached_compile`), as the LALR tables are: ``re``'s
parser and compiler turn a pattern into the program ``_sre`` runs, which is the same for the same
pattern, flags and Python; that program is kept in the owner-only cache directory of
:mod:`policy_lint.parser_cache` (never anywhere another user can write), keyed by the Python build
and ``_sre``'s own version, and handed to ``_sre.compile`` next time, which validates it as it
validates any program.  The pattern made is the one ``re.compile`` makes (equal to it, as
``tests/test_lazy_re.py`` checks for every pattern of the package); anything unexpected -- no cache
directory, an unreadable or foreign file, another Python -- and the pattern is compiled as usual.
``POLICY_LINT_NO_CACHE=1`` turns it off with the LALR cache.

A lazy pattern answers ``search``, ``match``, ``fullmatch``, ``sub``, ``subn``, ``split``,
``findall``, ``finditer``, ``pattern``, ``flags``, ``groups`` and ``groupindex``; where a real
:class:`re.Pattern` is needed (``re.sub(PATTERN, …)``), pass ``PATTERN.compiled`` (or ``lazy_re.real(p)`` for any of the three).
"""

from __future__ import annotations

import marshal
import os
import re
import sys

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
            found = cached_compile(self.pattern, self.flags_given)
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


# --- compiled patterns kept between runs ---------------------------------------------

#: (pattern, flags) → the arguments of ``_sre.compile`` after the pattern: what the cache file holds
_KEPT: dict | None = None
#: what this run compiled that the file did not hold (written at exit)
_ADDED: dict = {}
_FILE = None
#: more entries than this and the file starts afresh (patterns built from data, say)
MAX_KEPT = 4096


def _file_name() -> str:
    import zlib

    import _sre

    return f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{zlib.crc32(sys.version.encode()):08x}"


def _kept() -> dict:
    global _KEPT, _FILE
    if _KEPT is None:
        _KEPT = {}
        try:
            from . import parser_cache

            directory = parser_cache.cache_dir()
            if directory is None:
                return _KEPT
            _FILE = directory / f"{_file_name()}.marshal"
            if not os.path.lexists(_FILE):
                return _KEPT
            if not parser_cache.private_file(_FILE):
                _FILE = None  # not ours alone: neither read nor replaced
                return _KEPT
            with open(_FILE, "rb") as handle:
                data = marshal.loads(handle.read())  # load(handle) reads it piece by piece: 100 times slower
            if isinstance(data, dict) and len(data) <= MAX_KEPT:
                _KEPT = data
        except Exception:  # an unreadable or damaged file is a cache miss, never an error
            _KEPT = {}
    return _KEPT


def _program(pattern, flags: int) -> tuple:
    """What ``re``'s compiler makes of ``pattern``: the arguments ``_sre.compile`` takes after it."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], int(parsed.state.groups - 1), groupindex,
            tuple(indexgroup))


def cached_compile(pattern, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its program taken from the cache when a run before kept it."""
    import _sre

    flags = int(flags)
    key = (pattern, flags)
    entry = _kept().get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # not a program this Python takes: compile it afresh below
            pass
    if flags & re.DEBUG or not isinstance(pattern, (str, bytes)):
        return re.compile(pattern, flags)
    try:
        entry = _program(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # a bad pattern: re.compile raises what it always raises
        return re.compile(pattern, flags)
    if _FILE is not None:
        if not _ADDED:
            from atexit import register as at_exit  # (not messages.register: tests/test_messages.py looks for that name)

            at_exit(_save)
        _ADDED[key] = entry
    return compiled


def _save() -> None:
    """Write what this run added to the cache file (atomically, owner-only); never fails the command."""
    if not _ADDED or _FILE is None:
        return
    data = dict(_KEPT or {}) if len(_KEPT or {}) + len(_ADDED) <= MAX_KEPT else {}
    data.update(_ADDED)
    _ADDED.clear()
    temporary = _FILE.with_name(f"{_FILE.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            marshal.dump(data, handle)
        os.replace(temporary, _FILE)
    except Exception:
        try:
            os.unlink(temporary)
        except OSError:
            pass


class _CachedRe:
    """The ``re`` module as lark's lexer uses it (``compile``, ``match``, ``error``), compiling through the cache."""

    error = re.error

    @staticmethod
    def compile(pattern, flags: int = 0) -> re.Pattern:
        return cached_compile(pattern, flags)

    @staticmethod
    def match(pattern, string, flags: int = 0):
        return cached_compile(pattern, flags).match(string)

    def __getattr__(self, name: str):
        return getattr(re, name)


#: give this as lark's ``re`` (see policy_lint.syntax.parser)
RE = _CachedRe()
