"""``review --format docx``: one 审核意见 letter per county, as a city bureau sends it.

A letter has what a bureau's opinion has: the title, 主送 (the county's education bureau), what was
received, the conclusion, the problems in plain words with what to change — errors first, then the
points to verify — and, for a key county, its work plan; when to resubmit; the citations, each quoted
once and referred to by number (依据〔1〕) after that; the signature (落款), a place for the seal and
the date, kept on the same page as the last lines of the opinion.  File positions and check names
(English identifiers) are only in an appendix after the signature, for the bureau's own checking.

What the texts do not give is not invented: without ``[letters] resubmit_by`` and ``date`` in
city.toml the letter leaves ``____年__月__日`` for the bureau to fill in.  The bureau's own template
(``[letters] template``: a .docx holding its letterhead and styles) is used as the base document: the
letter is written after what it holds.  See docs/review.md.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from ..checks import get as get_check
from ..findings import Finding
from ..messages import Lang, text

BLANK_DATE = "____年__月__日"
BLANK_DATE_EN = "____-__-__"
BODY_FONT = "仿宋"
TITLE_FONT = "宋体"
HEADING_FONT = "黑体"
BODY_SIZE = 16  # 三号
TITLE_SIZE = 22  # 二号
LINE = 28  # fixed line spacing, points


_CHINESE_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True)
class LetterSettings:
    """What city.toml's ``[letters]`` says (every field optional)."""

    office: str | None = None
    date: dt.date | None = None
    resubmit_by: dt.date | None = None
    template: Path | None = None
    bureaus: dict | None = None


def letter_settings(config, city_dir: Path) -> LetterSettings:
    """city.toml's ``[letters]``, with the template found beside city.toml and checked before use."""
    from ..errors import InputError

    found = dict(config.letters or {})
    template = None
    if found.get("template"):
        template = (Path(config.path).parent / found["template"])
        shown = template.as_posix()
        if template.suffix.lower() != ".docx":
            raise InputError(config.path, text("letter.template_not_docx", path=shown))
        if not template.is_file():
            raise InputError(config.path, text("letter.template_missing", path=shown))
        from ..annotate import _guard_zip  # what python-docx unpacks, bounded before it opens the file

        _guard_zip(template, shown)
    return LetterSettings(office=found.get("office"), date=found.get("date"), resubmit_by=found.get("resubmit_by"),
                          template=template, bureaus=found.get("bureaus"))


def _date(value: dt.date | None, lang: Lang) -> str:
    if value is None:
        return BLANK_DATE_EN if lang == "en" else BLANK_DATE
    return text("date.day", year=value.year, month=value.month, day=value.day, iso=value.isoformat())(lang)


class _Citations:
    """Each citation numbered once per letter, in the order first used."""

    def __init__(self) -> None:
        self.numbers: dict[tuple, int] = {}
        self.order: list[Finding] = []

    def ref(self, finding: Finding) -> int:
        c = finding.basis.citation
        key = (c.document, c.article, c.quote)
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
            self.order.append(finding)
        return self.numbers[key]


@dataclass
class Letter:
    unit: str
    paragraphs: list[tuple[str, str]]  # (style, text): "title", "to", "body", "heading", "item", "basis", "sign", ...


def _title_of(unit, year: int, lang: Lang) -> str:
    rules = unit.rules
    title = rules.metadata.title.value if rules is not None and rules.metadata.title is not None else None
    if not title:
        title = text("letter.document_default", unit=unit.name, year=year)(lang)
    return text("letter.document", title=title)(lang)


