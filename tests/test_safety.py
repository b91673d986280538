"""Safety: text a user controls stays text in text and JSON output; every write goes through a
temporary file and ``os.replace``; input files are never modified.

(The HTML and Markdown reports have their own escaping tests beside their renderers.)
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint import io as pl_io
from policy_lint.cli import app
from tests.helpers import write_city

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent

#: template syntax (jinja, str.format, printf, shell), markup, and quotes that JSON must escape
EVIL = '{{7*7}}${7*7}{0}{name}%s<script>alert("x")</script>'
#: the same, without the ASCII double quote, for values quoted with “…”/「…」 that must not hold it
EVIL_PARTS = ["{{7*7}}", "${7*7}", "{0}", "{name}", "%s", "<script>", "</script>", 'alert("x")']

HOSTILE = f"""\
基本信息 {{
    省: 山西省
    市: 晋城市
    县: 「城区{EVIL}」
    年度: 2021
    文号: 「城教发〔2021〕15号{EVIL}」
    报送日期: 2021年6月15日
}}
入学条件 {{
    居住证: 「持有满一年{EVIL}」
    居住: 满半年
    之一 {{
        就业: 「合法稳定就业{EVIL}」
        住所: 「合法稳定住所（含租赁）{EVIL}」
    }}
}}
证明材料 {{
    户口簿
    「独生子女证{EVIL}」
}}
"""

#: problems (not findings) that quote what the user wrote
HOSTILE_ERRORS = """\
基本信息 {
    省: 山西省
    市: 晋城市
    年度: 2021
    报送日期: 「{{7*7}}<script>%s{0}</script>」
}
入学条件 {
    <img src=x onerror=alert(1)>: 满半年
}
"""


def invoke(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def hostile(tmp_path) -> Path:
    path = tmp_path / "城区.rules"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def _strings(node):
    """Every string in a JSON document."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_user_text_stays_text_in_text_output(hostile, lang):
    result = invoke("check", "--lang", lang, str(hostile))
    assert result.exit_code == 1, result.output
    out = result.output
    # the condition (PL101) and the material (PL201) are quoted in the messages, as written
    assert f"持有满一年{EVIL}" in out
    assert f"独生子女证{EVIL}" in out
    # (the file's path -- a pytest temporary directory such as pytest-49 -- may hold any digits)
    out_without_paths = out.replace(str(hostile), "")
    assert "49" not in out_without_paths and "alert(&quot;" not in out and "&lt;script" not in out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_user_text_stays_text_in_json_output(hostile, lang):
    result = invoke("check", "-f", "json", "--lang", lang, str(hostile))
    assert result.exit_code == 1
    doc = json.loads(result.output)  # valid JSON: the quotes and backslashes are escaped
    strings = list(_strings(doc))
    assert any(f"持有满一年{EVIL}" in s for s in strings)
    assert any(f"独生子女证{EVIL}" in s for s in strings)
    assert 'alert(\\"x\\")' in result.output  # the double quote escaped, nothing else done to it
    assert not any("49" in s for s in strings if "{{" in s or "<script>" in s)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_user_text_in_problems_stays_text(tmp_path, fmt):
    bad = tmp_path / "bad.rules"
    bad.write_text(HOSTILE_ERRORS, encoding="utf-8")
    result = invoke("check", "-f", fmt, str(bad))
    assert result.exit_code == 2
    out = result.output if fmt == "text" else "\n".join(_strings(json.loads(result.output)))
    assert "{{7*7}}<script>%s{0}</script>" in out  # the bad date, quoted as written
    assert "<img src=x onerror=alert(1)>" in out  # the unknown key, quoted as written


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_user_text_stays_text_in_the_city_review(tmp_path, fmt):
    """The review shows each county's 文号 and name: as written, whatever they hold."""
    city = write_city(tmp_path / "city", {"城区": HOSTILE})
    result = invoke("review", "-f", fmt, str(city))
    assert result.exit_code in (0, 1), result.output
    out = result.output
    if fmt == "json":
        out = "\n".join(_strings(json.loads(out)))
    assert f"城教发〔2021〕15号{EVIL}" in out
    assert f"持有满一年{EVIL}" in out


# --- writes -------------------------------------------------------------------------------------


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "report.json"
    path.write_text("OLD REPORT\n", encoding="utf-8")
    return path


def _leftovers(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.endswith(".tmp")]


def test_output_is_written_to_a_temporary_file_then_replaced(hostile, report, monkeypatch):
    calls = []
    replace = os.replace

    def spy(src, dst):
        calls.append((Path(src), Path(dst)))
        return replace(src, dst)

    monkeypatch.setattr(pl_io.os, "replace", spy)
    assert invoke("check", "-f", "json", "-o", str(report), str(hostile)).exit_code == 1
    ((src, dst),) = calls
    assert dst == report
    assert src.parent == report.parent and src.name.startswith(".report.json.") and src.suffix == ".tmp"
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["files"] == 1
    assert _leftovers(report.parent) == []


def test_a_failing_render_leaves_the_old_report_intact(hostile, report, monkeypatch):
    from policy_lint.render import json_out

    def broken(*args, **kwargs):
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(json_out, "render", broken)
    result = runner.invoke(app, ["check", "-f", "json", "-o", str(report), str(hostile)])
    assert isinstance(result.exception, RuntimeError)
    assert report.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert _leftovers(report.parent) == []


def test_a_failing_write_leaves_the_old_report_intact(hostile, report, monkeypatch):
    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pl_io.os, "fsync", disk_full)
    result = invoke("check", "-f", "json", "-o", str(report), str(hostile))
    assert result.exit_code == 2
    assert "无法写入" in result.output and "磁盘空间不足" in result.output  # the reason in the user's language
    assert report.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert _leftovers(report.parent) == []


def test_write_atomic_failing_midway_leaves_the_old_file_and_no_temporary(report):
    with pytest.raises(UnicodeEncodeError):
        pl_io.write_atomic(report, "NEW " * 10_000 + "\udcff")  # fails after part of it was written
    assert report.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert _leftovers(report.parent) == []


# --- inputs -------------------------------------------------------------------------------------


def _fingerprint(directory: Path) -> dict[str, tuple[str, int]]:
    return {p.relative_to(directory).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_input_files_are_never_modified(tmp_path):
    samples = ROOT / "samples"
    before = _fingerprint(samples)
    invoke("check", str(samples))
    invoke("check", "-f", "json", "-o", str(tmp_path / "out.json"), str(samples))
    invoke("review", str(samples / "shanxi" / "jincheng"))
    invoke("review", "-f", "json", "-o", str(tmp_path / "review.json"), str(samples / "shanxi" / "jincheng"))
    assert _fingerprint(samples) == before
