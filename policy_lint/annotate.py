"""``policy-lint annotate``: the county's own Word draft, with a comment on the words of each finding.

The draft is checked exactly as ``policy-lint check DRAFT.docx`` checks it.  Each finding and each
sentence left 待确认 becomes a Word comment anchored on its words; where the remedy is a value —
a time limit above the baseline (满一年 → 满半年), a banned certificate to delete — a tracked change
proposes it, so the county accepts or rejects it in Word or WPS.  Nothing else in the file changes.

How the words are found.  A finding's place is a line and columns of the draft's *text view*
(:mod:`policy_lint.extract.draft`: paragraph N, or table row N).  The words it covers are looked up in
the document's paragraphs by occurrence: if they are the k-th occurrence of those words in the view,
the comment goes on the k-th occurrence in the paragraphs (in the same order Word shows them).  When
the words cannot be found — a finding spanning two cells, text Word shows right to left — the comment
goes on the whole paragraph that reads as the line, or, failing that, on the document's first
paragraph, and says which paragraph it is about.  The summary counts these.

The anchors of every comment and change are found first, on the document as it was; the runs are
then split at every boundary at once (later boundaries first, so earlier positions stay valid); only
then are comment ranges and tracked changes inserted.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from . import settings
from .errors import InputError
from .findings import Finding, Remark
from .messages import EMPTY, LocalText, text
from . import lazy_re

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
AUTHOR = "policy-lint"
INITIALS = "PL"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


#: subtrees whose text Word does not show in the paragraph (or shows as a paragraph of its own)
_HIDDEN = frozenset(_w(t) for t in (
    "del", "moveFrom", "delText", "instrText", "delInstrText", "rt", "rubyPr", "pPr", "rPr", "sdtPr",
    "sdtEndPr", "customXmlPr", "smartTagPr", "fldData", "object", "txbxContent", "rPrChange", "pPrChange",
))
_BLANKS = frozenset(_w(t) for t in ("tab", "br", "cr", "ptab"))
_R, _T, _P = _w("r"), _w("t"), _w("p")
_SEPARATORS = "、，,；;"


# --- the value fixes ----------------------------------------------------------------------------

#: checks whose remedy is a shorter time limit: the finding's basis value is the limit in months
DURATION_CODES = frozenset({"PL101", "PL102", "PL103", "PL104"})
#: checks whose remedy is deleting the words (a certificate that must not be demanded)
DELETE_CODES = frozenset({"PL201"})

_DURATION = lazy_re.compile(r"(?P<n>[0-9０-９]+|[一二两三四五六七八九十]+|半)\s*(?:个\s*)?(?P<unit>周年|年|月)")
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(token: str) -> float | None:
    if token == "半":
        return 0.5
    if token.isdigit():
        return float(int(token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))))
    if "十" in token:
        tens, _, ones = token.partition("十")
        value = (_CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CHINESE_DIGITS.get(ones, 0) if ones else 0)
        return float(value)
    if len(token) == 1 and token in _CHINESE_DIGITS:
        return float(_CHINESE_DIGITS[token])
    return None


def _months(match: re.Match[str]) -> float | None:
    value = _number(match.group("n"))
    if value is None:
        return None
    return value * 12 if match.group("unit") in ("年", "周年") else value


def _duration_words(limit: int) -> tuple[str, str]:
    """The limit as a person writes it: (with Chinese numerals, with digits)."""
    if limit == 6:
        return "半年", "6个月"
    if limit % 12 == 0:
        years = limit // 12
        return (f"{'一二三四五'[years - 1]}年" if 1 <= years <= 5 else f"{years}年"), f"{years}年"
    return f"{limit}个月", f"{limit}个月"


@dataclass(frozen=True)
class Edit:
    """A proposed tracked change: columns [start, end) of the view line replaced by ``new`` ('' deletes)."""

    start: int
    end: int
    new: str


def value_edit(finding: Finding, line_text: str) -> Edit | None:
    """The tracked change a finding proposes, in 0-based columns of its line, or None.

    A time limit above the baseline: the first duration in the finding's words that is longer than
    the limit becomes the limit (一年 → 半年, 12个月 → 6个月).  A banned certificate: its words are deleted,
    with one separator beside them so the list still reads.  A limit of 0 (no holding time at all)
    has no value to propose: the comment says what to do."""
    span = finding.span
    if span.end_line != span.line:
        return None
    start, end = span.column - 1, span.end_column - 1
    if not (0 <= start < end <= len(line_text)):
        return None
    words = line_text[start:end]
    if finding.code in DURATION_CODES:
        limit = finding.basis.value
        if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            return None
        for match in _DURATION.finditer(words):
            months = _months(match)
            if months is not None and months > limit:
                chinese, digits = _duration_words(limit)
                new = digits if match.group("n")[0].isdigit() else chinese
                return Edit(start + match.start(), start + match.end(), new)
        return None
    if finding.code in DELETE_CODES:
        if end < len(line_text) and line_text[end] in _SEPARATORS:
            return Edit(start, end + 1, "")
        if start > 0 and line_text[start - 1] in _SEPARATORS:
            return Edit(start - 1, end, "")
        return Edit(start, end, "")
    return None


# --- the paragraphs as characters ---------------------------------------------------------------


@dataclass
class _Para:
    element: object
    chars: list = field(default_factory=list)  # (character, w:t element or None, offset in it)

    @property
    def text(self) -> str:
        return "".join(c for c, _, _ in self.chars)


def _characters(paragraph) -> list:
    out: list = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                continue
            if tag == _P:  # a paragraph inside this one (a text box's): a paragraph of its own
                continue
            if tag == _T:
                out.extend((ch, child, i) for i, ch in enumerate(child.text or ""))
            elif tag in _BLANKS:
                out.append((" ", None, None))
            elif tag == _w("noBreakHyphen"):
                out.append(("-", None, None))
            elif tag == f"{{{MC}}}AlternateContent":
                branches = [b for b in child if isinstance(b.tag, str)]
                if branches:
                    walk(branches[0])
            else:
                walk(child)

    walk(paragraph)
    return out


def _in_hidden(element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in _HIDDEN and parent.tag != _w("txbxContent"):
            return True
        if parent.tag == f"{{{MC}}}Fallback":
            return True
        parent = parent.getparent()
    return False


def _paragraphs(body) -> list[_Para]:
    return [_Para(p, _characters(p)) for p in body.iter(_P) if not _in_hidden(p)]


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


# --- anchors ------------------------------------------------------------------------------------


@dataclass
class _Anchor:
    """Where one comment goes: a paragraph and characters [start, end) of it (None: the whole paragraph)."""

    para: int
    start: int | None
    end: int | None
    comment: str
    placed: bool  # on the finding's own words
    edit: tuple[int, int, str] | None = None  # characters of the paragraph and the new text


def _locate(paras: list[_Para], lines: list[str], line: int, column: int, end_column: int | None):
    """(paragraph index, start, end, view column) of the words at ``line``:``column``…``end_column``.

    start and end are characters of the paragraph; the view column (0-based) is where the words begin
    in the line."""
    if not 1 <= line <= len(lines):
        return None
    line_text = lines[line - 1]
    start = max(column - 1, 0)
    end = len(line_text) if end_column is None else min(end_column - 1, len(line_text))
    words = line_text[start:end]
    if not words.strip():
        words, start = line_text.strip(), line_text.find(line_text.strip())
    if not words:
        return None
    # the k-th occurrence of the words in the view is the k-th in the paragraphs
    k = sum(len(_occurrences(lines[i], words)) for i in range(line - 1))
    k += sum(1 for at in _occurrences(line_text, words) if at < start)
    seen = 0
    for index, para in enumerate(paras):
        hits = _occurrences(para.text, words)
        if seen + len(hits) > k:
            at = hits[k - seen]
            return index, at, at + len(words), start
        seen += len(hits)
    return None


def _whole_paragraph(paras: list[_Para], lines: list[str], line: int) -> int | None:
    if not 1 <= line <= len(lines):
        return None
    wanted = " ".join(lines[line - 1].split())
    for index, para in enumerate(paras):
        if wanted and " ".join(para.text.split()) == wanted:
            return index
    return None


def _comment_text(finding: Finding | Remark, lang: str, edit: Edit | None) -> str:
    c = finding.basis.citation
    label = text(f"label.{finding.severity}")(lang)
    unverified = text("label.unverified")(lang) if not c.verified else ""
    parts = [f"{finding.code} [{label}] {finding.message(lang)}",
             text("annotate.basis", citation=c.label(), quote=c.quote, unverified=unverified)(lang)]
    note = c.note_in(lang)
    if note:
        parts.append(f"{text('label.note')(lang)}: {note}")
    # a remark (提示) is no fault: what to look at, never a change to make
    parts.append(text("annotate.look" if finding.severity == "remark" else "annotate.fix", fix=finding.suggestion(lang))(lang))
    if edit is not None:
        key = "annotate.change_delete" if not edit.new else "annotate.change_duration"
        parts.append(text(key, new=edit.new)(lang))
    return "\n".join(parts)


# --- the document -------------------------------------------------------------------------------


def _guard_zip(path: Path, shown: str) -> None:
    """What python-docx unpacks, bounded before it opens the file (the text reader bounds only what it reads)."""
    limit = settings.get("MAX_DOCX_UNPACKED")
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(shown, text("annotate.cannot_open", path=shown, reason=str(exc)[:200])) from None
    if size > limit:
        raise InputError(shown, text("annotate.too_large", path=shown, size=size, limit=limit))


def _split(boundaries: dict[int, set[int]], paras: list[_Para]) -> None:
    """Split runs so that each boundary (a character index of a paragraph) starts a run of its own."""
    for index, points in boundaries.items():
        para = paras[index]
        for at in sorted(points, reverse=True):
            if not 0 < at < len(para.chars):
                continue
            _, t, offset = para.chars[at]
            if t is None:  # a tab or break: split before the next character that has text, if any
                continue
            _split_before(t, offset)
        para.chars = _characters(para.element)


def _split_before(t, offset: int) -> None:
    run = t.getparent()
    if run is None or run.tag != _R:
        return
    content = [child for child in run if child.tag != _w("rPr")]
    if offset == 0 and content and content[0] is t:
        return  # already at the start of its run
    properties = run.find(_w("rPr"))
    new_run = copy.deepcopy(run)
    for child in list(new_run):
        new_run.remove(child)
    if properties is not None:
        new_run.append(copy.deepcopy(properties))
    moving = False
    for child in list(run):
        if child is t:
            moving = True
            if offset > 0:
                tail = (t.text or "")[offset:]
                t.text = (t.text or "")[:offset]
                t.set(XML_SPACE, "preserve")
                new_t = copy.deepcopy(t)
                new_t.text = tail
                new_run.append(new_t)
                continue
        if moving:
            run.remove(child)
            new_run.append(child)
    run.addnext(new_run)


def _runs_between(para: _Para, start: int, end: int) -> list:
    runs: list = []
    for _, t, _ in para.chars[start:end]:
        if t is None:
            continue
        run = t.getparent()
        if run is not None and run.tag == _R and (not runs or runs[-1] is not run):
            runs.append(run)
    return runs


def _track_change(runs: list, new: str, change_id, when: str) -> None:
    """Wrap ``runs`` in a tracked deletion and put ``new`` (if any) after it as a tracked insertion."""
    for run in runs:
        parent = run.getparent()
        if parent is None or parent.tag not in (_P, _w("hyperlink"), _w("smartTag"), _w("customXml")):
            return  # already inside a tracked change or a field: leave the text alone (the comment says it)
    from docx.oxml.parser import OxmlElement

    # adjacent runs go into one deletion; a comment's range marker between them starts another
    groups: list[list] = []
    for run in runs:
        if groups and groups[-1][-1].getnext() is run:
            groups[-1].append(run)
        else:
            groups.append([run])
    last = None
    for group in groups:
        deletion = OxmlElement("w:del")
        deletion.set(_w("id"), str(next(change_id)))
        deletion.set(_w("author"), AUTHOR)
        deletion.set(_w("date"), when)
        group[0].addprevious(deletion)
        for run in group:
            deletion.append(run)
            for t in run.findall(_T):
                t.tag = _w("delText")
        last = deletion
    if new:
        insertion = OxmlElement("w:ins")
        insertion.set(_w("id"), str(next(change_id)))
        insertion.set(_w("author"), AUTHOR)
        insertion.set(_w("date"), when)
        new_run = copy.deepcopy(runs[0])
        for child in list(new_run):
            if child.tag != _w("rPr"):
                new_run.remove(child)
        t = OxmlElement("w:t")
        t.text = new
        t.set(XML_SPACE, "preserve")
        new_run.append(t)
        insertion.append(new_run)
        last.addnext(insertion)


@dataclass
class Annotated:
    data: bytes
    findings: int
    unread: int
    changes: int
    fallback: int
    remarks: int = 0  # comments on remarks (提示): not findings

    @property
    def comments(self) -> int:
        return self.findings + self.unread + self.remarks

    def summary(self, path: str) -> LocalText:
        fallback = text("annotate.summary_fallback", count=self.fallback) if self.fallback else EMPTY
        remarks = text("annotate.summary_remarks", count=self.remarks) if self.remarks else EMPTY
        return text("annotate.summary", path=path, comments=self.comments, findings=self.findings,
                    unread=self.unread, remarks=remarks, changes=self.changes, fallback=fallback)


def annotate(path: Path, shown: str, result, lang: str = "zh", now: dt.datetime | None = None) -> Annotated:
    """The draft at ``path`` with a comment per finding and per unread sentence of ``result`` (its check)."""
    import docx
    from docx.text.run import Run

    _guard_zip(path, shown)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx's own errors for a package Word opens but it cannot: one message
        raise InputError(shown, text("annotate.cannot_open", path=shown, reason=" ".join(str(exc).split())[:200])) \
            from None
    lines = result.source.text.split("\n") if result.source is not None else []
    paras = _paragraphs(document.element.body)
    if not paras:
        raise InputError(shown, text("input.empty"))
    anchors: list[_Anchor] = []
    for finding in result.findings:
        span = finding.span
        end = span.end_column if span.end_line == span.line else None
        found = _locate(paras, lines, span.line, span.column, end)
        edit = value_edit(finding, lines[span.line - 1]) if 1 <= span.line <= len(lines) else None
        comment = _comment_text(finding, lang, edit)
        anchors.append(_anchor(found, paras, lines, span.line, comment, edit, lang))
    for remark in result.remarks:  # a comment labelled 提示, with what to look at and no tracked change
        span = remark.span
        end = span.end_column if span.end_line == span.line else None
        found = _locate(paras, lines, span.line, span.column, end)
        anchors.append(_anchor(found, paras, lines, span.line, _comment_text(remark, lang, None), None, lang))
    for problem in result.unread:
        line = problem.line or 1
        found = _locate(paras, lines, line, problem.column or 1, problem.end_column)
        comment = text("annotate.unread", message=problem.message)(lang)
        anchors.append(_anchor(found, paras, lines, line, comment, None, lang))
    # every boundary first, on the document as it was
    boundaries: dict[int, set[int]] = {}
    for anchor in anchors:
        points = boundaries.setdefault(anchor.para, set())
        if anchor.start is not None:
            points.update((anchor.start, anchor.end))
        if anchor.edit is not None:
            points.update(anchor.edit[:2])
    _split(boundaries, paras)
    # the runs of each anchor, before any change moves them
    planned = []
    for anchor in anchors:
        para = paras[anchor.para]
        start, end = (anchor.start, anchor.end) if anchor.start is not None else (0, len(para.chars))
        runs = _runs_between(para, start, end)
        edit_runs = _runs_between(para, anchor.edit[0], anchor.edit[1]) if anchor.edit else []
        planned.append((anchor, runs, edit_runs))
    when = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ids = iter(range(9000, 10 ** 9))
    changes = fallback = 0
    for anchor, runs, edit_runs in planned:
        if not runs:  # a paragraph without text runs: a run of its own to hold the comment
            runs = [document.paragraphs[0].add_run("")._r] if document.paragraphs else []
            if not runs:
                continue
        paragraph = paras[anchor.para].element
        document.add_comment([Run(runs[0], paragraph), Run(runs[-1], paragraph)], text=anchor.comment,
                             author=AUTHOR, initials=INITIALS)
        fallback += not anchor.placed
    for anchor, runs, edit_runs in planned:
        if anchor.edit is not None and edit_runs:
            _track_change(edit_runs, anchor.edit[2], ids, when)
            changes += 1
    out = io.BytesIO()
    document.save(out)
    return Annotated(out.getvalue(), len(result.findings), len(result.unread), changes, fallback,
                     len(result.remarks))


def _anchor(found, paras: list[_Para], lines: list[str], line: int, comment: str, edit: Edit | None,
            lang: str) -> _Anchor:
    if found is not None:
        index, start, end, view_start = found
        placed_edit = None
        if edit is not None:
            chars = paras[index].chars
            first, last = start + edit.start - view_start, start + edit.end - view_start
            if 0 <= first < last <= len(chars) and all(t is not None for _, t, _ in chars[first:last]) and \
                    "".join(c for c, _, _ in chars[first:last]) == lines[line - 1][edit.start:edit.end]:
                placed_edit = (first, last, edit.new)
        return _Anchor(index, start, end, comment, True, placed_edit)
    index = _whole_paragraph(paras, lines, line)
    quote = lines[line - 1].strip()[:60] if 1 <= line <= len(lines) else ""
    note = text("annotate.where", line=line, quote=quote)(lang)
    return _Anchor(index if index is not None else 0, None, None, comment + "\n" + note, False)
