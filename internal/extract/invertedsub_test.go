package extract

import "testing"

// TestInvertedSubordinate covers a subordinate clause after the source
// of an inverted cue ("“…,” said Ada Holm as she left the pier."): the
// clause is circumstance, so the mention ends before it, and a verb in
// it no longer costs the quotation its source.
func TestInvertedSubordinate(t *testing.T) {
	checkMentions(t, []mentionCase{
		{
			name:    "as with a finite clause",
			in:      "\"The ferry toll will be scrapped by spring,\" said Ada Holm as she left the pier.",
			content: "The ferry toll will be scrapped by spring",
			mention: "Ada Holm",
		},
		{
			name:    "when asked",
			in:      "\"The ferry toll will be scrapped by spring,\" said harbor pilot Ada Holm when asked about the fees.",
			content: "The ferry toll will be scrapped by spring",
			mention: "harbor pilot Ada Holm",
		},
		{
			name:    "when with a passive clause",
			in:      "\"The ferry toll will be scrapped by spring,\" said an aide when the votes were counted.",
			content: "The ferry toll will be scrapped by spring",
			mention: "an aide",
		},
		{
			name:    "a participle describing the source stays",
			in:      "\"The ferry toll will be scrapped by spring,\" said a pilot involved in the talks.",
			content: "The ferry toll will be scrapped by spring",
			mention: "a pilot involved in the talks",
		},
	})
}
