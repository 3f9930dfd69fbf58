package extract

import "testing"

// TestStanceCoordInfinitive covers an intention cue with a "to"
// infinitive coordinated after "and" or "but": it shares the clause's
// subject.
func TestStanceCoordInfinitive(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"but plans", "The councilwoman visited Dover last spring, but now plans to run for mayor.", "to run for mayor", "The councilwoman", "plans"},
		{"and pledged", "The governor visited farmers on Monday and pledged to cut property taxes.", "to cut property taxes", "The governor", "pledged"},
		{"and decided", "The board reviewed the budget and decided to close two libraries.", "to close two libraries", "The board", "decided"},
		{"plain subject", "The councilwoman plans to run for mayor.", "to run for mayor", "The councilwoman", "plans"},
		{"noun plans", "The mayor toured the plant and its plans to expand.", "", "", "plans"},
		{"no infinitive", "The board reviewed the budget and decided against it.", "", "", "decided"},
		{"inside a report", "Lee said that the board met in May and plans to vote on it soon.", "", "", "plans"},
		{"low precision cue", "A builder arrives and wants to pave the park.", "", "", "wants"},
	})
}
