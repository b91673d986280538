"""Bytes to text: the one place where input is decoded.

Accepts UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 (what Word
and Windows Notepad save in Chinese locales); line endings CRLF, CR and LF
all become LF.  Anything else -- an empty file, a binary file, UTF-16 without
a BOM, bytes that no accepted encoding reads, a stray NUL or control
character, a file over the limits of :mod:`policy_lint.settings` -- raises
:class:`InputError`, which the CLI turns into a message and exit code 2.
"""

from __future__ import annotations

import codecs
import functools
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import settings
from .errors import InputError, os_reason
from .files import not_regular
from .messages import text
from . import lazy_re


@dataclass(frozen=True)
class Source:
    """A decoded document: its display path, text (LF line endings) and encoding."""

    path: str
    text: str
    encoding: str

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The text split at LF (computed once: a document with many problems asks for many lines)."""
        return tuple(self.text.split("\n"))

    def line(self, number: int) -> str:
        """The 1-based line ``number`` without its line ending ('' if out of range)."""
        if 1 <= number <= len(self.lines):
            return self.lines[number - 1]
        return ""


@functools.lru_cache(maxsize=8)
def split_lines(text: str) -> tuple[str, ...]:
    """``text.split("\n")``, kept for the last few texts: a report quotes one line under each of a
    file's findings, and splitting the whole file again for each made a long report quadratic."""
    return tuple(text.split("\n"))


def decode(data: bytes, path: str) -> Source:
    """Decode ``data`` read from ``path``; raise :class:`InputError` if it is not text.

    Refuses, each with its own message: a file over the size, line-count or
    line-length limit (:mod:`policy_lint.settings`), binary content, UTF-16
    without a byte-order mark, bytes no accepted encoding reads, a stray NUL
    or control character (with its line and column), and an empty file.
    """
    max_bytes = _limit("MAX_BYTES", path)
    if len(data) > max_bytes:
        raise InputError(path, _too_large(len(data), max_bytes))
    encoding, body = _sniff(data)
    if encoding is None:
        if b"\x00" in body:
            utf16 = _utf16_without_bom(body)
            if utf16 is not None:
                raise InputError(path, text("input.utf16_no_bom", encoding=utf16))
        for candidate in ("utf-8", "gb18030"):
            try:
                decoded = body.decode(candidate)
            except UnicodeDecodeError:
                continue
            encoding = candidate
            break
        else:
            if _binary_bytes(body):
                raise InputError(path, for_kind("input.binary", path))
            raise InputError(path, text("input.undecodable"))
    else:
        try:
            decoded = body.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(path, text("input.undecodable")) from None
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    _refuse_controls(decoded, path)
    if not decoded.strip():
        raise InputError(path, for_kind("input.empty", path))
    _refuse_oversized(decoded, path)
    return Source(path=path, text=decoded, encoding=encoding)


