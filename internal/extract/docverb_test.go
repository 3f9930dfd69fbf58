package extract

import "testing"

// TestDocVerb covers a document's verb of evidence ("reflect",
// "highlight", "underscore") right after a document noun that opens its
// clause: the document reports what follows, though the lexicon knows
// the verbs only as weak speech cues. "Include" counts contents and
// stays out.
func TestDocVerb(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "plural documents after a number and a modifier",
			in:      "Two other emails highlight the extent to which the mayor stayed involved with the rowing guild.",
			content: "the extent to which the mayor stayed involved with the rowing guild",
			mention: "Two other emails",
		},
		{
			name:    "a singular document",
			in:      "The email reflects deep frustration among the harbor pilots over the new fees.",
			content: "deep frustration among the harbor pilots over the new fees",
			mention: "The email",
		},
		{
			name:    "a named report",
			in:      "The Gazette report underscores the gap between the two ferry lines.",
			content: "the gap between the two ferry lines",
			mention: "The Gazette report",
		},
	})
	checkContents(t, extract("The figures include pledged delegates and party officials from every county.", Meta{}), nil, []string{"pledged delegates and party officials from every county"})
}
