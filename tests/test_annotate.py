"""policy-lint annotate: the county's own .docx with a comment on the words of each finding.

Read back three ways: the XML (which words each comment covers, which tracked changes there are),
python-docx (it opens the file and lists the comments), and policy-lint itself (the annotated draft,
read as Word shows it with the proposed changes accepted, no longer has the findings they fix).
LibreOffice, where installed (always in CI), converts it and keeps every comment.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from policy_lint.annotate import Edit, annotate, value_edit
from policy_lint.extract import check_draft

from typer.testing import CliRunner

from policy_lint.cli import app


def run_cli(args: list[str]):
    return CliRunner().invoke(app, args)

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "samples" / "drafts"
SAMPLES = sorted(DRAFTS.glob("*.docx"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def covered(path: Path) -> dict[str, str]:
    """Comment id → the words between its range markers as the county wrote them (text proposed by a
    tracked insertion left out, text proposed for deletion kept)."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    open_ranges: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for element in root.iter():
        if element.tag == W + "commentRangeStart":
            open_ranges[element.get(W + "id")] = []
        elif element.tag == W + "commentRangeEnd":
            words[element.get(W + "id")] = "".join(open_ranges.pop(element.get(W + "id")))
        elif element.tag in (W + "t", W + "delText"):
            if any(a.tag == W + "ins" for a in element.iterancestors()):
                continue
            for parts in open_ranges.values():
                parts.append(element.text or "")
    return words


def tracked(path: Path) -> list[tuple[str, str]]:
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for element in root.iter(W + "del", W + "ins"):
        tag = "del" if element.tag == W + "del" else "ins"
        out.append((tag, "".join(t.text or "" for t in element.iter(W + "t", W + "delText"))))
    return out


def view_words(result, finding) -> str:
    line = result.source.text.split("\n")[finding.span.line - 1]
    return line[finding.span.column - 1:finding.span.end_column - 1]


@pytest.fixture(params=SAMPLES, ids=lambda p: p.stem)
def annotated(request, tmp_path):
    draft = request.param
    result = check_draft(draft, draft.name)
    assert result.error is None
    out = tmp_path / f"{draft.stem}.annotated.docx"
    done = annotate(draft, draft.name, result)
    out.write_bytes(done.data)
    return draft, result, done, out


def test_every_finding_and_unread_sentence_gets_one_comment_on_its_own_words(annotated):
    draft, result, done, out = annotated
    assert done.fallback == 0
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(result.findings) + len(result.unread) == done.comments
    words = covered(out)
    assert len(words) == done.comments
    for comment_id, finding in zip(sorted(words, key=int), result.findings):
        assert words[comment_id] == view_words(result, finding), finding.code
    bodies = [comment.text for comment in comments]
    for finding, body in zip(result.findings, bodies):
        assert body.startswith(f"{finding.code} [")
        assert finding.basis.citation.quote in body
        assert finding.suggestion("zh") in body
    for problem, body in zip(result.unread, bodies[len(result.findings):]):
        assert body == f"[待确认] {problem.message('zh')}"


def test_the_draft_itself_is_not_changed(annotated, tmp_path):
    draft, result, done, out = annotated
    again = check_draft(draft, draft.name)
    assert [f.code for f in again.findings] == [f.code for f in result.findings]


def test_the_annotated_draft_read_with_the_changes_accepted_loses_only_the_findings_they_fix(annotated):
    draft, result, done, out = annotated
    after = check_draft(out, out.name)
    fixed = {"PL101", "PL102", "PL103", "PL104", "PL201"}
    before_codes = sorted(f.code for f in result.findings)
    after_codes = sorted(f.code for f in after.findings)
    kept = [code for code in before_codes if code not in fixed]
    assert all(code in after_codes for code in kept)
    assert len(before_codes) - len(after_codes) == done.changes


def _changes(name: str):
    draft = DRAFTS / f"{name}.docx"
    result = check_draft(draft, draft.name)
    done = annotate(draft, draft.name, result)
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"policy-lint-annotate-{draft.stem}.docx"
    path.write_bytes(done.data)
    try:
        return done, tracked(path)
    finally:
        path.unlink()


