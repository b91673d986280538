"""Placeholders left unfilled: what ``policy-lint init`` writes where a value is the county's to give, and the
blanks of a Word template (XXXX年X月X日, ____, 〔 〕号), found in a rules file, a work plan or a draft.

``policy-lint init`` marks a value to fill in with the word 待填写, either as the value (``文号: “待填写”``)
or in a comment after a value that only stands in for the real one (``报送日期: 2022年6月1日  # 待填写``);
a value whose wording is to be confirmed is marked ``# 待核对``.  A template's blanks are the usual runs of
X, ×, underscores or boxes before 年/月/日/号/县, and an empty 〔 〕.  Check PL605 reports each one
(:mod:`policy_lint.checks.drafting.unfilled_placeholder`): an unedited skeleton must not pass ``check``.

A comment counts only when it *starts* with the mark (``# 待填写：核定招生计划（人数）``), so a comment that
speaks of the marks (the skeleton's header: "“待填写”处按本地实际填写") is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the word ``policy-lint init`` writes where a value is to be filled in, and where a wording is to be confirmed
FILL = "待填写"
CONFIRM = "待核对"

#: a blank in the text of a value or a draft's sentence (the mark word, or a template's blank)
_BLANK = re.compile(
    r"待填写|待补充|待补填|(?:【[^】\n]{0,20}(?:填写|补充|填入)[^】\n]{0,20}】)"
    r"|[XＸ×╳]{2,}|(?:[XxＸｘ×╳]{1,4}|_{2,}|＿{2,}|□+|○{2,})\s*(?=年|月|日|号|號|县|縣|区|區|市|所|人|名|个)"
    r"|〔\s*〕|\[\s*\]|（\s*）\s*号"
)
_B = r"(?:[XxＸｘ×╳]{1,4}|□+)"
#: the blanks a draft may hold: stricter, since a draft's prose gives examples (XX路XX号院) and its forms leave
#: blanks for parents (申请日期：____年__月__日): the mark word, a bracketed request, a date of blanks, 〔 〕
_DRAFT_BLANK = re.compile(
    r"待填写|(?:【[^】\n]{0,20}(?:填写|填入)[^】\n]{0,20}】)"
    rf"|(?:\d{{2}}[Xx×]{{2}}|{_B})\s*年\s*{_B}\s*月(?:\s*{_B}\s*日)?|{_B}\s*月\s*{_B}\s*日"
    r"|〔\s*〕|〔\s*\d{2}[Xx×]{2}\s*〕"
)
#: a comment that marks the value before it: ``# 待填写``, ``# 待填写：…``, ``# 待核对：…``
_MARK_COMMENT = re.compile(r"#\s*(待填写|待补充|待核对)\s*[:：]?\s*(.*?)\s*$")
_OPEN = {"“": "”", '"': '"', "「": "」"}


@dataclass(frozen=True)
class Blank:
    """One placeholder on a line: where it is (1-based columns, end exclusive), the words that mark it, whether
    it was only to be confirmed (待核对), what the mark says is to be filled in (the comment after 待填写：),
    and whether the mark is a comment (then the span is the value the comment marks, or the comment itself on a
    line of its own)."""

    line: int
    column: int
    end_column: int
    marker: str
    confirm: bool = False
    hint: str = ""
    in_comment: bool = False


def comment_start(line: str) -> int | None:
    """The index of the ``#`` that starts the line's comment (outside a quoted string), or None."""
    closing: str | None = None
    for index, char in enumerate(line):
        if closing is not None:
            if char == closing:
                closing = None
        elif char in _OPEN:
            closing = _OPEN[char]
        elif char == "#":
            return index
    return None


#: what ends a value or a phrase: blanks on either side of one are two placeholders, not one
_APART = re.compile(r"[、，,；;。：:“”\"「」]")


def in_text(text: str, line: int, offset: int = 0, draft: bool = False) -> list[Blank]:
    """The blanks in ``text`` (a value, or with ``draft`` a draft's paragraph) on ``line``; ``offset`` is the
    text's index in it.  Blanks of one value or phrase are one placeholder (2022年X月X日, ____年__月__日)."""
    spans: list[list[int]] = []
    for match in (_DRAFT_BLANK if draft else _BLANK).finditer(text):
        if spans and not _APART.search(text[spans[-1][1]:match.start()]):
            spans[-1][1] = match.end()
        else:
            spans.append([match.start(), match.end()])
    for span in spans:  # the unit after the last blank belongs to it: X月X日, not X月X
        if span[1] < len(text) and text[span[1]] in _UNITS and text[span[1] - 1] not in _UNITS:
            span[1] += 1
    return [Blank(line=line, column=offset + start + 1, end_column=offset + end + 1, marker=text[start:end].strip())
            for start, end in spans]


