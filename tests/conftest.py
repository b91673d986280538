from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def repo_root(monkeypatch) -> Path:
    """Run from the repository root so that reported paths are relative and stable."""
    monkeypatch.chdir(ROOT)
    return ROOT
