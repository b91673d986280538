# Banned certificates (policy-lint PL201): a banned certificate among the materials,
# or asked for in a condition's text unless a negation (不得, 无需, ...) precedes it.
package policylint

import rego.v1

banned := {name | some name in params.banned_certificates}

violations contains {"code": "PL201", "line": m.span.line, "column": m.span.column, "what": "material"} if {
	count(banned) > 0
	some m in input.doc.materials
	banned[m.name]
}

conjunction := `以及|及|和|或|与|、`

negation := `不得|不再|不需|不必|无需|无须|免于|免予|免交|免提供|严禁|禁止|取消|不要求|不用`

noise := `[（(][^）)]*[）)]|(?:原件)?(?:及|和|或)?复印件|原件|各一份|一份|一本`

violations contains {"code": "PL201", "path": path, "piece": i, "what": "condition"} if {
	count(banned) > 0
	some [path, c] in conditions
	pieces := regex.split(conjunction, c.raw)
	some i, piece in pieces
	trim_space(piece) != ""
	name := material_name(piece)
	banned[name]
	not negated(pieces, i, piece, name)
}

# the normalised name of the longest alias found in the piece (noise removed or as written)
material_name(piece) := hits[0] if {
	cleaned := trim_space(regex.replace(piece, noise, ""))
	hits := [n | some [a, n] in data.vocabulary.aliases; found(a, cleaned, piece)]
	count(hits) > 0
}

found(alias, cleaned, _) if contains(cleaned, alias)

found(alias, _, piece) if contains(piece, alias)

# a negation in an earlier piece of the same condition ...
negated(pieces, i, _, _) if {
	some j, earlier in pieces
	j < i
	regex.match(negation, earlier)
}

# ... or before the certificate's name in its own piece
negated(_, _, piece, name) if {
	aliases := [a | some [a, n] in data.vocabulary.aliases; n == name; contains(piece, a)]
	count(aliases) > 0
	regex.match(negation, split(piece, aliases[0])[0])
}
