package extract

import "testing"

// TestMidAdverb covers "since" and "now" between a form of "have" or
// "be" and the cue ("has since stressed", "are now arguing"): the subject
// before the auxiliary is the source. Elsewhere the two words open a time
// phrase or a clause, and no report is read through them.
func TestMidAdverb(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "since after has",
			text:    `Ada Holm has since stressed that the ferry fares will not rise.`,
			quote:   "that the ferry fares will not rise",
			mention: "Ada Holm",
		},
		{
			name:    "now after a progressive be",
			text:    `The harbor pilots are now arguing that the new toll is unfair.`,
			quote:   "that the new toll is unfair",
			mention: "The harbor pilots",
		},
		{
			name:    "just now after had",
			text:    `The rowing guild had just now insisted that the regatta would move.`,
			quote:   "that the regatta would move",
			mention: "The rowing guild",
		},
		{
			name:    "since before a determiner is a time phrase",
			text:    `The old pier has been closed since the storm that hit in May.`,
			notWant: []string{"that hit in May", "the storm that hit in May"},
		},
		{
			name:    "now after a modal stays out",
			text:    `The two skippers could now argue that the mooring fees are fair.`,
			notWant: []string{"that the mooring fees are fair"},
		},
	}
	checkQuoteCases(t, cases)
}
