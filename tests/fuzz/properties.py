"""What "the tool's own clear error" means, as assertions shared by the fuzz tests.

For any bytes, :func:`check_bytes` runs the file path of ``policy-lint check`` (write the bytes to
a file, :func:`policy_lint.engine.check_file`, then the text and JSON renderers) and asserts that
the outcome is findings or a :class:`~policy_lint.errors.InputError` whose every problem has a
message in both languages and, when it has a position, a line and column inside the file.  An
exception, an unfilled placeholder or a position outside the file fails the property.
"""

from __future__ import annotations

import atexit
import codecs
import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, settings

from policy_lint.engine import FileResult, check_file
from policy_lint.errors import InputError
from policy_lint.render import json_out, text as text_out

#: examples per property in the normal suite (three properties: about 150 cases, a few seconds)
SMALL = 50
#: examples per property in the long run (``pytest -m fuzz``): 3 properties x 4,000 = 12,000 cases
LONG = 4_000

small = settings(max_examples=SMALL, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
long = settings(max_examples=LONG, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])

_DIR = Path(tempfile.mkdtemp(prefix="policy-lint-fuzz-"))
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
#: the catalogue's placeholders, left unfilled
_PLACEHOLDER = re.compile(r"\{(?:name|text|key|section|line|column|char|expected|found|limit|size|lines|length|var"
                          r"|value|default|depth|hint|known|code|encoding|reason|path|chain|region|year)\}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def lines_of(data: bytes) -> list[str]:
    """The lines of ``data`` as the tool reads them, undecodable bytes replaced (for positions of
    errors raised before decoding finished)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            text = data[len(bom):].decode(encoding, errors="replace")
            break
    else:
        for encoding in ("utf-8", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            text = data.decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def assert_clear_error(error: InputError, path: str, lines: list[str]) -> None:
    assert isinstance(error, InputError), type(error)
    assert error.problems, "an error without a problem"
    for problem in error.problems:
        zh, en = problem.message.zh, problem.message.en
        assert zh.strip() and en.strip(), problem
        assert zh != en, problem
        assert _CJK.search(zh), f"the Chinese message has no Chinese: {zh!r}"
        for message in (zh, en):
            assert not _PLACEHOLDER.search(message), f"unfilled placeholder: {message!r}"
        if problem.line is None:
            continue
        assert error.path == path, f"a position in another file: {error.path}"
        assert 1 <= problem.line <= len(lines), f"line {problem.line} outside a file of {len(lines)} lines: {zh}"
        width = len(lines[problem.line - 1])
        assert problem.column is not None and 1 <= problem.column <= width + 1, (
            f"column {problem.column} outside line {problem.line} ({width} characters): {zh}")
        if problem.end_column is not None:
            assert problem.column <= problem.end_column <= width + 2, (problem, width)


def assert_outcome(result: FileResult, path: str, data: bytes) -> None:
    """Findings inside the file, or a clear error; and both renderers handle the result."""
    if result.error is not None:
        lines = result.source.text.split("\n") if result.source is not None else lines_of(data)
        assert_clear_error(result.error, path, lines)
        assert not result.findings
    else:
        assert result.source is not None and result.rules is not None
        lines = result.source.text.split("\n")
        for finding in result.findings:
            span = finding.span
            assert 1 <= span.line <= span.end_line <= len(lines), (finding.code, span)
            assert 1 <= span.column <= len(lines[span.line - 1]) + 1, (finding.code, span)
            assert finding.message("zh").strip() and finding.message("en").strip()
    for lang in ("zh", "en"):
        rendered = text_out.render([result], lang)
        assert "Traceback" not in rendered
        doc = json.loads(json_out.render([result], lang))
        assert doc["summary"]["files"] == 1


def check_bytes(data: bytes, name: str = "fuzz.rules") -> FileResult:
    """Write ``data`` to a file and check it as ``policy-lint check`` does; assert the property."""
    path = _DIR / name
    path.write_bytes(data)
    result = check_file(path, name)
    assert_outcome(result, name, data)
    # shown by --hypothesis-show-statistics: how the cases ended
    if result.error is None:
        event(f"checked: {len(result.findings)} finding(s)" if result.findings else "checked: clean")
    else:
        event("unreadable: " + ("before parsing" if result.source is None else "parsed with problems"))
        event("first problem: " + re.sub(r"\d+", "N", re.sub(r"[「'“(].*", "…", result.error.problems[0].message.en))[:60])
    return result
