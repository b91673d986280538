"""Look-alike and invisible characters must not turn a violation into a pass.

Each attack is the clean text with one change a reader cannot see (a zero-width space, a soft
hyphen, a byte-order mark, a bidi override, a compatibility ideograph, a Kangxi radical) or a
traditional form.  The finding codes must be those of the clean text, plus PL001 where the change is
a hidden character; the finding's caret must sit under the original characters; a city review must
not flip its verdict.  Durations the reader could not read before are read, or refused -- never
passed silently.  The readers' folding is policy_lint/normalise.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import tomllib
import unicodedata
from pathlib import Path

import pytest

from policy_lint import normalise, values as V
from policy_lint.build import housing_kind, normalise_material
from policy_lint.engine import check_source
from policy_lint.errors import InputError
from policy_lint.extract.check import check_draft
from policy_lint.review import review_city
from policy_lint.source import decode
from .peak_memory import PEAK_MB

ROOT = Path(__file__).resolve().parent.parent
JINCHENG = ROOT / "samples" / "shanxi" / "jincheng"

HEAD = """\
基本信息 {
    省: 山西省
    市: 晋城市
    县: 泽州县
    年度: 2021
}
"""


def check(text: str):
    """Findings of every check on a 晋城 county's rules ``text``: [(code, line, column, end_column)]."""
    result = check_source(decode(text.encode("utf-8"), "泽州县.rules"))
    if result.error is not None:
        raise result.error
    return [(f.code, f.span.line, f.span.column, f.span.end_column) for f in result.findings]


def codes(findings) -> list[str]:
    return sorted(f[0] for f in findings)


# --- 居住证: 持有满一年 ---------------------------------------------------------------------

PERMIT = HEAD + "入学条件 {\n    居住证: 持有满一年\n}\n"
#: line 8 is the condition; 满 is column 12 and the phrase 满一年 ends before column 15
CLEAN_SPAN = ("PL101", 8, 12, 15)

#: (name, the attacked value, the columns PL101 must cover, where PL001 must point or None)
PERMIT_ATTACKS = [
    ("zero-width space", "持有满\u200b一年", (12, 16), 13),
    ("zero-width space before the phrase", "持有\u200b满一年", (13, 16), 12),
    ("soft hyphen", "持有满\u00ad一年", (12, 16), 13),
    ("word joiner", "持有满一\u2060年", (12, 16), 14),
    ("byte-order mark inside the word", "持有满\ufeff一年", (12, 16), 13),
    ("zero-width joiner", "持有\u200d满一年", (13, 16), 12),
    ("right-to-left override", "持有\u202e满一年", (13, 16), 12),
    ("left-to-right isolate", "持有满\u2066一年", (12, 16), 13),
    ("compatibility ideograph for 年", "持有满一\uf98e", (12, 15), 14),
    ("Kangxi radical for 一", "持有满\u2f00年", (12, 15), 13),
    ("traditional 滿", "持有滿一年", (12, 15), None),
]


def test_the_clean_permit_condition_gives_pl101():
    assert check(PERMIT) == [CLEAN_SPAN]


@pytest.mark.parametrize(("value", "columns", "hidden_at"), [a[1:] for a in PERMIT_ATTACKS],
                         ids=[a[0] for a in PERMIT_ATTACKS])
def test_a_hidden_or_lookalike_character_in_a_duration_still_gives_pl101(value, columns, hidden_at):
    findings = check(PERMIT.replace("持有满一年", value))
    assert [f for f in findings if f[0] != "PL001"] == [("PL101", 8, *columns)]
    # the caret covers the phrase as written, hidden characters included
    line = (PERMIT.replace("持有满一年", value)).split("\n")[7]
    assert normalise.fold_text(line[columns[0] - 1:columns[1] - 1]) == "满一年"
    hidden = [f for f in findings if f[0] == "PL001"]
    assert hidden == ([] if hidden_at is None else [("PL001", 8, hidden_at, hidden_at + 1)])


