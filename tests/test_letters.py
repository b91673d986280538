"""review --format docx: one 审核意见 per county, as a city bureau signs and sends it (issue 14, item 2)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.review import review_city

from .helpers import write_city

ROOT = Path(__file__).resolve().parent.parent
JINCHENG = ROOT / "samples" / "shanxi" / "jincheng"
UNITS = ["城区", "泽州县", "高平市", "阳城县", "陵川县", "沁水县"]


def run_cli(args: list[str]):
    return CliRunner().invoke(app, args)


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


@pytest.fixture(scope="module")
def letters_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("letters") / "审核意见"
    result = run_cli(["review", str(JINCHENG), "--format", "docx", "-o", str(out)])
    assert result.exit_code == 1, result.stderr  # some counties fail, as the text review says
    assert "已写入 6 份审核意见" in result.stderr
    return out


def test_six_letters_and_one_file_with_all_of_them(letters_dir):
    names = sorted(p.name for p in letters_dir.iterdir())
    assert names == sorted([f"{u}审核意见.docx" for u in UNITS] + ["晋城市审核意见（全部）.docx"])
    everything = paragraphs(letters_dir / "晋城市审核意见（全部）.docx")
    for unit in UNITS:
        assert f"{unit}教育局：" in everything


def test_a_letter_has_title_addressee_conclusion_problems_and_signature(letters_dir):
    text = paragraphs(letters_dir / "泽州县审核意见.docx")
    assert text[0] == "关于《泽州县2021年进城务工人员随迁子女义务教育入学实施细则》的审核意见"
    assert text[1] == "泽州县教育局："
    assert "（泽教字〔2021〕22号）已收悉" in text[2]
    assert text[3].startswith("审核结论：不通过。")
    assert "一、须修改的问题" in text and "二、请核实的问题" in text
    sign = text.index("晋城市教育局")
    assert text[sign + 1:sign + 3] == ["（盖章）", "____年__月__日"]  # no date the texts do not give


def test_each_citation_is_quoted_once_and_referred_to_by_number(letters_dir):
    review = review_city(JINCHENG)
    unit = next(u for u in review.units if u.name == "泽州县")
    text = "\n".join(paragraphs(letters_dir / "泽州县审核意见.docx"))
    for finding in unit.findings:
        assert text.count(finding.basis.citation.quote) == 1
        assert finding.message("zh") in text
    assert "（依据〔1〕）" in text and "〔1〕《" in text


def test_positions_and_check_names_only_in_the_appendix(letters_dir):
    text = paragraphs(letters_dir / "泽州县审核意见.docx")
    appendix = text.index("附：问题位置（供核对）")
    body, after = text[:appendix], text[appendix:]
    assert not any(".rules:" in line or "banned-certificate" in line for line in body)
    assert any("泽州县.rules:36:5" in line and "PL201 banned-certificate" in line for line in after)


def test_a_county_that_sent_nothing_is_asked_to_send_it(tmp_path):
    city = write_city(tmp_path / "city", {"泽州县": (JINCHENG / "泽州县.rules").read_text(encoding="utf-8")},
                      units=["泽州县", "阳城县"])
    out = tmp_path / "out"
    run_cli(["review", str(city), "--format", "docx", "-o", str(out)])
    text = paragraphs(out / "阳城县审核意见.docx")
    assert "未收到你局的《阳城县2021年进城务工人员随迁子女义务教育入学实施细则》" in text[2]


def test_the_letters_settings_in_city_toml(tmp_path):
    config = """
