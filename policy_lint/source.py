"""Bytes to text: the one place where input is decoded.

Accepts UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 (what Word
and Windows Notepad save in Chinese locales); line endings CRLF, CR and LF
all become LF.  Anything else -- an empty file, a binary file, bytes that no
accepted encoding reads -- raises :class:`InputError`, which the CLI turns into
a message and exit code 2.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .messages import text

#: Files larger than this are refused before decoding (bytes).
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """A decoded document: its display path, text (LF line endings) and encoding."""

    path: str
    text: str
    encoding: str

    def line(self, number: int) -> str:
        """The 1-based line ``number`` without its line ending ('' if out of range)."""
        lines = self.text.split("\n")
        if 1 <= number <= len(lines):
            return lines[number - 1]
        return ""


def decode(data: bytes, path: str) -> Source:
    """Decode ``data`` read from ``path``; raise :class:`InputError` if it is not text."""
    if len(data) > MAX_BYTES:
        raise InputError(path, text("input.too_large", size=len(data), limit=MAX_BYTES))
    encoding, body = _sniff(data)
    if encoding is None:
        if b"\x00" in data:
            raise InputError(path, text("input.binary"))
        for candidate in ("utf-8", "gb18030"):
            try:
                decoded = body.decode(candidate)
            except UnicodeDecodeError:
                continue
            encoding = candidate
            break
        else:
            if _binary_bytes(body):
                raise InputError(path, text("input.binary"))
            raise InputError(path, text("input.undecodable"))
    else:
        try:
            decoded = body.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(path, text("input.undecodable")) from None
    if _looks_binary(decoded):
        raise InputError(path, text("input.binary"))
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    if not decoded.strip():
        raise InputError(path, text("input.empty"))
    return Source(path=path, text=decoded, encoding=encoding)


def read(path: Path, display: str | None = None) -> Source:
    """Read and decode the file at ``path``."""
    shown = display if display is not None else str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(shown, text("input.too_large", size=size, limit=MAX_BYTES))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(shown, text("input.missing")) from None
    except IsADirectoryError:
        raise InputError(shown, text("input.is_directory")) from None
    except OSError as exc:
        raise InputError(shown, text("input.unreadable", reason=exc.strerror or str(exc))) from None
    return decode(data, shown)


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


def _looks_binary(decoded: str) -> bool:
    if "\x00" in decoded:
        return True
    controls = sum(1 for ch in decoded[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > 0