def test_a_bidi_override_is_an_error_and_a_zero_width_space_a_warning():
    found = check_source(decode(PERMIT.replace("持有满一年", "持有\u202e满一\u200b年").encode("utf-8"), "泽州县.rules"))
    severities = {f.span.column: f.severity for f in found.findings if f.code == "PL001"}
    assert severities == {12: "error"}  # one finding per value, at the bidi control, counting both
    found = check_source(decode(PERMIT.replace("持有满一年", "持有满一\u200b年").encode("utf-8"), "泽州县.rules"))
    assert {f.span.column: f.severity for f in found.findings if f.code == "PL001"} == {14: "warning"}
    found = check_source(decode(PERMIT.replace("持有满一年", "持\u200b有满一\u202e年").encode("utf-8"), "泽州县.rules"))
    finding = next(f for f in found.findings if f.code == "PL001")
    assert (finding.span.column, finding.severity) == (15, "error")
    assert "共有 2 个" in finding.message.zh


def test_the_finding_quotes_the_line_as_written():
    attacked = PERMIT.replace("持有满一年", "持有满\u200b一年")
    result = check_source(decode(attacked.encode("utf-8"), "泽州县.rules"))
    pl101 = next(f for f in result.findings if f.code == "PL101")
    assert result.source.line(pl101.span.line) == "    居住证: 持有满\u200b一年"


@pytest.mark.parametrize("name", ["入學條件", "入学\u200b条件", "入学条\ufe00件"])
def test_a_section_name_with_traditional_or_hidden_characters_resolves(name):
    findings = check(PERMIT.replace("入学条件", name))
    assert "PL101" in codes(findings)


@pytest.mark.parametrize("key", ["居住證", "居住\u200b证", "居\u00ad住证"])
def test_a_key_with_traditional_or_hidden_characters_resolves(key):
    findings = check(PERMIT.replace("居住证:", key + ":"))
    assert "PL101" in codes(findings)


def test_a_hidden_character_in_the_city_still_chooses_its_ruleset():
    attacked = PERMIT.replace("市: 晋城市", "市: 晋\u200b城市")
    result = check_source(decode(attacked.encode("utf-8"), "泽州县.rules"))
    assert result.ruleset.name == "jincheng-2021"
    assert "PL101" in {f.code for f in result.findings}


# --- 证明材料: 独生子女证 ---------------------------------------------------------------------

MATERIALS = HEAD + "证明材料 {\n    户口簿、居住证\n    独生子女证\n}\n"


@pytest.mark.parametrize("written", ["独生子女证", "独生子\u200b女证", "獨生子女證", "獨生子\u200c女證", "独生子女\ufeff证"])
def test_a_disguised_one_child_certificate_is_still_banned(written):
    findings = check(MATERIALS.replace("独生子女证", written))
    assert [f for f in findings if f[0] != "PL001"] == [("PL201", 9, 5, 5 + len(written))]
    assert "PL202" not in codes(findings)


@pytest.mark.parametrize("section", ["證明材料", "证\u200b明材料"])
def test_the_materials_section_under_a_disguised_name_is_read(section):
    findings = check(MATERIALS.replace("证明材料", section).replace("独生子女证", "獨生子女證"))
    assert "PL201" in codes(findings)


def test_a_banned_certificate_demanded_in_a_condition_in_traditional_form_is_reported_at_the_name():
    text = HEAD + "入学条件 {\n    其他: 须提供獨生子\u200b女證\n}\n"
    findings = check(text)
    assert [f for f in findings if f[0] == "PL201"] == [("PL201", 8, 12, 18)]


@pytest.mark.parametrize(("raw", "name"), [("獨生子女證", "计划生育证明"), ("戶口簿", "户口簿"), ("房屋租賃合同", "住房证明"),
                                          ("出生醫學證明", "出生医学证明"), ("超齡證明", "超过正常入学年龄证明"),
                                          ("戶籍地無人監護證明", "户籍地无人监护证明"), ("社保繳費證明", "社保证明")])
