"""Nothing silently dropped: every sentence of every corpus draft ends as facts, as 待确认, or set aside
with a named reason (docs/extract.md).

The sentences are cut here, independently of the extractor (each paragraph at 。；！？), and each must
overlap what the extractor read, noted 待确认 or set aside; a table cell must be read or noted.  The
drafts are the real development corpus (tests/data/real) and the samples (samples/drafts).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policy_lint.extract.draft import read_draft
from policy_lint.extract.extractor import Extractor

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = sorted((ROOT / "tests" / "data" / "real").glob("*.txt")) + sorted((ROOT / "samples" / "drafts").glob("*.txt"))
_END = re.compile(r"[。；;！？!?]")


def _sentences(line):
    start = 0
    for match in list(_END.finditer(line.text)) + [None]:
        end = match.start() if match else len(line.text)
        text = line.text[start:end]
        cols = set(range(start, end))
        start = end + 1 if match else end
        if re.sub(r"[\s\W_]", "", text):
            yield text, cols


def _marked(extractor: Extractor, line: int) -> set[int]:
    """The columns of ``line`` the record accounts for: a value written (a fact), a 待确认 note, or a
    sentence set aside with a reason — not merely columns the extractor looked at."""
    out = set(extractor.used.get(line, set()))
    for item in [*extractor.out.unread, *extractor.out.aside]:
        if item.piece.line == line:
            out.update(item.piece.cols)
    return out


def test_the_corpus_is_there():
    assert len(DRAFTS) >= 48 + 14


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_sentence_is_read_noted_or_set_aside_with_a_reason(path):
    extractor = Extractor(read_draft(path, path.name))
    out = extractor.run()
    dropped = []
    for line in extractor.draft.lines:
        if line.separator or not line.text.strip():
            continue
        if line.is_row:
            for cell in line.cells[1:]:
                if cell.piece.text.strip() and not set(cell.piece.cols) & _marked(extractor, line.number):
                    dropped.append(f"第{line.number}段 {cell.label}「{cell.piece.text}」")
            continue
        for text, cols in _sentences(line):
            if not cols & _marked(extractor, line.number):
                dropped.append(f"第{line.number}段「{text}」")
    assert dropped == [], "sentences neither read, nor 待确认, nor set aside: " + "；".join(dropped)
    assert all(a.reason for a in out.aside)


def test_a_sentence_nothing_reads_is_never_dropped_silently():
    """The guard itself: a sentence of fact words no reader takes is 待确认, one of none is set aside."""
    from policy_lint.extract.draft import decode_draft

    draft = decode_draft("某区2024年随迁子女入学办法\n须经街道盖章确认。\n欢迎各位家长监督。\n".encode("utf-8"), "d.txt", "txt")
    out = Extractor(draft).run()
    assert [u.piece.line for u in out.unread if u.piece.line != 1] == [2]
    assert [(a.piece.line, a.boilerplate) for a in out.aside] == [(3, True)]


def test_a_points_scoring_row_is_set_aside_with_its_reason_and_a_points_line_stays_to_read():
    """A row of a score table (…每满1年积4分) is how a ranking counts, set aside with that reason; a sentence
    setting a points line (积分达11分及以上的…) is no score, and is read or 待确认 as before."""
    from policy_lint.extract.draft import decode_draft

    text = ("某区2022年随迁子女积分入学办法\n"
            "随迁子女父母一方在工作单位参加我市社会保险累计每满1年积4分，不足一年的，按实际社保月数计算得分。\n"
            "（一）务工社保积分（58分）\n"
            "积分达11分及以上但未入户的居住证持有人。\n")
    out = Extractor(decode_draft(text.encode("utf-8"), "d.txt", "txt")).run()
    reasons = {a.piece.line: a.reason for a in out.aside}
    assert reasons.get(2) == reasons.get(3) == "积分计分办法，不是入学条件"
    assert 2 not in [u.piece.line for u in out.unread] and 3 not in [u.piece.line for u in out.unread]
    assert 4 not in reasons
    listed = {a.piece.line for a in out.aside if not a.boilerplate}
    assert {2, 3} <= listed  # listed under 不作条件 for a person to see, not only counted


def test_a_service_guides_labels_are_set_aside_with_their_reason_and_a_dated_time_is_not():
    """办事指南 labels (申报地点：…受理窗口, 【报名地点】：…, office hours) are where and when to go, set aside with that
    reason; a time with its dates (报名时间：7月1日至7月5日) is a schedule, never set aside."""
    from policy_lint.extract.draft import decode_draft

    text = ("某区2024年随迁子女入学办法\n"
            "申报地点：居住证签发地的区（市）县政府政务服务中心设立的受理窗口\n"
            "【报名地点】：龙门一小招生报名登记处\n"
            "办理时间：工作日上午9:00-12:00（法定节假日除外）\n"
            "报名时间：7月1日至7月5日\n")
    out = Extractor(decode_draft(text.encode("utf-8"), "d.txt", "txt")).run()
    reasons = {a.piece.line: a.reason for a in out.aside}
    guide = "办事指南用语（办理时间、地点、窗口、电话，或指向办事指南），不是入学条件"
    assert [reasons.get(line) for line in (2, 3, 4)] == [guide] * 3
    assert not {2, 3, 4} & {u.piece.line for u in out.unread}
    assert reasons.get(5) != guide
