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

// TestDashAsideThat covers contents whose "that" follows an aside set off by
// dashes after the cue; a look-alike names contents that must not appear.
func TestDashAsideThat(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "hyphen aside between the cue and its that clause",
			text:    `Vesna Kolar insisted on Friday - wrongly, as it turned out - that the bridge was "perfectly safe" for lorries.`,
			quote:   `that the bridge was "perfectly safe" for lorries`,
			mention: "Vesna Kolar",
			notWant: []string{`wrongly, as it turned out - that the bridge was "perfectly safe" for lorries`},
		},
		{
			name:    "em dash aside opening right after the cue",
			text:    `The harbour master argued — citing three old storms — that the pier needed new pilings.`,
			quote:   "that the pier needed new pilings",
			mention: "The harbour master",
			notWant: []string{"citing three old storms — that the pier needed new pilings"},
		},
		{
			name:    "dash aside after a thought verb",
			text:    `The boatwright thinks — like most of the guild — that the old hull can still float.`,
			quote:   "that the old hull can still float",
			mention: "The boatwright",
			notWant: []string{"like most of the guild — that the old hull can still float"},
		},
		{
			name:    "aside with no that clause after it",
			text:    `Vesna Kolar made an offer - a modest one - that the ferrymen refused.`,
			notWant: []string{"that the ferrymen refused"},
		},
	}
	checkQuoteCases(t, cases)
}
