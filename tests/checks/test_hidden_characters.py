"""PL001's message at an edge the TOML cases cannot state: a single hidden character is not counted."""

from __future__ import annotations

from ..helpers import run_check


def test_a_single_hidden_character_gets_no_count():
    (finding,) = run_check("PL001", "入学条件 {\n    居住证: 持有\u200b居住证\n}\n")
    assert finding.message.zh.endswith("（本工具读取时已忽略它）。"), finding.message.zh
    assert finding.message.en.endswith("(the tool reads the value without it)."), finding.message.en
