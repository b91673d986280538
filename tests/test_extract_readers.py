"""The extractor's readers at work on whole drafts: scope, materials that carry conditions, admission order.

The sentences are the shapes of the real development corpus (tests/data/real); each test names the
behaviour, and checks the rules written and, where it matters, the findings of the national ruleset.
"""

from __future__ import annotations

from policy_lint import checks as checks_mod
from policy_lint.build import parse
from policy_lint.engine import check_rules, ruleset_for
from policy_lint.extract.check import Extracted
from policy_lint.extract.draft import decode_draft


def _extract(text: str) -> Extracted:
    return Extracted(decode_draft(text.encode("utf-8"), "draft.txt", "txt"))


def _codes(extracted: Extracted) -> list[tuple[str, int]]:
    rules = parse(extracted.rules_source())
    findings = check_rules(rules, ruleset_for(rules, "national"), checks_mod.all_checks())
    return sorted((f.code, extracted.map.line(f.span.line)) for f in findings)


def _placed(extracted: Extracted) -> list[tuple[str, int]]:
    """The findings by code and the draft paragraph their words are in (a value's own paragraph, not its line's first)."""
    rules = parse(extracted.rules_source())
    findings = check_rules(rules, ruleset_for(rules, "national"), checks_mod.all_checks())
    out = []
    for f in findings:
        span = extracted.map.span(f.span)
        out.append((f.code, span.line if span is not None else extracted.map.line(f.span.line)))
    return sorted(out)


def _keys(extracted: Extracted) -> list[str]:
    """The top level's keys; an 之一 group's as 之一/<key>; a 同时具备 group's (应同时具备以下条件：) as the top level's,
    since what it asks together is what the top level asks."""
    from policy_lint.extract.model import Group
    out = []
    for item in extracted.facts.conditions:
        if isinstance(item, Group) and item.name != "之一":
            out.extend(e.key if not isinstance(e, Group) else f"{e.name}/…" for e in item.items)
        elif isinstance(item, Group):
            out.extend(f"之一/{e.key}" for e in item.items)
        else:
            out.append(item.key)
    return out


def test_materials_that_carry_employment_and_housing_ask_for_both():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "登记时应提交的基本材料\n"
                     "●在有效期内的居住证原件及复印件\n"
                     "●居住证持有人及其随迁子女的居民户口簿原件及复印件\n"
                     "●居住证持有人及其随迁子女在本市合法居所的证明\n"
                     "包括自有住房房地产权证原件及复印件，或者房屋租赁登记备案证明原件及复印件\n"
                     "●居住证持有人在本市的务工就业证明\n")
    assert _keys(draft) == ["居住证", "住所", "就业"]
    assert ("PL106", 7) in _codes(draft)
    assert [u for u in draft.facts.unread if u.piece.line != 1] == []
    # the 包括… line is the detail of the item before it: written as a material (the checks of what is demanded
    # read it), noted as that detail, not a condition of its own
    detail = [e for e in draft.facts.materials if e.words[0].line == 6]
    assert len(detail) == 1 and "前一项材料的具体说明" in detail[0].origins[0].note


def test_a_material_stating_a_length_is_a_condition_of_that_length():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "审核材料：\n"
                     "（1）适龄儿童及其父母的户口簿。\n"
                     "（2）父母一方在本区连续缴纳社保满12个月的证明。\n")
    assert _keys(draft) == ["社保"]
    rules = parse(draft.rules_source())
    (condition,) = [c for c, _group in rules.conditions.walk()]
    assert (condition.months, draft.map.line(condition.span.line)) == (12, 4)


def test_materials_do_not_repeat_a_condition_the_draft_states():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "一、入学条件\n"
                     "随迁子女入学须同时具备以下条件：\n"
                     "（一）父母一方持有本区有效居住证；\n"
                     "（二）父母一方在本区有合法稳定就业或者合法稳定住所。\n"
                     "二、报名材料\n"
                     "报名时须提供：居住证、户口簿、劳动合同、房屋租赁合同。\n")
    assert "PL106" not in [code for code, _ in _codes(draft)]


def test_the_part_for_local_hukou_children_is_set_aside_not_read_as_migrant_conditions():
    draft = _extract("某区2023年中小学入学摸底对象\n"
                     "摸底准备材料：\n"
                     "（一）本市城区常住户籍适龄儿童\n"
                     "1.户口簿。\n"
                     "2.合法稳定住所证明材料（《房屋所有权证》《不动产权证书》等材料中的任何1项）。\n"
                     "（二）进城务工随迁子女\n"
                     "1.户口簿。\n"
                     "2.居住证。\n"
                     "3.合法稳定就业材料（劳动合同、营业执照等材料中的任何1项）。\n")
    assert {a.piece.line for a in draft.facts.aside if not a.boilerplate} == {3, 4, 5}
    assert _keys(draft) == ["居住证", "就业"]
    assert not [c for c, _ in _codes(draft) if c in ("PL105", "PL106", "PL107")]


def test_a_hukou_elsewhere_defines_a_migrant_child_and_is_no_hukou_condition():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "入学条件：\n"
                     "1.适龄儿童户籍在武汉市外，其父母或其他法定监护人须持武汉市居住证（居住地址为洪山区）。\n")
    assert _keys(draft) == ["居住证"]
    assert [a.text for a in draft.facts.aside if not a.boilerplate] == ["适龄儿童户籍在武汉市外"]
    assert "PL107" not in [c for c, _ in _codes(draft)]


def test_a_rule_for_transfers_is_set_aside_not_read_as_a_housing_condition():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "一、申请对象\n"
                     "已经在本区就学的随迁子女，确因住房产权发生变化方可受理转学。\n")
    assert _keys(draft) == []
    assert [a.piece.line for a in draft.facts.aside if not a.boilerplate] == [3]


def test_set_aside_sentences_are_listed_with_their_reason_in_the_rules_written():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "一、申请对象\n"
                     "已经在本区就学的随迁子女，确因住房产权发生变化方可受理转学。\n")
    assert "# 不作条件：第3段「已经在本区就学的随迁子女，确因住房产权发生变化方可受理转学」：转学" in draft.text


def test_an_order_by_hukou_is_admission_order_not_an_entry_condition():
    draft = _extract("某区2022年小学入学\n"
                     "一、招生条件\n"
                     "按照学区内①有户有房②有户无房③无户有房④无户无房顺序依次招生，额满为止。\n")
    assert _keys(draft) == []
    (entry,) = draft.facts.schedules["公办"]
    assert entry.key == "随迁子女报名" and entry.origins[0].note == "录取顺序"


def test_local_children_first_and_the_remaining_places_for_migrants_is_admission_order():
    draft = _extract("某县2021年随迁子女入学实施细则\n"
                     "公办学校优先安排本县户籍学生，剩余学位安排随迁子女入学。\n")
    (entry,) = draft.facts.schedules["公办"]
    assert entry.key == "随迁子女报名"
    assert "剩余学位安排随迁子女入学" in entry.text


def test_an_order_written_in_two_places_is_read_from_both_with_each_source():
    draft = _extract("某县2022年随迁子女入学实施细则\n"
                     "符合条件的随迁子女，到指定学校就读。\n"
                     "学位不足时，按照人户合一、有房无户、有户无房等生源类别顺序接收。\n")
    (entry,) = [e for e in draft.facts.schedules["公办"] if e.key == "随迁子女报名"]
    assert "指定学校" in entry.text and "有房无户" in entry.text
    assert [o.where for o in entry.origins] == ["第2段", "第3段"]
    assert "另有写法" not in draft.rules_source().text


def test_an_order_by_years_of_insurance_is_set_aside_as_an_order():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "一、入学条件\n"
                     "具备相同条件的情况下，以本市职工社会保险缴纳时间长短（年限长的优先）依次排序，额满为止。\n")
    assert _keys(draft) == []
    assert [a.reason for a in draft.facts.aside if not a.boilerplate] == ["录取顺序（优先次序），不是入学条件"]


_ANY_LIST = ("某区2024年随迁子女入学办法\n"
             "小学一年级的招生对象为适龄儿童，且同时符合以下条件之一者：\n"
             "（一）本市户籍儿童、少年；\n"
             "（二）父母双方或一方具有本市户籍的非本市户籍儿童、少年；\n"
             "（三）父母双方或一方持有本市居住证，且在本市居住满1年、连续参加社会保险满1年的非本市户籍儿童、少年。\n")


def test_one_item_of_several_conditions_is_one_alternative_of_them_all():
    from policy_lint.extract.model import Group

    draft = _extract(_ANY_LIST)
    (group,) = draft.facts.conditions
    assert group.name == "之一"
    (branch,) = group.items
    assert isinstance(branch, Group) and branch.name == "同时具备"
    assert [e.key for e in branch.items] == ["居住证", "居住", "社保"]
    assert ("PL102", 5) in _codes(draft)


def test_local_hukou_routes_of_an_any_one_list_are_set_aside_and_the_list_goes_on():
    draft = _extract(_ANY_LIST)
    reasons = {a.piece.line: a.reason for a in draft.facts.aside if not a.boilerplate}
    assert set(reasons) == {3, 4}
    assert "PL107" not in [c for c, _ in _codes(draft)]


def test_dates_in_chinese_numerals_are_read_and_take_the_documents_year():
    draft = _extract("阳城县2021年随迁子女入学实施细则\n"
                     "公办学校报名时间为二〇二一年七月一日至七月十日。\n"
                     "民办学校报名时间为七月一日至十日。\n")
    assert [e.text for e in draft.facts.schedules["公办"]] == ["二〇二一年七月一日至七月十日"]
    assert [e.text for e in draft.facts.schedules["民办"]] == ["七月一日至十日"]
    rules = parse(draft.rules_source())
    import datetime as dt
    days = (dt.date(2021, 7, 1), dt.date(2021, 7, 10))
    assert {s.kind.value: (s.registration.start, s.registration.end) for s in rules.schedules} == {
        "public": days, "private": days}


def test_a_temporary_residence_permit_is_a_permit_condition():
    draft = _extract("某区2016年随迁子女入学办法\n"
                     "入学条件：\n"
                     "1.父母一方持有本区暂住证满一年。\n")
    assert _keys(draft) == ["居住证"]


def test_a_drafts_findings_speak_prose_not_the_rules_language(tmp_path):
    from policy_lint.engine import check_paths

    path = tmp_path / "draft.txt"
    path.write_text("泽州县2021年进城务工人员随迁子女入学实施细则\n"
                    "登记时应提交的基本材料\n"
                    "●在有效期内的居住证\n"
                    "●在本县合法居所的证明\n"
                    "●在本县的务工就业证明\n", encoding="utf-8")
    (result,) = check_paths([path])
    (finding,) = [f for f in result.findings if f.code == "PL106"]
    words = finding.message.zh + finding.suggestion.zh + finding.message.en + finding.suggestion.en
    for rules_word in ("之一 {", "{ }", "「就业：", "「住所：", "「入学条件」", "基本信息", "'就业: "):
        assert rules_word not in words
    assert "「在本县的务工就业证明」" in finding.message.zh


def test_a_list_asking_both_parents_keeps_those_words_with_each_condition_it_holds():
    draft = _extract("某区2017年非本市户籍适龄儿童入学办法\n"
                     "需要在本区接受义务教育的，父母或其他法定监护人均需提供在京务工就业证明、"
                     "在本区实际住所居住证明、全家户口簿、北京市居住证等相关材料。\n")
    conditions = {e.key: e.text for e in draft.facts.conditions}
    assert set(conditions) == {"就业", "住所", "居住证"}
    assert all(text.endswith("父母或其他法定监护人均") for text in conditions.values())


def test_both_parents_said_before_a_clause_stay_with_the_condition_and_及以上_does_not_split():
    draft = _extract("某市2022年随迁子女入学方法\n"
                     "一、入学办法\n"
                     "1.父母双方均在市区范围内居住并持有有效期内的居住证，且至少一方持有有效期半年及以上的合法稳定就业材料"
                     "和在流入地有有效期半年及以上的合法稳定住所。\n")
    conditions = {e.key: e.text for e in draft.facts.conditions}
    assert conditions["居住证"].endswith("父母双方")
    assert conditions["就业"] == "至少一方持有有效期半年及以上的合法稳定就业材料"
    assert conditions["住所"] == "在流入地有有效期半年及以上的合法稳定住所"
    assert ("PL106", 3) in _codes(draft)


def test_items_naming_documents_by_their_copies_are_materials_and_carry_their_conditions():
    draft = _extract("某区2022年小学入学办法\n"
                     "1.流动人口随迁适龄儿童入学条件\n"
                     "（1）原户籍地户口簿原件及复印件；\n"
                     "（2）法定监护人在我区居住满一年以上的有效居住证原件及复印件；\n"
                     "（3）法定监护人在我区有效房产证（含购房合同）或一年以上的房屋租赁备案材料原件及复印件；\n"
                     "（4）法定监护人在我市城区经商或务工等一年以上证明材料：经商办企业人员出示工商执照，务工人员出示劳动合同；\n")
    # 在我区居住满一年以上的有效居住证: a year's residence the permit shows, and the permit
    assert _keys(draft) == ["居住", "居住证", "住所", "就业"]
    assert [e.text for e in draft.facts.conditions][3] == "法定监护人在我市城区经商或务工等一年以上证明材料"
    assert ("PL102", 4) in _codes(draft) and ("PL101", 4) not in _codes(draft)
    assert ("PL106", 6) in _codes(draft)
    # 经商办企业人员出示…: its detail, written as a material noted as such
    assert [e.text for e in draft.facts.materials if e.origins[0].note][-1] == "经商办企业人员出示工商执照，务工人员出示劳动合同"


def test_turning_children_away_by_hukou_is_a_hukou_condition():
    draft = _extract("某区2022年义务教育招生工作\n"
                     "1.严禁违规跨区域、跨片区招生，城市三区（七里河区、安宁区、西固区）户籍的儿童不得在城关区入学。\n")
    assert _keys(draft) == ["户籍"]
    assert ("PL107", 2) in _codes(draft)


