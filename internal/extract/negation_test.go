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

// TestExpletiveItContracted: an empty "it" before a contracted
// negated copula ("It isn't reported that …") is no source, as before
// "is not"; an "it" that says something keeps its mention.
func TestExpletiveItContracted(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"isn't", "It isn't reported that the quarry floods each spring.",
			[][2]string{{"that the quarry floods each spring", ""}}},
		{"wasn’t, curly", "It wasn’t announced that the night ferry would stop.",
			[][2]string{{"that the night ferry would stop", ""}}},
		{"is not, as before", "It is not reported that the quarry floods each spring.",
			[][2]string{{"that the quarry floods each spring", ""}}},
		{"doesn't say keeps it", "It doesn't say that the quarry will close.",
			[][2]string{{"that the quarry will close", "It"}}},
	})
}

// TestContractedBeNegation: a pronoun's contracted "is" or "are" before
// "not" is stepped over as the full form is, so the pronoun stays the
// source; a negated copula or motion verb still makes no quote.
func TestContractedBeNegation(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"contracted is", "He’s not predicting the levy will pass.",
			[][2]string{{"the levy will pass", "He"}}},
		{"contracted are", "They’re not expecting a refund from the county.",
			[][2]string{{"a refund from the county", "They"}}},
		{"plain apostrophe", "She's not saying what the ferry fee will be.",
			[][2]string{{"what the ferry fee will be", "She"}}},
		{"copula, no cue", "Ferries aside, it’s not obvious whether the dock will reopen.", nil},
		{"no report verb", "He’s not walking to the pier today.", nil},
	})
}
