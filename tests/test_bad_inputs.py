"""The bad-input matrix: each kind of bad input, in a batch beside a good file, gives its own clear
message in Chinese and in English and exit code 2, while the good file is still checked and
reported.  Size limits are settings (policy_lint/settings.py) with environment overrides.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint import engine, ruleset, settings
from policy_lint.cli import app

runner = CliRunner()

#: a good file with one finding (PL101 on line 8), so that "the rest of the batch is reported" shows
GOOD = """\
基本信息 {
    省: 山西省
    市: 晋城市
    县: 沁水县
    年度: 2021
}
入学条件 {
    居住证: 持有满一年
    居住: 满半年
}
证明材料 {
    户口簿、居住证
}
"""

SUMMARY = {"zh": "1 个文件无法检查", "en": "1 file(s) could not be checked"}


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.rules"
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_batch(good: Path, bad: Path, zh: list[str], en: list[str], where: str | None = None) -> None:
    """``check good bad`` in both languages: exit 2, the bad file's message, the good file's finding."""
    for lang, phrases in (("zh", zh), ("en", en)):
        result = invoke("check", "--lang", lang, str(good), str(bad))
        assert result.exit_code == 2, result.output
        out = result.output
        for phrase in phrases:
            assert phrase in out, f"{lang}: {phrase!r} not in\n{out}"
        assert f"{good}:8:12: PL101" in out, out  # the good file is still checked and reported
        assert SUMMARY[lang] in out
        if where is not None:
            assert f"{bad}:{where}:" in out, out
    doc = json.loads(invoke("check", "-f", "json", "--lang", "en", str(good), str(bad)).output)
    assert doc["summary"]["files"] == 2 and doc["summary"]["unreadable"] == 1
    first, second = doc["files"]
    assert first["status"] == "checked" and [f["code"] for f in first["findings"]] == ["PL101"]
    assert second["status"] == "unreadable" and second["problems"]
    assert en[0] in second["problems"][0]["message"]


def test_binary_file(good, tmp_path):
    bad = tmp_path / "scan.rules"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert_batch(good, bad, ["这不是文本文件"], ["not a text file"])


def test_nul_bytes_in_otherwise_text(good, tmp_path):
    bad = tmp_path / "nul.rules"
    bad.write_bytes(GOOD.replace("县: 沁水县", "县: 沁\x00水县").encode("utf-8"))
    assert_batch(good, bad, ["第 4 行第 9 列含有空字符"], ["NUL character (\\0) at line 4, column 9"], where="4:9")


def test_a_stray_control_character_is_named_with_its_position(good, tmp_path):
    bad = tmp_path / "ctrl.rules"
    bad.write_bytes(GOOD.replace("年度: 2021", "年度: 2021\x1a").encode("gb18030"))
    assert_batch(good, bad, ["第 5 行第 13 列含有不可见的控制字符（U+001A）"],
                 ["invisible control character (U+001A) at line 5, column 13"], where="5:13")


def test_undecodable_gb18030(good, tmp_path):
    bad = tmp_path / "gb.rules"
    data = GOOD.encode("gb18030")
    cut = data.index("沁".encode("gb18030"))
    bad.write_bytes(data[:cut] + b"\x81\x30" + data[cut:])  # half of a four-byte sequence
    assert_batch(good, bad, ["无法识别文件编码", "请另存为 UTF-8"], ["cannot decode the file", "Save it as UTF-8"])


def test_utf16_without_bom(good, tmp_path):
    for encoding in ("utf-16-le", "utf-16-be"):
        bad = tmp_path / f"{encoding}.rules"
        bad.write_bytes(GOOD.encode(encoding))
        assert_batch(good, bad, [f"不带 BOM 的 UTF-16 编码（{encoding}）", "请另存为 UTF-8"],
                     [f"UTF-16 without a byte-order mark ({encoding})", "Save it as UTF-8"])


def test_utf16_with_bom_is_accepted(good, tmp_path):
    other = tmp_path / "bom.rules"
    other.write_bytes(GOOD.encode("utf-16"))
    result = invoke("check", str(good), str(other))
    assert result.exit_code == 1 and result.output.count("PL101") == 2


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\r\n  \t\n", "\u3000\n".encode("utf-8")],
                         ids=["zero bytes", "BOM only", "blank lines", "ideographic space"])
def test_empty(good, tmp_path, content):
    bad = tmp_path / "empty.rules"
    bad.write_bytes(content)
    assert_batch(good, bad, ["文件为空", "基本信息"], ["the file is empty"])


def test_50_mb(good, tmp_path):
    bad = tmp_path / "big.rules"
    line = "    居住: 满半年\n".encode("utf-8")
    with bad.open("wb") as handle:
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert bad.stat().st_size > 50 * 1024 * 1024
    limit = settings.DEFAULTS["MAX_BYTES"]
    assert_batch(good, bad, [f"文件过大（{bad.stat().st_size} 字节，上限 {limit} 字节）", "POLICY_LINT_MAX_BYTES"],
                 ["file too large", "POLICY_LINT_MAX_BYTES"])


def test_a_device_is_never_read(good, monkeypatch):
    """A device reports size 0 and never ends: it is refused before it is opened (and a file that
    lies about its size is read only one byte past the limit, see source.read_bytes)."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    result = invoke("check", str(good), "/dev/zero")
    assert result.exit_code == 2
    assert "/dev/zero: [错误] 这不是普通文件（设备文件），未读取。" in result.output
    assert "PL101" in result.output


