"""``policy-lint fmt``: the canonical form, comments kept, idempotent, meaning unchanged.

The two properties -- ``fmt(fmt(x)) == fmt(x)`` and ``parse(fmt(x)) == parse(x)`` -- are checked
on every bundled sample, on hypothesis-generated layout variants of the samples (indentation,
spacing, full-width and ASCII punctuation, line endings, blank lines, extra comments) and on
hypothesis-generated documents of random shape.  "The same parse" means the same tree of
sections, keys and words (positions aside) and the same model once positions are removed and
the raw text of list values is compared with its separators normalised (``户口簿，居住证`` and
``户口簿、居住证`` are the same list).
"""

from __future__ import annotations

import os
import random
import re
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policy_lint.build import parse
from policy_lint.cli import app
from policy_lint.errors import InputError
from policy_lint.fmt import format_text, shape
from policy_lint.source import Source
from policy_lint.syntax import parse_tree, parser

runner = CliRunner()

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(SAMPLES.rglob("*.rules"))


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


# --- what "the same parse" means ------------------------------------------------------------------

_SEPARATED = re.compile(r"[ \t\u3000]*[、，,；;][ \t\u3000]*")


def _strip(value):
    """A model dump without positions; list texts with their separators normalised."""
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items()
                if k != "span" and not k.endswith("_span")}
    if isinstance(value, (list, tuple)):
        return [_strip(v) for v in value]
    if isinstance(value, str):
        return _SEPARATED.sub("、", value)
    return value


def model(text: str, path: str = "x.rules") -> dict:
    return _strip(parse(Source(path=path, text=text, encoding="utf-8")).model_dump(mode="json"))


def tree(text: str) -> tuple:
    return shape(parse_tree(Source(path="x.rules", text=text, encoding="utf-8")))


def assert_properties(text: str, builds: bool = True) -> str:
    """fmt is idempotent, says the same as its input, and is in canonical layout; returns fmt(text)."""
    once = format_text(text)
    assert format_text(once) == once
    plain = text.replace("\r\n", "\n").replace("\r", "\n")
    assert tree(once) == tree(plain)
    if builds:
        assert model(once) == model(plain)
    assert "\r" not in once and once.endswith("\n") and "\n\n\n" not in once
    assert not once.startswith("\n")
    for line in once.split("\n"):
        assert line == line.rstrip()
        indent = len(line) - len(line.lstrip(" "))
        assert indent % 4 == 0 and not line[:indent].strip(" ")
    return once


# --- formatting cases -----------------------------------------------------------------------------

