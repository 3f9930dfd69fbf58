package extract

import "testing"

// TestCryQuotes checks quotations read after a cry (cryQuotes): a cry verb
// or a cry noun with "of" right before an unattributed quotation reports
// it, with the clause's subject, a possessive, or no named crier; cries
// listed with "and" are one content.
func TestCryQuotes(t *testing.T) {
	cases := []quoteMentionCase{
		{"gerund after comma", "The fans interrupted her talk, shouting “we win, they lose!”",
			"“we win, they lose!”", "The fans"},
		{"progressive verb", "Some voters were screaming \"Recount!\" outside the hall.",
			"\"Recount!\"", "Some voters"},
		{"possessive noun", "Their shouts of “Shame on you!” filled the room.",
			"“Shame on you!”", "Their"},
		{"noun without crier", "The mayor walked in to chants of “Four more years,” and sat down.",
			"“Four more years,”", ""},
		{"listed cries", "There were loud calls of \"Go home\" and \"Stay out\" as the convoy passed.",
			"\"Go home\" and \"Stay out\"", ""},
	}
	checkQuoteMentions(t, cases)

	// Where it must not fire: no quotation after the cry, "calls for",
	// a bare noun ("the caustic chant"), and a quotation another
	// attribution already holds (no second reading of it).
	none := []noContentCase{
		{"no quotation", "The fans kept shouting at the referee all night.", "at the referee all night"},
		{"calls for", "The group renewed its calls for a \"fair deal\" on wages.", "\"fair deal\""},
		{"bare noun", "The protest song ends with a shout “Not in our name” from the band.", "“Not in our name”"},
		{"title word", "The word \"shouting\" appears in the title “Shouting Match.”", "“Shouting Match.”"},
	}
	checkNoContents(t, none)
	t.Run("held quotation read once", func(t *testing.T) {
		text := "Headline\n\n“Go home,” the marchers shouted at the gate."
		r := extract(text, Meta{Published: "2025-09-04"})
		n := 0
		for _, q := range r.Quotes {
			if q.Text == "“Go home,”" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d readings of the quotation, want 1: %+v", n, r.Quotes)
		}
	})
}
