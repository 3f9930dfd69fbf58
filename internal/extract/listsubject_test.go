package extract

import (
	"strings"
	"testing"
)

// TestListStart checks the comma list of a subject: a capital that
// opens the sentence may head a common-noun list, an opening adverb
// stays out, and a list inside a clause is never cut at an inner comma.
func TestListStart(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"common nouns, the first capitalised by the sentence", "Intro.\n\nPlumbers, welders and roofers warned that the new code would raise costs.",
			"the new code would raise costs", "Plumbers, welders and roofers"},
		{"an opening adverb is no conjunct", "Intro.\n\nMeanwhile, welders and roofers warned that the new code would raise costs.",
			"the new code would raise costs", "welders and roofers"},
		{"an opening time word is no conjunct", "Intro.\n\nYesterday, welders and roofers warned that the new code would raise costs.",
			"the new code would raise costs", "welders and roofers"},
		{"names after an opening adverb", "Intro.\n\nInstead, Quill, Marrow and Dunn argued that the ferry should stay public.",
			"the ferry should stay public", "Quill, Marrow and Dunn"},
	})
	// "… on how Quill, Marrow, Dunn and … said": the list sits in a
	// clause, so no comma inside it may start the mention.
	text := "Intro.\n\nThe paper ran a page on how Ivo Quill, Ada Marrow, Lena Dunn and other growers said the new tariff would hurt them."
	if got := mentionText(quoteWhere(t, "Headline\n\n"+text, "the new tariff would hurt them", true)); strings.Contains(got, ",") {
		t.Errorf("mention %q starts at an inner comma of the list", got)
	}
}

// TestListSubject checks that a subject listing its speakers with commas
// keeps the conjuncts before the last comma, and that an opening phrase
// before the list stays out.
func TestListSubject(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"common nouns after an opening phrase", "Intro.\n\nAfter the flood, her neighbours, cousins and pupils wrote that she had kept the bakery open.",
			"she had kept the bakery open", "her neighbours, cousins and pupils"},
		{"names", "Intro.\n\nHallam, Okafor and Brandt argued that the tunnel plan would bankrupt the port.",
			"the tunnel plan would bankrupt the port", "Hallam, Okafor and Brandt"},
		{"an opening place stays out", "Intro.\n\nIn Dunmore, Hallam and Brandt argued that the tunnel plan would bankrupt the port.",
			"the tunnel plan would bankrupt the port", "Hallam and Brandt"},
		{"a clause before the list stays out", "Intro.\n\nWhen the levy passed, Hallam and Brandt argued that the tunnel plan would bankrupt the port.",
			"the tunnel plan would bankrupt the port", "Hallam and Brandt"},
		{"neither … nor", "Intro.\n\nNeither Ms. Okafor nor other trustees explained the missing funds.",
			"the missing funds", "Neither Ms. Okafor nor other trustees"},
		{"a determined first conjunct", "Intro.\n\nSeveral local farmers and two boat builders have complained about the quota.",
			"the quota", "Several local farmers and two boat builders"},
		{"a verb before the conjunction", "Intro.\n\nThe mayor resigned and local boat builders complained about the quota.",
			"the quota", "local boat builders"},
	})
}

// TestCommonNounCoordination checks lower-case lists with a serial comma
// and a conjunct after "and even", and that a clause before ", and" stays
// out.
func TestCommonNounCoordination(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"serial comma list", "Intro.\n\nBut farm unions, tenant groups, and many county officials claim the levy is unfair.",
			"the levy is unfair", "farm unions, tenant groups, and many county officials"},
		{"and even", "Intro.\n\nEconomists and even some bankers say that the levy is unfair.",
			"that the levy is unfair", "Economists and even some bankers"},
		{"clause before the comma", "Intro.\n\nThe vote was close, and many officials said it was unfair.",
			"it was unfair", "many officials"},
	})
}
