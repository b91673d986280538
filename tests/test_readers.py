"""One runner for every reader's corpus of real sentences (tests/readers/<reader>.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from policy_lint import intake_year, places
from policy_lint.extract.readers import (boilerplate, condition, contract_term, designated, material_condition, parents,
                                         points, precedence, running, scope, transfer)

CORPORA = Path(__file__).parent / "readers"
READERS = {
    "local_subject": scope.local_subject,
    "heading_scope": scope.heading_scope,
    "definition": scope.definition,
    "admission_order": scope.admission_order,
    "hukou_exclusion": scope.hukou_exclusion,
    "material_condition": material_condition.read,
    "contract_term": contract_term.read,
    "transfer": transfer.read,
    "boilerplate": boilerplate.read,
    "parents": parents.both,
    "parents_excepted": parents.excepted,
    "condition_reference": lambda text: condition.references(text) or None,
    "held_with_residence": condition.held_with_residence,
    "housed_with_residence": condition.housed_with_residence,
    "further_condition": lambda text: condition.further(text) or None,
    "age": condition.age,
    "before_papers": lambda text: running.before_papers(text, re.search(r"提交|提供|出示|携带|递交|出具", text).start()),
    "reckoning": running.reckoning,
    "details": running.details,
    "permit_law": running.permit_law,
    "names_migrants": lambda text: "migrants" if scope.names_migrants(text) else None,
    "designated": designated.read,
    "precedence": precedence.read,
    "points_line": points.line,
    "points_below": points.below,
    "intake_year": lambda text: _years(text, intake_year.intake),
    "birth_cutoff": lambda text: _years(text, intake_year.cutoff),
    "reference_date": lambda text: _years(text, intake_year.reference),
    "effective_date": lambda text: _years(text, intake_year.effective),
    "deadline": lambda text: _years(text, intake_year.deadlines),
    "body_county": lambda text: "；".join(m.found.text if len(m.units) != 1 else m.units[0].name + "*" * (m.office or m.local)
                                         for m in places.body_mentions({1: text}, None, "county")
                                         if not (m.listed or m.origin)) or None,
    "zone": lambda text: (lambda r: r.county if r.zone else None)(places.read({1: text})),
}


def _years(text: str, reader) -> str | None:
    """A year reader's readings as "<year> <the words>" (policy_lint/intake_year.py)."""
    return "；".join(f"{r.year} {text[r.start:r.end]}" for r in reader(text)) or None


def _cases() -> list:
    return list(_each())


def _each():
    for path in sorted(CORPORA.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["cases"]:
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


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
                             "term"):
        return f"{reading.label} {words}"  # boilerplate: the reason, then the words that show it
    return f"{reading.value} {words}" if reading.value else words


@pytest.mark.parametrize("case", _cases())
def test_reader_corpus(case):
    reader = READERS[case["reader"]]
    # places: the document's own place names, for the readers that take them (local_subject, heading_scope)
    extra = (tuple(case["places"]),) if "places" in case else ()
    assert _shown(case["text"], reader(case["text"], *extra)) == case["expect"]


def test_every_reader_has_a_corpus_with_negative_examples():
    names = {case["reader"] for path in CORPORA.glob("*.toml")
             for case in tomllib.loads(path.read_text(encoding="utf-8"))["cases"]}
    assert names == set(READERS)
    negatives = {case["reader"] for path in CORPORA.glob("*.toml")
                 for case in tomllib.loads(path.read_text(encoding="utf-8"))["cases"] if case["expect"] == ""}
    assert negatives == set(READERS)
