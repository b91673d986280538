"""Durations, dates and ranges as counties write them, normalised."""

from __future__ import annotations

import datetime as dt
import math

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


# --- the edges the mutation run (scripts/mutation.py) found unguarded ------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("二十四", 24), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("一百零五", 105), ("三百零五", 305),
    ("一千零一十", 1010), ("一千二百三十四", 1234), ("两千", 2000), ("两百", 200), ("壹佰", 100), ("壹拾贰", 12),
    ("廿", 20), ("廿五", 25), ("零", 0), ("〇", 0), ("九", 9), ("12", 12), ("１２", None),
])
def test_chinese_numbers_with_tens_hundreds_and_thousands(text, number):
    assert V.chinese_number(text) == number


@pytest.mark.parametrize("text", [
    "", "两十", "一二十", "百", "千", "十十", "廿十", "廿二十", "一百五", "百十", "二十百", "一十二十", "零十", "十零十",
    "二三", "甲", "一" * 13, "1234567890123",
])
def test_what_is_not_a_chinese_number_is_not_read(text):
    assert V.chinese_number(text) is None


@pytest.mark.parametrize(("text", "months"), [
    ("满二十四个月", 24), ("满十个月", 10), ("居住满十年", 120), ("满廿四个月", 24), ("六个 月", 6), ("满六个 月以上", 6),
    ("满6 个 月", 6), ("满６个月", 6), ("满一年以上", 12), ("满一年及以上", 12), ("满2周", 1), ("满4周", 1), ("满5周", 2),
    ("满31天", 1), ("满32天", 2), ("满15日", 1), ("不低于15日", 1), ("满一年半", 18), ("满半年", 6),
])
def test_tens_a_spaced_unit_and_days_are_read(text, months):
    assert V.duration(text)[0] == months


def test_the_phrase_offsets_cover_a_spaced_unit_and_its_suffix():
    text = "居住满六个 月以上"
    months, start, end = V.duration(text)
    assert (months, text[start:end]) == (6, "满六个 月以上")


@pytest.mark.parametrize("text", ["自2020年以来居住", "2020年以来", "2021年9月起居住", "2020年9月1日前办理", "从2019年起"])
def test_a_bare_year_or_a_date_is_no_length(text):
    assert V.duration(text) is None
    start, end = V.unreadable_duration(text)
    assert start < end and any(ch.isdigit() for ch in text[start:end])


def test_a_date_before_a_length_leaves_the_length():
    text = "2021年9月前居住满一年"
    months, start, end = V.duration(text)
    assert (months, text[start:end]) == (12, "满一年")
    assert V.unreadable_duration(text) is None
    assert V.duration("2021年9月1日前居住满6个月")[0] == 6
    assert V.duration("2021年12月前居住满6个月")[0] == 6  # 12月 is the month of a date, not 12 months


@pytest.mark.parametrize("text", ["9月满1日", "每年9月入学", "于9月底前报名", "当年8月下旬", "9月份开学", "九月一日"])
def test_a_month_of_the_calendar_is_no_length(text):
    # a month without 个 followed by its day or a part of it, or after 每年/当年: a date, not N months
    assert V.duration(text) is None


@pytest.mark.parametrize("text, months", [("居住满6月", 6), ("连续居住6月以上", 6), ("满1年6月", 18), ("居住6月", 6),
                                          ("截至8月31日满1年", 12), ("当年8月31日前满6个月", 6)])
def test_a_month_as_a_length_stays_a_length(text, months):
    assert V.duration(text)[0] == months


def test_a_two_digit_year_with_its_month_is_no_length_of_years():
    # 21年9月 is how a county shortens 2021年9月: not 21 years (252 months)
    found = V.duration("21年9月1日前办理")
    assert found is None or found[0] < 12
    # without a day after the month: the two digits and the month alone make it a date
    assert V.duration("21年9月起居住满一年")[0] == 12 and V.duration("21年9月前居住满6个月")[0] == 6


def test_a_year_of_four_digits_is_a_date_however_it_is_followed():
    assert V.duration("居住满1900年") is None and V.duration("满2020年") is None
    assert V.duration("满1899年")[0] == 1899 * 12