def test_conditions_before_the_words_of_an_order_are_still_read():
    draft = _extract("某区2023年义务教育招生\n"
                     "父（母）或者其他法定监护人在渝中区居住和有合法稳定的就业半年以上，其随迁子女可在指定学校报名，额满为止。\n")
    assert "就业" in _keys(draft)


def test_an_any_one_list_goes_on_past_the_details_of_its_items():
    draft = _extract("某街道2020年非本市户籍适龄儿童入学审核\n"
                     "一、在京实际住所居住证明\n"
                     "实际住所居住证明须符合下列条件之一：\n"
                     "（一）适龄儿童父母在辖区内有自住房且正式入住的。商住办公用房不作为自有住房，不予审核。\n"
                     "审核所需材料：《房屋所有权证书》或《不动产权证书》。尚未取得的，提供商品房买卖网签合同。\n"
                     "审核部门：所属社区居委会\n"
                     "（二）适龄儿童父母在辖区内租住房屋的，须连续在辖区内租住满16个月。\n")
    (entry,) = draft.facts.conditions  # alternatives all of one kind: that kind, required
    assert entry.key == "住所"
    assert {o.where for o in entry.origins} == {"第4段", "第7段"}


def test_items_numbered_一是_二是_are_items_and_a_transfer_paper_in_a_list_is_a_material():
    draft = _extract("邯郸市2017年义务教育阶段招生入学（进城务工人员随迁子女部分）\n"
                     "进城务工人员子女户籍所在地无监护条件，在我市接受教育需提供“四证”：\n"
                     "一是公安部门办理的我市流入地（县级）居住证；\n"
                     "二是父母双方的从业证明或用工合同；\n"
                     "三是学生户籍所在地县级教育行政部门同意其出外就学的证明，已在原籍就学的学生，还应持有原籍学校出具的转学证明。\n")
    assert _keys(draft)[:2] == ["居住证", "就业"]
    assert "父母双方" in draft.facts.conditions[1].text
    assert "学生户籍所在地县级教育行政部门同意其出外就学的证明" in [e.text for e in draft.facts.materials]


def test_a_condition_inside_the_brackets_of_another_is_a_condition_of_its_own():
    draft = _extract("扬中2022年小学招生对象\n"
                     "2016年8月31日（含）以前出生，且父母或其他法定监护人持有我市居住证（签发时间应于2022年7月31日前，"
                     "同时在我市居住时间满一年）的适龄外来人员随迁子女。\n")
    conditions = {e.key: e.text for e in draft.facts.conditions}
    assert conditions["居住"] == "在我市居住时间满一年"
    assert "满一年" not in conditions["居住证"]  # the residence's length is not the permit's
    assert "（签发时间应于2022年7月31日前）" in [u.text for u in draft.facts.unread]  # a cut-off date: to a person
    assert [code for code, _ in _codes(draft)] == ["PL102"]


def test_a_permit_named_only_as_what_the_house_must_agree_with_is_a_housing_condition():
    draft = _extract("2024年郑州市区小学入学线上报名\n"
                     "我要上小学-随迁子女（郑州市区有房）\n"
                     "2、申请人必须有与居住证所属区一致的房产且是房主。\n")
    assert _keys(draft) == ["住所"]


def test_a_permit_held_with_continuous_residence_is_the_permits_length():
    draft = _extract("2018年合肥庐阳区随迁子女入学注意事项\n"
                     "审核材料：\n"
                     "（2）适龄儿童父母（或其他法定监护人）在我区的居住证，其中一方需在我区持证连续居住满一年。\n")
    rules = parse(draft.rules_source())
    (condition,) = [c for c, _group in rules.conditions.walk()]
    assert (condition.key, condition.months) == ("居住证", 12)
    assert ("PL101", 3) in _codes(draft)


def test_a_chapter_whose_heading_states_a_condition_lists_its_forms_and_two_such_chapters_are_both_required():
    draft = _extract("2018年广州黄埔区随迁子女积分入学申请对象的有关说明\n"
                     "一、申请适合对象\n"
                     "（一）申请人及其随迁子女均是来穗人员；\n"
                     "二、在黄埔区有合法稳定住所\n"
                     "（一）本人或配偶或夫妻共同拥有产权的固定住所；\n"
                     "（二）本人或配偶或夫妻居住在本区公共租赁住房的；\n"
                     "（三）本人或配偶或夫妻承租并持有效满一年以上的《房屋租赁登记备案证明》；\n"
                     "三、在黄埔区合法稳定就业或创业\n"
                     "（一）与本区用人单位签订有效满一年劳动合同且已办理就业登记的劳动者；\n"
                     "（二）在本区办理了工商登记的企业出资人、个体工商户经营者；\n")
    assert _keys(draft) == ["住所", "就业"]
    housing, work = draft.facts.conditions
    assert [w.line for w in housing.words] == [5, 6, 7] and [w.line for w in work.words] == [9, 10]
    codes = _codes(draft)
    assert "PL109" in [c for c, _ in codes] and ("PL104", 9) in codes and ("PL106", 9) in codes


def test_a_required_material_named_before_the_forms_of_its_condition_places_the_condition():
    draft = _extract("延庆区2023年非京籍入学材料\n"
                     "非本市户籍适龄儿童少年，因父母在本区工作或居住，需要在本区接受义务教育的，由申请人提供在延务工就业材料、"
                     "在延实际住所居住材料、北京市居住证、全家户口簿进行审核。\n"
                     "二、在延实际住所居住材料\n"
                     "在延实际住所居住材料须符合下列条件之一：\n"
                     "1.审核申请人自有住房的，应提供《房屋所有权证》或《不动产权证书》。\n"
                     "2.审核申请人租住房屋的，应提供规范有效的房屋租赁合同。\n")
    housing = next(e for e in draft.facts.conditions if e.key == "住所")
    assert housing.words[0].line == 2
    assert ("PL106", 2) in _codes(draft)


def test_routes_joined_by_或_each_of_several_conditions_are_alternatives_and_a_list_announced_without_a_colon_is_read():
    draft = _extract("2022宜城流动人口指定学校\n"
                     "流动人口子女具备以下条件的，可按实际居住地“相对就近”的原则到流动人口指定学校就读。\n"
                     "（1）已在鄢城派出所申领了居住证的；\n"
                     "（2）法定监护人至少一人与所在工作单位签订一年以上劳动合同且缴纳社会保险或在城区经商并取得工商营业执照的；\n")
    permit, routes = draft.facts.conditions
    assert permit.key == "居住证" and routes.name == "之一" and routes.items[1].key == "就业"
    assert routes.items[0].name == "同时具备" and [e.key for e in routes.items[0].items] == ["就业", "社保"]
    # 签订一年以上劳动合同 is a contract's term, not a time worked (a worker hired last week may hold one): not PL104
    assert "PL104" not in [c for c, _ in _codes(draft)]


def test_a_contract_dated_from_before_the_last_intake_asks_a_time_worked():
    draft = _extract("2022宜城流动人口指定学校\n"
                     "流动人口子女具备以下条件的，可按实际居住地“相对就近”的原则到流动人口指定学校就读。\n"
                     "（1）已在鄢城派出所申领了居住证的；\n"
                     "（2）法定监护人至少一人与所在工作单位签订一年以上劳动合同（2021年9月前至今有效）且缴纳社会保险的；\n")
    assert ("PL104", 4) in _codes(draft)  # in force since before 2021年9月: a year worked by the 2022 intake


def test_items_named_第一种情形_of_a_list_of_two_cases_are_its_alternatives():
    draft = _extract("2024年境内来沪人员适龄随迁子女入学证件要求\n"
                     "父母一方满足下列两种情形之一的，可在规定时间为准备就读本市义务教育阶段学校的适龄儿童办理入学相关手续。\n"
                     "第一种情形：持有有效期内《上海市居住证》且一年内参加本市职工社会保险满6个月的证明；\n"
                     "第二种情形：持有有效期内《上海市居住证》且连续3年在本市办妥灵活就业登记。\n")
    (group,) = draft.facts.conditions
    assert group.name == "之一" and [g.name for g in group.items] == ["同时具备", "同时具备"]
    codes = _codes(draft)
    assert ("PL104", 4) in codes and "PL103" not in [c for c, _ in codes]  # 一年内 is the window of the 6 months


def test_who_must_meet_one_alternative_is_not_said_of_the_other():
    draft = _extract("“三证”齐全随迁子女 6月16日起报名\n"
                     "进城务工人员随迁子女须有父母双方同一地点半年以上的暂住证或本辖区内房产证，即符合报名条件。\n")
    (group,) = [g for g in draft.facts.conditions if getattr(g, "name", None) == "之一"]
    texts = {e.key: e.text for e in group.items}
    assert "父母双方" in texts["居住证"] and "父母双方" not in texts["住所"]


def test_children_described_by_the_permit_their_parents_hold_are_a_condition():
    draft = _extract("2023年南宁经开区中小学入学摸底填报对象\n"
                     "2.非本市城区户籍适龄儿童且父母双方持有经开区各派出所核发的《广西壮族自治区居住证》，"
                     "随父母实际居住在经开区并申请由政府安排入学的进城务工随迁子女。\n")
    assert _keys(draft) == ["居住证"]
    assert ("PL108", 2) in _codes(draft)


def test_a_document_that_never_names_migrant_children_or_the_permit_states_no_migrant_conditions():
    draft = _extract("大连金普新区2022年小学入学\n"
                     "（二）其他条件\n"
                     "1.户籍规定。按照户籍政策规定，具备下列条件之一者为有效户口：一是学生户口与父母双方户口在同一户籍上。\n"
                     "2.房产规定。房产需提供房管、国土部门认定的房产证明（房产证、不动产权证书）。\n")
    assert draft.facts.conditions == []
    assert any("未提及随迁子女" in a.reason for a in draft.facts.aside)
    assert [c for c, _ in _codes(draft)] == []


def test_the_age_asked_is_a_condition_beside_the_others_but_never_alone():
    draft = _extract("2025年南开区居住证持有人随迁子女申请入学登记通知\n"
                     "2025年入学的居住证持有人随迁子女必须年满6周岁（2019年8月31日以前出生）。\n"
                     "居住证持有人随迁子女申请入学应提交下列材料原件及复印件：\n"
                     "（一）随迁子女父母中一方在有效期内的南开区居住证。\n")
    conditions = {e.key: e.text for e in draft.facts.conditions}
    assert conditions["其他"] == "必须年满6周岁（2019年8月31日以前出生）" and "居住证" in conditions
    alone = _extract("2024年某区小学招生\n招收年满6周岁（2018年8月31日以前出生）的适龄儿童。\n")
    assert alone.facts.conditions == []


def test_a_list_in_brackets_is_part_of_its_sentence():
    draft = _extract("非本市户籍适龄儿童少年在经开区中小学就读审核程序及标准\n"
                     "经开区设立非本市户籍适龄儿童少年接受义务教育材料（1.在京务工就业材料；2.在京实际住所材料；"
                     "3.北京市居住证；4.全家户口簿，以下简称“所需材料”）联合审核机制，统筹所需材料审核工作。\n")
    noted = [u.text for u in draft.facts.unread] + [a.text for a in draft.facts.aside]
    assert not any(t.startswith("2.在京实际住所材料") for t in noted)  # not cut at the ；inside the brackets


def test_a_sentence_requiring_a_length_frames_a_condition():
    draft = _extract("某县2024年随迁子女入学办法\n居住证持证时间须满1年（以居住证签发日期为准）。\n")
    rules = parse(draft.rules_source())
    (condition,) = [c for c, _group in rules.conditions.walk()]
    assert (condition.key, condition.months) == ("居住证", 12)


def test_a_second_sentence_asking_both_parents_is_a_condition_of_its_own():
    draft = _extract("2023年南宁经开区中小学入学摸底填报对象\n"
                     "2.非本市城区户籍适龄儿童且父母双方持有经开区各派出所核发的居住证，随父母实际居住在经开区的进城务工随迁子女。\n"
                     "2.父母双方持有经开区各派出所核发的居住证，随父母实际居住在经开区的已完成小学教育的进城务工随迁子女。\n")
    assert [c for c, _ in _codes(draft)].count("PL108") == 2


def test_a_definition_with_即_is_set_aside_and_the_materials_list_goes_on():
    draft = _extract("青秀区2023年摸底\n"
                     "准备材料：\n"
                     "（二）随迁子女\n"
                     "随迁子女即非本市城区常住户籍适龄儿童，随父母到南宁市工作或经商且实际居住在青秀辖区内的适龄儿童。\n"
                     "1.户口簿；\n"
                     "2.合法稳定就业材料（劳动合同、营业执照等材料中的任何1项）；\n"
                     "3.合法稳定住所材料（《房屋所有权证》、房屋租赁合同等材料中的任何1项）。\n")
    assert {"就业", "住所"} <= set(_keys(draft))
    assert any(a.piece.line == 4 for a in draft.facts.aside)


def test_a_paper_asking_both_parents_asks_the_condition_of_both_and_a_length_in_brackets_keeps_it_a_paper():
    draft = _extract("某市2023年义务教育阶段随迁子女入学实施细则\n"
                     "第二条 其父母或其他法定监护人应当符合下列条件之一：\n"
                     "（一）在本市有合法稳定就业，且连续缴纳社会保险满一年；\n"
                     "（二）持有本市居住证满两年。\n"
                     "第三条 申请入学须提交以下材料：\n"
                     "1.父母及子女户口簿；\n"
                     "2.父母双方的劳动合同或营业执照；\n"
                     "3.房产证或经备案的房屋租赁合同（租赁期须满一年以上）。\n")
    assert "PL108" in [c for c, _ in _codes(draft)]
    assert any("房屋租赁合同" in e.text for e in draft.facts.materials)


