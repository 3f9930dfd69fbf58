package extract

import "testing"

// TestContactClauseVerb checks the verb of a contact clause no layout
// read: a head naming a thing done ("a deal", "a story") needs a
// reporting verb, and a verb with a clause after it ("said would …")
// leaves its gap there, so neither makes the head a content; a topic
// known well, or a charge denied with an adverb after the verb, still
// does.
func TestContactClauseVerb(t *testing.T) {
	for _, in := range []string{
		"The tram depot will shut, a plan the harbor chief said would cut costs.",
		"The rowing club folded, a deal the owners signed in June.",
		"The tram depot will shut, a story the paper ran on Sunday.",
		"The ferry schedule slipped, a decision the board made at dusk.",
	} {
		for _, q := range probe13Quotes(in) {
			if q[0] == "a plan" || q[0] == "a deal" || q[0] == "a story" || q[0] == "a decision" {
				t.Errorf("%q: head phrase %q read as content of %q", in, q[0], q[2])
			}
		}
	}
	checkMentions(t, []mentionCase{
		{"a topic known well", "The tram fares doubled, a topic the driver knew well.",
			"a topic", "the driver"},
		{"an adverb after the verb", "Tram fares doubled, a charge the depot chief denies strongly.",
			"a charge", "the depot chief"},
	})
}
