"""Running one function over many files on several processes, and stopping them all at once.

The workers are forked from the command's process and ignore Ctrl-C: the
command alone handles an interrupt (or ``SIGTERM``), terminates every worker
and exits with one line (130 or 143, see :mod:`policy_lint.cli`).  A worker
whose parent dies (``kill -9``) is killed by the kernel too (Linux
``PR_SET_PDEATHSIG``), so no worker outlives the command.  The number of
processes is capped by the files to check and by the open-file limit (each
worker holds a few pipes).

``--jobs N`` is N processes at work, the command's own among them: it takes items from the same
counter as its ``N - 1`` forked workers, so on a machine whose other work leaves this command no
second core the command does most of the items itself, with no result to pickle; and when its own
share of a core drops below :data:`SHARE_THAT_PAYS` while its workers run, they stop taking items and it
finishes alone, so a batch at ``--jobs 2`` costs about what it costs at ``--jobs 1``.  With a core
free, the processes share the work.

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
import time
from typing import Callable, Iterable, Iterator, TypeVar

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


#: while the workers run, the command's own process must get at least this share of a core (CPU time over
#: wall time, over a chunk of at least JUDGED_AFTER seconds) for the workers to go on taking items: less
#: means the machine gives this command no second core (other work holds them; on Linux with
#: autogroup scheduling a session's processes share one session's share), so a worker only adds its
#: results' pickling and the command's own items wait for its share
SHARE_THAT_PAYS = 0.7
JUDGED_AFTER = 0.02


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
         chunksize: int = 1, local: Callable[[T], R] | None = None) -> Iterator[R]:
    """``func`` over ``work`` on ``jobs`` processes, this one included, results in order; every worker
    stopped on any exit.

    The command's own process works too (``local``, default ``func``: its results need no pickling), and
    ``jobs - 1`` forked workers run ``func``: each process takes the next ``chunksize`` items when it is
    free (a counter they share), so a process that gets less of the machine simply takes fewer.  The
    items are not sent to the workers (they have them from the fork); each chunk's results come back
    through the worker's pipe, read as they arrive.  When this process has nothing left to take, it does
    the next item not sent back yet itself (whichever finishes first wins; the workers are then
    stopped), so a starved or killed worker never holds the batch up.  When this process gets less
    than :data:`SHARE_THAT_PAYS` of a core while the workers run, they take no more chunks and it does
    the rest itself: the report is the same either way.
    """
    count = len(work)
    local = local or func
    if jobs <= 1 or count <= 1:
        for item in work:
            result = local(item)
            if progress:
                progress()
            yield result
        return
    import multiprocessing
    import pickle
    import queue
    import threading

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunksize = max(1, chunksize)
    # the first chunk here, before forking: the workers inherit what it loaded (the parser's tables and
    # scanners, the rulesets, the checks' patterns) instead of each loading it again
    first_chunk = min(chunksize, count)
    done: dict[int, R] = {index: local(work[index]) for index in range(first_chunk)}
    counter = context.RawValue("q", first_chunk)
    limit = context.RawValue("q", count)  # the workers take no item from here on (see SHARE_THAT_PAYS)
    lock = context.Lock()
    readers, processes = [], []
    import gc

    # what exists now stays out of the collector's sight in every process until the workers are done: a
    # worker's collections would otherwise touch every object inherited from this process, copying
    # each page it is on (copy-on-write), and so would this process's
    gc.freeze()
    try:
        for _ in range(jobs - 1):
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(func, work, counter, limit, lock, chunksize, writer,
                                                                  os.getpid()),
                                      daemon=True)
            process.start()
            writer.close()
            readers.append(reader)
            processes.append(process)
        inbox: queue.SimpleQueue = queue.SimpleQueue()
        thread = threading.Thread(target=_receive, args=(list(readers), inbox), daemon=True)
        thread.start()

        def claim() -> range:
            with lock:
                first = counter.value
                counter.value = first + chunksize
            return range(first, min(first + chunksize, count))

        failed: list[BaseException] = []
        position = 0

        def take(data) -> None:
            if data is None:
                return
            first, results, error = pickle.loads(data)
            if error is not None:
                failed.append(error)
            for offset, result in enumerate(results):
                if first + offset >= position:  # not one this process did itself meanwhile (see below)
                    done.setdefault(first + offset, result)

        while True:
            while not inbox.empty():
                take(inbox.get())
            if failed:
                raise failed[0]
            while position in done:
                if progress:
                    progress()
                yield done.pop(position)
                position += 1
            mine = claim()
            if not mine:
                break
            wall, cpu = time.perf_counter(), time.process_time()
            for index in mine:
                done[index] = local(work[index])
            wall = time.perf_counter() - wall
            if wall >= JUDGED_AFTER and (time.process_time() - cpu) / wall < SHARE_THAT_PAYS:
                with lock:  # no core of its own beside the workers: the rest is done here, without them
                    limit.value = min(limit.value, counter.value)
        while position < count:
            if position in done:
                if progress:
                    progress()
                yield done.pop(position)
                position += 1
                continue
            try:
                take(inbox.get_nowait())
            except queue.Empty:
                # the next item is in a worker's chunk not sent yet: rather than wait for a worker the machine
                # may be starving, do it here too (the same result, whichever comes first); an item no worker
                # will send (a worker was killed) is done here as well
                done[position] = local(work[position])
            if failed:
                raise failed[0]
        for process in processes:  # what they are still doing is done already
            if process.is_alive():
                process.terminate()
    except BaseException:  # an interrupt, SIGTERM (see cli.main) or an error: no worker is left running
        for process in processes:
            if process.is_alive():
                process.terminate()
        raise
    finally:
        for process in processes:
            process.join()
        for reader in readers:
            reader.close()
        gc.unfreeze()


def _receive(readers: list, inbox) -> None:
    """In the command's process: every worker's messages into ``inbox``, as they arrive, until all have ended."""
    from multiprocessing.connection import wait

    while readers:
        for reader in wait(readers):
            try:
                inbox.put(reader.recv_bytes())
            except (EOFError, OSError):
                readers.remove(reader)


def _work(func, work, counter, limit, lock, chunksize: int, writer, parent: int) -> None:
    """A worker: take the next chunk of ``work`` while there is one, send back its results."""
    import pickle

    _die_with(parent)
    count = len(work)
    try:
        while True:
            with lock:
                first = counter.value
                if first >= min(count, limit.value):
                    break
                counter.value = first + chunksize
            results: list = []
            error = None
            try:
                for index in range(first, min(first + chunksize, count)):
                    results.append(func(work[index]))
            except Exception as exc:  # the command raises it, as a pool does; one file's trouble is func's own
                error = exc
            try:
                data = pickle.dumps((first, results, error), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # a result or an error that does not pickle
                data = pickle.dumps((first, [], RuntimeError(f"{type(exc).__name__}: {exc}")))
                error = exc
            writer.send_bytes(data)
            if error is not None:
                break
    finally:
        writer.close()
