"""Errors that stop a file from being checked (reported with exit code 2)."""

from __future__ import annotations

from dataclasses import dataclass

from .messages import LocalText


@dataclass(frozen=True)
class Problem:
    """One reason a file cannot be checked, with its position when known."""

    message: LocalText
    line: int | None = None
    column: int | None = None
    end_column: int | None = None


class InputError(Exception):
    """A file that cannot be read, decoded, parsed or understood.

    Holds one or more :class:`Problem`; ``source_text`` (when the file was
    decoded) lets a renderer quote the offending line.
    """

    def __init__(
        self,
        path: str,
        message: LocalText | None = None,
        *,
        line: int | None = None,
        column: int | None = None,
        end_column: int | None = None,
        problems: list[Problem] | None = None,
        source_text: str | None = None,
    ) -> None:
        self.path = path
        self.problems: list[Problem] = list(problems or [])
        if message is not None:
            self.problems.insert(0, Problem(message, line, column, end_column))
        self.source_text = source_text
        first = self.problems[0] if self.problems else None
        super().__init__(f"{path}: {first.message.zh if first else ''}")

    def __reduce__(self):
        # keep the problems and the source when the error crosses a process boundary (--jobs)
        return (_restore, (type(self), self.path, self.problems, self.source_text))


def _restore(cls, path, problems, source_text):
    return cls(path, problems=problems, source_text=source_text)


class RulesetError(InputError):
    """A ruleset that cannot be loaded (bad TOML, unknown key, cycle, missing citation)."""


#: errno → why a file could not be read or written, in words (not the system's English)
_OS_REASONS = {
    "ENOENT": ("文件或目录不存在", "no such file or directory"),
    "EACCES": ("没有权限", "permission denied"),
    "EPERM": ("不允许此操作", "operation not permitted"),
    "ENOSPC": ("磁盘空间不足", "no space left on the disk"),
    "EDQUOT": ("超出磁盘配额", "disk quota exceeded"),
    "EISDIR": ("这是一个目录", "it is a directory"),
    "ENOTDIR": ("路径中有一项不是目录", "a part of the path is not a directory"),
    "EROFS": ("只读文件系统", "read-only file system"),
    "EINVAL": ("不是普通文件", "not a regular file"),
    "ENAMETOOLONG": ("文件名太长", "the file name is too long"),
    "ELOOP": ("链接层数过多", "too many levels of links"),
    "EMFILE": ("打开的文件过多", "too many open files"),
    "EIO": ("读写出错（磁盘或设备故障）", "input/output error (a disk or device fault)"),
    "EPIPE": ("输出已被关闭", "the output was closed"),
}


def os_reason(exc: OSError) -> LocalText:
    """Why an operating-system call failed, in Chinese and English (the system's text as a fallback)."""
    import errno

    name = errno.errorcode.get(exc.errno or -1, "")
    if name in _OS_REASONS:
        zh, en = _OS_REASONS[name]
        return LocalText(zh=zh, en=en)
    detail = exc.strerror or str(exc) or name or "OSError"
    return LocalText(zh=detail, en=detail)
