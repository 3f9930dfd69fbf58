package extract

import "testing"

// TestSourceSpanShares checks source mentions the second source-spans
// pass adjusted.
func TestSourceSpanShares(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"hyphenated number opens a share", "Intro.\n\nSixty-two percent of rural voters said the levy was unfair.",
			"the levy was unfair", "Sixty-two percent of rural voters"},
		{"teen number opens a share", "Intro.\n\nFifteen percent of the farmers said the levy was unfair.",
			"the levy was unfair", "Fifteen percent of the farmers"},
	})
}
