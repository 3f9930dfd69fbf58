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

// TestHeadlineNameParts checks that a listed headline word inside a
// name does not end the mention, while one after it still does.
func TestHeadlineNameParts(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"on after an organisation's head", "Institute On Rural Policy Says Farm Subsidies Are Failing Everyone.\n\nThe report came out on Monday.",
			"Farm Subsidies Are Failing Everyone", "Institute On Rural Policy"},
		{"a modal as a given name", "Singer Will Harlow Says Radio Needs More Local Music Today.\n\nThe report came out on Monday.",
			"Radio Needs More Local Music Today", "Singer Will Harlow"},
	})
}
