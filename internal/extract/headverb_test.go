package extract

import "testing"

// TestHeadBeforeVerb: lexgen learns no cue phrase that starts with a
// subject's head noun ("reports show"; lexgen/headsplit.go), so the noun
// stays in the source, while a possessor keeps the noun in its cue.
func TestHeadBeforeVerb(t *testing.T) {
	checkMentions(t, []mentionCase{
		{name: "plural head", in: "Federal reports show that the river rose.", content: "that the river rose", mention: "Federal reports"},
		{name: "singular head", in: "An early analysis shows the bridge needs new cables.", content: "the bridge needs new cables", mention: "An early analysis"},
		{name: "determiner before head", in: "The reports show the mill closed in May.", content: "the mill closed in May", mention: "The reports"},
		{name: "possessor keeps its noun in the cue", in: "Lee said little. His remarks indicated that the deal was off.", content: "that the deal was off", mention: "His"},
	})
}
