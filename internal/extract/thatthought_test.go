package extract

import "testing"

// TestThoughtInThatClause checks that an attitude whose subject opens a
// that-clause is no attribution of its own, while a plain attitude, a
// report taking the whole clause and the report around the clause stay.
func TestThoughtInThatClause(t *testing.T) {
	cases := []cuePresenceCase{
		{"relative that", "These are the themes that marketers hope to sell to viewers.", "hope", false},
		{"now that", "Now that we know the costs are large, the plan looks unwise.", "know", false},
		{"plain attitude", "Voters want a new bridge.", "want", true},
		{"clause taken whole", "It was a move that the mayor hopes will end the strike.", "hopes", true},
		{"possessed noun", "The fact that Ada Holm's denunciation of the tolls came so late is odd.", "denunciation of", true},
		{"outer report", "Officials warned that residents fear the river will flood again.", "warned", true},
	}
	checkCuePresence(t, cases)
}
