"""The province audit's own inputs, mutated: the 附件1 statistics CSV (cells, digits, separators, rows, total
rows, quotes, encodings) and the TOML of ``province.toml`` and a city's ``city.toml`` (values of the wrong
type, dates with times, huge and deeply nested values, structure, encodings).  Whatever comes of it,
``policy-lint audit`` gives findings or its own clear error on that file -- exit code 0, 1 or 2, never an
internal error or a traceback -- and every other city is still audited.

``pytest`` runs a short run (:data:`tests.fuzz.properties.SMALL` examples a property); ``pytest -m fuzz``
the long one.
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from policy_lint.audit import audit_province
from policy_lint.cli import app
from policy_lint.errors import InputError
from policy_lint.render import html, json_out, markdown, sarif
from policy_lint.render import text as text_out

from .properties import assert_clear_error, lines_of, long, small
from .strategies import HOSTILE
from .test_mutations import _encode, text_edits

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "shanxi"
CSV = "stats.csv"
CITY = "jincheng/city.toml"
PROVINCE = "province.toml"
ORIGINALS = {
    CSV: (SAMPLE / "stats-2020.csv").read_text(encoding="utf-8"),
    CITY: (SAMPLE / CITY).read_text(encoding="utf-8"),
    PROVINCE: (SAMPLE / PROVINCE).read_text(encoding="utf-8"),
}

#: one copy of the sample province for the whole run; each example writes its files and restores them
_TREE = Path(tempfile.mkdtemp(prefix="policy-lint-audit-fuzz-")) / "shanxi"
shutil.copytree(SAMPLE, _TREE)
atexit.register(shutil.rmtree, _TREE.parent, ignore_errors=True)

runner = CliRunner()
_CRASH = re.compile(r"Traceback|内部错误|internal error")

ENCODINGS = ["utf-8"] * 8 + ["utf-8-sig", "utf-16", "gb18030"] * 2 + [
    "latin-1", "mojibake", "gbk-as-utf-8", "utf-16-no-bom"]

# --- the statistics CSV ----------------------------------------------------------------------------------

#: what a cell may become: figures too long or too precise, fractions, signs, full-width digits, quotes, …
CELLS = ["", " ", "0", "00", "abc", "9" * 10, "9" * 40, "9" * 4400, "97." + "6" * 30 + "%", "0.9760", "1", "100%",
         "-5", "+5", "1e5", "NaN", "inf", "12,788", '"12,788"', "１２７８８", "97.60％", "٣", "1.", ".5", "1..2",
         '"', '"unclosed', '""', "x" * 200, "合计", "全省", "山西", "山西省", "全省合计", "朔州省", "内蒙古自治区",
         "北京市", "阳泉市", "\t", ";", "，", *HOSTILE]
cells = st.one_of(st.sampled_from(CELLS), st.text(st.characters(blacklist_categories=("Cs",)), max_size=8))


@st.composite
def csv_edits(draw, text: str) -> str:
    """``text`` (the sample table) with 1-4 edits of its cells, digits, rows or separators."""
    rows = [line.split(",") for line in text.rstrip("\n").split("\n")]
    separator = ","
    for _ in range(draw(st.sampled_from([1, 1, 2, 3, 4]))):
        op = draw(st.sampled_from(["cell", "cell", "cell", "digit", "digit", "delete_row", "duplicate_row",
                                   "swap_rows", "blank_row", "add_column", "drop_column", "separator",
                                   "row_separator", "truncate_row", "header_only"]))
        i = draw(st.integers(0, len(rows) - 1)) if rows else 0
        if not rows:
            break
        row = rows[i]
        if op == "cell" and row:
            row[draw(st.integers(0, len(row) - 1))] = draw(cells)
        elif op == "digit" and row:
            j = draw(st.integers(0, len(row) - 1))
            pos = draw(st.integers(0, len(row[j])))
            row[j] = row[j][:pos] + draw(st.sampled_from(["", "0", "9", "99999", ".", "%", ","])) + row[j][
                pos + draw(st.integers(0, 1)):]
        elif op == "delete_row":
            del rows[i]
        elif op == "duplicate_row":
            rows.insert(draw(st.integers(0, len(rows))), list(row))
        elif op == "swap_rows":
            j = draw(st.integers(0, len(rows) - 1))
            rows[i], rows[j] = rows[j], rows[i]
        elif op == "blank_row":
            rows.insert(i, [""])
        elif op == "add_column":
            row.insert(draw(st.integers(0, len(row))), draw(cells))
        elif op == "drop_column" and row:
            del row[draw(st.integers(0, len(row) - 1))]
        elif op == "separator":
            separator = draw(st.sampled_from([";", "\t", "，", " ", "|"]))
        elif op == "row_separator":
            rows[i] = [draw(st.sampled_from([";", "\t"])).join(row)]
        elif op == "truncate_row":
            rows[i] = row[:draw(st.integers(0, len(row)))]
        else:
            rows = rows[:1]
    text = "\n".join(separator.join(row) for row in rows) + "\n"
    if draw(st.integers(0, 4)) == 0:
        text = draw(text_edits(text))  # characters deleted, inserted, swapped; lines duplicated
    return text


# --- city.toml and province.toml ---------------------------------------------------------------------------

#: what a value may become: the wrong type, a date with a time, huge and deeply nested values, …
TOML_VALUES = ['"x"', '""', '["a"]', "[]", "[1, 2]", '["a", 1]', "[[\"a\"]]", "2021-06-28T17:00:00+08:00",
               "2021-06-28T17:00:00", "2021-06-28 17:00:00", "17:00:00", "2021-06-28", "2021-13-40", "{a = 1}", "{}",
               "1", "0", "-1", "2021", "2021.0", "1e999", "nan", "inf", "-inf", "true", "0x10", "1_000", "9" * 40,
               "9" * 5000, "[" * 3000 + "]" * 3000, "[\n" * 300 + "]\n" * 300, "{a = " * 200 + "1" + "}" * 200,
               '"""x\ny"""', "'x'", '"晋城市"', '["城区", "城区"]', '["泽州县"]', '["晋城市", "大同市"]',
               '"shanxi-2021"', '"nonexistent"', '"../../etc/passwd"', *(f'"{h}"' for h in HOSTILE)]
toml_values = st.one_of(st.sampled_from(TOML_VALUES),
                        st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10))
TOML_LINES = ["[city.x]", "[[city]]", "[statistics]", "statistics = 5", "[province.deadline]", "bogus = 1",
              "[other]", "year = 2021", "submitted = 2021-06-28", "[city]", "[province]", "x = [", "a.b.c = 1"]


@st.composite
def toml_edits(draw, text: str) -> str:
    """``text`` (a sample city.toml or province.toml) with 1-4 edits of its values, lines or characters."""
    lines = text.split("\n")
    for _ in range(draw(st.sampled_from([1, 1, 2, 3, 4]))):
        op = draw(st.sampled_from(["value", "value", "value", "insert_line", "delete_line", "duplicate_line",
                                   "chars"]))
        keyed = [i for i, line in enumerate(lines) if re.match(r"\s*[\w.\"]+\s*=", line)]
        if op == "value" and keyed:
            i = draw(st.sampled_from(keyed))
            lines[i] = lines[i].split("=", 1)[0] + "= " + draw(toml_values)
        elif op == "insert_line":
            lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(TOML_LINES)))
        elif op == "delete_line" and lines:
            del lines[draw(st.integers(0, len(lines) - 1))]
        elif op == "duplicate_line" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
        else:
            lines = draw(text_edits("\n".join(lines))).split("\n")
    return "\n".join(lines)


@st.composite
def mutated_inputs(draw) -> dict[str, bytes]:
    """Some of the CSV, 晋城市's city.toml and province.toml mutated (the others as in the sample), encoded."""
    chosen = draw(st.sets(st.sampled_from([CSV, CSV, CITY, PROVINCE]), min_size=1))
    files = {}
    for name, original in ORIGINALS.items():
        text = original
        if name in chosen:
            text = draw(csv_edits(text)) if name == CSV else draw(toml_edits(text))
            if draw(st.integers(0, 5)) == 0:
                text = text.replace("\n", "\r\n")
            files[name] = _encode(text, draw(st.sampled_from(ENCODINGS)))
        else:
            files[name] = text.encode("utf-8")
    return files


