"""False findings by kind (session 7, precision): sentences that look like migrant children's conditions but are not
the kind a check is about, each with real wording (tests/data/real) and composed variants (marked composed), worded as
another county would write them, and look-alikes that must still fire.

The drafts are read as ``extract`` reads them and checked against the national ruleset (tests/test_extract_readers.py).
"""

from __future__ import annotations

import pytest

from policy_lint import checks as checks_mod
from policy_lint.build import parse
from policy_lint.engine import check_rules, ruleset_for
from policy_lint.extract.check import Extracted
from policy_lint.extract.draft import decode_draft

_HEAD = "某区2023年进城务工人员随迁子女义务教育入学实施细则\n"


def _extract(text: str) -> Extracted:
    return Extracted(decode_draft((_HEAD + text).encode("utf-8"), "draft.txt", "txt"))


def _codes(text: str) -> list[str]:
    extracted = _extract(text)
    rules = parse(extracted.rules_source())
    return sorted(f.code for f in check_rules(rules, ruleset_for(rules, "national"), checks_mod.all_checks()))


# --- a seat limit of a catchment dwelling: how often one house gives a place, not a length lived in it (PL109) ---

_PERMIT = "一、入学条件\n1.随迁子女父母一方持有本区居住证，有合法稳定住所（含租赁）。\n"


@pytest.mark.parametrize("sentence", [
    "2.学区内每套住房3年内只能安排1名适龄儿童入学（非独生子女家庭除外）。",  # liaoning-shenyang-2019
    "2.继续坚持执行同一学校片区内一套房产六年内只提供一个学位的规定。",  # gansu-lanzhou-qilihe-2021
    "2.报名房产6年内未安排有就读对象（报名对象与已就读者属同一监护人除外）。",  # zhejiang-quzhou-qujiang-undated
    "2.同一套住房五年之内仅能使用一次入学学位。",  # composed
    "2.凡在我区租住或购买的住房，每套房屋3年以内最多安排1名新生。",  # composed
    "2.答：按规定，一套房子九年以内只有一个入学名额。",  # composed, a Q&A reply
])
def test_a_seat_limit_of_a_dwelling_is_no_housing_length(sentence):
    assert "PL109" not in _codes(_PERMIT + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "父母须持有我县公安部门签发的《居住证》、在流入地有合法稳定住所（持续合法居住1年以上），其随迁子女可申请入学。",
    "父母须持有本区居住证，且在本区有固定的住所并签订一年以上住房租赁协议。",  # composed
    "父母须持有本市居住证，在本市有合法稳定住所（持续合法居住满2年），其随迁子女可申请入学。",  # composed
])
def test_a_housing_length_still_fires(sentence):
    assert "PL109" in _codes("一、入学条件\n" + sentence + "\n")


# --- a house and a hukou demanded together: the catchment rule of local-hukou children, not a migrant's housing ---

_MIGRANT = "一、入学条件\n1.随迁子女父母一方持有本区居住证，有合法稳定住所（含租赁）。\n"


@pytest.mark.parametrize("sentence", [
    "2.到2021年，要求房证、全家户口满3年以上（产权人和户主统一，必须是适龄儿童的直系亲属，即父亲、母亲）。",  # shenyang
    "2.热点学校继续执行户口簿、房证两证统一，房证、户口三年以上。",  # liaoning-shenyang-shenhe-2017
    "2.学位紧张学校要求不动产权证、户籍满2年以上，且父母双方与子女同户。",  # composed
    "2.答：片区内学位紧张的学校继续执行房产证和户口本统一的规定，房产须满一年。",  # composed, a Q&A reply
])
def test_a_house_and_hukou_rule_is_no_migrant_condition(sentence):
    codes = _codes(_MIGRANT + sentence + "\n")
    assert not {"PL105", "PL108", "PL109"} & set(codes), codes


def test_an_order_by_house_and_hukou_is_still_read_as_an_order():
    # 依据“人房户一致”优先原则 (gansu-lanzhou-xigu-2022): an order ranking by hukou, not set aside
    from policy_lint.extract.readers import scope
    text = "依据“人房户一致”优先原则，按照片区内人房户一致、有房无户、有户无房的顺序依次录取"
    assert scope.house_and_hukou(text) is not None and scope.admission_order(text) is not None


# --- PL117's two languages say the same: the draft's words without the rules-language key, the term alike ---

@pytest.mark.parametrize("clause, zh_term, en_term", [
    ("父母一方与用人单位签订一年以上劳动合同", "1 年", "1 year"),
    ("父母一方与用人单位签订2年以上劳动合同", "2 年", "2 years"),  # composed
    ("父母一方须有期限不少于18个月的劳动合同", "18 个月", "18 months"),  # composed
])
def test_contract_term_messages_agree_in_both_languages(clause, zh_term, en_term):
    from policy_lint.extract.readers.prose import in_prose
    extracted = _extract("一、入学条件\n1.随迁子女父母一方持有本区居住证。\n2." + clause + "。\n")
    rules = parse(extracted.rules_source())
    found = [f for f in check_rules(rules, ruleset_for(rules, "national"), checks_mod.all_checks()) if f.code == "PL117"]
    assert found, extracted.rules_source().text
    message = in_prose(found[0].message)
    assert "就业：" not in message.zh and "就业：" not in message.en and "就业:" not in message.en
    assert f"不少于 {zh_term}" in message.zh.replace("不少于{", "") or f"不少于{zh_term}" in message.zh
    assert f"at least {en_term}:" in message.en


# --- an insurance length inside an employment paper's brackets: the insurance's (PL103), not employment's (PL104) ---

@pytest.mark.parametrize("paper", [
    "务工证明（劳动部门出具的格式劳务合同及受聘单位为其交纳的一年以上养老保险凭证）或个体工商营业执照",  # xiping
    "劳动合同（用人单位为其缴纳社会保险满12个月）",  # composed
])
def test_an_insurance_length_in_an_employment_paper_is_the_insurance_s(paper):
    codes = _codes("一、报名材料\n随迁子女家长在规定时间内持" + paper + "、居住证、全家户口簿到报名学校申请入学。\n")
    assert "PL104" not in codes and "PL103" in codes, codes