@pytest.mark.parametrize(("text", "expected"), [
    ("7月1日～7月10日", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7月1日〜7月10日", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7月1日~10日", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7月1日 到 7月5日", (D(2021, 7, 1), D(2021, 7, 5))),
    ("7月1日——7月5日", (D(2021, 7, 1), D(2021, 7, 5))),
    ("2021/7/1", (D(2021, 7, 1), D(2021, 7, 1))),
    ("2021/7/1至2021/7/10", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7-10", (D(2021, 7, 10), D(2021, 7, 10))),
    ("7/10", (D(2021, 7, 10), D(2021, 7, 10))),
    ("7-1至7-10", (D(2021, 7, 1), D(2021, 7, 10))),
    ("7月1日至7-10", (D(2021, 7, 1), D(2021, 7, 10))),
    ("2022年7月1号", (D(2022, 7, 1), D(2022, 7, 1))),
    ("2021年2月30日", None),
    ("7月1日至2月30日", None),
    ("7月1日至abc", None),
    ("7月1日至", None),
    ("7月1日至10日止", None),
    ("7月1日和7月10日", None),
    ("10日", None),
])
def test_ranges_with_every_separator_and_date_form(text, expected):
    assert V.date_range(text, 2021) == expected


def test_a_day_alone_takes_the_month_only_from_a_range_start():
    assert V.date_range("7月1日至10日", 2021) == (D(2021, 7, 1), D(2021, 7, 10))
    assert V.date("10日", 2021) is None
    assert V.date("7月10日", 2021) == D(2021, 7, 10)
    assert V.date(" 2021年7月10日 ") == D(2021, 7, 10)
    assert V.date("7月10日", None) is None
    assert V.date("7月10日起", 2021) is None


@pytest.mark.parametrize(("text", "number"), [
    ("1,234", 1234), ("12,345人", 12345), ("一千二百", 1200), ("二十人", 20), ("３０名", 30), ("12个学位", 12),
    ("5位", 5), (" 5 ", 5), ("45 个", 45), ("十", 10), ("0", 0),
])
def test_integers_with_separators_units_and_chinese_numerals(text, number):
    assert V.integer(text) == number


@pytest.mark.parametrize("text", ["", "abc", "1.5", "-3", "1234567890123", "人", "五十多"])
def test_what_is_not_a_whole_number_is_not_read_as_one(text):
    assert V.integer(text) is None


@pytest.mark.parametrize(("text", "months"), [("满1年6月", 18), ("居住满2年3月", 27), ("满1年6月以上", 18)])
def test_years_and_months_without_ge_are_one_length(text, months):
    # 月 after a one-digit 年 is a length's months (before, 1年 was taken for a date's year and only 6 read)
    assert V.duration(text)[0] == months


@pytest.mark.parametrize(("text", "span"), [
    ("21年9月起居住", "21年9月起"), ("自21年9月起居住", "自21年9月起"), ("21年9月1日前办理", "21年9月1日前"),
])
def test_a_date_with_a_two_digit_year_where_a_length_is_expected_is_unreadable(text, span):
    # before, 9月 of 21年9月起 was read as a requirement of nine months
    assert V.duration(text) is None
    start, end = V.unreadable_duration(text)
    assert text[start:end] == span


@pytest.mark.parametrize(("text", "months"), [
    ("满1个月2周", 2), ("满1周3天", 1), ("满1周满3日", 1), ("满一年零六个月", 18), ("满一年，零六个月", 12),
    ("居住零个月", 0), ("廿九个月", 29), ("满123456789012天", math.ceil(123456789012 / 31)),
])
def test_parts_from_the_larger_unit_to_the_smaller_are_summed_and_others_are_not(text, months):
    assert V.duration(text)[0] == months


@pytest.mark.parametrize("text", ["满1年1周年", "满1周年1年", "满2周1周", "满3天2天", "满21年9月", "满1234567890123天"])
def test_the_same_unit_twice_a_date_or_a_number_too_long_is_not_a_length(text):
    assert V.duration(text) is None


def test_an_unreadable_length_is_shown_with_the_six_characters_after_its_cue():
    text = "居住满若干年以上的家庭子女"
    start, end = V.unreadable_duration(text)
    assert text[start:end] == "满若干年以上的"
    start, end = V.unreadable_duration("居住满若干")
    assert (start, end) == (2, 5)


@pytest.mark.parametrize(("text", "months", "phrase"), [
    ("居住满1年6个月", 18, "满1年6个月"),
    ("满1年6个月10天", 19, "满1年6个月10天"),
    ("满6个月又1日", 7, "满6个月又1日"),
    ("15日内登记，居住满一年", 12, "满一年"),
    ("满六个月，其中在本县满6个月", 6, "满六个月"),  # of two equal lengths, the first is shown
])
def test_the_length_read_and_the_words_it_is_read_from(text, months, phrase):
    found, start, end = V.duration(text)
    assert (found, text[start:end]) == (months, phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("2个6个月", "6个月"), ("满6个月6个月", "满6个月6个月"), ("居住满半年半年", "满半年半年"), ("满6个月×2", "满6个月"),
])
def test_an_unreadable_product_or_repetition_is_shown_whole(text, phrase):
    assert V.duration(text) is None
    start, end = V.unreadable_duration(text)
    assert text[start:end] == phrase


def test_a_number_of_twelve_digits_is_read_and_one_of_thirteen_is_not():
    assert V.chinese_number("123456789012") == 123456789012 and V.integer("123456789012") == 123456789012
    assert V.chinese_number("1234567890123") is None and V.integer("1234567890123") is None


@pytest.mark.parametrize("text", ["满2乘以6个月", "满2乘6个月", "满两个乘六个月以上"])
def test_a_length_multiplied_in_words_is_not_read(text):
    assert V.duration(text) is None and V.unreadable_duration(text) is not None


def test_the_phrase_of_a_length_takes_its_suffix():
    for text, phrase in (("居住满一年及以上", "满一年及以上"), ("居住满一年（含）", "满一年（含）"), ("满6个月(含)", "满6个月(含)")):
        months, start, end = V.duration(text)
        assert text[start:end] == phrase


@pytest.mark.parametrize("text", ["符合条件的家庭满足要求", "群众满意", "合同期满的家庭", "期满后续签", "名额已满，"])
def test_words_with_man_that_announce_no_length(text):
    assert V.duration(text) is None and V.unreadable_duration(text) is None


def test_a_school_grade_or_a_year_of_account_is_no_length():
    # 小学一年级的招生对象… read as 一年 gave a false 12 months' residence (a real 深圳南山 sentence)
    from policy_lint import values as V

    assert V.duration("小学一年级的招生对象为在学区内居住的年满六周岁的适龄儿童") is None
    assert V.duration("2024年度") is None
    assert V.duration("在本区居住满一年")[0] == 12


def test_a_length_within_which_another_is_counted_is_a_window_not_the_requirement():
    from policy_lint.values import duration

    assert duration("一年内（至2024年6月30日）参加本市职工社会保险满6个月")[0] == 6
    assert duration("近两年内累计缴纳满12个月")[0] == 12
    assert duration("一年内参加社保")[0] == 12  # alone, it is the only length read


def test_a_year_followed_by_a_month_and_day_is_a_date_whatever_its_digits():
    from policy_lint.values import duration

    assert duration("一年内（至202 年6月30日）参加社会保险满6个月")[0] == 6


def test_days_counted_after_a_month_are_no_length():
    # 每月满15日 counts days in each month, not a length of half a month: not read (and so unreadable, shown)
    assert V.duration("社保每月满15日") is None
    assert V.unreadable_duration("社保每月满15日") == (4, 8)


def test_a_chinese_month_or_day_that_is_no_number_is_left_as_written():
    assert V.cn_date_digits("七月一二日") == "7月一二日"
    assert V.date_range("七月一二日", 2024) is None and V.date_range("二〇二四年七月两十日") is None


@pytest.mark.parametrize("text, year, expected", [
    # the whole months from the start to the intake's 9月1日: a start on the 1st counts its month, a later day not
    ("签订劳动合同（2021年9月前至今有效）", 2022, (12, 7, 14)),
    ("2019年8月31日前注册并依法纳税且连续至今", 2020, (12, 0, 7)),
    ("2019年8月1日前注册并依法纳税且连续至今", 2020, (13, 0, 7)),
    ("自2020年1月以前入职至今", 2022, (32, 1, 8)),
    ("２０２０年１月之前入职至今", 2021, (20, 0, 7)),  # full-width digits, offsets in the text as written
    ("2020年12月前至今", 2021, (9, 0, 8)),
    ("2021年8月前至今", 2021, (1, 0, 7)),  # one month: the least a start asks is still asked
])
def test_a_start_dated_before_the_intake_asks_the_months_since(text, year, expected):
    assert V.tenure_since(text, year) == expected
    months, start, end = expected
    assert text[start:end].endswith("月")  # the date up to its month, the words a finding is placed on


@pytest.mark.parametrize("text, year", [
    ("2021年9月前至今", None),           # no year to count to
    ("2022年9月前至今", 2022),           # the start is the intake itself: nothing asked
    ("2023年3月前至今", 2022),           # after the intake
    ("2021年13月前至今", 2022),          # no such month
    ("2021年0月前至今", 2022),
    ("2021年9月前签订，合同至今有效", 2022),  # 至今 in another clause
    ("2021年9月后至今", 2022),           # a start after a date is no start before it
])
def test_no_time_worked_is_read_without_a_start_before_the_intake(text, year):
    assert V.tenure_since(text, year) is None


def test_a_start_in_january_counts_from_january():
    assert V.tenure_since("2021年1月前至今", 2021) == (8, 0, 7)
    assert V.tenure_since("2021年1月2日前至今", 2021)[0] == 7


@pytest.mark.parametrize("text, year, months, words", [
    # a deadline for getting the paper, in a year before the intake: the months held at the intake's 9月1日
    ("《居住证》（2018年4月30日前办理）", 2019, 16, "2018年4月30日前办理"),
    ("进城务工人员在本区居住满一年的《居住证》（因疫情原因，2022年调整为2021年5月30日前办理）", 2022, 15, "2021年5月30日前办理"),
    ("居住证、营业执照、按规定缴纳的保险、房屋租赁备案办理时间须在2023年12月31日前，截止信息采集日持续有效", 2024, 8,
     "办理时间须在2023年12月31日前"),
    ("居住证签发日期应在2021年9月1日之前", 2022, 12, "签发日期应在2021年9月1日之前"),
    ("营业执照2020年3月1日以前注册", 2021, 18, "2020年3月1日以前注册"),
    ("社会保险2023年6月（含）前参保", 2024, 15, "2023年6月（含）前参保"),
    ("房屋租赁合同须于2022年12月31日前登记备案", 2023, 8, "2022年12月31日前登记"),
    ("营业执照（2021年9月1日前注册）", 2022, 12, "2021年9月1日前注册"),
    # a start as such: the months since
    ("自2020年1月1日起持有居住证", 2021, 20, "自2020年1月1日起"),
    ("从2023年3月起连续缴纳社会保险", 2024, 18, "从2023年3月起"),
    # a start to this day: tenure_since's reading
    ("居住证至少在2019年8月31日前办理且连续至今", 2020, 12, "2019年8月"),
])
def test_a_deadline_of_an_earlier_year_asks_the_months_held_since(text, year, months, words):
    found = V.held_since(text, year)
    assert found is not None and found[0] == months and text[found[1]:found[2]] == words


@pytest.mark.parametrize("text, year", [
    ("持有我市居住证（签发时间应于2022年7月31日前）", 2022),   # the intake's own year: the cut-off for applying
    ("《居住证》（2018年4月30日前办理）", None),              # no year to count to
    ("2016年1月1日前办理的，根据规定按有效期限连续计算", 2018),  # whose papers a rule is about, no deadline
    ("2010年1月1日前办理的《广州市暂住证》，有效年限连续计算", 2018),
    ("2021年9月前签订，合同至今有效", 2022),                  # a contract's date: not a deadline for getting a paper
    ("2024年7月1日前报名", 2025),                              # an enrolment date, not a paper's
    ("自2025年9月1日起施行", 2025),                            # a start at or after the intake asks nothing
])
def test_no_holding_time_is_read_from_a_cut_off_or_a_clause_about_old_papers(text, year):
    assert V.held_since(text, year) is None


def test_the_words_of_a_deadline_read_alone_as_the_same_length():
    # the extractor writes the shared deadline of several papers beside each (居住证、营业执照…办理时间须在…前)
    text = "居住证、营业执照、房屋租赁备案办理时间须在2023年12月31日前"
    months, start, end = V.held_since(text, 2024)
    assert V.held_since(text[start:end], 2024)[0] == months == 8


@pytest.mark.parametrize("text, months", [
    ("20234月连续缴纳至少6个月", 6),   # 天津和平 2023: 2023年4月 with 年 left out, then the length
    ("自202304月起连续缴纳满12个月", 12),
    ("满12月", 12), ("满2023月", 2023),  # a length written with 月, however large, is still a length
])
def test_a_year_run_into_its_month_is_a_date_not_a_length(text, months):
    assert V.duration(text)[0] == months
