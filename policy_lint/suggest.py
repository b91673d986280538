"""Did-you-mean: the closest known name to a misspelt one."""

from __future__ import annotations

from typing import Iterable


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


#: a name longer than this gets no suggestion (the known names are a few characters long)
MAX_NAME = 64


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate with the fewest edits from ``name`` (ties: the same length, then the longer shared prefix), if close enough.

    Close enough means at most a third of the longer string's characters differ
    (at least one edit is always allowed).
    """
    if len(name) > MAX_NAME:
        return None  # nobody misspells a name into this many characters; the edit distance would be slow
    best: tuple[int, int, int, str] | None = None
    for candidate in dict.fromkeys(candidates):
        allowed = max(1, max(len(name), len(candidate)) // 3)
        if abs(len(name) - len(candidate)) > allowed:
            continue  # the distance is at least the difference in length
        distance = _distance(name, candidate)
        if distance > allowed:
            continue
        prefix = 0
        for x, y in zip(name, candidate):
            if x != y:
                break
            prefix += 1
        rank = (distance, abs(len(name) - len(candidate)), -prefix, candidate)
        if best is None or rank < best:
            best = rank
    return best[3] if best else None
