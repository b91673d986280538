"""``python -m benchmarks.e2e --jobs N PATH...``: ``policy-lint check``'s pipeline over N processes.

Used by the benchmark for the multi-process end-to-end figure while the CLI has
no ``--jobs`` of its own (when it has, the benchmark runs the CLI instead).  The
pipeline is the CLI's: discover the files, ``engine.check_file`` each one (read,
decode, parse, choose the ruleset, run every check), render the text report of
all results in input order, write it to stdout; exit 0/1/2 as the CLI does.
Files are handed out in chunks to a ``multiprocessing.Pool``; the results come
back pickled (without the parsed model) to the parent, which renders them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import resource
import sys
from pathlib import Path


def _check(item: tuple[str, str]):
    from policy_lint import engine

    path, display = item
    result = engine.check_file(Path(path), display)
    # The parsed model cannot cross a process boundary: pickle finds no class
    # ``policy_lint.models.Value[str]`` (pydantic's parametrised generics), and the
    # report does not need it.  Findings, source text and ruleset travel fine.
    return dataclasses.replace(result, rules=None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.e2e")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)

    from policy_lint import checks, engine
    from policy_lint.render import text as text_out

    checks.all_checks()  # import every check before the workers fork
    files = [(str(path), display) for path, display in engine.discover(args.paths)]
    if args.jobs <= 1:
        results = [_check(item) for item in files]
    else:
        chunksize = max(1, len(files) // (args.jobs * 16))
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(_check, files, chunksize=chunksize)
    sys.stdout.write(text_out.render(results, "zh", color=False))
    sys.stdout.flush()
    stats = os.environ.get("POLICY_LINT_BENCH_STATS")
    if stats:  # CPU of this process and of its workers, for the benchmark's idle-machine estimate
        own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(stats, "w", encoding="utf-8") as out:
            json.dump({"parent_cpu": own.ru_utime + own.ru_stime, "workers_cpu": workers.ru_utime + workers.ru_stime,
                       "jobs": args.jobs}, out)
    if any(r.error is not None for r in results):
        return 2
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
