"""review and audit --format pdf: printed by the system's headless Chromium (issue 14, item 3).

Read back with pypdf: where the text on each page ends (how full the page is), which page holds each
seal, and that no browser header or footer (a file:// address, a date, the page title) is printed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app

ROOT = Path(__file__).resolve().parent.parent
JINCHENG = ROOT / "samples" / "shanxi" / "jincheng"
SHANXI = ROOT / "samples" / "shanxi"
UNITS = ["城区", "泽州县", "高平市", "阳城县", "陵川县", "沁水县"]

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_browser = pytest.mark.skipif(BROWSER is None and os.environ.get("CI") != "true",
                                   reason="no Chromium (.ci/run installs it; in CI this test never skips)")


def run_cli(args: list[str], env: dict | None = None):
    return CliRunner().invoke(app, args, env=env)


def pages(path: Path) -> list[tuple[str, float]]:
    """Each page's text and how far down the page its text reaches (0 top … 1 bottom)."""
    from pypdf import PdfReader

    out = []
    for page in PdfReader(str(path)).pages:
        height = float(page.mediabox.height)
        lowest = [height]

        def visit(text, cm, tm, font, size):
            if text.strip():
                lowest[0] = min(lowest[0], tm[5] * cm[3] + cm[5] if cm[3] else tm[5])

        content = page.extract_text(visitor_text=visit) or ""
        out.append((content, 1 - lowest[0] / height))
    return out


def starts_section(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    return first.startswith(("关于《", "附件3", "附件 1", "附件1", "统计")) or "审计" in first[:20]


def assert_no_page_under_half_full_but_a_sections_last(printed: list[tuple[str, float]]) -> None:
    for number, (text, reach) in enumerate(printed[:-1]):
        if starts_section(printed[number + 1][0]):
            continue  # a section's last page may be short
        assert reach >= 0.5, (number + 1, reach, text[:80])


@pytest.fixture(scope="module")
def review_pdf(tmp_path_factory):
    if BROWSER is None:
        assert os.environ.get("CI") != "true", "CI must have Chromium (.ci/run installs it)"
        pytest.skip("no Chromium")
    out = tmp_path_factory.mktemp("pdf") / "晋城市审核报告.pdf"
    result = run_cli(["review", str(JINCHENG), "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 1, result.stderr
    assert f"已写入 {out}" in result.stderr
    return pages(out)


@needs_browser
def test_the_printed_review_holds_one_letter_per_county_and_no_seal_alone(review_pdf):
    signed = [text for text, _ in review_pdf if "（盖章）" in text]
    assert len(signed) == len(UNITS)
    for text in signed:
        before = text.split("晋城市教育局")[0]
        lines = [line for line in before.split("\n") if line.strip()]
        assert len(lines) >= 2, text  # the opinion's last lines share the seal's page


@needs_browser
def test_the_printed_review_has_no_browser_header_or_footer(review_pdf):
    for text, _ in review_pdf:
        assert "file:" not in text and "report.html" not in text


@needs_browser
def test_the_printed_review_leaves_no_page_half_empty_but_a_sections_last(review_pdf):
    assert_no_page_under_half_full_but_a_sections_last(review_pdf)


@needs_browser
def test_the_printed_audit_leaves_no_page_half_empty_but_a_sections_last(tmp_path):
    out = tmp_path / "山西省审计报告.pdf"
    result = run_cli(["audit", str(SHANXI), "--stats", str(SHANXI / "stats-2020.csv"), "--format", "pdf",
                      "-o", str(out)])
    assert result.exit_code in (0, 1), result.stderr
    printed = pages(out)
    assert_no_page_under_half_full_but_a_sections_last(printed)
    assert all("file:" not in text for text, _ in printed)


def test_without_a_browser_one_message_says_what_to_install(tmp_path):
    out = tmp_path / "r.pdf"
    result = run_cli(["review", str(JINCHENG), "--format", "pdf", "-o", str(out)],
                     env={"POLICY_LINT_BROWSER": str(tmp_path / "no-such-browser")})
    assert result.exit_code == 2
    assert "生成 PDF 需要 Chromium 或 Chrome 浏览器" in result.stderr and "apt-get install" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_pdf_is_never_printed_to_the_screen_nor_over_an_existing_file(tmp_path):
    printed = run_cli(["review", str(JINCHENG), "--format", "pdf", "-o", "-"])
    assert printed.exit_code == 2 and "PDF 文件不能输出到屏幕" in printed.stderr
    existing = tmp_path / "r.pdf"
    existing.write_bytes(b"keep")
    again = run_cli(["review", str(JINCHENG), "--format", "pdf", "-o", str(existing)])
    assert again.exit_code == 2 and existing.read_bytes() == b"keep"
