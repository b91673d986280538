"""Text to a tree of blocks, pairs and items, with positions; syntax errors in words.

The lark grammar lives in ``grammar/rules.lark`` (shipped as
``policy_lint.grammar``).  This module builds the LALR parser once, which builds
small :class:`Node` objects as it parses (no lark tree in between), and turns lark's exceptions into
:class:`~policy_lint.errors.InputError` messages a non-programmer can act on.
"""

from __future__ import annotations

import os
import re
from dataclasses import field
from functools import lru_cache

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .record import Record, record
from . import lazy_re, parser_cache, settings
from .errors import InputError
from .files import package_dir
from .messages import LocalText, joined, same, text
from .models import Span
from .source import Source


@record(kw_only=False)
class Word(Record):
    """A word or quoted string as written (quotes removed), and where."""

    text: str
    span: Span
    quoted: bool = False


@record(kw_only=False)
class PairNode(Record):
    key: Word
    values: tuple[Word, ...]
    span: Span


@record(kw_only=False)
class ItemNode(Record):
    values: tuple[Word, ...]
    span: Span


@record(kw_only=False)
class BlockNode(Record):
    name: Word
    entries: tuple["PairNode | ItemNode | BlockNode", ...] = field(default=())
    span: Span | None = None


def grammar_text(name: str = "rules.lark") -> str:
    return package_dir("policy_lint.grammar").joinpath(name).read_text(encoding="utf-8")


#: lark's options for the rules parser (tests/test_attacks.py builds lark's own cache=True file with them)
PARSER_OPTIONS = dict(parser="lalr", lexer="contextual", maybe_placeholders=True)


@lru_cache(maxsize=None)
def parser(strict: bool = False) -> Lark:
    """The LALR parser for the rules language (built once per process).

    ``parse`` returns the top-level blocks as nodes: :class:`_ToNodes` runs inside the parser (lark's
    inline transformer), so no lark tree is built.  ``strict=True`` (the grammar test) builds the
    tables with lark's conflict checks and returns lark's own tree instead, without a cache.

    The built tables are kept between runs only where :mod:`policy_lint.parser_cache` finds a
    directory that the owner alone can write; never in the shared temporary directory (lark's
    ``cache=True``), where another user could plant a pickle that runs as us.
    """
    options = dict(PARSER_OPTIONS)
    grammar = grammar_text()
    cache = None if strict else parser_cache.cache_file(grammar, repr(sorted(options.items())))
    built = Lark(grammar, strict=strict, cache=str(cache) if cache is not None else False,
                 transformer=None if strict else _ToNodes(), **options)
    if cache is not None:
        try:
            os.chmod(cache, 0o600)  # whatever the umask: a file others may write is never loaded
        except OSError:
            pass
    if not strict:
        _compile_through_cache(built)
    return built


def _compile_through_cache(built: Lark) -> None:
    """Let the contextual lexer's scanners, which lark compiles on first use (one per parser state),
    compile through :func:`policy_lint.lazy_re.cached_compile`: the same patterns, kept between runs.
    A lark laid out otherwise is left as it is."""
    lexer = getattr(getattr(built, "parser", None), "lexer", None)
    for each in (*getattr(lexer, "lexers", {}).values(), getattr(lexer, "root_lexer", None)):
        if getattr(each, "re", None) is re:
            each.re = lazy_re.RE


def _word(token: Token) -> Word:
    span = Span(line=token.line, column=token.column, end_line=token.end_line, end_column=token.end_column)
    if token.type == "STRING":
        return Word(text=token.value[1:-1], span=span, quoted=True)
    return Word(text=token.value, span=span)