# --- the property --------------------------------------------------------------------------------------------


def _lines(path: Path) -> list[str]:
    return lines_of(path.read_bytes()) if path.is_file() else []


def check_audit(files: dict[str, bytes], every_format: bool = False) -> None:
    """Audit the sample province with ``files`` written over it; assert findings or clear errors on the file
    that has them, the other cities still audited, renderers and the command handling the result (the
    template-rendered Markdown and HTML, ten times slower, only with ``every_format``: the long run)."""
    for name, data in files.items():
        (_TREE / name).write_bytes(data)
    try:
        _check_audit(every_format)
    finally:
        for name, text in ORIGINALS.items():
            (_TREE / name).write_text(text, encoding="utf-8")


def _check_audit(every_format: bool) -> None:
    stats = _TREE / CSV
    try:
        audit = audit_province(_TREE, stats)
    except InputError as error:
        # only province.toml (or the ruleset it names) stops the whole audit
        config = _TREE / PROVINCE
        lines = _lines(config) if error.path == config.as_posix() else []
        assert_clear_error(error, error.path, lines)
        if error.path != config.as_posix():
            assert all(p.line is None for p in error.problems), error.path
        event("province.toml refused")
        audit, errors = None, True
    else:
        errors = False
        for status in audit.cities + audit.extra:
            if status.error is not None:
                errors = True
                path = Path(status.error.path)
                assert_clear_error(status.error, status.error.path, _lines(path))
        # the other two submitted cities are always audited (listed, or not when province.toml's list is mangled)
        submitted = {c.review.config.name for c in audit.cities + audit.extra if c.review is not None}
        assert {"大同市", "运城市"} <= submitted, submitted
        if audit.stats_error is not None:
            errors = True
            assert_clear_error(audit.stats_error, audit.stats_error.path,
                               _lines(stats) if audit.stats_error.path == stats.as_posix() else [])
            event("statistics unreadable: " + re.sub(r"\d+", "N", audit.stats_error.problems[0].message.en)[:50])
        else:
            lines = audit.stats.source_text.split("\n")
            for finding in audit.stats_findings:
                span = finding.span
                assert 1 <= span.line <= len(lines), (finding.code, span)
                assert 1 <= span.column <= len(lines[span.line - 1]) + 1, (finding.code, span, lines[span.line - 1])
                event(f"statistics finding {finding.code}")
        for lang in ("zh", "en"):
            for module in (text_out, json_out, sarif, *((markdown, html) if every_format else ())):
                module.render_audit(audit, lang)
    result = runner.invoke(app, ["audit", str(_TREE), "--stats", str(stats), "--format", "json"])
    assert not _CRASH.search(result.output), result.output[-2000:]
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output[-2000:])
    assert (result.exit_code == 2) == errors, (result.exit_code, errors)
    if audit is not None:
        assert json.loads(result.stdout)["report"] == "audit"


def test_the_unmutated_sample_audits_cleanly():
    check_audit({name: text.encode("utf-8") for name, text in ORIGINALS.items()}, every_format=True)


@small
@given(files=mutated_inputs())
def test_mutated_audit_inputs_give_findings_or_a_clear_error(files):
    check_audit(files)


@pytest.mark.fuzz
@long
@given(files=mutated_inputs())
def test_mutated_audit_inputs_give_findings_or_a_clear_error_long(files):
    check_audit(files, every_format=True)
