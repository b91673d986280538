"""PL108's clause around a both-parents phrase (policy_lint.checks.strictness.both_parents_required._clause):
one phrase governing several items is reported once, so the clause must be cut at the marks around it."""

from __future__ import annotations

from policy_lint.checks.strictness.both_parents_required import _clause


def test_the_clause_runs_from_the_mark_before_the_phrase_to_the_next_mark():
    text = "须满半年，父母均需提供房产证、户口簿。另需居住证"
    assert _clause(text, text.index("父母")) == "父母均需提供房产证"


def test_a_clause_at_the_start_or_the_end_of_the_text_runs_to_its_edge():
    assert _clause("父母均需在本县工作，满半年", 0) == "父母均需在本县工作"
    text = "满半年，父母均需在本县工作"
    assert _clause(text, text.index("父母")) == "父母均需在本县工作"
    assert _clause("父母均需在本县工作", 0) == "父母均需在本县工作"


def test_ascii_marks_cut_the_clause_too():
    text = "满半年;父母均需在本县工作,满一年"
    assert _clause(text, text.index("父母")) == "父母均需在本县工作"


def test_the_nearest_marks_on_each_side_bound_the_clause():
    text = "满半年，持证，父母均需提供房产证、户口簿、居住证"
    assert _clause(text, text.index("父母")) == "父母均需提供房产证"
    assert _clause("，父母均需在本县工作", 1) == "父母均需在本县工作"  # a mark at the very start
    text = "满半年，父母均需提供X光检查报告"  # a Latin letter is no mark
    assert _clause(text, text.index("父母")) == "父母均需提供X光检查报告"


def test_a_latin_letter_before_the_phrase_is_no_mark_either():
    text = "持XX区居住证的父母均需在本县工作"  # a template's XX left in
    assert _clause(text, text.index("父母")) == text
