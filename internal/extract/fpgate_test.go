package extract

import "testing"

// TestNonReports checks that a cue word inside a noun phrase or an
// agentless passive closing its clause yields no attribution, while a
// passive opening a quoted question still does.
func TestNonReports(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want int
	}{
		{"noun cue after the", "The views of the mayor on the bridge are well known in town.", 0},
		{"participle modifier after the", "The added security at the stadium drew complaints from fans.", 0},
		{"participle modifier after an", "An estimated 300 volunteers were assigned to the polling stations.", 0},
		{"noun cue subject", "The description of his plans is based on interviews with aides.", 0},
		{"agentless passive before a comma", "No agreement between the two towns was announced, and the talks will go on next week.", 0},
		{"negated passive before a comma", "The sale price was not disclosed, though the land is worth millions.", 0},
		{"passive in a leading clause", "A year after the plan was announced, no one had moved into the new homes.", 0},
		{"passive opening a quoted question", "The governor was asked, \"Will you run again?\"", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if len(r.Quotes) != c.want {
				t.Errorf("%d attributions, want %d: %+v", len(r.Quotes), c.want, r.Quotes)
			}
		})
	}
}
