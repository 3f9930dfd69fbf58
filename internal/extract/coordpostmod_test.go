package extract

import "testing"

// A subject whose postmodifier holds a coordination keeps its head:
// coordinated modifiers before the head ("current and former officials")
// and a pair of prepositions sharing one object ("on and off the
// island") do not cut the mention down to the last noun phrase.
func TestCoordPostmodHead(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"The mayor left. But current and former aides in the council and at the ministry have said the plan failed.", "the plan failed", "current and former aides in the council and at the ministry"},
		{"The vote was close. Yet many farmers on and off the reservation believe the levy is unfair.", "the levy is unfair", "many farmers on and off the reservation"},
		{"The hall was full. Yet several guests in and out of the kitchen said the food was cold.", "the food was cold", "several guests in and out of the kitchen"},
	})
}