def letter_for(review, unit, lang: Lang, settings: LetterSettings) -> Letter:
    """The 审核意见 to ``unit`` (a :class:`policy_lint.review.Unit`) of ``review``."""
    city = review.config
    document = _title_of(unit, city.year, lang)
    bureaus = settings.bureaus or {}
    bureau = bureaus.get(unit.name) or text("letter.bureau_of", place=unit.name)(lang)
    office = settings.office or text("letter.bureau_of", place=city.name)(lang)
    resubmit = _date(settings.resubmit_by, lang)
    out: list[tuple[str, str]] = [("title", text("letter.title", document=document)(lang)),
                                  ("to", text("letter.to", bureau=bureau)(lang))]
    citations = _Citations()
    positions: list[tuple[str, Finding]] = []
    if not unit.submitted:
        out.append(("body", text("letter.not_submitted", document=document, date=resubmit)(lang)))
    elif not unit.readable:
        error = unit.result.error
        reason = error.problems[0].message(lang) if error is not None and error.problems else ""
        out.append(("body", text("letter.unreadable", path=Path(unit.path).name, reason=reason,
                                 date=resubmit)(lang)))
    else:
        number = unit.rules.metadata.doc_number.value if unit.rules.metadata.doc_number is not None else ""
        shown_number = text("letter.number", number=number)(lang) if number else ""
        out.append(("body", text("letter.received", document=document, number=shown_number)(lang)))
        errors = [f for f in unit.findings if f.severity == "error"]
        warnings = [f for f in unit.findings if f.severity != "error"]
        verdict = unit.verdict.label(lang)
        if unit.verdict.value == "通过":
            lead = text("letter.passed_remarks" if warnings else "letter.passed")(lang)
        elif unit.verdict.value == "修改后通过":
            lead = text("letter.after_changes", date=resubmit)(lang)
        else:
            lead = text("letter.failed", date=resubmit)(lang)
        out.append(("body", text("letter.verdict", verdict=verdict)(lang) + lead))
        section = 0
        for key, found in (("letter.errors", errors), ("letter.warnings", warnings)):
            if not found:
                continue
            section += 1
            out.append(("heading", text(key, number=_section_number(section, lang))(lang)))
            for i, finding in enumerate(found, start=1):
                out.append(("item", _item(finding, i, citations, lang)))
                positions.append((_where(finding), finding))
        if unit.remarks:  # not problems: a section of their own, after them, with nothing to change
            section += 1
            out.append(("heading", text("letter.remarks", number=_section_number(section, lang))(lang)))
            for i, remark in enumerate(unit.remarks, start=1):
                out.append(("item", _item(remark, i, citations, lang, "letter.remark_item")))
        section = _plan_section(unit, out, citations, positions, section, lang, resubmit)
    if citations.order:
        out.append(("heading", text("letter.basis_heading")(lang)))
        for finding in citations.order:
            c = finding.basis.citation
            unverified = text("label.unverified")(lang) if not c.verified else ""
            out.append(("basis", text("letter.basis", ref=citations.numbers[(c.document, c.article, c.quote)],
                                      citation=c.label(), quote=c.quote, unverified=unverified)(lang)))
            note = c.note_in(lang)
            if note:
                out.append(("basis_note", text("letter.basis_note", note=note)(lang)))
    out += [("sign", office), ("seal", text("letter.seal")(lang)), ("date", _date(settings.date, lang))]
    if positions:
        out.append(("appendix_heading", text("letter.appendix")(lang)))
        for i, (where, finding) in enumerate(positions, start=1):
            out.append(("appendix", text("letter.appendix_item", number=i, where=where, code=finding.code,
                                         name=finding.name)(lang)))
    return Letter(unit.name, out)


def _section_number(section: int, lang: Lang) -> str:
    return _CHINESE_NUMBERS[section - 1] if lang == "zh" and section <= len(_CHINESE_NUMBERS) else str(section)


def _where(finding: Finding) -> str:
    return f"{Path(finding.path).name}:{finding.span.line}:{finding.span.column}"


def _item(finding: Finding, number: int, citations: _Citations, lang: Lang, key: str = "letter.item") -> str:
    """One numbered item: the check's title, the message, what to change (a remark's ``key``: what to look
    at), and the reference to its basis."""
    check = get_check(finding.code)
    title = check.title()(lang) if check is not None else finding.code
    return text(key, number=number, title=title, message=finding.message(lang),
                fix=finding.suggestion(lang), ref=citations.ref(finding))(lang)


