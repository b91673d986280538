"""Whether a rule dated after the national baseline binds a draft whose year cannot be read."""

from __future__ import annotations

import datetime as dt

from ..models import Rules
from ..ruleset import ResolvedParameter

#: the national baseline: the residence-permit regulation (国务院令第663号) in force; every bundled rule dated
#: later (教基厅〔2022〕1号, from 2022-04-01) may postdate a draft whose year is not written
BASELINE = dt.date(2016, 1, 1)


def binds(rules: Rules, parameter: ResolvedParameter | None) -> bool:
    """Whether ``parameter`` can be said to bind ``rules``: always when their year is written (the ruleset was
    resolved for it); for a draft of unknown year only a rule in force from the baseline.  A later rule (the
    ban on asking parents' income, points that must admit permit holders, both from 2022-04-01) is then left
    to the reviewer, who knows the year: the draft may be older than the rule."""
    if parameter is None:
        return False
    return rules.metadata.year is not None or parameter.effective <= BASELINE
