"""Wording variants: score the development corpus rewritten with one substitution at a time.

The readers must not depend on which of several usual words a county writes (满一年 or 一年以上, 社保 or
社会保险, 本区 or 我区 ...).  For each substitution in ``tests/data/variants.toml`` (``from``, a regular
expression; ``to``; ``reason``; ``careful`` where the two are not the same in every sentence) the script copies
the corpus to a temporary folder, rewrites every ``.txt`` (the ``.toml`` files copied as they are, so the
expected findings stay where they were: a substitution never adds a line), scores the copy with
``scripts/real_score.py`` and prints, beside the plain corpus, the findings matched and reported, the
expected findings lost and gained, and the new and the gone false findings (``stem CODE@LINE``).

    python scripts/variants.py                   # every substitution, a table and the changes
    python scripts/variants.py -k 满一年 -k 社保  # only those whose from/to contains one of these
    python scripts/variants.py --corpus DIR --data FILE

Like a benchmark it reports and never fails (exit 0).  tests/test_variants.py holds the ones that must hold.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "variants.toml"


def _real_score():
    spec = importlib.util.spec_from_file_location("real_score", ROOT / "scripts" / "real_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("real_score", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load(path: Path = DATA) -> list[dict]:
    """The substitutions of ``path``, each with its ``from`` compiled as ``pattern``."""
    items = tomllib.loads(path.read_text(encoding="utf-8")).get("substitution", [])
    return [{**item, "pattern": re.compile(item["from"])} for item in items]


def rewrite(text: str, substitution: dict) -> tuple[str, int]:
    """``text`` with the substitution applied everywhere, and how many times it applied."""
    return substitution["pattern"].subn(substitution["to"], text)


def _outcome(scores) -> tuple[set, set, int, int]:
    """(matched expected findings, false findings, matched, reported) as sets of ``stem CODE@LINE``."""
    missed = {f"{s.stem} {m}" for s in scores for m in s.findings_missed}
    extra = {f"{s.stem} {e}" for s in scores for e in s.findings_extra}
    return missed, extra, sum(s.findings_matched for s in scores), sum(s.findings_reported for s in scores)


def run(corpus: Path, substitutions: list[dict], out=sys.stdout) -> list[dict]:
    real_score = _real_score()
    base_missed, base_extra, base_matched, base_reported = _outcome(real_score.run(corpus)[0])
    print(f"{'substitution':40} {'uses':>5} {'docs':>4} {'found':>6} {'report':>6} {'lost':>4} {'gain':>4} "
          f"{'+false':>6} {'-false':>6}", file=out)
    print(f"{'(plain corpus)':40} {'':>5} {'':>4} {base_matched:>6} {base_reported:>6}", file=out)
    results = []
    for sub in substitutions:
        with tempfile.TemporaryDirectory(prefix="policy-lint-variants-") as tmp:
            folder = Path(tmp)
            uses = docs = 0
            for path in corpus.iterdir():
                if path.suffix == ".txt":
                    text, n = rewrite(path.read_text(encoding="utf-8-sig"), sub)
                    (folder / path.name).write_text(text, encoding="utf-8")
                    uses, docs = uses + n, docs + (n > 0)
                elif path.is_file():
                    shutil.copy(path, folder / path.name)
            missed, extra, matched, reported = _outcome(real_score.run(folder)[0])
        result = {"from": sub["from"], "to": sub["to"], "uses": uses, "docs": docs, "matched": matched,
                  "reported": reported, "lost": sorted(missed - base_missed), "gained": sorted(base_missed - missed),
                  "new_false": sorted(extra - base_extra), "gone_false": sorted(base_extra - extra)}
        results.append(result)
        name = f"{sub['from']} → {sub['to']}"
        print(f"{name[:40]:40} {uses:>5} {docs:>4} {matched:>6} {reported:>6} {len(result['lost']):>4} "
              f"{len(result['gained']):>4} {len(result['new_false']):>6} {len(result['gone_false']):>6}"
              + ("  (careful)" if sub.get("careful") else ""), file=out, flush=True)
        for key, label in (("lost", "lost"), ("gained", "gained"), ("new_false", "new false"),
                           ("gone_false", "false gone")):
            for item in result[key]:
                print(f"    {label}: {item}", file=out)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "real")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("-k", action="append", default=[], help="only substitutions whose from/to contains this")
    args = parser.parse_args(argv)
    subs = load(args.data)
    if args.k:
        subs = [s for s in subs if any(k in s["from"] or k in s["to"] for k in args.k)]
    run(args.corpus, subs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
