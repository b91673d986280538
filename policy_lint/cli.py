"""The command line's entry point: ``policy-lint`` runs :func:`main`.

An ordinary ``policy-lint check …`` goes straight to :func:`policy_lint.console.run_check`, its
arguments read by :func:`policy_lint.console.read_check_args`, and an ordinary ``policy-lint review
CITY …`` to :func:`policy_lint.reports.run_review` (:func:`policy_lint.console.read_review_args`); every other command, ``--help``,
``--version`` and any argument that fast path does not read exactly as typer would are handed to
the typer app (:mod:`policy_lint.commands`), which is built only then.  Either way the output, the
messages and the exit code are the same; the fast path saves building typer and click at start-up.

``policy_lint.cli.app`` (and the other names of :mod:`policy_lint.commands`) still resolve here,
on first use.
"""

from __future__ import annotations

import sys

from .console import _silence_stdout, read_check_args, read_review_args, run_check


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    from . import commands

    try:
        return getattr(commands, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM, raised by the signal handler that :func:`main` installs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _interrupted(signum, frame) -> None:
    import signal

    for each in (signal.SIGINT, signal.SIGTERM):  # a second Ctrl-C while stopping changes nothing
        signal.signal(each, signal.SIG_IGN)
    raise Interrupted(signum)


#: the cyclic collector's thresholds for every command (see main); benchmarks/ parses and checks under them too
GC_THRESHOLD = (20_000, 10, 10)


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    import gc

    # A batch allocates many small, long-lived model objects; collecting the young generation
    # less often cut CPU per file by about a quarter in benchmarks/ (see its README).
    gc.set_threshold(*GC_THRESHOLD)
    import signal

    # Ctrl-C and SIGTERM raise Interrupted (not KeyboardInterrupt, which click would turn into
    # "Aborted!" and exit 1): the worker pool terminates its workers on the way out.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupted)
    try:
        _run(sys.argv[1:])
    except SystemExit:
        raise
    except (Interrupted, KeyboardInterrupt) as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        _silence_stdout()  # a report half-written to a pipe is not finished now
        sys.stderr.write("已中断，未完成 / interrupted, not finished\n" if signum == signal.SIGINT
                         else "已终止，未完成 / terminated, not finished\n")
        raise SystemExit(128 + signum)
    except Exception as exc:  # pragma: no cover - the last line of defence
        sys.stderr.write(
            f"policy-lint 内部错误 / internal error: {type(exc).__name__}: {exc}\n"
            "请把命令和输入文件报告给维护者 / please report the command and input to the maintainers.\n"
        )
        raise SystemExit(2)


def _run(args: list[str]) -> None:
    """``check`` and ``review`` on the fast path when their arguments allow, else the typer app."""
    command = run_check
    if args[:1] == ["check"]:
        found = read_check_args(args[1:])
    elif args[:1] == ["review"]:
        from .reports import run_review

        found, command = read_review_args(args[1:]), run_review
    else:
        found = None
    if found is None:
        from .commands import app

        app()
        return
    try:
        command(**found)
    except KeyboardInterrupt:  # as click ends a command interrupted before main's handler was in place
        raise SystemExit(130) from None
    except EOFError:  # as click ends a command that met the end of its input
        sys.stderr.write("\n")
        sys.stderr.write("Aborted!\n")
        raise SystemExit(1) from None
    except OSError as exc:  # as click ends a command whose output pipe was closed
        import errno

        if exc.errno != errno.EPIPE:
            raise
        _pacify_pipes()
        raise SystemExit(1) from None


def _pacify_pipes() -> None:
    """What click does on a closed pipe: later flushes of stdout and stderr ignore EPIPE."""
    try:
        from typer._click.utils import PacifyFlushWrapper
    except ImportError:  # pragma: no cover - a typer that uses click itself
        from click.utils import PacifyFlushWrapper
    sys.stdout = PacifyFlushWrapper(sys.stdout)
    sys.stderr = PacifyFlushWrapper(sys.stderr)
