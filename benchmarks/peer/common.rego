# The peer: four of policy-lint's constraints in Rego, evaluated with regorus.
#
# input: {"ruleset": "<resolved ruleset name>", "doc": <policy_lint.models.Rules as JSON>}
# data.rulesets[<name>]: the resolved ruleset's parameter values
# data.vocabulary.aliases: [[alias, normalised name], ...], longest alias first
#   (policy_lint.build.material_aliases())
#
# Every rule adds objects to `violations`, one per finding policy-lint would report.
package policylint

import rego.v1

params := data.rulesets[input.ruleset]

# every condition in the (nested) 入学条件 groups, with its path in the tree
conditions contains [path, c] if {
	walk(input.doc.conditions, [path, c])
	is_string(c.kind)
}
