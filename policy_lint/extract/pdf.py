"""A PDF draft with a text layer: its lines placed by position, joined back into the paragraphs they were.

The text layer is read by :mod:`.pdf_worker` in a process of its own (pdfminer.six, under a memory cap, a CPU
cap and a wall-clock timeout), which returns each page's lines with their left and right ends.  Here those
lines become the draft's text view (:mod:`.draft`): line N of the view is the N-th paragraph.

A PDF keeps lines, not paragraphs: a Chinese paragraph wraps mid-sentence wherever the line is full.  A line
is joined to the next when it runs to the right margin, does not end a sentence or an item (。；：！？), and
the next line neither starts an item (第X条, 一、, （一）, 1., ①, 附件) nor is indented as a new paragraph is
(a centred line after a full centred line is the rest of a title, and is joined).  A line split by wide gaps
is a table row, one cell per segment.  Page numbers (``- 1 -``, ``第1页 共3页``) are left out.  Spaces
between Chinese characters (justified text, or a PDF that writes each character apart) are removed.

A page with no text at all among pages with text (a scanned page inserted into a PDF) is named in a note
reported with the 待确认 sentences: its content is not read, and the report says so.

Refused, each with one message saying what to do: a PDF with no text layer (a scan: OCR or the Word file),
an encrypted one, one over ``MAX_PDF_PAGES`` pages, one whose reading runs past ``MAX_PDF_SECONDS`` or
``MAX_PDF_MEMORY``, a damaged one.  The file itself is held to the size limit of a Word draft.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .. import settings
from ..errors import InputError
from ..messages import text
from .draft import Draft, check_size, from_blocks
from .. import lazy_re

#: a page holding fewer visible characters than this, on average, has no real text layer (a scan)
MIN_CHARS_PER_PAGE = 10

_CJK = "\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026"
_SPACE_IN_CHINESE = lazy_re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+(?=[{_CJK}])")
_CHINESE_DIGIT_SPACE = lazy_re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[{_CJK}])")
_PAGE_NUMBER = lazy_re.compile(r"^[\s\-—–－·]*\d{1,4}[\s\-—–－·]*$|^第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?$"
                          r"|^\d+\s*/\s*\d+$")
_ITEM_START = lazy_re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节条款部分]|[一二三四五六七八九十]+[、．.]"
                         r"|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d{1,2}[.、．](?!\d)|[①-⑳]|附件|附表)")
_SENTENCE_END = "。！？；：!?;:"
_CLOSERS = "”’）)》」』】"


def _tidy(value: str) -> str:
    value = _SPACE_IN_CHINESE.sub("", value)
    value = _CHINESE_DIGIT_SPACE.sub("", value)
    return value.strip()


def _ends_sentence(value: str) -> bool:
    stripped = value.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def paragraphs(pages: list[dict]) -> list:
    """The blocks of the text view (a paragraph's text, or a table row's cells) from the worker's pages."""
    items = []  # (page, line, text) for text lines; (None, None, cells) for table rows
    for page in pages:
        for line in page["lines"]:
            segments = [_tidy(s[2]) for s in line["segments"]]
            segments = [s for s in segments if s]
            if not segments:
                continue
            if len(segments) == 1 and _PAGE_NUMBER.match(segments[0]):
                continue
            if len(segments) >= 2:
                items.append((None, None, segments))
            else:
                items.append((page, line, segments[0]))
    blocks: list = []
    current: str | None = None
    for index, (page, line, content) in enumerate(items):
        if page is None:
            if current is not None:
                blocks.append(current)
                current = None
            blocks.append(content)
            continue
        current = content if current is None else current + content
        following = items[index + 1] if index + 1 < len(items) else None
        if following is None or following[0] is None or not _continues(page, line, content, *following):
            blocks.append(current)
            current = None
    if current is not None:
        blocks.append(current)
    return blocks


