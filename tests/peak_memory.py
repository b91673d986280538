"""The peak memory of a test's child process, measured from inside it (its script starts with PEAK_MB)."""

from __future__ import annotations

#: prepend to a child's ``python -c`` script, then print ``peak_mb()``
PEAK_MB = '''
def peak_mb():
    """This process's own peak resident memory in MB: VmHWM, which starts afresh at exec.

    Not ru_maxrss: Linux carries the peak of the process that started this one across exec (Python
    starts children with vfork), so a test run that has grown past a limit would fail a reader that
    stayed well under it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
'''
