"""Check that a held-out set shares nothing with what the tool was tuned on.

A held-out set (tests/data/heldout/) measures whether the readers generalise, so none of its documents may be
one the readers were tuned on: not a development document (tests/data/real/*.txt), and not a page whose
sentences went into a reader's corpus (tests/readers/*.toml) or a check's cases (tests/checks/cases/*.toml).
This script lists, per held-out document:

- its URL when it is also a development document's URL (``url`` in tests/data/real/*.source.toml) or a case's
  ``source`` (the page a reader's or check's real sentence was taken from);
- every 20-character window of its text, at a step of 5, that is also in a development text or in a case's
  ``text``/``source`` string (punctuation and spaces dropped before comparing).

    python scripts/heldout_overlap.py                       # tests/data/heldout against everything tuned on
    python scripts/heldout_overlap.py DIR --window 16       # another folder, another window

Exits 1 when anything is shared, 0 when nothing is.  A shared window can be a city's template wording or a
national document quoted by both (居住证暂行条例): each one is for a person to judge, which is why they are listed.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DROP = re.compile(r"[\s\W_]+")


def _plain(text: str) -> str:
    return _DROP.sub("", text)


def _url_key(url: str) -> str:
    """A URL without its scheme, a leading www./m., and a trailing slash."""
    key = re.sub(r"^[a-z]+://", "", url.strip().lower())
    key = re.sub(r"^(?:www\.|m\.|wap\.)", "", key)
    return key.rstrip("/")


def _cases(folder: Path):
    """Every case of the TOML corpora in ``folder``: (file, name, text, source)."""
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("cases", []):
            text = case.get("text") or case.get("source") or ""
            url = case.get("source", "") if str(case.get("source", "")).startswith("http") else case.get("url", "")
            yield path.name, case.get("name", ""), text if isinstance(text, str) else "", url or ""


def tuned_on(root: Path = ROOT) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The URLs and the texts the tool was tuned on: {url key: where}, [(where, plain text)]."""
    urls: dict[str, str] = {}
    texts: list[tuple[str, str]] = []
    real = root / "tests" / "data" / "real"
    for source in sorted(real.glob("*.source.toml")):
        url = tomllib.loads(source.read_text(encoding="utf-8")).get("url", "")
        if url:
            urls[_url_key(url)] = f"tests/data/real/{source.name}"
    for doc in sorted(real.glob("*.txt")):
        texts.append((f"tests/data/real/{doc.name}", _plain(doc.read_text(encoding="utf-8"))))
    for folder in (root / "tests" / "readers", root / "tests" / "checks" / "cases"):
        for file, name, text, url in _cases(folder):
            where = f"{folder.relative_to(root)}/{file}: {name}"
            if url:
                urls[_url_key(url)] = where
            if text:
                texts.append((where, _plain(text)))
    return urls, texts


def overlaps(heldout: Path, window: int = 20, step: int = 5, root: Path = ROOT) -> dict[str, list[str]]:
    """Per held-out stem, what it shares with what the tool was tuned on (empty lists left out)."""
    urls, texts = tuned_on(root)
    found: dict[str, list[str]] = {}
    for doc in sorted(heldout.glob("*.txt")):
        stem = doc.name[:-4]
        shared: list[str] = []
        source = heldout / f"{stem}.source.toml"
        if source.exists():
            url = tomllib.loads(source.read_text(encoding="utf-8")).get("url", "")
            if url and _url_key(url) in urls:
                shared.append(f"url {url} is also {urls[_url_key(url)]}")
        plain = _plain(doc.read_text(encoding="utf-8"))
        seen: set[str] = set()
        for start in range(0, max(len(plain) - window + 1, 1), step):
            piece = plain[start:start + window]
            if len(piece) < window or piece in seen:
                continue
            for where, text in texts:
                if piece in text:
                    seen.add(piece)
                    shared.append(f"「{piece}」 also in {where}")
                    break
        if shared:
            found[stem] = shared
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data" / "heldout"))
    parser.add_argument("--window", type=int, default=20)
    args = parser.parse_args(argv)
    found = overlaps(Path(args.folder), args.window)
    for stem, shared in found.items():
        print(stem)
        for line in shared:
            print(f"    {line}")
    print(f"{len(found)} held-out document(s) share something with what the tool was tuned on")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
