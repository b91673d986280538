"""Errors that stop a file from being checked (reported with exit code 2)."""

from __future__ import annotations

from dataclasses import dataclass

from .messages import CATALOGUE, LocalText, same, text


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


def os_reason(exc: OSError) -> LocalText:
    """Why an operating-system call failed, in Chinese and English (the system's text as a fallback)."""
    import errno

    name = errno.errorcode.get(exc.errno or -1, "")
    if f"os.{name}" in CATALOGUE:
        return text(f"os.{name}")
    return same(exc.strerror or str(exc) or name or type(exc).__name__)
