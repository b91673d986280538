"""Score policy-lint on the development corpus of real documents (tests/data/real/, /docs/extract.md).

Each document is ``<stem>.txt`` with ``<stem>.source.toml`` and ``<stem>.expected.toml`` (the format is in
tests/data/real/README.md).  The document is checked as an official would run it, without ``--ruleset``
(``check_draft``), and read as ``extract`` reads it.  Per document the scorer prints:

- refused or not (a refusal is a document that got no findings at all because it was not checked);
- the place and year found against the expected ``[place]`` (province, city, county, year);
- the unaccounted sentences: sentences of the .txt (split at 。；！？ within each line) that ended as
  none of: a fact (a value extract wrote, or a line its signing-date note names), a sentence left 待确认,
  a sentence the extractor set aside with a named reason (``Extraction.aside``: boilerplate, a definition …),
  or a heading (a numbered line of twelve characters or fewer without sentence punctuation);
- the findings: expected ``[[findings]]`` matched one to one with the reported ones by code and line
  (±1); a ``NEW:…`` code is a check that does not exist yet, so it is always a miss;
- the remarks (提示, observations that are not faults, such as PL107's conditions without a permit): expected
  ``[[remarks]]`` matched with the reported remarks as findings are (code and line ±1), printed as a line
  of their own; a remark is never a finding, so it counts neither for nor against the findings' figures;
- the facts: an expected ``[[facts]]`` is found when a value extract wrote (outside 基本信息) lies on its
  line (±1) and shares text with it (one contains the other, spaces and punctuation dropped); precision is
  over the values written outside 基本信息.

The totals: refusals, places and years right, unaccounted sentences, and recall (matched / expected) and
precision (matched / reported) of findings and facts over the corpus.  A stem whose expected file is missing
or unreadable is listed and left out, so the scorer runs on a corpus that is still being written.

    python scripts/real_score.py                  # the table for tests/data/real/
    python scripts/real_score.py DIR -v           # another folder; -v lists every miss and unaccounted sentence
    python scripts/real_score.py --json           # the figures as JSON

It exits 0 whatever the figures (the corpus is for measuring; thresholds come when the tool meets them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "real"

from policy_lint.errors import InputError  # noqa: E402
from policy_lint.normalise import fold_text  # noqa: E402
from policy_lint.extract import check_draft, extract_path  # noqa: E402
from policy_lint.extract.model import Group  # noqa: E402

_SENTENCE_END = re.compile(r"[。；;！？!?]")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、．.]|第[一二三四五六七八九十]+[章条])?"
                      r"[^。；;！？!?，,]{1,12}[：:]?\s*$")
_PUNCT = re.compile(r"[\s、，,；;。．.：:（）()“”\"「」《》〈〉【】]")


@dataclass
class Score:
    """One document's figures."""

    stem: str
    refused: str | None = None  # why, when it was not checked
    place: dict[str, tuple] = field(default_factory=dict)  # part → (found, expected)
    sentences: int = 0
    unaccounted: list[tuple[int, str]] = field(default_factory=list)
    findings_expected: int = 0
    findings_reported: int = 0
    findings_matched: int = 0
    findings_missed: list[str] = field(default_factory=list)
    findings_extra: list[str] = field(default_factory=list)
    remarks_expected: int = 0
    remarks_reported: int = 0
    remarks_matched: int = 0
    remarks_missed: list[str] = field(default_factory=list)
    remarks_extra: list[str] = field(default_factory=list)
    facts_expected: int = 0
    facts_reported: int = 0
    facts_matched: int = 0
    facts_missed: list[str] = field(default_factory=list)

    @property
    def place_right(self) -> bool:
        return all(found == expected for part, (found, expected) in self.place.items() if part != "year")

    @property
    def year_right(self) -> bool:
        found, expected = self.place.get("year", (None, None))
        return found == expected


def sentences(text: str) -> list[tuple[int, int, int, str]]:
    """(line, start, end, text) of each sentence: the parts of a line between 。；！？ (a table row is one)."""
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        start = 0
        for match in [*_SENTENCE_END.finditer(line), None]:
            end = match.start() if match else len(line)
            part = line[start:end]
            if part.strip():
                lead = len(part) - len(part.lstrip())
                out.append((number, start + lead, start + len(part.rstrip()), part.strip()))
            start = end + 1 if match else end
    return out


def _pieces(extraction, metadata: bool = True) -> list:
    """Every piece of the draft that a value was written from (with ``metadata``, 基本信息's too)."""
    out = []
    skip = {id(e) for e in extraction.metadata} if not metadata else set()
    for entry in extraction.entries():
        if id(entry) not in skip:
            out.extend(w for w in entry.words if getattr(w, "line", None))
    for item in extraction.conditions:
        if isinstance(item, Group) and item.anchor is not None:
            out.append(item.anchor)
    return out


