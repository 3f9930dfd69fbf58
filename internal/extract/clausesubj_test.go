package extract

import "testing"

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
	in := "Intro.\n\nThe manager ranked Okafor as the most experienced defender in the squad and said the transfer fee was fair."
	if q := quoteWhere(t, in, "the transfer fee was fair", false); mentionText(q) != "The manager" {
		t.Errorf("mention %+v, want The manager", q.Mention)
	}
}