def _continues(page: dict, line: dict, content: str, next_page: dict, next_line: dict, next_content: str) -> bool:
    """Whether ``line`` wraps into ``next_line`` (see the module docstring)."""
    size = line["size"] or 1.0
    if _ends_sentence(content) or _ITEM_START.match(next_content):
        return False
    if line["x1"] < page["right"] - 1.5 * size:  # ends short of the margin: the paragraph's last line
        return False
    centred = abs((next_line["x0"] + next_line["x1"]) / 2 - (next_page["left"] + next_page["right"]) / 2) < size
    if next_line["x0"] > next_page["left"] + 0.8 * (next_line["size"] or size) and not centred:
        return False  # the next line is indented: a new paragraph
    return True


def _worker_command(path: Path, max_pages: int, max_chars: int, memory: int, seconds: int) -> list[str]:
    worker = Path(__file__).with_name("pdf_worker.py")
    # -I: the worker's own folder is not put on sys.path, and no environment variable changes Python
    return [sys.executable, "-I", str(worker), os.fspath(path), str(max_pages), str(max_chars), str(memory),
            str(seconds)]


def _limits(shown: str) -> tuple[int, int, int, int]:
    try:
        return (settings.get("MAX_PDF_PAGES"), settings.get("MAX_BYTES"), settings.get("MAX_PDF_MEMORY"),
                settings.get("MAX_PDF_SECONDS"))
    except settings.SettingError as exc:
        raise InputError(shown, exc.message) from None


def read_pdf(path: Path, shown: str) -> Draft:
    """Read the text layer of the PDF at ``path`` into a draft; :class:`InputError` with what to do otherwise."""
    check_size(path, shown)
    max_pages, max_chars, memory, seconds = _limits(shown)
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise InputError(shown, text("pdf.not_pdf"))
    try:
        done = subprocess.run(_worker_command(path, max_pages, max_chars, memory, seconds), capture_output=True,
                              timeout=seconds, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(shown, settings.over_limit("pdf.timeout", "MAX_PDF_SECONDS", seconds=seconds)) from None
    try:
        result = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        result = {"status": "crashed", "reason": done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]}
    status = result.get("status")
    if status == "ok":
        pages = result["pages"]
        visible = sum(len(s[2].strip()) for page in pages for line in page["lines"] for s in line["segments"])
        if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
            raise InputError(shown, text("pdf.scanned", pages=len(pages)))
        draft = from_blocks(shown, "pdf", paragraphs(pages))
        blank = [number for number, page in enumerate(pages, start=1)
                 if not any(s[2].strip() for line in page["lines"] for s in line["segments"])]
        if blank:
            from dataclasses import replace

            from ..errors import Problem

            listed = "、".join(str(n) for n in blank)
            note = Problem(text("pdf.pages_without_text", pages=listed, count=len(blank)), 1, 1, None)
            draft = replace(draft, notes=(note,))
        return draft
    if status == "encrypted":
        raise InputError(shown, text("pdf.encrypted"))
    if status == "too_many_pages":
        raise InputError(shown, settings.over_limit("pdf.too_many_pages", "MAX_PDF_PAGES", limit=max_pages))
    if status == "too_much_text":
        raise InputError(shown, settings.over_limit("docx.text_too_large", "MAX_BYTES", limit=max_chars))
    if status == "memory" or (status == "crashed" and done.returncode != 0 and "MemoryError" in done.stderr.decode(
            "utf-8", "replace")):
        raise InputError(shown, settings.over_limit("pdf.memory", "MAX_PDF_MEMORY", limit=memory))
    if done.returncode < 0 or status == "crashed" and done.returncode in (152, 137):  # killed: CPU time or memory
        raise InputError(shown, settings.over_limit("pdf.timeout", "MAX_PDF_SECONDS", seconds=seconds))
    reason = result.get("reason") or ""
    if isinstance(reason, list):
        reason = " ".join(reason)
    if "No module named" in reason:
        raise InputError(shown, text("pdf.no_library"))
    raise InputError(shown, text("pdf.unreadable", reason=reason[:200] or "?"))

