# Duration limits (policy-lint PL101-PL104): a condition's required time above the
# ruleset's ceiling, and social insurance demanded of both parents (PL103).
package policylint

import rego.v1

duration_checks := {
	"residence_permit": ["PL101", "residence_permit_months_max"],
	"residence": ["PL102", "residence_months_max"],
	"social_insurance": ["PL103", "social_insurance_months_max"],
	"employment": ["PL104", "employment_months_max"],
}

violations contains {"code": check[0], "path": path, "line": span.line, "column": span.column, "what": "months"} if {
	some [path, c] in conditions
	check := duration_checks[c.kind]
	limit := params[check[1]]
	is_number(c.months)
	c.months > limit
	span := months_span(c)
}

months_span(c) := c.months_span if c.months_span != null

months_span(c) := c.span if c.months_span == null

both_parents := `双方|父母(?:均|都|皆|同时)|父亲和母亲|父母亲?各自`

either_parent := `一方|之一|任一|或双方|双方或`

violations contains {"code": "PL103", "path": path, "line": c.span.line, "column": c.span.column, "what": "payer"} if {
	_ := params.social_insurance_months_max
	some [path, c] in conditions
	c.kind == "social_insurance"
	is_string(c.payer)
	regex.match(both_parents, c.payer)
	not regex.match(either_parent, c.payer)
}
