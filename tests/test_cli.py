"""The command line: exit codes, formats, languages, selection, output files, batches with bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint import __version__, checks
from policy_lint.cli import app

runner = CliRunner()

CLEAN = """\
基本信息 {
    省: 山西省
    市: 晋城市
    县: 沁水县
    年度: 2021
}
入学条件 {
    居住证: 持有有效居住证
    居住: 满半年
    之一 {
        就业: 合法稳定就业
        住所: 合法稳定住所（含租赁）
    }
}
证明材料 {
    户口簿、居住证
}
"""

FAULTY = CLEAN.replace("居住证: 持有有效居住证", "居住证: 持有满一年").replace("户口簿、居住证", "户口簿、独生子女证")


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, content in {"clean.rules": CLEAN, "faulty.rules": FAULTY}.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        out[name] = path
    binary = tmp_path / "some.bin"
    binary.write_bytes(b"\x00\x01PK\x03\x04" * 40)
    out["some.bin"] = binary
    return out


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_clean_file_exits_0(files):
    result = invoke("check", str(files["clean.rules"]))
    assert result.exit_code == 0, result.output
    assert "未发现问题" in result.output


def test_faulty_file_exits_1_with_line_caret_citation_and_fix(files):
    result = invoke("check", str(files["faulty.rules"]))
    assert result.exit_code == 1
    out = result.output
    assert f"{files['faulty.rules']}:8:12: PL101 [错误]" in out
    assert "^^^" in out
    assert "晋教基函〔2021〕24号" in out and "不得高于国家《居住证暂行条例》基本要求" in out
    assert "= 建议:" in out


def test_english_output(files):
    result = invoke("check", "--lang", "en", str(files["faulty.rules"]))
    assert result.exit_code == 1
    assert "[error]" in result.output and "= fix:" in result.output and "[错误]" not in result.output


def test_binary_file_in_a_batch_is_explained_and_the_rest_still_checked(files):
    result = invoke("check", str(files["clean.rules"]), str(files["some.bin"]), str(files["faulty.rules"]))
    assert result.exit_code == 2
    assert "some.bin: [错误] 这不是文本文件" in result.output
    assert "PL101" in result.output
    assert "1 个文件无法检查" in result.output


def test_missing_file_and_empty_directory_exit_2(tmp_path, files):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("check", str(tmp_path / "nope.rules"), str(empty), str(files["clean.rules"]))
    assert result.exit_code == 2
    assert "文件或目录不存在" in result.output and "没有 .rules、.plan 文件，也没有草稿" in result.output


def test_json_output_is_valid_and_complete(files):
    result = invoke("check", "--format", "json", str(files["faulty.rules"]), str(files["some.bin"]))
    assert result.exit_code == 2
    doc = json.loads(result.output)
    assert doc["summary"] == {"files": 2, "plans": 0, "unreadable": 1, "errors": 2, "warnings": 0}
    assert {f["kind"] for f in doc["files"]} == {"rules"}
    faulty, binary = doc["files"]
    assert binary["status"] == "unreadable"
    codes = [f["code"] for f in faulty["findings"]]
    assert codes == ["PL101", "PL201"]
    first = faulty["findings"][0]
    assert first["basis"]["citation"]["document"] == "晋教基函〔2021〕24号"
    assert first["line"] == 8


def test_output_file_is_written_whole_and_stdout_stays_empty(files, tmp_path):
    target = tmp_path / "report.json"
    result = invoke("check", "-f", "json", "-o", str(target), str(files["faulty.rules"]))
    assert result.exit_code == 1
    assert result.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_into_a_missing_directory_is_a_clear_error(files, tmp_path):
    result = invoke("check", "-o", str(tmp_path / "no" / "such" / "dir.txt"), str(files["clean.rules"]))
    assert result.exit_code == 2
    assert "无法写入" in result.output


def test_select_and_ignore(files):
    assert invoke("check", "--select", "PL101", str(files["faulty.rules"])).exit_code == 1
    result = invoke("check", "--ignore", "PL1,PL2", str(files["faulty.rules"]))
    assert result.exit_code == 0, result.output
    assert "PL101" not in result.output


def test_unknown_selector_is_a_usage_error(files):
    result = invoke("check", "--select", "PL999", str(files["clean.rules"]))
    assert result.exit_code == 2
    assert "PL999" in result.output


def test_explicit_ruleset_overrides_the_region(files):
    result = invoke("check", "--ruleset", "national", str(files["faulty.rules"]))
    # under the national layer: the holding time is only a warning (the ceiling of 0 is the tool's reading),
    # the one-child certificate an error from 2021-07-20 (the 2021 decision); nothing cites Shanxi or Jincheng
    assert result.exit_code == 1, result.output
    assert "PL101 [警告]" in result.output and "PL201 [错误]" in result.output and "全面脱钩" in result.output
    assert "晋教基函" not in result.output and "晋市教基函字" not in result.output


def test_unknown_ruleset_is_exit_2_with_suggestion(files):
    result = invoke("check", "--ruleset", "jincheng-2012", str(files["clean.rules"]))
    assert result.exit_code == 2
    assert "jincheng-2021" in result.output


def test_rules_lists_every_check_and_rule_documents_each():
    listing = invoke("rules")
    assert listing.exit_code == 0
    for check in checks.all_checks():
        assert check.code in listing.output
        for lang, headings in (("zh", ["## 检查内容", "## 为何重要", "## 示例", "## 改为", "## 依据"]),
                               ("en", ["## What it checks", "## Why it matters", "## Example", "## Use instead", "## Basis"])):
            doc = invoke("rule", check.code, "--lang", lang)
            assert doc.exit_code == 0
            for heading in headings:
                assert heading in doc.output, (check.code, lang, heading)


def test_rule_with_unknown_code_suggests_one():
    result = invoke("rule", "PL10")
    assert result.exit_code == 2
    assert "没有检查项" in result.output


def test_ruleset_show_prints_each_value_its_layer_and_citation():
    result = invoke("ruleset", "show", "jincheng-2021")
    assert result.exit_code == 0
    out = result.output
    assert "national → shanxi-2021 → jincheng-2021" in out
    assert "banned_certificates" in out and "山西省 2021 [shanxi-2021]" in out
    assert "晋市教基函字（2021）25号" in out


def test_ruleset_show_unknown_is_exit_2():
    result = invoke("ruleset", "show", "nowhere")
    assert result.exit_code == 2
    assert "未知的规则集" in result.output


ENCODINGS = [
    pytest.param(lambda s: s.encode("utf-8"), id="utf-8"),
    pytest.param(lambda s: s.encode("utf-8-sig"), id="utf-8 with BOM"),
    pytest.param(lambda s: s.encode("utf-16"), id="utf-16 with BOM"),
    pytest.param(lambda s: s.encode("gb18030"), id="gb18030"),
    pytest.param(lambda s: s.replace("\n", "\r\n").encode("gb18030"), id="gb18030 with CRLF"),
    pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-8"), id="utf-8 with CRLF"),
]


@pytest.mark.parametrize("encode", ENCODINGS)
def test_every_accepted_encoding_gives_identical_findings(encode, tmp_path):
    reference = tmp_path / "ref.rules"
    reference.write_bytes(FAULTY.encode("utf-8"))
    other = tmp_path / "other.rules"
    other.write_bytes(encode(FAULTY))

    def findings(path):
        doc = json.loads(invoke("check", "-f", "json", str(path)).output)
        return [{k: v for k, v in f.items() if k != "path"} for f in doc["files"][0]["findings"]]

    assert findings(other) == findings(reference)


def test_output_onto_an_input_is_refused_and_the_input_kept(files):
    before = files["faulty.rules"].read_bytes()
    result = invoke("check", "-o", str(files["faulty.rules"]), str(files["faulty.rules"]))
    assert result.exit_code == 2
    assert "不能覆盖" in result.output
    assert files["faulty.rules"].read_bytes() == before


def test_review_output_into_the_city_directory_as_a_rules_file_is_refused(tmp_path):
    city = tmp_path / "city"
    city.mkdir()
    (city / "city.toml").write_text('[city]\nname = "晋城市"\nprovince = "山西省"\nyear = 2021\nunits = []\n',
                                    encoding="utf-8")
    result = invoke("review", "-o", str(city / "report.rules"), str(city))
    assert result.exit_code == 2
    assert not (city / "report.rules").exists()


def test_review_and_audit_of_a_missing_directory_say_it_is_missing(tmp_path):
    for command in ("review", "audit"):
        result = invoke(command, str(tmp_path / "nowhere"))
        assert result.exit_code == 2
        assert "文件或目录不存在" in result.output
