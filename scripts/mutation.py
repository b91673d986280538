"""Mutation testing of the core modules with mutmut 3, plus hand-made changes to module-level tables.

mutmut changes the code inside functions one small edit at a time (``<`` for ``<=``, ``break`` for
``continue``, a string for another, ...) and runs the tests that reach the function; a change no test
notices *survives* and marks an edge the suite does not guard.  mutmut does not change module-level
code (regexes, vocabularies, tables), so :data:`TABLE_MUTATIONS` lists such changes by hand; each is
applied to a copy of the source alone and the suite run against it.

    pip install -e '.[test,mutation]'
    python scripts/mutation.py values statistics       # two modules, one after the other
    python scripts/mutation.py --checks                # every module under policy_lint/checks/
    python scripts/mutation.py --all                   # values, statistics, build, every check module
    python scripts/mutation.py --tables                # the hand-made table mutations only
    python scripts/mutation.py --regressions           # issue 15's nine regressions, each against its named test
    python scripts/mutation.py --ci                    # the short subset: the regressions and the tables (minutes)
    python scripts/mutation.py --report                # the scores so far, from the cache, nothing run
    python scripts/mutation.py --survivors values      # the diff of each surviving mutant of values.py
    python scripts/mutation.py --unsettled values      # after adding tests: only the mutants not yet killed
    python scripts/mutation.py --focused checks/statistics/repeated_row   # only the tests of that check: minutes
    python scripts/mutation.py --focused build         # build.py against BUILD_FOCUSED: about an hour at one process

It is not part of CI: a module takes minutes to tens of minutes (values.py is reached by almost every
test).  The run is polite on a shared machine: ``nice -n 19`` and one test process at a time
(``--max-children 1``); ``--children N`` allows more.

Where it runs: a scratch copy of the working tree (tracked and untracked, not ignored, files) under
``$TMPDIR/policy-lint-mutation`` (``--work DIR`` to move it), so the working tree is never touched and
mutmut's ``mutants/`` directory never lands in it.  Results are kept there between runs (``--report``
reads them); a module named again is run again in full, against the tests as they are now.

The settings that make mutmut work on this suite (in the scratch copy's pyproject.toml):

- ``disable_test_id_escaping_and_forfeit_all_rights_to_community_support``: many test ids hold Chinese text
  (``test_duration_in_months[二十四个月-24]``).  pytest escapes them by default (``[\\u4e8c...]``), and
  the ids mutmut recorded then do not select the same tests when it runs them for a mutant, so a first
  run scores nearly every mutant as killed.  With the option the ids are the text as written.
- ``--snapshot-warn-unused``: mutmut runs only the tests that reach the mutated function, and syrupy fails
  a run that leaves snapshots unused, which would score the mutant killed (and stops mutmut's test
  listing outright: "Failed to collect list of tests").
- ``CI=1`` in the environment: the hypothesis tests run derandomised (tests/conftest.py), so a mutant is
  killed or not the same way every run.
- The tests run (:data:`SELECTION`) are the unit-level ones; a mutant only an end-to-end test would
  notice counts as surviving (the score can only be lower than the whole suite's).

``--focused`` (check modules only) runs a module's mutants against the tests aimed at it rather than all
of :data:`SELECTION`: the TOML cases and documented examples of its check (of the checks that import it,
for a helper such as ``_text.py``), and the files of :data:`SELECTION` that name its code or import it
(tests/checks/test_<module>.py, tests/test_samples.py for the checks it names, ...).  A check module
then takes minutes, not the hour that the stats collection and the slower shared tests cost;
the score can only be lower than against the whole selection.  Each focused module has a work directory of
its own (``--work``/focused/<module>): mutmut drops every result when its test selection changes.
``--report`` reads a module's focused results when there are any.

Equivalent mutants (a change no input can tell from the original) are listed in
``scripts/mutation_equivalent.toml`` with the reason each is equivalent; they are excluded from the
score.  One listed there that no longer exists or is now killed is reported, so the list cannot rot.
The scores go in tests/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT = ROOT / "scripts" / "mutation_equivalent.toml"
CORE = ("values", "statistics", "build")

#: the tests a mutant is run against: the unit-level ones, which name the edge they guard and run in
#: seconds (the whole suite is tens of times slower, and on a shared machine a run of it per surviving
#: mutant does not fit in an afternoon).  A mutant that only an end-to-end test (snapshots, the CLI, the
#: browser) would notice counts as surviving, so the score is if anything lower than the whole suite's.
SELECTION = (
    "tests/test_values.py",
    "tests/test_statistics.py",
    "tests/test_statistics_advice.py",  # the likely typo named by PL701/PL702 (StatsTable.likely_typos)
    "tests/checks",  # every check's TOML cases, its documented examples, and the checks' unit tests
    "tests/test_attacks_text.py",
    "tests/test_samples.py",
    "tests/test_parse_errors.py",
    "tests/test_plans.py",
)

PYTEST_ARGS = [
    "-o", "disable_test_id_escaping_and_forfeit_all_rights_to_community_support=true",
    "-p", "no:cacheprovider",
    # mutmut runs only the tests that reach the mutated function: syrupy must not fail the run (and so "kill"
    # every mutant) because the snapshots of the tests not run went unused
    "--snapshot-warn-unused",
    "-W", "ignore::DeprecationWarning",
]


@dataclass(frozen=True)
class TableMutation:
    """A change to a module-level table or regex, which mutmut does not make."""

    path: str
    old: str  # must occur exactly once in the file
    new: str
    what: str  # the regression it stands for
    equivalent: str = ""  # why no input can tell it from the original, when none can (excluded from the score)


TABLE_MUTATIONS = (
    # values.py
    TableMutation("policy_lint/values.py", '"两": 2, ', "", "两 no longer a digit (两年, 两个月)"),
    TableMutation("policy_lint/values.py", '"九": 9,\n', '"九": 8,\n', "九 read as 8"),
    TableMutation("policy_lint/values.py", '"拾": 10, ', "", "the financial 拾 no longer a unit (壹拾贰)"),
    TableMutation("policy_lint/values.py", '"佰": 100, ', "", "the financial 佰 no longer a unit (壹佰)"),
    TableMutation("policy_lint/values.py", '"千": 1000, ', "", "千 no longer a unit"),
    TableMutation("policy_lint/values.py", '＊]|乘以?)\\s*$")', '＊])\\s*$")', "乘 no longer a multiplier before a duration"),
    TableMutation("policy_lint/values.py", '"０１２３４５６７８９．－～／", "0123456789.-~/"',
                  '"０１２３４５６７８９．－／", "0123456789.-/"', "the full-width ～ no longer folded",
                  equivalent="_RANGE_SEP lists ～ itself, and no other pattern reads a ~"),
    TableMutation("policy_lint/values.py", "|—+|–|－|-|~|～|〜)", "|—+|–|－|-|~)", "～ and 〜 no longer separate a range"),
    TableMutation("policy_lint/values.py", '(?:以上|及以上|\\(含\\)|（含）)?', '(?:以上|\\(含\\)|（含）)?',
                  "及以上 no longer part of the phrase"),
    TableMutation("policy_lint/values.py", "DAYS_PER_MONTH = 31", "DAYS_PER_MONTH = 30", "a month of 30 days"),
    TableMutation("policy_lint/values.py", "MAX_DIGITS = 12", "MAX_DIGITS = 4", "long numbers refused"),
    TableMutation("policy_lint/values.py", '_CUE = r"满|连续|累计|超过|不少于|不低于|不满"',
                  '_CUE = r"满|连续|累计|超过|不少于|不满"', "不低于 no longer a cue (不低于15日)"),
    TableMutation("policy_lint/values.py", '满(?!足|意|员|额|分|后|时|前|的|[，。；、,;\\s]|$)',
                  '满(?!足|意|员|额|分|后|时|前|[，。；、,;\\s]|$)', "满的 read as announcing a duration"),
    TableMutation("policy_lint/values.py", 'r"(?P<m>\\d{1,2})[./-](?P<d>\\d{1,2})"', 'r"(?P<m>\\d{1,2})[./](?P<d>\\d{1,2})"',
                  "M-D dates no longer read"),
    TableMutation("policy_lint/values.py", 'r"(?P<y>\\d{4})[-./](?P<m>', 'r"(?P<y>\\d{4})[-.](?P<m>',
                  "YYYY/M/D dates no longer read"),
    TableMutation("policy_lint/values.py", "(?:起|以来|之前|以前|前|之后|以后|后)", "(?:起|之前|以前|前|之后|以后|后)",
                  "2020年以来 no longer a date where a length is expected"),
    # statistics.py
    TableMutation("policy_lint/statistics.py", 'TOTAL_NAMES = ("合计", "全省", "总计", "全市")',
                  'TOTAL_NAMES = ("合计", "总计", "全市")', "全省 no longer a total row"),
    TableMutation("policy_lint/statistics.py", 'DELIMITERS = (",", "\\t", ";", "，")', 'DELIMITERS = (",", "\\t", ";")',
                  "a table separated by full-width commas no longer read"),
    TableMutation("policy_lint/statistics.py", "MAX_DIGITS = 9", "MAX_DIGITS = 5", "a province's six-digit count refused"),
    TableMutation("policy_lint/statistics.py", "MAX_PLACES = 6", "MAX_PLACES = 2", "97.601% refused"),
    TableMutation("policy_lint/statistics.py", '_DELIMITER_NAMES = {",": "comma", "\\t": "tab", ";": "semicolon", "，": "fullwidth"}',
                  '_DELIMITER_NAMES = {",": "comma", "\\t": "semicolon", ";": "tab", "，": "fullwidth"}',
                  "a tab named a semicolon in the message"),
)


@dataclass(frozen=True)
class Regression:
    """One of issue 15's nine regressions, put back by hand: the named test must fail on it."""

    item: str  # the number for it (2a, 2b: one item, several changes)
    path: str
    old: str  # must occur exactly once in the file
    new: str
    what: str
    tests: tuple[str, ...]  # the test (or tests) named for it in tests/README.md


