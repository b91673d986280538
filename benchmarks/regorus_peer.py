"""The peer engine: the same four constraints in Rego (``benchmarks/peer/*.rego``), run by regorus.

regorus (PyPI ``celine-regorus``) is optional: :func:`available` says whether it
is installed, and the benchmark prints ``skipped`` when it is not.

Both sides read the same parsed documents: policy-lint's check stage takes the
:class:`~policy_lint.models.Rules` models, regorus takes each model as JSON
(``model_dump_json``) with the name of its resolved ruleset; the resolved
parameter values and the material vocabulary are loaded once as data.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from policy_lint import checks as checks_mod
from policy_lint.build import material_aliases
from policy_lint.engine import check_rules
from policy_lint.models import Rules
from policy_lint.ruleset import ResolvedRuleset

POLICY_DIR = Path(__file__).with_name("peer")

#: policy-lint's checks for the same four constraints: duration limits, banned
#: certificates, same-time enrolment, housing narrowing.
CODES = ("PL101", "PL102", "PL103", "PL104", "PL201", "PL301", "PL105")

QUERY = "data.policylint.violations"


def available() -> bool:
    return importlib.util.find_spec("regorus") is not None


def selected_checks() -> list[type[checks_mod.Check]]:
    return [checks_mod.get(code) for code in CODES]


def engine(rulesets: dict[str, ResolvedRuleset]):
    """A regorus engine with the policies, every ruleset's parameter values and the vocabulary loaded."""
    import regorus

    rego = regorus.Engine()
    for path in sorted(POLICY_DIR.glob("*.rego")):
        rego.add_policy(path.name, path.read_text(encoding="utf-8"))
    data = {
        "rulesets": {
            name: {param: _jsonable(p.value) for param, p in resolved.params.items()}
            for name, resolved in rulesets.items()
        },
        "vocabulary": {"aliases": [list(pair) for pair in material_aliases()]},
    }
    rego.add_data_json(json.dumps(data, ensure_ascii=False))
    return rego


def _jsonable(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def document_json(rules: Rules, ruleset: ResolvedRuleset) -> str:
    """The input regorus reads for one document."""
    return '{"ruleset":%s,"doc":%s}' % (json.dumps(ruleset.name), rules.model_dump_json())


def evaluate(rego, input_json: str) -> list[dict]:
    """The violations regorus finds for one document."""
    rego.set_input_json(input_json)
    return json.loads(rego.eval_rule_as_json(QUERY))


def evaluate_only(rego, input_json: str) -> str:
    """The violations for one document as regorus returns them (JSON text): the evaluation alone."""
    rego.set_input_json(input_json)
    return rego.eval_rule_as_json(QUERY)


def policy_lint_counts(models: list[tuple[Rules, ResolvedRuleset]]) -> Counter:
    selected = selected_checks()
    return Counter(f.code for rules, ruleset in models for f in check_rules(rules, ruleset, selected))


def regorus_counts(rego, models: list[tuple[Rules, ResolvedRuleset]]) -> Counter:
    return Counter(v["code"] for rules, ruleset in models for v in evaluate(rego, document_json(rules, ruleset)))