def _plan_section(unit, out, citations, positions, section: int, lang: Lang, resubmit: str) -> int:
    status = unit.plan_status.name
    if status == "not_required":
        return section
    section += 1
    out.append(("heading", text("letter.plan", number=_section_number(section, lang))(lang)))
    if status == "missing":
        out.append(("body", text("letter.plan_missing", date=resubmit)(lang)))
    elif status == "unreadable":
        out.append(("body", text("letter.plan_unreadable", date=resubmit)(lang)))
    elif not unit.plan_findings:
        out.append(("body", text("letter.plan_passed")(lang)))
    for i, finding in enumerate(unit.plan_findings, start=1):
        out.append(("item", _item(finding, i, citations, lang)))
        positions.append((_where(finding), finding))
    return section


# --- Word ------------------------------------------------------------------------------------------


def _document(settings: LetterSettings):
    import docx

    if settings.template is not None:
        return docx.Document(str(settings.template))
    document = docx.Document()
    section = document.sections[0]
    from docx.shared import Cm

    # GB/T 9704 公文: A4, margins 37/35 mm top/bottom, 28/26 mm left/right
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    return document


def _font(run, name: str, size: int, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    properties = run._r.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def _write(document, letter: Letter, first: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    closing = {"sign", "seal", "date"}
    paragraphs = letter.paragraphs
    # the opinion's last paragraph before the signature: kept with it, so the seal never stands alone
    last_body = max((i for i, (style, _) in enumerate(paragraphs)
                     if style not in closing and not style.startswith("appendix")), default=0)
    for i, (style, value) in enumerate(paragraphs):
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(LINE)
        fmt.space_before = fmt.space_after = Pt(0)
        run = paragraph.add_run(value)
        if style == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(LINE)
            fmt.keep_with_next = True
            fmt.page_break_before = not first
            fmt.line_spacing = Pt(LINE + 8)
            _font(run, TITLE_FONT, TITLE_SIZE, bold=True)
            continue
        if style in ("heading", "appendix_heading"):
            fmt.keep_with_next = True
            fmt.first_line_indent = Pt(BODY_SIZE * 2)
            if style == "appendix_heading":
                fmt.space_before = Pt(LINE * 2)
            _font(run, HEADING_FONT, BODY_SIZE)
            continue
        if style == "to":
            _font(run, BODY_FONT, BODY_SIZE)
            continue
        if style in closing:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.keep_with_next = style != "date"
            fmt.right_indent = Pt(BODY_SIZE * 4)
            if style == "sign":
                fmt.space_before = Pt(LINE * 2)
            _font(run, BODY_FONT, BODY_SIZE)
            continue
        fmt.first_line_indent = Pt(BODY_SIZE * 2)
        fmt.widow_control = True
        if i >= last_body - 1 and i <= last_body:
            fmt.keep_with_next = True
        _font(run, BODY_FONT, BODY_SIZE if not style.startswith(("basis", "appendix")) else BODY_SIZE - 2)


def letters(review, lang: Lang, settings: LetterSettings) -> list[Letter]:
    return [letter_for(review, unit, lang, settings) for unit in review.units]


def docx_bytes(items: list[Letter], settings: LetterSettings) -> bytes:
    """``items`` as one Word document, each letter from a new page."""
    document = _document(settings)
    for n, letter in enumerate(items):
        _write(document, letter, first=(n == 0))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def for_print(items: list[Letter]) -> list[dict]:
    """Each letter as the print template reads it: the body, the closing (the opinion's last paragraph kept
    with the signature, the seal and the date, so they are never split), and the appendix."""
    out = []
    for letter in items:
        styles = [style for style, _ in letter.paragraphs]
        sign = styles.index("sign")
        appendix = styles.index("appendix_heading") if "appendix_heading" in styles else len(styles)
        keep = max(sign - 2, 1)  # the last two lines of the opinion go with the signature
        out.append({"unit": letter.unit, "body": letter.paragraphs[:keep], "closing": letter.paragraphs[keep:appendix],
                    "appendix": letter.paragraphs[appendix:]})
    return out
