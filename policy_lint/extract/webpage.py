"""A saved web page (.html, .htm): the text of its main content, as a browser shows it, as the draft's lines.

Many rules are published as web notices; a county official saves the page (网页，仅 HTML) and checks it.
The page is read with the standard library's :class:`html.parser.HTMLParser` only: nothing is fetched, no
script runs, and what a browser does not show is not read (``script``, ``style``, ``template``, ``noscript``,
``head`` but its ``title``, ``svg``, form controls, elements marked ``hidden``).

- **Encoding**: a byte-order mark, else the ``<meta charset>`` (or ``http-equiv`` content type) in the first
  4 KB, else UTF-8, else GB18030 (``gb2312`` and ``gbk`` are read as GB18030, which holds both).
- **Main content**: an ``<article>`` or ``<main>``, else the element whose ``id`` or ``class`` names content
  as Chinese government sites do (``TRS_Editor``, ``zoom``, ``content``, ``article``, ``detail``, …) holding
  the most text, else the whole body less its ``nav``, ``header``, ``footer`` and ``aside``.  The page title
  (``<title>``, or the first heading above the content) comes first when the content has no heading of its own.
- **Paragraphs** from block elements (``p``, ``div``, ``h1``–``h6``, ``li``, ``br``, …); white space is folded
  as a browser folds it, and a line break between two Chinese characters (how an editor wraps source) joins
  them; **tables** as rows, one cell per ``td``/``th`` (a ``colspan`` repeats the cell, as a merged Word cell
  does).
- **Bounds**: the file is held to the size of a Word draft, the lines to ``MAX_LINES`` and
  ``MAX_LINE_LENGTH``; elements nested deeper than ``MAX_DOCX_DEPTH`` are read as text of their parent.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from .. import settings
from ..errors import InputError
from ..messages import text
from .draft import Draft, check_size, from_blocks
from .. import lazy_re

#: not shown by a browser: skipped with all they hold
_HIDDEN = frozenset({"script", "style", "template", "noscript", "svg", "math", "select", "textarea", "button",
                     "iframe", "object", "embed", "canvas", "audio", "video", "map", "head"})
#: each starts and ends a paragraph
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                     "blockquote", "pre", "section", "article", "main", "center", "address", "figure",
                     "figcaption", "table", "form", "fieldset", "header", "footer", "nav", "aside", "hr",
                     "body", "html", "caption", "details", "summary"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param",
                   "source", "track", "wbr"})
#: what a page's chrome is (left out when the content is the whole body)
_CHROME = frozenset({"nav", "header", "footer", "aside"})
#: id / class words that name the main content on the sites rules are published on
_CONTENT_MARK = lazy_re.compile(r"trs_editor|trs_ueditor|zoom|content|article|detail|main[-_]?text|artic|zw|"
                           r"view|txt|text|news_?con|con_?text", re.IGNORECASE)
#: id / class words of the chrome around it (share buttons, related links, breadcrumbs, footers)
_CHROME_MARK = lazy_re.compile(r"nav|menu|footer|header|breadcrumb|share|related|sidebar|crumb|copyright|"
                          r"banner|toolbar", re.IGNORECASE)
_META_CHARSET = lazy_re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CJK = "\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_IN_CHINESE = lazy_re.compile(rf"(?<=[{_CJK}“”‘’])\s*\n\s*(?=[{_CJK}“”‘’])")
#: a <br> in the text being gathered (a private-use character no page holds: one it holds is dropped)
_BREAK = "\ue000"
_CONTROL = lazy_re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff\ue000]")


def decode_html(data: bytes, shown: str) -> tuple[str, str]:
    """The page's text and the encoding it was read in (see the module docstring)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    declared = _META_CHARSET.search(data[:4096])
    candidates = []
    if declared:
        name = declared.group(1).decode("ascii").lower()
        if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "gb18030", "cp936"):
            name = "gb18030"
        try:
            candidates.append(codecs.lookup(name).name)
        except LookupError:
            pass
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(shown, text("input.undecodable"))