def test_100000_lines_are_refused_not_checked(good, tmp_path):
    """A county's rules run to a few hundred lines: 100,000 lines is the wrong file, refused at once
    (policy_lint/settings.py MAX_LINES, 10,000 by default)."""
    bad = tmp_path / "long.rules"
    bad.write_text("证明材料 {\n" + "    户口簿\n" * 100_000 + "}\n", encoding="utf-8")
    limit = settings.DEFAULTS["MAX_LINES"]
    assert_batch(good, bad, [f"文件有 100002 行，超过 {limit} 行的上限", "POLICY_LINT_MAX_LINES"],
                 [f"the file has 100002 lines, above the limit of {limit}", "POLICY_LINT_MAX_LINES"],
                 where=f"{limit + 1}:1")


def test_a_10000_character_line(good, tmp_path):
    bad = tmp_path / "wide.rules"
    bad.write_text(GOOD.replace("户口簿、居住证", "户口簿、" + "居" * 9_996), encoding="utf-8")
    limit = settings.DEFAULTS["MAX_LINE_LENGTH"]
    assert_batch(good, bad, [f"第 12 行有 10004 个字符，超过每行 {limit} 个字符的上限", "POLICY_LINT_MAX_LINE_LENGTH"],
                 [f"line 12 is 10004 characters long, above the limit of {limit}"], where=f"12:{limit + 1}")
    # the 10,000-character line is not printed back to the terminal
    assert "居" * 200 not in invoke("check", str(bad)).output


def _nested(levels: int) -> str:
    return ("基本信息 {\n    省: 山西省\n    市: 晋城市\n    年度: 2021\n}\n入学条件 {\n"
            + "之一 {\n" * levels + "居住证: 持有居住证\n居住: 满半年\n" + "}\n" * levels + "}\n")


def test_deeply_nested_braces(good, tmp_path, monkeypatch):
    bad = tmp_path / "deep.rules"
    bad.write_text(_nested(10_000), encoding="utf-8")
    # by default the 20,000-line file is over the line limit
    assert_batch(good, bad, ["超过 10000 行的上限"], ["above the limit of 10000"])
    # with that raised, the nesting limit refuses it at the first block too deep -- no RecursionError
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "1000000")
    depth = settings.DEFAULTS["MAX_DEPTH"]
    assert_batch(good, bad, [f"「之一」嵌套了 {depth + 1} 层，超过上限 {depth} 层", "POLICY_LINT_MAX_DEPTH"],
                 [f"'之一' is nested {depth + 1} blocks deep, above the limit of {depth}"], where=f"{6 + depth}:1")
    # a nesting limit set too high is capped where later stages still have stack to spare
    monkeypatch.setenv("POLICY_LINT_MAX_DEPTH", "100000")
    ceiling = settings.CEILINGS["MAX_DEPTH"]
    assert_batch(good, bad, [f"嵌套了 {ceiling + 1} 层，超过上限 {ceiling} 层"], ["blocks deep"])


