"""The rules builder (policy_lint/build.py) field by field: each section and key, under its name or an alias,
to the model's field, with its value and its span; and the edges of its value readers.

tests/test_parse_errors.py has the errors; this file what a document that reads is read as.  The expected model
of tests/data/builder/every_key.rules is written out in every_key.expected.json (a span as
``line:column-end_line:end_column``): a change to it must be a change of reading, made on purpose."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from policy_lint.build import did_you_mean, known, lookup, name_key, normalise_material, parse, SECTIONS, GROUPS
from policy_lint.errors import InputError
from policy_lint.models import ConditionKind, Housing
from policy_lint.source import decode

DATA = Path(__file__).parent / "data" / "builder"


def build(src: str):
    return parse(decode(textwrap.dedent(src).lstrip("\n").encode("utf-8"), "b.rules"))


def problems(src: str):
    with pytest.raises(InputError) as info:
        build(src)
    return info.value.problems


def compact(value):
    """A model dump with each span as ``line:column-end_line:end_column``."""
    if isinstance(value, dict):
        if set(value) == {"line", "column", "end_line", "end_column"}:
            return f"{value['line']}:{value['column']}-{value['end_line']}:{value['end_column']}"
        return {key: compact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def test_every_section_and_key_under_an_alias_is_read_into_its_field():
    rules = parse(decode((DATA / "every_key.rules").read_bytes(), "every_key.rules"))
    expected = json.loads((DATA / "every_key.expected.json").read_text(encoding="utf-8"))
    got = compact(rules.model_dump(mode="json"))
    for key in expected:  # one field at a time, so that a failure names it
        assert got[key] == expected[key], key
    assert got == expected


def test_the_year_is_read_first_wherever_it_stands_so_a_date_without_one_takes_it():
    rules = build("""
        基本信息 {
            报送日期: 6月3日
            年度: ２０２１
        }
        招生安排 {
            公办 {
                报名: 7月1日至7月10日
            }
        }
    """)
    assert str(rules.metadata.submitted.value) == "2021-06-03" and rules.metadata.year.value == 2021
    assert str(rules.schedules[0].registration.start) == "2021-07-01"


def test_the_metadata_section_is_read_first_even_when_written_last():
    rules = build("""
        招生安排 {
            公办 {
                报名: 7月1日
            }
        }
        基本信息 {
            年度: 2022
        }
    """)
    assert str(rules.schedules[0].registration.start) == "2022-07-01"


def test_a_date_without_a_year_in_a_document_without_one_says_the_year_is_missing_and_a_malformed_one_does_not():
    (problem,) = problems("基本信息 {\n    报送日期: 6月3日\n}\n")
    assert "没有写年份" in problem.message.zh
    (problem,) = problems("基本信息 {\n    报送日期: 6月35日\n}\n")
    assert "没有写年份" not in problem.message.zh and "无法识别日期" in problem.message.zh
    (problem,) = problems("招生安排 {\n  公办 {\n    报名: 7月35日\n  }\n}\n")
    assert "没有写年份" not in problem.message.zh
    assert (problem.line, problem.column, problem.end_column) == (3, 9, 14)


def test_a_key_that_takes_one_value_refuses_two_at_the_pair():
    found = problems("基本信息 {\n    省: 山西省、浙江省\n    年度: 2021、2022\n    报送日期: 6月1日、6月2日\n}\n"
                     "招生安排 {\n  公办 {\n    报名: 7月1日、7月2日\n  }\n}\n"
                     "民办学校 {\n    核定计划: 1、2\n}\n")
    assert [(p.line, p.column) for p in found] == [(2, 5), (3, 5), (4, 5), (8, 5), (12, 5)]
    assert all("只能有一个取值" in p.message.zh for p in found)
    assert "「省」" in found[0].message.zh and "「核定计划」" in found[-1].message.zh
    assert found[1].message.zh == "「年度」只能有一个取值。"


def test_a_value_left_as_a_placeholder_is_no_error_but_a_placeholder():
    rules = build("基本信息 {\n    年度: 2022\n    报送日期: 2022年X月X日\n}\n")
    assert rules.metadata.submitted is None
    (blank,) = rules.placeholders
    assert (blank.key, blank.section, blank.span.line) == ("报送日期", "基本信息", 3)
    assert blank.span.column == 16 and blank.span.end_column > blank.span.column  # at X月X日
    assert blank.span.end_line == 3


def test_an_error_spanning_lines_ends_at_the_end_of_its_first_line():
    (problem,) = problems("基本信心 {\n    省: 山西省\n}\n")
    assert (problem.line, problem.column, problem.end_column) == (1, 1, 5)


def test_problems_are_sorted_by_line_then_column():
    found = problems("民办学校 {\n    核定计划: 很多\n}\n基本信心 {\n}\n入学条件 {\n    居住正: 满半年\n}\n")
    assert [(p.line, p.column) for p in found] == [(2, 11), (4, 1), (7, 5)]


@pytest.mark.parametrize(("src", "line", "column", "zh"), [
    pytest.param("基本信息 {\n    户口簿\n}\n", 2, 5, "而这里是「户口簿」", id="an item in a section of pairs"),
    pytest.param("基本信息 {\n    某块 {\n    }\n}\n", 2, 5, "中不能嵌套「某块」", id="a block in 基本信息"),
    pytest.param("入学条件 {\n    之二 {\n        居住: 满半年\n    }\n}\n", 2, 5, "之一", id="an unknown group has a did-you-mean"),
    pytest.param("证明材料 {\n    子块 {\n    }\n}\n", 2, 5, "中不能嵌套「子块」", id="a block among materials"),
    pytest.param("招生安排 {\n    报名: 7月1日\n}\n", 2, 5, "公办", id="a pair outside a school-kind block"),
    pytest.param("招生安排 {\n    户口簿\n}\n", 2, 5, "户口簿", id="an item outside a school-kind block"),
    pytest.param("招生安排 {\n  公力 {\n  }\n}\n", 2, 3, "公办", id="an unknown school kind has a did-you-mean"),
    pytest.param("招生安排 {\n  公办 {\n  }\n  公办学校 {\n  }\n}\n", 4, 3, "第一次在第 2 行", id="a school kind twice under two names"),
    pytest.param("招生安排 {\n  公办 {\n    报名: 2021年7月1日至abc\n  }\n}\n", 3, 9, "无法识别", id="a range with an unreadable end"),
    pytest.param("入学条件 {\n    居住证: 持有满若干年\n}\n", 2, 12, "时长无法读出", id="an unreadable length of a permit"),
    pytest.param("入学条件 {\n    社保: 自2020年1月1日起缴纳\n}\n", 2, 9, "时长无法读出", id="a start date instead of a length of insurance"),
    pytest.param("入学条件 {\n    就业: 满2个6个月\n}\n", 2, 12, "时长无法读出", id="a product as a length of employment"),
    pytest.param("入学条件 {\n    居住: 居住满一年，满2个6个月\n}\n", 2, 18, "时长无法读出", id="a product beside a length of residence"),
    pytest.param("入学条件 {\n    居住: 在本地实际居住\n}\n", 2, 9, "时长", id="residence without a length"),
    pytest.param("民办学校 {\n    计划招生: 多名\n}\n", 2, 11, "无法识别数字", id="an unreadable planned number"),
    pytest.param("基本信息 {\n    年度: 21\n}\n", 2, 9, "无法识别年度", id="a year of two digits"),
])
def test_each_misplaced_or_unreadable_entry_is_refused_at_its_place(src, line, column, zh):
    first = problems(src)[0]
    assert (first.line, first.column) == (line, column)
    assert zh in first.message.zh


def test_a_residence_condition_with_a_start_date_and_a_length_takes_the_length():
    (condition,) = build("入学条件 {\n    居住: 自2020年9月1日起居住满一年\n}\n").conditions.items
    assert condition.months == 12 and condition.kind is ConditionKind.residence


def test_a_permit_without_a_length_is_read_without_one_and_a_bare_date_is_refused():
    (condition,) = build("入学条件 {\n    居住证: 持有有效居住证\n    户籍: 2020年起落户\n}\n").conditions.items[:1]
    assert condition.months is None and condition.months_span is None
    (problem,) = problems("入学条件 {\n    居住证: 2020年9月1日前办理\n}\n")
    assert (problem.line, problem.column) == (2, 10)


def test_the_longest_length_of_several_values_is_the_requirement_and_its_span_is_in_its_value():
    (condition,) = build("入学条件 {\n    居住证: 持有满半年、“满一年”、满三个月\n}\n").conditions.items
    assert condition.months == 12
    assert (condition.months_span.column, condition.months_span.end_column) == (17, 20)  # inside the quotes


def test_a_social_insurance_payer_is_every_value_naming_one():
    (condition,) = build("入学条件 {\n    社保: 缴纳满6个月、父亲或母亲、监护人\n}\n").conditions.items
    assert condition.payer == "父亲或母亲、监护人"
    (condition,) = build("入学条件 {\n    社保: 缴纳满6个月\n}\n").conditions.items
    assert condition.payer is None


@pytest.mark.parametrize(("raw", "kind"), [("合法稳定住所", Housing.legal_stable), ("租赁住房", Housing.rental),
                                           ("自有产权住房（不含租赁）", Housing.owned)])
def test_a_housing_condition_gets_its_kind_and_no_other_condition_does(raw, kind):
    housing, other = build(f"入学条件 {{\n    住所: {raw}\n    其他: {raw}\n}}\n").conditions.items
    assert housing.housing is kind and other.housing is None


def test_a_selection_keeps_the_clauses_no_negation_opens():
    (schedule,) = build("招生安排 {\n  民办 {\n    选拔: 不组织考试、面试；测评、面谈\n  }\n}\n").schedules
    assert [v.value for v in schedule.selection] == ["测评", "面谈"]
    (schedule,) = build("招生安排 {\n  民办 {\n    选拔: 不得组织\n  }\n}\n").schedules
    assert schedule.selection == ()
    (schedule,) = build("招生安排 {\n  民办 {\n    选拔: 面试\n    超额: 摇号\n  }\n}\n").schedules
    assert [v.value for v in schedule.selection] == ["面试"] and schedule.oversubscription.value == "摇号"


def test_hidden_characters_are_found_in_names_and_values_once_each_and_placed_inside_quotes():
    rules = build("基本信息 {\n    省\u200b: “山\u200b西\u200b省”\n}\n入学条件 {\n    其他: 提供户口\u200d簿\n}\n"
                  "证明材料 {\n    户口簿、居住\u200b证\n}\n")
    found = [(h.word, h.count, h.span.line, h.span.column, h.span.end_column) for h in rules.hidden]
    assert found == [("省", 1, 2, 6, 7), ("山西省", 2, 2, 11, 12), ("提供户口簿", 1, 5, 13, 14), ("居住证", 1, 8, 11, 12)]
    assert rules.hidden[0].kind == "invisible"


def test_a_document_without_placeholders_has_none():
    assert build("基本信息 {\n    省: 山西省\n}\n").placeholders == ()


def test_materials_drop_their_numbering_and_notes_of_copies():
    rules = build("证明材料 {\n    1. 户口本\n    ２、居住证\n    (3)租赁合同\n    一、出生证明\n}\n")
    assert [(m.raw, m.name, m.known) for m in rules.materials] == [
        ("户口本", "户口簿", True), ("居住证", "居住证", True), ("租赁合同", "住房证明", True), ("出生证明", "出生医学证明", True)]
    assert rules.materials_span.line == 1


def test_names_are_looked_up_folded_and_by_alias():
    assert lookup(SECTIONS, " 入學條件 ") == "入学条件" and lookup(SECTIONS, "报名条件") == "入学条件"
    assert lookup(GROUPS, "任一") == "之一" and lookup(GROUPS, "同时具备") == "同时具备"
    assert lookup(SECTIONS, "无此节") is None
    said = did_you_mean("基本信心", SECTIONS)
    assert "基本信息" in said.zh and "基本信息" in said.en
    assert did_you_mean("符合下列条件之", GROUPS).zh.count("符合下列条件之一") == 1
    assert did_you_mean("完全无关的名字甲乙丙", SECTIONS).zh == ""
    assert known({"甲": (), "乙": ()}) == "甲、乙"
    assert name_key("独 生-子/女证") == "独生子女证" and name_key("a b") == "a b"
    assert normalise_material("  某某证明（原件）  ") == ("某某证明", False)


def test_a_misspelt_alias_is_offered_as_itself_whatever_its_place_among_the_aliases():
    from policy_lint.build import SCHEDULE_KEYS, SCHOOL_KINDS

    assert did_you_mean("申请条仵", SECTIONS).zh == "是否指「申请条件」？"  # the second of 入学条件's aliases
    assert did_you_mean("报名时问", SCHEDULE_KEYS).zh == "是否指「报名时间」？"  # a table with an entry of no aliases
    assert did_you_mean("公办小学校", SCHOOL_KINDS).zh == "是否指「公办小学」？"  # (kind, aliases) entries


def test_an_item_outside_a_school_kind_block_is_named_as_written():
    (problem,) = problems("招生安排 {\n    户口簿、居住证\n}\n")
    assert "「户口簿、居住证」" in problem.message.zh


def test_a_date_without_a_year_is_tried_in_a_leap_year():
    (problem,) = problems("基本信息 {\n    报送日期: 2月29日\n}\n")
    assert "「2月29日」没有写年份" in problem.message.zh
    (problem,) = problems("招生安排 {\n  公办 {\n    报名: 2月28日至2月29日\n  }\n}\n")
    assert "「2月28日至2月29日」没有写年份" in problem.message.zh


def test_an_unreadable_date_or_range_is_quoted_in_its_message():
    (problem,) = problems("基本信息 {\n    报送日期: 6月35日\n}\n")
    assert "6月35日" in problem.message.zh and "6月35日" in problem.message.en
    (problem,) = problems("招生安排 {\n  公办 {\n    报名: 7月1日至7月35日\n  }\n}\n")
    assert "7月1日至7月35日" in problem.message.zh


def test_a_value_or_a_section_name_still_to_be_filled_in_is_a_placeholder_not_an_error():
    rules = build("民办学校 {\n    核定计划: XX\n}\n")
    assert rules.private.approved_plan is None
    assert [(p.marker, p.key, p.section) for p in rules.placeholders] == [("XX", "核定计划", "民办学校")]
    rules = build("XX {\n    省: 山西省\n}\n")
    assert rules.metadata.province is None and [p.marker for p in rules.placeholders] == ["XX"]


@pytest.mark.parametrize(("section", "key"), [("在校管理", "编班方式"), ("学位保障", "学位数")])
def test_an_unknown_key_names_the_section_as_written(section, key):
    (problem,) = problems(f"{section} {{\n    {key}: 有\n}}\n")
    assert f"「{section}」" in problem.message.zh and f"「{key}」" in problem.message.zh


@pytest.mark.parametrize(("src", "section"), [
    ("积分入学 {\n    积分办: 有\n}\n", "积分入学"), ("民办学校 {\n    招生计划数: 1\n}\n", "民办学校"),
    ("招生安排 {\n  公办 {\n    报名时: 7月1日\n  }\n}\n", "公办"),
])
def test_an_unknown_key_names_the_block_it_is_in(src, section):
    (problem,) = problems(src)
    assert problem.message.zh.startswith(f"「{section}」中没有")


def test_every_problem_of_the_private_schools_section_is_reported_and_its_number_quoted():
    found = problems("民办学校 {\n    核定计划: 1、2\n    计划招生: 很多\n    范围: 全市\n    招生人数x: 1\n}\n")
    assert [(p.line, p.column) for p in found] == [(2, 5), (3, 11), (5, 5)]
    assert "「很多」" in found[1].message.zh


def test_every_problem_of_a_school_kind_block_is_reported_and_each_value_quoted():
    found = problems("基本信息 {\n    年度: 2021\n}\n招生安排 {\n  公办 {\n    录取: 7月10日至7月1日\n    报名: 7月1日、7月2日\n"
                     "    摇号: 7月35日\n    未知: 有\n  }\n}\n")
    assert [p.line for p in found] == [6, 7, 8, 9]
    assert "「7月10日至7月1日」的结束早于开始" in found[0].message.zh
    assert found[1].message.zh == "「报名」只能有一个取值。" and "7月35日" in found[2].message.zh


def test_every_problem_of_the_schedule_section_is_reported_with_its_names():
    found = problems("招生安排 {\n    报名: 7月1日\n  公力 {\n  }\n  公办 {\n  }\n  公办学校 {\n  }\n  民力 {\n  }\n}\n")
    assert [(p.line, p.column) for p in found] == [(2, 5), (3, 3), (7, 3), (9, 3)]
    assert found[0].message.zh.startswith("「招生安排」中不能嵌套「报名」。请分别写在「公办 { }」和「民办 { }」中。")
    assert found[1].message.zh == "未知的节「公力」。是否指「公办」？可用的节：公办、民办。"
    assert "「公办」" in found[2].message.zh and "第一次在第 5 行" in found[2].message.zh


def test_every_problem_among_the_materials_is_reported_naming_the_section_as_written():
    found = problems("报名材料 {\n    户口簿: 原件\n    子块 {\n    }\n    居住证: 原件\n    子块二 {\n    }\n}\n")
    assert [(p.line, p.column) for p in found] == [(2, 5), (3, 5), (5, 5), (6, 5)]
    assert found[0].message.zh.startswith("「报名材料」中")
    assert found[1].message.zh == "「报名材料」中不能嵌套「子块」。"
    assert found[1].message.en == "'子块' cannot be nested in '报名材料'. "  # no hint


def test_of_two_equal_lengths_the_first_is_the_requirement_and_a_length_of_days_counts():
    (condition,) = build("入学条件 {\n    居住证: 持有满一年、满12个月\n}\n").conditions.items
    assert condition.months == 12 and (condition.months_span.column, condition.months_span.end_column) == (12, 15)
    (condition,) = build("入学条件 {\n    社保: 缴纳满15天\n}\n").conditions.items
    assert condition.months == 1  # 15 days: rounded up to one month


def test_a_date_beside_a_length_in_another_value_is_a_cut_off_not_an_unreadable_length():
    (condition,) = build("入学条件 {\n    居住: 居住满一年、2020年9月1日前\n}\n").conditions.items
    assert condition.months == 12
    (problem,) = problems("入学条件 {\n    居住证: 2020年9月1日前\n}\n")
    assert "「2020年9月1日前」中的时长无法读出" in problem.message.zh


def test_the_sections_problems_name_the_section_and_the_later_sections_are_still_read():
    src = "基本信心 {\n}\n基本信息 {\n    省: 山西省\n}\n基本情况 {\n}\n民办学校 {\n    核定计划: 很多\n}\n"
    with pytest.raises(InputError) as info:
        build(src)
    error = info.value
    assert error.path == "b.rules" and error.source_text == src
    unknown, duplicate, number = error.problems
    assert unknown.message.zh == ("未知的节「基本信心」。是否指「基本信息」？可用的节：" + "、".join(SECTIONS) + "。")
    assert duplicate.message.zh == "「基本信息」一节重复出现（第一次在第 3 行）。请合并为一节。"
    assert (duplicate.line, number.line) == (6, 9)


def test_the_condition_groups_problems_name_the_group_and_the_later_entries_are_still_read():
    found = problems("入学条件 {\n    之二 {\n        居住: 满半年\n    }\n    之一 {\n    }\n    居住正: 满半年\n}\n")
    assert [(p.line, p.column) for p in found] == [(2, 5), (5, 5), (7, 5)]
    assert found[0].message.zh.startswith("「入学条件」中不能嵌套「之二」。")
    assert found[1].message.zh == "「之一」条件组是空的。请列出条件或删除该组。"
    assert found[2].message.zh.startswith("「入学条件」中没有「居住正」这一项。")


def test_a_comment_after_a_value_is_not_part_of_it():
    (condition,) = build("入学条件 {\n    其他: 提供户口簿  # 备注\n}\n").conditions.items
    assert condition.raw == "提供户口簿" and condition.span.end_column == 14


def test_every_problem_of_a_section_of_pairs_is_reported_in_full_and_the_later_entries_are_still_read():
    found = problems("基本信息 {\n    户口簿\n    某块 {\n    }\n    省份x: 甲\n    省: 山西省\n    省份: 山西省\n"
                     "    报送日期: 6月1日、6月2日\n    年度: 2021X\n    县: 甲、乙\n}\n")
    assert [(p.line, p.column, p.message.zh) for p in found] == [
        (2, 5, "「基本信息」中应写「键：值」，而这里是「户口簿」。是否漏写了冒号？"),
        (3, 5, "「基本信息」中不能嵌套「某块」。"),
        (5, 5, "「基本信息」中没有「省份x」这一项。是否指「省份」？可用的项：省、市、县、年度、标题、文号、依据、报送日期。"),
        (7, 5, "「省」重复出现（第一次在第 6 行）。请只保留一处。"),
        (8, 5, "「报送日期」只能有一个取值。"),
        (9, 9, "无法识别年度「2021X」。请写作四位数字，例如 2021。"),
        (10, 5, "「县」只能有一个取值。"),
    ]