class _ToNodes(Transformer):
    """Lark's tree to nodes, called by the LALR parser as it reduces each rule (lark's inline transformer).

    No lark ``Tree`` is built, so no positions are propagated: a node's span runs from its first token
    to its last, which is what ``propagate_positions`` gave.  ``block`` keeps all its tokens
    (``!block`` in the grammar) for the closing brace, where its span ends.  Nothing here recurses:
    each callback sees its children already built.
    """

    def start(self, children):
        (blocks,) = children  # the blocks, or None for a document without any
        return tuple(blocks) if blocks is not None else ()

    def blocks(self, children):
        if len(children) == 1:  # the first block
            return children
        blocks, block = children
        blocks.append(block)  # the list so far is this rule's own: no one else holds it
        return blocks

    def block(self, children):
        name, last = children[0], children[-1]  # WORD { [_NL] [entries] }
        entries = children[-2]
        if entries is None or type(entries) is not tuple:  # no entries: the placeholder, or the brace's _NL
            entries = ()
        return BlockNode(name=_word(name), entries=entries,
                         span=Span(line=name.line, column=name.column, end_line=last.end_line,
                                   end_column=last.end_column))

    def entries(self, children):
        return tuple(children[0])

    def entry_list(self, children):
        if len(children) == 1:
            return children
        entries, entry = children
        entries.append(entry)
        return entries

    def value(self, children):
        if len(children) == 1:
            return [_word(children[0])]
        words, token = children
        words.append(_word(token))
        return words

    def pair(self, children):
        key, words = children
        values = tuple(words)
        first, last = key, values[-1].span
        return PairNode(key=_word(key), values=values,
                        span=Span(line=first.line, column=first.column, end_line=last.end_line,
                                  end_column=last.end_column))

    def item(self, children):
        values = tuple(children[0])
        first, last = values[0].span, values[-1].span
        return ItemNode(values=values, span=Span(line=first.line, column=first.column,
                                                 end_line=last.end_line, end_column=last.end_column))


def parse_tree(source: Source) -> tuple[BlockNode, ...]:
    """Parse ``source`` into top-level blocks; raise :class:`InputError` on a syntax error."""
    try:
        blocks = parser().parse(source.text)
    except UnexpectedInput as exc:
        raise _syntax_error(source, exc) from None
    _refuse_too_deep(blocks, source)
    return blocks


def _refuse_too_deep(blocks: tuple[BlockNode, ...], source: Source) -> None:
    """Refuse blocks nested deeper than ``MAX_DEPTH``, before anything recursive sees the nodes.

    The LALR parser and its inline transformer build nodes of any depth without recursing, but
    the builder, the model and the renderers all recurse into nested blocks: without this limit,
    1,000 nested ``之一 {`` would end in a RecursionError.  The walk here uses an explicit stack
    (the last block first, as it always has, so the same block is named).
    """
    try:
        limit = settings.get("MAX_DEPTH")
    except settings.SettingError as exc:
        raise InputError(source.path, exc.message) from None
    stack: list[tuple[BlockNode, int]] = [(block, 1) for block in blocks]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            name = node.name
            raise InputError(source.path,
                             settings.over_limit("syntax.too_deep", "MAX_DEPTH", name=name.text, depth=depth,
                                                 limit=limit),
                             line=name.span.line, column=name.span.column, end_column=name.span.end_column,
                             source_text=source.text)
        stack.extend((child, depth + 1) for child in node.entries if type(child) is BlockNode)


# --- errors in words --------------------------------------------------------

def _expected_words(expected: set[str] | frozenset[str]) -> LocalText:
    names = sorted(n for n in expected if f"token.{n}" in _token_keys())
    if not names:
        names = sorted(n for n in expected if not n.startswith("__")) or ["WORD"]  # never an empty list
    parts = [text(f"token.{n}") if f"token.{n}" in _token_keys() else same(n) for n in names]
    if len(parts) == 1:
        return parts[0]
    return text("syntax.expected_one_of", some=joined(parts[:-1]), last=parts[-1])


@lru_cache(maxsize=1)
def _token_keys() -> frozenset[str]:
    from .messages import CATALOGUE

    return frozenset(k for k in CATALOGUE if k.startswith("token."))