_PL201 = "policy_lint/checks/certificates/banned_certificate.py"
_CASE = "tests/checks/test_cases.py::test_case[PL201: a banned certificate after a harmless one in the same condition is still reported at its name]"
_STATS, _VALUES = "tests/test_statistics.py::", "tests/test_values.py::"

REGRESSIONS = (
    Regression("1", _PL201, "        if not known or name not in banned:\n            continue",
               "        if not known or name not in banned:\n            break",
               "PL201 stops at the first harmless item of a condition", (_CASE,)),
    Regression("2a", _PL201, "        if exact:\n", "        if True:\n",
               "a condition over several lines placed by its text's offsets",
               ("tests/checks/test_banned_certificate.py::test_a_condition_over_several_lines_is_reported_at_its_start",)),
    Regression("2b", _PL201, " and \\\n        condition.span.end_column - condition.span.column == len(condition.raw)", "",
               "a one-line condition whose text is not its columns (quotes, joined separators) placed by offsets",
               ("tests/checks/test_banned_certificate.py::"
                "test_a_one_line_condition_whose_text_is_not_its_columns_is_reported_at_its_start",)),
    Regression("2c", _PL201, "end_column=condition.span.column + last)", "end_column=condition.span.column + first + 1)",
               "a finding in a condition ends after one character", (_CASE,)),
    Regression("2d", _PL201, 'where = text("PL201.where.condition", key=condition.key, raw=condition.raw)',
               'where = text("PL201.where.material")', "a finding in a condition worded as one in the materials", (_CASE,)),
    Regression("3a", "policy_lint/statistics.py", "    if value is None:\n        raise refuse(",
               "    if value is None:\n        return None\n        raise refuse(", "an unreadable figure read as an empty cell",
               (_STATS + "test_a_count_that_is_no_figure_is_refused_at_its_cell",)),
    Regression("3b", "policy_lint/statistics.py", "        return InputError(source.path, message, line=number, column=column,",
               "        return InputError(source.path, message, line=number, column=1,", "a bad figure refused at column 1",
               (_STATS + "test_an_unreadable_public_count_or_share_is_refused_at_its_own_cell",)),
    Regression("3c", "policy_lint/statistics.py", "    if not records:\n", "    if False:\n", "an empty CSV not refused",
               (_STATS + "test_an_empty_file_or_one_of_blank_lines_is_refused",)),
    Regression("3d", "policy_lint/statistics.py", "        if not counted:\n            continue", "        if False:\n            continue",
               "a row missing a figure counted among the cities (a TypeError on its sum)",
               (_STATS + "test_a_row_missing_one_figure_is_incomplete_at_that_cell_and_not_counted",)),
    Regression("4", "policy_lint/statistics.py", "rounding=ROUND_HALF_UP)", ")", "a share rounded half to even",
               (_STATS + "test_a_share_exactly_halfway_is_rounded_up",)),
    Regression("5a", "policy_lint/statistics.py", "        if missing:\n", "        if len(missing) > 1:\n",
               "a row missing only one figure not incomplete",
               (_STATS + "test_a_row_missing_one_figure_is_incomplete_at_that_cell_and_not_counted",
                _STATS + "test_a_row_missing_only_its_total_is_incomplete_at_the_total")),
    Regression("5b", "policy_lint/statistics.py", '    return name.endswith(("省", "自治区"))', '    return name.endswith("省")',
               "an autonomous region's total row read as a city",
               (_STATS + "test_a_total_row_of_a_province_autonomous_region_or_municipality_is_the_total",)),
    Regression("5c", "policy_lint/statistics.py",
               "        return name == province or (len(name) >= 2 and province.startswith(name))",
               '        return name == province or name.endswith("省")', "a municipality's or a shortened total row read as a city",
               (_STATS + "test_a_total_row_of_a_province_autonomous_region_or_municipality_is_the_total",)),
    Regression("6a", "policy_lint/values.py", "        total += digit * unit\n", "        total += unit\n",
               "the tens digit dropped (二十四 read as 14)", (_VALUES + "test_chinese_numbers_with_tens_hundreds_and_thousands",)),
    Regression("6b", "policy_lint/values.py", "            digit = 1\n", "            return None\n", "十 alone (十, 十二) not read",
               (_VALUES + "test_chinese_numbers_with_tens_hundreds_and_thousands",)),
    Regression("7", "policy_lint/values.py", "    if second is None or second[1] != len(plain):",
               "    if second[1] != len(plain):", "a range with an unreadable end (7月1日至abc) raises a TypeError",
               (_VALUES + "test_ranges_with_every_separator_and_date_form",)),
    Regression("8a", "policy_lint/values.py", "    return int(number) >= 1900 or (", "    return (",
               "a bare year (2020年以来) read as a length", (_VALUES + "test_a_bare_year_or_a_date_is_no_length",)),
    Regression("8b", "policy_lint/values.py", "(len(number) == 2 and bool(", "(False and bool(",
               "a two-digit year (21年9月) read as 21 years", (_VALUES + "test_a_two_digit_year_with_its_month_is_no_length_of_years",)),
    Regression("8c", "policy_lint/values.py",
               "        return bool(year and _year_of_date(year.group(1), text[year.end():])\n                    or ",
               "        return bool(", "the month of 2021年9月前 read as nine months",
               (_VALUES + "test_a_date_before_a_length_leaves_the_length",)),
    Regression("9a", "policy_lint/values.py", '.strip().replace(",", "")\n', ".strip()\n", "an integer with a thousands comma",
               (_VALUES + "test_integers_with_separators_units_and_chinese_numerals",)),
    Regression("9b", "policy_lint/values.py", "    return chinese_number(plain) if plain else None", "    return None",
               "an integer in Chinese numerals", (_VALUES + "test_integers_with_separators_units_and_chinese_numerals",)),
    Regression("9c", "policy_lint/values.py", "|(?P<num2>{_NUM})\\s*个\\s*(?P<unit2>月))", "|(?P<num2>{_NUM})\\s*个(?P<unit2>月))",
               "六个 月 (a space before 月)", (_VALUES + "test_tens_a_spaced_unit_and_days_are_read",)),
    Regression("9d", "policy_lint/values.py", "|—+|–|－|-|~|～|〜)", "|—+|–|－|-|~)", "the ～ and 〜 separators of a range",
               (_VALUES + "test_ranges_with_every_separator_and_date_form",)),
    Regression("9e", "policy_lint/values.py", 'r"(?P<y>\\d{4})[-./](?P<m>', 'r"(?P<y>\\d{4})[-.](?P<m>', "dates written YYYY/M/D",
               (_VALUES + "test_ranges_with_every_separator_and_date_form",)),
    Regression("9f", "policy_lint/values.py", 'r"(?P<m>\\d{1,2})[./-](?P<d>\\d{1,2})"', 'r"(?P<m>\\d{1,2})[./](?P<d>\\d{1,2})"',
               "dates written M-D", (_VALUES + "test_ranges_with_every_separator_and_date_form",)),
)

