package extract

import "testing"

// TestSourceHeads checks subject mentions that reach back from a noun
// inside the subject to the subject's own head: a share, a postmodifier,
// a list after ", with".
func TestSourceHeads(t *testing.T) {
	checkMentions(t, []mentionCase{
		// shareOfBack
		{"share after a subordinator", "Intro.\n\nFunding for the ferry dried up while some of the older harbor pilots insisted they would keep sailing.",
			"they would keep sailing", "some of the older harbor pilots"},
		{"share inside a relative clause", "Intro.\n\nThe pier reopened after one of the two night wardens reported the crack had been sealed.",
			"the crack had been sealed", "one of the two night wardens"},
		// Not after "spend": its subject is the source there
		// (spentgerund.go).
		{"mass quantity is no share", "Intro.\n\nLee filled much of his speech defending the levy.",
			"the levy", "his speech"},
		// "within" links a head to its postmodifier
		{"within after the head", "Intro.\n\nBut engineers within the transit agency say the tunnel leaks.",
			"the tunnel leaks", "engineers within the transit agency"},
		{"within opening the sentence", "Intro.\n\nWithin the hour the agency said the tunnel leaks.",
			"the tunnel leaks", "the agency"},
		// postmodHead stops at a clause-joining ", and"
		{"subject after a comma and", "Intro.\n\nThe council met for hours, and people familiar with the talks say a deal is close.",
			"a deal is close", "people familiar with the talks"},
		{"relative pronoun stays alone after a comma and", "Intro.\n\nOpponents will face the agency, two states, and a number of towns that support the rules.",
			"the rules", "that"},
		{"conjuncts without a comma", "Intro.\n\nFarmers and people familiar with the talks say a deal is close.",
			"a deal is close", "Farmers and people familiar with the talks"},
		// phraseAbuts: a number after a quantifier is inside the phrase
		{"approximator before a number", "Intro.\n\nSome 30 percent of riders on the night buses said the fares were too high.",
			"the fares were too high", "Some 30 percent of riders on the night buses"},
		{"determiner after a verb still abuts", "Intro.\n\nOfficials met some riders from the night buses said the fares were too high.",
			"the fares were too high", "the night buses"},
		// plainHead: a head npBack does not know still heads the subject
		{"unknown head with a capitalised modifier", "Intro.\n\nSatellite pictures taken over the Kessel dunes suggest the lake is shrinking.",
			"the lake is shrinking", "Satellite pictures taken over the Kessel dunes"},
		{"verb of the clause is no head", "Intro.\n\nThe mayor walked along the Kessel dunes, saying the lake is shrinking.",
			"the lake is shrinking", "The mayor"},
		// mentionCut: a negated auxiliary written as one word is the verb's
		{"negated auxiliary after the subject", "Intro.\n\nHarbor director Tom Okafor wouldn’t say whether the pier would reopen.",
			"whether the pier would reopen", "Harbor director Tom Okafor"},
		{"negated plural auxiliary", "Intro.\n\nHarbor officials haven't ruled out a second closure.",
			"a second closure", "Harbor officials"},
		{"spelled-out negation", "Intro.\n\nHarbor director Tom Okafor would not say whether the pier would reopen.",
			"whether the pier would reopen", "Harbor director Tom Okafor"},
		// subjectStart: ", with" opens an absolute clause
		{"list after a comma and with", "Intro.\n\nThe vote was close, with many riders and drivers calling for a recount.",
			"a recount", "many riders and drivers"},
		{"with without a comma", "Intro.\n\nThe mayor met with riders and drivers on Monday, saying the fares would fall.",
			"the fares would fall", "The mayor"},
	})
}