def _sentence_length(text: str, piece) -> int:
    """The length of the sentence holding ``piece`` (its line's part between 。；！？)."""
    for line, start, end, _ in sentences(text):
        if line == piece.line and start <= piece.start < end + 1:
            return end - start
    return 0


def _overlaps(piece, line: int, start: int, end: int) -> bool:
    return piece.line == line and piece.start < end and start < piece.end


def _same_text(a: str, b: str) -> bool:
    a, b = _PUNCT.sub("", a), _PUNCT.sub("", b)
    return bool(a) and bool(b) and (a in b or b in a)


def _value(reading, key: str):
    value = getattr(reading, key, None)
    return getattr(value, "value", None)


def score(txt: Path, expected: dict) -> Score:
    result = Score(stem=txt.name[:-4])
    place = expected.get("place", {})
    try:
        extracted = extract_path(txt, txt.name)
    except InputError as exc:
        result.refused = " ".join(p.message("zh") for p in exc.problems)
        return result
    checked = check_draft(txt, txt.name)
    if checked.error is not None:
        result.refused = " ".join(p.message("zh") for p in checked.error.problems)
    meta = checked.rules.metadata if checked.rules is not None else None
    for part, key in (("province", "province"), ("city", "city"), ("county", "county"), ("year", "year")):
        found = _value(meta, key) if meta is not None else None
        want = place.get(part) or None
        if part == "city" and want is not None and want == place.get("province"):
            found = found or want  # a municipality: 北京市 is its own city
        if isinstance(found, str) and isinstance(want, str) and fold_text(found) == fold_text(want):
            found = want  # 廬陽區 in a draft in traditional characters is 庐阳区
        result.place[part] = (found, want)
    # sentences: facts, 待确认, set aside, headings
    text = txt.read_text(encoding="utf-8-sig")
    # a place or a year read inside a sentence of the body (户籍在武汉市外) does not account for that sentence:
    # 省/市/县/年度 only where they are most of it (the title's line, an office, a signing date)
    facts = _pieces(extracted.facts, metadata=False) + [
        w for e in extracted.facts.metadata for w in e.words if getattr(w, "line", None)
        and (e.key not in ("省", "市", "县", "年度") or 2 * (w.end - w.start) >= _sentence_length(text, w))]
    unread = [u.piece for u in extracted.facts.unread]
    aside = [a.piece for a in extracted.facts.aside]
    noted = {int(n) for note in extracted.facts.metadata_notes for n in re.findall(r"第(\d+)段", note)}
    lines = text.split("\n")
    for line, start, end, sentence in sentences(text):
        result.sentences += 1
        if line in noted or (lines[line - 1].strip() == sentence and _HEADING.match(sentence)):
            continue  # the signing date's line, or a heading (a whole line, short, without 。)
        if any(_overlaps(p, line, start, end) for p in [*facts, *unread, *aside]):
            continue
        result.unaccounted.append((line, sentence))
    # findings, and apart from them the remarks: code and line ±1, one to one
    for table, reported in (("findings", checked.findings), ("remarks", checked.remarks)):
        found, missed, extra = _match([(f.code, f.span.line) for f in reported], expected.get(table, []))
        setattr(result, f"{table}_reported", len(reported))
        setattr(result, f"{table}_expected", len(expected.get(table, [])))
        setattr(result, f"{table}_matched", found)
        setattr(result, f"{table}_missed", missed)
        setattr(result, f"{table}_extra", extra)
    # facts: a value on the line (±1) sharing text with the expected words
    values = [p for p in _pieces(extracted.facts, metadata=False) if 1 <= p.line <= len(lines)]
    result.facts_reported = len({(p.line, p.start, p.end) for p in values})
    for item in expected.get("facts", []):
        result.facts_expected += 1
        line, words = int(item.get("line", 0)), str(item.get("text", ""))
        if any(abs(p.line - line) <= 1 and _same_text(lines[p.line - 1][p.start:p.end], words) for p in values):
            result.facts_matched += 1
        else:
            result.facts_missed.append(f"{line}「{words}」")
    return result


