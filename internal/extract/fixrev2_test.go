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

// TestNearSubClause checks which subject a verb after a when/as/while
// clause takes: the clause's own when "and" continues it, or when its
// subject is a pronoun; the main subject before ", VERB-ing" otherwise.
func TestNearSubClause(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"participle after a named clause subject", "Intro.\n\nThe senator waved as Dunn arrived, saying the levy was unfair.",
			"the levy was unfair", "The senator"},
		{"participle after a while clause", "Intro.\n\nThe governor smiled while Ross spoke, saying the tax was too high.",
			"the tax was too high", "The governor"},
		{"and continues the clause", "Intro.\n\nThe fans cheered when Dunn took the stage and said the levy was unfair.",
			"the levy was unfair", "Dunn"},
		{"pronoun clause subject", "Intro.\n\nLee smiled as he left the hall, saying the tax was too high.",
			"the tax was too high", "he"},
	})
}

// TestUnfinishedGrade checks that "as the most …" after a verb's object
// opens no clause whose subject would take the next report.
func TestUnfinishedGrade(t *testing.T) {
	in := "Intro.\n\nThe senator hailed Dunn as the most qualified rival and said the levy was unfair."
	r := extract(in, Meta{Published: "2025-09-04"})
	checkInvariants(t, in, r)
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text != "The senator" {
			t.Errorf("quote %q has mention %q, want The senator", q.Text, q.Mention.Text)
		}
	}
}
