package extract

import "testing"

// TestGuardInputs holds one input for each guard that had no failing
// case: each fails with its guard removed.
func TestGuardInputs(t *testing.T) {
	checkMentions(t, []mentionCase{
		// commaBetween in the city-state skip (sources.go): a "City,
		// State," that opens the sentence is the content's own, and the
		// name after the cue is the source.
		{"a city and state opening the content is no place aside", "Intro.\n\nToledo, Ohio, stayed dark all night, said Wes Pratt.",
			"Toledo, Ohio, stayed dark all night", "Wes Pratt"},
		// finiteAt's copula branch (clausesubj.go): "was" before a
		// gerund is a finite act the coordinated verb shares.
		{"a progressive in a when clause shares its subject", "Intro.\n\nNobody clapped when Coach Diaz was leaving the gym and announced that practice was canceled.",
			"that practice was canceled", "Coach Diaz"},
	})
}
