package extract

import "testing"

// TestDegreeAbbrev covers an academic degree with a mixed-case first
// part ("Ph.D.") inside a source mention: one word, so its periods end
// neither the sentence nor the mention.
func TestDegreeAbbrev(t *testing.T) {
	checkMentions(t, []mentionCase{
		{
			name:    "a degree inside a relative clause after an inverted cue",
			in:      "\"The ferry toll will be scrapped by spring,\" said Ada Holm, a pilot who earned a Ph.D. from Leiden.",
			content: "The ferry toll will be scrapped by spring",
			mention: "Ada Holm, a pilot who earned a Ph.D. from Leiden",
		},
		{
			name:    "an education degree before the cue",
			in:      "Ada Holm, who holds an Ed.D. in harbor studies, said the ferry toll would be scrapped.",
			content: "the ferry toll would be scrapped",
			mention: "Ada Holm, who holds an Ed.D. in harbor studies",
		},
	})
}
