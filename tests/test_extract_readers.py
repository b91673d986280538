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


def _keys(extracted: Extracted) -> list[str]:
    from policy_lint.extract.model import Group
    out = []
    for item in extracted.facts.conditions:
        out.extend(f"之一/{e.key}" for e in item.items) if isinstance(item, Group) else out.append(item.key)
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
    assert _keys(draft) == ["居住证", "住所", "就业"]
    assert [e.text for e in draft.facts.conditions][2] == "法定监护人在我市城区经商或务工等一年以上证明材料"
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
    (group,) = draft.facts.conditions
    assert group.name == "之一" and [e.key for e in group.items] == ["住所"]
    assert {o.where for o in group.items[0].origins} == {"第4段", "第7段"}


def test_items_numbered_一是_二是_are_items_and_a_transfer_paper_in_a_list_is_a_material():
    draft = _extract("邯郸市2017年义务教育阶段招生入学（进城务工人员随迁子女部分）\n"
                     "进城务工人员子女户籍所在地无监护条件，在我市接受教育需提供“四证”：\n"
                     "一是公安部门办理的我市流入地（县级）居住证；\n"
                     "二是父母双方的从业证明或用工合同；\n"
                     "三是学生户籍所在地县级教育行政部门同意其出外就学的证明，已在原籍就学的学生，还应持有原籍学校出具的转学证明。\n")
    assert _keys(draft)[:2] == ["居住证", "就业"]
    assert "父母双方" in draft.facts.conditions[1].text
    assert "学生户籍所在地县级教育行政部门同意其出外就学的证明" in [e.text for e in draft.facts.materials]


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
