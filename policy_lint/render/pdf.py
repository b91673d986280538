"""``--format pdf`` for review and audit: the HTML report printed by a headless Chromium.

The page is written into a private temporary folder and printed with the browser's own
``--print-to-pdf`` (no header or footer: no file:// address, no date, no page title on the
paper); the report has no script and loads nothing from outside, and the browser gets a profile
of its own in the same folder, removed afterwards.  The browser is the one on the machine:
``POLICY_LINT_BROWSER``, else ``chromium``, ``chromium-browser``, ``google-chrome`` on the
PATH.  Without one, one message says what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from ..messages import text

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
#: seconds the browser may take to print one report
TIMEOUT = 180


def browser() -> str | None:
    named = os.environ.get("POLICY_LINT_BROWSER")
    if named:
        return shutil.which(named) or (named if os.path.isfile(named) and os.access(named, os.X_OK) else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def to_pdf(html: str, shown: str) -> bytes:
    """``html`` printed to PDF; :class:`InputError` (naming ``shown``) when no browser can do it."""
    program = browser()
    if program is None:
        raise InputError(shown, text("pdf.no_browser"))
    with tempfile.TemporaryDirectory(prefix="policy-lint-pdf-") as work:
        page = Path(work) / "report.html"
        page.write_text(html, encoding="utf-8")
        out = Path(work) / "report.pdf"
        command = [program, "--headless", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                   "--disable-extensions", "--disable-background-networking", "--disable-sync",
                   "--no-default-browser-check", f"--user-data-dir={Path(work) / 'profile'}",
                   f"--print-to-pdf={out}", page.as_uri()]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(shown, text("pdf.failed", reason=f"timeout {TIMEOUT}s")) from None
        except OSError as exc:
            raise InputError(shown, text("pdf.failed", reason=exc.strerror or str(exc))) from None
        if not out.is_file() or out.stat().st_size == 0:
            last = (done.stderr or b"").decode("utf-8", "replace").strip().splitlines()
            raise InputError(shown, text("pdf.failed", reason=(last[-1] if last else f"exit {done.returncode}")[:200]))
        return out.read_bytes()
