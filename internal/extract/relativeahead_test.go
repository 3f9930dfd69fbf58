package extract

import "testing"

// TestRelativeAhead covers a relative clause between a participle cue's
// subject and its predicate: after a subject longer than one name it
// stays in the source, as it does before a say verb; after a bare name
// it stays out.
func TestRelativeAhead(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"Ada Holm, who has piloted ferries for decades, took the harbor board to task on Monday, telling members the night crossing was unsafe.",
			"the night crossing was unsafe", "Ada Holm, who has piloted ferries for decades", "telling"},
		{"The harbor officials, whose boats were damaged in the storm, have pressed the board for months, saying that the breakwater is too low.",
			"that the breakwater is too low", "The harbor officials, whose boats were damaged in the storm", "saying"},
		{"Holm, who has piloted ferries for decades, took the harbor board to task on Monday, telling members the night crossing was unsafe.",
			"the night crossing was unsafe", "Holm", "telling"},
	})
}
