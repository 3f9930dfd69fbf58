package extract

import "testing"

// TestMarginAgentNoSource checks that a vote margin after a passive
// "by" ("backed by 58 percent to 41") is no source, while a counted
// group after "by" still is.
func TestMarginAgentNoSource(t *testing.T) {
	cases := []struct {
		name, in, bad string
	}{
		{"percent margin", "The ferry levy was backed by 58 percent to 41.", "58 percent to 41"},
		{"bare margin", "The harbor plan was rejected by 12 to 9.", "12 to 9"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{Published: "2025-09-04"})
			checkInvariants(t, c.in, r)
			for _, q := range r.Quotes {
				if mentionText(q) == c.bad {
					t.Errorf("margin %q taken as the source of %q", c.bad, q.Text)
				}
			}
		})
	}
	// must not fire: a counted group is the agent
	checkMentionsAfter(t, "", []mentionCase{
		{"counted group", "The ferry levy was rejected by 58 percent of the riders.",
			"The ferry levy", "58 percent of the riders"},
	})
}

// TestUnnamedClauseCut checks that a non-restrictive "who" clause saying
// only why the source goes unnamed leaves the mention, before or after
// the cue, and that other relative clauses stay.
func TestUnnamedClauseCut(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"anonymity after the cue", "“The ferry is late,” said one dock worker, who spoke on the condition of anonymity.",
			"“The ferry is late,”", "one dock worker"},
		{"anonymity before the cue", "The clerk, who spoke on condition of anonymity to discuss the vote, said the ferry was late.",
			"the ferry was late", "The clerk"},
		{"declined to be named", "“The ferry is late,” said a harbor aide, who declined to be named.",
			"“The ferry is late,”", "a harbor aide"},
		// must not fire
		{"not authorized to speak", "“The ferry is late,” said a harbor aide, who was not authorized to speak publicly.",
			"“The ferry is late,”", "a harbor aide, who was not authorized to speak publicly"},
		{"an ordinary relative clause", "Ann Bell, who runs the ferry line, said the boats were late.",
			"the boats were late", "Ann Bell, who runs the ferry line"},
	})
}
