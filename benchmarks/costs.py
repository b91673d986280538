"""``python -m benchmarks.costs``: costs that grew wrong (issue 11), each side by side with its reference.

- **review / check**: ``policy-lint review CITY`` against ``policy-lint check`` of the same files, for a
  city listing 400 and 800 county units of which half filed no rules (reference: at most 1.5×);
- **audit, 2 processes / 1**: ``policy-lint audit`` of a province of 20 cities × 15 counties at
  ``--jobs 2`` against ``--jobs 1`` (reference: at most 1×, i.e. never slower);
- **a small batch**: ``policy-lint check`` of 10 files with the default ``--jobs`` against ``--jobs 1``
  (reference: at most 1×);
- **Word drafts in one process**: the peak RSS of ``policy-lint check --jobs 1`` over 112 generated
  .docx drafts (reference: under 120 MB).

Every command runs as a subprocess through ``benchmarks._launch`` (its own ``wait4`` rusage: CPU and
peak RSS), the two sides of a ratio interleaved, ``--runs`` times each (default 5), and the medians
are compared: on a shared machine the load changes between runs, and interleaving spreads it over
both sides.  Ratios are of CPU seconds (the command and its workers) for review and check, and of
wall seconds where processes run in parallel (audit, the small batch), which is what a user waits
for.  It is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from . import corpus
from .run import load, policy_lint_cmd, run

ROOT = Path(__file__).resolve().parent.parent
#: two medians of the same work differ by a few per cent on a shared machine: "never slower" allows this much
NOISE = 0.05
NEVER_SLOWER = f"≤ 1× (never slower; {NOISE:.0%} for noise)"

CITY_TOML = """[city]
name = "{city}"
province = "{province}"
year = 2021
units = [
{units}]
"""

PROVINCE_TOML = """[province]
name = "{province}"
year = 2021
cities = [{cities}]
"""


def _unit_names(count: int, prefix: str = "") -> list[str]:
    stems = "东南西北中上下前后左右新古安平宁和兴永长"
    names = []
    for i in range(count):
        a, b = divmod(i, len(stems))
        names.append(f"{prefix}{stems[a % len(stems)]}{stems[b]}{i}县")
    return names


def write_city(directory: Path, province: str, city: str, names: list[str], filed: int) -> list[Path]:
    """A city folder: city.toml listing ``names``, and rules for the first ``filed`` of them."""
    directory.mkdir(parents=True, exist_ok=True)
    listed = "".join(f'  "{name}",\n' for name in names)
    (directory / "city.toml").write_text(CITY_TOML.format(city=city, province=province, units=listed),
                                         encoding="utf-8")
    paths = []
    for index, name in enumerate(names[:filed]):
        unit = corpus.Unit(province, city, name, index)
        path = directory / f"{name}.rules"
        path.write_text(unit.text, encoding="utf-8")
        paths.append(path)
    return paths


def interleaved(commands: dict[str, list[str]], runs: int, ok=(0, 1, 2)) -> dict[str, dict[str, float]]:
    """Each command ``runs`` times, taking turns; the medians of wall, CPU and peak RSS."""
    seen: dict[str, list] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            seen[name].append(run(cmd, ok=ok))
    return {name: {"wall": statistics.median(r.wall for r in got), "cpu": statistics.median(r.cpu for r in got),
                   "rss": max(r.rss_mb for r in got)} for name, got in seen.items()}


def review_vs_check(folder: Path, counties: int, runs: int) -> tuple[str, ...]:
    city = folder / f"city-{counties}"
    write_city(city, "山西省", "晋城市", _unit_names(counties), counties // 2)
    cmd = policy_lint_cmd()
    got = interleaved({"review": [*cmd, "review", "--jobs", "1", str(city)],
                       "check": [*cmd, "check", "--jobs", "1", str(city)]}, runs)
    ratio = got["review"]["cpu"] / got["check"]["cpu"]
    return (f"review / check, a city of {counties:,} units, half with no rules (CPU, 1 process)",
            f"{got['review']['cpu']:.2f} s / {got['check']['cpu']:.2f} s = {ratio:.2f}×", "≤ 1.5×",
            "PASS" if ratio <= 1.5 else "MISS")


def audit_jobs(folder: Path, runs: int, cities: int = 20, counties: int = 15) -> tuple[str, ...]:
    province = folder / "province"
    names = [f"{_unit_names(1, prefix=chr(0x4e00 + 7 * i))[0][:-2]}市" for i in range(cities)]
    for i, name in enumerate(names):
        write_city(province / name, "山西省", name, _unit_names(counties, prefix=name[:1]), counties)
    (province / "province.toml").write_text(
        PROVINCE_TOML.format(province="山西省", cities=", ".join(f'"{n}"' for n in names)), encoding="utf-8")
    cmd = policy_lint_cmd()
    got = interleaved({"2": [*cmd, "audit", "--jobs", "2", str(province)],
                       "1": [*cmd, "audit", "--jobs", "1", str(province)]}, runs)
    ratio = got["2"]["wall"] / got["1"]["wall"]
    return (f"audit of {cities} cities × {counties} counties ({_kb(province)} kB), --jobs 2 / --jobs 1 (wall)",
            f"{got['2']['wall']:.2f} s / {got['1']['wall']:.2f} s = {ratio:.2f}×", NEVER_SLOWER,
            "PASS" if ratio <= 1 + NOISE else "MISS")


def small_batch(folder: Path, runs: int, files: int = 10) -> tuple[str, ...]:
    batch = folder / f"batch-{files}"
    batch.mkdir()
    chosen = corpus.units(files)
    corpus.write(batch, chosen)
    cmd = policy_lint_cmd()
    got = interleaved({"default": [*cmd, "check", str(batch)], "1": [*cmd, "check", "--jobs", "1", str(batch)]},
                      runs)
    ratio = got["default"]["wall"] / got["1"]["wall"]
    from policy_lint.workers import cores, default_jobs

    chosen = default_jobs(sorted(batch.rglob("*.rules")))
    return (f"check {files} files ({_kb(batch)} kB), default --jobs ({cores()} cores: runs {chosen}) / --jobs 1 (wall)",
            f"{got['default']['wall'] * 1000:.0f} ms / {got['1']['wall'] * 1000:.0f} ms = {ratio:.2f}×",
            NEVER_SLOWER, "PASS" if ratio <= 1 + NOISE else "MISS")


def _kb(folder: Path) -> str:
    return f"{sum(p.stat().st_size for p in folder.rglob('*') if p.is_file()) / 1024:,.0f}"


def drafts_memory(folder: Path, runs: int, count: int = 112) -> tuple[str, ...]:
    """``count`` .docx drafts built by the tests' generator from the sample drafts' texts, in turn."""
    sys.path.insert(0, str(ROOT))
    from tests.docx_files import docx_bytes, p

    texts = sorted((ROOT / "samples" / "drafts").glob("*.txt"))
    drafts = folder / "drafts"
    drafts.mkdir()
    paths = []
    for index in range(count):
        source = texts[index % len(texts)]
        lines = source.read_text(encoding="utf-8").splitlines()
        body = "".join(p(line.replace("\t", " ")) for line in lines)
        paths.append(drafts / f"{index:03d}-{source.stem}.docx")
        paths[-1].write_bytes(docx_bytes(body, head=False))
    cmd = policy_lint_cmd()  # drafts are checked when named (a folder's drafts are not collected)
    got = interleaved({"docx": [*cmd, "check", "--jobs", "1", *map(str, paths)]}, runs)["docx"]
    return (f"check {count} Word drafts (.docx), 1 process: peak RSS (the largest of {runs} runs)",
            f"{got['rss']:.0f} MB (CPU {got['cpu']:.2f} s)", "< 120 MB", "PASS" if got["rss"] < 120 else "MISS")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.costs", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs of each side (medians)")
    parser.add_argument("--only", choices=("review", "audit", "batch", "drafts"), action="append",
                        help="run only these measures (repeatable)")
    args = parser.parse_args(argv)
    only = set(args.only or ("review", "audit", "batch", "drafts"))
    print(f"load average at start: {load()}; medians of {args.runs} interleaved runs per side")
    rows = []
    with tempfile.TemporaryDirectory(prefix="policy-lint-costs-") as tmp:
        folder = Path(tmp)
        if "review" in only:
            rows += [review_vs_check(folder, n, args.runs) for n in (400, 800)]
        if "audit" in only:
            rows.append(audit_jobs(folder, args.runs))
        if "batch" in only:
            rows.append(small_batch(folder, args.runs))
        if "drafts" in only:
            rows.append(drafts_memory(folder, args.runs))
    print("\n| measure | result | reference | status |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\n(load average at the end: {load()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