class _Node:
    __slots__ = ("tag", "attrs", "parent", "blocks", "text_length", "chrome", "heading")

    def __init__(self, tag: str, attrs: dict, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.blocks: list[int] = []  # indexes of the page's blocks that start inside this element
        self.text_length = 0
        marks = f"{attrs.get('id', '')} {attrs.get('class', '')}"
        self.chrome = tag in _CHROME or bool(marks.strip() and _CHROME_MARK.search(marks)
                                             and not _CONTENT_MARK.search(marks))
        self.heading = tag in ("h1", "h2", "h3")


class _Page(HTMLParser):
    """Blocks of the page in order, each with the elements it lies in."""

    def __init__(self, max_depth: int):
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.root = _Node("#root", {}, None)
        self.stack: list[_Node] = [self.root]
        self.hidden = 0  # inside this many elements named ``hidden_tag``, the first of them not shown
        self.hidden_tag = ""
        self.blocks: list[tuple[object, list[_Node]]] = []  # (text or cells, the elements open around it)
        self.buffer: list[str] = []
        self.row: list[tuple[str, int]] | None = None  # the cells of the table row being read
        self.cell: list[str] | None = None
        self.colspan = 1
        self.title: list[str] = []
        self.in_title = False
        self.nodes: list[_Node] = []

    # -- the text of one paragraph --------------------------------------------------------------
    def _flush(self) -> None:
        if self.cell is not None:
            return  # inside a table cell: the cell's text goes on
        value = _fold("".join(self.buffer))
        self.buffer = []
        if value:
            self._add(value)

    def _add(self, block) -> None:
        index = len(self.blocks)
        open_nodes = list(self.stack)
        self.blocks.append((block, open_nodes))
        length = len(block) if isinstance(block, str) else sum(len(c) for c in block)
        for node in open_nodes:
            node.blocks.append(index)
            node.text_length += length

    # -- the parser's callbacks ------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
            return
        if self.hidden:
            if tag == self.hidden_tag:
                self.hidden += 1
            return
        if tag == "head":
            return
        if (tag in _HIDDEN or "hidden" in attrs
                or "display:none" in attrs.get("style", "").replace(" ", "").lower()) and tag not in _VOID:
            self.hidden, self.hidden_tag = 1, tag  # skipped up to its own end tag
            return
        if tag == "br":
            if self.cell is not None:
                self.cell.append(" ")
            else:
                self.buffer.append(_BREAK)  # a hard break: kept through folding
            return
        if tag in ("td", "th"):
            self._start_cell(attrs)
            return
        if tag == "tr":
            self._flush()
            self._end_row()
            self.row = []
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in _VOID:
            return
        if len(self.stack) < self.max_depth:
            node = _Node(tag, attrs, self.stack[-1])
            self.stack.append(node)
            self.nodes.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if self.hidden:
            if tag == self.hidden_tag:
                self.hidden -= 1
            return
        if tag in ("td", "th"):
            self._end_cell()
            return
        if tag == "tr":
            self._end_row()
            return
        if tag == "table":
            self._end_row()
        if tag in _BLOCKS:
            self._flush()
        for depth in range(len(self.stack) - 1, 0, -1):  # close up to the matching element (browsers do)
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.hidden:
            return
        data = data.replace(_BREAK, "")
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.buffer.append(data)

    # -- tables ----------------------------------------------------------------------------------
    def _start_cell(self, attrs) -> None:
        if self.row is None:
            self._flush()
            self.row = []
        self._end_cell()
        self.cell = []
        try:
            self.colspan = max(1, min(int(attrs.get("colspan", "1") or 1), settings.get("MAX_DOCX_SPAN")))
        except ValueError:
            self.colspan = 1

    def _end_cell(self) -> None:
        if self.cell is None:
            return
        value = _fold("".join(self.cell)).replace("\n", " ")
        self.cell = None
        self.row.extend([value] * self.colspan)

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is not None:
            cells, self.row = self.row, None
            if sum(1 for c in cells if c) >= 2:
                self._add(tuple(cells))
            elif any(cells):
                self._add(next(c for c in cells if c))

    def close(self):
        super().close()
        self._end_row()
        self._flush()


def _fold(value: str) -> str:
    """White space as a browser folds it; a source line break between Chinese characters joins them."""
    parts = []
    for piece in value.split(_BREAK):
        piece = _CONTROL.sub("", piece.replace("\u00a0", " ").replace("\r", ""))
        piece = _BREAK_IN_CHINESE.sub("", piece)
        parts.append(re.sub(r"[ \t\n\f]+", " ", piece).strip())
    return "\n".join(p for p in parts if p)


def _content(page: _Page) -> tuple[_Node, bool]:
    """The element holding the main content, and whether it is the whole page (see the module docstring)."""
    total = page.root.text_length
    for tag in ("article", "main"):
        found = [n for n in page.nodes if n.tag == tag and n.text_length >= max(20, total * 0.2)]
        if found:
            return max(found, key=lambda n: n.text_length), False
    marked = [n for n in page.nodes
              if _CONTENT_MARK.search(f"{n.attrs.get('id', '')} {n.attrs.get('class', '')}") and not n.chrome
              and n.text_length >= max(20, total * 0.2)]
    if marked:
        best = max(n.text_length for n in marked)
        # the innermost of the elements that hold (nearly) all of that text
        candidates = [n for n in marked if n.text_length >= best * 0.9]
        return min(candidates, key=lambda n: (n.text_length, -_depth(n))), False
    return page.root, True


def _depth(node: _Node) -> int:
    depth = 0
    while node.parent is not None:
        node, depth = node.parent, depth + 1
    return depth


def blocks_of(markup: str) -> list:
    """The blocks (a paragraph's text, or a table row's cells) of the page's main content."""
    page = _Page(settings.get("MAX_DOCX_DEPTH"))
    page.feed(markup)
    page.close()
    node, whole = _content(page)
    chosen = set(node.blocks)
    out: list = []
    has_heading = False
    first = min(chosen) if chosen else 0
    for index, (block, open_nodes) in enumerate(page.blocks):
        if index not in chosen:
            continue
        if whole and any(n.chrome for n in open_nodes):
            continue
        has_heading = has_heading or any(n.heading for n in open_nodes)
        for part in (block.split("\n") if isinstance(block, str) else [block]):
            out.append(part)
    if not has_heading:
        # the notice's title: the last heading before the content, else the page's <title> (its site name cut)
        heading = next((b for b, nodes in reversed(page.blocks[:first])
                        if isinstance(b, str) and any(n.heading for n in nodes)), None)
        title = heading or re.split(r"\s*[_|｜]\s*|\s+-\s+", _fold("".join(page.title)))[0]
        if title and not any(isinstance(b, str) and title in b for b in out[:5]):
            out.insert(0, title)
    return out


def read_html(path: Path, shown: str) -> Draft:
    """Read the saved web page at ``path`` into a draft; :class:`InputError` with what to do otherwise."""
    check_size(path, shown)
    with open(path, "rb") as handle:
        data = handle.read()
    markup, encoding = decode_html(data, shown)
    try:
        blocks = blocks_of(markup)
    except settings.SettingError as exc:
        raise InputError(shown, exc.message) from None
    if not any((b if isinstance(b, str) else "".join(b)).strip() for b in blocks):
        raise InputError(shown, text("html.no_text"))
    return from_blocks(shown, "html", blocks, encoding)

