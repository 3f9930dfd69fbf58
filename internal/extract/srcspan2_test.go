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
		{"party tag before an apposition", "Intro.\n\nSen. Ann Bell, R-Ohio, a farm-state senator, said the levy was unfair.",
			"the levy was unfair", "Sen. Ann Bell, R-Ohio, a farm-state senator,"},
		{"age and place before the cue", "Intro.\n\nJo Park, 41, of Dayton said the levy was unfair.",
			"the levy was unfair", "Jo Park, 41, of Dayton"},
	})
}
