"""What reaches a terminal: no control sequence that the tool did not write itself.

File names, ``city.toml`` strings and, in principle, any text a report quotes
come from users; written raw to a terminal, an escape sequence in them could
clear the screen, set the window title or forge lines of the report.  Before
anything is printed, every control character (C0 except line feed and tab,
DEL, C1 such as U+009B, the line and paragraph separators U+2028/U+2029 that
some terminals break lines at, and the bidirectional overrides that reorder what
is shown) is written out as ``\\uXXXX`` -- which also keeps printed JSON valid and
its values unchanged.  The colours the text report draws itself (SGR sequences,
``ESC [ … m``) are kept when colour is on.
"""

from __future__ import annotations

import re
from . import lazy_re

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = lazy_re.compile(f"[{_CONTROLS}]")
_UNSAFE_KEEP_SGR = lazy_re.compile(f"\x1b\\[[0-9;]*m|[{_CONTROLS}]")


def _escape(match: re.Match) -> str:
    found = match.group()
    if len(found) > 1:  # an SGR sequence (colour), kept
        return found
    return f"\\u{ord(found):04x}"


def safe(text: str, keep_colour: bool = False) -> str:
    """``text`` with every control character shown as ``\\uXXXX`` (colour sequences kept if asked)."""
    pattern = _UNSAFE_KEEP_SGR if keep_colour else _UNSAFE
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)
