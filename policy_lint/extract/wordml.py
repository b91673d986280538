"""The text Word shows, read from a .docx in one linear pass, within limits set before the work.

A .docx is a zip holding XML parts.  This module reads the main document part
(``word/document.xml``, or the part ``_rels/.rels`` names), the numbering and styles
parts its relationships name (so that a paragraph numbered by Word's automatic
numbering shows its label: ``一、``, ``（一）``, ``1.``, ``第一条``, ``①``, a bullet), and its
page headers and footers, and turns them into *blocks*: a paragraph's text, or a
table row's cells; the headers' and footers' paragraphs come after the body's (each
distinct one once, a line that is only a page number left out), so the body's
paragraphs keep their numbers.

Reading is guarded at every step, and whatever goes wrong becomes an
:class:`~policy_lint.errors.InputError` with a message of its own, never an
exception from ``zipfile``, ``zlib`` or the XML parser:

- the zip: not a zip (or an old .doc / a password-protected file, which are OLE
  files), too many entries (counted from the end record before the directory is
  read), an encrypted entry, a compression method Word does not use, corrupt
  compressed data or a bad checksum;
- size: the entries read are decompressed in bounded chunks and counted as they
  come, so a zip bomb stops at the limit whatever size the zip declares;
- the XML: a DTD or entity declaration (``<!DOCTYPE``, ``<!ENTITY``: Word never
  writes one; they are how billion-laughs attacks work) is refused before
  parsing; the parser is expat, streaming, with a limit on nesting depth; it
  loads nothing from outside the file;
- the content: the number of paragraphs and table rows (``MAX_LINES``), the
  characters of one (``MAX_LINE_LENGTH``) and of the whole text (``MAX_BYTES`` in
  UTF-8: what a .txt of the draft may hold), the table cells, and the span of a
  merged cell (``gridSpan``, ``gridBefore``) are limited, each checked as it
  grows; a span that is not a whole number is refused.

What is read (what Word shows in its final view): paragraphs and tables of the
body, including text inside tracked insertions (``w:ins``, ``w:moveTo``),
content controls (``w:sdt``), custom XML and smart tags, simple fields'
results (``w:fldSimple``), hyperlinks and bidirectional containers; tabs, line
breaks and carriage returns as blanks, a non-breaking hyphen as ``-``; a symbol
(``w:sym``) of a text font, not a picture of a symbol font (F000–F0FF, Wingdings,
Symbol ...); of a ruby, its base (not the ``w:rt`` annotation above it); a
right-to-left override (``w:bdo``, ``w:dir`` with ``rtl``) in the order Word shows
it, reversed; of a ``mc:AlternateContent``, the first ``mc:Choice`` whose
``Requires`` namespaces Word understands (prefixes resolved to their URIs), else
the ``mc:Fallback``, never both; the paragraphs of text boxes (``w:txbxContent``
in a ``w:drawing`` or a VML ``w:pict``), each a line of its own after the
paragraph holding the box (in a table, paragraphs of the cell after it).
What is not: deleted text (``w:del``, ``w:moveFrom``; a deleted paragraph mark joins
the paragraph to the next, as in Word), deleted table rows, field codes, the rest of
drawings (shapes, pictures, alt text), embedded objects, and the other parts (footnotes,
endnotes, comments).  A damaged numbering or styles part is left out (the labels are not
shown), as Word opens such a file.  Nested tables, and tables in text boxes, are read as
paragraphs of what holds them.  Refused: embedded outside content (``w:altChunk``,
which Word shows inline and this reader cannot read), a control character (C0 but
tab, line feed, carriage return; DEL; C1) in the text, as in a .rules file, and a
tag longer than ``MAX_DOCX_TAG``.
"""

from __future__ import annotations

import itertools
import lzma
import posixpath
import struct
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from .. import settings
from ..errors import InputError
from ..messages import LocalText, text
from .. import lazy_re

W_NAMESPACES = frozenset({
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",  # transitional: what Word writes
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # strict OOXML
})
MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELS_NAMESPACES = frozenset({
    "http://schemas.openxmlformats.org/package/2006/relationships",
})
OFFICE_DOCUMENT_TYPES = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
})
DEFAULT_MAIN_PART = "word/document.xml"

#: an OLE compound file: an old Word .doc, or a .docx saved with a password (Word encrypts it into one)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: bytes decompressed at a time
CHUNK = 64 * 1024
#: what a Word document never holds: a DTD and its entities (the billion laughs live there)
_DTD_MARKS = tuple(mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for enc in ("utf-8", "utf-16-le", "utf-16-be"))

