"""A non-editable install, used from another directory, finds its grammar and rulesets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DOC = """\
基本信息 {
    省: 山西省
    市: 晋城市
    县: 泽州县
    年度: 2021
}
证明材料 {
    独生子女证
}
"""


def test_wheel_install_works_outside_the_source_tree(tmp_path):
    wheels = tmp_path / "wheels"
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, cwd=tmp_path)
    (wheel,) = wheels.glob("policy_lint-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "泽州县.rules").write_text(DOC, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(target), "NO_COLOR": "1"}
    where = subprocess.run([sys.executable, "-c", "import policy_lint; print(policy_lint.__file__)"],
                           capture_output=True, text=True, env=env, cwd=elsewhere, check=True)
    assert where.stdout.strip().startswith(str(target))
    result = subprocess.run([sys.executable, "-m", "policy_lint", "check", "泽州县.rules"],
                            capture_output=True, text=True, env=env, cwd=elsewhere)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "计划生育证明" in result.stdout
    shown = subprocess.run([sys.executable, "-m", "policy_lint", "ruleset", "show", "taizhou-2021"],
                           capture_output=True, text=True, env=env, cwd=elsewhere)
    assert shown.returncode == 0 and "台政办发〔2021〕1号" in shown.stdout