CASES = {
    "full-width punctuation becomes the canonical ASCII braces and colon": (
        "基本信息｛\n省：山西省\n依据：“晋教基函〔2021〕24号”，“晋市教基函字（2021）25号”\n｝\n",
        "基本信息 {\n    省: 山西省\n    依据: “晋教基函〔2021〕24号”，“晋市教基函字（2021）25号”\n}\n",
    ),
    "ASCII separators and spaces around every token are normalised": (
        "证明材料{\n  户口簿 ,居住证 ;  住房证明；就业证明，社保证明\n}",
        "证明材料 {\n    户口簿，居住证；住房证明；就业证明，社保证明\n}\n",
    ),
    "odd indentation (tabs, ideographic spaces, none) becomes four spaces a level": (
        "入学条件 {\n\t居住证 :持有满半年\n\u3000\u3000之一{\n就业:合法稳定就业\n             住所 ： 合法稳定住所\n\t }\n}\n",
        "入学条件 {\n    居住证: 持有满半年\n    之一 {\n        就业: 合法稳定就业\n"
        "        住所: 合法稳定住所\n    }\n}\n",
    ),
    "comments everywhere are kept, re-indented, trailing ones after two spaces": (
        "# 标题\n#预期: 无\n入学条件 {   # 须同时具备\n        # 居住证\n居住证: 持有满半年# 上限\n"
        "  之一 {#任一\n  就业: 合法稳定就业\n# 末尾注释\n  }   # 之一结束\n   # 节末注释\n}  # 节结束\n# 文末",
        "# 标题\n#预期: 无\n入学条件 {  # 须同时具备\n    # 居住证\n    居住证: 持有满半年  # 上限\n"
        "    之一 {  #任一\n        就业: 合法稳定就业\n        # 末尾注释\n    }  # 之一结束\n"
        "    # 节末注释\n}  # 节结束\n# 文末\n",
    ),
    "a hash inside a quoted string is not a comment": (
        "基本信息 {\n文号: “第#1号”   # 真注释\n}\n",
        "基本信息 {\n    文号: “第#1号”  # 真注释\n}\n",
    ),
    "quoted strings keep their quotes as written": (
        "积分入学 {\n标准: \"A\"，「B」、“C”\n}\n",
        "积分入学 {\n    标准: \"A\"，「B」、“C”\n}\n",
    ),
    "each separator keeps its kind, ASCII becoming full-width": (
        "招生安排 {\n民办 {\n超额: 先面试择优录取一半 , 其余电脑随机录取;不得收费、不得面试\n}\n}\n",
        "招生安排 {\n    民办 {\n        超额: 先面试择优录取一半，其余电脑随机录取；不得收费、不得面试\n    }\n}\n",
    ),
    "words keep their inner spaces": (
        "招生安排 {\n公办 {\n报名:   2021年7月1日 至 7月10日   \n}\n}\n",
        "招生安排 {\n    公办 {\n        报名: 2021年7月1日 至 7月10日\n    }\n}\n",
    ),
    "one-line and nested blocks are opened onto lines of their own": (
        "招生安排 { 公办 { 报名: 2021年7月1日 }\n民办 {} }\n积分入学 {} 民办学校 { 核定计划: 10 }\n",
        "招生安排 {\n    公办 {\n        报名: 2021年7月1日\n    }\n    民办 {\n    }\n}\n\n积分入学 {\n}\n\n"
        "民办学校 {\n    核定计划: 10\n}\n",
    ),
    "blank lines: at most one, none after { or before }, one between top-level sections": (
        "\n\n基本信息 {\n\n\n省: 山西省\n\n\n\n市: 晋城市\n\n}\n入学条件 {\n居住: 满半年\n}\n\n\n\n证明材料 {\n户口簿\n}\n\n",
        "基本信息 {\n    省: 山西省\n\n    市: 晋城市\n}\n\n入学条件 {\n    居住: 满半年\n}\n\n证明材料 {\n    户口簿\n}\n",
    ),
    "comments directly above a section stay with it, a blank line before them": (
        "基本信息 {\n省: 山西省\n}\n# 一、入学条件\n# 说明\n入学条件 {\n居住: 满半年\n}\n# 附注\n\n# 二\n证明材料 {\n户口簿\n}\n",
        "基本信息 {\n    省: 山西省\n}\n\n# 一、入学条件\n# 说明\n入学条件 {\n    居住: 满半年\n}\n# 附注\n\n# 二\n"
        "证明材料 {\n    户口簿\n}\n",
    ),
    "a paragraph of comments inside a block keeps its blank line": (
        "入学条件 {\n居住: 满半年\n\n# 之一：具备其一即可\n\n之一 {\n就业: 合法稳定就业\n}\n}\n",
        "入学条件 {\n    居住: 满半年\n\n    # 之一：具备其一即可\n\n    之一 {\n        就业: 合法稳定就业\n    }\n}\n",
    ),
    "CRLF and CR line endings become LF": (
        "基本信息 {\r\n  省: 山西省  # 注\r\n\r\n\r\n  市: 晋城市\r\n}\r\n",
        "基本信息 {\n    省: 山西省  # 注\n\n    市: 晋城市\n}\n",
    ),
    "a file of comments only keeps them": (
        "  # 只有注释\n\n\n#第二行",
        "# 只有注释\n\n#第二行\n",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_formatting_case(name):
    source, expected = CASES[name]
    assert format_text(source) == expected
    assert_properties(source, builds=False)


def test_formatting_keeps_keys_aliases_and_section_names_as_written():
    text = "申请条件 {\n持居住证：满半年\n符合下列条件之一 {\n务工经商：合法稳定就业\n}\n}\n"
    assert format_text(text) == (
        "申请条件 {\n    持居住证: 满半年\n    符合下列条件之一 {\n        务工经商: 合法稳定就业\n    }\n}\n")


def test_unknown_sections_are_formatted_too():
    # fmt needs only the syntax; check reports the unknown section
    assert format_text("未知一节 {\n  键：值\n}") == "未知一节 {\n    键: 值\n}\n"


@pytest.mark.parametrize("text", ["基本信息 {\n省: 山西省\n", "基本信息 {\n省: : 山西省\n}\n", "基本信息\n{\n}\n",
                                  "基本信息 {\n文号: “未闭合\n}\n", "基本信息 {\n省: 山西省 }}\n"])
def test_syntax_error_raises_the_usual_input_error(text):
    with pytest.raises(InputError):
        format_text(text)


# --- the samples ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.relative_to(SAMPLES).as_posix())
def test_samples_idempotent_and_same_parse(path):
    assert_properties(path.read_text(encoding="utf-8"))


# --- hypothesis: layout variants of the samples ---------------------------------------------------

_SPACES = ["", " ", "  ", "\t", "\u3000", " \t "]
_INDENTS = ["", " ", "  ", "   ", "    ", "        ", "\t", "\t\t", "\u3000", "\u3000\u3000", " \t"]
_COLONS = [":", "："]
_SEPARATORS = ["、", "，", ",", "；", ";"]
_SAME_KIND = {"、": ["、"], "，": ["，", ","], ",": ["，", ","], "；": ["；", ";"], ";": ["；", ";"]}


def variant(text: str, rnd: random.Random, blanks: bool, comments: bool, crlf: bool) -> str:
    """``text`` re-laid out at random: the same tokens, other whitespace and punctuation.

    With ``blanks``/``comments``, blank lines and comments are added where the language allows
    them (after a line break, or at the end of a line), which changes the canonical form but not
    what the file says.
    """
    out: list[str] = []
    newline = "\r\n" if crlf else "\n"
    tokens = list(parser().lex(text, dont_ignore=True))
    for index, token in enumerate(tokens):
        kind, value = token.type, str(token)
        if kind.startswith("__IGNORE"):
            out.append(rnd.choice(_SPACES[1:]))
        elif kind == "_COLON":
            out.append(rnd.choice(_SPACES) + rnd.choice(_COLONS) + rnd.choice(_SPACES))
        elif kind == "_SEP":
            # the same kind of separator, full-width or ASCII: fmt keeps the kind (、 ， ；)
            out.append(rnd.choice(_SPACES) + rnd.choice(_SAME_KIND[str(token)]) + rnd.choice(_SPACES))
        elif kind == "_LBRACE":
            out.append(rnd.choice(_SPACES) + rnd.choice("{｛") + rnd.choice(_SPACES))
        elif kind == "_RBRACE":
            out.append(rnd.choice("}｝") + rnd.choice(_SPACES))
        elif kind == "_NL":
            lines = value.split("\n")
            rebuilt = [lines[0]]
            if comments and rnd.random() < 0.2:
                rebuilt[0] += rnd.choice(_SPACES) + "# 加的注释 {：、“"
            for line in lines[1:]:
                stripped = line.strip(" \t\u3000")
                if blanks and rnd.random() < 0.3:
                    rebuilt.append(rnd.choice(_INDENTS))
                if comments and rnd.random() < 0.15:
                    rebuilt.append(rnd.choice(_INDENTS) + "#另加一行")
                rebuilt.append(rnd.choice(_INDENTS) + stripped)
            out.append(newline.join(rebuilt))
        else:  # WORD, STRING, COMMENT: as written
            out.append(value)
            if kind == "COMMENT" and index == len(tokens) - 1:
                out.append(rnd.choice(["", newline]))
    return "".join(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(SAMPLE_FILES), rnd=st.randoms(use_true_random=False), crlf=st.booleans())
def test_layout_variants_format_to_the_samples_canonical_form(path, rnd, crlf):
    text = path.read_text(encoding="utf-8")
    canonical = format_text(text)
    shuffled = variant(text, rnd, blanks=False, comments=False, crlf=crlf)
    assert format_text(shuffled) == canonical
    assert_properties(shuffled)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(SAMPLE_FILES), rnd=st.randoms(use_true_random=False), crlf=st.booleans())
def test_variants_with_blank_lines_and_comments_keep_their_meaning(path, rnd, crlf):
    text = path.read_text(encoding="utf-8")
    shuffled = variant(text, rnd, blanks=True, comments=True, crlf=crlf)
    once = assert_properties(shuffled)
    assert once.count("# 加的注释") == shuffled.count("# 加的注释")
    assert once.count("#另加一行") == shuffled.count("#另加一行")


# --- hypothesis: documents of random shape --------------------------------------------------------

_WORD = st.text(alphabet="居住证满半年户口簿一二三0123456789（）《》〔〕-./ ", min_size=1, max_size=8).map(
    lambda s: s.strip()).filter(bool)
_STRING = st.tuples(st.sampled_from(["“”", '""', "「」"]), st.text(alphabet="居住:：、，{}#一二 ", max_size=6)).map(
    lambda qs: qs[0][0] + qs[1] + qs[0][1])
_ATOM = st.one_of(_WORD, _STRING)
_NAME = st.sampled_from(["基本信息", "入学条件", "之一", "公办", "证明材料", "未知"])
_COMMENT = st.text(alphabet="注释 #：{}“", max_size=6).map(lambda s: "#" + s.rstrip())


def _entry(children):
    pair = st.tuples(st.just("pair"), _NAME, st.lists(_ATOM, min_size=1, max_size=3))
    item = st.tuples(st.just("item"), st.lists(_ATOM, min_size=1, max_size=3))
    block = st.tuples(st.just("block"), _NAME, st.lists(children, max_size=4))
    return st.one_of(pair, item, block)


_ENTRY = st.recursive(
    st.one_of(st.tuples(st.just("pair"), _NAME, st.lists(_ATOM, min_size=1, max_size=3)),
              st.tuples(st.just("item"), st.lists(_ATOM, min_size=1, max_size=3))),
    _entry, max_leaves=12)
_DOCUMENT = st.lists(st.tuples(st.just("block"), _NAME, st.lists(_ENTRY, max_size=4)), max_size=4)


def render(document, rnd: random.Random) -> str:
    """A random but valid layout of ``document``, with comments and blank lines here and there."""

    def sep():
        return rnd.choice(_SPACES) + rnd.choice(_SEPARATORS) + rnd.choice(_SPACES)

    def trailing():
        return rnd.choice(_SPACES[1:]) + "# 尾注" if rnd.random() < 0.2 else ""

    def own_lines():
        lines = []
        while rnd.random() < 0.2:
            lines.append(rnd.choice(_INDENTS) + rnd.choice(["# 注释", "", "#{x}"]))
        return lines

    def entry(node) -> list[str]:
        kind = node[0]
        if kind == "pair":
            return [rnd.choice(_INDENTS) + node[1] + rnd.choice(_SPACES) + rnd.choice(_COLONS)
                    + rnd.choice(_SPACES) + sep().join(node[2]) + trailing()]
        if kind == "item":
            return [rnd.choice(_INDENTS) + sep().join(node[1]) + trailing()]
        return block(node)

    def block(node) -> list[str]:
        lines = [rnd.choice(_INDENTS) + node[1] + rnd.choice(_SPACES) + rnd.choice("{｛") + trailing()]
        for child in node[2]:
            lines += own_lines() + entry(child)
        lines += own_lines()
        lines.append(rnd.choice(_INDENTS) + rnd.choice("}｝") + trailing())
        return lines

    lines: list[str] = []
    for node in document:
        lines += own_lines() + block(node)
    lines += own_lines()
    return "\n".join(lines) + rnd.choice(["", "\n"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.large_base_example, HealthCheck.too_slow])
@given(document=_DOCUMENT, rnd=st.randoms(use_true_random=False))
def test_random_documents_idempotent_and_same_tree(document, rnd):
    text = render(document, rnd)
    if not text.strip():
        return
    assert_properties(text, builds=False)


# --- the command ----------------------------------------------------------------------------------

CANONICAL = "基本信息 {\n    省: 山西省\n    市: 晋城市\n}\n"
MESSY = "基本信息｛\n省：山西省\n  市 : 晋城市\n｝"
BROKEN = "基本信息 {\n    省: : 山西省\n}\n"


@pytest.fixture
def tree_dir(tmp_path: Path) -> Path:
    (tmp_path / "a.rules").write_text(CANONICAL, encoding="utf-8")
    (tmp_path / "b.rules").write_text(MESSY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.rules").write_text(MESSY.replace("晋城市", "大同市"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("不是规则文件", encoding="utf-8")
    return tmp_path


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_exits_0_when_everything_is_canonical(tmp_path):
    (tmp_path / "a.rules").write_text(CANONICAL, encoding="utf-8")
    result = invoke("fmt", "--check", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "0 个文件需要格式化，1 个文件已是规范格式" in result.stdout


def test_check_exits_1_listing_the_files_that_would_change_and_changes_nothing(tree_dir):
    before = _snapshot(tree_dir)
    result = invoke("fmt", "--check", str(tree_dir))
    assert result.exit_code == 1
    assert f"需要格式化：{(tree_dir / 'b.rules').as_posix()}" in result.stdout
    assert f"需要格式化：{(tree_dir / 'sub' / 'c.rules').as_posix()}" in result.stdout
    assert "a.rules" not in result.stdout
    assert "2 个文件需要格式化，1 个文件已是规范格式" in result.stdout
    assert _snapshot(tree_dir) == before


def test_check_in_english(tree_dir):
    result = invoke("fmt", "--check", "--lang", "en", str(tree_dir / "b.rules"))
    assert result.exit_code == 1
    assert "would reformat:" in result.stdout and "1 file(s) would be reformatted" in result.stdout


def test_write_rewrites_only_the_files_that_change_atomically(tree_dir):
    a = tree_dir / "a.rules"
    os.utime(a, (1_000_000_000, 1_000_000_000))
    inode_a = a.stat().st_ino
    result = invoke("fmt", "--write", str(tree_dir))
    assert result.exit_code == 0, result.output
    assert "已格式化 2 个文件，1 个文件无需改动" in result.stdout
    assert a.stat().st_mtime == 1_000_000_000 and a.stat().st_ino == inode_a  # untouched
    assert (tree_dir / "b.rules").read_text(encoding="utf-8") == CANONICAL
    assert (tree_dir / "sub" / "c.rules").read_text(encoding="utf-8") == CANONICAL.replace("晋城市", "大同市")
    # no temporary file left behind, nothing else created
    assert sorted(_snapshot(tree_dir)) == ["a.rules", "b.rules", "notes.txt", "sub/c.rules"]
    assert invoke("fmt", "--check", str(tree_dir)).exit_code == 0


def test_write_keeps_permissions_and_symbolic_links(tmp_path):
    target = tmp_path / "real.rules"
    target.write_text(MESSY, encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.rules"
    link.symlink_to(target)
    result = invoke("fmt", "--write", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == CANONICAL
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_crlf_bom_and_gb18030_files_would_change_and_are_written_as_utf8_lf(tmp_path):
    crlf = tmp_path / "crlf.rules"
    crlf.write_bytes(CANONICAL.replace("\n", "\r\n").encode("utf-8"))
    bom = tmp_path / "bom.rules"
    bom.write_bytes(b"\xef\xbb\xbf" + CANONICAL.encode("utf-8"))
    gb = tmp_path / "gb.rules"
    gb.write_bytes(CANONICAL.encode("gb18030"))
    result = invoke("fmt", "--check", str(tmp_path))
    assert result.exit_code == 1
    assert "3 个文件需要格式化" in result.stdout
    diff = invoke("fmt", str(tmp_path))
    assert diff.exit_code == 0 and "只有编码或换行符" in diff.stdout
    assert invoke("fmt", "--write", str(tmp_path)).exit_code == 0
    for path in (crlf, bom, gb):
        assert path.read_bytes() == CANONICAL.encode("utf-8")


def test_one_file_prints_its_formatted_text_and_is_not_modified(tree_dir):
    b = tree_dir / "b.rules"
    result = invoke("fmt", str(b))
    assert result.exit_code == 0
    assert result.stdout == CANONICAL
    assert b.read_text(encoding="utf-8") == MESSY


def test_several_files_print_a_unified_diff_and_are_not_modified(tree_dir):
    before = _snapshot(tree_dir)
    result = invoke("fmt", str(tree_dir))
    assert result.exit_code == 0
    out = result.stdout
    assert f"--- {(tree_dir / 'b.rules').as_posix()}\n" in out
    assert "-省：山西省\n" in out and "+    省: 山西省\n" in out
    assert "a.rules" not in out  # already canonical: no diff
    assert _snapshot(tree_dir) == before


def test_a_file_that_does_not_parse_exits_2_and_the_others_are_still_formatted(tree_dir):
    (tree_dir / "broken.rules").write_text(BROKEN, encoding="utf-8")
    checked = invoke("fmt", "--check", str(tree_dir))
    assert checked.exit_code == 2
    assert "broken.rules:2:" in checked.stderr
    assert "b.rules" in checked.stdout and "1 个文件无法格式化" in checked.stdout
    written = invoke("fmt", "--write", str(tree_dir))
    assert written.exit_code == 2
    assert (tree_dir / "b.rules").read_text(encoding="utf-8") == CANONICAL
    assert (tree_dir / "broken.rules").read_text(encoding="utf-8") == BROKEN


def test_missing_file_and_empty_directory_exit_2(tmp_path):
    assert invoke("fmt", "--check", str(tmp_path / "nope.rules")).exit_code == 2
    (tmp_path / "empty").mkdir()
    assert invoke("fmt", "--check", str(tmp_path / "empty")).exit_code == 2


def test_check_and_write_together_is_a_usage_error(tree_dir):
    result = invoke("fmt", "--check", "--write", str(tree_dir))
    assert result.exit_code == 2
    assert "不能同时使用" in result.output


def test_the_bundled_samples_are_in_canonical_form(repo_root):
    """`policy-lint fmt --check samples` exits 0 (the issue's promise; keeps new samples formatted)."""
    result = CliRunner().invoke(app, ["fmt", "--check", "samples"])
    assert result.exit_code == 0, result.output