def test_traditional_material_names_are_normalised(raw, name):
    assert normalise_material(raw) == (name, True)


def _city(tmp_path: Path, material: str) -> str:
    city = tmp_path / "jincheng"
    shutil.copytree(JINCHENG, city)
    path = city / "高平市.rules"
    text = path.read_text(encoding="utf-8")
    assert "就业证明、社保缴纳证明\n" in text
    path.write_text(text.replace("就业证明、社保缴纳证明\n", f"就业证明、社保缴纳证明\n        {material}\n"), encoding="utf-8")
    review = review_city(city)
    unit = next(u for u in review.units if u.name == "高平市")
    assert "PL201" in {f.code for f in unit.findings}
    return unit.verdict.value


def test_the_unattacked_county_passes():
    expected = tomllib.loads((JINCHENG / "expected.toml").read_text(encoding="utf-8"))
    assert expected["units"]["高平市"]["verdict"] == "通过"


@pytest.mark.parametrize("material", ["独生子女证", "獨生子女證", "独生子\u200b女证"])
def test_a_city_review_with_a_disguised_banned_certificate_stays_failed(tmp_path, material):
    assert _city(tmp_path, material) == "不通过"


# --- drafts ------------------------------------------------------------------------------

DRAFT = ROOT / "samples" / "drafts" / "泽州县.txt"


def _draft_findings(tmp_path: Path, text: str):
    path = tmp_path / "泽州县.txt"
    path.write_text(text, encoding="utf-8")
    result = check_draft(path, "泽州县.txt")
    assert result.error is None
    return result, [(f.code, f.span.line, f.span.column) for f in result.findings]


@pytest.mark.parametrize(("old", "new", "hidden"), [
    ("满一年；", "满\u200b一年；", [("PL001", 10, 16)]),
    ("满一年；", "满\u2f00年；", [("PL001", 10, 16)]),
    ("持有有效居住证满一年", "持有有效居住證滿一年", []),
    ("独生子女证", "獨生子女證", []),
    ("独生子女证", "独生\u200b子女证", [("PL001", 15, 80)]),
])
def test_a_disguised_draft_gives_the_findings_of_the_clean_one(tmp_path, old, new, hidden):
    clean_text = DRAFT.read_text(encoding="utf-8")
    assert old in clean_text
    _result, clean = _draft_findings(tmp_path, clean_text)
    assert {"PL101", "PL201"} <= {c for c, _l, _c in clean}
    result, attacked = _draft_findings(tmp_path, clean_text.replace(old, new, 1))
    # same codes on the same lines; the same columns up to the change (later ones on its line move with it)
    line = next(n for n, text in enumerate(clean_text.split("\n"), start=1) if old in text)
    at = clean_text.split("\n")[line - 1].index(old) + 1
    rest = [f for f in attacked if f[0] != "PL001"]
    assert [(c, l) for c, l, _ in rest] == [(c, l) for c, l, _ in clean]
    assert [f for f in rest if f[1] != line or f[2] <= at] == [f for f in clean if f[1] != line or f[2] <= at]
    assert [f for f in attacked if f[0] == "PL001"] == hidden
    # the quoted line is the draft's line as written
    assert result.source.line(10) == clean_text.replace(old, new, 1).split("\n")[9]


def test_a_draft_with_an_unreadable_duration_lists_it_as_to_confirm(tmp_path):
    clean_text = DRAFT.read_text(encoding="utf-8")
    result, findings = _draft_findings(tmp_path, clean_text.replace("持有有效居住证满一年", "持有有效居住证满若干年", 1))
    assert "PL101" not in {c for c, _l, _c in findings}
    assert any(p.line == 10 for p in result.unread), "the sentence with the unreadable length is 待确认"


