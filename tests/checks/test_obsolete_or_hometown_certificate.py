"""PL205's two bans are independent: a ruleset that lifts one (no bundled one does) still has the other
reported."""

from __future__ import annotations

import textwrap

from policy_lint import checks
from policy_lint.build import parse
from policy_lint.engine import check_rules, resolved
from policy_lint.source import decode


def test_with_the_permit_ban_lifted_a_certificate_from_the_hukou_place_is_still_reported():
    ruleset = resolved("national", 2023)
    param = ruleset.params["no_obsolete_permit"]
    lifted = ruleset.model_copy(update={"params": {**ruleset.params,
                                                   "no_obsolete_permit": param.model_copy(update={"value": False})}})
    source = """\
        基本信息 {
            年度: 2023
        }
        证明材料 {
            暂住证
            户籍证明
        }
        """
    rules = parse(decode(textwrap.dedent(source).encode("utf-8"), "case.rules"))
    (finding,) = check_rules(rules, lifted, [checks.get("PL205")])
    assert (finding.span.line, finding.span.column, finding.basis.name) == (6, 5, "no_hometown_certificate")
    assert finding.message.zh.startswith("证明材料列有「户籍证明」；这是要家长回户籍地开具的证明")
