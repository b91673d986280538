"""``python -m benchmarks.profile {cold,parse,e2e}``: what bounds the figures of ``python -m benchmarks``.

- ``cold``: the start-up ladder (bare interpreter → the import floor → pydantic's BaseModel → typer →
  policy-lint's modules → the LALR tables → ``policy-lint check one.rules``), medians of N runs, and the
  imports of one ``policy-lint check`` run by package (``python -X importtime``, self time summed);
- ``parse``: cProfile of ``build.parse`` over the corpus, top functions by own time;
- ``e2e``: cProfile of ``policy-lint check DIR`` in this process, top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from . import corpus
from .run import ROOT, policy_lint_cmd, run, subprocess_env


def _one_file(directory: Path) -> Path:
    unit = next(u for u in corpus.units() if u.province == "山西省")
    return corpus.write(directory, [unit])[0]


# One cold `policy-lint check FILE`, stage by stage, timed inside a fresh interpreter.
_STAGES = r"""
import sys, time
marks = []
start = time.perf_counter()
def mark(name):
    marks.append((name, time.perf_counter()))
import lark, pydantic; mark("import lark, pydantic (the floor's imports)")
import policy_lint.cli; mark("import policy_lint.cli (console, errors, messages; not typer)")
from policy_lint import engine; mark("import policy_lint.engine (kinds, checks' base, ruleset, models: records)")
from policy_lint import checks; selected = checks.in_scopes("rules"); mark("import the rules checks (not cities', statistics', plans')")
from policy_lint import syntax; syntax.parser(); mark("load the LALR tables (owner-only cache, policy_lint/parser_cache.py)")
from pathlib import Path
from policy_lint.source import read
src = read(Path(sys.argv[1])); mark("read and decode the file (and load the kept patterns)")
from policy_lint.build import parse
rules = parse(src); mark("parse the first document (imports build, syntax)")
ruleset = engine.ruleset_for(rules, None); mark("choose, load and resolve the ruleset")
found = engine.check_rules(rules, ruleset, selected); mark("run the checks")
from policy_lint.render import text as text_out
text_out.render([engine.FileResult(path=src.path, rules=rules, ruleset=ruleset, findings=found, source=src)], "zh")
mark("render the text report")
last = start
for name, t in marks:
    print(f"{name}\t{(t - last) * 1000:.3f}")
    last = t
"""


def cold(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="policy-lint-prof-") as tmp:
        one = _one_file(Path(tmp))
        py = sys.executable
        ladder = [
            ("python -c pass", [py, "-c", "pass"]),
            ("import lark, pydantic (the floor)", [py, "-c", "import lark, pydantic"]),
            ("+ from pydantic import BaseModel", [py, "-c", "import lark; from pydantic import BaseModel"]),
            ("+ import typer", [py, "-c", "import lark, typer; from pydantic import BaseModel"]),
            ("import policy_lint.cli", [py, "-c", "import policy_lint.cli"]),
            ("import engine, the rules checks", [py, "-c", "from policy_lint import engine, checks; "
                                                          "checks.in_scopes('rules')"]),
            ("+ load the LALR tables", [py, "-c", "from policy_lint import engine, checks, syntax; "
                                                  "checks.in_scopes('rules'); syntax.parser()"]),
            ("policy-lint check one.rules", [*policy_lint_cmd(), "check", str(one)]),
        ]
        run(ladder[-1][1])  # the parser cache
        walls: dict[str, list[float]] = {name: [] for name, _ in ladder}
        cpus: dict[str, list[float]] = {name: [] for name, _ in ladder}
        for _ in range(runs):  # interleaved, so that load on the machine hits every rung alike
            for name, cmd in ladder:
                done = run(cmd)
                walls[name].append(done.wall)
                if done.cpu is not None:
                    cpus[name].append(done.cpu)
        floor = statistics.median(walls[ladder[1][0]])
        cpu_floor = statistics.median(cpus[ladder[1][0]]) if cpus[ladder[1][0]] else None
        print(f"start-up ladder, median of {runs} interleaved runs (wall; and CPU, steadier on a loaded machine):")
        for name, _ in ladder:
            m = statistics.median(walls[name])
            cpu = (f"   CPU {statistics.median(cpus[name]) * 1000:5.0f} ms  "
                   f"{statistics.median(cpus[name]) / cpu_floor:5.2f}× floor") if cpu_floor else ""
            print(f"  {name:40} {m * 1000:7.0f} ms  {m / floor:5.2f}× floor{cpu}")

        stages: dict[str, list[float]] = {}
        for _ in range(runs):
            done = subprocess.run([sys.executable, "-c", _STAGES, str(one)], capture_output=True, text=True,
                                  cwd=ROOT, env=subprocess_env(), check=True)
            for line in done.stdout.splitlines():
                name, ms = line.split("\t")
                stages.setdefault(name, []).append(float(ms))
        print(f"\none `policy-lint check one.rules`, stage by stage inside the process (fastest of {runs}):")
        for name, values in stages.items():
            print(f"  {name:58} {min(values):6.1f} ms")
        print(f"  {'total after the interpreter is up':58} {sum(min(v) for v in stages.values()):6.1f} ms")

        env = subprocess_env()
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "policy_lint", "check", str(one)],
                              capture_output=True, text=True, cwd=ROOT, env=env)
        by_package: Counter = Counter()
        modules = 0
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if match:
                modules += 1
                by_package[match.group(4).split(".")[0]] += int(match.group(1))
        total = sum(by_package.values())
        print(f"\nimports of one `policy-lint check` run: {modules} modules, {total / 1000:.0f} ms self time "
              "(python -X importtime; inflated by the measurement), by package:")
        for package, us in by_package.most_common(15):
            print(f"  {package:28} {us / 1000:6.1f} ms")


def _top(profile: cProfile.Profile, limit: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    text = out.getvalue()
    return text[text.index("ncalls"):] if "ncalls" in text else text


def parse(units: int | None, limit: int) -> None:
    from policy_lint.build import parse as build_parse
    from policy_lint.source import Source
    from policy_lint.syntax import parser

    sources = [Source(u.relpath, u.text, "utf-8") for u in corpus.units(units)]
    parser()
    profile = cProfile.Profile()
    profile.enable()
    for source in sources:
        build_parse(source)
    profile.disable()
    print(f"cProfile of build.parse over {len(sources):,} units, by own time:")
    print(_top(profile, limit))


# The pipeline of `policy-lint check`, stage by stage (CPU time), in a fresh interpreter.
_PIPELINE = r"""
import gc, sys, time
from pathlib import Path
if sys.argv[2] == "nogc":
    gc.disable()
