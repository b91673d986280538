"""``python -m benchmarks._launch RESULT.json -- CMD...``: run CMD, write its wall and CPU time and peak RSS.

Linux keeps a process's peak RSS across ``exec``, and a child started by a big
process (fork or vfork) starts from the parent's peak: a command launched
straight from the benchmark, which holds the whole parsed corpus, would report
the benchmark's memory as its own.  Launched from this small process instead,
the command's ``wait4`` rusage is its own (and its children's).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> int:
    result, sep, *cmd = sys.argv[1:]
    assert sep == "--" and cmd, "usage: python -m benchmarks._launch RESULT.json -- CMD..."
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    with open(result, "w", encoding="utf-8") as out:
        json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / scale,
                   "code": code}, out)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
