# Housing narrowing (policy-lint PL105): a 住所 condition that accepts owned property
# only, unless an any-one-of group holding it also offers a 住所 that accepts rental.
package policylint

import rego.v1

housing contains [path, c] if {
	some [path, c] in conditions
	c.kind == "housing"
}

violations contains {"code": "PL105", "line": c.span.line, "column": c.span.column, "what": "housing"} if {
	params.housing_rental_accepted == true
	some [path, c] in housing
	c.housing == "owned"
	not rental_alternative(path)
}

rental_alternative(path) if {
	walk(input.doc.conditions, [prefix, group])
	group.mode == "any"
	count(prefix) < count(path)
	array.slice(path, 0, count(prefix)) == prefix
	some [other, c] in housing
	other != path
	array.slice(other, 0, count(prefix)) == prefix
	c.housing != "owned"
}