[letters]
office = "晋城市教育局基础教育科"
date = 2021-06-25
resubmit_by = 2021-07-05
bureaus = { "泽州县" = "泽州县教育科技局" }
"""
    city = write_city(tmp_path / "city", {"泽州县": (JINCHENG / "泽州县.rules").read_text(encoding="utf-8")})
    (city / "city.toml").write_text((city / "city.toml").read_text(encoding="utf-8") + config, encoding="utf-8")
    out = tmp_path / "one.docx"
    result = run_cli(["review", str(city), "--format", "docx", "-o", str(out)])
    assert result.exit_code in (0, 1), result.stderr
    text = paragraphs(out)
    assert text[1] == "泽州县教育科技局："
    assert "于2021年7月5日前重新报送" in text[3]
    assert "晋城市教育局基础教育科" in text and "2021年6月25日" in text


def test_the_bureaus_own_template_is_the_base_document(tmp_path):
    template = docx.Document()
    template.add_paragraph("晋城市教育局文件")
    city = write_city(tmp_path / "city", {"泽州县": (JINCHENG / "泽州县.rules").read_text(encoding="utf-8")})
    template.save(str(city / "模板.docx"))
    (city / "city.toml").write_text((city / "city.toml").read_text(encoding="utf-8")
                                    + '\n[letters]\ntemplate = "模板.docx"\n', encoding="utf-8")
    out = tmp_path / "one.docx"
    run_cli(["review", str(city), "--format", "docx", "-o", str(out)])
    text = paragraphs(out)
    assert text[0] == "晋城市教育局文件" and text[1].startswith("关于《泽州县")


@pytest.mark.parametrize(("config", "said"), [
    ('[letters]\nresubmit_by = "7月5日"\n', "[letters] resubmit_by"),
    ('[letters]\nbureaus = { "阳城县" = "阳城县教育局" }\n', "阳城县 ∉ units"),
    ('[letters]\nseal = "x"\n', "[letters] seal"),
    ('[letters]\ntemplate = "无此文件.docx"\n', "无此文件.docx"),
    ('[letters]\ntemplate = "模板.doc"\n', "应为 .docx 文件"),
])
def test_bad_letters_settings_are_named_and_nothing_is_written(tmp_path, config, said):
    city = write_city(tmp_path / "city", {"泽州县": (JINCHENG / "泽州县.rules").read_text(encoding="utf-8")})
    (city / "city.toml").write_text((city / "city.toml").read_text(encoding="utf-8") + "\n" + config,
                                    encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(["review", str(city), "--format", "docx", "-o", str(out)])
    assert result.exit_code == 2
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_letters_are_never_written_into_the_city_folder_nor_over_existing_ones(tmp_path):
    city = tmp_path / "jincheng"
    shutil.copytree(JINCHENG, city)
    inside = run_cli(["review", str(city), "--format", "docx", "-o", str(city / "审核意见")])
    assert inside.exit_code == 2 and "在被审核的城市目录之内" in inside.stderr
    assert run_cli(["review", str(city), "--format", "docx", "-o", str(city / "x.docx")]).exit_code == 2
    out = tmp_path / "out"
    out.mkdir()
    (out / "泽州县审核意见.docx").write_bytes(b"edited by hand")
    again = run_cli(["review", str(city), "--format", "docx", "-o", str(out)])
    assert again.exit_code == 2 and (out / "泽州县审核意见.docx").read_bytes() == b"edited by hand"
    assert run_cli(["review", str(city), "--format", "docx", "-o", str(out), "--force"]).exit_code == 1


def test_docx_is_for_review_only_and_is_never_printed(tmp_path):
    audit = run_cli(["audit", str(ROOT / "samples" / "shanxi"), "--format", "docx"])
    assert audit.exit_code == 2 and "--format docx 只用于 review" in audit.stderr
    printed = run_cli(["review", str(JINCHENG), "--format", "docx", "-o", "-"])
    assert printed.exit_code == 2 and "Word 文件不能输出到屏幕" in printed.stderr


def test_english_letters(tmp_path):
    out = tmp_path / "en.docx"
    run_cli(["review", str(JINCHENG), "--format", "docx", "-o", str(out), "--lang", "en"])
    text = paragraphs(out)
    assert text[0].startswith("Review opinion on “") and "To 城区 education bureau:" in text


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                    reason="LibreOffice is not installed (.ci/run installs it; in CI this test never skips)")
def test_in_the_printed_letters_no_signature_stands_alone_on_a_page(letters_dir, tmp_path):
    from pypdf import PdfReader

    assert SOFFICE is not None, "CI must have LibreOffice (.ci/run installs libreoffice-writer-nogui)"
    source = tmp_path / "all.docx"
    shutil.copy(letters_dir / "晋城市审核意见（全部）.docx", source)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    pages = [page.extract_text() or "" for page in PdfReader(str(tmp_path / "all.pdf")).pages]
    signed = [text for text in pages if "（盖章）" in text]
    assert len(signed) == len(UNITS)
    closing = {"晋城市教育局", "（盖章）", "____年__月__日"}
    for text in signed:
        before = text.split("晋城市教育局")[0]
        lines = [line for line in before.split("\n") if line.strip() and line.strip() not in closing]
        assert len(lines) >= 2, text  # the opinion's last lines are on the seal's page


@pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                    reason="LibreOffice is not installed (.ci/run installs it; in CI this test never skips)")
def test_libreoffice_opens_each_of_the_six_letters(letters_dir, tmp_path):
    assert SOFFICE is not None, "CI must have LibreOffice (.ci/run installs libreoffice-writer-nogui)"
    letters = [letters_dir / f"{unit}审核意见.docx" for unit in UNITS]
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "txt:Text", "--outdir", str(tmp_path), *map(str, letters)], check=True, capture_output=True,
                   timeout=600)
    for unit in UNITS:
        converted = (tmp_path / f"{unit}审核意见.txt").read_text(encoding="utf-8-sig")
        assert f"{unit}教育局：" in converted and "（盖章）" in converted