def test_a_list_introduced_by_the_children_it_is_about_and_the_ways_a_condition_is_shown():
    draft = _extract("昆山新市民子女需要参加积分入学有哪几类\n"
                     "《积分入学办法》所称昆山市新市民子女，是指夫妻双方中至少一方满足下列条件之一的非昆山籍人员符合入学年龄的子女：\n"
                     "（1）在本市居住一年以上，且有合法稳定职业；\n"
                     "（2）在本市居住一年以上，且有合法稳定住所。\n"
                     "满足下列条件之一可认定为有合法稳定职业：\n"
                     "（1）有本市工作单位出具的劳动关系证明材料并参加社会保险；\n"
                     "（2）有工商营业执照一年以上且仍在经营。\n")
    (group,) = draft.facts.conditions
    assert group.name == "之一" and [g.name for g in group.items] == ["同时具备", "同时具备"]
    work = next(e for e in group.items[0].items if e.key == "就业")
    assert any("营业执照一年以上" in w.text for w in work.words)
    codes = [c for c, _ in _codes(draft)]
    assert codes.count("PL102") == 2 and "PL104" in codes and "PL103" not in codes and "PL106" not in codes


def test_a_residence_length_shown_by_its_registration_is_the_residence_condition_and_rests_on_registration():
    draft = _extract("昆山新市民子女需要参加积分入学有哪几类\n"
                     "《积分入学办法》所称昆山市新市民子女，是指夫妻双方中至少一方满足下列条件之一的非昆山籍人员符合入学年龄的子女：\n"
                     "（1）在本市居住一年以上，且有合法稳定职业；\n"
                     "（2）在本市居住一年以上，且有合法稳定住所。\n"
                     "满足下列条件之一可认定为在本市居住满一年：\n"
                     "（1）申请时在本市范围内，已由公安部门办理居住登记连续满1年的；\n"
                     "（2）在本市范围内，已由公安部门办理居住登记，申请时社保处于缴费状态。\n")
    (group,) = draft.facts.conditions
    residence = next(e for e in group.items[0].items if e.key == "居住")
    assert any("居住登记连续满1年" in w.text for w in residence.words)
    codes = [c for c, _ in _codes(draft)]
    # residence by registration is residence registration: the conditions rest on it (no PL107 warning)
    assert "PL107" not in codes and codes.count("PL102") == 2


def test_a_permit_held_a_length_among_the_forms_of_residence_needs_its_length():
    draft = _extract("某区随迁子女入学条件\n"
                     "随迁子女父母须满足下列条件：\n"
                     "（1）在本市居住一年以上，且有合法稳定职业。\n"
                     "满足下列条件之一可认定为在本市居住满一年：\n"
                     "（1）已办理居住登记的。\n")
    # a registration without a length says nothing of the residence's length: not joined to the condition
    residence = [e for e in draft.facts.conditions if getattr(e, "key", None) == "居住"]
    assert residence and not any("居住登记" in w.text for e in residence for w in e.words)


def test_papers_in_a_part_headed_by_the_own_districts_hukou_carry_no_condition_on_migrant_children():
    text = ("西安市未央区2023年义务教育招生入学信息审核\n"
            "（1）未央区户籍房户一致\n"
            "辖区内户籍与实际居住地一致的适龄儿童家长持全家户口簿、房产证明、监护人身份证到学区小学审验资料。\n"
            "（2）非未央区户籍统筹类\n"
            "凡符合随迁子女入学条件的适龄儿童少年，由学生家长持租房合同到实际居住地所属的公办学校审验资料。\n")
    draft = _extract(text)
    assert "房产证明" in [e.text for e in draft.facts.materials]  # still the draft's papers, as written
    housing = [e for e in draft.facts.conditions if getattr(e, "key", None) == "住所"]
    # the local part's 房产证明 is no housing condition; the migrant part's 租房合同 is
    assert housing and not any("房产证明" in w.text for e in housing for w in e.words)


def test_both_parents_inside_one_papers_name_qualify_that_paper_not_the_list_it_is_in():
    draft = _extract("夏县义务教育阶段进城务工人员随迁子女入学实施细则\n"
                     "第三条 申请入学条件\n"
                     "（一）居住证\n"
                     "父母或法定监护人持有由夏县公安局签发的居住证。\n"
                     "（二）务工证明\n"
                     "流出地乡（镇）政府出具的父母双方进城务工证明或在夏县的工商营业执照、劳动合同、用人单位出具的劳动关系证明，"
                     "以及其它能够证明有合法稳定就业的资料。\n")
    assert "PL108" not in [c for c, _ in _codes(draft)]


def test_both_parents_opening_an_item_still_qualify_the_papers_after_it():
    draft = _extract("沙依巴克区随迁子女入学\n"
                     "流动人口随迁子女要求到本区义务教育阶段国办学校就读，报名须携带：父母和子女户籍证明；父母双方身份证、居住证；"
                     "房屋租赁合同。\n")
    assert "PL108" in [c for c, _ in _codes(draft)]


def test_a_condition_lifted_out_of_a_one_kind_group_joins_the_same_kind_written_after_it():
    # found by test_any_mixture_of_draft_sentences_extracts_to_rules_that_parse: 住所 written twice did not parse
    draft = _extract("1.持有浙江省居住证（或居住登记凭证）；合法稳定住所（含租赁）条件之一的，房屋租赁合同或不动产权证书、\n")
    assert _keys(draft).count("住所") == 1


_MATERIALS = ("横县2021年进城务工人员随迁子女入学工作方案\n"
              "五、办理材料\n"
              "（一）随迁子女\n"
              "1.居住证。\n"
              "2.家庭人员信息证明。\n"
              "随迁子女父母在有效期内的《居民身份证》及《户口簿》。\n"
              "3.随迁子女父母在横州镇连续居住满一年的相关{end}\n")


def test_a_paper_whose_wording_breaks_off_asks_nothing_read_and_is_left_to_a_person():
    draft = _extract(_MATERIALS.format(end="……"))
    assert "居住" not in _keys(draft)  # 连续居住满一年的相关……: half a sentence, not read as a residence condition
    assert any("相关" in u.piece.text for u in draft.facts.unread)


def test_the_same_paper_written_in_full_asks_its_residence_length():
    draft = _extract(_MATERIALS.format(end="证明。"))
    assert "居住" in _keys(draft)


_TIERS = ("2022年某县中小学入学招生工作\n"
          "（2）按学区就近入学。公办小学适龄儿童入学报名时，应提交适龄儿童及其监护人的户口簿、住宅产权证等证件。"
          "招生顺序：依据学区内有房产，为本镇户籍学生；学区内有房产，为县内其他乡镇户籍学生；"
          "学区内有房产，为县以外户籍学生；{last}。学校依据招生计划到某一顺位截止招生。\n")


def test_housing_papers_rank_children_when_the_order_keeps_a_tier_for_those_without_a_house():
    draft = _extract(_TIERS.format(last="学区内无房产、无户籍，外来务工人员子女"))
    assert "住所" not in _keys(draft)  # the house ranks (a later tier admits children without one); it does not gate
    codes = [c for c, _ in _codes(draft)]
    assert "PL105" not in codes and "PL107" not in codes


def test_housing_papers_are_a_housing_condition_when_no_tier_admits_children_without_a_house():
    draft = _extract(_TIERS.format(last="学区内有房产，为外来务工人员子女"))
    assert "住所" in _keys(draft)


def test_a_list_opened_by_a_colon_may_have_unnumbered_paragraphs_for_items():
    draft = _extract("济南历下区小学报名条件\n"
                     "随迁子女以家庭为单位在历下区连续居住一年以上，父母（监护人）有一方必须满足以下条件：\n"
                     "持有历下区的居住证一年以上；\n"
                     "在济南市区务工，参加社会保险满一年以上。\n"
                     "随迁子女是指随父母在济南市区长期工作、居住的非济南市户籍的儿童。\n")
    assert _keys(draft) == ["居住", "居住证", "就业", "社保"]
    codes = [c for c, _ in _codes(draft)]
    assert {"PL101", "PL102", "PL103"} <= set(codes)


def test_an_items_title_then_its_content_and_a_route_for_those_without_a_permit():
    draft = _extract("钢城区2023年小学入学条件\n"
                     "截至2023年8月31日，具备下列条件的，钢城辖区年满六周岁的适龄儿童可申请入学。\n"
                     "1.钢城户籍房产居民子女。适龄儿童监护人具有学校招生片区房产，户籍登记与房产信息一致。\n"
                     "3.外来务工人员随迁子女。截至2023年8月31日，外来务工人员随迁子女监护人双方在钢城区长期居住且办理居住证六个月以上"
                     "并在钢城区合法务工（或依法经营）；未办理居住证，但在钢城相应学区长期居住六个月以上的。\n")
    keys = _keys(draft)
    assert "住所" not in keys  # 钢城户籍…子女: the document's own place's hukou, the local children's route
    assert {"居住证", "就业", "居住"} <= set(keys)
    permit = next(e for e in draft.facts.conditions if getattr(e, "key", None) == "居住证")
    assert "未办理" not in permit.text
    codes = [c for c, _ in _codes(draft)]
    assert "PL108" in codes and "PL101" in codes and "PL106" not in codes


def test_the_sub_items_of_a_local_childrens_item_go_with_it_and_the_next_item_of_its_list_does_not():
    draft = _extract("钢城区2023年小学入学条件\n"
                     "截至2023年8月31日，具备下列条件的，钢城辖区年满六周岁的适龄儿童可申请入学。\n"
                     "1.钢城户籍房产居民子女。①适龄儿童监护人具有学校招生片区房产，户籍登记与房产信息一致；"
                     "②钢城户籍不在对应招生片区，在对应招生片区有房产且长期实际居住。\n"
                     "3.外来务工人员随迁子女。外来务工人员随迁子女监护人在钢城区长期居住且办理居住证六个月以上"
                     "并在钢城区合法务工（或依法经营）。\n")
    keys = _keys(draft)
    assert "住所" not in keys  # ①② are the local children's item's own ways, set aside with it
    assert {"居住证", "就业"} <= set(keys)
    assert "PL106" not in [c for c, _ in _codes(draft)]


def test_items_of_one_style_in_one_paragraph_are_not_taken_for_a_local_items_sub_items():
    draft = _extract("某区2023年小学入学条件\n"
                     "具备下列条件之一的适龄儿童可申请入学：\n"
                     "（1）本区户籍适龄儿童；（2）随迁子女父母持有本区居住证且在本区合法务工。\n")
    assert "居住证" in _keys(draft)


def test_papers_named_with_one_cut_off_date_of_an_earlier_year_are_each_held_since():
    # (session 5 left the whole clause to a person; a deadline of a year before the intake is now read as the
    # months each paper is held, values.held_since; one of the intake's own year still goes to a person)
    draft = _extract("南昌县2024年义务教育招生\n"
                     "1.有序确定入学对象\n"
                     "居住证、营业执照、按规定缴纳的保险、房屋租赁备案办理时间须在2023年12月31日前，截止信息采集日持续有效；"
                     "购房合同且已交房入住的同时提供用水、用电缴费凭证。\n")
    assert {"之一/居住证", "之一/就业", "之一/住所"} <= set(_keys(draft))
    assert not any("2023年12月31日前" in u.text for u in draft.facts.unread)


def test_可提交入学申请_frames_conditions():
    draft = _extract("历城区2021年申请适用对象及条件\n"
                     "2.监护人双方，在历城区长期居住且取得居住证一年以上，在济南合法务工（或依法经营）一年以上，可提交入学申请。\n")
    codes = [c for c, _ in _codes(draft)]
    assert {"PL101", "PL104", "PL108"} <= set(codes)


def test_an_item_of_a_list_of_conditions_of_no_named_kind_is_a_condition_all_the_same():
    draft = _extract("入读公明第二小学的条件\n"
                     "根据《暂行办法》，普通外来务工人员申请必须满足以下5个条件：\n"
                     "（一）申请入读的适龄儿童属政策内生育，符合计划生育政策；\n"
                     "（二）适龄儿童的父母必须持有连续3年有效的《广东省居住证》。\n")
    assert "其他" in _keys(draft)
    assert ("PL107", 3) in _codes(draft)
    papers = _extract("邯郸市2017年进城务工人员随迁子女入学\n"
                      "在我市接受教育需提供“四证”：\n"
                      "一是公安部门办理的我市流入地（县级）居住证；\n"
                      "二是父母双方身份证明或户口；\n")
    assert "其他" not in _keys(papers)  # a list of papers: its items are papers, not conditions


def test_the_paragraph_under_a_line_naming_conditions_states_them_and_working_somewhere_is_employment():
    draft = _extract("海口外地务工人员子女小学入学材料\n"
                     "非海口市户籍务工人员随迁子女小学入学条件\n"
                     "父、母及随迁子女在海口市实际居住并持有2年以上的《海口市居住证》，父母一方最近一年在本市工作，且有合法稳定住所。\n")
    assert {"居住证", "就业", "住所"} <= set(_keys(draft))
    codes = [c for c, _ in _codes(draft)]
    assert {"PL101", "PL104", "PL106"} <= set(codes)


# --- what real rules demand: readings for the checks of issue 13 (PL111–PL116, PL303, PL304, PL506) -------------


def test_a_detail_naming_a_registered_tenancy_reaches_the_checks():
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "（三）居住证持有人及其随迁子女在本区合法居所的证明，包括居住证持有人自有住房不动产权证书原件及复印件，"
                     "或者居住证持有人在有效期内的房屋租赁登记备案证明原件及复印件。\n")
    assert ("PL111", 2) in _codes(draft)
    assert [c for c, _ in _codes(draft)].count("PL111") == 1  # the material and the condition it carries: once


def test_documents_named_by_their_titles_after_a_verb_are_materials_in_any_part():
    draft = _extract("某区2022年小学入学\n"
                     "（二）其他条件\n"
                     "2.房产规定。租住房屋的需提供《房屋租赁登记备案证明》。\n"
                     "如果孩子已经超过法定入学年龄且未入学，须提交孩子户籍地教育行政部门开具的《缓学证明》。\n")
    materials = [e.text for e in draft.facts.materials]
    assert "《房屋租赁登记备案证明》" in materials and "孩子户籍地教育行政部门开具的《缓学证明》" in materials
    assert ("PL111", 3) in _codes(draft) and ("PL201", 4) in _codes(draft)


