"""Each kind of bad input gets its own clear message, with line and column, in both languages."""

from __future__ import annotations

import textwrap

import pytest

from policy_lint.build import parse
from policy_lint.errors import InputError
from policy_lint.source import decode


def problems(src: str):
    with pytest.raises(InputError) as info:
        parse(decode(textwrap.dedent(src).lstrip("\n").encode("utf-8"), "bad.rules"))
    return info.value.problems


BAD = [
    pytest.param("基本信息 {\n    省 山西省\n}\n", 2, 5, "是否漏写了冒号", "colon", id="missing colon"),
    pytest.param("基本信息 {\n    省: 山西省\n", 1, 6, "没有用「}」结束", "not closed", id="unclosed block"),
    pytest.param("基本信息 {\n    省: 山西省 }\n}\n", 3, 1, "多余的「}」", "stray", id="stray closing brace"),
    pytest.param("基本信息\n{\n    省: 山西省\n}\n", 1, 5, "应写在同一行", "same line", id="brace on the next line"),
    pytest.param("基本信息 {\n    文号: “晋教基函\n}\n", 2, 9, "引号没有闭合", "quotation mark", id="unclosed quote"),
    pytest.param("基本信心 {\n    省: 山西省\n}\n", 1, 1, "是否指「基本信息」", "Did you mean '基本信息'", id="unknown section"),
    pytest.param("入学条件 {\n    居住正: 持有满半年\n}\n", 2, 5, "是否指「居住证」", "Did you mean '居住证'", id="unknown key"),
    pytest.param("入学条件 {\n    居住: 很久\n}\n", 2, 9, "无法识别时长「很久」", "duration", id="unreadable duration"),
    pytest.param("基本信息 {\n    报送日期: 6月二十日\n}\n", 2, 11, "无法识别日期", "date", id="unreadable date"),
    pytest.param("招生安排 {\n  公办 {\n    报名: 2021年7月10日至7月1日\n  }\n}\n", 3, 9, "结束早于开始", "ends before", id="reversed range"),
    pytest.param("基本信息 {\n    年度: 二〇二一\n}\n", 2, 9, "无法识别年度", "year", id="unreadable year"),
    pytest.param("基本信息 {\n    省: 山西省\n    省: 山西省\n}\n", 3, 5, "重复出现", "twice", id="duplicate key"),
    pytest.param("基本信息 {\n}\n基本信息 {\n}\n", 3, 1, "重复出现", "twice", id="duplicate section"),
    pytest.param("证明材料 {\n    户口簿: 原件\n}\n", 2, 5, "逐行列出材料", "one per line", id="pair among materials"),
    pytest.param("入学条件 {\n    之一 {\n    }\n}\n", 2, 5, "条件组是空的", "empty", id="empty condition group"),
    pytest.param("入学条件 {\n    任意 {\n        居住: 满半年\n    }\n}\n", 2, 5, "不能嵌套", "cannot be nested", id="unknown group"),
    pytest.param("民办学校 {\n    核定计划: 很多\n}\n", 2, 11, "无法识别数字", "number", id="unreadable number"),
    pytest.param(": 山西省\n", 1, 1, "此处不应出现", "is not expected here", id="value without a key"),
]


@pytest.mark.parametrize(("src", "line", "column", "zh", "en"), BAD)
def test_bad_input_is_named_at_its_place(src, line, column, zh, en):
    found = problems(src)
    first = found[0]
    assert (first.line, first.column) == (line, column)
    assert zh in first.message.zh
    assert en in first.message.en


def test_every_problem_in_a_document_is_reported_at_once():
    found = problems("基本信心 {\n}\n入学条件 {\n    居住时长: 满半年\n    居住: 很久\n}\n")
    assert [p.line for p in found] == [1, 4, 5]


def test_syntax_error_names_what_was_expected_in_words_not_token_names():
    (problem,) = problems("基本信息 {\n    省: 山西省\n    : 晋城市\n}\n")
    assert "_COLON" not in problem.message.zh and "WORD" not in problem.message.zh
    assert "名称或取值" in problem.message.zh or "右花括号" in problem.message.zh


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        pytest.param(b"", "文件为空", id="empty"),
        pytest.param(b"  \n\n\t\n", "文件为空", id="only whitespace"),
        pytest.param(b"\x00\x01\x02binary\x00" * 20, "不是文本文件", id="binary with NUL bytes"),
        pytest.param(bytes(range(1, 9)) * 50 + b"\xff\xfe\xfd" * 10, "不是文本文件", id="binary without NUL"),
        pytest.param(b"\xd5\xe2\xff\xff\xff\x80\x80", "无法识别文件编码", id="undecodable"),
    ],
)
def test_unreadable_bytes(data, needle):
    with pytest.raises(InputError) as info:
        decode(data, "x.rules")
    assert needle in info.value.problems[0].message.zh


def test_a_date_without_year_in_a_document_without_year_says_which_is_missing():
    (problem,) = problems("招生安排 {\n  公办 {\n    报名: 7月1日至7月10日\n  }\n}\n")
    assert "没有写年份" in problem.message.zh and "年度" in problem.message.zh


def test_a_duplicate_school_block_names_the_line_it_first_appeared_on():
    found = problems("招生安排 {\n  公办 {\n  }\n  公办 {\n  }\n}\n")
    assert found[0].line == 4 and "第一次在第 2 行" in found[0].message.zh