# --- durations ---------------------------------------------------------------------------

#: the duration reader's corpus: (text, months) -- None: no duration in it
DURATIONS = [
    ("持有满壹年", 12), ("持有满贰年", 24), ("满叁年", 36), ("满拾个月", 10), ("满壹拾贰个月", 12), ("满陆个月", 6),
    ("一周年", 12), ("满两周年", 24), ("两年", 24), ("满两个月", 2), ("十二个月", 12), ("一年半", 18), ("满一年半以上", 18),
    ("18个月", 18), ("半年", 6), ("满1.5年", 18), ("365天", 12), ("满365天", 12), ("180天", 6), ("满186天", 6),
    ("满187天", 7), ("720天", 24), ("连续居住满三百六十五天", 12), ("52周", 12), ("满26周", 6), ("满365日", 12),
    ("满一百八十天", 6), ("满廿四个月", 24), ("持有满一\uf98e", 12), ("持有满\u2f00年", 12), ("持有滿一年", 12),
    ("居住满\u200b半年", 6), ("满１２个月", 12),
    # not durations
    ("9月1日前取得居住证", None), ("2021年9月1日", None), ("年满三周岁", None), ("持有有效居住证", None),
    ("每周一报名", None), ("15日前报名", None), ("满足条件", None),
]


@pytest.mark.parametrize(("text", "months"), DURATIONS)
def test_the_duration_reader(text, months):
    found = V.duration(text)
    assert (found[0] if found else None) == months
    if found:
        _months, start, end = found
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("text", ["持有满abc", "满若干年", "满一定年限", "累计缴纳", "不少于规定年限"])
def test_an_announced_duration_that_cannot_be_read_is_unreadable(text):
    assert V.duration(text) is None
    assert V.unreadable_duration(text) is not None


@pytest.mark.parametrize("text", ["合同期满", "期满后续签", "满足条件", "持有有效居住证", "合法稳定就业"])
def test_a_value_that_announces_no_duration_is_not_unreadable(text):
    assert V.unreadable_duration(text) is None


@pytest.mark.parametrize(("raw", "kind"), [("合法穩定住所（含租賃）", "rental"), ("合法稳定住所（含租\u200b赁）", "rental"),
                                          ("自有房產", "owned"), ("不含租\u200b赁", "owned")])
def test_housing_is_read_through_traditional_and_hidden_characters(raw, kind):
    assert housing_kind(raw).value == kind


@pytest.mark.parametrize(("value", "expected"), [
    ("持有满壹年", ["PL101"]), ("持有满一周年", ["PL101"]), ("持有满365天", ["PL101"]), ("持有满180天", ["PL101"]),
    ("持有满两年", ["PL101"]), ("持有满十二个月", ["PL101"]), ("持有满一年半", ["PL101"]), ("持有满18个月", ["PL101"]),
    ("持有满720天", ["PL101"]), ("持有满52周", ["PL101"]), ("持有满贰年", ["PL101"]), ("持有满叁年", ["PL101"]),
    ("持有满拾个月", ["PL101"]), ("持有有效居住证", []), ("持有满半年", ["PL101"]),
])
def test_a_permit_duration_in_any_usual_wording_is_checked(value, expected):
    assert codes(check(PERMIT.replace("持有满一年", value))) == expected


@pytest.mark.parametrize(("key", "value"), [("居住证", "持有满abc"), ("居住证", "持有满若干年"), ("社保", "缴纳满一定年限"),
                                            ("就业", "稳定就业满规定年限")])
def test_a_duration_that_cannot_be_read_is_an_error_not_a_pass(key, value):
    with pytest.raises(InputError) as caught:
        check(HEAD + f"入学条件 {{\n    {key}: {value}\n}}\n")
    problem = caught.value.problems[0]
    assert problem.line == 8
    assert "时长无法读出" in problem.message.zh
    # the caret starts under the phrase that announces the duration
    assert f"    {key}: {value}"[problem.column - 1] in "满累不"