def test_designated_schools_are_how_migrant_children_are_admitted_not_a_condition():
    draft = _extract("某市2022年流动人口子女入学\n"
                     "流动人口子女具备以下条件的，可按实际居住地“相对就近”的原则到流动人口指定学校（甲小学、乙小学）就读。\n"
                     "（1）已在本市派出所申领了居住证的；\n")
    (entry,) = [e for e in draft.facts.schedules["公办"] if e.key == "随迁子女报名"]
    assert "指定学校" in entry.text and entry.origins[0].note == "指定学校"
    assert not [u for u in draft.facts.unread if "指定学校" in u.text]
    assert ("PL112", 2) in _codes(draft)


def test_places_left_over_and_a_private_hukou_priority_are_admission_orders():
    draft = _extract("某区2025年小学入学\n"
                     "区教育局将统筹安排符合入学条件的居住证持有人随迁子女到区内有空余学位的公办小学就读。\n"
                     "民办学校招生对象：辖区民办小学优先招收符合年龄要求的本区户籍适龄儿童，生源不足时可适当扩大招生范围。\n")
    assert ("PL304", 2) in _codes(draft)
    (over,) = [e for e in draft.facts.schedules["民办"] if e.key == "超额"]
    assert over.text == "辖区民办小学优先招收符合年龄要求的本区户籍适龄儿童"
    assert ("PL303", 3) in _codes(draft)


def test_a_points_line_is_read_apart_from_what_becomes_of_the_children_above_it():
    draft = _extract("某区2023年随迁子女入学\n"
                     "居住证持有人申报积分并办结，积分达10分及以上，其随迁子女在本区接受义务教育的，由区教育局统筹安排入学。\n")
    (line,) = [e for e in draft.facts.points if e.key == "门槛"]
    assert line.text == "积分达10分及以上"
    assert ("PL506", 2) in _codes(draft)


def test_a_date_under_a_heading_naming_its_stage_and_a_stage_named_apart_from_its_date():
    draft = _extract("某区2024年随迁子女入学\n"
                     "二、登记时间\n"
                     "2024年11月1日至30日（不含国家法定节假日）\n")
    (entry,) = draft.facts.schedules["公办"]
    assert (entry.key, entry.text) == ("报名", "2024年11月1日至30日")
    draft = _extract("某县2022年中小学入学招生工作\n"
                     "（3）统一网上报名。6月10日—12日，由县镇小学采集信息、核验后上交教育局备案。\n")
    (entry,) = draft.facts.schedules["公办"]
    assert (entry.key, entry.text) == ("报名", "6月10日—12日")


def test_a_date_and_two_stages_in_one_sentence_is_left_to_confirm():
    draft = _extract("某县2022年中小学入学招生工作\n"
                     "6月10日—12日，学校采集信息后公布录取结果。\n")
    assert not draft.facts.schedules


def test_times_of_day_inside_a_date_range_are_read_past():
    draft = _extract("某区2023年随迁子女入学\n"
                     "填报时间：\n"
                     "2023年2月15日上午9:00至2月24日下午5:00。\n")
    (entry,) = draft.facts.schedules["公办"]
    assert (entry.key, entry.text) == ("报名", "2023年2月15日至2月24日")


def test_papers_listed_in_brackets_are_materials_and_a_semicolon_inside_brackets_ends_no_sentence():
    draft = _extract("某区2024年入学审核\n"
                     "本区设立非本市户籍适龄儿童少年接受义务教育材料（1.在京务工就业材料；2.在京实际住所材料；3.北京市居住证；"
                     "4.全家户口簿，以下简称“所需材料”）联合审核机制。\n")
    # the two papers named by the conditions they show are those conditions (证明材料所载的条件) as well
    assert [e.text for e in draft.facts.materials] == ["北京市居住证", "全家户口簿"]
    assert _keys(draft) == ["就业", "住所", "居住证"]


def test_an_alternative_of_papers_is_not_cut_to_one_when_the_other_is_stated():
    draft = _extract("某市2016年随迁子女入学\n"
                     "父母持有本市居住证。\n"
                     "具备“三证”的进城务工人员随迁子女（原籍户口簿和父母身份证；父母一方与就业单位签订的劳动合同或工商营业执照；"
                     "父母双方同一地点半年以上的暂住证或本辖区内房产证）即符合报名条件。\n")
    assert "住所" not in _keys(draft)  # 暂住证或房产证: the permit's evidence or another way, not housing alone
    assert not [c for c, _ in _codes(draft) if c == "PL105"]


def test_a_condition_restated_with_its_length_for_another_kind_of_child_is_checked_where_it_is_written():
    draft = _extract("2021年南宁横州市随迁子女入学工作通知\n"
                     "（一）随迁子女\n"
                     "父母须持有我县公安部门签发的《居住证》、在流入地有合法稳定住所（持续合法居住1年以上），其随迁子女可申请入学。\n"
                     "（二）进城务工人员随迁子女\n"
                     "父母须持有我县公安部门签发的《居住证》、在流入地有合法稳定住所（持续合法居住1年以上）并已合法稳定就业，其随迁子女可申请入学。\n")
    assert [code for code, line in _codes(draft) if code == "PL109"] == ["PL109", "PL109"]


def test_a_table_of_materials_gives_its_column_of_papers():
    draft = _extract("某县2024年随迁子女入学办法\n"
                     "报名时须提交下表所列材料。\n"
                     "序号\t材料名称\t备注\n"
                     "1\t户口簿\t原件及复印件\n"
                     "2\t居住证\t有效期内\n"
                     "3\t房屋租赁登记备案证明\t租房的提供\n")
    assert [e.text for e in draft.facts.materials] == ["户口簿", "居住证", "房屋租赁登记备案证明"]
    assert "表1第4行第2列" in draft.facts.materials[2].origins[0].where
    assert [u.text for u in draft.facts.unread if u.piece.line > 1] == []  # 序号, 备注 and the opening: its structure
    assert ("PL111", 6) in _codes(draft)


def test_a_tier_admitted_as_if_local_is_an_order_and_holding_a_permit_carries_no_papers():
    draft = _extract("某市2022年随迁子女入学方法\n"
                     "一、入学办法\n"
                     "1.父母一方持有公安部门核发的有效期内的居住证。\n"
                     "2.原则上对同时满足父母双方均在市区范围内持居住证连续满五年、在同一学区范围内有合法稳定住所且"
                     "连续居住满五年的随迁子女，由城区教育行政部门按住所地址依照市区户籍学生入学政策保障入学。\n")
    # the tier is an admission order: its five years are no entry condition (no PL102, PL101 on line 4)
    assert not any(line == 4 and code in ("PL101", "PL102", "PL109") for code, line in _codes(draft))
    assert not [m for m in draft.facts.materials if "五年" in m.text]


def test_parents_carrying_the_permit_and_the_register_name_papers():
    draft = _extract("某县2022年随迁子女入学办法\n"
                     "二、报名材料\n"
                     "家长持居住证、户口簿、房屋租赁合同到学校报名。\n")
    texts = [m.text for m in draft.facts.materials]
    assert texts[:2] == ["居住证", "户口簿"] and texts[2].startswith("房屋租赁合同")


def test_conditions_under_a_heading_of_their_own_lead_over_the_materials_before_them():
    # 海口: a title naming the materials and their items, then a line naming the conditions and the paragraph
    # stating them; father and mother named one by one are one part of a material, and both parents
    draft = _extract("某市外地务工人员子女小学入学材料\n"
                     "（1）父、母及随迁子女的居民户口簿；\n"
                     "（2）父、母及随迁子女在本市2年以上居住证；\n"
                     "非某市户籍务工人员随迁子女小学入学条件\n"
                     "父、母及随迁子女在某市实际居住并持有2年以上的《某市居住证》，父母一方在本市工作，且有合法稳定住所。\n"
                     "（1）在城区自有住房居住的，由划片对口学校接收入学。\n")
    materials = [e.words[0].text for e in draft.facts.materials]
    assert "父、母及随迁子女的居民户口簿" in materials and "父" not in materials
    codes = _placed(draft)
    assert ("PL101", 5) in codes and ("PL108", 5) in codes and ("PL106", 5) in codes
    assert not any(line in (1, 3, 4) for _code, line in codes)
    assert not any(u.piece.line == 4 for u in draft.facts.unread)  # the heading is read as a heading
    assert not any(e.words[0].line == 6 for e in draft.facts.materials)  # the list of materials ended at it


def test_a_sub_items_paper_asking_a_length_or_both_parents_carries_that_condition():
    # 南开: （三）…合法居所的证明 and its sub-items; a further sentence of a sub-item's paragraph names another paper
    draft = _extract("某区居住证持有人随迁子女申请入学登记通知\n"
                     "居住证持有人随迁子女申请入学应提交下列材料原件及复印件：\n"
                     "（一）随迁子女父母中一方在有效期内的本区居住证。\n"
                     "（二）居住证持有人及其随迁子女在本区合法居所的证明。\n"
                     "1.居住在自有住房的：需提供居住证持有人自有住房不动产权证书。\n"
                     "2.居住在租赁住房的：需提供居住证持有人在申请入学登记前连续十二个月的租赁登记备案证明。"
                     "同时需提供不动产登记事务中心开具的随迁子女父母双方《不动产登记记录查询结果》。\n"
                     "（三）居住证持有人在本区的务工就业证明。\n")
    codes = _placed(draft)
    assert ("PL108", 6) in codes and ("PL109", 6) in codes and ("PL111", 6) in codes
    assert not any(u.piece.line == 6 for u in draft.facts.unread)


def test_one_parent_allowed_to_some_families_only_asks_both_parents_of_the_others():
    # 延庆: 审核申请人在延自有住房的，可只提供一方在京务工就业材料
    draft = _extract("某区2023年非京籍入学材料\n"
                     "非本市户籍适龄儿童少年，由申请人提供在本区务工就业材料、在本区实际住所居住材料、北京市居住证、全家户口簿进行审核。\n"
                     "一、在本区务工就业材料\n"
                     "在本区务工就业材料须符合下列条件之一：\n"
                     "1.审核申请人受雇于用人单位的，应提供劳动合同原件及复印件。审核申请人在本区自有住房的，可只提供一方在京务工就业材料。\n"
                     "2.审核申请人为个体工商户的，应提供本区市场监督管理部门核发的营业执照原件及复印件。\n")
    assert ("PL108", 5) in _placed(draft)


def test_a_route_item_under_the_conditions_gives_the_housing_its_length():
    # 海口: （2）父母租房居住的，应是…唯一合法稳定住所，且连续居住满二年: the length of that housing (PL109), not a
    # residence condition (PL102); an item naming no length (（1）…由划片对口学校接收入学) is no condition
    draft = _extract("某市随迁子女小学入学办法\n"
                     "非某市户籍务工人员随迁子女小学入学条件\n"
                     "父母一方持有某市居住证，父母一方在本市工作，且有合法稳定住所。\n"
                     "（1）在城区自有住房居住的，由划片对口学校接收入学。\n"
                     "（2）父母租房居住的，应是城区的唯一合法稳定住所，且连续居住满二年。\n")
    codes = _placed(draft)
    assert ("PL109", 5) in codes
    assert not any(code == "PL102" for code, _line in codes)
    assert not any(line == 4 for _code, line in codes)


def test_a_short_numbered_item_naming_a_paper_is_an_item_of_the_list_not_a_heading():
    # （三）合法稳定住所证明。 among （一）（二）（四）: an item (its sub-items detail it), not the heading of a part
    draft = _extract("某县2024年进城务工人员随迁子女入学实施细则\n"
                     "随迁子女报名须提交以下材料：\n"
                     "（一）居民户口簿。\n"
                     "（二）父母一方的居住证。\n"
                     "（三）合法稳定住所证明。\n"
                     "1.自有住房的：提供不动产权证书。\n"
                     "2.租房的：提供连续居住满一年的房屋租赁合同。\n"
                     "（四）父母一方的就业证明。\n")
    codes = _placed(draft)
    # 连续居住满一年的房屋租赁合同: the lease shows a residence length it does not measure itself (not 租期满一年),
    # so a residence condition (PL102), as material_condition reads it since the recall branch
    assert ("PL102", 7) in codes and any(code == "PL106" for code, _line in codes)
    assert not any(code == "PL105" for code, _line in codes)  # the deed is one way to show the housing, not the only
    assert not any(a.piece.line == 5 for a in draft.facts.aside)


def test_a_bare_conditions_line_alone_is_a_heading():
    # 入学条件： alone on its line, after a list of materials: the heading of the paragraph under it
    draft = _extract("某县2024年进城务工人员随迁子女入学实施细则\n"
                     "报名材料\n"
                     "（1）户口簿；\n"
                     "（2）居住证；\n"
                     "入学条件：\n"
                     "父母一方在本县实际居住并持有居住证满一年，在本县务工，且有合法稳定住所。\n")
    codes = _placed(draft)
    assert ("PL101", 6) in codes and ("PL106", 6) in codes
    assert not any(u.piece.line == 5 for u in draft.facts.unread)


def test_both_parents_said_in_one_condition_of_a_sentence_are_not_repeated_with_the_next():
    # 父母双方 is the subject of the housing clause already: the permit clause after it does not repeat it,
    # so the sentence's demand for both parents is one finding, not two
    draft = _extract("某区2020年外来务工子女入学条件\n"
                     "外来务工子女入学条件如下：\n"
                     "1、父母双方在本区有相对固定住所，持有《居住证》和租房合同，两证地址相符。\n"
                     "2、父母双方或一方在本区有合法稳定职业。\n")
    conditions = {e.key: e.text for e in draft.facts.conditions}
    assert conditions["住所"] == "父母双方在本区有相对固定住所"
    assert not conditions["居住证"].endswith("父母双方")
    assert [c for c in _codes(draft) if c[0] == "PL108"] == [("PL108", 3)]


def test_a_group_named_by_its_hukou_sent_to_enrol_at_its_hukou_place_is_a_hukou_condition():
    draft = _extract("某市2021年义务教育招生工作\n"
                     "本市其他县区户口的外来务工家庭，其子女回户口所在地就读。\n")
    assert _keys(draft) == ["户籍"]
    assert ("PL107", 2) in _codes(draft)


