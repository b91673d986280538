"""Patterns compiled on first use, their programs kept between runs (policy_lint/lazy_re.py).

What the cache hands to ``_sre.compile`` must make the pattern ``re.compile`` makes: for every
pattern the package defines, and for the lexer's, the pattern rebuilt from the kept program (after
a round trip through the file's format) equals a fresh ``re.compile`` and matches alike.
"""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re

import _sre
import pytest

import policy_lint
from policy_lint import lazy_re


def _package_patterns() -> list[lazy_re.LazyPattern]:
    found = []
    for module in pkgutil.walk_packages(policy_lint.__path__, prefix="policy_lint."):
        if module.name.endswith(("__main__", "pdf_worker")):
            continue
        try:
            loaded = importlib.import_module(module.name)
        except ImportError:  # an optional dependency of one reader
            continue
        for value in vars(loaded).values():
            items = value if isinstance(value, (tuple, list)) else (value,)
            for item in items:
                for each in (item if isinstance(item, tuple) else (item,)):
                    if isinstance(each, lazy_re.LazyPattern):
                        found.append(each)
    return found


PATTERNS = _package_patterns()


def test_the_package_defines_its_patterns_lazily():
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_a_kept_program_makes_the_pattern_re_compile_makes(index):
    lazy = PATTERNS[index]
    entry = marshal.loads(marshal.dumps(lazy_re._program(lazy.pattern, lazy.flags_given)))
    rebuilt = _sre.compile(lazy.pattern, *entry)
    fresh = re.compile(lazy.pattern, lazy.flags_given)
    assert rebuilt == fresh  # pattern, flags and program
    assert (rebuilt.groups, rebuilt.groupindex) == (fresh.groups, fresh.groupindex)
    assert lazy_re.cached_compile(lazy.pattern, lazy.flags_given) == fresh
    assert lazy.compiled == fresh


def test_the_lexer_compiles_through_the_cache_to_the_same_patterns():
    from policy_lint import syntax

    lexer = syntax.parser().parser.lexer
    assert lexer.root_lexer.re is lazy_re.RE
    for each in lexer.lexers.values():
        for terminal in each.terminals:
            regexp = terminal.pattern.to_regexp()
            assert lazy_re.RE.compile(regexp, 0) == re.compile(regexp)


def test_a_lazy_pattern_answers_as_a_compiled_one():
    lazy = lazy_re.compile(r"(?P<n>[0-9]+)月")
    assert "_compiled" not in vars(lazy)  # nothing compiled yet
    assert lazy.search("满6个月") is None and lazy.search("满6月").group("n") == "6"
    assert lazy.sub("X", "6月7月") == "XX" and lazy.groupindex == {"n": 1} and lazy.pattern == r"(?P<n>[0-9]+)月"
    assert lazy_re.real(lazy) is lazy.compiled and lazy_re.real("a") == re.compile("a")


def test_a_damaged_or_foreign_cache_file_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(lazy_re, "_KEPT", None)
    monkeypatch.setattr(lazy_re, "_ADDED", {})
    lazy_re._kept()
    path = lazy_re._FILE
    path.write_bytes(b"\x00not marshal")
    path.chmod(0o600)
    monkeypatch.setattr(lazy_re, "_KEPT", None)
    assert lazy_re._kept() == {}
    assert lazy_re.cached_compile("a+b", 0) == re.compile("a+b")
    lazy_re._save()  # replaces the damaged file with what this run compiled
    monkeypatch.setattr(lazy_re, "_KEPT", None)
    assert ("a+b", 0) in lazy_re._kept()
    path.chmod(0o666)  # writable by others: never read
    monkeypatch.setattr(lazy_re, "_KEPT", None)
    assert lazy_re._kept() == {} and lazy_re._FILE is None
    path.chmod(0o600)
    bad = dict(marshal.loads(path.read_bytes()))
    bad[("a+b", 0)] = (0, [1, 2, 3], 0, {}, (None,))  # not a program _sre accepts
    path.write_bytes(marshal.dumps(bad))
    monkeypatch.setattr(lazy_re, "_KEPT", None)
    assert lazy_re.cached_compile("a+b", 0) == re.compile("a+b")
