# Same-time enrolment (policy-lint PL301): private schools register, draw lots and
# admit on the public schools' dates, never earlier.
package policylint

import rego.v1

stages := ["registration", "lottery", "admission"]

violations contains {"code": "PL301", "line": ours.span.line, "column": ours.span.column, "what": stage} if {
	params.same_time_enrolment == true
	public := [s | some s in input.doc.schedules; s.kind == "public"][0]
	private := [s | some s in input.doc.schedules; s.kind == "private"][0]
	some stage in stages
	ours := private[stage]
	theirs := public[stage]
	ours != null
	theirs != null
	out_of_step(ours, theirs)
}

# ISO dates compare as strings
out_of_step(ours, theirs) if ours.start < theirs.start

out_of_step(ours, theirs) if [ours.start, ours.end] != [theirs.start, theirs.end]
