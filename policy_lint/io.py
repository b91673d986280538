"""Writing files atomically: a temporary file beside the target, then ``os.replace``."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .messages import LocalText, text


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, or bytes as they are) to ``path`` so that readers see the old file or the new one, never half.

    A symbolic link is followed (the file it points to is replaced, the link kept); an existing
    file keeps its permissions, a new one gets the usual ``0o666 & ~umask``.
    """
    path = Path(os.path.realpath(path))
    directory = path.parent
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # never replace a device, a FIFO or a socket with a file
            raise IsADirectoryError(errno.EISDIR, "not a regular file") if stat.S_ISDIR(info.st_mode) \
                else OSError(errno.EINVAL, "not a regular file")
        mode = stat.S_IMODE(info.st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        data = content.encode("utf-8") if isinstance(content, str) else content
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# --- where a report may be written ---------------------------------------------------------------

#: ``-o`` names standard output: the report is printed
STDOUT = "-"


def _identity(path: str | os.PathLike) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def is_stdout(path: Path) -> bool:
    """Whether ``path`` is ``-`` or this process's standard output (``/dev/stdout`` in a pipe, ``/dev/fd/1``)."""
    if str(path) == STDOUT:
        return True
    try:
        ours = os.fstat(1)
    except OSError:
        return False
    return _identity(path) == (ours.st_dev, ours.st_ino)


def output_problem(output: Path, inputs: list[Path], read_suffixes: tuple[str, ...]) -> LocalText | None:
    """Why ``output`` must not receive a report of a command reading ``inputs``, or ``None``.

    A report never replaces what it reads: the output is compared with every input by identity
    (device and inode, so a link to an input, a path through another link, or another spelling on a
    file system that ignores case are all caught) and, when it does not exist yet, refused inside a
    folder given as input when its suffix (any case) is one the command reads.  Only a regular file
    is ever written: a device or a FIFO is refused (``-o /dev/null`` as root would otherwise replace
    the system's device with a file), except this process's own standard output.
    """
    if is_stdout(output):
        return None
    from .files import kind_of, walk

    try:
        info = os.stat(output)
    except FileNotFoundError:
        info = None
    except OSError:
        info = None  # the write reports why it cannot write there
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            return None  # the write says it is a directory
        return text("cli.output_not_regular", path=str(output), kind=kind_of(info.st_mode))
    shown = str(output)
    target = Path(os.path.realpath(output))
    target_id = (info.st_dev, info.st_ino) if info is not None else None
    for given in inputs:
        given_real = Path(os.path.realpath(given))
        if given_real == target or (target_id is not None and _identity(given) == target_id):
            return text("cli.output_is_input", path=shown)
        if not given_real.is_dir():
            continue
        if given_real in target.parents and target.suffix.lower() in read_suffixes:
            return text("cli.output_is_input", path=shown)
        if target_id is not None:
            for found in walk(given, read_suffixes):
                if _identity(found.path) == target_id:
                    return text("cli.output_is_input", path=shown)
    return None
