"""Regenerate (or check) the traditional → simplified pairs of rulesets/vocabulary.toml ``[traditional]``.

A maintainer's tool, not part of policy-lint: it needs OpenCC's character tables
(``TSCharacters.txt`` and ``STCharacters.txt``, Apache-2.0; e.g. the ``dicts`` folder of the
``opencc-purepy`` package from PyPI, installed in a throwaway virtual environment).

It scans the vocabularies for simplified characters -- rulesets/vocabulary.toml's materials, the
section and key names and phrases in policy_lint/build.py, values.py, plans.py, the extractor, its
readers (extract/readers/*.py and their .toml vocabularies, comments left out) and the checks, plus the
financial numerals -- and, for each, takes the traditional forms OpenCC lists (STCharacters) that
OpenCC reads back as that character first (TSCharacters).  Left out: a traditional form that is itself
among its readings (乾 → 干 or 乾, 於, 瞭, 覆, 像: valid simplified characters), one that is a character
of the vocabularies, and the hand-checked :data:`EXCLUDED`.

    python scripts/traditional_pairs.py DICTS_DIR           # print the pairs block
    python scripts/traditional_pairs.py DICTS_DIR --check   # exit 1 if vocabulary.toml differs
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "rulesets" / "vocabulary.toml", ROOT / "policy_lint" / "build.py", ROOT / "policy_lint" / "values.py",
           ROOT / "policy_lint" / "extract" / "extractor.py", ROOT / "policy_lint" / "plans.py",
           *sorted((ROOT / "policy_lint" / "extract" / "readers").glob("*.py")),
           *sorted((ROOT / "policy_lint" / "extract" / "readers").glob("*.toml")),
           ROOT / "policy_lint" / "divisions.tsv", ROOT / "policy_lint" / "places.toml",
           *sorted((ROOT / "policy_lint" / "checks").rglob("*.py"))]
EXTRA = "们岁壹贰叁肆伍陆柒捌玖拾佰仟两周天"

#: traditional forms OpenCC reads one way that are simplified characters in their own right (著作, 束脩,
#: 白朮, 彔, 寀, 摺子, 麴 as a surname) or not worth the risk
EXCLUDED = "著脩朮彔寀摺麴"

#: pairs kept whatever the tables say: 訓 (训) was hand-checked when 训 was still among the vocabularies' characters.
#: (於 is a simplified character too, a surname, so it is never in the table: policy_lint.normalise.fold reads it as 于
#: only in a text written in traditional characters, 屬於 → 属于)
FORCED = {"訓": "训"}


def _table(path: Path) -> dict[str, list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        out[key] = values.split()
    return out


def vocabulary_characters() -> set[str]:
    chars: set[str] = set(EXTRA)
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        if path.name == "vocabulary.toml":
            text = text.split("[traditional]")[0]
        if path.suffix in (".py", ".toml"):
            text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("#"))
        chars |= set(re.findall(r"[\u4e00-\u9fff]", text))
    return chars


def pairs(dicts: Path) -> dict[str, str]:
    ts = _table(dicts / "TSCharacters.txt")
    st = _table(dicts / "STCharacters.txt")
    # the sources quote traditional forms too (獨生子女證 in a docstring): only simplified characters count
    chars = {c for c in vocabulary_characters() if c not in ts or c in ts[c]}
    found: dict[str, str] = {}
    for simplified in sorted(chars):
        for traditional in st.get(simplified, []):
            readings = ts.get(traditional, [])
            if traditional == simplified or not readings or readings[0] != simplified or traditional in readings:
                continue
            if traditional in st or traditional in chars or traditional in EXCLUDED:
                continue
            found[traditional] = simplified
    found.update(FORCED)
    return found


def block(found: dict[str, str]) -> str:
    items = [t + s for t, s in sorted(found.items(), key=lambda p: (p[1], p[0]))]
    return "\n".join(" ".join(items[i:i + 20]) for i in range(0, len(items), 20)) + "\n"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    found = pairs(Path(argv[0]))
    if "--check" in argv:
        data = tomllib.loads((ROOT / "rulesets" / "vocabulary.toml").read_text(encoding="utf-8"))
        written = {p[0]: p[1] for p in data["traditional"]["pairs"].split()}
        if written != found:
            missing = sorted(set(found) - set(written))
            extra = sorted(set(written) - set(found))
            print(f"vocabulary.toml differs: missing {''.join(missing) or '-'}, not generated {''.join(extra) or '-'}")
            return 1
        print(f"vocabulary.toml [traditional]: {len(found)} pairs, as generated")
        return 0
    sys.stdout.write(block(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
