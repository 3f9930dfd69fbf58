package extract

import "testing"

// TestParenAside checks that a cue inside parentheses reports
// only what they hold: the content ends at their ")".
func TestParenAside(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The councillor (who said the scheme was \u201creckless\u201d) voted against it.", "the scheme was \u201creckless\u201d", "who", "said"},
		{"The bank\u2019s chief executive (who said profits would double) resigned on Monday.", "profits would double", "who", "said"},
		{"Two inspectors (one of them said the ferry was unsafe) left early.", "the ferry was unsafe", "one of them", "said"},
		// A "(" inside the content is matched there: no close.
		{"The treasurer said the fund (set up in 2019) had run dry.", "the fund (set up in 2019) had run dry", "The treasurer", "said"},
		{"(The treasurer said the fund had run dry.) Auditors disagreed.", "the fund had run dry", "The treasurer", "said"},
	})
}
