"""Where the built LALR tables may be kept between runs: a directory only the owner can write.

lark can cache its built parser (``cache=``) as a pickle, and unpickling runs
code.  Its default (``cache=True``) puts the pickle in the shared temporary
directory under a predictable name and unpickles whatever is there before it
checks anything, so any other local user could plant a file that runs as
whoever runs policy-lint.  We never use that default.  Instead the tables are
kept in ``$XDG_CACHE_HOME/policy-lint`` (``~/.cache/policy-lint``), and used
only when

- the directory is a real directory (not a link), owned by this user, and
  writable by nobody else (it is created ``0700``);
- every directory above it is owned by this user or by root and, unless it has
  the sticky bit (as ``/tmp`` has), writable by nobody else: otherwise another
  user could rename ours away and put theirs in its place;
- the file, if present, is a regular file owned by this user and writable by
  nobody else.

When any of these fails (or there is no home directory) the parser is built
in memory (about 0.2 s) and nothing is read or written.  ``POLICY_LINT_NO_CACHE=1``
turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

CACHE_ENV = "POLICY_LINT_NO_CACHE"


def cache_dir() -> Path | None:
    """The cache directory, or ``None`` when there is no safe place for it."""
    if os.environ.get(CACHE_ENV, "").strip() not in ("", "0"):
        return None
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # pragma: no cover - not POSIX: no ownership to check, so no cache
        return None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not base or not os.path.isabs(base):
        home = os.environ.get("HOME", "").strip()
        if not home or not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    directory = Path(base) / "policy-lint"
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
    except OSError:
        return None
    uid = geteuid()
    if not _owned_and_private(directory, uid, is_dir=True):
        return None
    for parent in directory.parents:
        if not _safe_parent(parent, uid):
            return None
    return directory


def cache_file(grammar: str, options: str) -> Path | None:
    """The cache file for this grammar, these options, lark and Python, if it may be used."""
    directory = cache_dir()
    if directory is None:
        return None
    import lark

    key = hashlib.sha256("\0".join((grammar, options, lark.__version__, sys.version)).encode("utf-8"))
    path = directory / f"rules-{key.hexdigest()[:32]}.lark"
    if not os.path.lexists(path):
        return path  # lark builds the parser and writes the file (in a directory only we can write)
    return path if _owned_and_private(path, os.geteuid(), is_dir=False) else None


def private_file(path: Path) -> bool:
    """Whether ``path`` is a regular file owned by this user and writable by nobody else (safe to load)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and _owned_and_private(path, geteuid(), is_dir=False)


def _owned_and_private(path: Path, uid: int, is_dir: bool) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    kind_ok = stat.S_ISDIR(info.st_mode) if is_dir else stat.S_ISREG(info.st_mode)
    return kind_ok and info.st_uid == uid and not info.st_mode & 0o022


def _safe_parent(path: Path, uid: int) -> bool:
    try:
        info = os.stat(path)  # a link among the parents (/home -> /usr/home) is fine if its target is safe
    except OSError:
        return False
    if info.st_uid not in (uid, 0):
        return False
    return not info.st_mode & 0o022 or bool(info.st_mode & stat.S_ISVTX)
