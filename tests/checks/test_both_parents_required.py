"""PL108's clause around a both-parents phrase (policy_lint.checks.strictness.both_parents_required._clause):
one phrase governing several items is reported once, so the clause must be cut at the marks around it; and
_one_alternative, whether the phrase sits in one alternative of 或 within its value."""

from __future__ import annotations

from policy_lint.checks.strictness.both_parents_required import _clause, _one_alternative


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


# --- _one_alternative: whether a both-parents phrase sits in one alternative of 或 within its value ---------


def _alt(text: str, phrase: str = "父母双方") -> bool:
    start = text.index(phrase)
    return _one_alternative(text, start, start + len(phrase))


def test_an_alternative_before_the_phrase_in_its_value_lets_the_family_do_without_it():
    assert _alt("满一年，房产证或父母双方的居住证")  # the value after the last mark before the phrase
    assert _alt("房产证或XX区父母双方的居住证")  # a Latin letter is no mark: 或 is still in the value


def test_the_value_starts_after_the_nearest_mark_before_the_phrase():
    # an 或 two marks back belongs to another value
    assert not _alt("满一年，房产证或租赁合同，父母双方均在本县就业")
    # said first, of every alternative, even after a mark at the very start of the text
    assert not _alt("，父母双方的从业证明或用工合同")
    assert not _alt("满一年了吗，父母双方的证明或用工合同")


def test_the_value_ends_at_the_nearest_mark_after_the_phrase():
    assert not _alt("持有父母双方的居住证，房产证或租赁合同，满一年")
    assert _alt("满一年，持有父母双方的证明或合同")
    # with a mark before the phrase too, the end is looked for after it
    assert _alt("满一年，房产证或父母双方的居住证，满半年")


def test_an_or_inside_brackets_is_part_of_one_paper():
    assert not _alt("居住证（或暂住证）父母双方均持有")
    assert not _alt("居住证（甲（乙）或暂住证）父母双方均持有")  # nested brackets
    assert not _alt("居住证（X或暂住证）父母双方均持有")  # a Latin letter closes no bracket
    assert _alt("XX区父母双方的居住证或暂住证")  # nor opens one


def test_or_followed_by_a_guardian_is_no_alternative():
    assert not _alt("父母或其他法定监护人双方均持有", "监护人双方")
    assert not _alt("持有父母双方或其他法定监护人的居住证")