# --- the traditional → simplified table --------------------------------------------------

def test_the_traditional_table_maps_only_traditional_forms_to_simplified_ones():
    table = normalise.traditional()
    keys = {chr(k) for k in table}
    values = set(table.values())
    assert not keys & values, "a simplified character is never changed, and no mapping chains"
    # characters that are simplified characters in their own right, or ambiguous, are not mapped
    for ch in "乾於著瞭覆像干后发面里系只台":
        assert ch not in keys, ch
    data = tomllib.loads((ROOT / "rulesets" / "vocabulary.toml").read_text(encoding="utf-8"))
    vocabulary = "".join(name + "".join(aliases) for name, aliases in data["materials"].items())
    assert not keys & set(vocabulary), "the vocabulary is written in simplified characters"
    for traditional, simplified in ("證证", "獨独", "戶户", "滿满", "個个", "計计", "劃划", "齡龄", "無无", "監监", "護护",
                                    "產产", "賃赁", "穩稳", "業业", "學学", "條条", "齊齐", "報报", "錄录", "積积", "數数",
                                    "處处", "險险", "繳缴", "納纳", "辦办", "們们", "區区", "縣县", "鎮镇", "歲岁", "從从",
                                    "來来", "動动", "務务", "屬属", "關关", "係系", "親亲", "貳贰", "兩两", "週周"):
        assert table[ord(traditional)] == simplified


def test_folding_is_idempotent_and_keeps_ordinary_chinese_typography():
    for text in ["户口簿（原件）、居住证；①出生证明", "２０２１年７月１日", "……", "满１２个月", "持有满\u200b一年", "獨生子女證"]:
        once = normalise.fold_text(text)
        assert normalise.fold_text(once) == once
    assert normalise.fold_text("户口簿（原件）、①２０２１　…") == "户口簿（原件）、①２０２１　…"
    assert unicodedata.normalize("NFKC", "（") != "（"  # NFKC would change it: the fold keeps it on purpose


@pytest.mark.parametrize("written, read", [
    ("本地户口优先", "本地户籍优先"), ("回户口所在地就读", "回户籍所在地就读"), ("要求房证、全家户口满2年以上", "要求房证、全家户籍满2年以上"),
    ("非本市户口适龄儿童", "非本市户籍适龄儿童"), ("常住户口（房户住一致）", "常住户籍（房户住一致）"), ("戶口所在地", "户籍所在地"),
    ("户口证明", "户籍证明"),
    # the household register, a paper (and its usual slips), and the registry's acts, are no status
    ("户口簿、房产证", "户口簿、房产证"), ("户口本原件", "户口本原件"), ("户口页（本人页）", "户口页（本人页）"), ("戶口簿", "户口簿"),
    ("集体户口首页", "集体户口首页"), ("户口薄", "户口薄"), ("户口迁移证", "户口迁移证"), ("户口登记", "户口登记")])
def test_hukou_the_status_is_read_as_huji_and_the_paper_is_not(written, read):
    folded = normalise.fold(written)
    assert folded.text == read
    assert len(folded.starts) == len(folded.text) and folded.span(0, len(folded.text)) == (0, len(written))
    assert normalise.fold_text(folded.text) == folded.text  # idempotent
    assert normalise.as_said(written, folded.text) == folded.text.replace("户籍", "户口")  # quoted as written


def test_a_quote_keeps_huji_where_the_draft_wrote_huji():
    text = "户籍在本区的优先，本地户口优先"
    assert normalise.fold_text(text) == "户籍在本区的优先，本地户籍优先"
    assert normalise.as_said(text, "户籍在本区的优先，本地户籍优先") == text
    assert normalise.as_said(text, "本地户籍优先") == "本地户口优先"