def test_a_group_not_named_by_hukou_sent_to_its_hukou_place_is_set_aside():
    draft = _extract("某市2022年小学入学说明\n"
                     "未实际入住的购房家庭，不符合就近入学原则，须回户籍所在地报名入学。\n")
    assert _keys(draft) == []
    assert any("回户籍所在地" in a.reason for a in draft.facts.aside)


def test_how_the_permit_is_obtained_is_set_aside_not_read_as_entry_conditions():
    draft = _extract("某市2017年随迁子女入学提示\n"
                     "按照规定，外来人员申请办理居住证，须在居住地派出所登记居住满半年，凭合法稳定就业、合法稳定住所、"
                     "连续就读三个条件之一的材料方可办理居住证。\n"
                     "随迁子女报名入学时，必须持有父母双方在本市办理的居住证。\n")
    assert _keys(draft) == ["居住证"]
    assert ("PL106", 2) not in _codes(draft)
    assert ("PL108", 3) in _codes(draft)


def test_points_scored_are_a_ranking_not_conditions():
    draft = _extract("某区2015年随迁子女积分入学细则\n"
                     "一、积分入学基本条件\n"
                     "1.申请人持有本区居住证。\n"
                     "二、积分计算办法\n"
                     "父母双方均在本区居住、就业的，另一方可作为附加方申请附加分：附加方在本区就业的年限每满一年加1分。\n")
    assert "就业" not in _keys(draft)
    assert not [c for c in _codes(draft) if c[0] in ("PL104", "PL108")]


def test_a_hukou_demanded_of_every_child_in_a_document_for_all_children_is_a_hukou_condition():
    draft = _extract("某社区2018年一年级学区摸底通知\n"
                     "一、招生对象（须同时符合以下条件）：\n"
                     "1.年满六周岁。\n"
                     "2.学生户口须为本学区户口，并与父母在同一户口簿上。\n")
    assert _keys(draft) == ["户籍"]
    assert ("PL107", 4) in _codes(draft)


def test_a_hukou_rule_for_all_children_with_an_order_admitting_those_without_it_is_no_condition():
    draft = _extract("某区2022年小学入学\n"
                     "一、招生对象\n"
                     "1.学生户口须在本学区。\n"
                     "二、招生顺序\n"
                     "按照①有户有房②有户无房③无户有房④无户无房顺序依次招生，额满为止。\n")
    assert "户籍" not in _keys(draft)


def test_children_named_by_their_parents_work_are_whose_children_not_an_employment_condition():
    # 务工就业人员子女 names migrant children (the document is about them) and is whose children a rule is for,
    # not an employment condition
    draft = _extract("某区2024年务工就业人员子女入学需要什么材料\n"
                     "父母一方在本区务工就业满半年的，可申请入学。\n"
                     "本市范围内来区务工就业人员子女须持浙江省义务教育证。\n")
    assert [(e.key, e.text) for e in draft.facts.conditions] == [("就业", "父母一方在本区务工就业满半年")]


def test_local_children_put_first_is_an_order_not_a_part_for_local_children():
    draft = _extract("某区2022年小学招生说明\n"
                     "招生原则：组织进城务工人员随迁子女积分派位入学。\n"
                     "入学办法：公办小学实行划片招生，优先录取学区内本区户籍适龄儿童。\n")
    schedules = {k: [e.key for e in v] for k, v in draft.facts.schedules.items()}
    assert "随迁子女报名" in schedules.get("公办", [])
    assert not any("优先录取" in a.text for a in draft.facts.aside)


def test_another_groups_rules_are_set_aside_not_read_as_migrant_conditions():
    draft = _extract("某区2023年随迁子女入学办法\n"
                     "随迁子女须持有本区居住证。\n"
                     "港澳台籍适龄儿童须持《港澳台居民居住证》，在居住地学校就读。\n")
    assert [e.key for e in draft.facts.conditions] == ["居住证"]
    assert any("另一类儿童" in a.reason for a in draft.facts.aside)


def test_a_condition_clause_beside_the_points_it_earns_is_still_a_condition():
    draft = _extract("某区2023年随迁子女入学办法\n"
                     "随迁子女父母一方在本区缴纳社会保险满12个月以上的，可申请入学，每满一个月积1分。\n")
    assert "社保" in _keys(draft)


def test_a_tier_headed_by_local_children_is_a_part_for_them_and_the_next_tier_is_not():
    draft = _extract("某区2022年义务教育招生实施意见\n"
                     "【招生顺序】\n"
                     "第一批次：本区户籍适龄儿童\n"
                     "1.入学条件：需提供入学儿童户口簿、父母房产证两项基本证明材料。\n"
                     "第二批次：持本区居住证的随迁子女\n"
                     "1.入学条件：父母一方持有本区居住证满半年。\n")
    assert _keys(draft) == ["居住证"]
    assert not [c for c in _codes(draft) if c[0] == "PL105"]


def test_a_sending_home_after_an_admission_here_leaves_the_admission_to_be_read():
    draft = _extract("某区2023年随迁子女入学办法\n"
                     "随迁子女须持有本区居住证。\n"
                     "符合条件的随迁子女由区教育局统筹安排到指定学校入学，不符合条件的回户籍所在地就读。\n")
    assert not any("回户籍所在地" in a.reason for a in draft.facts.aside)


# --- conditions written as running prose, or as the papers of a list of conditions (readers/running.py) ---------


def test_items_of_a_list_of_conditions_that_name_the_paper_carry_its_condition_and_the_list_goes_on():
    # sichuan-chengdu-pujiang-2022's shape, other words: 提交/出示 for 出具, 经商 for 劳动合同, 我区 for 我县
    draft = _extract("某区2022年随迁子女入学指南\n"
                     "申请条件\n"
                     "应同时具备以下条件：\n"
                     "1.申请人持有在我区办理的四川省居住证。\n"
                     "2.申请人提交与其子女同一户籍的户口簿。\n"
                     "3.申请人出示与我区用人单位签订的《劳动合同》或在我区经商的工商营业执照。\n"
                     "4.自2022年5月1日上溯12个月，申请人已在我区连续居住满一年。\n"
                     "5.截至2022年5月1日，申请人已在我区连续缴纳城镇职工基本养老保险满一年。\n")
    assert sorted(_keys(draft)) == sorted(["居住", "居住证", "就业", "社保"])
    codes = _codes(draft)
    assert ("PL102", 7) in codes and ("PL103", 8) in codes
    assert not [c for c in codes if c[0] == "PL506"]
    # the counted-back date is read with its condition, never as an enrolment date
    assert "招生安排" not in draft.text
    assert [u for u in draft.facts.unread if u.piece.line not in (1, 2)] == []


def test_a_list_of_alternatives_naming_papers_is_not_read_as_conditions_all_required():
    draft = _extract("某区2022年随迁子女入学指南\n"
                     "具备下列条件之一：\n"
                     "1.申请人出具与我区用人单位签订的《劳动合同》。\n"
                     "2.申请人出具在我区的房屋租赁合同。\n")
    assert not [c for c in _codes(draft) if c[0] == "PL106"]


def test_conditions_before_the_papers_of_one_sentence_are_conditions():
    # hunan-changsha-2020's shape, other words: 经商 for 务工, 生活 for 居住, 12个月 for 一年, 须提交 for 提交
    draft = _extract("某市随迁子女入学答复\n"
                     "随迁子女父母在本市经商并在本市连续生活满12个月，须提交父母身份证、户口簿和本市居住证等相关材料，由区教育局统筹安排。\n")
    keys = _keys(draft)
    assert "就业" in keys and "居住" in keys
    assert ("PL102", 2) in _codes(draft)
    assert any("身份证" in e.words[0].text for e in draft.facts.materials)


def test_whom_the_papers_are_for_is_no_condition():
    # the clause before the papers says whom they are for (…的，提供…; 若…，须提供…): not read as a condition
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "随迁子女父母持有本区居住证。\n"
                     "父母在本区租住房屋的，提供房屋租赁登记备案证明。\n"
                     "若父母在本区无住房，须提供房屋租赁合同。\n")
    from policy_lint.extract.model import Group
    words = [w.text for item in draft.facts.conditions
             for e in (item.items if isinstance(item, Group) else [item]) for w in e.words]
    assert not [w for w in words if "租住房屋的" in w or "无住房" in w]


def test_the_papers_detailing_an_item_are_not_further_conditions():
    # sichuan-chengdu-chenghua-undated's shape: ④…；具体为：／A、自购房者／提供…
    draft = _extract("某区随迁子女入学条件\n"
                     "应同时具备以下条件：\n"
                     "①申请人持有与我区用人单位签订的《劳动合同》；\n"
                     "②申请人已在我区连续合法居住满一年；具体为：\n"
                     "A、自购房者\n"
                     "提供房屋所有权证或购房合同。\n")
    assert "住所" not in _keys(draft)
    assert not [c for c in _codes(draft) if c[0] in ("PL105", "PL106")]


def test_items_numbered_by_a_number_and_a_space_are_one_list():
    # sichuan-chengdu-shuangliu-undated: a web copy lost the stop after each number
    draft = _extract("某区随迁子女入学\n"
                     "须出示下列证明材料：\n"
                     "1 申请人的《居民身份证》；\n"
                     "2 申请人与区内用人单位依法签订的《劳动合同》，或申请人在区内办理的工商营业执照；\n"
                     "3 截至5月1日，申请人已在本区连续居住满一年的相关证明；\n")
    assert "居住" in _keys(draft) and "就业" in _keys(draft)
    employment = [e for e in draft.facts.conditions if getattr(e, "key", None) == "就业"]
    assert len(employment) == 1 and len(employment[0].words) == 1  # one paper of two: one condition, as written


def test_an_alternative_asking_two_conditions_joined_by_qie_is_one_branch():
    # chongqing-yuzhong-2021's shape, other words: 并 for 且, 依法经营 for 投资经营, 社保 for 社会保险
    from policy_lint.extract.model import Group
    draft = _extract("某区2021年非户籍生入学办法\n"
                     "父母一方持有本区居住证，且符合下列条件之一的，可申请入学：在本区有自有住房，或者在本区依法经营，"
                     "或者与用人单位签订劳动合同并由用人单位为其缴纳社保的。\n")
    (any_of,) = [g for g in draft.facts.conditions if isinstance(g, Group)]
    assert any_of.name == "之一"
    kinds = [item.name if isinstance(item, Group) else item.key for item in any_of.items]
    assert kinds == ["住所", "就业", "同时具备"]
    assert [e.key for e in any_of.items[2].items] == ["就业", "社保"]


def test_the_regulations_conditions_for_a_permit_restated_are_no_entry_conditions():
    # hebei-shijiazhuang-2017 and hunan-zhuzhou-2025's shape: the law on the permit, then the county's own demand
    draft = _extract("某市2017年随迁子女入学通知\n"
                     "按照《居住证暂行条例》规定，流动人口在本市居住半年以上，凭合法稳定就业、合法稳定住所、连续就读等三个条件之一的"
                     "相关材料方可申领居住证。随迁子女报名入学时，必须持有父母双方于入学当年5月31日前办理的居住证。\n")
    assert _keys(draft) == ["居住证"]
    assert any("转述《居住证暂行条例》" in a.reason for a in draft.facts.aside)
    codes = [c for c, _line in _codes(draft)]
    assert "PL106" not in codes and "PL108" in codes


def test_a_list_of_papers_in_unnumbered_paragraphs_carries_their_conditions():
    # jiangsu-nantong-haimen-2024 and chongqing-yuzhong-2021's shape, other words: 须提交以下材料 for 须提供如下…, 本区 for 居住证所在地
    draft = _extract("某区2024年外来务工人员子女入学\n"
                     "外来务工人员子女须提交以下材料：\n"
                     "能证明父母与子女关系的户口簿、身份证。\n"
                     "本区公安部门办理的有效居住证，且在本区居住满12个月。\n"
                     "儿童预防接种证明。\n")
    assert "居住" in _keys(draft)
    assert ("PL102", 4) in _codes(draft)
    assert any("预防接种" in e.words[0].text for e in draft.facts.materials)


def test_a_bundles_papers_between_commas_are_read_when_as_many_as_it_counts():
    # tianjin-jinnan-2020's shape, other words: 四证 for 五证, 房产证明 for 住房证明, 就业证明 for 务工证明
    draft = _extract("某区2020年随迁子女入学答复\n"
                     "须提前登记并提交“四证”（户口本、家长的居住证、房产或租房证明、本区的合法就业证明）办理入学申请。\n")
    keys = _keys(draft)
    assert "住所" in keys and "就业" in keys
    assert ("PL106", 2) in _codes(draft)
    # a bundle counting other than its papers is not split (三证 with four names: not told which are its three)
    other = _extract("某区2020年随迁子女入学答复\n"
                     "须提交“三证”（户口本、家长的居住证、房产或租房证明、本区的合法就业证明）办理入学申请。\n")
    assert "就业" not in _keys(other)


def test_conditions_are_written_in_the_drafts_order_so_pl106_is_at_the_later():
    # tianjin-xiqing-2023's shape: the housing paper of a list first, the employment stated in a later sentence
    draft = _extract("某区2023年随迁子女入学登记办法\n"
                     "预约登记需提供的材料：\n"
                     "1.有效期内的居住证。\n"
                     "2.居住证持有人在本区合法居所的证明。\n"
                     "居住证持有人经商的人员应持有本人的工商营业执照。\n")
    lines = [e.words[0].line for e in draft.facts.conditions if hasattr(e, "words")]
    assert lines == sorted(lines)
    assert ("PL106", 5) in _codes(draft)


def test_a_list_of_requirements_naming_papers_reads_as_one_of_conditions():
    # the same shape as pujiang's 应同时具备以下条件, other words: 须同时满足下列要求, 提供, 本市, 6个月
    draft = _extract("某市2023年随迁子女入学指南\n"
                     "须同时满足下列要求：\n"
                     "1.父母持有本市居住证。\n"
                     "2.父母提供与本市用人单位签订劳动合同的证明材料。\n"
                     "3.截至2023年6月1日，父母已在本市连续缴纳社会保险满6个月。\n")
    keys = _keys(draft)
    assert "就业" in keys and "社保" in keys and "其他" not in keys


