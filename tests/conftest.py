from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# CI runs the property tests with a fixed derandomised seed, so a red build always reproduces; a
# developer's run explores new examples each time (and the long run, -m fuzz, takes its own seed).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def repo_root(monkeypatch) -> Path:
    """Run from the repository root so that reported paths are relative and stable."""
    monkeypatch.chdir(ROOT)
    return ROOT
