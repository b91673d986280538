"""Durations, dates and ranges as counties write them, normalised."""

from __future__ import annotations

import datetime as dt

import pytest

from policy_lint import values as V
from policy_lint.build import housing_kind, normalise_material
from policy_lint.models import Housing


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("半年", 6), ("一年", 12), ("六个月", 6), ("12个月", 12), ("满1年", 12), ("三年", 36),
        ("持有满一年以上", 12), ("连续居住6个月以上", 6), ("居住满一年（含）", 12), ("１２个月", 12),
        ("一年半", 18), ("两年", 24), ("十二个月", 12), ("满1.5年", 18),
        ("2020年9月1日前在城区居住满半年", 6), ("9月1日前居住满一年", 12),
        ("合法稳定就业", None), ("2021年3月1日前取得居住证", None),
    ],
)
def test_duration_in_months(text, months):
    found = V.duration(text)
    assert (found[0] if found else None) == months


def test_duration_offsets_cover_the_phrase():
    months, start, end = V.duration("持有满一年以上")
    assert "持有满一年以上"[start:end] == "满一年以上"


D = dt.date
RANGES = [
    ("2021年7月1日至7月10日", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7月1日至10日", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7月1日—7月10日", (D(2021, 7, 1), D(2021, 7, 10))),
    ("2021.7.1-7.10", (D(2021, 7, 1), D(2021, 7, 10))),
    ("2021-07-01~2021-07-10", (D(2021, 7, 1), D(2021, 7, 10))),
    ("２０２１年７月１日", (D(2021, 7, 1), D(2021, 7, 1))),
    ("7月1日", (D(2021, 7, 1), D(2021, 7, 1))),
    ("13月1日", None),
    ("七月一日", (D(2021, 7, 1), D(2021, 7, 1))),  # Chinese numerals are read (issue 13)
    ("二〇二一年七月一日至二十日", (D(2021, 7, 1), D(2021, 7, 20))),
    ("十三月一日", None),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_date_ranges(text, expected):
    assert V.date_range(text, 2021) == expected


def test_a_date_without_year_needs_the_document_year():
    assert V.date_range("7月1日", None) is None


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("合法稳定住所", Housing.legal_stable),
        ("合法稳定住所（含租赁）", Housing.rental),
        ("房屋租赁合同（经备案）", Housing.rental),
        ("自有产权住房", Housing.owned),
        ("不动产权证书", Housing.owned),
        ("合法稳定住所（不含租赁）", Housing.owned),
        ("租赁住房不予认可", Housing.owned),
    ],
)
def test_housing_kind(raw, kind):
    assert housing_kind(raw) is kind


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("户口本", "户口簿"), ("独生子女证", "计划生育证明"), ("流动人口婚育证明", "计划生育证明"),
        ("超龄证明", "超过正常入学年龄证明"), ("老家无人监护证明", "户籍地无人监护证明"),
        ("房屋租赁合同原件及复印件", "住房证明"), ("居住证明", "住房证明"), ("居住证", "居住证"),
    ],
)
def test_material_names_are_normalised(raw, name):
    assert normalise_material(raw)[0] == name


def test_did_you_mean_skips_names_no_one_could_have_misspelt():
    from policy_lint.suggest import MAX_NAME, closest

    assert closest("证明材", ["证明材料", "入学条件"]) == "证明材料"
    assert closest("入学条件" * 20, ["入学条件"]) is None and len("入学条件" * 20) > MAX_NAME
    assert closest("甲乙丙丁戊己庚", ["甲"]) is None  # too many edits apart, rejected by length alone


@pytest.mark.parametrize(("text", "months"), [
    ("一年零六个月", 18), ("1年6个月", 18), ("一年又六个月", 18), ("0年12个月", 12), ("六个月零一年", 18),
    ("6个月又1天", 7), ("六个月加六个月", 12), ("6个月+6个月", 12), ("满一年零一个月", 13), ("满一百零六天", 4),
    ("满六个月以上，其中在本县满一年", 12), ("满一年，其中连续满六个月", 12),
])
def test_parts_are_summed_and_the_longest_of_several_is_required(text, months):
    assert V.duration(text)[0] == months


@pytest.mark.parametrize("text", ["满2个6个月", "满6个月6个月", "满半年半年", "满两个半年", "满6个月×2",
                                  "自2020年1月1日起持有居住证", "2021年3月1日前取得居住证"])
def test_a_product_a_repeated_unit_or_a_date_instead_of_a_length_is_unreadable(text):
    assert V.duration(text) is None
    assert V.unreadable_duration(text) is not None


def test_a_school_grade_or_a_year_of_account_is_no_length():
    # 小学一年级的招生对象… read as 一年 gave a false 12 months' residence (a real 深圳南山 sentence)
    from policy_lint import values as V

    assert V.duration("小学一年级的招生对象为在学区内居住的年满六周岁的适龄儿童") is None
    assert V.duration("2024年度") is None
    assert V.duration("在本区居住满一年")[0] == 12