#: ``--ci``: each table mutation against its module's own test file only (seconds, not SELECTION's minute)
TABLE_TESTS = {"policy_lint/values.py": ("tests/test_values.py",), "policy_lint/statistics.py": ("tests/test_statistics.py",)}


# --- the tests aimed at one check module (--focused) --------------------------------------------------------

#: test files of SELECTION that take their ids from the check's code (``PL703: ...``): filtered by id
_BY_CODE = ("tests/checks/test_cases.py", "tests/checks/test_docs.py")
#: run for every focused check module besides its own tests (none: each check's TOML cases include one that
#: stays silent, which notices a check firing everywhere; tests/test_samples.py, every check on every sample,
#: costs seconds per surviving mutant and is run for the checks it names)
_ALWAYS: tuple[str, ...] = ()


def _codes_in(path: Path) -> set[str]:
    import re

    return set(re.findall(r'^    code = "(PL\d{3})"', path.read_text(encoding="utf-8"), flags=re.M))


def module_codes(path: str) -> list[str]:
    """The codes of the checks in ``path``; for a helper module (no check of its own), of the checks that
    import it, directly or through another helper."""
    import re

    checks_dir = ROOT / "policy_lint" / "checks"
    codes = _codes_in(ROOT / path)
    if codes:
        return sorted(codes)
    found: set[str] = set()
    pending, seen = [ROOT / path], set()
    while pending:
        helper = pending.pop()
        if helper in seen:
            continue
        seen.add(helper)
        stem = helper.stem
        for other in checks_dir.rglob("*.py"):
            text = other.read_text(encoding="utf-8")
            importer = re.search(rf"^from \.+(?:\w+\.)*{re.escape(stem)} import ", text, flags=re.M)
            # only a module in the helper's package or below it imports it by that relative name
            if importer and other != helper and helper.parent in (other.parent, other.parent.parent):
                own = _codes_in(other)
                if own:
                    found |= own
                else:
                    pending.append(other)
    return sorted(found)