@pytest.mark.parametrize("county", ["高平市", "高\u200b平市", "高平\u00ad市"])
def test_a_hidden_character_in_the_county_name_keeps_the_unit_in_its_review(tmp_path, county):
    city = tmp_path / "jincheng"
    shutil.copytree(JINCHENG, city)
    path = city / "高平市.rules"
    text = path.read_text(encoding="utf-8")
    path.unlink()  # a file not named after its county: the unit is the one its 县 names
    (city / "gaoping.rules").write_text(text.replace("县: 高平市", f"县: {county}").replace(
        "就业证明、社保缴纳证明\n", "就业证明、社保缴纳证明\n        獨生子女證\n"), encoding="utf-8")
    review = review_city(city)
    unit = next(u for u in review.units if u.name == "高平市")
    assert unit.submitted and "PL201" in {f.code for f in unit.findings}
    assert unit.verdict.value == "不通过"
    assert ("PL001" in {f.code for f in unit.findings}) == (county != "高平市")


def test_a_disguised_word_draft_gives_the_findings_of_the_clean_one(tmp_path):
    """The same attack in a .docx (built the way samples/drafts/build_docx.py builds the samples)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_docx", ROOT / "samples" / "drafts" / "build_docx.py")
    build_docx = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_docx)
    clean_text = DRAFT.read_text(encoding="utf-8")
    found = {}
    for name, text in (("clean", clean_text),
                       ("attacked", clean_text.replace("满一年；", "满\u200b一年；", 1).replace("独生子女证", "獨生子女證", 1))):
        path = tmp_path / name / "泽州县.docx"
        path.parent.mkdir()
        path.write_bytes(build_docx.build(text))
        result = check_draft(path, "泽州县.docx")
        assert result.error is None
        found[name] = [(f.code, f.span.line, f.span.column) for f in result.findings]
    assert {"PL101", "PL201"} <= {c for c, _l, _c in found["clean"]}
    assert [f for f in found["attacked"] if f[0] != "PL001"] == found["clean"]
    assert [f for f in found["attacked"] if f[0] == "PL001"] == [("PL001", 10, 16)]


# --- many hidden characters: one PL001 finding per value, not one per character ----------------------

_RSS = PEAK_MB + textwrap.dedent("""\
    import resource, sys
    from pathlib import Path
    from policy_lint.engine import check_source
    from policy_lint.source import decode
    result = check_source(decode(Path(sys.argv[1]).read_bytes(), "泽州县.rules"))
    hidden = [f for f in result.findings if f.code == "PL001"]
    print(peak_mb(), len(hidden),
          sorted({f.code for f in result.findings}))
