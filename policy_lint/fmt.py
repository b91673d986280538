"""The canonical form of a rules file, comments kept (``policy-lint fmt``).

The canonical form is the style of every example in the documentation::

    # 一、入学条件
    入学条件 {  # 直接写在本节的条件须同时具备
        居住证: 持有满半年
        社保: 满半年、父母一方
        之一 {
            就业: 合法稳定就业
        }
    }

- a block is ``名称 {`` … ``}`` with ASCII braces, its entries indented four spaces per level;
- a pair is ``键: 值`` (ASCII colon, one space); list separators keep their kind (``、`` ``，`` ``；``,
  ASCII ``,`` ``;`` becoming full-width) with no spaces around them;
- words and quoted strings are kept exactly as written (quotes included), keys and section
  names too: formatting changes the layout, never the words;
- own-line comments are re-indented to the level of what follows them (inside a block they
  take the level of its entries); trailing comments follow their line after two spaces;
  comment text is kept as written (trailing spaces dropped);
- blank lines between entries and comments are kept, at most one; none right after ``{``
  or before ``}``; a top-level section (with the comments directly above it) is always
  separated from what precedes it by one blank line;
- the file is UTF-8 without BOM, with LF line endings and one final newline.

Only the syntax is needed: a file with an unknown section or key is formatted all the
same (``policy-lint check`` reports those); a file with a syntax error is not.  The
result is verified before it is returned: it must parse to the same tree of sections,
keys and words as the input, so a formatting bug can never change what a file says.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from lark import Token

from .errors import InputError
from .messages import text
from .source import Source, decode, read_bytes
from .syntax import BlockNode, ItemNode, PairNode, parse_tree, parser

INDENT = "    "
COLON = ": "
SEPARATOR = "、"
#: each list separator as written -> its canonical form (ASCII becomes full-width; the kind is kept)
_SEPARATORS = {"、": "、", "，": "，", ",": "，", "；": "；", ";": "；"}
COMMENT_GAP = "  "


class FormatError(Exception):
    """The formatted text would not say what the input says (a bug in the formatter)."""


@dataclass
class _Line:
    kind: str  # "open", "close", "entry", "comment", "blank"
    depth: int
    text: str
    comment: str | None = None  # a trailing comment

    def render(self) -> str:
        if self.kind == "blank":
            return ""
        line = INDENT * self.depth + self.text
        return line + COMMENT_GAP + self.comment if self.comment else line


_SPACE = " \t\u3000\ufeff"


def _tokens(text: str) -> list[Token]:
    """Every token of ``text`` but whitespace, comments included."""
    return [t for t in parser().lex(text, dont_ignore=True) if not t.type.startswith("__IGNORE")]


def _layout(text: str) -> list[_Line]:
    """The canonical lines of ``text``, which must already parse."""
    tokens = _tokens(text)
    lines: list[_Line] = []
    depth = 0
    pending_blank = False
    last_line = 0  # source line of the last word, brace or separator

    def emit(kind: str, at: int, content: str) -> None:
        nonlocal pending_blank
        if pending_blank and kind != "close" and lines and lines[-1].kind != "open":
            lines.append(_Line("blank", at, ""))
        pending_blank = False
        lines.append(_Line(kind, at, content))

    def atoms(i: int) -> tuple[str, int]:
        """The list value starting at token ``i`` as canonical text, and the index after it.

        Each separator keeps its kind -- 、 stays 、, a comma stays a comma (，), a semicolon a
        semicolon (；) -- since in free text (超额: 先面试择优录取一半，其余电脑随机录取) the comma
        separates clauses, and messages quote the value as written; only ASCII forms become
        full-width and the spaces around them go.
        """
        found = str(tokens[i])
        i += 1
        while i + 1 < len(tokens) and tokens[i].type == "_SEP":
            found += _SEPARATORS.get(str(tokens[i]), SEPARATOR) + str(tokens[i + 1])
            i += 2
        return found, i

    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind == "COMMENT":
            comment = str(token).rstrip(_SPACE + "\r")
            if token.line == last_line and lines:
                lines[-1].comment = comment
            else:
                emit("comment", depth, comment)
            i += 1
        elif kind == "_NL":
            parts = str(token).split("\n")[1:]
            for k, part in enumerate(parts):
                stripped = part.strip(_SPACE + "\r")
                if stripped.startswith("#"):
                    emit("comment", depth, stripped)
                elif k < len(parts) - 1:
                    pending_blank = True
                # the last part is the indentation of the next token's line (or the end)
            i += 1
        elif kind == "_RBRACE":
            depth -= 1
            emit("close", depth, "}")
            last_line = token.end_line
            i += 1
        elif kind in ("WORD", "STRING"):
            following = tokens[i + 1].type if i + 1 < len(tokens) else None
            if kind == "WORD" and following == "_LBRACE":
                emit("open", depth, f"{token} {{")
                depth += 1
                last_line = tokens[i + 1].end_line
                i += 2
                continue
            if kind == "WORD" and following == "_COLON":
                value, end = atoms(i + 2)
                emit("entry", depth, str(token) + COLON + value)
            else:
                value, end = atoms(i)
                emit("entry", depth, value)
            last_line = tokens[end - 1].end_line
            i = end
        else:  # pragma: no cover - the text parsed, so nothing else can start a line
            raise FormatError(f"unexpected {kind} at {token.line}:{token.column}")

    return _separate_sections(lines)


def _separate_sections(lines: list[_Line]) -> list[_Line]:
    """One blank line before each top-level section and the comments directly above it."""
    out: list[_Line] = []
    for line in lines:
        if line.kind == "open" and line.depth == 0:
            start = len(out)
            while start > 0 and out[start - 1].kind == "comment" and out[start - 1].depth == 0:
                start -= 1
            if start > 0 and out[start - 1].kind != "blank":
                out.insert(start, _Line("blank", 0, ""))
        out.append(line)
    return out


def shape(blocks) -> tuple:
    """A parse tree without positions: what the text says, not where."""

    def words(values) -> tuple:
        return tuple((w.text, w.quoted) for w in values)

    def node(entry) -> tuple:
        if isinstance(entry, BlockNode):
            return ("block", entry.name.text, tuple(node(e) for e in entry.entries))
        if isinstance(entry, PairNode):
            return ("pair", entry.key.text, words(entry.values))
        assert isinstance(entry, ItemNode)
        return ("item", words(entry.values))

    return tuple(node(b) for b in blocks)


def format_source(source: Source) -> str:
    """The canonical text of ``source``; raise :class:`InputError` if it does not parse."""
    tree = parse_tree(source)
    lines = _layout(source.text)
    formatted = "\n".join(line.render() for line in lines) + ("\n" if lines else "")
    try:
        again = parse_tree(Source(path=source.path, text=formatted, encoding="utf-8"))
    except InputError as exc:  # pragma: no cover - a formatter bug
        raise FormatError(f"{source.path}: the formatted text does not parse: {exc}") from None
    if shape(again) != shape(tree):  # pragma: no cover - a formatter bug
        raise FormatError(f"{source.path}: the formatted text says something else")
    return formatted


def format_text(text: str, path: str = "<text>") -> str:
    """The canonical form of ``text`` (any line endings); raise :class:`InputError` on a syntax error."""
    return format_source(Source(path=path, text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding="utf-8"))


# --- files ----------------------------------------------------------------------------------------


@dataclass
class FileFormat:
    """One file: what it holds, its canonical form, or why it could not be formatted."""

    path: Path
    display: str
    original: bytes = b""
    text: str = ""  # the decoded original (LF line endings)
    formatted: str | None = None
    error: InputError | None = None

    @property
    def changed(self) -> bool:
        """Whether writing the canonical form would change the file's bytes."""
        return self.formatted is not None and self.formatted.encode("utf-8") != self.original

    def diff(self) -> str:
        """A unified diff from the file to its canonical form ('' when it would not change)."""
        if not self.changed:
            return ""
        lines = list(difflib.unified_diff(
            self.text.splitlines(keepends=True), self.formatted.splitlines(keepends=True),
            fromfile=self.display, tofile=text("fmt.diff_formatted", path=self.display).zh))
        if not lines:
            only = text("fmt.bytes_only")
            return text("fmt.diff_bytes_only", path=self.display, zh=only.zh, en=only.en).zh + "\n"
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def message(key: str, lang: str, **values) -> str:
    """The catalogue's ``fmt.<key>`` in ``lang``."""
    return text(f"fmt.{key}", **values)(lang)


