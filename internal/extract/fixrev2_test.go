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
			"a point", "Ann Bell"},
	})
}

// TestHeadlineNameParts checks that a listed headline word inside a
// name does not end the mention. headlineWordCut reads only the first
// paragraph, so each headline opens its document.
func TestHeadlineNameParts(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"on after an organisation's head", "Council On Harbor Trade Says Ferry Fares Are Climbing Everywhere.\n\nThe statement came out on Monday.",
			"Ferry Fares Are Climbing Everywhere", "Council On Harbor Trade"},
		{"a modal as a given name", "Chef Will Barrow Says Diners Want Smaller Plates.\n\nThe interview ran on Monday.",
			"Diners Want Smaller Plates", "Chef Will Barrow"},
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
	in := "Intro.\n\nThe manager ranked Okafor as the most experienced defender in the squad and said the transfer fee was fair."
	if q := quoteWhere(t, in, "the transfer fee was fair", false); mentionText(q) != "The manager" {
		t.Errorf("mention %+v, want The manager", q.Mention)
	}
}
