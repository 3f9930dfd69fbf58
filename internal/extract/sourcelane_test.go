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