def _found_words(token: Token) -> LocalText:
    if token.type == "$END":
        return text("token.$END")
    if token.type == "_NL":
        return text("token._NL")
    if token.type in ("WORD", "STRING"):
        return text("quote.corner", text=str(token))
    return text("quote.corner", text=str(token).strip())


def _open_blocks(source_text: str, upto_line: int | None = None) -> list[tuple[str, int, int]]:
    """Blocks opened and not yet closed: (name, line, column), innermost last."""
    stack: list[tuple[str, int, int]] = []
    for number, line in enumerate(source_text.split("\n"), start=1):
        if upto_line is not None and number > upto_line:
            break
        in_string = None
        for col, ch in enumerate(line, start=1):
            if in_string:
                if ch == in_string:
                    in_string = None
                continue
            if ch == "#":
                break
            if ch in "“\"「":
                in_string = {"“": "”", '"': '"', "「": "」"}[ch]
            elif ch in "{｛":
                name = line[: col - 1].strip().split()[-1] if line[: col - 1].strip() else ""
                stack.append((name, number, col))
            elif ch in "}｝" and stack:
                stack.pop()
    return stack


def _opened_on_line(line: str, column: int) -> bool:
    before = line[: column - 1]
    return before.count("{") + before.count("｛") > before.count("}") + before.count("｝")


def _syntax_error(source: Source, exc: UnexpectedInput) -> InputError:
    line = getattr(exc, "line", None)
    column = getattr(exc, "column", None)
    if isinstance(exc, UnexpectedCharacters):
        char = source.text[exc.pos_in_stream] if exc.pos_in_stream < len(source.text) else ""
        if char in "“\"「":
            message = text("syntax.unclosed_string")
        else:
            message = text(
                "syntax.unexpected_char",
                char=char,
                expected=_expected_words(exc.allowed or set()),
            )
        return InputError(source.path, message, line=line, column=column, end_column=(column or 0) + 1,
                          source_text=source.text)
    if isinstance(exc, (UnexpectedToken, UnexpectedEOF)):
        token = getattr(exc, "token", None)
        expected = set(getattr(exc, "expected", set()) or set())
        at_end = token is None or token.type == "$END"
        if at_end and "_RBRACE" in expected:
            opened = _open_blocks(source.text)
            if opened:
                name, bline, bcol = opened[-1]
                message = text("syntax.unclosed_block", name=name)
                return InputError(source.path, message, line=bline, column=bcol, end_column=bcol + 1,
                                  source_text=source.text)
        if at_end:
            lines = source.text.rstrip("\n").split("\n")
            line, column = len(lines), len(lines[-1]) + 1
            message = text("syntax.unexpected_eof", expected=_expected_words(expected))
            return InputError(source.path, message, line=line, column=column, end_column=column + 1,
                              source_text=source.text)
        if token.type == "_NL" and expected == {"_LBRACE"}:
            name = source.line(token.line).strip().split()[-1] if source.line(token.line).strip() else ""
            message = text("syntax.brace_same_line", name=name)
            column = len(source.line(token.line).rstrip()) + 1
            return InputError(source.path, message, line=token.line, column=column, end_column=column + 1,
                              source_text=source.text)
        if token.type == "_RBRACE" and not _open_blocks(source.text, token.line - 1) and not _opened_on_line(
                source.line(token.line), token.column):
            message = text("syntax.stray_brace")
        elif token.type == "WORD" and "_COLON" in expected:
            message = text("syntax.missing_colon", text=str(token))
        else:
            message = text("syntax.unexpected_token", found=_found_words(token), expected=_expected_words(expected))
        end = token.end_column if token.end_line == token.line and token.end_column else (token.column or 0) + 1
        return InputError(source.path, message, line=token.line, column=token.column, end_column=end,
                          source_text=source.text)
    return InputError(source.path, text("syntax.unexpected_eof", expected=same("?")),
                      line=line, column=column, source_text=source.text)
