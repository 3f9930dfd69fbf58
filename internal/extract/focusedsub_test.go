package extract

import "testing"

// TestFocusedSubordinator covers an adverbial clause opened by a focus
// word and a subordinator ("Even as …,", "Only after …,") before the
// subject, at the start of the sentence or after another opening
// phrase: the focus word is no subject, and the participle cue takes
// the subject after the clause.
func TestFocusedSubordinator(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"Even as the ferry fares climbed, Ada Holm went to the harbor board, telling members the night crossing was unsafe.",
			"the night crossing was unsafe", "Ada Holm", "telling"},
		{"On Tuesday, even as the ferry fares climbed, Ada Holm went to the harbor board, telling members the night crossing was unsafe.",
			"the night crossing was unsafe", "Ada Holm", "telling"},
		{"Only after the storm passed, Ada Holm went to the harbor board, telling members the night crossing was unsafe.",
			"the night crossing was unsafe", "Ada Holm", "telling"},
	})
}
