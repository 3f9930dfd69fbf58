package extract

import "testing"

// TestCuePrep checks that "against" after a cue joins the cue, not the
// content ("argued against | the merger"), while a plain verb of saying
// keeps a clause that opens with it and a quotation keeps its words.
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
		// Must not fire: a plain verb of saying takes a clause.
		{"said keeps its clause",
			"The mayor said against all odds the ferry would sail.",
			"against all odds the ferry would sail", "The mayor"},
		{"said clause not cut",
			"The mayor said against all odds the ferry would sail.",
			"all odds the ferry would sail", ""},
		// Must not fire: the word inside a quotation is the speaker's.
		{"quoted against stays",
			"The coach said “against all reason, we won.”",
			"“against all reason, we won.”", "The coach"},
	}
	checkContentSources(t, cases)
}
