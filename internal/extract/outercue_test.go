package extract

import "testing"

// TestOuterParticiple checks that a reporting participle after a main
// clause with no cue keeps the words it reports when a weak cue stands
// inside them, and that a plain "say" inside stays a report of its own.
func TestOuterParticiple(t *testing.T) {
	cases := []struct {
		name, in, src, want string
	}{
		{"saying over weak inner", "The chancellor frowned, saying during a radio interview that the regents had answered the strike with indifference.",
			"The chancellor", "that the regents had answered the strike with indifference"},
		{"arguing over weak inner", "Her aides kept their distance, arguing that they saw the vote as a trap.",
			"Her aides", "that they saw the vote as a trap"},
		{"inner say kept", "The mayor kept quiet, noting that aides said the plan was dead.",
			"aides", "the plan was dead"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			found := false
			for _, q := range r.Quotes {
				if q.Text == c.want && q.Mention != nil && q.Mention.Text == c.src {
					found = true
				}
			}
			if !found {
				t.Errorf("missing %q from %q; got %v", c.want, c.src, keys(contents(r)))
			}
		})
	}
}
