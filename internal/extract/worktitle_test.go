package extract

import "testing"

// TestWorkTitleEnd covers a source after an inverted cue whose
// apposition names a work in quotation marks after "of": a title of
// more than eight words that closes the sentence is still part of the
// source ("a co-author of “…”"), so the source does not stop at "of".
// A short title keeps working as before.
func TestWorkTitleEnd(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"long title closing the sentence",
			`“The ferry board had no choice,” said Ada Holm, a co-author of “Salt Roads and Tide Tables: Inside the World of the Harbor Pilots.”`,
			"“The ferry board had no choice,”",
			"Ada Holm, a co-author of “Salt Roads and Tide Tables: Inside the World of the Harbor Pilots.”"},
		{"short title",
			`“The ferry board had no choice,” said Ada Holm, the author of “Salt Roads.”`,
			"“The ferry board had no choice,”",
			"Ada Holm, the author of “Salt Roads.”"},
	})
}