#: the tests aimed at build.py (the rules-language builder, ``--focused build``): what reads a rules text into
#: the model and says so.  Left out of SELECTION's files: tests/test_attacks_text.py (hostile texts against the
#: checks: a third of SELECTION's time, spent on every surviving mutant, and what it asks of build.py, the
#: material names and housing kinds, tests/test_values.py asks too) and the statistics tests (which never
#: reach build.py).  Added: tests/test_build.py (each section, key and alias to its field, value and span) and
#: tests/test_grammar.py.
BUILD_FOCUSED = (
    "tests/test_build.py",
    "tests/test_parse_errors.py",
    "tests/test_grammar.py",
    "tests/test_values.py",  # housing_kind, normalise_material
    "tests/checks",  # every check's TOML cases and documented examples: the model each check reads
    "tests/test_samples.py",
    "tests/test_plans.py",  # the plan builder shares Builder's pairs, metadata and errors
)


def focused_selection(path: str) -> list[str] | None:
    """The test ids aimed at the check module ``path``, or at build.py (None: neither)."""
    if path == "policy_lint/build.py":
        return list(BUILD_FOCUSED)
    if not path.startswith("policy_lint/checks/"):
        return None
    if path == "policy_lint/checks/__init__.py":  # what every check is made of: every check's own tests
        return ["tests/checks", "tests/test_imports.py"]
    codes = module_codes(path)
    if not codes:
        return None
    dotted = path.removesuffix(".py").replace("/", ".")
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-o", "addopts=",
                          "-m", "not fuzz", "-p", "no:randomly", *PYTEST_ARGS,
                          *SELECTION], cwd=ROOT, env=_env(), capture_output=True, text=True)
    ids = [line for line in out.stdout.splitlines() if "::" in line and not line.startswith(" ")]
    whole_files = set(_ALWAYS)
    for name in SELECTION:
        for file in ([ROOT / name] if name.endswith(".py") else sorted((ROOT / name).rglob("test_*.py"))):
            relative = file.relative_to(ROOT).as_posix()
            if relative in _BY_CODE:
                continue
            text = file.read_text(encoding="utf-8")
            if dotted in text or any(code in text for code in codes):
                whole_files.add(relative)
    # whole files by path (some of their ids hold a newline, which the listing above cuts), the
    # files of cases and docs by the ids of this module's codes
    chosen = sorted(whole_files)
    for test_id in ids:
        file = test_id.split("::", 1)[0]
        if file in _BY_CODE and any(f"[{code}" in test_id for code in codes):
            chosen.append(test_id)
    if not chosen:
        sys.exit(f"no tests found for {path} (codes {codes})")
    return chosen


