package extract

import "testing"

// TestPresentVerbQuote checks the present tense of a verb after a name
// or pronoun opening its clause and before a comma or colon and a
// quotation, as the past tense reads ("He grins: “…”").
func TestPresentVerbQuote(t *testing.T) {
	cases := []quoteMentionCase{
		{"pronoun, colon", "He grins: “Not bad for a farm boy.”", "“Not bad for a farm boy.”", "He"},
		{"name after adverbial", "Later, Lee shrugs: “Who knows what comes next?”", "“Who knows what comes next?”", "Lee"},
		{"two-word name, comma", "At the fair, Nora Pike laughs, “That was the loudest goat in the county.”",
			"“That was the loudest goat in the county.”", "Nora Pike"},
	}
	checkQuoteMentions(t, cases)
	// An "-s" noun after a name: a noun phrase, not a subject and verb.
	none := []noContentCase{
		{"determiner before name", "They tried the Smith recipes, “a family secret,” at the fair.", "“a family secret,”"},
		{"verb before name", "Supporters wave Clinton signs, “Stronger Together,” at the rally.", "“Stronger Together,”"},
		{"preposition before name", "Fans of Ellis rewrites, “the new canon,” gathered.", "“the new canon,”"},
		{"plural source head", "Sanders supporters: “Feel the change in the air.”", "“Feel the change in the air.”"},
	}
	checkNoContents(t, none)
}