def test_a_time_limit_and_a_banned_certificate_become_tracked_changes():
    done, changes = _changes("阳城县")  # residence, insurance and employment times above six months
    assert ("del", "一年") in changes and ("ins", "半年") in changes and done.changes == 3
    done, changes = _changes("泽州县")
    deleted = "".join(words for tag, words in changes if tag == "del")
    assert "独生子女证、" in deleted  # the separator goes with it: the list still reads
    # 持证满一年: the 条例 sets no holding time (ceiling 0), so there is no shorter value to propose and the
    # comment says what to do; only the certificate is a tracked change
    assert ("del", "一年") not in changes and done.changes == 1


def test_english_comments_with_lang_en(tmp_path):
    draft = DRAFTS / "阳城县.docx"
    result = check_draft(draft, draft.name)
    out = tmp_path / "out.docx"
    out.write_bytes(annotate(draft, draft.name, result, "en").data)
    bodies = [c.text for c in docx.Document(str(out)).comments]
    # every comment in English: a finding, or a sentence left to confirm (阳城县 has two since every
    # sentence is accounted for: 公办学校按学区划片招生… and 随迁子女与本县户籍学生享受同等待遇…)
    assert bodies and all("[error]" in b or "[warning]" in b or "could not be read with certainty" in b for b in bodies)
    assert any("[error]" in b for b in bodies)
    assert any("Proposed: “半年” (tracked change)." in b for b in bodies)


def test_words_that_cannot_be_found_are_commented_on_their_paragraph_and_counted(tmp_path):
    draft = DRAFTS / "阳城县.docx"
    result = check_draft(draft, draft.name)
    finding = result.findings[0]
    lines = result.source.text.split("\n")
    line = lines[finding.span.line - 1]
    # the view says something the document does not (as when Word shows a run right to left)
    words = view_words(result, finding)
    lines[finding.span.line - 1] = line.replace(words, words[::-1])
    result.source = dataclasses.replace(result.source, text="\n".join(lines))
    done = annotate(draft, draft.name, result)
    assert done.fallback >= 1
    out = tmp_path / "out.docx"
    out.write_bytes(done.data)
    bodies = [c.text for c in docx.Document(str(out)).comments]
    assert f"第 {finding.span.line} 段" in bodies[0]
    assert "未能定位到原词" in done.summary("x.docx")("zh")


@pytest.mark.parametrize(("code", "limit", "words", "expected"), [
    ("PL101", 6, "持有居住证满一年", ("一年", "半年")),
    ("PL102", 6, "连续居住满12个月以上", ("12个月", "6个月")),
    ("PL103", 6, "缴纳社保满1年", ("1年", "6个月")),
    ("PL104", 6, "务工满两年", ("两年", "半年")),
    ("PL102", 12, "居住满三年", ("三年", "一年")),
    ("PL102", 6, "居住满二十四个月", ("二十四个月", "半年")),
    ("PL102", 6, "居住满半年、社保满一年", ("一年", "半年")),  # the first duration above the limit
])
def test_a_duration_above_the_limit_is_replaced_by_the_limit(code, limit, words, expected, make_finding):
    line = "入学条件：" + words + "。"
    finding = make_finding(code, limit, line, words)
    edit = value_edit(finding, line)
    assert edit is not None
    assert (line[edit.start:edit.end], edit.new) == expected


def test_no_value_is_proposed_for_a_limit_of_zero_or_a_check_without_one(make_finding):
    line = "持有居住证满6个月"
    assert value_edit(make_finding("PL101", 0, line, line), line) is None
    assert value_edit(make_finding("PL105", 6, line, line), line) is None


@pytest.mark.parametrize(("line", "words", "deleted"), [
    ("户口本、独生子女证、预防接种证", "独生子女证", "独生子女证、"),
    ("户口本、独生子女证", "独生子女证", "、独生子女证"),
    ("独生子女证", "独生子女证", "独生子女证"),
])
def test_a_banned_certificate_is_deleted_with_one_separator(line, words, deleted, make_finding):
    edit = value_edit(make_finding("PL201", True, line, words), line)
    assert edit == Edit(edit.start, edit.end, "") and line[edit.start:edit.end] == deleted


