"""List the 待确认 sentences that hold an entry condition, across a corpus of real documents.

The condition 待确认 are the map of what the readers cannot read yet: a sentence left to a person that states a
permit, a residence, insurance, employment, housing or hukou condition (the kinds of
:func:`policy_lint.extract.extractor.condition_kinds`), or that was left 待确认 in the 入学条件 section.  Each is
listed with its document stem, paragraph, kinds and reason; the totals count them by kind (a sentence of two kinds
counts once under each) and in all.

    python scripts/unread_conditions.py               # tests/data/real/
    python scripts/unread_conditions.py DIR --count   # the totals only
    python scripts/unread_conditions.py --kind 居住   # only the sentences of one kind

It reads the development corpus only (never a held-out folder: it is for working on the readers).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "real"

from policy_lint.extract import extract_path  # noqa: E402
from policy_lint.extract.extractor import condition_kinds  # noqa: E402

KINDS = ("居住证", "居住", "社保", "就业", "住所", "户籍")
#: a 待确认 in 入学条件 naming none of the kinds (an age, a clause of two conditions not told apart)
OTHER = "其他"


def unread_conditions(path: Path) -> list[tuple[int, str, list[str], str]]:
    """The condition 待确认 of the document at ``path``: (line, text, kinds, reason) each."""
    out = []
    for item in extract_path(path, path.name).unread:
        kinds = sorted(condition_kinds(item.piece), key=KINDS.index)
        if not kinds and item.section == "入学条件":
            kinds = [OTHER]
        if kinds:
            out.append((item.piece.line, item.text, kinds, item.reason))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--count", action="store_true", help="print the totals only")
    parser.add_argument("--kind", choices=(*KINDS, OTHER), help="list only the sentences of this kind")
    args = parser.parse_args(argv)
    by_kind: Counter[str] = Counter()
    total = 0
    documents = 0
    for txt in sorted(args.directory.glob("*.txt")):
        found = unread_conditions(txt)
        if args.kind:
            found = [f for f in found if args.kind in f[2]]
        documents += bool(found)
        for line, text, kinds, reason in found:
            total += 1
            by_kind.update(kinds)
            if not args.count:
                print(f"{txt.stem}:{line}\t{'/'.join(kinds)}\t{text}" + (f"\t（{reason}）" if reason else ""))
    if not args.count:
        print()
    print(f"condition 待确认: {total} sentences in {documents} documents")
    print("by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in (*KINDS, OTHER) if by_kind[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
