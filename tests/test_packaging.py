"""Every package of policy_lint is listed in pyproject.toml, so the wheel carries every check family."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "policy_lint").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"missing from pyproject.toml packages: {sorted(found - listed)}"
