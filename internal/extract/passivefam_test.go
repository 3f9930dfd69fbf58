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
