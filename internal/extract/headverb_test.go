package extract

import "testing"

// TestHeadBeforeVerb: a learned cue phrase that starts with a subject's
// head noun ("reports show") leaves the noun in the source.
func TestHeadBeforeVerb(t *testing.T) {
	checkMentions(t, []mentionCase{
		{name: "plural head", in: "Federal reports show that the river rose.", content: "that the river rose", mention: "Federal reports"},
		{name: "possessor keeps its noun in the cue", in: "Lee said little. His remarks indicated that the deal was off.", content: "that the deal was off", mention: "His"},
	})
}
