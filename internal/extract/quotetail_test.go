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

// TestTailVerbNewSentence checks that a quotation ending in a question or
// exclamation mark and followed by a capitalised opener ("The", "A",
// "Her") is no report of a quoteTailVerbs verb: the opener starts a
// sentence of its own, where a report would go on in lower case.
func TestTailVerbNewSentence(t *testing.T) {
	none := []noContentCase{
		{"goes on, the", "“Is it over?” The show goes on for another hour.", "“Is it over?”"},
		{"continues, the", "“Is that all?” The column continues in the next issue.", "“Is that all?”"},
		{"continues, page", "“Who won?” The story continues on page six.", "“Who won?”"},
	}
	checkNoContents(t, none)
	q := quoteWhere(t, "Headline\n\n“Can anyone stop it?” the anchor pressed.", "“Can anyone stop it?”", false)
	if got := mentionText(q); got != "the anchor" {
		t.Errorf("mention %q, want %q", got, "the anchor")
	}
}
