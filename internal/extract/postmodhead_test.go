package extract

import "testing"

// A subject whose head carries a postmodifier keeps the head: the
// mention runs from the clause's start, not from the last noun phrase.
func TestPostmodHeadSubordinator(t *testing.T) {
	checkSrcCases(t, []srcCase{
		// "at" places the phrase; it is no "at least" share.
		{"The hall went quiet after a man at one of the town meetings called the mayor a liar.", "the mayor a liar", "a man at one of the town meetings"},
		{"The vote went ahead before a judge at one of the state courts ruled that it was void.", "that it was void", "a judge at one of the state courts"},
	})
	// "at least" still opens a share.
	checkSrcCases(t, []srcCase{
		{"At least one of the jurors said the verdict was fair.", "the verdict was fair", "At least one of the jurors"},
	})
}

// A bare plural head opens the subject before its postmodifier's link,
// though no lexicon knows it as a source: the link vouches for the noun.
func TestPostmodHeadBarePlural(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"When diners at the new restaurant complained that the food was cold, the owner apologized.", "that the food was cold", "diners at the new restaurant"},
		{"When panelists on the morning show argued that the plan would fail, he laughed.", "that the plan would fail", "panelists on the morning show"},
	})
}
