package extract

import "testing"

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
