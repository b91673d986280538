"""One runner for every reader's corpus of real sentences (tests/readers/<reader>.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from policy_lint import intake_year, places
from policy_lint.extract.draft import from_text
from policy_lint.extract.extractor import extract_facts
from policy_lint.extract.model import condition_entries
from policy_lint.extract.pieces import Piece
from policy_lint.normalise import fold, traditional
from policy_lint.source import Source
from policy_lint.extract.readers import (boilerplate, condition, contract_term, designated, material_condition, parents,
                                         points, precedence, return_home, running, scope, transfer)
from policy_lint.extract.readers import schedule

CORPORA = Path(__file__).parent / "readers"
READERS = {
    "local_subject": scope.local_subject,
    "heading_scope": scope.heading_scope,
    "lead_scope": scope.lead_scope,
    "shared_dwelling": scope.shared_dwelling,
    "guardian_at_home": scope.guardian_at_home,
    "admits_without_house": lambda text: _after_break(scope.admits_without_house, text),
    "definition": scope.definition,
    "admission_order": scope.admission_order,
    "hukou_exclusion": scope.hukou_exclusion,
    "hukou_place": scope.hukou_place,
    "permit_application": scope.permit_application,
    "hukou_demand": scope.hukou_demand,
    "other_group": scope.other_group,
    "house_and_hukou": scope.house_and_hukou,
    "material_condition": material_condition.read,
    "shown_by_housing": material_condition.shown_by_housing,
    "route_head": material_condition.route_head,
    "no_permit_way": material_condition.no_permit_way,
    "all_of_opening": condition.all_of_opening,
    "housing_basis": condition.housing_basis,
    "family_head": condition.route_head,
    "contract_term": contract_term.read,
    "transfer": transfer.read,
    "boilerplate": boilerplate.read,
    "parents": parents.both,
    "parents_excepted": parents.excepted,
    "condition_reference": lambda text: condition.references(text) or None,
    "held_with_residence": condition.held_with_residence,
    "seat_limit": condition.seat_limit,
    "housed_with_residence": condition.housed_with_residence,
    "further_condition": lambda text: condition.further(text) or None,
    "age": condition.age,
    "no_guardian": condition.no_guardian,
    "before_papers": lambda text: running.before_papers(text, re.search(r"提交|提供|出示|携带|递交|出具", text).start()),
    "reckoning": running.reckoning,
    "details": running.details,
    "permit_law": running.permit_law,
    "item_label": running.label,
    "aspect": running.aspect,
    "lead": running.lead,
    "deeming": running.deeming,
    "letter": boilerplate.letter,
    "consultation": boilerplate.consultation,
    "names_migrants": lambda text: "migrants" if scope.names_migrants(text) else None,
    "designated": designated.read,
    "precedence": precedence.read,
    "precedence_later": precedence.later,
    "return_home": return_home.read,
    "points_line": points.line,
    "points_below": points.below,
    "stage_dates": lambda text: "；".join(f"{schedule.stage_key(stage)} {date.text}"
                                         for stage, date in schedule.stage_dates(Piece.of_line(1, text))) or None,
    "heading_stage": schedule.heading_stage,
    "school_kinds": lambda text: "、".join(schedule.kinds(text)) or None,
    "schedule_dates": lambda text: "；".join(d.text for d in schedule.dates(Piece.of_line(1, text))) or None,
    "no_private": lambda text: (lambda r: text[r.start:r.end] if r else None)(schedule.no_private(text)),
    "schedules": lambda text: _schedules(text),
    "points_part": lambda text: "；".join(_entries(_facts(text).points)) or None,
    # the entry conditions the extractor writes of a draft of these lines (running prose, headings, scope)
    "conditions": lambda text: "；".join(_entries(condition_entries(_facts(text).conditions))) or None,
    "private": lambda text: "；".join(_entries(_facts(text).private)) or None,
    "points_scores": points.scores,
    "intake_year": lambda text: _years(text, intake_year.intake),
    "cited_intake_year": lambda text: _years(text, intake_year.cited_intake),
    "birth_cutoff": lambda text: _years(text, intake_year.cutoff),
    "reference_date": lambda text: _years(text, intake_year.reference),
    "effective_date": lambda text: _years(text, intake_year.effective),
    "deadline": lambda text: _years(text, intake_year.deadlines),
    "body_county": lambda text: "；".join(m.found.text if len(m.units) != 1 else m.units[0].name + "*" * (m.office or m.local)
                                         for m in places.body_mentions({1: text}, None, "county")
                                         if not (m.listed or m.origin)) or None,
    "body_city": lambda text: "；".join(m.found.text if len(m.units) != 1 else m.units[0].name + "*" * (m.office or m.local)
                                       for m in places.body_mentions({1: text}, None, "city")
                                       if not (m.listed or m.origin)) or None,
    "zone": lambda text: (lambda r: r.county if r.zone else None)(places.read({1: text})),
    # the paper checks a draft of these lines gets (PL116, PL201–PL206), by code, in draft order
    "papers": lambda text, year=None: _papers(text, year),
    # the length checks a draft of these lines gets (PL101–PL104, PL109), by code, in draft order
    "lengths": lambda text: _papers(text, None, _LENGTH_CODES),
}

_PAPER_CODES = ("PL116", "PL201", "PL202", "PL203", "PL204", "PL205", "PL206")
_LENGTH_CODES = ("PL101", "PL102", "PL103", "PL104", "PL109")


def _papers(text: str, year: int | None, codes: tuple[str, ...] = _PAPER_CODES) -> str | None:
    """The codes among ``codes`` (the paper checks') for a draft of a title (naming ``year`` when given) and these
    lines."""
    import tempfile

    from policy_lint.extract.check import check_draft

    title = f"某县{year}年随迁子女入学实施细则" if year else "某县随迁子女入学实施细则"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_text(f"{title}\n{text}\n", encoding="utf-8")
        result = check_draft(path, "draft.txt", None)
    assert result.error is None, result.error
    return "；".join(f.code for f in result.findings if f.code in codes) or None


def _facts(text: str):
    """What the extractor reads from a draft of these lines."""
    return extract_facts(from_text(Source(path="draft.txt", text=text, encoding="utf-8")))


def _entries(entries) -> list[str]:
    """Entries as "<key> <the words>" (several words joined by 、)."""
    return [f"{e.key} {'、'.join(w.text for w in e.words)}" for e in entries]


def _schedules(text: str) -> str | None:
    """What the extractor writes of the schedules of a draft of these lines (readers/schedule.py):
    "<school kind> <key> <the words>", then "待确认 <the words>" for each sentence of 招生安排 left to a person."""
    facts = _facts(text)
    shown = [f"{kind} {entry}" for kind, entries in facts.schedules.items() for entry in _entries(entries)]
    shown += [f"待确认 {u.text}" for u in facts.unread if u.section == "招生安排"]
    return "；".join(shown) or None


def _years(text: str, reader) -> str | None:
    """A year reader's readings as "<year> <the words>" (policy_lint/intake_year.py)."""
    return "；".join(f"{r.year} {text[r.start:r.end]}" for r in reader(text)) or None


def _cases() -> list:
    return list(_each())


def _each():
    for path in sorted(CORPORA.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["cases"]:
            # a case the tool still misreads (``misread = "why"``): its expectation kept, as a strict xfail
            marks = (pytest.mark.xfail(reason=case["misread"], strict=True),) if "misread" in case else ()
            yield pytest.param(case, id=f"{path.stem}: {case['name']}", marks=marks)


def _shown(text: str, reading) -> str:
    if reading is None:
        return ""
    if isinstance(reading, str):
        return reading
    if isinstance(reading, list):
        return "；".join(_shown(text, r) for r in reading)
    words = text[reading.start:reading.end]
    if reading.label not in ("all", "any", "local", "definition", "order", "both", "excluded", "reference", "held",
                             "further", "age", "line", "below", "excepted", "before", "reckoning", "details", "permit_law",
                             "scores", "permit", "other", "term", "seat", "label", "lead", "deeming", "shown",
                             "all_of", "route", "basis", "no_permit", "no_guardian", "shared"):
        return f"{reading.label} {words}"  # boilerplate: the reason, then the words that show it
    return f"{reading.value} {words}" if reading.value else words


def _after_break(reader, text: str):
    """A reader of a paragraph and the one before it (``text`` holds both, a line break between): the reading,
    placed in ``text``."""
    before, _, paragraph = text.rpartition("\n")
    reading = reader(paragraph, before)
    if reading is None or not before:
        return reading
    shift = len(before) + 1
    return replace(reading, start=reading.start + shift, end=reading.end + shift)


@pytest.mark.parametrize("case", _cases())
def test_reader_corpus(case):
    reader = READERS[case["reader"]]
    # places: the document's own place names, for the readers that take them (local_subject, heading_scope)
    extra = (tuple(case["places"]),) if "places" in case else ()
    told = {"year": case["year"]} if "year" in case else {}  # papers: the draft's year, in its title
    # read as the extractor hands a sentence to a reader: folded (policy_lint.normalise: 户口 the status as 户籍), shown
    # as written (folding keeps the length of a plain text); a text in traditional characters or with hidden ones is
    # given as written (the readers taking one fold it themselves)
    text = case["text"]
    folded = fold(text)
    plain = len(folded.text) == len(text) and not any(ord(ch) in traditional() for ch in text)
    # (the readers of a whole draft fold it themselves, as the extractor does, and show its words as written)
    read = folded.text if plain and case["reader"] not in _DRAFT_READERS else text
    assert _shown(text, reader(read, *extra, **told)) == case["expect"]


#: the readers that read a whole draft (the extractor's pass): given the text as written
_DRAFT_READERS = {"conditions", "private", "points_part", "schedules", "papers", "lengths"}


def test_every_reader_has_a_corpus_with_negative_examples():
    names = {case["reader"] for path in CORPORA.glob("*.toml")
             for case in tomllib.loads(path.read_text(encoding="utf-8"))["cases"]}
    assert names == set(READERS)
    negatives = {case["reader"] for path in CORPORA.glob("*.toml")
                 for case in tomllib.loads(path.read_text(encoding="utf-8"))["cases"] if case["expect"] == ""}
    assert negatives == set(READERS)
