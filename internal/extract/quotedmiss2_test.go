package extract

import "testing"

// TestQuoteTailRareCue checks a quotation closed by its own comma,
// question or exclamation mark and followed by a subject with a
// postmodifier and a rarer cue that ends the clause ("“…,” a placard on
// the fence reads."): the closing mark stands in for the cue's weak
// precision.
func TestQuoteTailRareCue(t *testing.T) {
	cases := []quoteMentionCase{
		{"reads after comma", "“Keep out of the water until further notice,” a placard on the fence reads.",
			"“Keep out of the water until further notice,”", "a placard on the fence"},
		{"reads after exclamation", "“Closed for the season!” a chalkboard at the cafe reads.",
			"“Closed for the season!”", "a chalkboard at the cafe"},
	}
	checkQuoteMentions(t, cases)
	// Not a subject (a preposition opens it), a participle, or a verb
	// whose clause goes on after it.
	none := []noContentCase{
		{"preposition opens", "“Keep out,” among those posted near the lake reads.", "“Keep out,”"},
		{"participle", "“Keep out of the water,” one of the guards reading it.", "“Keep out of the water,”"},
		{"clause goes on", "“Keep out of the water,” a placard beside the lake reads the warning aloud.", "“Keep out of the water,”"},
	}
	checkNoContents(t, none)
}

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