#: elements whose content Word does not show as body text (or shows elsewhere): skipped with all they hold
_SKIP = frozenset({
    "del", "moveFrom", "delText", "delInstrText", "instrText",  # deleted text, field codes
    "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "fldData",  # properties of containers
    "object",  # embedded objects (an OLE object shows a picture of itself)
    "rt", "rubyPr",  # ruby: the annotation above the base text (the base is read)
    "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange",
    "sectPr",
})
#: what a drawing (``w:drawing``, VML ``w:pict``) shows as text: the paragraphs of its text boxes
_GRAPHICS = frozenset({"drawing", "pict"})
#: the namespaces Word 2019/365 understands in ``mc:Choice Requires`` (a prefix not declared is judged by
#: the name Word gives it): a choice requiring anything else is not shown, its fallback is
KNOWN_NAMESPACES = {
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "w16se": "http://schemas.microsoft.com/office/word/2015/wordml/symex",
    "w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
    "w16": "http://schemas.microsoft.com/office/word/2018/wordml",
    "w16cex": "http://schemas.microsoft.com/office/word/2018/wordml/cex",
    "w16sdtdh": "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
    "a14": "http://schemas.microsoft.com/office/drawing/2010/main",
    "aink": "http://schemas.microsoft.com/office/drawing/2016/ink",
    "am3d": "http://schemas.microsoft.com/office/drawing/2017/model3d",
    "cx": "http://schemas.microsoft.com/office/drawing/2014/chartex",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "wne": "http://schemas.microsoft.com/office/word/2006/wordml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
}
_KNOWN_URIS = frozenset(KNOWN_NAMESPACES.values()) | W_NAMESPACES
#: fonts whose characters are pictures (a check mark, an arrow), not text: a ``w:sym`` in one is not read
SYMBOL_FONTS = frozenset({"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "zapfdingbats",
                          "zapf dingbats", "marlett", "mt extra", "ms outlook"})
#: controls (C0 but tab, line feed and carriage return, which are blanks; DEL; C1) a .rules file may not hold
#: either (policy_lint/source.py): XML 1.0 forbids most C0 even as references, not C1 or DEL
_CONTROL = lazy_re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: run content read as text (a tab or a break is a blank, as a .txt draft has it)
_RUN_TEXT = {"tab": "\t", "ptab": "\t", "br": " ", "cr": " ", "noBreakHyphen": "-"}


@dataclass
class Row:
    """A table row: for every grid column it covers, the id of the cell there and that cell's text.

    A cell merged across columns (``gridSpan``) appears once per column with the same id; a cell
    continuing a vertical merge (``vMerge``) has the id of the cell above it.
    """

    table: int
    row: int  # its number in the table, counting the rows shown
    cells: list[tuple[int, str]]


class _Stop(Exception):
    """Reading stops here, for the reason ``message``."""

    def __init__(self, message: LocalText):
        super().__init__(message.en)
        self.message = message


def _limit(name: str) -> int:
    try:
        return settings.get(name)
    except settings.SettingError as exc:
        raise _Stop(exc.message) from None


def read_blocks(path: Path, shown: str) -> list:
    """The paragraphs and table rows of the .docx at ``path``, in order, each numbered paragraph with the label
    Word's automatic numbering shows (``一、``, ``（一）``, ``1.``); then the paragraphs of its page headers and
    footers (each distinct one once, page numbers left out); :class:`InputError` if it cannot be read."""
    try:
        data, part, others = _main_part_bytes(path)
        numbering = Numbering()
        depth = _limit("MAX_DOCX_DEPTH")
        for name, extra in others.get("styles", []):
            _read_quietly(numbering.read_styles, extra, name, depth)
        for name, extra in others.get("numbering", []):
            _read_quietly(numbering.read_numbering, extra, name, depth)
        body = _Body(part, numbering)
        blocks = body.parse(data)
        seen: set[str] = set()
        for name, extra in others.get("header", []) + others.get("footer", []):
            margin = _Body(name, Numbering(), roots=("hdr", "ftr"), first_table=body.table_no)
            for block in margin.parse(extra):
                if isinstance(block, str):
                    key = " ".join(block.split())
                    if not key or key in seen or _PAGE_NUMBER.fullmatch(key):
                        continue
                    seen.add(key)
                if len(blocks) >= body.max_lines:
                    raise _Stop(settings.over_limit("docx.too_many_lines", "MAX_LINES", limit=body.max_lines))
                blocks.append(block)
        return blocks
    except _Stop as stop:
        raise InputError(shown, stop.message) from None
    except OSError as exc:
        raise InputError(shown, text("input.unreadable", reason=exc.strerror or str(exc))) from None


# --- the zip --------------------------------------------------------------------------------------


class _Budget:
    """The bytes still allowed to be unpacked (``MAX_DOCX_UNPACKED``), over every entry read."""

    def __init__(self) -> None:
        self.limit = _limit("MAX_DOCX_UNPACKED")
        self.used = 0

    def take(self, part: str, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise _Stop(settings.over_limit("docx.too_large_unpacked", "MAX_DOCX_UNPACKED", part=part,
                                            limit=self.limit))


def _declared_entries(handle) -> int | None:
    """The number of entries the zip's end record declares (read before the directory is), or None."""
    end = getattr(zipfile, "_EndRecData", None)
    if end is None:  # pragma: no cover - every CPython has it; the count after opening still applies
        return None
    try:
        record = end(handle)
    except (OSError, ValueError, struct.error, EOFError):
        return None
    if not record:
        return None
    return record[4]  # _ECD_ENTRIES_TOTAL


def _main_part_bytes(path: Path) -> tuple[bytes, str, dict[str, list[tuple[str, bytes]]]]:
    max_entries = _limit("MAX_DOCX_ENTRIES")
    budget = _Budget()
    with path.open("rb") as handle:
        if handle.read(len(OLE_MAGIC)) == OLE_MAGIC:
            raise _Stop(text("docx.ole"))
        declared = _declared_entries(handle)
        if declared is not None and declared > max_entries:
            raise _Stop(settings.over_limit("docx.too_many_entries", "MAX_DOCX_ENTRIES", count=declared,
                                            limit=max_entries))
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error,
                NotImplementedError, RuntimeError, OSError):
            raise _Stop(text("docx.not_zip")) from None
        with archive:
            entries = archive.infolist()
            if len(entries) > max_entries:
                raise _Stop(settings.over_limit("docx.too_many_entries", "MAX_DOCX_ENTRIES", count=len(entries),
                                                limit=max_entries))
            part = _main_part_name(archive, budget)
            data = _entry(archive, part, budget)
            if data is None:
                raise _Stop(text("docx.no_document", part=part))
            others: dict[str, list[tuple[str, bytes]]] = {}
            for kind, name in _related_parts(archive, part, budget):
                extra = _entry(archive, name, budget)
                if extra:
                    others.setdefault(kind, []).append((name, extra))
            return data, part, others


