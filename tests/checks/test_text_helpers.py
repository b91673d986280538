"""The negation helpers the free-text checks share (policy_lint.checks._text), at their edges."""

from __future__ import annotations

import re

from policy_lint.checks._text import first_affirmed, negated, negated_in_clause


def test_first_affirmed_passes_its_separators_on():
    # 除 reaches up to three characters back: across 、 only when 、 is not a clause separator
    pattern = re.compile("外县")
    assert first_affirmed(pattern, "除本区、外县") is not None  # 、 separates by default: 外县 is affirmed
    assert first_affirmed(pattern, "除本区、外县", separators="，") is None
    assert negated("除本区、外县", 4, separators="，")


def test_negated_in_clause_splits_only_at_clause_marks():
    # a Latin letter is no clause mark: 不得 still governs X光检查报告 (an X-ray report)
    text = "不得要求提供X光检查报告"
    assert negated_in_clause(text, text.index("报告"))
    assert not negated_in_clause("不得跨区，提供X光检查报告", len("不得跨区，提供X光检查"))


def test_negated_in_clause_knows_buyu():
    # 不予 is a negation word: 不予收取…借读费 negates the fee, and only within its clause (补缴的不予认可 negates
    # nothing of the clause before it)
    text = "不予收取借读费"
    assert negated_in_clause(text, text.index("借读费"))
    text = "缴纳城镇职工基本养老保险满半年，补缴的不予认可"
    assert not negated_in_clause(text, text.index("城镇职工"))
    assert negated_in_clause(text + "，不予认可城乡居民保险", len(text) + len("，不予认可"))
