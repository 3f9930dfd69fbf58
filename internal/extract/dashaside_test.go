package extract

import "testing"

// TestDashSummaryPreposed: a dash after a postposed cue sums up the
// clause before it, whichever layout reads the cue.
func TestDashSummaryPreposed(t *testing.T) {
	for _, in := range []string{
		"The town grew, Ida Fenn said -- a claim that others dispute.",
		"The town grew, the census office said — a claim that others dispute.",
	} {
		for _, q := range extract(in, Meta{}).Quotes {
			if q.Text == "a claim that others dispute" {
				t.Errorf("%q: the dash summary read as content", in)
			}
		}
	}
}
