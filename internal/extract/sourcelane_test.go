package extract

import "testing"

// TestMentionOpeners checks that an adverb or linking word opening the
// clause stays out of the subject's mention.
func TestMentionOpeners(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"then before a name", "Intro.\n\nThe vote came late, and then Ed Moss said the levy was unfair.",
			"the levy was unfair", "Ed Moss"},
		{"ever since", "Intro.\n\nEver since Ann Lee announced that the pier would close.",
			"that the pier would close", "Ann Lee"},
		{"whereas", "Intro.\n\nThe mayor wavered, whereas Ed Moss insisted that the toll must go.",
			"that the toll must go", "Ed Moss"},
		{"a name with no opener keeps its start", "Intro.\n\nEd Moss insisted that the toll must go.",
			"that the toll must go", "Ed Moss"},
	})
}

// TestAccordingDash checks that a spaced dash ends the source of
// "according to".
func TestAccordingDash(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"hyphen after the source", "Intro.\n\nRents rose 4 percent, according to the Lake Institute - a sharp jump from last year.",
			"Rents rose 4 percent", "the Lake Institute"},
		{"no dash keeps the phrase", "Intro.\n\nRents rose 4 percent, according to the Lake Institute.",
			"Rents rose 4 percent", "the Lake Institute"},
	})
}

// TestContractedPronoun checks that a verb contracted onto a pronoun
// source stays out of the mention.
func TestContractedPronoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"they're", "Intro.\n\nThey’re saying the toll is too high.", "the toll is too high", "They"},
		{"I've", "Intro.\n\nI've said the toll is too high.", "the toll is too high", "I"},
		{"plain pronoun", "Intro.\n\nWe said the toll is too high.", "the toll is too high", "We"},
	})
}