def _match(reported: list[tuple[str, int]], expected: list[dict]) -> tuple[int, list[str], list[str]]:
    """Expected items matched one to one with the reported (code, line) by code and line ±1: how many
    matched, the expected ones missed and the reported ones not expected (``CODE@LINE``)."""
    free, matched, missed = list(reported), 0, []
    for item in expected:
        hit = next((r for r in free if r[0] == item.get("code") and abs(r[1] - int(item.get("line", 0))) <= 1), None)
        if hit is None:
            missed.append(f"{item.get('code')}@{item.get('line')}")
        else:
            free.remove(hit)
            matched += 1
    return matched, missed, [f"{code}@{line}" for code, line in free]


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def totals(scores: list[Score]) -> dict:
    found = sum(s.findings_matched for s in scores)
    return {
        "documents": len(scores),
        "refused": sum(1 for s in scores if s.refused),
        "place_right": sum(1 for s in scores if s.place_right),
        "year_right": sum(1 for s in scores if s.year_right),
        "sentences": sum(s.sentences for s in scores),
        "unaccounted": sum(len(s.unaccounted) for s in scores),
        "findings_expected": sum(s.findings_expected for s in scores),
        "findings_reported": sum(s.findings_reported for s in scores),
        "findings_matched": found,
        "findings_recall": _ratio(found, sum(s.findings_expected for s in scores)),
        "findings_precision": _ratio(found, sum(s.findings_reported for s in scores)),
        "remarks_expected": sum(s.remarks_expected for s in scores),
        "remarks_reported": sum(s.remarks_reported for s in scores),
        "remarks_matched": sum(s.remarks_matched for s in scores),
        "facts_expected": sum(s.facts_expected for s in scores),
        "facts_matched": sum(s.facts_matched for s in scores),
        "facts_reported": sum(s.facts_reported for s in scores),
        "facts_recall": _ratio(sum(s.facts_matched for s in scores), sum(s.facts_expected for s in scores)),
        "facts_precision": _ratio(sum(s.facts_matched for s in scores), sum(s.facts_reported for s in scores)),
    }


def run(directory: Path) -> tuple[list[Score], list[str]]:
    """Score every document of ``directory``; also the stems left out, with why."""
    scores, skipped = [], []
    for txt in sorted(directory.glob("*.txt")):
        stem = txt.name[:-4]
        path = directory / f"{stem}.expected.toml"
        if not path.is_file():
            skipped.append(f"{stem}: no expected file")
            continue
        try:
            expected = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            skipped.append(f"{stem}: expected file unreadable ({exc})")
            continue
        scores.append(score(txt, expected))
    return scores, skipped


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def report(scores: list[Score], skipped: list[str], verbose: bool = False) -> str:
    out = [f"{'document':44} {'refused':7} {'place':5} {'year':4} {'unacc.':>6} {'findings':>9} {'facts':>9}"]
    for s in scores:
        place = "ok" if s.place_right else "NO"
        year = "ok" if s.year_right else "NO"
        out.append(f"{s.stem:44} {'YES' if s.refused else 'no':7} {place:5} {year:4} {len(s.unaccounted):6} "
                   f"{s.findings_matched:>3}/{s.findings_expected:<2}+{len(s.findings_extra):<2} "
                   f"{s.facts_matched:>3}/{s.facts_expected:<3}")
        if verbose:
            if s.refused:
                out.append(f"    refused: {s.refused}")
            for part, (found, want) in s.place.items():
                if found != want:
                    out.append(f"    {part}: found {found!r}, expected {want!r}")
            for name in s.findings_missed:
                out.append(f"    finding missed: {name}")
            for name in s.findings_extra:
                out.append(f"    finding not expected: {name}")
            for name in s.remarks_missed:
                out.append(f"    remark missed: {name}")
            for name in s.remarks_extra:
                out.append(f"    remark not expected: {name}")
            for name in s.facts_missed:
                out.append(f"    fact missed: {name}")
            for line, sentence in s.unaccounted:
                out.append(f"    unaccounted {line}: {sentence[:60]}")
    for line in skipped:
        out.append(f"(left out) {line}")
    t = totals(scores)
    out.append("")
    out.append(f"documents {t['documents']}, refused {t['refused']}, place right {t['place_right']}, "
               f"year right {t['year_right']}, unaccounted sentences {t['unaccounted']} of {t['sentences']}")
    out.append(f"findings: {t['findings_matched']} of {t['findings_expected']} expected, {t['findings_reported']} "
               f"reported: recall {_pct(t['findings_recall'])}, precision {_pct(t['findings_precision'])}")
    out.append(f"facts: {t['facts_matched']} of {t['facts_expected']} expected, {t['facts_reported']} values "
               f"written: recall {_pct(t['facts_recall'])}, precision {_pct(t['facts_precision'])}")
    # remarks are not findings: their own line, counted in neither figure above
    out.append(f"remarks (提示, not findings): {t['remarks_matched']} of {t['remarks_expected']} expected, "
               f"{t['remarks_reported']} reported")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"no corpus at {args.directory}", file=sys.stderr)
        return 0
    scores, skipped = run(args.directory)
    if args.json:
        print(json.dumps({"totals": totals(scores), "left_out": skipped,
                          "documents": [{"stem": s.stem, "refused": s.refused,
                                         "place": {k: list(v) for k, v in s.place.items()},
                                         "unaccounted": s.unaccounted, "findings_missed": s.findings_missed,
                                         "findings_extra": s.findings_extra, "remarks_missed": s.remarks_missed,
                                         "remarks_extra": s.remarks_extra, "facts_missed": s.facts_missed}
                                        for s in scores]}, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report(scores, skipped, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
