"""Rulesets: every bundled one loads and is fully cited; bad ones fail with file and line."""

from __future__ import annotations

import pytest

from policy_lint.errors import RulesetError
from policy_lint.ruleset import PARAMETERS, available, choose, load_bundled, load_text, resolve

GOOD_PARAM = """
[params.residence_months_max]
value = 6
effective = 2016-01-01
document = "国务院令第663号"
article = "第二条"
quote = "居住半年以上"
"""


def header(name="test", extends=None):
    ext = f'extends = "{extends}"\n' if extends else ""
    return f'[ruleset]\nname = "{name}"\ntitle = "测试"\ntitle_en = "Test"\n{ext}'


@pytest.mark.parametrize("name", available())
def test_every_bundled_ruleset_resolves_with_a_citation_for_every_value(name):
    resolved = resolve(name)
    assert resolved.chain[-1] == "national"
    for param in resolved.params.values():
        assert param.citation.document and param.citation.article and param.citation.quote
        assert param.name in PARAMETERS


def test_city_values_come_from_the_layer_that_set_them():
    r = resolve("jincheng-2021")
    assert r.chain == ("jincheng-2021", "shanxi-2021", "national")
    assert r.params["banned_certificates"].layer == "shanxi-2021"
    assert r.params["banned_certificates"].citation.document == "晋教基函〔2021〕24号"
    assert r.params["permit_main_basis"].layer == "jincheng-2021"
    assert r.params["permit_main_basis"].overrides == ("national", "shanxi-2021")
    assert r.params["any_one_condition"].layer == "national"


def test_taizhou_extends_zhejiang_and_national():
    r = resolve("taizhou-2021")
    assert r.chain == ("taizhou-2021", "zhejiang", "national")
    assert r.params["points_unified_issuer"].value == "台州市"
    # 台州 sets no ban of its own: the national, dated ones apply
    assert r.params["banned_certificates"].layer == "national"


def test_the_national_bans_apply_by_date_and_the_latest_value_in_force_wins():
    import datetime as dt

    before = resolve("taizhou-2021", on=dt.date(2021, 7, 19))
    assert "banned_certificates" not in before.params
    decision = resolve("taizhou-2021", on=dt.date(2021, 7, 20)).params["banned_certificates"]
    assert decision.value == ["计划生育证明"] and not decision.citation.verified
    assert decision.citation.effective_inferred
    notice = resolve("taizhou-2021", on=dt.date(2022, 4, 1)).params["banned_certificates"]
    assert notice.citation.document == "教基厅〔2022〕1号"
    assert set(notice.value) == {"计划生育证明", "超过正常入学年龄证明", "户籍地无人监护证明", "学前教育经历证明"}
    assert [v.effective for v in load_bundled("national").versions["banned_certificates"]] == [
        dt.date(2021, 7, 20), dt.date(2022, 4, 1)]


def test_a_province_adds_to_a_national_ban_and_each_item_cites_the_lowest_layer_that_bans_it():
    import datetime as dt

    r = resolve("jincheng-2021", on=dt.date(2022, 6, 1))
    banned = r.params["banned_certificates"]
    assert "学前教育经历证明" in banned.value and "计划生育证明" in banned.value
    assert [p.layer for p in banned.parts] == ["shanxi-2021", "national"]
    assert r.basis_for("banned_certificates", "计划生育证明").citation.document == "晋教基函〔2021〕24号"
    assert r.basis_for("banned_certificates", "学前教育经历证明").citation.document == "教基厅〔2022〕1号"
    # in 2021 the national list holds the family-planning certificate only, which Shanxi bans too
    r2021 = resolve("jincheng-2021", on=dt.date(2021, 9, 1))
    assert "学前教育经历证明" not in r2021.params["banned_certificates"].value


def test_dated_values_of_one_parameter_must_differ_in_date():
    body = GOOD_PARAM.replace("[params.residence_months_max]", "[[params.residence_months_max]]")
    with pytest.raises(RulesetError) as info:
        load_text(header() + body + body, "t.toml")
    assert info.value.problems[0].line is not None


