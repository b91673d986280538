"""Finding the files under a folder: only regular files that are inside it.

``check DIR``, ``review CITY`` and ``audit PROVINCE`` read what is under the
folder they are given, and only that.  A symbolic link whose target lies outside
the folder (``ln -s ~/.env city/高平市.rules``) is not read: it is listed with a
refusal, so the report says that the file was there and why it was not
checked.  A FIFO, a device or a socket is never opened (opening a FIFO waits
for a writer forever).  Directories reached through a link are not entered.
Suffixes are compared without regard to case (``X.RULES`` is a rules file).  Files that are never documents
are not listed: the owner file Word and WPS keep beside an open document (``~$高平市.docx``) and the
resource forks macOS leaves in a zip (``._高平市.docx``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .record import Record, record
from .messages import LocalText, text


def package_dir(package: str):
    """The folder of a package of data files shipped with policy-lint (``policy_lint.rulesets``,
    ``policy_lint.grammar``): the folder on disk, read without loading ``importlib.resources`` (and
    the zip support it brings, which ``check`` would pay for at every start); that package's
    ``Traversable`` when it is not on disk (installed as a zip)."""
    import importlib

    module = importlib.import_module(package)
    for location in getattr(module, "__path__", ()):
        if os.path.isdir(location):
            return Path(location)
    from importlib import resources  # pragma: no cover - a zipped install

    return resources.files(package)  # pragma: no cover


#: names that are never documents: Word's and WPS's owner files of an open document, macOS resource forks
SKIPPED_PREFIXES = ("~$", "._")


@record(kw_only=False)
class Found(Record):
    """A file found under a folder, or the reason it is not read (``refusal``)."""

    path: Path
    refusal: LocalText | None = None


def kind_of(mode: int) -> LocalText:
    """What a non-regular file is, in words (for the refusal message)."""
    if stat.S_ISFIFO(mode):
        return text("kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return text("kind.device")
    if stat.S_ISSOCK(mode):
        return text("kind.socket")
    if stat.S_ISDIR(mode):
        return text("kind.directory")
    return text("kind.special")


def not_regular(mode: int) -> LocalText:
    return text("input.not_regular", kind=kind_of(mode))


def walk(root: Path, suffixes: tuple[str, ...] | None = None, names: tuple[str, ...] | None = None) -> list[Found]:
    """The files under ``root`` whose suffix (any case) is one of ``suffixes`` or whose name is one of
    ``names``, sorted by path; links out of ``root`` and non-regular files come with their refusal."""
    real_root = os.path.realpath(root)
    found: list[Found] = []
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue  # unreadable or vanished: nothing to list (a file given by name is reported when read)
        for entry in entries:
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
                if entry.is_dir(follow_symlinks=False):
                    pending.append(path)
                    continue
                if is_link and entry.is_dir():  # a linked directory is never entered; one leading out is said
                    if not _inside(real_root, os.path.realpath(path)):
                        found.append(Found(path, text("input.link_outside")))
                    continue
            except OSError:
                continue
            if entry.name.startswith(SKIPPED_PREFIXES):
                continue
            wanted = (suffixes is not None and path.suffix.lower() in suffixes) or (names is not None and entry.name in names)
            if not wanted:
                continue
            found.append(Found(path, _refusal(path, real_root, is_link)))
    return sorted(found, key=lambda f: f.path)


def _refusal(path: Path, real_root: str, is_link: bool) -> LocalText | None:
    try:
        info = os.stat(path) if is_link else os.lstat(path)
    except FileNotFoundError:
        return text("input.link_broken") if is_link else None  # vanished: the reader says so
    except OSError:
        return None  # the reader reports why it cannot read it
    if is_link:
        if not _inside(real_root, os.path.realpath(path)):
            return text("input.link_outside")
    if not stat.S_ISREG(info.st_mode):
        return not_regular(info.st_mode)
    return None


def _inside(real_root: str, target: str) -> bool:
    return os.path.commonpath([real_root, target]) == real_root


def refusal(path: Path, root: Path) -> LocalText | None:
    """Why ``path`` (a file the command reads inside ``root``, such as ``city.toml``) must not be read."""
    return _refusal(path, os.path.realpath(root), path.is_symlink())
