package extract

import "testing"

// TestDocSubjectModifiers covers a document subject whose head noun has
// a modifier before it and a phrase after it that ends on a singular
// noun ("County records from the 2010 election show …"): the bare
// "show" is the documents' verb, not a noun after "election".
func TestDocSubjectModifiers(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "one modifier before the document noun",
			in:      "Harbor records from the 2012 season show the ferry lost money every winter.",
			content: "the ferry lost money every winter",
			mention: "Harbor records from the 2012 season",
		},
		{
			name:    "a determiner and a modifier",
			in:      "The tax filings from the 2015 rowing season show that the guild paid its rowers in cash.",
			content: "that the guild paid its rowers in cash",
			mention: "The tax filings from the 2015 rowing season",
		},
		{
			name:    "no modifier, as before",
			in:      "Records from the port authority show the pier was rebuilt twice.",
			content: "the pier was rebuilt twice",
			mention: "Records from the port authority",
		},
	})
	checkContents(t, extract("The mayor watched the late harbor show with her aides.", Meta{}), nil, []string{"with her aides"})
}
