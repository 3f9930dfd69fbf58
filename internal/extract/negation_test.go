package extract

import "testing"

// TestContractedNegation covers a confident cue of speech after an
// auxiliary with a contracted "not": the subject before "wouldn't" is the
// source, as before "would not". Thought verbs after a contracted
// negation ("don't think", "don't know") are mostly the hedges of quoted
// talk and are left as they were; a plain verb stays no cue.
func TestContractedNegation(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"didn't respond to", "The harbor board didn't respond to several emails.",
			[][2]string{{"several emails", "The harbor board"}}},
		{"apposed subject", "The port director, a former pilot, wouldn’t say how the board would vote.",
			[][2]string{{"how the board would vote", "The port director, a former pilot"}}},
		{"not the auxiliary as source", "Sen. Rosa Dunn of Oregon, the likely chair in January, wouldn’t say Monday how the panel would handle the levy, saying only that “it deserves a hearing” for the harbor.",
			[][2]string{{"that “it deserves a hearing” for the harbor", "Sen. Rosa Dunn of Oregon, the likely chair in January"}}},
		{"hasn't indicated", "The port director hasn’t indicated much appetite for the job.",
			[][2]string{{"much appetite for the job", "The port director"}}},
		{"thought verb", "Voters don't know whether the levy will pass.", nil},
		{"plain verb", "The ferry didn't return to the harbor until dawn.", nil},
		{"in a relative clause", "Growers who didn't sell their orchards said prices were too low.",
			[][2]string{{"prices were too low", "Growers who didn't sell their orchards"}}},
	})
}
