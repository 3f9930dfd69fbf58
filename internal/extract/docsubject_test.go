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

// TestDocSubjectDated covers a document subject that a participle dates
// or credits to its maker, past a first document noun and over a
// clause that says when the survey was taken: the whole phrase is the
// source, as far as the clause start.
func TestDocSubjectDated(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "a participle with its maker, a singular noun before the verb",
			in:      "First results of harbor surveys conducted by Brandt Research show most rowers favored the new toll.",
			content: "most rowers favored the new toll",
			mention: "First results of harbor surveys conducted by Brandt Research",
		},
		{
			name:    "a long maker before a plural noun",
			in:      "First results of harbor surveys conducted by Brandt Research for the Gazette and two local radio stations show most rowers favored the new toll.",
			content: "most rowers favored the new toll",
			mention: "First results of harbor surveys conducted by Brandt Research for the Gazette and two local radio stations",
		},
		{
			name:    "a clause that dates the survey",
			in:      "Surveys of rowers taken as they left the boathouse showed that younger crews backed the toll.",
			content: "that younger crews backed the toll",
			mention: "Surveys of rowers taken as they left the boathouse",
		},
	})
}