@pytest.fixture
def make_finding():
    draft = DRAFTS / "阳城县.docx"
    template = check_draft(draft, draft.name).findings[0]

    def make(code, limit, line, words):
        start = line.index(words)
        span = template.span.model_copy(update={"line": 1, "column": start + 1, "end_line": 1,
                                               "end_column": start + 1 + len(words)})
        basis = template.basis.model_copy(update={"value": limit})
        return template.model_copy(update={"code": code, "span": span, "basis": basis})

    return make


# --- the command ----------------------------------------------------------------------------------


def test_the_command_writes_the_file_and_says_what_it_added(tmp_path):
    out = tmp_path / "泽州县.批注.docx"
    result = run_cli(["annotate", str(DRAFTS / "泽州县.docx"), "-o", str(out)])
    assert result.exit_code == 1  # the draft has errors, as check says
    assert out.is_file()
    # 6 comments: 4 findings (one the registered tenancy, PL111) and 2 sentences to confirm (one more since no sentence goes unaccounted:
    # 第13段「符合上述条件的随迁子女，由县教育局按照相对就近的原则统筹安排入学，任何学校不得拒收」);
    # 持证满一年 gets a comment and no proposed value (the 条例 sets no holding time); the certificate is deleted
    assert "已在" in result.stderr and "加批注 6 条（问题 4 条，待确认 2 条）" in result.stderr and "修订建议 1 处" in result.stderr


def test_the_command_refuses_an_existing_output_without_force_and_the_input_itself(tmp_path):
    draft = tmp_path / "d.docx"
    shutil.copy(DRAFTS / "阳城县.docx", draft)
    out = tmp_path / "out.docx"
    out.write_bytes(b"keep")
    refused = run_cli(["annotate", str(draft), "-o", str(out)])
    assert refused.exit_code == 2 and out.read_bytes() == b"keep"
    assert run_cli(["annotate", str(draft), "-o", str(out), "--force"]).exit_code == 1
    onto_input = run_cli(["annotate", str(draft), "-o", str(draft)])
    assert onto_input.exit_code == 2
    assert draft.read_bytes() == (DRAFTS / "阳城县.docx").read_bytes()


@pytest.mark.parametrize("name", ["d.txt", "d.rules", "d.doc"])
def test_the_command_takes_only_a_docx_and_says_so(tmp_path, name):
    draft = tmp_path / name
    draft.write_text("入学条件", encoding="utf-8")
    result = run_cli(["annotate", str(draft), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 2
    assert "annotate 在 .docx 草稿中加批注" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_an_unreadable_docx_is_exit_2_without_a_traceback(tmp_path):
    draft = tmp_path / "broken.docx"
    draft.write_bytes(b"PK\x03\x04 not really a zip")
    result = run_cli(["annotate", str(draft), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out.docx").exists()


# --- LibreOffice ----------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                    reason="LibreOffice is not installed (.ci/run installs it; in CI this test never skips)")
def test_libreoffice_opens_every_annotated_sample_and_keeps_every_comment(tmp_path):
    assert SOFFICE is not None, "CI must have LibreOffice (.ci/run installs libreoffice-writer-nogui)"
    made = {}
    for draft in SAMPLES:
        result = check_draft(draft, draft.name)
        done = annotate(draft, draft.name, result)
        source = tmp_path / f"{draft.stem}.docx"
        source.write_bytes(done.data)
        made[draft.stem] = done
    profile = tmp_path / "profile"
    sources = [str(tmp_path / f"{stem}.docx") for stem in made]
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "odt",
                    "--outdir", str(tmp_path / "odt"), *sources], check=True, capture_output=True, timeout=600)
    for stem, done in made.items():
        content = zipfile.ZipFile(tmp_path / "odt" / f"{stem}.odt").read("content.xml").decode("utf-8")
        assert content.count("<office:annotation ") + content.count("<office:annotation>") == done.comments, stem
        if done.changes:
            assert "<text:tracked-changes" in content, stem  # kept as proposals, not applied
    zezhou = tmp_path / "泽州县.docx"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(zezhou)], check=True, capture_output=True, timeout=180)
    assert (tmp_path / "泽州县.pdf").read_bytes().startswith(b"%PDF")
