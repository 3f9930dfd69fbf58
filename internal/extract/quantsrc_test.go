package extract

import "testing"

// TestQuantSources checks the words that open a source phrase before its
// head and that the phrase builders leave out: a group with its place.
func TestQuantSources(t *testing.T) {
	checkMentions(t, []mentionCase{
		// a group pronoun with a place phrase
		{"group pronoun before a quoted title", "Intro.\n\nSome in the \"Keep the Ferry\" camp argue the levy is a trap.",
			"the levy is a trap", "Some in the \"Keep the Ferry\" camp"},
		{"share of a placed group after a dash", "Intro.\n\nRents keep climbing -- more than half of those in the harbor district predict they will move.",
			"they will move", "more than half of those in the harbor district"},
		{"no group pronoun before the place", "Intro.\n\nRiders in the harbor district say the buses are late.",
			"the buses are late", "Riders in the harbor district"},
	})
}
