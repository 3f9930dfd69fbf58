package extract

import "testing"

// TestKnowledgeWith covers an unnamed source described by "with (…)
// knowledge of" after an inverted cue ("…, said one pilot with knowledge
// of the talks."): the phrase belongs to the mention, where another
// "with" phrase after a name is the manner of the report and stays out.
func TestKnowledgeWith(t *testing.T) {
	checkMentions(t, []mentionCase{
		{
			name:    "after a closing quotation",
			in:      "\"The ferry toll will be scrapped by spring,\" said one pilot with knowledge of the harbor talks.",
			content: "The ferry toll will be scrapped by spring",
			mention: "one pilot with knowledge of the harbor talks",
		},
		{
			name:    "with a qualifier, before an anonymity clause",
			in:      "\"The ferry toll will be scrapped by spring,\" said a clerk with direct knowledge of the budget, who asked not to be named.",
			content: "The ferry toll will be scrapped by spring",
			mention: "a clerk with direct knowledge of the budget",
		},
		{
			name:    "after a content ending in a comma",
			in:      "The ferry toll will be scrapped by spring, said one pilot with knowledge of the harbor talks.",
			content: "The ferry toll will be scrapped by spring",
			mention: "one pilot with knowledge of the harbor talks",
		},
		{
			name:    "a manner phrase after a name stays out",
			in:      "\"The ferry toll will be scrapped by spring,\" said Ada Holm with a laugh.",
			content: "The ferry toll will be scrapped by spring",
			mention: "Ada Holm",
		},
	})
}