def test_nesting_up_to_the_limit_is_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_DEPTH", str(settings.CEILINGS["MAX_DEPTH"]))
    ok = tmp_path / "ok.rules"
    ok.write_text(_nested(settings.CEILINGS["MAX_DEPTH"] - 1), encoding="utf-8")
    for fmt in ("text", "json"):
        result = invoke("check", "-f", fmt, str(ok))
        assert result.exit_code == 0, result.output


def test_a_bad_limit_setting_is_reported_not_ignored(good, monkeypatch):
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "lots")
    result = invoke("check", str(good))
    assert result.exit_code == 2
    assert "环境变量 POLICY_LINT_MAX_LINES 的值「lots」不是正整数" in result.output
    monkeypatch.setenv("POLICY_LINT_MAX_LINES", "20_000")
    assert invoke("check", str(good)).exit_code == 1


# --- rulesets -----------------------------------------------------------------------------------

BUNDLED = Path(ruleset.__file__).resolve().parent.parent / "rulesets"


@pytest.fixture
def rulesets_dir(tmp_path, monkeypatch):
    """A rulesets directory of our own: the national baseline plus whatever a test writes."""
    directory = tmp_path / "rulesets"
    directory.mkdir()
    shutil.copy(BUNDLED / "national.toml", directory / "national.toml")
    monkeypatch.setattr(ruleset, "_directory", lambda: directory)
    ruleset.load_bundled.cache_clear()
    engine.resolved.cache_clear()
    yield directory
    ruleset.load_bundled.cache_clear()
    engine.resolved.cache_clear()


def _ruleset(directory: Path, name: str, extends: str, region: str = "") -> None:
    (directory / f"{name}.toml").write_text(
        f'[ruleset]\nname = "{name}"\ntitle = "测试 {name}"\ntitle_en = "Test {name}"\n'
        f'extends = "{extends}"\nregion = "{region}"\n', encoding="utf-8")


def _other_region(good: Path) -> Path:
    """The good file, moved to a province whose ruleset is the (sound) national one."""
    good.write_text(GOOD.replace("山西省", "广东省").replace("晋城市", "广州市").replace("居住证: 持有满一年", "居住证: 持有居住证"),
                    encoding="utf-8")
    return good


def test_a_ruleset_with_an_extends_cycle(good, tmp_path, rulesets_dir):
    _ruleset(rulesets_dir, "loop-a", "loop-b", region="山西省")
    _ruleset(rulesets_dir, "loop-b", "loop-a")
    bad = tmp_path / "shanxi.rules"
    bad.write_text(GOOD, encoding="utf-8")
    other = _other_region(good)
    for lang, phrase in (("zh", "规则集继承形成循环：loop-a → loop-b → loop-a"),
                         ("en", "the rulesets extend each other in a cycle: loop-a → loop-b → loop-a")):
        result = invoke("check", "--lang", lang, str(other), str(bad))
        assert result.exit_code == 2, result.output
        assert phrase in result.output and SUMMARY[lang] in result.output
        assert "rulesets/loop-a.toml:5:1" in result.output  # the line of the extends
        assert "5 |" not in result.output  # line 5 of the rules file has nothing to do with it: not quoted
    # named on the command line, the same ruleset is a usage error
    result = invoke("check", "--ruleset", "loop-a", str(other))
    assert result.exit_code == 2 and "规则集继承形成循环" in result.output