""")


@pytest.mark.parametrize("lines", [
    "".join("    独" + "\u200b" * 4900 + "生子女证\n" for _ in range(135)),  # 3 GB before
    "".join("    " + "独\u200b生\u00ad子\u200d女\u2060证" * 400 + "\n" for _ in range(140)),  # 3.5 GB before
    "".join("    独" + "\ue000\u3164" * 2400 + "生子女证\n" for _ in range(130)),  # private use, Hangul filler
], ids=["long-runs", "many-runs", "blanks"])
def test_a_value_full_of_hidden_characters_costs_little_memory(tmp_path, lines):
    text = (JINCHENG / "泽州县.rules").read_text(encoding="utf-8")
    path = tmp_path / "泽州县.rules"
    path.write_text(text.replace("    预防接种证\n", "    预防接种证\n" + lines), encoding="utf-8")
    assert path.stat().st_size < 2 * 1024 * 1024  # within the default MAX_BYTES
    done = subprocess.run([sys.executable, "-c", _RSS, str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rss, hidden, found = done.stdout.split(" ", 2)
    assert int(rss) < 300, rss  # memory, not time, is asserted
    assert int(hidden) == lines.count("\n")  # one per value
    assert "PL201" in found


def test_one_finding_per_value_at_the_first_run_counting_them_all():
    source = HEAD + "证明材料 {\n    户口\u200b\u200b簿\u00ad\n}\n"
    result = check_source(decode(source.encode("utf-8"), "泽州县.rules"))
    hidden = [f for f in result.findings if f.code == "PL001"]
    assert [(f.span.line, f.span.column, f.span.end_column) for f in hidden] == [(8, 7, 9)]
    assert "共有 3 个" in hidden[0].message.zh and "3 invisible" in hidden[0].message.en


# --- compound and several durations ----------------------------------------------------------------

#: (the permit value, the months PL101 reports, or None: unreadable, an error naming the value)
COMPOUND = [
    ("持证满0年12个月", 12), ("持证满六个月零一年", 18), ("持证满半年零六个月", 12), ("持证满6个月又1天", 7),
    ("持证满六个月零一天", 7), ("持证满六个月加六个月", 12), ("持证满6个月+6个月", 12), ("一年零六个月", 18),
    ("1年6个月", 18), ("一年又六个月", 18), ("持证满六个月以上，其中在本县满一年", 12), ("持证满六个月，累计满一年", 12),
    ("持证满2个6个月", None), ("持证满6个月6个月", None), ("持证满半年半年", None), ("持证满两个半年", None),
    ("持证满6个月×2", None), ("自2020年1月1日起持有居住证", 20), ("2020年9月1日前办理居住证", 12),
    # (a start, and a deadline of a year before the intake: the months held at the 2021 intake, values.held_since)
]


@pytest.mark.parametrize(("value", "months"), COMPOUND)
def test_a_compound_duration_is_summed_the_longest_is_required_and_a_product_is_unreadable(value, months):
    text = (JINCHENG / "泽州县.rules").read_text(encoding="utf-8").replace("在泽州县持证满一年", value)
    result = check_source(decode(text.encode("utf-8"), "泽州县.rules"))
    if months is None:
        assert isinstance(result.error, InputError)
        problem = result.error.problems[0]
        assert "时长无法读出" in problem.message.zh and value in problem.message.zh
        return
    assert result.error is None
    pl101 = [f for f in result.findings if f.code == "PL101"]
    assert len(pl101) == 1 and f"{months} 个月" in pl101[0].message.zh


@pytest.mark.parametrize(("value", "months"), COMPOUND)
def test_a_compound_duration_in_a_draft(tmp_path, value, months):
    clean_text = DRAFT.read_text(encoding="utf-8")
    value = value if "证" in value else "持有居住证" + value  # a draft's sentence names its condition
    result, findings = _draft_findings(tmp_path, clean_text.replace("在泽州县持有有效居住证满一年", value, 1))
    pl101 = [f for f in result.findings if f.code == "PL101"]
    if months is None:
        assert not pl101
        assert any(p.line == 10 for p in result.unread), "the unreadable length is 待确认"
    else:
        assert len(pl101) == 1 and f"{months} 个月" in pl101[0].message.zh


def test_a_date_beside_a_length_is_a_cut_off_not_the_length():
    assert V.duration("持证满6个月（截至2021年8月31日）")[0] == 6
    assert V.unreadable_duration("持证满6个月（截至2021年8月31日）") is None
    assert V.duration("2021年7月1日至10日") is None and V.unreadable_duration("2021年7月1日至10日") is None


# --- blank and default-ignorable characters; separators inside a material name ----------------------

BLANKS = [0x3164, 0x1160, 0x115F, 0xFFA0, 0x17B4, 0x17B5, 0x2800, 0xE000, 0xF8FF, 0xF0000, 0x10FFFD, 0x00A0,
          0x2028, 0x2029, 0x180E, 0x034F, 0xFFF0, 0x1D173, 0xE0041, 0x061C]


@pytest.mark.parametrize("code", BLANKS, ids=[f"U+{c:04X}" for c in BLANKS])
def test_a_blank_or_ignorable_character_inside_a_banned_certificate_is_dropped_and_reported(code):
    findings = check(MATERIALS.replace("独生子女证", "独" + chr(code) + "生子女证"))
    assert [f for f in findings if f[0] != "PL001"] == [("PL201", 9, 5, 11)]
    assert [f for f in findings if f[0] == "PL001"] == [("PL001", 9, 6, 7)]


def test_the_default_ignorable_ranges_match_the_known_members():
    for code in (0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x2060, 0x3164, 0xFE0F,
                 0xFEFF, 0xFFA0, 0x1BCA0, 0xE0001, 0xE01EF, 0xE0FFF):
        assert normalise.invisible(chr(code)), hex(code)
    for ch in "独年一 \u3000，a1①":
        assert not normalise.invisible(ch), ch


@pytest.mark.parametrize("written", ["独生 子女证", "独生-子女证", "独 生 子 女 证", "独生\u3000子女证", "独/生/子/女/证",
                                     "独·生子女证", "独生—子女证"])
def test_separators_inside_a_banned_certificate_name_do_not_hide_it(written):
    findings = check(MATERIALS.replace("独生子女证", written))
    assert [f[0] for f in findings] == ["PL201"]
    assert normalise_material(written) == ("计划生育证明", True)


def test_separators_are_not_dropped_from_durations():
    assert V.duration("持有满 一年")[0] == 12 and normalise.fold_text("满 一年") == "满 一年"


# --- work plans: PL001 reads them too --------------------------------------------------------------

TAIZHOU = ROOT / "samples" / "zhejiang" / "taizhou"


@pytest.mark.parametrize(("char", "severity"), [("\u202e", "error"), ("\u200b", "warning"), ("\u3164", "warning")])
def test_a_hidden_character_in_a_plan_value_is_reported(char, severity):
    from policy_lint.plans import check_plan_source
    text = (TAIZHOU / "椒江区.plan").read_text(encoding="utf-8")
    assert "联席会议: 建立" in text
    result = check_plan_source(decode(text.replace("联席会议: 建立", "联席会议: 建" + char + "立").encode("utf-8"), "椒江区.plan"))
    assert result.error is None
    line = text[:text.index("联席会议: 建立")].count("\n") + 1  # the sample's line of the measure
    assert [(f.code, f.severity, f.span.line, f.span.column) for f in result.findings] == [("PL001", severity, line, 12)]


def test_a_hidden_character_in_a_required_measure_name_is_reported():
    from policy_lint.plans import check_plan_source
    text = (TAIZHOU / "仙居县.plan").read_text(encoding="utf-8")
    clean = check_plan_source(decode(text.encode("utf-8"), "仙居县.plan"))
    result = check_plan_source(decode(text.replace("改扩建 {", "改\u200b扩建 {", 1).encode("utf-8"), "仙居县.plan"))
    assert result.error is None and clean.error is None
    assert [f.code for f in result.findings if f.code != "PL001"] == [f.code for f in clean.findings]
    assert [(f.code, f.span.column) for f in result.findings if f.code == "PL001"] == [("PL001", 6)]


# --- other names of the banned certificates ----------------------------------------------------------

@pytest.mark.parametrize(("written", "group"), [
    ("计生证明", "计划生育证明"), ("流动人口婚育证", "计划生育证明"), ("只生育一个孩子证明", "计划生育证明"),
    ("独生子女光荣证", "计划生育证明"), ("生育登记服务单", "计划生育证明"),
    ("无人照看证明", "户籍地无人监护证明"), ("留守证明", "户籍地无人监护证明"),
])
def test_another_name_of_a_banned_certificate_is_banned(written, group):
    assert normalise_material(written) == (group, True)
    findings = check(MATERIALS.replace("独生子女证", written))
    assert [f for f in findings if f[0] != "PL001"] == [("PL201", 9, 5, 5 + len(written))]