def _entry(archive: zipfile.ZipFile, name: str, budget: _Budget) -> bytes | None:
    """The unpacked bytes of the entry ``name`` (None if there is none), counted against ``budget``."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    # zipfile keeps the last of entries with the same name; Word's part names ignore case: refuse the ambiguity
    wanted = name.casefold()
    count = sum(1 for other in archive.infolist() if other.filename.lstrip("/").casefold() == wanted)
    if count > 1:
        raise _Stop(text("docx.duplicate_part", part=name, count=count))
    if info.flag_bits & 0x1:
        raise _Stop(text("docx.encrypted", part=name))
    if info.file_size > budget.limit - budget.used:  # what it says it holds is already too much
        budget.take(name, info.file_size)
    chunks: list[bytes] = []
    try:
        with archive.open(info) as entry:
            while True:
                chunk = entry.read(CHUNK)
                if not chunk:
                    break
                budget.take(name, len(chunk))  # what it actually holds, whatever it declared
                chunks.append(chunk)
    except NotImplementedError:  # an unknown compression method (a RuntimeError: caught first)
        raise _Stop(text("docx.compression", part=name)) from None
    except RuntimeError:  # "password required"
        raise _Stop(text("docx.encrypted", part=name)) from None
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError, struct.error):
        raise _Stop(text("docx.damaged", part=name)) from None
    return b"".join(chunks)


#: the parts of the main document read besides it, by the end of their relationship type
_RELATED = {"numbering": "numbering", "styles": "styles", "header": "header", "footer": "footer"}
#: a header or footer line that is only a page number: 1, - 1 -, 第 1 页, 第1页 共3页, 1/3
_PAGE_NUMBER = lazy_re.compile(r"[-—–\s]*(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+(?:\s*/\s*\d+)?|page\s*\d+)[-—–\s]*",
                          re.I)


def _related_parts(archive: zipfile.ZipFile, part: str, budget: _Budget) -> list[tuple[str, str]]:
    """(kind, part name) of the numbering, styles, headers and footers the main part's relationships name, in
    order (``word/numbering.xml`` and ``word/styles.xml`` when there are no relationships)."""
    folder, base = posixpath.split(part)
    rels = _entry(archive, posixpath.join(folder, "_rels", base + ".rels"), budget)
    found: list[tuple[str, str]] = []
    if rels:
        def start(name: str, attrs: dict[str, str]) -> None:
            uri, _, local = name.rpartition(" ")
            if local != "Relationship" or uri not in RELS_NAMESPACES:
                return
            kind = _RELATED.get((attrs.get("Type") or "").rpartition("/")[2])
            target = attrs.get("Target")
            if kind is None or not target or attrs.get("TargetMode", "Internal") != "Internal":
                return
            name = posixpath.normpath(posixpath.join(folder, target.replace("\\", "/"))).lstrip("/")
            if not name.startswith("..") and (kind, name) not in found:
                found.append((kind, name))

        try:
            _parse(rels, posixpath.join(folder, "_rels", base + ".rels"), start)
        except _Stop:
            found = []  # damaged relationships: the body is still read, without what they name
    if not found:
        found = [("styles", posixpath.join(folder, "styles.xml")), ("numbering", posixpath.join(folder, "numbering.xml"))]
    return found


def _read_quietly(reader, data: bytes, part: str, depth: int) -> None:
    """Read a part that only adds to the body (styles, numbering): a damaged one is left out, as Word does."""
    try:
        reader(data, part, depth)
    except _Stop:
        pass


def _main_part_name(archive: zipfile.ZipFile, budget: _Budget) -> str:
    """The part ``_rels/.rels`` names as the main document, else ``word/document.xml``."""
    data = _entry(archive, "_rels/.rels", budget)
    if not data:
        return DEFAULT_MAIN_PART
    found: list[str] = []
    depth = [0, _limit("MAX_DOCX_DEPTH")]

    def end(_name: str) -> None:
        depth[0] -= 1

    def start(name: str, attrs: dict[str, str]) -> None:
        depth[0] += 1
        if depth[0] > depth[1]:
            raise _too_deep("_rels/.rels", depth[1])
        uri, _, local = name.rpartition(" ")
        if local == "Relationship" and uri in RELS_NAMESPACES and attrs.get("Type") in OFFICE_DOCUMENT_TYPES:
            if attrs.get("TargetMode", "Internal") == "Internal" and attrs.get("Target"):
                found.append(attrs["Target"])

    try:
        _parse(data, "_rels/.rels", start, end)
    except _Stop:
        return DEFAULT_MAIN_PART  # Word reads a document whose relationships are damaged: so do we
    if not found:
        return DEFAULT_MAIN_PART
    target = posixpath.normpath(found[0].replace("\\", "/")).lstrip("/")
    return target if target and not target.startswith("..") else DEFAULT_MAIN_PART


# --- the XML --------------------------------------------------------------------------------------


def _parse(data: bytes, part: str, start, end=None, chars=None, namespaces=None) -> None:
    """Parse ``data`` with expat, streaming: no DTD, no entities, nothing loaded from outside.

    ``start`` sees every element first and keeps the nesting depth (it is the hot path: one call
    per element, no wrapper)."""
    if any(mark in data for mark in _DTD_MARKS):
        raise _Stop(text("docx.dtd", part=part))
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args):
        raise _Stop(text("docx.dtd", part=part))

    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if chars is not None:
        parser.CharacterDataHandler = chars
    if namespaces is not None:
        parser.StartNamespaceDeclHandler, parser.EndNamespaceDeclHandler = namespaces
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    max_tag = _limit("MAX_DOCX_TAG")
    step = min(CHUNK, max_tag)  # a stretch inside one piece is shorter than the piece: only the ends are counted
    run = 0  # bytes since the last "<", over the pieces fed so far
    try:
        for at in range(0, len(data), step):
            piece = data[at:at + step]
            first = piece.find(b"<")
            if first < 0:
                run += len(piece)
            else:
                run += first
                if run <= max_tag:
                    run = len(piece) - 1 - piece.rfind(b"<")
            if run > max_tag:  # checked before expat sees it: a tag's attributes are built all at once
                raise _Stop(settings.over_limit("docx.tag_too_large", "MAX_DOCX_TAG", part=part, limit=max_tag))
            parser.Parse(piece, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise _Stop(text("docx.bad_xml", part=part, line=exc.lineno, column=exc.offset + 1)) from None
    except (LookupError, ValueError):  # an encoding expat cannot use (LookupError, UnicodeError)
        raise _Stop(text("docx.bad_encoding", part=part)) from None


def _too_deep(part: str, limit: int) -> _Stop:
    return _Stop(settings.over_limit("docx.too_deep", "MAX_DOCX_DEPTH", part=part, limit=limit))


def _word_tag(name: str) -> str:
    """``w:p`` → ``p``; an element of another namespace → its full name (``uri local``)."""
    uri, _, local = name.rpartition(" ")
    return local if uri in W_NAMESPACES else name


_ALTERNATE_CONTENT = MC_NAMESPACE + " AlternateContent"
_CHOICE = MC_NAMESPACE + " Choice"
_FALLBACK = MC_NAMESPACE + " Fallback"


def _attr(attrs: dict[str, str], local: str) -> str | None:
    for key, value in attrs.items():
        uri, _, name = key.rpartition(" ")
        if name == local and (uri in W_NAMESPACES or not uri):
            return value
    return None


@dataclass
class _Box:
    """An open text box: what it interrupted (the paragraph holding it), and its own paragraphs so far."""

    level: int
    para: list[str] | None
    para_level: int
    mark_deleted: bool
    text_level: int
    length: int
    carry: str
    box_lines: list[str]
    reversals: list
    pending: list[str]


def _sym(attrs: dict[str, str]) -> str:
    """The character of a ``w:sym``: none for a symbol font's picture (F000–F0FF, or a symbol font)."""
    font = (_attr(attrs, "font") or "").strip().casefold()
    raw = (_attr(attrs, "char") or "").strip()
    if font in SYMBOL_FONTS or not raw or len(raw) > 6 or not raw.isascii():
        return ""
    try:
        code = int(raw, 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return ""
    return chr(code)


class _Body:
    """The walk over the main part: one pass, each element seen once, state kept per open container."""

    def __init__(self, part: str, numbering: "Numbering | None" = None, roots: tuple[str, ...] = ("document",),
                 first_table: int = 0):
        self.part = part
        self.numbering = numbering if numbering is not None else Numbering()
        self.roots = roots
        self.para_num: str | None = None  # the open paragraph's numbering (w:numPr's numId), its level, its style
        self.para_ilvl: int | None = None
        self.para_style: str | None = None
        self.max_lines = _limit("MAX_LINES")
        self.max_cells = _limit("MAX_DOCX_CELLS")
        self.max_span = _limit("MAX_DOCX_SPAN")
        self.max_depth = _limit("MAX_DOCX_DEPTH")
        self.max_length = _limit("MAX_LINE_LENGTH")
        self.tags: dict[str, str] = {}  # expat's name → the local name of a w: element (else the name)
        self.length = 0  # characters of the open paragraph, or of the open row
        self.max_bytes = _limit("MAX_BYTES")
        self.text_bytes = 0  # the text read so far, in UTF-8
        self.blocks: list = []
        self.stack: list[str] = []
        self.skip = 0  # open elements inside a skipped one (deleted text, drawings, ...)
        self.root_checked = False
        self.alternates: dict[int, bool] = {}  # level of an open mc:AlternateContent → a branch of it is read
        self.prefixes: dict[str, list[str]] = {}  # namespace prefix → the URIs it is bound to, innermost last
        self.walls: list = []  # open drawings (their level) and text boxes (a _Box), innermost last
        self.boxes = 0  # open text boxes
        self.box_lines: list[str] = []  # paragraphs of text boxes, to be placed after the paragraph holding them
        self.waiting = 0  # text box paragraphs not placed yet
        self.reversals: list = []  # open right-to-left overrides: (level, the paragraph's pieces, first piece)
        self.ids = itertools.count(1)
        self.cells = 0
        # the open paragraph: its text pieces, the level it opened at, whether its mark is deleted
        self.para: list[str] | None = None
        self.para_level = 0
        self.mark_deleted = False
        self.carry = ""  # the text of paragraphs whose mark is deleted: joined to the next paragraph
        self.text_level = 0  # the level of the open w:t whose characters are read
        # the open table (at body level), row and cell
        self.table_no = first_table
        self.table_level = 0
        self.above: dict[int, int] = {}  # grid column → id of the cell there in the row above
        self.row: list[tuple[int, str]] | None = None
        self.row_level = 0
        self.row_no = 0  # rows of the table so far (for messages)
        self.rows_shown = 0  # rows of the table so far, deleted ones left out (for the view)
        self.row_ids: dict[int, int] = {}
        self.row_deleted = False
        self.grid = 0  # the next grid column of the row
        self.cell: list[str] | None = None  # the paragraphs of the open cell
        self.cell_level = 0
        self.cell_carry = ""
        self.span = 1
        self.vmerge: str | None = None

    def parse(self, data: bytes) -> list:
        _parse(data, self.part, self.start, self.end, self.chars, (self.ns_start, self.ns_end))
        if not self.root_checked:
            raise _Stop(text("docx.not_word", part=self.part))
        self._flush_carry()
        return self.blocks

    def ns_start(self, prefix: str | None, uri: str | None) -> None:
        self.prefixes.setdefault(prefix or "", []).append(uri or "")

    def ns_end(self, prefix: str | None) -> None:
        bound = self.prefixes.get(prefix or "")
        if bound:
            bound.pop()

    def _understood(self, requires: str | None) -> bool:
        """Whether Word understands every namespace a ``mc:Choice`` requires (then it shows the choice)."""
        for prefix in (requires or "").split():
            bound = self.prefixes.get(prefix)
            if bound:
                if bound[-1] not in _KNOWN_URIS:
                    return False
            elif prefix not in KNOWN_NAMESPACES:
                return False
        return True

    # -- events ---------------------------------------------------------------------------------

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = self.tags.get(name)
        if tag is None:
            tag = self.tags[name] = _word_tag(name)
        stack = self.stack
        if len(stack) >= self.max_depth:
            raise _too_deep(self.part, self.max_depth)
        if not self.root_checked:
            if tag not in self.roots:
                raise _Stop(text("docx.not_word", part=self.part))
            self.root_checked = True
        parent = stack[-1] if stack else ""
        stack.append(tag)
        if self.skip:
            self.skip += 1
            return
        level = len(stack)
        if tag in _SKIP:
            if tag in ("del", "moveFrom"):
                self._deleted_mark(parent, level)
            self.skip = 1
            return
        if tag in (_CHOICE, _FALLBACK):  # Word shows the first choice it understands, else the fallback
            taken = self.alternates.get(level - 1)
            if parent != _ALTERNATE_CONTENT or taken is None or taken or (
                    tag == _CHOICE and not self._understood(attrs.get("Requires"))):
                self.skip = 1
                return
            self.alternates[level - 1] = True
            return
        if tag == _ALTERNATE_CONTENT:
            self.alternates[level] = False
            return
        if tag == "altChunk":  # another part (HTML, RTF, a document) Word shows here: not read, so refused
            raise _Stop(text("docx.alt_chunk", part=self.part))
        if tag in _GRAPHICS:
            self.walls.append(level)
            return
        if tag == "txbxContent":
            if not self.walls or isinstance(self.walls[-1], _Box):  # a text box outside a drawing: not shown
                self.skip = 1
                return
            self._open_box(level)
            return
        if self.walls and not isinstance(self.walls[-1], _Box):
            return  # inside a drawing, outside its text boxes: shapes, pictures, their properties
        if tag == "t":
            if self.para is not None and parent == "r":
                self.text_level = level
        elif tag in _RUN_TEXT:
            if self.para is not None and parent == "r":
                self.para.append(_RUN_TEXT[tag])
                self._grow(1)
        elif tag == "sym":
            if self.para is not None and parent == "r":
                self._add(_sym(attrs))
        elif tag == "p":
            if self.para is None:
                self.para, self.para_level, self.mark_deleted = [], level, False
                self.para_num, self.para_ilvl, self.para_style = None, None, None
                if self.row is None:  # a paragraph of the body: a line of its own (a row is one line)
                    self.length = len(self.carry)
                else:
                    self._grow(1)  # the blank joining it to the cell's text before it
        elif tag in ("bdo", "dir"):  # right to left: Word shows the characters reversed
            if self.para is not None and (_attr(attrs, "val") or "").strip() == "rtl":
                self.reversals.append((level, self.para, len(self.para)))
        elif self.para is not None:
            # the paragraph's properties: its automatic numbering (w:numPr) and its style (which may number it)
            if level == self.para_level + 2 and parent == "pPr" and tag == "pStyle":
                self.para_style = _attr(attrs, "val")
            elif level == self.para_level + 3 and parent == "numPr" and tag == "numId":
                self.para_num = _attr(attrs, "val") or "0"
            elif level == self.para_level + 3 and parent == "numPr" and tag == "ilvl":
                self.para_ilvl = _int(_attr(attrs, "val"), 0)
            return  # anything else inside a paragraph: a container whose runs are the paragraph's
        elif tag == "tbl":
            if self.cell is None and self.table_level == 0 and not self.boxes:  # (in a text box: its paragraphs)
                self._flush_carry()
                self.table_no += 1
                self.table_level, self.above, self.row_no, self.rows_shown = level, {}, 0, 0
        elif tag == "tr":
            if self.table_level and self.row is None and self.cell is None:
                self.row, self.row_level, self.row_ids, self.row_deleted = [], level, {}, False
                self.length = 0
                self.row_no += 1
                self.grid = 0
        elif tag == "tc":
            if self.row is not None and self.cell is None:
                self.cell, self.cell_level, self.cell_carry = [], level, ""
                self.span, self.vmerge = 1, None
        elif tag == "gridSpan":
            if self.cell is not None and level == self.cell_level + 2 and parent == "tcPr":
                self.span = self._span(_attr(attrs, "val"))
        elif tag == "vMerge":
            if self.cell is not None and level == self.cell_level + 2 and parent == "tcPr":
                self.vmerge = _attr(attrs, "val") or "continue"
        elif tag == "gridBefore":
            if self.row is not None and self.cell is None and level == self.row_level + 2 and parent == "trPr":
                self.grid = self._span(_attr(attrs, "val"))

    def end(self, name: str) -> None:
        stack = self.stack
        level = len(stack)
        stack.pop()
        if self.skip:
            self.skip -= 1
            return
        if self.alternates and level in self.alternates:
            del self.alternates[level]
        if self.walls:
            wall = self.walls[-1]
            if wall == level:
                self.walls.pop()
                return
            if isinstance(wall, _Box) and wall.level == level:
                self._close_box()
                return
        if self.reversals and self.reversals[-1][0] == level:
            _, pieces, first = self.reversals.pop()
            pieces[first:] = ["".join(pieces[first:])[::-1]]
        if level == self.text_level:
            self.text_level = 0
        elif level == self.para_level and self.para is not None:
            self._end_paragraph()
        elif level == self.cell_level and self.cell is not None:
            self._end_cell()
        elif level == self.row_level and self.row is not None:
            self._end_row()
        elif level == self.table_level:
            self.table_level = 0
            self.above = {}

    def chars(self, data: str) -> None:
        if self.text_level and self.text_level == len(self.stack) and not self.skip:
            self._add(data)

    def _add(self, data: str) -> None:
        """Text of the open paragraph: no control character, within the limits."""
        if not data:
            return
        found = _CONTROL.search(data)
        if found is not None:  # as a .rules file holding one is refused (policy_lint/source.py)
            raise _Stop(text("docx.control_char", line=self._line_no(), code=f"U+{ord(found.group()):04X}"))
        self.para.append(data)  # type: ignore[union-attr]
        self._grow(len(data))
        self.text_bytes += len(data.encode("utf-8", "surrogatepass"))
        if self.text_bytes > self.max_bytes:  # the .txt saved from this draft would be refused too
            raise _Stop(settings.over_limit("docx.text_too_large", "MAX_BYTES", limit=self.max_bytes))

    def _line_no(self) -> int:
        """The line of the view being read (a text box's paragraph: after those waiting before it)."""
        if self.boxes and self.row is None:
            return len(self.blocks) + 1 + self.waiting + 1
        return len(self.blocks) + 1

    def _grow(self, count: int) -> None:
        """``count`` more characters on the line being read (checked as it grows: memory stays bounded)."""
        self.length += count
        if self.length > self.max_length:
            raise _Stop(settings.over_limit("docx.line_too_long", "MAX_LINE_LENGTH", line=self._line_no(),
                                            limit=self.max_length))

    # -- what the events build ------------------------------------------------------------------

    def _deleted_mark(self, parent: str, level: int) -> None:
        """A ``w:del`` in a paragraph's mark (``w:pPr/w:rPr``) or a row's properties (``w:trPr``)."""
        stack = self.stack
        if (self.para is not None and parent == "rPr" and level == self.para_level + 3
                and stack[-3] == "pPr"):
            self.mark_deleted = True
        elif self.row is not None and self.cell is None and parent == "trPr" and level == self.row_level + 2:
            self.row_deleted = True

    def _span(self, raw: str | None) -> int:
        where = {"table": self.table_no, "row": self.row_no}
        value = (raw or "").strip()
        if not value.isascii() or not value.isdigit() or len(value) > 12:
            raise _Stop(text("docx.bad_span", value=raw if raw is not None else "", **where))
        span = int(value)
        if span > self.max_span:
            raise _Stop(settings.over_limit("docx.span_too_large", "MAX_DOCX_SPAN", value=span,
                                            limit=self.max_span, **where))
        return span

    # -- text boxes: their paragraphs are lines (or cell paragraphs) after the paragraph holding them --

    def _open_box(self, level: int) -> None:
        box = _Box(level, self.para, self.para_level, self.mark_deleted, self.text_level, self.length,
                   self.carry, self.box_lines, self.reversals, [])
        self.walls.append(box)
        self.boxes += 1
        self.para, self.para_level, self.mark_deleted, self.text_level = None, 0, False, 0
        self.carry, self.box_lines, self.reversals = "", [], []
        if self.row is None:  # its paragraphs are lines of their own; in a table, the row's length goes on
            self.length = 0

    def _close_box(self) -> None:
        box = self.walls.pop()
        self.boxes -= 1
        if self.carry:  # its last paragraph's mark is deleted: nothing after it in the box to join
            self._wait(box, self.carry)
        if self.box_lines:
            box.pending.extend(self.box_lines)
        self.para, self.para_level, self.mark_deleted, self.text_level = (box.para, box.para_level,
                                                                          box.mark_deleted, box.text_level)
        self.carry, self.box_lines, self.reversals = box.carry, box.box_lines, box.reversals
        if self.row is None:
            self.length = box.length
        self.box_lines.extend(box.pending)
        if self.para is None:  # a drawing outside any paragraph: its text goes here
            self._place_box_lines()

    def _wait(self, box: _Box, value: str) -> None:
        if self.row is None and len(self.blocks) + self.waiting >= self.max_lines:
            raise _Stop(settings.over_limit("docx.too_many_lines", "MAX_LINES", limit=self.max_lines))
        self.waiting += 1
        box.pending.append(value)

    def _place(self, value: str) -> None:
        """A paragraph's text, where it goes: its text box, its cell, or a line of its own."""
        if self.boxes:
            self._wait(self.walls[-1] if isinstance(self.walls[-1], _Box) else
                       next(w for w in reversed(self.walls) if isinstance(w, _Box)), value)
        elif self.cell is not None:
            self.cell.append(value)
        else:
            self._emit(value)

    def _place_box_lines(self) -> None:
        lines, self.box_lines = self.box_lines, []
        self.waiting -= len(lines)
        for value in lines:
            self._place(value)

    def _end_paragraph(self) -> None:
        value = self._label() + "".join(self.para)  # type: ignore[arg-type]
        self.para = None
        self.para_level = 0
        if self.cell is not None and not self.boxes:
            value = self.cell_carry + value
            self.cell_carry = ""
            if self.mark_deleted:
                self.cell_carry = value
            else:
                self.cell.append(value)
                self._place_box_lines()
            return
        value = self.carry + value
        self.carry = ""
        if self.mark_deleted:
            self.carry = value
        else:
            self._place(value)
            self._place_box_lines()

    def _label(self) -> str:
        """The label Word's automatic numbering shows before the paragraph ending now ("" when it has none)."""
        num, ilvl = self.para_num, self.para_ilvl
        if num is None or ilvl is None:
            style_num, style_ilvl = self.numbering.of_style(self.para_style)
            num = num if num is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num is None or num == "0":
            return ""
        label = self.numbering.label(num, ilvl)
        self._grow(len(label))
        return label

    def _flush_carry(self) -> None:
        if self.carry:
            value, self.carry = self.carry, ""
            self._emit(value)
        self._place_box_lines()

    def _emit(self, block) -> None:
        if len(self.blocks) >= self.max_lines:
            raise _Stop(settings.over_limit("docx.too_many_lines", "MAX_LINES", limit=self.max_lines))
        self.blocks.append(block)

    def _end_cell(self) -> None:
        paragraphs = self.cell  # type: ignore[assignment]
        if self.cell_carry:
            paragraphs.append(self.cell_carry)
        self._place_box_lines()  # of a paragraph whose mark is deleted, last in the cell
        self.cell = None
        self.cell_level = 0
        if self.span == 0:  # gridSpan="0": Word shows the cell, one column wide
            self.span = 1
        self.cells += self.span
        if self.cells > self.max_cells:
            raise _Stop(settings.over_limit("docx.too_many_cells", "MAX_DOCX_CELLS", limit=self.max_cells))
        above = self.above.get(self.grid) if self.vmerge == "continue" else None
        if above is not None:  # a vertical merge goes on: the cell above, read again
            cell_id, value = above, ""
        else:  # a cell of its own (a "continue" with nothing above starts one, as Word shows it)
            cell_id, value = next(self.ids), " ".join(paragraphs)
        for column in range(self.grid, self.grid + self.span):
            self.row_ids[column] = cell_id
        self.row.append((cell_id, value))  # type: ignore[union-attr]
        self.row.extend((cell_id, "") for _ in range(self.span - 1))  # type: ignore[union-attr]
        self.grid += self.span

    def _end_row(self) -> None:
        row, self.row = self.row, None
        self.row_level = 0
        if self.row_deleted:  # a deleted row: not shown, and not the row above the next one
            return
        self.above = self.row_ids
        self.rows_shown += 1
        self._emit(Row(self.table_no, self.rows_shown, row))  # type: ignore[arg-type]


# --- automatic numbering and styles (word/numbering.xml, word/styles.xml) --------------------------

_CN_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY = "子丑寅卯辰巳午未申酉戌亥"
#: the picture of a bullet in a symbol font (Symbol's , Wingdings' §…): shown as a plain bullet
_BULLET = "●"


def _chinese(n: int) -> str:
    """一, 十, 十一, 二十, 一百零一 … (Word's chineseCounting, up to 9999)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    out, units, zero = "", ((1000, "千"), (100, "百"), (10, "十"), (1, "")), False
    for size, name in units:
        digit = n // size % 10
        if digit:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[digit] + name
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """``n`` as Word writes it in the number format ``fmt`` (``decimal`` 1, ``chineseCounting`` 一, ``decimalEnclosedCircle`` ①…)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional", "koreanCounting"):
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("ideographTraditional",) and 1 <= n <= 10:
        return _HEAVENLY[n - 1]
    if fmt in ("ideographZodiac",) and 1 <= n <= 12:
        return _EARTHLY[n - 1]
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, and the formats not named above


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    restart: int | None = None  # w:lvlRestart: the level (0-based) whose new item restarts this one


class Numbering:
    """Word's automatic numbering: the definitions of numbering.xml, the list styles of styles.xml, and the
    counters as the body's paragraphs go by, so that each numbered paragraph gets the label Word shows
    (``一、``, ``（一）``, ``1.``, ``第一条``, ``①``, a bullet)."""

    def __init__(self) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, str] = {}  # numId → abstractNumId
        self.overrides: dict[str, dict[int, int]] = {}  # numId → level → start
        self.styles: dict[str, tuple[str | None, int | None, str | None]] = {}  # styleId → numId, ilvl, basedOn
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId → the count at each level (None: not begun)
        self.started: set[str] = set()  # numIds whose start override has been applied

    # -- reading the definitions --------------------------------------------------------------------
    def read_numbering(self, data: bytes, part: str, depth_limit: int) -> None:
        state: dict = {"abstract": None, "level": None, "num": None, "override": None, "depth": 0}

        def start(name: str, attrs: dict[str, str]) -> None:
            state["depth"] += 1
            if state["depth"] > depth_limit:
                raise _too_deep(part, depth_limit)
            tag = _word_tag(name)
            val = _attr(attrs, "val")
            if tag == "abstractNum":
                state["abstract"] = self.abstract.setdefault(_attr(attrs, "abstractNumId") or "", {})
            elif tag == "lvl" and state["abstract"] is not None:
                level = _Level()
                state["level"] = level
                state["abstract"][_int(_attr(attrs, "ilvl"), 0)] = level
            elif tag == "lvl" and state["override"] is not None:
                state["level"] = None  # a level redefined in an override: its start is what counts here
            elif state["level"] is not None and tag == "start":
                state["level"].start = _int(val, 1)
            elif state["level"] is not None and tag == "numFmt":
                state["level"].fmt = val or "decimal"
            elif state["level"] is not None and tag == "lvlText":
                state["level"].text = val or ""
            elif state["level"] is not None and tag == "suff":
                state["level"].suffix = val or "tab"
            elif state["level"] is not None and tag == "lvlRestart":
                state["level"].restart = _int(val, 0) - 1
            elif tag == "num":
                state["num"] = _attr(attrs, "numId") or ""
            elif tag == "abstractNumId" and state["num"] is not None:
                self.nums[state["num"]] = val or ""
            elif tag == "lvlOverride" and state["num"] is not None:
                state["override"] = _int(_attr(attrs, "ilvl"), 0)
            elif tag == "startOverride" and state["num"] is not None and state["override"] is not None:
                self.overrides.setdefault(state["num"], {})[state["override"]] = _int(val, 1)

        def end(name: str) -> None:
            state["depth"] -= 1
            tag = _word_tag(name)
            if tag == "abstractNum":
                state["abstract"] = None
            elif tag == "lvl":
                state["level"] = None
            elif tag == "num":
                state["num"] = None
            elif tag == "lvlOverride":
                state["override"] = None

        _parse(data, part, start, end)

    def read_styles(self, data: bytes, part: str, depth_limit: int) -> None:
        state: dict = {"style": None, "depth": 0, "ppr": 0}

        def start(name: str, attrs: dict[str, str]) -> None:
            state["depth"] += 1
            if state["depth"] > depth_limit:
                raise _too_deep(part, depth_limit)
            tag = _word_tag(name)
            if tag == "style":
                state["style"] = _attr(attrs, "styleId") or ""
                self.styles[state["style"]] = (None, None, None)
            elif state["style"] is None:
                return
            elif tag == "basedOn":
                num, ilvl, _ = self.styles[state["style"]]
                self.styles[state["style"]] = (num, ilvl, _attr(attrs, "val"))
            elif tag == "numId":
                _, ilvl, based = self.styles[state["style"]]
                self.styles[state["style"]] = (_attr(attrs, "val"), ilvl, based)
            elif tag == "ilvl":
                num, _, based = self.styles[state["style"]]
                self.styles[state["style"]] = (num, _int(_attr(attrs, "val"), 0), based)

        def end(name: str) -> None:
            state["depth"] -= 1
            if _word_tag(name) == "style":
                state["style"] = None

        _parse(data, part, start, end)

    # -- labels ---------------------------------------------------------------------------------------
    def of_style(self, style: str | None) -> tuple[str | None, int | None]:
        """The numbering a paragraph style gives (its own or the style it is based on), or (None, None)."""
        seen: set[str] = set()
        num = ilvl = None
        while style and style not in seen and style in self.styles:
            seen.add(style)
            s_num, s_ilvl, based = self.styles[style]
            num = num if num is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
            style = based
        return num, ilvl

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        """The label Word shows before the next paragraph numbered ``num_id`` at level ``ilvl`` ("" for none)."""
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id = self.nums[num_id]
        levels = self.abstract.get(abstract_id)
        if not levels:
            return ""
        ilvl = min(max(ilvl or 0, 0), 8)
        counters = self.counters.setdefault(abstract_id, [None] * 9)
        overrides = self.overrides.get(num_id, {})
        if overrides and num_id not in self.started:  # a list restarted by its own num (startOverride)
            self.started.add(num_id)
            for level, value in overrides.items():
                if 0 <= level < 9:
                    counters[level] = value - 1
                    for deeper in range(level + 1, 9):
                        counters[deeper] = None
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters[ilvl] = level.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):  # a new item restarts the levels below it
            below = levels.get(deeper)
            if below is None or below.restart is None or below.restart >= ilvl:
                counters[deeper] = None
        if level.fmt == "bullet":
            shown = level.text if level.text and all(c.isprintable() and not 0xF000 <= ord(c) <= 0xF0FF
                                                     for c in level.text) else _BULLET
        else:
            def place(match: re.Match[str]) -> str:
                at = int(match.group(1)) - 1
                other = levels.get(at)
                count = counters[at] if 0 <= at < 9 else None
                if other is None:
                    return str(count or 1)
                return format_number(other.start if count is None else count, other.fmt)

            shown = re.sub(r"%([1-9])", place, level.text)
        if not shown:
            return ""
        if level.suffix in ("tab", "space") and not re.search(r"[、，,．.）)：:\s①-⑳]$", shown):
            shown += " "
        return shown


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
