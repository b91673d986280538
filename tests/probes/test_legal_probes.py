"""The legal probes of issue 12 and docs LEGAL-REVIEW.md, each a named case run through the whole tool.

Each probe is a small rules file (or work plan) checked as ``policy-lint check`` checks it: the ruleset is chosen
from its 基本信息 (province, city, year, date sent), every check runs.  A probe names the code that must be found
(with the severity the law gives it, and a document it must cite) and the codes that must not be.  Variants of a
probe put the same fact in other wordings (synonyms, order, full-width punctuation, traditional characters, which
the reader folds), other years and other provinces, because the fix must be general, not shaped to one wording.
The table "probe → test" is in tests/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from policy_lint import engine


@dataclass(frozen=True)
class Probe:
    name: str
    body: str
    province: str = "山西省"
    city: str = "晋城市"
    county: str = "泽州县"
    year: int | None = 2021
    sent: str | None = None
    kind: str = "rules"
    #: (code, severity or None, a document the finding cites or None): each must be found
    expect: tuple[tuple[str, str | None, str | None], ...] = ()
    #: codes that must not be found
    absent: tuple[str, ...] = ()
    #: a label every finding of ``expect`` must carry in its citation: "derived" (推定), "unverified" (原文待核实),
    #: "inferred" (an effective date no text gives) or "cover" (cited as 台政办发〔2021〕1号印发的《…》)
    labels: tuple[str, ...] = field(default=())
    #: codes that must be made as remarks (提示: no fault, not among the findings)
    remarks: tuple[str, ...] = field(default=())


def TZ(**kw) -> dict:
    return {"province": "浙江省", "city": "台州市", "county": "路桥区", **kw}


def HB(**kw) -> dict:  # a province with no bundled ruleset: the national layer alone
    return {"province": "湖北省", "city": "武汉市", "county": "江岸区", **kw}


def text_of(probe: Probe) -> str:
    head = [f"    省: {probe.province}", f"    市: {probe.city}", f"    县: {probe.county}"]
    if probe.year is not None:
        head.append(f"    年度: {probe.year}")
    if probe.sent is not None:
        head.append(f"    报送日期: {probe.sent}")
    if probe.kind == "plan":
        head.append("    期限: 2021—2023年")
    return "基本信息 {\n" + "\n".join(head) + "\n}\n" + probe.body.strip("\n") + "\n"


PROBES: list[Probe] = [
    # --- PL303: the lottery is for private schools; county-resident priority is required from 2022 ----------
    Probe("probe_pl303_public_school_by_residence_order", "招生安排 {\n 公办 {\n  超额: 按居住年限长短顺位录取\n }\n}",
          absent=("PL303", "PL304")),
    Probe("probe_pl303_public_school_by_residence_order_traditional",
          "招生安排 {\n 公辦學校 {\n  報名超額: 按居住年限長短順位錄取\n }\n}", absent=("PL303", "PL304")),
    Probe("probe_pl303_public_school_by_address_order_taizhou_2022",
          "招生安排 {\n 公办 {\n  超额录取: 按房产、租房先后顺序录取\n }\n}", **TZ(year=2022), absent=("PL303",)),
    Probe("probe_pl303_public_school_by_points_order_national",
          "招生安排 {\n 公办 {\n  超额: 按积分高低顺位录取\n }\n}", **HB(year=2023), absent=("PL303",)),
    Probe("probe_pl303_public_school_by_residence_order_long_names",
          "招生安排 {\n 公办义务教育学校 {\n  超额录取办法: 按居住年限顺位录取\n }\n}", absent=("PL303", "PL304")),
    Probe("probe_pl303_private_interview_long_names",
          "招生安排 {\n 民办义务教育学校 {\n  报名人数超过招生计划: 按面试成绩录取\n }\n}", **TZ(year=2022),
          expect=(("PL303", "error", None),)),
    Probe("probe_pl303_private_merit_selection_still_reported",
          "招生安排 {\n 民办 {\n  超额: 面试择优\n }\n}", expect=(("PL303", "error", "中发〔2019〕26号"),)),
    Probe("probe_pl303_private_first_come_reported_taizhou",
          "招生安排 {\n 民办学校 {\n  超额录取: 按报名先后顺序录取\n }\n}", **TZ(year=2022), expect=(("PL303", "error", None),)),
    Probe("probe_pl303_private_county_priority_2022_not_reported",
          "招生安排 {\n 民办 {\n  超额: 优先招收本县（区）学生，其余电脑随机录取\n }\n}", **TZ(year=2022), absent=("PL303",)),
    Probe("probe_pl303_private_local_pupils_priority_2022_shanxi",
          "招生安排 {\n 民办 {\n  超额: 电脑随机录取，本地生源优先\n }\n}", year=2022, absent=("PL303",)),
    Probe("probe_pl303_private_county_priority_2023_national",
          "招生安排 {\n 民办 {\n  超额: 优先满足学校所在县（区）学生入学需求，超出部分电脑随机录取\n }\n}", **HB(year=2023),
          absent=("PL303",)),
    Probe("probe_pl304_private_hukou_priority_still_reported",
          "招生安排 {\n 民办 {\n  超额: 电脑随机录取，本区户籍优先\n }\n}", **TZ(year=2022), expect=(("PL303", "error", None),)),
    Probe("probe_pl304_public_hukou_priority_reported_shanxi",
          "招生安排 {\n 公办 {\n  超额: 户籍生优先录取\n }\n}", expect=(("PL304", "error", None),)),
    Probe("probe_pl304_separate_desks_not_unequal",
          "招生安排 {\n 公办 {\n  随迁子女报名: 分别在两个报名点同步报名\n }\n}", absent=("PL304",)),
    # --- PL301: no earlier private enrolment is binding; other differences are a warning ------------------
    Probe("probe_pl301_private_registration_earlier_error",
          "招生安排 {\n 公办 {\n  报名: 2021年7月5日至7月10日\n }\n 民办 {\n  报名: 2021年7月1日至7月10日\n }\n}",
          sent="2021年6月10日", expect=(("PL301", "error", None),)),
    Probe("probe_pl301_private_registration_earlier_error_fullwidth_order",
          "招生安排｛\n 民办学校｛\n  报名时间：２０２２年６月２８日—７月５日\n ｝\n 公办学校｛\n  报名时间：２０２２年７月１日—７月５日\n ｝\n｝",
          **TZ(year=2022), expect=(("PL301", "error", None),)),
    Probe("probe_pl301_private_end_later_warning",
          "招生安排 {\n 公办 {\n  报名: 2021年7月1日至7月10日\n }\n 民办 {\n  报名: 2021年7月1日至7月12日\n }\n}",
          expect=(("PL301", "warning", None),)),
    Probe("probe_pl301_private_lottery_later_warning",
          "招生安排 {\n 公办 {\n  报名: 2021年7月1日至7月10日\n  摇号: 2021年7月20日\n }\n"
          " 民办 {\n  报名: 2021年7月1日至7月10日\n  摇号: 2021年7月22日\n }\n}", expect=(("PL301", "warning", None),)),
    Probe("probe_pl301_private_admission_later_warning_national",
          "招生安排 {\n 公办 {\n  录取: 2023年7月20日至7月25日\n }\n 民办 {\n  录取: 2023年7月22日至7月28日\n }\n}",
          **HB(year=2023), expect=(("PL301", "warning", None),)),
    # --- PL107: hukou status conditions only ------------------------------------------------------------
    Probe("probe_pl107_child_hukou_book_not_a_condition",
          "入学条件 {\n 居住证: 持有有效居住证\n 其他: 提供适龄儿童户口簿\n}", absent=("PL107",)),
    Probe("probe_pl107_child_hukou_book_traditional",
          "入學條件 {\n 居住證: 持有有效居住證\n 其他條件: 提供適齡兒童戶口簿\n}", absent=("PL107",)),
    Probe("probe_pl107_child_hukou_book_taizhou",
          "入学条件 {\n 居住证: 持有有效居住证\n 其他: 随迁子女本人户口本\n}", **TZ(year=2022), absent=("PL107",)),
    Probe("probe_pl107_divorce_custody_papers_warning",
          "入学条件 {\n 居住证: 持有有效居住证\n 其他: 父母离异的，提供离婚证及判决书确定的抚养关系\n}",
          expect=(("PL107", "warning", None),)),
    Probe("probe_pl107_divorce_custody_papers_other_wording",
          "入学条件 {\n 居住证: 持有有效居住证\n 其他: 父母离婚的须提供离婚证和法院判决书\n}",
          expect=(("PL107", "warning", None),)),
    # LEGAL-REVIEW L4: more generous than the baseline, no fault -- a remark (提示), never a finding
    Probe("probe_pl107_no_permit_condition_more_generous_remark",
          "入学条件 {\n 住所: 有合法稳定住所即可入学\n}", absent=("PL107",), remarks=("PL107",)),
    Probe("probe_pl107_local_hukou_condition_error",
          "入学条件 {\n 居住证: 持有有效居住证\n 其他: 父母一方须为本县户籍\n}", expect=(("PL107", "error", None),)),
    # --- vocabulary: 暂住证 and 户籍证明 are not the permit and the household register ---------------------
    Probe("probe_vocab_zanzhu_permit_material_reported", "证明材料 {\n 暂住证\n 户口簿\n}",
          expect=(("PL205", "error", "国务院令第663号"),), labels=("derived",)),
    Probe("probe_vocab_zanzhu_permit_condition_taizhou", "入学条件 {\n 居住证: 持有暂住证满半年\n}", **TZ(year=2022),
          expect=(("PL205", "error", None),)),
    Probe("probe_vocab_zanzhu_permit_national_2019", "证明材料 {\n 暫住證\n}", **HB(year=2019),
          expect=(("PL205", "error", None),)),
    Probe("probe_vocab_zanzhu_permit_2015_before_regulation_silent", "证明材料 {\n 暂住证\n}", **HB(year=2015),
          absent=("PL205",)),
    Probe("probe_vocab_hukou_certificate_2021_shanxi_remark", "证明材料 {\n 户籍证明\n}", sent="2021年6月10日",
          expect=(("PL202", "warning", None),), absent=("PL205",)),
    Probe("probe_vocab_hukou_certificate_2022_taizhou_error", "证明材料 {\n 原籍派出所出具的户籍证明\n}", **TZ(year=2022),
          expect=(("PL205", "error", "教基厅〔2022〕1号"),), labels=("unverified",)),
    # --- permit holding time: the regulation sets none -----------------------------------------------------
    Probe("probe_pl101_permit_six_months_shanxi_error", "入学条件 {\n 居住证: 持有有效居住证满6个月\n}",
          expect=(("PL101", "error", None),)),
    Probe("probe_pl101_permit_half_year_traditional", "入學條件 {\n 居住證: 持有居住證滿半年\n}",
          expect=(("PL101", "error", None),)),
    Probe("probe_pl101_permit_six_months_taizhou_warning", "入学条件 {\n 居住证: 持有有效居住证满6个月\n}",
          **TZ(year=2022), expect=(("PL101", "warning", None),), labels=("derived",)),
    Probe("probe_pl101_permit_one_year_national_warning", "入学条件 {\n 居住证: 持证满一年\n}", **HB(year=2023),
          expect=(("PL101", "warning", None),)),
    Probe("probe_pl101_valid_permit_is_silent", "入学条件 {\n 居住证: 持有有效居住证（已签注）\n}", **TZ(year=2022),
          absent=("PL101",)),
    # --- derived thresholds are labelled 推定 -----------------------------------------------------------------
    Probe("probe_derived_insurance_cap_labelled", "入学条件 {\n 居住证: 持有有效居住证\n 社保: 缴纳社会保险满1年\n}",
          expect=(("PL103", None, None),), labels=("derived",)),
    Probe("probe_derived_employment_cap_labelled", "入学条件 {\n 居住证: 持有有效居住证\n 就业: 在本县务工满一年\n}",
          expect=(("PL104", None, None),), labels=("derived",)),
    Probe("probe_derived_residence_cap_taizhou_labelled", "入学条件 {\n 居住证: 持有有效居住证\n 居住: 在本区连续居住满2年\n}",
          **TZ(year=2022), expect=(("PL102", None, None),), labels=("derived",)),
    # --- PL504: 面向全市 is a fault only where the county approves the school ----------------------------------
    Probe("probe_pl504_citywide_warning", "民办学校 {\n 招生范围: 面向全市\n}", **TZ(year=2022),
          expect=(("PL504", "warning", None),)),
    Probe("probe_pl504_citywide_other_wording_warning", "民办学校 {\n 招生范围: 全市范围内招生\n}", **TZ(year=2022),
          expect=(("PL504", "warning", None),)),
    # --- national certificate bans, by date ------------------------------------------------------------------
    Probe("probe_national_ban_2022_taizhou_four_certificates",
          "证明材料 {\n 独生子女证\n 超过正常入学年龄证明\n 户籍地无人监护证明\n 学前教育经历证明\n}", **TZ(year=2022),
          expect=(("PL201", "error", "教基厅〔2022〕1号"),), labels=("unverified",)),
    Probe("probe_national_ban_2022_taizhou_aliases",
          "证明材料 {\n 计生证明\n 生育登记服务单\n 无人照看证明\n 超龄证明\n 幼儿园毕业证\n}", **TZ(year=2023),
          expect=(("PL201", "error", None),)),
    Probe("probe_national_ban_2022_national_layer", "证明材料 {\n 獨生子女證\n}", **HB(year=2022),
          expect=(("PL201", "error", None),)),
    Probe("probe_national_ban_2021_before_decision_silent", "证明材料 {\n 独生子女证\n 超龄证明\n 户籍地无人监护证明\n}",
          **TZ(year=2021, sent="2021年6月1日"), absent=("PL201",)),
    Probe("probe_national_ban_2021_after_decision_family_planning_only",
          "证明材料 {\n 独生子女证\n}", **TZ(year=2021, sent="2021年8月1日"),
          expect=(("PL201", "error", "2021年7月20日公布"),), labels=("unverified",)),
    Probe("probe_national_ban_2021_after_decision_no_2022_findings",
          "证明材料 {\n 超龄证明\n 户籍地无人监护证明\n 学前教育经历证明\n}", **TZ(year=2021, sent="2021年8月1日"),
          absent=("PL201",)),
    Probe("probe_national_ban_2021_no_date_judged_on_1_september", "证明材料 {\n 独生子女证\n 超龄证明\n}", **TZ(year=2021),
          expect=(("PL201", "error", "2021年7月20日公布"),)),
    Probe("probe_shanxi_ban_2021", "证明材料 {\n 独生子女父母光荣证\n}", expect=(("PL201", "error", "晋教基函〔2021〕24号"),)),
    # --- the missing checks of the issue ---------------------------------------------------------------------
    Probe("probe_both_parents_permit", "入学条件 {\n 居住证: 父母双方均持有路桥区居住证\n}", **TZ(year=2022),
          expect=(("PL108", "error", None),)),
    Probe("probe_both_parents_guardians", "入学条件 {\n 居住证: 父母或其他法定监护人均持有有效居住证\n}", **TZ(year=2022),
          expect=(("PL108", "error", None),)),
    Probe("probe_both_parents_couple", "入学条件 {\n 其他: 夫妻双方均在本县务工\n}", expect=(("PL108", "error", None),)),
    Probe("probe_both_parents_one_parent_silent", "入学条件 {\n 居住证: 父母一方持有有效居住证\n}", absent=("PL108",)),
    Probe("probe_housing_duration_rent", "入学条件 {\n 居住证: 持有有效居住证\n 住所: 须租房满2年\n}",
          expect=(("PL109", "error", None),)),
    Probe("probe_housing_duration_deed", "入学条件 {\n 居住证: 持有有效居住证\n 住所: 房产证满1年\n}", **TZ(year=2022),
          expect=(("PL109", None, None),)),
    Probe("probe_housing_duration_contract_traditional", "入學條件 {\n 居住證: 持有有效居住證\n 住所: 租賃合同滿兩年\n}",
          expect=(("PL109", "error", None),)),
    Probe("probe_points_exclude_eligible_2022", "积分入学 {\n 依据: 居住证\n 门槛: 积分达到60分\n 未达标: 不予安排\n}",
          **TZ(year=2022), expect=(("PL506", "error", None),), labels=("unverified",)),
    Probe("probe_points_below_threshold_placed_silent", "积分入学 {\n 依据: 居住证\n 门槛: 积分达到60分\n 未达标: 统筹安排入学\n}",
          **TZ(year=2022), absent=("PL506",)),
    Probe("probe_fee_jiedufei", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 缴纳借读费\n}", expect=(("PL110", "error", None),)),
    Probe("probe_fee_zanzhufei_taizhou", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 自愿交纳赞助费\n}", **TZ(year=2022),
          expect=(("PL110", "error", None),)),
    Probe("probe_fee_negated_silent", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 不收取借读费\n}", absent=("PL110",)),
    Probe("probe_parent_job_income_2022", "证明材料 {\n 家长收入证明\n 父母职务证明\n}", **TZ(year=2022),
          expect=(("PL203", "error", None),)),
    Probe("probe_parent_income_2021_no_misleading_hint", "证明材料 {\n 收入证明\n}", sent="2021年6月10日",
          absent=("PL203",)),
    Probe("probe_criminal_record_material", "证明材料 {\n 无犯罪记录证明\n}", **HB(year=2020),
          expect=(("PL204", "error", None),)),
    Probe("probe_criminal_record_condition", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 父母无违法犯罪记录\n}",
          expect=(("PL204", "error", None),)),
    Probe("probe_fee_negated_after_silent", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 借读费、赞助费一律不收\n}",
          absent=("PL110",)),
    Probe("probe_national_ban_negated_after_silent", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 计划生育证明不再要求提供\n}",
          **TZ(year=2022), absent=("PL201", "PL107")),
    Probe("probe_pl107_hukou_unrestricted_silent", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 户籍不限\n}", absent=("PL107",)),
    Probe("probe_national_ban_kindergarten_attendance_certificate", "证明材料 {\n 幼儿园在园证明\n}", **TZ(year=2022),
          expect=(("PL201", "error", "教基厅〔2022〕1号"),)),
    Probe("probe_over_age_refused", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 超龄儿童不予接收\n}", **TZ(year=2022),
          expect=(("PL120", "error", "2006年修订"),), labels=("derived",)),
    Probe("probe_over_age_refused_other_wording", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 未及龄或超龄的均不能入读一年级\n}",
          **HB(year=2015), expect=(("PL120", "error", None),)),
    Probe("probe_over_age_negated_silent", "入学条件 {\n 居住证: 持有有效居住证\n 其他: 不得以超龄为由拒绝入学\n}",
          absent=("PL120",)),
    # --- the regulation's articles the national layer quotes -------------------------------------------------
    Probe("probe_housing_owned_only", "入学条件 {\n 居住证: 持有有效居住证\n 住所: 须有自有产权住房\n}", **HB(year=2023),
          expect=(("PL105", None, "国务院令第663号"),)),
    Probe("probe_selection_by_test", "招生安排 {\n 民办 {\n  选拔: 入学考试\n }\n}", **TZ(year=2022),
          expect=(("PL302", "error", None),)),
    Probe("probe_all_of_employment_and_housing", "入学条件 {\n 就业: 合法稳定就业\n 住所: 合法稳定住所\n}",
          expect=(("PL106", "error", None),)),
    Probe("probe_pl106_one_branch_any_group", "入学条件 {\n 就业: 合法稳定就业\n 之一 {\n  住所: 合法稳定住所（含租赁）\n }\n}",
          expect=(("PL106", "error", None),)),
    # --- 台州: citation, targets without a year, points sections, per-county floors -----------------------------
    Probe("probe_taizhou_cover_notice_citation", "民办学校 {\n 招生范围: 跨区域招生\n}", **TZ(year=2022),
          expect=(("PL504", None, "台政办发〔2021〕1号"),), labels=("cover",)),
    Probe("probe_taizhou_no_points_section_is_the_citys_task", "入学条件 {\n 居住证: 持有有效居住证\n}", **TZ(year=2022),
          expect=(("PL501", "warning", None), ("PL502", "warning", None))),
    Probe("probe_taizhou_targets_without_year_not_errors",
          "目标 {\n 2022年 {\n  公办就读比例: 80%\n  阳光厨房: 100%\n  智安学校: 100%\n }\n"
          " 2023年 {\n  公办就读比例: 90%\n  标准化率: 90%\n  支教支管: 全覆盖\n }\n}\n"
          "措施 {\n 联席会议: 建立联席会议制度\n 发展共同体: 结对帮扶\n 支教支管: 选派骨干教师\n}",
          **TZ(year=2021), kind="plan", expect=(("PL801", "warning", None),)),
    Probe("probe_taizhou_targets_without_year_due_later_warning",
          "目标 {\n 2022年 {\n  公办就读比例: 80%\n  阳光厨房: 100%\n  智安学校: 100%\n }\n"
          " 2023年 {\n  公办就读比例: 90%\n  标准化率: 90%\n  支教支管: 全覆盖\n }\n"
          " 2024年 {\n  持证率: 100%\n  发展共同体: 全覆盖\n }\n}\n"
          "措施 {\n 联席会议: 建立联席会议制度\n 发展共同体: 结对帮扶\n 支教支管: 选派骨干教师\n}",
          **TZ(year=2021), kind="plan", expect=(("PL803", "warning", None),), absent=("PL801",)),
    Probe("probe_taizhou_per_county_floor_is_derived", "目标 {\n 2022年 {\n  公办就读比例: 75%\n }\n}",
          **TZ(year=2021), kind="plan", expect=(("PL802", "error", "台政办发〔2021〕1号"),), labels=("derived", "cover")),
    Probe("probe_taizhou_eligible_all_public_2023_count",
          "目标 {\n 2023年 {\n  公办就读比例: 90%\n  符合条件随迁子女: 15400\n  符合条件公办就读: 15000\n }\n}",
          **TZ(year=2021), kind="plan", expect=(("PL807", "error", "台政办发〔2021〕1号"),), labels=("cover",)),
    Probe("probe_taizhou_eligible_all_public_2023_share_traditional",
          "目標 {\n 2023年 {\n  符合條件的隨遷子女在公辦學校就讀比例: 95%\n }\n}", **TZ(year=2021), kind="plan",
          expect=(("PL807", "error", None),)),
    Probe("probe_taizhou_eligible_all_public_2023_met_silent",
          "目标 {\n 2023年 {\n  符合条件的随迁子女公办就读比例: 全部\n }\n}", **TZ(year=2021), kind="plan",
          absent=("PL807",)),
    # --- work plans in Shanxi: purchased places are public (附件1); a county at 100% ------------------------------
    Probe("probe_pl806_purchased_places_count_as_public",
          "现状 {\n 随迁子女: 1000\n 公办就读: 700\n}\n目标 {\n 2022年 {\n  公办就读比例: 80%\n }\n}\n"
          "措施 {\n 责任分工: 县教育局牵头\n 购买学位: 150\n}",
          city="运城市", county="临猗县", kind="plan", absent=("PL806", "PL805")),
    Probe("probe_pl802_shanxi_county_already_at_100",
          "现状 {\n 随迁子女: 1000\n 公办就读: 1000\n}\n目标 {\n 2022年 {\n  公办就读比例: 100%\n }\n}\n"
          "措施 {\n 责任分工: 县教育局牵头\n 购买学位: 10\n}", city="运城市", county="临猗县", kind="plan", absent=("PL802",)),
    # --- inferred effective dates --------------------------------------------------------------------------------
    Probe("probe_inferred_effective_date_labelled", "证明材料 {\n 学前教育经历证明\n}", **HB(year=2022),
          expect=(("PL201", "error", "教基厅〔2022〕1号"),), labels=("inferred", "unverified")),
    # --- an unedited skeleton ------------------------------------------------------------------------------
    Probe("probe_pl603_unedited_skeleton_date_placeholder",
          "招生安排 {\n 公办 {\n  报名: 2021年7月1日至7月10日  # 待填写\n }\n}", expect=(("PL605", "error", None),)),
    Probe("probe_pl603_unedited_skeleton_number_placeholder_taizhou", "民办学校 {\n 核定计划: 0  # 待填写：核定招生计划（人数）\n}",
          **TZ(year=2022), expect=(("PL605", "error", None),)),
]


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_legal_probe(probe: Probe, tmp_path):
    path = tmp_path / f"{probe.county}.{probe.kind}"
    path.write_text(text_of(probe), encoding="utf-8")
    result = engine.check_file(path, path.name)
    assert result.error is None, result.error
    got = [(f.code, f.severity, f.basis.citation.document) for f in result.findings]
    for code, severity, cites in probe.expect:
        mine = [f for f in result.findings if f.code == code]
        assert mine, f"{probe.name}: no {code} in {got}"
        if severity is not None:
            assert all(f.severity == severity for f in mine), f"{probe.name}: {got}"
        if cites is not None:
            assert any(cites in f.basis.citation.document for f in mine), f"{probe.name}: {got}"
        for label in probe.labels:
            citations = [f.basis.citation for f in mine]
            if label == "derived":
                assert all(c.derived for c in citations), f"{probe.name}: {code} not labelled 推定"
            elif label == "inferred":
                assert all(c.effective_inferred for c in citations), f"{probe.name}: {code}'s date not labelled inferred"
            elif label == "cover":
                assert all(c.cover_notice and "印发的《" in c.label() for c in citations), f"{probe.name}: {code}"
            else:
                assert all(not c.verified for c in citations), f"{probe.name}: {code} not 原文待核实"
    for code in probe.absent:
        assert code not in [c for c, _, _ in got], f"{probe.name}: {code} found: {got}"
    for code in probe.remarks:
        assert code in [r.code for r in result.remarks], f"{probe.name}: no remark {code}"