#: the suffixes whose files get their own advice when empty or binary (others: the rules language's)
_KIND_HINTS = {".csv": "csv", ".toml": "toml", ".txt": "draft", ".md": "draft", ".docx": "draft",
               **{suffix: "image" for suffix in (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")}}


def for_kind(key: str, path: str):
    """The message ``key`` with the advice that fits the kind of file ``path`` is (a CSV is no rules file)."""
    from .messages import CATALOGUE

    kind = _KIND_HINTS.get(Path(path).suffix.lower())
    return text(f"{key}.{kind}") if kind and f"{key}.{kind}" in CATALOGUE else text(key)


def read(path: Path, display: str | None = None) -> Source:
    """Read and decode the file at ``path`` (never more than the size limit, whatever the file is)."""
    shown = display if display is not None else str(path)
    return decode(read_bytes(path, shown), shown)


def read_bytes(path: Path, shown: str) -> bytes:
    """The bytes of ``path``, refusing (:class:`InputError`) a missing, unreadable or oversized file."""
    max_bytes = _limit("MAX_BYTES", shown)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            # a FIFO would wait for a writer forever, a device never ends
            raise InputError(shown, not_regular(info.st_mode))
        size = info.st_size
        if size > max_bytes:
            raise InputError(shown, _too_large(size, max_bytes))
        # Read at most one byte past the limit: a device, a pipe or a file growing
        # while we read reports a size that cannot be trusted.  Read in chunks, so
        # that a huge limit (POLICY_LINT_MAX_BYTES=100000000000) never allocates a
        # buffer of that size: what is held is what the file really has, plus one byte.
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        with path.open("rb") as handle:
            while remaining > 0:
                chunk = handle.read(min(remaining, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
        data = b"".join(chunks)
    except FileNotFoundError:
        raise InputError(shown, text("input.missing")) from None
    except IsADirectoryError:
        raise InputError(shown, text("input.is_directory")) from None
    except OSError as exc:
        raise InputError(shown, text("input.unreadable", reason=os_reason(exc))) from None
    if len(data) > max_bytes:
        raise InputError(shown, _too_large(f"{max_bytes}+", max_bytes))
    return data


def _limit(name: str, path: str) -> int:
    try:
        return settings.get(name)
    except settings.SettingError as exc:
        raise InputError(path, exc.message) from None


def _too_large(size, limit: int):
    return settings.over_limit("input.too_large", "MAX_BYTES", size=size, limit=limit)


def _refuse_oversized(decoded: str, path: str) -> None:
    """Too many lines, or a line too long: refused with the position where the limit is crossed."""
    max_lines = _limit("MAX_LINES", path)
    max_length = _limit("MAX_LINE_LENGTH", path)
    lines = decoded.split("\n")
    count = len(lines) - (1 if lines[-1] == "" else 0)
    if count > max_lines:
        raise InputError(path, settings.over_limit("input.too_many_lines", "MAX_LINES", limit=max_lines, lines=count),
                         line=max_lines + 1, column=1, end_column=len(lines[max_lines]) + 1)
    for number, line in enumerate(lines, start=1):
        if len(line) > max_length:
            raise InputError(path, settings.over_limit("input.line_too_long", "MAX_LINE_LENGTH", line=number,
                                                       length=len(line), limit=max_length),
                             line=number, column=max_length + 1, end_column=len(line) + 1)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _sniff(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom):]
    return None, data


def _binary_bytes(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls * 20 > len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' if ``data`` reads as UTF-16 text without a BOM, else ``None``.

    Text in UTF-16 has its zero bytes (the high half of ASCII characters:
    line breaks, spaces, digits) all at odd offsets (little-endian) or all at
    even ones (big-endian); binary content has them on both.
    """
    if len(data) < 2:
        return None
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    even = sum(1 for b in sample[0::2] if b == 0)
    odd = sum(1 for b in sample[1::2] if b == 0)
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros and other * 20 <= zeros:
            try:
                decoded = sample.decode(encoding, errors="strict")
            except UnicodeDecodeError:
                continue
            if "\n" in decoded and not _control_ratio_high(decoded):
                return encoding
    return None


def _is_control(ch: str) -> bool:
    # C0 but tab, line feed and form feed; DEL; C1 (U+0080-U+009F: U+009B is a terminal's CSI)
    return (ord(ch) < 32 and ch not in "\t\n\f") or 0x7f <= ord(ch) <= 0x9f


def _control_ratio_high(decoded: str) -> bool:
    sample = decoded[:4096]
    controls = sum(1 for ch in sample if _is_control(ch))
    return controls * 20 > len(sample)


#: the characters _is_control accepts, as one pattern (a regex scan is ~20x faster than a loop)
_CONTROL = lazy_re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")


def _refuse_controls(decoded: str, path: str) -> None:
    """Binary content, or a stray NUL or control character in otherwise good text (with its position)."""
    found = _CONTROL.search(decoded)
    if found is None:
        return
    if _control_ratio_high(decoded):
        raise InputError(path, for_kind("input.binary", path))
    index, ch = found.start(), found.group()
    line = decoded.count("\n", 0, index) + 1
    column = index - (decoded.rfind("\n", 0, index) + 1) + 1
    if ch == "\x00":
        message = text("input.nul", line=line, column=column)
    else:
        message = text("input.control_char", line=line, column=column, code=f"U+{ord(ch):04X}")
    raise InputError(path, message, line=line, column=column, end_column=column + 1)