def test_a_ruleset_extending_outside_the_rulesets_directory(good, tmp_path, rulesets_dir):
    _ruleset(rulesets_dir, "escape", "../../../etc/passwd", region="山西省")
    bad = tmp_path / "shanxi.rules"
    bad.write_text(GOOD, encoding="utf-8")
    other = _other_region(good)
    for lang, phrase in (("zh", "extends「../../../etc/passwd」指向规则集目录之外"),
                         ("en", "extends '../../../etc/passwd' points outside the rulesets directory")):
        result = invoke("check", "--lang", lang, str(other), str(bad))
        assert result.exit_code == 2, result.output
        assert phrase in result.output and SUMMARY[lang] in result.output
    result = invoke("check", "--ruleset", "escape", str(other))
    assert result.exit_code == 2 and "指向规则集目录之外" in result.output
    result = invoke("check", "--ruleset", "../national", str(other))
    assert result.exit_code == 2 and "指向规则集目录之外" in result.output


def test_an_unknown_ruleset(good):
    """--ruleset applies to every file, so an unknown one stops the run before any file is read."""
    for lang, phrase in (("zh", "未知的规则集「jincheng-2012」。是否指「jincheng-2021」？"),
                         ("en", "unknown ruleset 'jincheng-2012'. Did you mean 'jincheng-2021'?")):
        result = invoke("check", "--lang", lang, "--ruleset", "jincheng-2012", str(good))
        assert result.exit_code == 2
        assert phrase in result.output


# --- files and directories ----------------------------------------------------------------------


def test_a_directory_without_rules_files(good, tmp_path):
    empty = tmp_path / "county"
    empty.mkdir()
    (empty / "notes.txt").write_text("不是规则文件", encoding="utf-8")  # a note: a .txt is read when named, not found
    (empty / "~$plan.docx").write_bytes(b"\x0bWord owner file")  # Word's owner file of an open document: not a draft
    assert_batch(good, empty, ["目录中没有 .rules、.plan 文件，也没有草稿", ".txt、.md 草稿不在目录中查找，请逐个给出文件"],
                 ["the directory holds no .rules or .plan files and no drafts", "Drafts in .txt or .md are not looked for"])


def test_a_broken_word_draft_in_a_directory_is_found_and_refused(good, tmp_path):
    county = tmp_path / "county"
    county.mkdir()
    (county / "plan.docx").write_bytes(b"PK\x03\x04")  # a draft in a folder is checked, so its damage is said
    assert_batch(good, county, ["这不是有效的 Word 文档"], ["not a valid Word document"])


def test_a_file_that_disappears_mid_batch(good, tmp_path, monkeypatch):
    bad = tmp_path / "gone.rules"
    bad.write_text(GOOD, encoding="utf-8")
    discover = engine.discover

    def discover_then_delete(paths):
        found = discover(paths)
        bad.unlink()  # deleted after the batch was listed, before it is read
        return found

    monkeypatch.setattr(engine, "discover", discover_then_delete)
    for lang, phrase in (("zh", "文件或目录不存在"), ("en", "no such file or directory")):
        bad.write_text(GOOD, encoding="utf-8")
        result = invoke("check", "--lang", lang, str(good), str(bad))
        assert result.exit_code == 2
        assert f"{bad}: [" in result.output and phrase in result.output
        assert f"{good}:8:12: PL101" in result.output and SUMMARY[lang] in result.output


def test_a_file_name_that_is_not_utf8_is_shown_readably(tmp_path):
    """A GBK file name from a zip made on Windows: shown as GB18030, and JSON written to a file."""
    directory = os.fsencode(tmp_path)
    name = directory + b"/" + "沁水县".encode("gbk") + b".rules"
    with open(name, "wb") as handle:
        handle.write(GOOD.encode("utf-8"))
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 1 and "沁水县.rules:8:12: PL101" in result.output
    target = tmp_path / "report.json"
    assert invoke("check", "-f", "json", "-o", str(target), str(tmp_path)).exit_code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["files"][0]["path"].endswith("沁水县.rules")


def test_a_syntax_error_never_lacks_words_for_what_was_expected():
    """Defensive: lark may report an error whose expected set is empty or holds only internal
    terminals; the message still names something instead of failing with an IndexError."""
    from policy_lint.syntax import _expected_words

    for expected in (set(), {"__IGNORE_0"}):
        words = _expected_words(expected)
        assert words.zh and words.en
