package extract

import "testing"

// TestBareSubordinateReport checks that a content of a cue that is not a
// verb of saying ends at a bare "because"/"after" whose clause holds a
// report of its own subject, which stands as its own attribution; after
// "said", a "that" clause, a time phrase or a weak act the content stays
// whole.
func TestBareSubordinateReport(t *testing.T) {
	cases := []struct{ name, in, cue, want string }{
		{"because thought", "The pastor is upbeat about the merger because she regards the bishop as a unifier.",
			"is upbeat about", "the merger"},
		{"because inner", "The pastor is upbeat about the merger because she regards the bishop as a unifier.",
			"regards", "the bishop as a unifier"},
		{"after report", "The mayor is calling for the chief to resign after the council suggested that the police budget be cut.",
			"is calling for", "the chief to resign"},
		{"after inner", "The mayor is calling for the chief to resign after the council suggested that the police budget be cut.",
			"suggested", "that the police budget be cut"},
		{"said keeps", "The treasurer said the budget was late because the council wanted more hearings.",
			"said", "the budget was late because the council wanted more hearings"},
		{"that clause keeps", "The auditor reported that the vote failed because two members changed their minds.",
			"reported", "that the vote failed because two members changed their minds"},
		{"weak act after", "She criticized the plan after the leaders staged a rally in the capital.",
			"criticized", "the plan after the leaders staged a rally in the capital"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got []string
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = append(got, q.Text)
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("contents of %q = %q, want %q", c.cue, got, c.want)
			}
		})
	}
}