def test_one_length_after_two_conditions_applies_to_both():
    # hunan-changsha-2020's bracket (居住和参保至少一年), as a condition of its own, and a variant (务工、居住均满一年)
    draft = _extract("某市随迁子女入学办法\n"
                     "随迁子女父母须在本市居住和参保至少一年，方可申请入学。\n")
    entries = {e.key: e for e in draft.facts.conditions if hasattr(e, "key")}
    assert set(entries) >= {"居住", "社保"}
    assert "至少一年" in entries["居住"].words[0].text
    codes = [c for c, _l in _codes(draft)]
    assert "PL102" in codes and "PL103" in codes
    other = _extract("某区随迁子女入学办法\n"
                     "父母一方在我区务工、居住均满12个月，可申请入学。\n")
    keys = _keys(other)
    assert "就业" in keys and "居住" in keys


def test_work_and_a_home_joined_by_he_in_prose_are_both_required():
    # chongqing-liangjiang-undated's shape (应有稳定的职业和固定的居所), and a variant (合法职业及稳定居所, 本区)
    for sentence in ("其法定监护人原则上在本区范围内应有稳定的职业和固定的居所，方可申请入学。",
                     "父母一方须在本区有合法职业及稳定居所，方可申请入学。"):
        draft = _extract("某区随迁子女入学政策\n" + sentence + "\n")
        assert {"就业", "住所"} <= set(_keys(draft)), sentence
        assert ("PL106", 2) in _codes(draft), sentence


def test_an_order_putting_local_hukou_children_first_is_the_migrant_registration_order():
    # the precedence reader: the local children's stage first, however long their category (PL304 at that line)
    draft = _extract("某县2025年随迁子女入学政策\n"
                     "随迁子女新生招生与户籍生新生招生同步进行，均实行网上统一报名。\n"
                     "各镇（街道）完成本县户籍或父母房产在本县等类别的适龄儿童少年录取后，将根据能提供的学位数，"
                     "统筹安排随迁子女就读学校。\n")
    (entry,) = [e for e in draft.facts.schedules["公办"] if e.key == "随迁子女报名"]
    assert entry.text.startswith("各镇（街道）完成本县户籍") and entry.text.endswith("均实行网上统一报名")  # both kept
    assert ("PL304", 3) in _codes(draft)


def test_a_priority_for_local_hukou_children_and_a_place_left_undecided_are_orders_not_local_parts():
    draft = _extract("某区随迁子女入学说明\n"
                     "随迁子女按积分派位入学。\n"
                     "公办小学实行划片招生，优先招收片区内本区户籍适龄儿童。\n")
    assert ("PL304", 3) in _codes(draft)
    draft = _extract("某区随迁子女入学说明\n"
                     "家长提交材料为随迁子女完成入学申请登记，已完成登记的适龄儿童将依据学位情况统筹考虑能否入学。\n")
    assert ("PL304", 2) in _codes(draft)


def test_a_migrant_lottery_after_local_children_stays_the_lottery_and_a_local_parts_priority_is_left_alone():
    draft = _extract("某县随迁子女入学实施细则\n"
                     "随迁子女与户籍适龄儿童同步报名；城区学位紧张的学校，随迁子女在户籍适龄儿童录取后按剩余学位摇号。\n")
    keys = {e.key: e.text for e in draft.facts.schedules["公办"]}
    assert keys["随迁子女摇号"] == "随迁子女在户籍适龄儿童录取后按剩余学位摇号"
    assert keys["随迁子女报名"] == "随迁子女与户籍适龄儿童同步报名"
    draft = _extract("某县随迁子女入学实施细则\n"
                     "一、本县户籍适龄儿童\n"
                     "本县户籍且房户一致的优先安排入学。\n"
                     "二、随迁子女\n"
                     "随迁子女与户籍适龄儿童同步报名。\n")
    assert not any("优先" in e.text for e in draft.facts.schedules.get("公办", []))


def test_an_order_putting_local_children_first_stops_short_of_a_date_after_it():
    draft = _extract("某县随迁子女入学实施细则\n"
                     "本县户籍学生录取后，剩余学位安排随迁子女，报名时间为2025年7月1日至7月10日。\n")
    keys = {e.key: e.text for e in draft.facts.schedules["公办"]}
    assert keys["随迁子女报名"] == "本县户籍学生录取后，剩余学位安排随迁子女"
    assert "报名" in keys
    draft = _extract("某县随迁子女入学实施细则\n"
                     "本县户籍学生录取后，根据能提供的学位数安排随迁子女，家长须提供居住证等证明材料。\n")
    keys = {e.key: e.text for e in draft.facts.schedules["公办"]}
    assert keys["随迁子女报名"] == "本县户籍学生录取后，根据能提供的学位数安排随迁子女"  # 能提供的学位: no papers


def test_a_lottery_migrant_pupils_may_not_join_and_a_stage_for_local_children_first_are_orders():
    draft = _extract("某区随迁子女入学政策\n"
                     "随迁子女小学入学由教育局统筹安排，在小升初时不能参加小升初摇号。\n")
    assert ("PL304", 2) in _codes(draft)
    draft = _extract("某市进城务工人员随迁子女入学办法\n"
                     "各公办学校安排片区范围内户籍适龄儿童少年后，在有学位剩余的情况下，安排随迁子女入学。\n")
    assert ("PL304", 2) in _codes(draft)


def test_paragraphs_naming_papers_after_a_list_announced_with_a_colon_are_its_items():
    # 海门: 须提供如下有效证件和材料： and then paragraphs without numbers (a web copy of Word's automatic numbering)
    draft = _extract("某区2024年来区务工就业人员子女入学材料\n"
                     "省内外来区务工就业人员子女须提供如下有效证件和材料：\n"
                     "能证明父子或母子关系的户口簿、身份证。\n"
                     "本地公安部门办理的有效居住证件，且在居住证所在地居住满1年以上。\n"
                     "父母务工证明或其它合法经营（营业执照）的相关工作证明。合法经营者需提供1年以上纳税证明。\n"
                     "本省范围内来区务工就业人员子女须持本省义务教育证。\n"
                     "工作原则\n")
    codes = _placed(draft)
    assert ("PL102", 4) in codes and ("PL104", 5) in codes
    assert not any(code == "PL107" for code, _line in codes)  # 务工就业人员 is who, not an employment condition


def test_unnumbered_papers_with_other_words_are_items_too():
    # the same shape, other words: 需提交以下材料, 租住 / 经商, 满两年 / 不少于12个月
    draft = _extract("某县随迁子女入学须知\n"
                     "随迁子女入学需提交以下材料：\n"
                     "父母的居民户口簿。\n"
                     "父母一方的居住证，并在本县连续居住满两年。\n"
                     "经商的提供营业执照。个体经营者须提供不少于12个月的纳税证明。\n"
                     "报名时间\n")
    codes = _placed(draft)
    assert ("PL102", 4) in codes and ("PL104", 5) in codes


def test_a_list_without_a_colon_or_followed_by_prose_gets_no_items():
    draft = _extract("某县随迁子女入学须知\n"
                     "随迁子女入学需提交以下材料：\n"
                     "各校要做好宣传工作，确保家长知晓政策。\n"
                     "父母一方的居住证。\n")
    from policy_lint.extract.extractor import Extractor
    reader = Extractor(draft.draft)
    reader.split()
    reader.unnumbered_items()
    # a paragraph of prose ends the list before it began: neither it nor the paper after it is an item
    assert not any(s.item for s in reader.sentences if s.line.number in (3, 4))


def test_a_sentence_opening_with_or_in_a_conditions_paragraph_is_another_way_to_meet_it():
    # 历下: …参加社会保险满一年以上。或在济南市区合法经营，至少在2019年8月31日前注册并依法纳税且连续至今
    draft = _extract("某区2020年外来务工随迁子女入学\n"
                     "随迁子女父母有一方必须满足以下条件：\n"
                     "持有本区的居住证。\n"
                     "在本市务工，参加社会保险。或在本市合法经营，至少在2019年8月31日前注册并依法纳税且连续至今。\n")
    assert ("PL104", 4) in _placed(draft)


def test_a_start_to_this_day_after_a_business_with_other_words():
    # the same kind, other words: 经商, 2020年3月前办理营业执照并经营至今, a year named in the title
    draft = _extract("某县2021年进城务工人员随迁子女入学办法\n"
                     "父母一方须满足以下条件：\n"
                     "持有本县居住证。\n"
                     "在本县务工。或者在本县经商，2020年3月前办理营业执照并经营至今。\n")
    assert ("PL104", 4) in _placed(draft)


def test_a_papers_bracket_showing_the_length_the_condition_states_is_one_demand_reported_at_the_condition():
    # 海口: 房屋租赁证（租赁证落款时间应为2年前） among the materials, 父母租房居住的…且连续居住满二年 under the
    # conditions: one housing length (PL109 at the condition), the lease certificate still a registered lease (PL111)
    draft = _extract("某市随迁子女小学入学办法\n"
                     "入学需提供以下材料：\n"
                     "（1）父母的户口簿；\n"
                     "（2）不动产证或区房屋租赁管理所颁发的房屋租赁证（租赁证落款时间应为2年前）；\n"
                     "非本市户籍务工人员随迁子女小学入学条件\n"
                     "父母一方持有本市居住证，父母一方在本市工作，且有合法稳定住所。\n"
                     "（1）在城区自有住房居住的，由划片对口学校接收入学。\n"
                     "（2）父母租房居住的，应是城区的唯一合法稳定住所，且连续居住满二年。\n")
    codes = _placed(draft)
    assert ("PL109", 8) in codes and ("PL109", 4) not in codes
    assert ("PL111", 4) in codes


def test_the_same_with_other_words_a_lease_signed_a_year_ago_and_a_year_of_renting():
    draft = _extract("某县进城务工人员随迁子女入学办法\n"
                     "报名须提交以下材料：\n"
                     "1.户口簿；\n"
                     "2.房屋租赁合同（合同签订满1年以上）；\n"
                     "进城务工人员随迁子女入学条件\n"
                     "父母一方持有本县居住证，且有合法稳定住所。\n"
                     "（1）购房居住的，按学区入学。\n"
                     "（2）租住房屋的，应连续居住满一年。\n")
    codes = _placed(draft)
    assert [line for code, line in codes if code == "PL109"] == [8]


def test_one_deadline_of_an_earlier_year_said_of_several_papers_is_each_papers_holding_time():
    # 南昌县: 居住证、营业执照、按规定缴纳的保险、房屋租赁备案办理时间须在2023年12月31日前 (a 2024 intake)
    draft = _extract("某县2024年义务教育学校招生入学工作方案\n"
                     "随迁子女入学条件：\n"
                     "居住证、营业执照、房屋租赁备案办理时间须在2023年12月31日前，截止信息采集日持续有效；"
                     "购房合同且已交房入住的同时提供用水、用电缴费凭证。\n")
    codes = _placed(draft)
    assert ("PL101", 3) in codes and ("PL109", 3) in codes and ("PL111", 3) in codes
    # the papers the deadline is said of, not all required; the purchase contract after ； another of those ways
    assert not any(code in ("PL105", "PL106") for code, _line in codes)


def test_one_deadline_in_the_intakes_own_year_said_of_several_papers_is_left_to_a_person():
    # the same words, a cut-off of the intake's year (签发时间须在2024年6月30日前 for 2024): no length read
    draft = _extract("某县2024年义务教育学校招生入学工作方案\n"
                     "随迁子女入学条件：\n"
                     "居住证、劳动合同、租赁合同签订时间须在2024年6月30日前。\n")
    assert not any(code in ("PL101", "PL104", "PL109") for code, _line in _placed(draft))
    assert any(u.piece.line == 3 for u in draft.facts.unread)


def test_offices_of_the_hukou_place_listed_with_a_comma_of_enumeration_are_one_paper():
    # 盘龙 2015: 适龄儿童户籍所在地乡、镇政府或县级教育行政部门出具的同意在昆明就读证明 (the offices listed with 、)
    draft = _extract("某区2015年外来务工人员随迁子女入学办法\n"
                     "入学报名须提交以下材料：\n"
                     "（1）父母一方的居住证；\n"
                     "（2）适龄儿童户籍所在地乡、镇政府或县级教育行政部门出具的同意在本市就读证明；\n"
                     "（3）户籍所在地村、社区开具的外出务工证明。\n")
    codes = _placed(draft)
    assert ("PL116", 4) in codes and ("PL116", 5) in codes


def test_a_sentence_of_conditions_ending_by_opening_a_list_of_papers_without_a_colon_opens_that_list():
    # 秦淮 2020: …应在我区暂住地已实际居住满一年（…），同时提供以下材料原件及复印件 / （1）… / （3）…凭证；或…营业执照
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "随迁子女到本区公办小学就读，其父母应在我区已实际居住满一年，同时提供以下材料原件及复印件\n"
                     "（1）家庭户口簿和父母身份证；\n"
                     "（2）父母（或法定监护人）在宁缴纳社会保险连续且满一年的凭证；或经市场监督管理部门颁发的在宁连续且满一年的有效营业执照；\n"
                     "（3）出生证及预防接种证等证件。\n")
    codes = _placed(draft)
    assert ("PL103", 4) in codes and ("PL104", 4) in codes
    # the insurance certificate or the licence: one of them, so no all-of with anything; the items are papers
    assert _keys(draft) == ["居住", "之一/社保", "之一/就业"]
    assert [u for u in draft.facts.unread if u.piece.line != 1] == []


def test_a_further_paper_opening_with_or_in_an_items_paragraph_asking_nothing_else_stays_a_paper():
    # …户口簿；或…出生医学证明: another paper, no condition carried by either, so nothing is joined
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "报名时须提交以下材料：\n"
                     "（1）父母一方的居住证；\n"
                     "（2）适龄儿童户口簿；或出生医学证明。\n")
    assert _keys(draft) == ["居住证"]


