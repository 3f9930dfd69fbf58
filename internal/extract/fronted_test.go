package extract

import "testing"

// TestAtLeastLead checks a content that opens with "at least" or
// "at most" before a tail attribution: the words bound a number, so the
// clause is no fronted place phrase.
func TestAtLeastLead(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"At least nine miners were trapped, rescuers said.", "At least nine miners were trapped", "rescuers"},
		{"At least 14 homes burned overnight, the fire chief said Sunday.", "At least 14 homes burned overnight", "the fire chief"},
		{"At most a third of the ballots were counted, Ortiz said.", "At most a third of the ballots were counted", "Ortiz"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// A fronted place phrase stays circumstance.
	for _, in := range []string{
		"At the depot, the foreman said.",
		"On its website, the firm promises to refund every order.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[0] == "At the depot" || q[0] == "On its website" {
				t.Errorf("%q: the fronted phrase was read as content: %q", in, q)
			}
		}
	}
}