def summary(lang: str, write: bool, changed: int, same: int, errors: int) -> str:
    """The last line of ``fmt --check`` / ``fmt --write``."""
    tail = message("errors", lang, count=errors) if errors else ""
    return message("summary_write" if write else "summary_check", lang, changed=changed, same=same, errors=tail)


def format_file(path: Path, display: str, refusal=None) -> FileFormat:
    """Read, decode and format one file; never raises for a bad file (see ``error``).

    ``refusal`` is why a file found under a directory must not be read (a link out of it, a FIFO).
    """

    result = FileFormat(path=path, display=display)
    try:
        if refusal is not None:
            raise InputError(display, refusal)
        if path.is_dir():
            raise InputError(display, text("input.no_rules_files"))
        result.original = read_bytes(path, display)  # read once: what is compared is what was formatted
        source = decode(result.original, display)
        result.text = source.text
        result.formatted = format_source(source)
    except InputError as exc:
        if exc.source_text is None and result.text:
            exc.source_text = result.text
        result.error = exc
    return result


def write_formatted(result: FileFormat) -> None:
    """Replace the file with its canonical form, atomically, keeping its permissions and links
    (see :func:`policy_lint.io.write_atomic`). Raises :class:`OSError` when it cannot be written.
    """
    from .io import write_atomic

    assert result.formatted is not None
    write_atomic(result.path, result.formatted)


def format_paths(paths: list[Path]) -> list[FileFormat]:
    """Every file given and every ``.rules`` file under each directory given, formatted."""
    from .engine import PLAN_SUFFIXES, RULES_SUFFIXES, discover

    return [format_file(*entry, entry.refusal) for entry in discover(paths, RULES_SUFFIXES + PLAN_SUFFIXES)]  # not drafts
