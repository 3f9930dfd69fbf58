package extract

import "testing"

// TestCuePrep checks that "against" or a verb particle after a cue joins
// the cue, not the content ("argued against | the merger", "pushed
// through | a bill"), while a plain verb of saying keeps a clause that
// opens with it and a quotation keeps its words.
func TestCuePrep(t *testing.T) {
	cases := []contentSourceCase{
		{"argued against",
			"The economist argued against a second round of tariffs.",
			"a second round of tariffs", "The economist"},
		{"argued against a gerund",
			"The professor argued against raising the fees.",
			"raising the fees", "The professor"},
		{"against is not content",
			"The economist argued against a second round of tariffs.",
			"against a second round of tariffs", ""},
		{"pushed through a bill",
			"Lawmakers pushed through a bill restricting the sale.",
			"a bill restricting the sale", "Lawmakers"},
		{"through is not content",
			"Lawmakers pushed through a bill restricting the sale.",
			"through a bill restricting the sale", ""},
		{"called into a show",
			"The banker called into a radio show on Monday.",
			"a radio show", "The banker"},
		// Must not fire: a plain verb of saying takes a clause.
		{"said keeps its clause",
			"The mayor said against all odds the ferry would sail.",
			"against all odds the ferry would sail", "The mayor"},
		{"said clause not cut",
			"The mayor said against all odds the ferry would sail.",
			"all odds the ferry would sail", ""},
		{"said up front keeps its clause",
			"The senator said up front that she would vote no on the levy.",
			"front that she would vote no on the levy", ""},
		// Must not fire: the word inside a quotation is the speaker's.
		{"quoted against stays",
			"The coach said “against all reason, we won.”",
			"“against all reason, we won.”", "The coach"},
	}
	checkContentSources(t, cases)
}