def test_housing_where_the_parents_work_is_housing_and_its_rented_form_of_a_year_is_its_length():
    # 青岛 2023: …居住证，并在务工地有稳定的住所（有自有住所或…办理正式租住手续的住所满一年）; then employment
    draft = _extract("某市2024年随迁子女入学政策\n"
                     "入学条件：\n"
                     "（一）父母一方持有本市公安部门核发的居住证，并在务工地有稳定的住所（有自有住所或至申请入学当年8月31日止办理正式租住手续的住所满一年）；\n"
                     "（二）父母一方与本市用人单位签订劳动合同或办理工商营业执照。\n")
    assert _keys(draft) == ["居住证", "住所", "就业"]
    codes = _placed(draft)
    assert ("PL109", 3) in codes and ("PL106", 4) in codes


def test_a_list_opened_by_words_saying_all_are_required_is_one_group_stated_there():
    # 蒲江 2022: 应同时具备以下条件： / 3.…《劳动合同》或…营业执照 / 4.…连续合法居住满一年（如…《房屋租赁登记备案凭证》、房产证等）
    draft = _extract("某县2024年随迁子女接受义务教育入学指南\n"
                     "申请条件\n"
                     "应同时具备以下条件：\n"
                     "1.申请人持有有效期内的居民身份证和在我县办理的四川省居住证。\n"
                     "2.申请人出具与我县用人单位依法签订的《劳动合同》或在我县办理的工商营业执照。\n"
                     "3.申请人已在本县连续合法居住满一年（如申请人的《房屋租赁登记备案凭证》、房产证等）。\n")
    from policy_lint.extract.model import Group
    (group,) = draft.facts.conditions
    assert isinstance(group, Group) and group.name == "同时具备"
    assert [e.key for e in group.items] == ["居住证", "就业", "居住"]
    codes = _placed(draft)
    assert ("PL106", 3) in codes and ("PL102", 6) in codes


def test_a_list_opened_by_words_saying_one_suffices_is_no_group_stated_together():
    draft = _extract("某县2024年随迁子女入学办法\n"
                     "申请入学须具备下列条件之一：\n"
                     "1.在本县有合法稳定住所。\n"
                     "2.在本县合法稳定就业。\n")
    assert not any(code == "PL106" for code, _line in _placed(draft))


def test_a_sentence_of_designated_schools_ending_by_opening_a_list_of_papers_with_its_colon_opens_that_list():
    # 栖霞 2023: …可向区内指定的有空余学额的公办小学提出就学申请，同时提供以下材料原件和复印件： (read for its schools first)
    draft = _extract("某区2023年外来务工人员随迁子女入学办法\n"
                     "外来务工人员随迁子女到本区公办小学就读，可向区内指定的有空余学额的公办小学提出就学申请，同时提供以下材料原件和复印件：\n"
                     "①家庭户口簿和随迁子女法定监护人身份证；\n"
                     "②随迁子女法定监护人与用工单位签订的劳动合同及个人在宁缴纳社会保险连续且满一年凭证。\n")
    codes = _placed(draft)
    assert ("PL103", 4) in codes and ("PL112", 2) in codes
    assert [u for u in draft.facts.unread if u.piece.line != 1] == []


def test_papers_listed_after_a_colon_in_a_tier_of_an_order_are_read_and_a_labelled_paper_keeps_its_details():
    # 贵港 2016: a tier of an admission order (2.户籍不在划片招生范围内的…) whose sentence lists the papers after its colon
    draft = _extract("某市城区2024年义务教育招生工作方案\n"
                     "在划片范围内，根据各学校招生计划，按照下列顺序安排入学：\n"
                     "1.户籍在划片招生范围内的适龄儿童少年。\n"
                     "2.户籍不在划片招生范围内的适龄儿童少年（含进城务工人员随迁子女，下同）。户籍不在划片招生范围内的适龄儿童少年申请入学的，"
                     "应提供以下合法有效报名材料：①户口簿；②居住证；③住所证明：法定监护人的房屋所有权证、购房合同、房屋租赁合同等3项材料中的任何一项；"
                     "④务工证明：劳动合同、营业执照等2项材料中的任何一项。\n")
    assert _keys(draft) == ["居住证", "住所", "就业"]
    assert ("PL106", 4) in _placed(draft)
    details = [e.words[0].text for e in draft.facts.materials if "前一项材料的具体说明" in e.origins[0].note]
    assert details == ["法定监护人的房屋所有权证、购房合同、房屋租赁合同等3项材料中的任何一项", "劳动合同、营业执照等2项材料中的任何一项"]


def test_items_naming_kinds_of_families_and_their_papers_are_ways_in_each_asking_its_own():
    # 衢江: 3.外来务工人员随迁子女：提供…劳动合同…房屋租赁协议 / 4.外来经商创业者随迁子女：提供…营业执照…房屋租赁协议
    draft = _extract("某区2024年入学对象需具备条件\n"
                     "1.持有城区住宅房产者子女：提供户口本、第一监护人有效住宅房产证明。\n"
                     "2.外来务工人员随迁子女：提供户口本、《浙江省居住证》、合法的劳动合同、房屋租赁协议。\n"
                     "3.外来经商创业者随迁子女：提供户口本、《浙江省居住证》、监护人独立经营的营业执照、房屋租赁协议。\n")
    from policy_lint.extract.model import Group
    (ways,) = draft.facts.conditions
    assert isinstance(ways, Group) and ways.name == "之一"
    assert [b.name if isinstance(b, Group) else b.key for b in ways.items] == ["住所", "同时具备", "同时具备"]
    codes = _placed(draft)
    assert ("PL106", 3) in codes and ("PL106", 4) in codes
    assert not any(code == "PL105" for code, _line in codes)  # the owners' way is one of several, renters have theirs


def test_a_dwelling_made_the_basis_of_admission_after_the_papers_is_a_housing_condition():
    # 长沙 2020: …在长沙城区务工且持续合法居住一年以上，提交…等相关材料，以当前租住房为依据入学
    draft = _extract("某市2024年随迁子女入学政策\n"
                     "父母或其他法定监护人在城区务工且持续合法居住一年以上，提交父母身份证、户口簿、本市居住证等相关材料，"
                     "以当前租住房为依据入学，由所辖区县教育局统筹安排。\n")
    assert "住所" in _keys(draft) and "就业" in _keys(draft)
    assert ("PL106", 2) in _placed(draft)


def test_families_who_cannot_get_the_permit_and_their_papers_are_another_way_in():
    # 鲤城 2022: the permit holders' two certificates, then …不能申领到居住证的，…需提供：①租赁合同…；②社保…
    draft = _extract("某区2022年随迁子女入学办法\n"
                     "本区的“两证”要求是：提供父母一方在本区内实际居住1年以上的居住证、务工证（在本区与企业签订的劳动合同或个体工商营业执照）。\n"
                     "户籍在本市其他区的人员，在本区务工并暂住，居住地与常住人口登记地不一致、不能申领到居住证的，申请其适龄子女到本区公办小学入学，"
                     "需提供：①达到1年以上的合法房屋租赁合同；②父母双方或一方在本区连续参加社会保险满1年的证明等材料。\n")
    from policy_lint.extract.model import Group
    (ways,) = draft.facts.conditions
    assert isinstance(ways, Group) and ways.name == "之一" and len(ways.items) == 2
    codes = _placed(draft)
    assert not any(code in ("PL106", "PL107") for code, _line in codes)  # no housing with the permit way's employment
    assert ("PL109", 3) in codes and ("PL103", 3) in codes


def test_a_list_of_conditions_opened_inline_after_条件_splits_into_its_items():
    # 广州 2024 (黄埔): 申请人必须同时满足的条件：（1）…；（2）持有…《广东省居住证》满一年（截至…）；（3）…
    draft = _extract("某区2024年积分制入学办法\n"
                     "申请人必须同时满足的条件：（1）非本市户籍人员、在本市行政区域内居住的内地居民；"
                     "（2）持有在本市办理且在有效期内《广东省居住证》满一年（截至2024年5月14日）；"
                     "（3）在积分制服务管理信息系统有核定积分（截至2024年5月14日）。\n")
    assert ("PL101", 2) in _placed(draft)
    # a colon after 条件 with no numbered item after it opens no list: the sentence stays whole
    draft = _extract("某区2024年随迁子女入学办法\n"
                     "入学条件：父母一方持有本区居住证满一年。\n")
    assert _keys(draft) == ["居住证"]


def test_a_sentence_ending_by_announcing_papers_without_a_colon_opens_the_list_of_the_item_lines():
    # 成都 2017, 大邑 2017: …填报《…就学申请表》，并出示下列证明材料的原件，提交复印件。 then 1.…；4.…；5.…
    draft = _extract("某市2017年进城务工人员随迁子女入学办法\n"
                     "进城务工人员为其子女申请入学，应于5月的工作日向指定的登记点提出入学申请，填报《随迁子女就学申请表》，"
                     "并出示下列证明材料的原件，提交复印件。\n"
                     "1.非本县户籍，申请子女在本县就读\n"
                     "（1）申请人在有效期内的《居民身份证》和《成都市居住证》；\n"
                     "（2）申请人需提供已在本市连续依法缴纳社会保险费满12个月的证明；\n"
                     "（3）申请人已在本县连续居住满一年的相关证明。\n")
    assert _keys(draft) == ["居住证", "社保", "居住"]
    codes = _placed(draft)
    assert ("PL102", 6) in codes and ("PL103", 5) in codes
    # the same clause followed by no item lines announces nothing to read there
    draft = _extract("某市2017年进城务工人员随迁子女入学办法\n"
                     "进城务工人员为其子女申请入学，并出示下列证明材料的原件，提交复印件。\n"
                     "审核通过后由教育局统筹安排入学。\n")
    assert _keys(draft) == []


def test_a_length_written_once_after_a_list_is_each_bare_conditions_even_beside_one_with_its_own():
    # 海沧 2022: 应满足父（母）近一年在厦务工、居住和参加厦门市社会保险的年限满1年（含1年）以上的条件
    draft = _extract("某区2022年随迁子女入学办法\n"
                     "非本市户籍的，申请就读本区公办学校，应满足父（母）近一年在本市务工、居住和参加本市社会保险的年限满1年"
                     "（含1年）以上的条件，并由区教育局统筹安排入学。\n")
    assert sorted(_keys(draft)) == ["就业", "居住", "社保"]
    assert ("PL102", 2) in _placed(draft)
    # a list whose every part states its own length shares none (each is read as written)
    draft = _extract("某区2022年随迁子女入学办法\n"
                     "申请就读本区公办学校，应满足父母一方在本市居住满半年、参加本市社会保险满半年的条件。\n")
    assert not any(code == "PL102" for code, _line in _placed(draft))


def test_a_rental_of_a_length_at_the_place_of_residence_is_a_housing_condition_of_that_length():
    # 梁溪 2022: 2、具有一年以上居住地的房屋租赁协议或房产证 (居住地 names the place, no residence condition)
    draft = _extract("某区2022年外来务工人员子女入学办法\n"
                     "外来务工人员子女报名入学，必要条件为：\n"
                     "1、其父母在本市取得《江苏省居住证》；\n"
                     "2、具有一年以上居住地的房屋租赁协议或房产证。\n")
    assert "住所" in _keys(draft) and "居住" not in _keys(draft)
    assert ("PL109", 4) in _placed(draft)
    # 居住地址 still names where the family lives: 现居住地址在本区 is read as residence
    draft = _extract("某区2022年外来务工人员子女入学办法\n"
                     "申请条件：父母一方现居住地址在本区且连续居住满一年。\n")
    assert "居住" in _keys(draft)


def test_children_named_by_their_parents_work_are_whose_children_not_an_employment_condition():
    # 杭州 (暂住证 era): 1、外来务工子女需要家庭户基本和父母或法定监护人身份证；
    from policy_lint.extract.extractor import condition_kinds
    from policy_lint.extract.draft import decode_draft as _decode
    line = _decode("外来务工子女需要家庭户基本和父母或法定监护人身份证\n".encode(), "d.txt", "txt").lines[0]
    assert condition_kinds(line.piece) == set()
    # work said of the parents is still employment: 外来务工子女的父母在本市务工满一年
    line = _decode("外来务工子女的父母在本市务工满一年\n".encode(), "d.txt", "txt").lines[0]
    assert condition_kinds(line.piece) == {"就业"}


def test_a_sentence_whose_subject_is_followed_by_应提供以下材料_and_the_copies_in_brackets_opens_the_list():
    # 咸宁 2015: 第三条：进城务工随迁子女申请入学应提供以下材料（原件及复印件）。 then 2.子女随父母双方在…居住1年以上（含1年）。
    draft = _extract("某市2024年进城务工随迁子女入学管理办法\n"
                     "第三条：进城务工随迁子女申请入学应提供以下材料（原件及复印件）。\n"
                     "1.父母一方在本区的居住证。\n"
                     "2.子女随父母双方在本区居住1年以上（含1年）。\n")
    assert ("PL108", 4) in _placed(draft)
    # 以下材料 said inside another clause (…按以下材料审核) opens nothing
    draft = _extract("某市2024年进城务工随迁子女入学管理办法\n"
                     "第三条：教育局按以下材料（原件及复印件）审核。\n"
                     "1.父母一方在本区的居住证。\n"
                     "2.子女随父母双方在本区居住1年以上（含1年）。\n")
    assert not any(code == "PL108" for code, _line in _placed(draft))


def test_items_each_named_by_a_paper_are_a_list_of_papers_without_an_opening():
    # 石家庄 2019: --升学准备-- 1.居住证：父母双方及随迁子女于入学当年5月31日前…办理的《居住证》。 2.户口证明：…
    items = ("1.居住证：父母双方及随迁子女于入学当年5月31日前在居住地公安部门办理的《居住证》。\n"
             "2.户口证明：父母双方有效期内的《居民身份证》以及与随迁子女家庭原籍户口簿。\n")
    draft = _extract("某市2019年随迁子女入学办法\n--升学准备--\n" + items)
    assert ("PL108", 3) in _placed(draft)
    # one such item alone is no list: left to a person, nothing read from it
    draft = _extract("某市2019年随迁子女入学办法\n--升学准备--\n" + items.splitlines()[0] + "\n")
    assert not any(code == "PL108" for code, _line in _placed(draft))