from policy_lint import build, checks, engine, source, syntax
from policy_lint.render import text as text_out
every = checks.all_checks()
syntax.parser()
stages = dict.fromkeys(["read and decode", "lark: LALR parse, nodes built inline",
                        "depth limit", "build the model", "choose the ruleset", "run the checks", "render the report"], 0.0)
results = []
clock = time.process_time
paths = sorted(Path(sys.argv[1]).rglob("*.rules"))
for path in paths:
    a = clock(); src = source.read(path, path.as_posix())
    b = clock(); nodes = syntax.parser().parse(src.text)
    c = clock(); syntax._refuse_too_deep(nodes, src)
    d = clock(); rules = build.Builder(src).build(nodes)
    e = clock(); ruleset = engine.ruleset_for(rules, None)
    f = clock(); found = engine.check_rules(rules, ruleset, every)
    g = clock()
    for name, t in zip(stages, (b - a, c - b, d - c, e - d, f - e, g - f)):
        stages[name] += t
    results.append(engine.FileResult(path=src.path, rules=rules, ruleset=ruleset, findings=found, source=src))
a = clock(); text_out.render(results, "zh"); stages["render the report"] += clock() - a
for name, t in stages.items():
    print(f"{name}\t{t}")
"""


def e2e(units: int | None, limit: int) -> None:
    from policy_lint import checks, engine
    from policy_lint.render import text as text_out

    with tempfile.TemporaryDirectory(prefix="policy-lint-prof-") as tmp:
        chosen = corpus.units(units)
        corpus.write(Path(tmp), chosen)
        totals = {}
        for gc_mode in ("gc", "nogc"):
            done = subprocess.run([sys.executable, "-c", _PIPELINE, tmp, gc_mode], capture_output=True, text=True,
                                  cwd=ROOT, env=subprocess_env(), check=True)
            totals[gc_mode] = {n: float(t) for n, t in (line.split("\t") for line in done.stdout.splitlines())}
        whole = sum(totals["gc"].values())
        print(f"`policy-lint check`'s pipeline over {len(chosen):,} units, CPU by stage "
              f"({whole:.2f} s, {whole / len(chosen) * 1000:.2f} ms/unit):")
        for name, t in totals["gc"].items():
            print(f"  {name:38} {t:6.2f} s {100 * t / whole:5.1f} %   without gc: {totals['nogc'][name]:6.2f} s")
        no_gc = sum(totals["nogc"].values())
        print(f"  {'the cyclic garbage collector':38} {whole - no_gc:6.2f} s {100 * (whole - no_gc) / whole:5.1f} %"
              "   (the same run with gc.disable())\n")
        checks.all_checks()
        profile = cProfile.Profile()
        profile.enable()
        results = engine.check_paths([Path(tmp)])
        text_out.render(results, "zh", color=False)
        profile.disable()
    print(f"cProfile of check_paths + render over {len(results):,} files, by own time:")
    print(_top(profile, limit))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("cold", "parse", "e2e"))
    parser.add_argument("--units", type=int, default=None, help="corpus units (default: all)")
    parser.add_argument("--runs", type=int, default=10, help="runs per rung of the start-up ladder")
    parser.add_argument("--top", type=int, default=25, help="functions to show")
    args = parser.parse_args(argv)
    if args.what == "cold":
        from .run import floor_installed

        if not floor_installed():
            return 2
        cold(args.runs)
    elif args.what == "parse":
        parse(args.units, args.top)
    else:
        e2e(args.units, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