def focused_work(work: Path, path: str) -> Path:
    return work / "focused" / path.removeprefix("policy_lint/").removesuffix(".py").replace("/", "+")


def work_for(work: Path, path: str) -> Path:
    """Where the results of ``path`` are: its focused run's directory when there is one."""
    focused = focused_work(work, path)
    return focused if (focused / "mutants" / (path + ".meta")).exists() else work


# --- the scratch copy --------------------------------------------------------------------------------------

def _tree_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                         capture_output=True).stdout.decode("utf-8")
    return [name for name in out.split("\0") if name and (ROOT / name).is_file()]


def module_path(module: str) -> str:
    """``values`` → policy_lint/values.py; ``checks/strictness/_duration`` → its file."""
    module = module.removeprefix("policy_lint/").removeprefix("policy_lint.").removesuffix(".py")
    return "policy_lint/" + module.replace(".", "/") + ".py"


def mutant_prefix(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".") + "."


def check_modules() -> list[str]:
    """Every module under policy_lint/checks/ with code in functions (not the packages' __init__.py)."""
    out = []
    for path in sorted((ROOT / "policy_lint" / "checks").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if path.name == "__init__.py" and relative != "policy_lint/checks/__init__.py":
            continue
        out.append(relative)
    return out


def prepare(work: Path, targets: list[str], selection: list[str] | None = None) -> None:
    """Copy the tree into ``work`` and write mutmut's configuration.

    mutmut keeps its results between runs and drops those of a function whose code changed; a module
    that becomes a target after an earlier run was copied unmutated, so its copy is removed here."""
    files = _tree_files()
    work.mkdir(parents=True, exist_ok=True)
    for name in files:
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        # mutmut copies the package's other files (vocabularies, templates) into mutants/ only once: a data
        # file changed since (a merge) would stay stale there, and the tests would fail on it
        copied = work / "mutants" / name
        if name.startswith("policy_lint/") and not name.endswith(".py") and copied.exists() \
                and copied.read_bytes() != (ROOT / name).read_bytes():
            shutil.copy2(ROOT / name, copied)
        if target.exists() and target.read_bytes() == (ROOT / name).read_bytes():
            continue
        shutil.copy2(ROOT / name, target)
        # mutmut makes a module's mutants again only when the source is newer than its mutated copy: a
        # file changed by a merge or a checkout may carry an older time, so the copy gets the present one
        os.utime(target)
    before = set(_cached_targets(work))
    for path in set(targets) - before:
        for stale in (work / "mutants" / path, work / "mutants" / (path + ".meta")):
            stale.unlink(missing_ok=True)
        # which tests reach which function was recorded with the module unmutated (so: by none); mutmut
        # only adds new tests to its record, so the whole record is made again
        (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    # tests/ is copied again into mutants/ by mutmut at every run; everything else it needs once
    also_copy = sorted({name.split("/", 1)[0] for name in files if not name.startswith(("policy_lint/", "tests/"))})
    pyproject = (work / "pyproject.toml").read_text(encoding="utf-8")
    config = {
        "source_paths": ["policy_lint"],
        # every target so far is mutated (one stats collection serves them all); a run names its module
        "only_mutate": sorted(set(targets) | before),
        "also_copy": also_copy,
        "pytest_add_cli_args": PYTEST_ARGS,
        "pytest_add_cli_args_test_selection": list(selection or SELECTION),
        "use_git_change_detection": False,
    }
    lines = ["", "[tool.mutmut]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in config.items()]
    (work / "pyproject.toml").write_text(pyproject.split("\n[tool.mutmut]")[0].rstrip("\n") + "\n" + "\n".join(lines)
                                         + "\n", encoding="utf-8")
    (work / ".targets").write_text("\n".join(config["only_mutate"]) + "\n")


def _cached_targets(work: Path) -> list[str]:
    path = work / ".targets"
    return path.read_text().split() if path.exists() else []


def _env() -> dict[str, str]:
    env = dict(os.environ, CI="1", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTEST_ADDOPTS", None)
    return env


_GENERATE = """
import os
from mutmut.__main__ import create_mutants
from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths
os.makedirs("mutants", exist_ok=True)
copy_src_dir()
copy_also_copy_files()
setup_source_paths()
create_mutants(1)
"""


def _generate(work: Path) -> None:
    """Let mutmut write the mutants of the tree as it is now (what ``mutmut run`` does first), without running."""
    subprocess.run(["nice", "-n", "19", sys.executable, "-c", _GENERATE], cwd=work, env=_env(), check=True,
                   stdout=subprocess.DEVNULL)


def unsettled(work: Path, path: str) -> list[str]:
    """The mutants of ``path`` not yet killed (surviving, untested or not run), after an earlier run."""
    return sorted(name for name, status in (statuses(work, path) or {}).items()
                  if status not in ("killed", "timeout", "caught by type check", "segfault"))


def run_mutmut(work: Path, paths: list[str], children: int, only_unsettled: bool = False) -> int:
    """Run mutmut on the mutants of ``paths`` (the cached results of other modules are kept).

    One mutmut process, with ``children`` test processes at a time; the modules are named together so that
    mutmut lists the tests and starts its workers once, not once per module."""
    mutmut = shutil.which("mutmut")
    if mutmut is None:
        sys.exit("mutmut is not installed: pip install -e '.[mutation]'")
    if only_unsettled:
        _generate(work)  # so that the mutants of functions changed since the last run are listed, not run yet
    if only_unsettled and all(statuses(work, path) is not None for path in paths):
        names = [name for path in paths for name in unsettled(work, path)]
        # a function whose code changed since the last run has new mutants, none of them run yet
        if not names:
            print(f"\n=== {', '.join(paths)}: every mutant already killed", flush=True)
            return 0
    else:
        names = [mutant_prefix(path) + "*" for path in paths]
    command = ["nice", "-n", "19", mutmut, "run", "--max-children", str(children), *names]
    print(f"\n=== {', '.join(paths)}", flush=True)
    return subprocess.run(command, cwd=work, env=_env()).returncode


# --- results ---------------------------------------------------------------------------------------------

def load_equivalent() -> dict[str, str]:
    if not EQUIVALENT.exists():
        return {}
    data = tomllib.loads(EQUIVALENT.read_text(encoding="utf-8"))
    return {entry["mutant"]: entry["reason"] for entry in data.get("equivalent", [])}


def statuses(work: Path, path: str) -> dict[str, str] | None:
    from mutmut.stats import status_by_exit_code

    meta = work_for(work, path) / "mutants" / (path + ".meta")
    if not meta.exists():
        return None
    data = json.loads(meta.read_text(encoding="utf-8"))
    return {name: status_by_exit_code[code] for name, code in data["exit_code_by_key"].items()}


@dataclass
class Score:
    path: str
    killed: int
    survived: list[str]
    equivalent: int
    not_run: int

    @property
    def counted(self) -> int:
        return self.killed + len(self.survived)

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.counted if self.counted else 100.0


def score(work: Path, path: str, equivalent: dict[str, str]) -> Score | None:
    found = statuses(work, path)
    if found is None:
        return None
    killed, survived, equivalents, not_run = 0, [], 0, 0
    for name, status in sorted(found.items()):
        if name in equivalent:
            if status == "killed":
                print(f"warning: {name} is listed as equivalent but was killed: remove it from {EQUIVALENT.name}")
                killed += 1
            else:
                equivalents += 1
        elif status in ("killed", "timeout", "caught by type check", "segfault"):
            killed += 1  # a mutant that hangs or crashes the tests is noticed
        elif status in ("not checked", "check was interrupted by user"):
            not_run += 1
        else:  # survived, no tests, suspicious, skipped
            survived.append(f"{name} ({status})")
    return Score(path, killed, survived, equivalents, not_run)


def markdown(work: Path, paths: list[str]) -> None:
    """The scores as the Markdown table of tests/README.md (modules never run are left out)."""
    equivalent = load_equivalent()
    print("| module | score | killed | surviving | equivalent (excluded) |")
    print("|---|---:|---:|---:|---:|")
    for path in paths:
        result = score(work, path, equivalent)
        if result is None or result.not_run or not (result.counted + result.equivalent):
            continue
        print(f"| `{path.removeprefix('policy_lint/')}` | {result.percent:.1f} % | {result.killed} | "
              f"{len(result.survived)} | {result.equivalent} |")


def report(work: Path, paths: list[str], show_survivors: bool = False) -> None:
    equivalent = load_equivalent()
    known = set()
    print(f"\n{'module':<62} {'score':>7} {'killed':>7} {'survived':>9} {'equiv.':>7}")
    for path in paths:
        result = score(work, path, equivalent)
        if result is None:
            print(f"{path:<62} {'not run':>7}")
            continue
        found = statuses(work, path) or {}
        known |= set(found)
        extra = f"  ({result.not_run} not run)" if result.not_run else ""
        print(f"{path:<62} {result.percent:6.1f}% {result.killed:>7} {len(result.survived):>9} "
              f"{result.equivalent:>7}{extra}")
        if show_survivors:
            for name in result.survived:
                print("    " + name)
    for name in sorted(equivalent):
        if any(name.startswith(mutant_prefix(p)) for p in paths) and known and name not in known:
            print(f"warning: {name} is listed as equivalent but no longer exists: remove it from {EQUIVALENT.name}")


def show_survivors(work: Path, path: str) -> None:
    equivalent = load_equivalent()
    for name, status in sorted((statuses(work, path) or {}).items()):
        if status in ("survived", "no tests", "suspicious") and name not in equivalent:
            diff = subprocess.run([shutil.which("mutmut") or "mutmut", "show", name], cwd=work_for(work, path), env=_env(),
                                  capture_output=True, text=True).stdout
            print(diff)


# --- the hand-made table mutations ------------------------------------------------------------------------

def _plain_copy(work: Path) -> Path:
    """A fresh copy of the tree (tracked and untracked, not ignored, files) under ``work``/tables."""
    plain = work / "tables"
    if plain.exists():
        shutil.rmtree(plain)
    plain.mkdir(parents=True)
    for name in _tree_files():
        target = plain / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    return plain


def run_regressions(work: Path, plain: Path | None = None) -> list[tuple[Regression, bool]]:
    """Put back each of :data:`REGRESSIONS` alone in a copy of the tree and run its named tests: caught or not."""
    plain = plain or _plain_copy(work)
    results = []
    for regression in REGRESSIONS:
        source = plain / regression.path
        original = source.read_text(encoding="utf-8")
        if original.count(regression.old) != 1:
            print(f"stale regression {regression.item} ({regression.what}): {regression.old!r} occurs "
                  f"{original.count(regression.old)} times in {regression.path}")
            results.append((regression, False))
            continue
        source.write_text(original.replace(regression.old, regression.new), encoding="utf-8")
        try:
            command = ["nice", "-n", "19", sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", *PYTEST_ARGS,
                       *regression.tests]
            code = subprocess.run(command, cwd=plain, env=_env(), capture_output=True, text=True).returncode
        finally:
            source.write_text(original, encoding="utf-8")
        caught = code == 1
        if code not in (0, 1):
            print(f"pytest exited {code} on regression {regression.item}: counted as not caught")
        print(f"{'caught  ' if caught else 'MISSED  '} {regression.item:<3} {regression.what}", flush=True)
        results.append((regression, caught))
    print(f"regressions: {sum(c for _, c in results)} of {len(results)} caught by their named tests")
    return results


def run_tables(work: Path, plain: Path | None = None, quick: bool = False) -> list[tuple[TableMutation, bool]]:
    """Apply each of :data:`TABLE_MUTATIONS` alone to a copy of the tree and run :data:`SELECTION` (``quick``: the
    module's own test file, :data:`TABLE_TESTS`); killed or not."""
    plain = plain or _plain_copy(work)
    results = []
    for mutation in TABLE_MUTATIONS:
        source = plain / mutation.path
        original = source.read_text(encoding="utf-8")
        if original.count(mutation.old) != 1:
            print(f"stale table mutation ({mutation.what}): {mutation.old!r} occurs "
                  f"{original.count(mutation.old)} times in {mutation.path}")
            results.append((mutation, False))
            continue
        source.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
        try:
            # python -m pytest puts the copy first on sys.path, so it imports the mutated module
            command = ["nice", "-n", "19", sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly",
                       *PYTEST_ARGS, *(TABLE_TESTS[mutation.path] if quick else SELECTION)]
            code = subprocess.run(command, cwd=plain, env=_env(), capture_output=True, text=True).returncode
        finally:
            source.write_text(original, encoding="utf-8")
        killed = code == 1
        if code not in (0, 1):
            print(f"pytest exited {code} on ({mutation.what}): counted as not killed")
        state = "killed  " if killed else ("equiv.  " if mutation.equivalent else "SURVIVED")
        print(f"{state} {mutation.path}: {mutation.what}" + (f" ({mutation.equivalent})" if mutation.equivalent and not killed else ""),
              flush=True)
        results.append((mutation, killed))
    by_path: dict[str, list[tuple[TableMutation, bool]]] = {}
    for mutation, killed in results:
        by_path.setdefault(mutation.path, []).append((mutation, killed))
    for path, entries in by_path.items():
        counted = [killed for mutation, killed in entries if killed or not mutation.equivalent]
        print(f"{path}: {sum(counted)} of {len(counted)} table mutations killed"
              f" ({len(entries) - len(counted)} equivalent, excluded)")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("modules", nargs="*", help="values, statistics, build, checks/strictness/_duration, ...")
    parser.add_argument("--checks", action="store_true", help="every module under policy_lint/checks/")
    parser.add_argument("--all", action="store_true", help="values, statistics, build and every check module")
    parser.add_argument("--tables", action="store_true", help="the hand-made table mutations")
    parser.add_argument("--regressions", action="store_true",
                        help="issue 15's regressions put back by hand, each against its named test")
    parser.add_argument("--ci", action="store_true",
                        help="the short subset: --regressions, and --tables against each module's own tests; "
                             "exit 1 when one is not noticed")
    parser.add_argument("--report", action="store_true", help="print the scores from the cache; run nothing")
    parser.add_argument("--markdown", action="store_true", help="with --report: the table for tests/README.md")
    parser.add_argument("--survivors", action="store_true", help="print each surviving mutant's diff")
    parser.add_argument("--unsettled", action="store_true",
                        help="run again only the mutants not killed last time (after adding tests)")
    parser.add_argument("--focused", action="store_true",
                        help="each check module against the tests aimed at it only (its own work directory)")
    parser.add_argument("--children", type=int, default=1, help="test processes at once (default 1)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "policy-lint-mutation")
    args = parser.parse_args(argv)

    paths = [module_path(m) for m in args.modules]
    if args.all:
        paths = [module_path(m) for m in CORE] + check_modules()
    elif args.checks:
        paths += check_modules()
    for path in paths:
        if not (ROOT / path).is_file():
            parser.error(f"no such module: {path}")
    if args.ci:
        plain = _plain_copy(args.work)
        missed = [r for r, caught in run_regressions(args.work, plain) if not caught]
        missed += [m for m, killed in run_tables(args.work, plain, quick=True) if not killed and not m.equivalent]
        return 1 if missed else 0
    if args.regressions and not paths:
        return 0 if all(caught for _, caught in run_regressions(args.work)) else 1
    if args.tables and not paths:
        run_tables(args.work)
        return 0
    if not paths:
        paths = [module_path(m) for m in CORE] + check_modules() if args.report else []
    if not paths:
        parser.error("name a module, or --checks, --all, --tables or --report")
    if args.survivors:
        for path in paths:
            show_survivors(args.work, path)
        return 0
    if args.report and args.markdown:
        markdown(args.work, paths)
        return 0
    if not args.report and args.focused:
        for path in paths:
            selection = focused_selection(path)
            if selection is None:
                print(f"--focused: {path} skipped: not a check module with a code of its own or of its importers"
                      " (run it without --focused)", flush=True)
                continue
            work = focused_work(args.work, path)
            codes = "" if path == "policy_lint/build.py" else f", codes {', '.join(module_codes(path))}"
            print(f"{path}: {len(selection)} tests{codes}, in {work}", flush=True)
            prepare(work, [path], selection)
            run_mutmut(work, [path], args.children, args.unsettled)
    elif not args.report:
        prepare(args.work, paths)
        # values, statistics and build one at a time (each is reached by most tests); the check modules together
        for path in [p for p in paths if not p.startswith("policy_lint/checks/")]:
            run_mutmut(args.work, [path], args.children, args.unsettled)
        checks_named = [p for p in paths if p.startswith("policy_lint/checks/")]
        if checks_named:
            run_mutmut(args.work, checks_named, args.children, args.unsettled)
    if args.tables:
        run_tables(args.work)
    report(args.work, paths, show_survivors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
