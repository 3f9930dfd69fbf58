package extract

import "testing"

// TestRev9 pins the last review's fixes: a one-word opening adverb is
// no member of the subject list after it, and a cue right before a
// closing parenthesis is a parenthetical, not an inner report.
func TestRev9(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"an opening adverb stays out of the list", "Overall, nurses and porters said the new rota was fair.",
			"the new rota was fair", "nurses and porters"},
		{"a plural opening the sentence is a member", "Pilots, deckhands and porters said the new rota was fair.",
			"the new rota was fair", "Pilots, deckhands and porters"},
	})
	checkQuotePairs(t, "Staff said the ferry (which might be, well, you know) could sail on Monday.",
		[][2]string{{"the ferry (which might be, well, you know) could sail on Monday", "Staff"}})
}
