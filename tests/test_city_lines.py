"""city.toml's unit lines found in one pass give the lines the per-unit search gives (policy_lint.city)."""

from __future__ import annotations

import random

from policy_lint.city import _line_of, _lines_of, _listed_lines


def test_one_pass_finds_each_unit_where_the_search_for_it_does():
    rng = random.Random(20261203)
    pieces = ['"a"', '"b"', '"县"', "#", "\n", "units = [", "units=", "cities = [", " ", ",", "]", "a", "「", '"']
    for _ in range(2000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        needles = ['"a"', '"b"', '"县"', "a", '"', '", "', "units"]
        for after in ("units", "cities"):
            found = _lines_of(source, needles, after)
            assert found == {n: _line_of(source, n, after) for n in needles}, source


def test_a_city_listing_many_units_gets_each_units_own_line():
    names = tuple(f"县{i}" for i in range(300))
    source = "[city]\n# units = [\"县7\"] in a comment\nunits = [\n" + "".join(f'  "{n}",  # {n}\n' for n in names) + "]\n"
    lines = _listed_lines(source, names, "units")
    assert lines == {n: 4 + i for i, n in enumerate(names)}
    assert _listed_lines(source, ("不在",), "units") == {"不在": 1}
