package extract

import "testing"

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

// TestPostmodHeadAfterOpener checks that a subject whose head takes a
// postmodifier keeps it after a clause opener or with a possessive
// pronoun in its object, and that a pronoun alone stays alone.
func TestPostmodHeadAfterOpener(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"clause opener before the head's article", "Intro.\n\nBut the silence from any of the trustees shows that the tenants were ignored.",
			"that the tenants were ignored", "the silence from any of the trustees"},
		{"a possessive pronoun opens the object", "Intro.\n\nA set of photos from his last match shows that the striker was injured.",
			"that the striker was injured", "A set of photos from his last match"},
		{"a head npBack leaves to others", "Intro.\n\nBut many people at her stalls agreed with Mayor Quill on the tolls.",
			"Mayor Quill on the tolls", "many people at her stalls"},
		{"a verb between the head and the phrase", "Intro.\n\nMany people cheered when her stalls agreed with Mayor Quill on the tolls.",
			"Mayor Quill on the tolls", "her stalls"},
		{"a possessive pronoun alone stays alone", "Intro.\n\nThe mayor wrote a letter about his fears that the ferry would close.",
			"the ferry would close", "his"},
	})
}