def test_a_parameter_not_yet_in_effect_falls_back_to_the_parent():
    import datetime as dt

    r = resolve("jincheng-2021", on=dt.date(2020, 9, 1))
    assert r.params["permit_main_basis"].layer == "national"
    assert "banned_certificates" not in r.params  # neither Shanxi's (2021) nor the nation's (2021-07-20) yet


@pytest.mark.parametrize(
    ("province", "city", "year", "expected"),
    [
        ("山西省", "晋城市", 2021, "jincheng-2021"),
        ("山西省", "太原市", 2021, "shanxi-2021"),
        ("浙江省", "台州市", 2021, "taizhou-2021"),
        ("浙江省", "杭州市", 2021, "zhejiang"),
        ("广东省", "广州市", 2021, "national"),
        ("山西省", "晋城市", 2020, "national"),
    ],
)
def test_ruleset_is_chosen_from_region_and_year(province, city, year, expected):
    assert choose(province, city, year) == expected


def test_uncited_parameter_is_an_error_at_its_line():
    src = header() + "\n[params.residence_months_max]\nvalue = 6\neffective = 2016-01-01\ndocument = \"x\"\n"
    with pytest.raises(RulesetError) as info:
        load_text(src, "rulesets/test.toml")
    problem = info.value.problems[0]
    assert problem.line == 6
    assert "出处" in problem.message.zh and "cited" in problem.message.en


def test_unknown_parameter_gets_a_did_you_mean_and_its_line():
    src = header() + GOOD_PARAM.replace("residence_months_max", "residence_month_max")
    with pytest.raises(RulesetError) as info:
        load_text(src, "rulesets/test.toml")
    problem = info.value.problems[0]
    assert problem.line == 6
    assert "residence_months_max" in problem.message.zh


def test_unknown_header_key_is_an_error():
    with pytest.raises(RulesetError) as info:
        load_text(header() + 'extend = "national"\n', "rulesets/test.toml")
    assert info.value.problems[0].line == 5
    assert "extends" in info.value.problems[0].message.zh


def test_toml_syntax_error_has_its_line():
    with pytest.raises(RulesetError) as info:
        load_text(header() + "\n[params.residence_months_max\n", "rulesets/test.toml")
    assert info.value.problems[0].line == 6


def test_wrong_value_type_is_an_error():
    with pytest.raises(RulesetError):
        load_text(header() + GOOD_PARAM.replace("value = 6", 'value = "six"'), "rulesets/test.toml")


def test_extends_cycle_is_an_error():
    files = {"a": load_text(header("a", "b"), "rulesets/a.toml"), "b": load_text(header("b", "a"), "rulesets/b.toml")}
    with pytest.raises(RulesetError) as info:
        resolve("a", loader=files.__getitem__)
    assert "a → b → a" in info.value.problems[0].message.zh


def test_extends_outside_the_rulesets_directory_is_an_error():
    files = {"a": load_text(header("a", "../../etc/passwd"), "rulesets/a.toml")}
    with pytest.raises(RulesetError) as info:
        resolve("a", loader=files.__getitem__)
    assert "目录之外" in info.value.problems[0].message.zh


@pytest.mark.parametrize("name", ["jincheng-2012", "nope", "vocabulary"])
def test_unknown_ruleset_is_an_error_listing_the_available_ones(name):
    with pytest.raises(RulesetError) as info:
        load_bundled(name)
    message = info.value.problems[0].message.zh
    assert "未知的规则集" in message and "jincheng-2021、national、shanxi-2021" in message


def test_a_ruleset_name_reaching_outside_the_directory_is_refused():
    with pytest.raises(RulesetError) as info:
        load_bundled("../national")
    assert "目录之外" in info.value.problems[0].message.zh


def test_unknown_ruleset_suggests_the_closest():
    with pytest.raises(RulesetError) as info:
        load_bundled("jincheng-2012")
    assert "jincheng-2021" in info.value.problems[0].message.zh


@pytest.mark.parametrize("line", ['extends = 3', 'region = ["山西省"]', 'year = "2021"', "year = 20261"])
def test_header_value_of_the_wrong_type_is_a_ruleset_error_at_its_line(line):
    with pytest.raises(RulesetError) as info:
        load_text(header() + line + "\n", "rulesets/test.toml")
    assert info.value.problems[0].line == 5