_UNITS = "年月日号號县縣区區市所人名个"


def in_lines(lines: tuple[str, ...] | list[str], comments: bool = True) -> list[Blank]:
    """Every placeholder in ``lines`` (1-based line numbers): blanks in the text before a comment, and (with
    ``comments``: rules and plans, where a comment marks the value before it) a comment starting with a mark."""
    found: list[Blank] = []
    for number, line in enumerate(lines, start=1):
        start = comment_start(line) if comments else None
        code = line if start is None else line[:start]
        blanks = in_text(code, number)
        found.extend(blanks)
        if start is None:
            continue
        mark = _MARK_COMMENT.match(line[start:])
        if mark is None:
            continue
        confirm = mark.group(1) == CONFIRM
        body = code.rstrip()
        if blanks:  # the value itself holds the blank: one placeholder, with the comment's hint
            first = found[-len(blanks)]
            found[-len(blanks)] = Blank(line=first.line, column=first.column, end_column=first.end_column,
                                        marker=first.marker, hint=mark.group(2))
            continue
        value = _value_span(body)
        if value is None:  # a comment line of its own: the mark itself
            column = start + 1
            found.append(Blank(line=number, column=column, end_column=len(line.rstrip()) + 1,
                               marker=mark.group(1), confirm=confirm, hint=mark.group(2), in_comment=True))
        else:
            found.append(Blank(line=number, column=value[0] + 1, end_column=value[1] + 1, marker=mark.group(1),
                               confirm=confirm, hint=mark.group(2), in_comment=True))
    return found


def _value_span(code: str) -> tuple[int, int] | None:
    """Where the value of ``键: 值`` (or a bare item) is in ``code``: (start, end) indices, or None when blank."""
    stripped = code.rstrip()
    if not stripped.strip() or stripped.strip() in ("{", "｛", "}", "｝"):
        return None
    colon = min((i for i in (stripped.find(":"), stripped.find("：")) if i >= 0), default=-1)
    start = colon + 1 if colon >= 0 else len(stripped) - len(stripped.lstrip())
    while start < len(stripped) and stripped[start] in " \t\u3000":
        start += 1
    if start >= len(stripped):
        return None
    return start, len(stripped)


def key_of(line: str) -> str:
    """The key of a ``键: 值`` line (before its colon), or "" for a bare item."""
    start = comment_start(line)
    code = line if start is None else line[:start]
    for colon in (":", "："):
        if colon in code:
            return code.split(colon, 1)[0].strip()
    return ""


_OPENER = re.compile(r"^\s*([^\s{}｛｝:：#]+)\s*[{｛]")


def sections_at(lines: tuple[str, ...] | list[str]) -> list[tuple[str, ...]]:
    """For each line, the names of the blocks it is inside (outermost first), by counting braces outside
    quotes and comments: ``招生安排 {`` … ``公办 {`` … gives ("招生安排", "公办") for the lines within."""
    stack: list[str] = []
    out: list[tuple[str, ...]] = []
    for line in lines:
        start = comment_start(line)
        code = _unquoted(line if start is None else line[:start])
        out.append(tuple(stack))
        opener = _OPENER.match(code)
        for char in code:
            if char in "{｛":
                stack.append(opener.group(1) if opener is not None else "")
                opener = None
            elif char in "}｝" and stack:
                stack.pop()
    return out


def _unquoted(code: str) -> str:
    """``code`` with every quoted string blanked out (its braces are text, not blocks)."""
    out, closing = [], None
    for char in code:
        if closing is not None:
            out.append(" ")
            if char == closing:
                closing = None
        elif char in _OPEN:
            closing = _OPEN[char]
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def in_draft(lines: tuple[str, ...] | list[str]) -> list[Blank]:
    """Every blank left in a draft's paragraphs (line N = paragraph N): see ``_DRAFT_BLANK``."""
    return [blank for number, line in enumerate(lines, start=1) for blank in in_text(line, number, draft=True)]


_LABEL = re.compile(r"^\s*([^\s：:，,。；;、]{1,10})\s*[：:]")


def label_of(paragraph: str, column: int) -> str:
    """The label a draft's paragraph starts with (``报送日期：`` → 报送日期) when the blank at ``column`` follows it."""
    match = _LABEL.match(paragraph)
    return match.group(1) if match is not None and match.end() < column else ""
