"""The value readers (policy_lint/values.py) take any text: they return a value or ``None``, never
raise, and the offsets they return lie inside the text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_lint import values as V

from .properties import long, small

#: text made of what values are made of, so that most draws come close to a value
PIECES = ["满", "连续", "半", "年", "个", "月", "日", "号", "至", "—", "-", "~", ".", "．", "以上", "（含）",
          "一", "二", "两", "十", "百", "零", "〇", "0", "1", "2", "9", "１", "２", "2021", "9999", "0000",
          "13", "31", "99", " ", "\u3000", "人", ",", "9" * 40, "1" * 13]
value_text = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
    st.text(max_size=30),
)


def _readers(text: str, year: int | None) -> None:
    found = V.duration(text)
    if found is not None:
        months, start, end = found
        assert isinstance(months, int) and months >= 0
        assert 0 <= start < end <= len(text)
    single = V.date(text, year)
    assert single is None or isinstance(single, dt.date)
    span = V.date_range(text, year)
    assert span is None or all(isinstance(d, dt.date) for d in span)
    number = V.integer(text)
    assert number is None or (isinstance(number, int) and number >= 0)
    assert V.chinese_number(text) is None or isinstance(V.chinese_number(text), int)


@small
@given(text=value_text, year=st.one_of(st.none(), st.integers(1, 9999)))
def test_value_readers_never_raise(text, year):
    _readers(text, year)


@pytest.mark.fuzz
@long
@given(text=value_text, year=st.one_of(st.none(), st.integers(1, 9999)))
def test_value_readers_never_raise_long(text, year):
    _readers(text, year)


@pytest.mark.parametrize("text", ["9" * 400 + "个月", "满" + "9" * 400 + ".5年", "1" * 5000 + "个月", "1" * 100_000,
                                  "一" * 100_000])
def test_absurdly_long_numbers_are_not_read(text):
    """Found by fuzzing: a 400-digit month count overflowed a float (OverflowError), and 5,000
    digits exceed Python's int-from-string limit (ValueError).  No one writes such a number.
    A run of digits is tried once, not from each of its positions (100,000 digits would take
    minutes if the search were quadratic)."""
    assert V.duration(text) is None
    assert V.integer(text) is None


def test_half_years_are_exact():
    """Found by fuzzing: 1.5年 was computed in floating point, so long numbers came out wrong."""
    assert V.duration("99999999999.5年")[0] == 99999999999 * 12 + 6  # 12 digits: still read
    assert V.duration("1.5年")[0] == 18
    assert V.duration("1.25年")[0] == 15
    assert V.duration("1.3年") is None  # 15.6 months is not a whole number of months


@pytest.mark.parametrize("text", ["²", "①", "②人", "¹²"])
def test_digits_that_int_refuses_are_not_numbers(text):
    """Found by fuzzing: ``str.isdigit`` accepts ² and ① but ``int`` refuses them (ValueError), so
    ``核定计划: ①`` crashed the builder."""
    assert V.integer(text) is None
    assert V.chinese_number(text) is None
