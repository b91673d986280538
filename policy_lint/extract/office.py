"""Old Word (.doc) and WPS (.wps) drafts: converted to .docx by LibreOffice, then read as a Word draft.

A .doc (Word 97–2003) and a .wps (WPS 文字) are binary files no reader here can parse safely.  When
LibreOffice is installed (``soffice`` or ``libreoffice`` on the ``PATH``, or the program named by
``POLICY_LINT_SOFFICE``), the file is copied into a private temporary directory under a plain name and
converted there, headless, with a profile of its own (``-env:UserInstallation``: never the user's, and never
one shared with another conversion running at the same time), standard input closed, in a session of its
own, and stopped with everything it started after ``MAX_CONVERT_SECONDS``.  The .docx it writes is read by
:mod:`.wordml` under the usual limits; the directory is removed whatever happens.  Without LibreOffice one
message says how to save the file as .docx from Word or WPS.

What the file really is decides, not its name: a .doc that is a .docx (a zip) is read as one, a .doc that is a
web page (Word's "Web Page" saved as .doc, common on government sites) is read as a web page, and one that is
RTF is converted as RTF.  LibreOffice is told which import filter to use (Word 97–2003, which WPS 文字 writes
too), so a damaged file is refused with what LibreOffice said rather than imported as plain text.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .. import settings
from ..errors import InputError
from ..messages import text
from .draft import Draft, read_docx, check_size

#: the environment variable naming the LibreOffice program to use ("" or "none": act as if none is installed)
SOFFICE_VARIABLE = "POLICY_LINT_SOFFICE"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def find_soffice() -> str | None:
    """The LibreOffice program to convert with, or None when it is not installed."""
    named = os.environ.get(SOFFICE_VARIABLE)
    if named is not None:
        return None if named.strip().lower() in ("", "none") else (shutil.which(named) or None)
    return shutil.which("soffice") or shutil.which("libreoffice")


def _sniff(path: Path) -> str:
    with open(path, "rb") as handle:
        head = handle.read(2048)
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<?xml")) and b"<html" in head.lower():
        return "html"
    if head.startswith(OLE_MAGIC):
        return "office"
    if lowered.startswith(b"{\\rtf"):
        return "rtf"
    return "unknown"


def read_office(path: Path, shown: str) -> Draft:
    """Read the .doc or .wps draft at ``path`` (see the module docstring)."""
    check_size(path, shown)
    suffix = path.suffix.lower()
    what = _sniff(path)
    if what == "docx":
        return read_docx(path, shown, kind=suffix.lstrip("."))
    if what == "html":
        from .webpage import read_html

        return read_html(path, shown)
    if what == "unknown":
        raise InputError(shown, text("office.not_office", suffix=suffix))
    program = find_soffice()
    if program is None:
        raise InputError(shown, text("office.no_libreoffice", suffix=suffix))
    try:
        seconds = settings.get("MAX_CONVERT_SECONDS")
    except settings.SettingError as exc:
        raise InputError(shown, exc.message) from None
    with tempfile.TemporaryDirectory(prefix="policy-lint-convert-") as work:
        work_dir = Path(work)
        source = work_dir / f"draft{suffix}"
        shutil.copyfile(path, source)
        out_dir = work_dir / "out"
        out_dir.mkdir()
        profile = work_dir / "profile"
        # the import filter named, so that a damaged file is refused rather than imported as plain text
        import_filter = "Rich Text Format" if what == "rtf" else "MS Word 97"
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck", f"--infilter={import_filter}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source)]
        reason = _convert(command, work_dir, seconds)
        converted = out_dir / "draft.docx"
        if reason is not None or not converted.is_file():
            if reason == "timeout":
                raise InputError(shown, settings.over_limit("office.timeout", "MAX_CONVERT_SECONDS",
                                                            seconds=seconds, suffix=suffix))
            raise InputError(shown, text("office.failed", suffix=suffix, reason=reason or "?"))
        return read_docx(converted, shown, kind=suffix.lstrip("."))


def _convert(command: list[str], work_dir: Path, seconds: int) -> str | None:
    """Run the conversion; None when it finished, else why not ("timeout", or what LibreOffice said)."""
    env = dict(os.environ, HOME=str(work_dir))  # nothing of the user's is read or written
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, cwd=work_dir, env=env, start_new_session=True)
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        output, _ = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        _stop(process)
        return "timeout"
    finally:
        _stop(process)  # anything it left running in its session
    said = [line.strip() for line in output.decode("utf-8", "replace").splitlines() if line.strip().startswith("Error")]
    if process.returncode != 0 or said:
        return (" ".join(said) or f"exit {process.returncode}")[-200:]
    return None


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process that outlives SIGKILL
        pass