def test_the_papers_a_bundle_stands_for_after_具体为_run_to_the_end_of_the_paragraph():
    # 西安 (四证): “四证”具体为：户籍证明，…；居住证明，随迁子女父母双方的西安市居住证或…；务工证明，…；流出证明，…
    draft = _extract("某市随迁子女入学办法\n"
                     "“四证”具体为：户籍证明，随迁子女与父母同一户籍的原籍户籍证明及父母的身份证（复印件）；"
                     "居住证明，随迁子女父母双方的本市居住证；务工证明，随迁子女父母双方合法的劳动务工合同或营业执照等务工证明及相关材料。\n")
    assert ("PL108", 2) in _placed(draft)
    assert "居住证" in _keys(draft) and "就业" in _keys(draft)
    # a colon after words that are no bundle's name (工作原则具体为：) opens no list of papers
    draft = _extract("某市随迁子女入学办法\n"
                     "工作原则具体为：政府统筹，公办为主；随迁子女父母双方的本市居住证由公安部门办理。\n")
    assert not any(code == "PL108" for code, _line in _placed(draft))


def test_items_numbered_with_one_parenthesised_digit_character_are_items_and_a_papers_name_before_its_colon_is_set_off():
    # 合肥新站 2018: 随迁子女入学须提供以下相关材料：⑴…劳动合同；⑵居住证：…在本区的居住证满1年（截止2018年8月31日）。
    draft = _extract("某区2018年随迁子女入学办法\n"
                     "随迁子女入学须提供以下相关材料：\n"
                     "⑴适龄儿童父母或法定监护人在本市经商营业执照或合法的务工劳动合同；\n"
                     "⑵居住证：适龄儿童父母或法定监护人（一方）在本区的居住证满1年（截止2018年8月31日）。\n")
    assert _keys(draft) == ["就业", "居住证"]
    assert ("PL101", 4) in _placed(draft)
    permit = [e for e in draft.facts.conditions if getattr(e, "key", None) == "居住证"][0]
    assert permit.words[0].text.startswith("适龄儿童")  # the label 居住证： is not part of what is asked
    # a label naming no paper (审核部门：) is no paper's name: nothing of it is read as a condition
    draft = _extract("某区2018年随迁子女入学办法\n"
                     "随迁子女入学须提供以下相关材料：\n"
                     "⑴户口簿；\n"
                     "⑵审核部门：区教育局。\n")
    assert _keys(draft) == []


def test_a_question_asking_which_conditions_opens_the_list_of_the_items_answering_it():
    # 增城 2025: 2025增城申请积分入学需要具备哪些基本条件？／答：（1）…；／（2）持有…《广东省居住证》满1年（…）；
    draft = _extract("某区2025年申请积分入学需要具备哪些基本条件？\n"
                     "答：（1）非本市户籍在我市居住的内地居民；\n"
                     "（2）持有在本市办理有效《广东省居住证》满1年（“满1年”须连续计算）；\n")
    assert ("PL101", 3) in _placed(draft)
    # a question asking something else (什么时候报名？) opens no list of conditions
    draft = _extract("某区2025年积分入学什么时候报名？\n"
                     "答：（1）非本市户籍在我市居住的内地居民；\n"
                     "（2）持有在本市办理有效《广东省居住证》满1年（“满1年”须连续计算）；\n")
    assert not any(code == "PL101" for code, _line in _placed(draft))


def test_a_numbered_group_name_with_its_items_run_on_after_it_on_the_line_is_the_groups_heading():
    # 江南 2022: （一）本市户籍适龄儿童（…）1.户口簿…；2.合法稳定住所证明材料…  （二）进城务工随迁子女1.户口簿…；3.…就业材料…；4.…住所材料…
    local = "（一）本市户籍适龄儿童（含残疾适龄儿童）1.户口簿；2.合法稳定住所证明材料：父母的房产登记证明材料。\n"
    migrant = ("（二）进城务工随迁子女1.户口簿；2.《广西壮族自治区居住证》（父母一方所持）；"
               "3.合法稳定就业材料（劳动合同、营业执照等材料中的任何1项）；4.合法稳定住所材料（房屋所有权证、房屋租赁合同等材料中的任何1项）。\n")
    draft = _extract("某区2022年义务教育招生工作方案\n摸底范围和材料准备\n" + local + migrant)
    assert ("PL106", 4) in _placed(draft)
    # the local children's group alone asks nothing of migrant children
    draft = _extract("某区2022年义务教育招生工作方案\n摸底范围和材料准备\n" + local)
    assert "住所" not in _keys(draft)


def test_the_conditions_spelled_out_in_a_bracket_after_即_are_read_as_conditions():
    # 垫江 2021: 1.对于符合条件的市内户籍流动人口随迁子女（即：用人单位为其购买的社保证明〔最近连续半年及以上〕或法定监护人经商的
    # 工商营业执照〔工商营业执照注册时间满一年以上、…〕），县教委将在确定的…学校内统筹划分就读学校。
    draft = _extract("某县2021年流动人口随迁子女入学工作方案\n"
                     "1.对于符合条件的流动人口随迁子女（即：用人单位为其购买的社保证明〔最近连续半年及以上〕或法定监护人经商的"
                     "工商营业执照〔工商营业执照注册时间满一年以上、税务登记证明或一年以上的实际经营证明材料等〕），"
                     "县教委将统筹安排就读学校。\n")
    assert _keys(draft) == ["之一/社保", "之一/就业"]
    codes = _placed(draft)
    assert ("PL104", 2) in codes and ("PL113", 2) in codes
    # a bracket after 即 naming no condition (即：一年级新生) is not read as one
    draft = _extract("某县2021年流动人口随迁子女入学工作方案\n"
                     "1.对于符合条件的流动人口随迁子女（即：小学一年级新生），县教委将统筹安排就读学校。\n")
    assert _keys(draft) == []


def test_a_list_of_cases_one_of_which_suffices_is_no_list_of_papers_though_it_names_papers():
    # 合肥 2017 照顾性政策: 适龄儿童少年，有下列情况之一的，凭相关证明材料，与本行政区域内适龄儿童少年享受同等政策：（1）…房产所在地并实际居住；
    cases = ("（1）适龄儿童少年父母一方户口不在我市，本人户口随另一方在本行政区内房产所在地并实际居住；\n"
             "（2）在我市的现役军人（含武警）子女，在本行政区内实际居住；\n")
    draft = _extract("某市2017年随迁子女入学办法\n随迁子女须提供：经商营业执照或合法的劳动合同。\n"
                     "适龄儿童少年，有下列情况之一的，凭相关证明材料，与本行政区域内适龄儿童少年享受同等政策：\n" + cases)
    assert "住所" not in _keys(draft)
    assert not any(code == "PL106" for code, _line in _placed(draft))
    # a list of papers after the same kind of opening without 之一 is still one: its housing paper is a condition
    draft = _extract("某市2017年随迁子女入学办法\n随迁子女须提供：经商营业执照或合法的劳动合同。\n"
                     "随迁子女须提供以下证明材料：\n（1）在本区的房屋租赁合同；\n（2）户口簿。\n")
    assert "住所" in _keys(draft)


def test_papers_held_up_with_凭_are_a_list_of_papers_and_a_transfer_in_brackets_is_no_transfer_rule():
    # 重庆 2021: 进城务工人员凭户口簿、身份证、劳动合同或营业执照、流动人口居住证、租房合同，进行书面申请，加上学籍证明（转学），
    # 即可向当地教育部门提出子女入学申请。
    draft = _extract("某市2021年农民工子女就近入学政策\n"
                     "进城务工人员凭户口簿、身份证、劳动合同或营业执照、流动人口居住证、租房合同，进行书面申请，"
                     "加上学籍证明（转学），即可向当地教育部门提出子女入学申请。\n")
    assert set(_keys(draft)) == {"住所", "居住证", "就业"}
    assert ("PL106", 2) in _placed(draft)
    # 凭 one paper, or papers named only as 相关证明材料, is no list
    draft = _extract("某市2021年农民工子女就近入学政策\n"
                     "适龄儿童凭《入学通知书》，到学校报到。\n"
                     "有下列情况之一的，凭相关证明材料，与本地适龄儿童享受同等政策。\n")
    assert _keys(draft) == []

def test_a_bundles_papers_after_its_semicolons_are_its_papers_too():
    # shaanxi-xian-sizheng-undated: “四证”具体为：户籍证明，…；居住证明，…；务工证明，…；流出证明，…
    draft = _extract("某区随迁子女入学实行四证审核制度\n"
                     "“四证”具体为：户籍证明，随迁子女与父母同一户籍的原籍户籍证明及父母的身份证（复印件）；居住证明，随迁子女父母双方"
                     "的西安市居住证或本市居住的证明；务工证明，随迁子女父母双方合法的劳动务工合同或营业执照等务工证明及相关材料；流出证明，"
                     "户籍所在地政府街道办或乡镇以上人民政府开具的在当地无监护条件的学生流出证明。\n")
    materials = [e.words[0].text for e in draft.facts.materials]
    assert any("流出证明" in m for m in materials) and any("居住证" in m for m in materials)
    assert {"居住证", "就业"} <= set(_keys(draft))
    codes = _codes(draft)
    assert ("PL108", 2) in codes and ("PL116", 2) in codes


def test_one_clause_of_papers_asked_as_originals_and_copies_with_conditions_after_it_is_read_as_papers():
    # beijing-chaoyang-2016: 3。…为法定代表人的，应提供法人代码证书和工商营业执照原件及复印件或…“工商登记基本信息”，法定代表人
    # 为…，且其成为法定代表人的时间及成立日期距2016年5月9日满6个月以上（含6个月），状态处于开业，…
    draft = _extract("某区2016年义务教育阶段入学工作意见\n"
                     "3。适龄儿童少年父母（或其他法定监护人）为法定代表人的，应提供法人代码证书和工商营业执照原件及复印件或在工商部门"
                     "打印的“工商登记基本信息”，法定代表人为适龄儿童少年父或母（或其他法定监护人），且其成为法定代表人的时间及成立日期"
                     "距2016年5月9日满6个月以上（含6个月），状态处于开业，注册地址在本区，并合法经营，依法纳税。\n")
    materials = [e.words[0] for e in draft.facts.materials]
    assert any(w.line == 2 and "工商营业执照" in w.text for w in materials)
    # one clause naming a paper without asking for its copies, conditions after it: not a list of papers
    draft = _extract("某区2016年义务教育阶段入学工作意见\n"
                     "适龄儿童少年父母为个体工商户的，应提供营业执照，且其成立日期距2016年5月9日满6个月以上。\n")
    assert not any("营业执照" in e.words[0].text for e in draft.facts.materials)


def test_a_length_naming_no_kind_after_a_paper_of_one_kind_is_the_length_that_paper_must_show():
    # guangdong-foshan-nanhai-xiqiao-2022: 1.社保年限计算时间：2017年4月至2022年3月期间，有连续缴纳60个月记录；
    draft = _extract("2022年某镇政策性借读生申请入学证明材料一览表\n"
                     "其中：政策性借读生申请材料要求\n"
                     "1.社保年限计算时间：2017年4月至2022年3月期间，有连续缴纳60个月记录；\n"
                     "2.居住年限计算时间：2017年5月1日至2022年4月30日期间，有连续签注的有效居住证满60个月；\n"
                     "3.工商执照年限计算时间：2017年5月1日至2022年4月30日期间，连续有效60个月。\n")
    codes = _codes(draft)
    assert ("PL103", 3) in codes and ("PL104", 5) in codes
    # a paper stating its own length: the length after it is no part of it
    draft = _extract("2022年某镇政策性借读生申请入学证明材料一览表\n"
                     "其中：政策性借读生申请材料要求\n"
                     "1.社保缴纳满12个月的证明，连续有效60个月；\n"
                     "2.有效居住证。\n")
    assert not any("60个月" in w.text for e in draft.facts.conditions if hasattr(e, "words") for w in e.words)


def test_parts_for_two_kinds_of_family_are_ways_in_each_asked_together():
    # jiyang's shape: (一) the workers' children, (二) the traders', each 必须同时满足 work and a fixed home; a further
    # sentence of an item (…社保补缴的不允许报名) does not end the list; each part asks both (PL106 in each)
    draft = _extract("某区2024年进城务工经商人员子女入学\n"
                     "（一）进城务工人员随迁子女\n"
                     "1.满足条件\n"
                     "必须同时满足以下条件\n"
                     "①在城区务工满半年以上，持有与城区用人单位签订的劳动合同。社保补缴的不允许报名。\n"
                     "②在城区有固定住所且实际居住。\n"
                     "（二）进城经商人员随迁子女\n"
                     "1.基本条件\n"
                     "必须同时满足以下条件\n"
                     "①在城区范围内实体店经营满半年及以上。\n"
                     "②在城区有固定住所且实际居住。\n")
    from policy_lint.extract.model import Group, condition_entries
    (group,) = draft.facts.conditions
    assert isinstance(group, Group) and group.name == "之一" and len(group.items) == 2
    for branch, line in zip(group.items, (5, 10)):
        entries = list(condition_entries([branch]))
        assert {"就业", "住所"} <= {e.key for e in entries}, entries
        (work,) = [e for e in entries if e.key == "就业"]
        assert {w.line for w in work.words} == {line}  # each part's work is its own, never joined with the other's
    assert [code for code, _line in _codes(draft)].count("PL106") == 2


def test_one_kind_of_family_headed_again_for_each_school_stage_is_no_choice_of_ways():
    # hengzhou's shape: (二) the workers' children under the primary and again under the junior schools: one condition
    draft = _extract("某市随迁子女入学\n"
                     "一、小学\n"
                     "（一）随迁子女\n"
                     "（二）进城务工人员随迁子女\n"
                     "父母在城区务工并持有居住证。\n"
                     "二、初中\n"
                     "（一）随迁子女\n"
                     "（二）进城务工人员随迁子女\n"
                     "父母在城区务工并持有居住证。\n")
    from policy_lint.extract.model import Group
    assert not any(isinstance(item, Group) and item.name == "之一" for item in draft.facts.conditions)
    assert _keys(draft).count("居住证") == 1