def _squash(text: str) -> str:
    return "".join(text.split())


def _quoted_passages(quote: str) -> list[str]:
    """The passages of a quote; a quote of two passages joins them with …… (each must stand in the source)."""
    return [part for part in (_squash(p) for p in quote.split("……")) if part]


def test_every_verified_quote_stands_verbatim_in_the_sources():
    """A ruleset may only quote the seeds, the policy brief or the statutes under sources/laws; anything else is
    marked verified = false.  Every dated value of a parameter is checked, not only the latest."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent / "data" / "sources"
    laws = sorted((folder / "laws").glob("*.md"))  # statutes from LawRefBook/Laws, each with its source line
    sources = [*sorted(folder.glob("*.txt")), folder / "BRIEF.md", *laws]
    assert len(laws) >= 4 and all(p.exists() for p in sources), sources
    assert all(p.read_text(encoding="utf-8").startswith("<!-- 来源 / source: https://github.com/LawRefBook/Laws/")
               for p in laws)
    corpus = _squash("".join(p.read_text(encoding="utf-8") for p in sources))
    for name in available():
        for versions in load_bundled(name).versions.values():
            for param in versions:
                if param.citation.verified:
                    for passage in _quoted_passages(param.citation.quote):
                        assert passage in corpus, f"{name}: {param.name} quotes words not in the sources"


def test_every_unverified_national_quote_stands_in_a_kept_third_party_copy():
    """A national sentence found only in third-party copies is kept, with the copies' addresses, under
    sources/third_party; it is never in the official sources, and its parameter says verified = false."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent / "data" / "sources" / "third_party"
    copies = sorted(folder.glob("*.md"))
    assert len(copies) >= 2
    for copy in copies:
        head = copy.read_text(encoding="utf-8").split("-->", 1)[0]
        assert head.startswith("<!-- 来源 / source: third-party") and "verified = false" in head and "http" in head
    corpus = _squash("".join(p.read_text(encoding="utf-8") for p in copies))
    checked = 0
    for versions in load_bundled("national").versions.values():
        for param in versions:
            if not param.citation.verified:
                for passage in _quoted_passages(param.citation.quote):
                    assert passage in corpus, f"national: {param.name} ({param.effective}) quotes words in no kept copy"
                checked += 1
    assert checked >= 5


@pytest.mark.parametrize("name", available())
def test_every_note_in_a_bundled_ruleset_has_an_english_note(name):
    for param in load_bundled(name).params.values():
        c = param.citation
        assert bool(c.note) == bool(c.note_en), param.name
        assert c.note_in("zh") == c.note and c.note_in("en") == c.note_en


def test_english_reports_print_the_english_note_and_fall_back_to_the_chinese_one():
    from policy_lint.docs import ruleset_text
    from policy_lint.render import html, markdown
    from policy_lint.render import text as text_out
    from policy_lint.review import review_city

    both = load_text(header() + GOOD_PARAM + 'note = "以半年为上限。"\nnote_en = "half a year at most."\n', "t.toml")
    c = both.params["residence_months_max"].citation
    assert (c.note_in("zh"), c.note_in("en")) == ("以半年为上限。", "half a year at most.")
    zh_only = load_text(header() + GOOD_PARAM + 'note = "以半年为上限。"\n', "t.toml").params["residence_months_max"]
    assert zh_only.citation.note_en is None and zh_only.citation.note_in("en") == "以半年为上限。"

    en = ruleset_text(resolve("shanxi-2021"), "en")
    assert "note: Article 2 of the Interim Regulations on Residence Permits" in en and "《居住证暂行条例》第二条" not in en
    assert "《居住证暂行条例》第二条" in ruleset_text(resolve("shanxi-2021"), "zh")
    from pathlib import Path
    review = review_city(Path(__file__).resolve().parents[1] / "samples" / "shanxi" / "datong")  # 云州区: a PL202 remark
    for module in (text_out, markdown, html):
        out = module.render_review(review, "en")
        assert "A document outside the list is flagged for review" in out and "清单之外的材料提示复核" not in out
        assert "清单之外的材料提示复核" in module.render_review(review, "zh")
