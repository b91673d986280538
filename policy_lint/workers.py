"""Running one function over many files on several processes, and stopping them all at once.

The workers are forked from the command's process and ignore Ctrl-C: the
command alone handles an interrupt (or ``SIGTERM``), terminates every worker
and exits with one line (130 or 143, see :mod:`policy_lint.cli`).  A worker
whose parent dies (``kill -9``) is killed by the kernel too (Linux
``PR_SET_PDEATHSIG``), so no worker outlives the command.  The number of
processes is capped by the files to check and by the open-file limit (each
worker holds a few pipes).

Without ``--jobs``, a batch uses every core only when it is big enough to repay starting the workers
(:func:`default_jobs`): a pool costs 20–70 ms of wall time to start and stop on this project's 2-core
machine, and checking costs about 0.4 ms per kB of rules, so a batch under ``AUTO_MIN_BYTES``
(512 kB, about 90 county files) or under ``AUTO_MIN_FILES`` files runs in the command's own process.
``python -m benchmarks.costs --only batch`` prints a 10-file batch's time with the default and with
``--jobs 1`` side by side.
"""

from __future__ import annotations

import os
import signal
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: file descriptors a worker costs the parent (its pipes and sentinel), with room to spare
FDS_PER_WORKER = 4
#: descriptors kept for everything else the command opens (its inputs, output, the terminal)
FDS_RESERVED = 64


#: without --jobs, a batch smaller than this (in bytes, summed over its files) runs in one process
AUTO_MIN_BYTES = 512 * 1024
#: ... and so does a batch of fewer files than this (whatever their size)
AUTO_MIN_FILES = 8


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def default_jobs(paths: Iterable[os.PathLike | str]) -> int:
    """The processes for a batch of ``paths`` when ``--jobs`` is not given: the cores, or 1 for a small batch.

    A file that cannot be looked at counts as empty (its reader reports it).
    """
    count = size = 0
    for path in paths:
        count += 1
        try:
            size += os.stat(path).st_size
        except (OSError, ValueError):
            pass
    if count < AUTO_MIN_FILES or size < AUTO_MIN_BYTES:
        return 1
    return cores()


def cap(jobs: int, items: int) -> int:
    """``jobs`` limited to the number of ``items`` and to what the open-file limit allows (at least 1)."""
    allowed = min(jobs, items)
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):  # pragma: no cover - not POSIX
        return max(1, allowed)
    if soft != resource.RLIM_INFINITY:
        allowed = min(allowed, (soft - FDS_RESERVED) // FDS_PER_WORKER)
    return max(1, allowed)


def _die_with(parent: int) -> None:
    """In a worker: ignore Ctrl-C (the parent handles it) and die when the parent does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def imap(func: Callable[[T], R], work: list[T], jobs: int, progress: Callable[[], None] | None = None,
         chunksize: int = 1) -> Iterable[R]:
    """``func`` over ``work`` on ``jobs`` processes, results in order; every worker stopped on any exit."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = context.Pool(processes=jobs, initializer=_die_with, initargs=(os.getpid(),))
    try:
        for result in pool.imap(func, work, chunksize=chunksize):
            if progress:
                progress()
            yield result
        pool.close()
    except BaseException:  # an interrupt, SIGTERM (see cli.main) or an error: no worker is left running
        pool.terminate()
        raise
    finally:
        pool.join()
