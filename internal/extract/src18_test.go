package extract

import "testing"

// TestNameMiddleNoCue: in running text a capitalised cue word after a
// capitalised word goes on a name ("The Tampa Herald", "Echoing Hope
// Ranch") and is no cue; the report's own verb after the name is.
func TestNameMiddleNoCue(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"paper name before its verb", "“We are done here,” The Tampa Herald reported.",
			[][2]string{{"“We are done here,”", "The Tampa Herald"}}},
		{"institute name before its verb", "The Urban Warns Institute said the levy was too high.",
			[][2]string{{"the levy was too high", "The Urban Warns Institute"}}},
		{"place name, no report", "Families at Echoing Hope Ranch in Idaho learn to farm.",
			nil},
	})
}

// TestNameMiddleKeepsCue: a short label line, a date that opens the cue
// and a sentence-opening participle keep their cues.
func TestNameMiddleKeepsCue(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"two-word label line", "Mayor Lee Warns: “The bridge will close.”",
			[][2]string{{"“The bridge will close.”", "Mayor Lee"}}},
		{"weekday before the verb", "Ms. Lane Sunday night recounted the meeting in detail.",
			[][2]string{{"the meeting in detail", "Ms. Lane"}}},
		{"sentence-opening participle", "The mayor left early. Asked about the delay, she said the trains were full.",
			[][2]string{{"the delay", ""}, {"the trains were full", "she"}}},
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
