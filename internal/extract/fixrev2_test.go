package extract

import "testing"

// TestContactClauseGuard checks that a noun a relative clause modifies
// stays in the mention unless the clause's subject runs into the cue or
// the phrase follows the content.
func TestContactClauseGuard(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"relative clause inside the subject", "Intro.\n\nThe plan Lee drew up last spring said the levy was unfair.",
			"the levy was unfair", "The plan Lee drew up last spring"},
		{"utterance noun is its own speaker", "Intro.\n\nThe statement Ann Bell released on Monday said the tax would rise.",
			"the tax would rise", "The statement Ann Bell released on Monday"},
		{"subject runs into the cue", "Intro.\n\nThe vote was close, a point Ann Bell has conceded.",
			"The vote was close", "Ann Bell"},
	})
}
