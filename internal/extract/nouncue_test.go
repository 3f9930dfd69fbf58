package extract

import "testing"

// TestNounCues covers reporting nouns whose possessor holds the attitude:
// "the mayor's attacks on the board".
func TestNounCues(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"possessive pronoun", "Farmers in Ames gathered as the governor renewed his attacks on tariff plans.", "tariff plans", "his", "attacks on"},
		{"named possessor", "Local papers ran Mayor Holt’s criticism of the new stadium deal.", "the new stadium deal", "Mayor Holt’s", "criticism of"},
		{"verb before possessor", "A long article traced Senator Diaz’s opposition to the dam.", "the dam", "Senator Diaz’s", "opposition to"},
		{"pronoun after the verb", "Mayor Ann Holt softened her criticism of the school board.", "the school board", "Mayor Ann Holt", "criticism of"},
		{"noun by source that", "The city closed the pool after claims by the union that it was unsafe.", "that it was unsafe", "the union", "claims"},
		{"noun from apposition that", "Council members doubted a claim from the city auditor, Nora Webb, that funds were missing.", "that funds were missing", "the city auditor, Nora Webb", "claim"},
		{"relative that", "The panel released a report from its staff that cited delays.", "", "", "report"},
		{"verb after possessive s", "The union's attacked the plan twice.", "", "", "attacked"},
		// "’s" is "has" or "is" before a verb form: no possessor.
		{"past form after possessive s", "The union's called for a strike twice.", "", "", "called for"},
		{"gerund after possessive s", "Lee's been calling for a recount.", "", "", "calling for"},
	})
}

// TestNouncue covers nouns of saying read with their source: a possessed
// pledge or appeal with a to-infinitive ("the mayor's pledge to cut
// fares") and a released statement with a participle ("issued a
// statement condemning the toll"). Each case names the quote and source
// it must give; look-alikes name contents that must not appear.
func TestNouncue(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "possessed pledge as the subject ends at the main verb",
			text:    `The mayor's pledge to cut ferry fares won her the harbor wards.`,
			quote:   "to cut ferry fares",
			mention: "The mayor's",
		},
		{
			name:    "possessive pronoun after a preposition",
			text:    `The vote came days after her vow to sell the ferries.`,
			quote:   "to sell the ferries",
			mention: "her",
		},
		{
			name:    "opening despite phrase ends at its comma",
			text:    `Despite Ada Holm’s call to close the pier, the council voted to keep it.`,
			quote:   "to close the pier",
			mention: "Ada Holm’s",
		},
		{
			name:    "a commitment to a gerund is no pledge noun",
			text:    `Her commitment to helping the ferrymen is clear.`,
			notWant: []string{"to helping the ferrymen"},
		},
		{
			name:    "a plan is an intention, not a thing said",
			text:    `Rain fell all week. Her plan to sell the ferries failed in the council.`,
			notWant: []string{"to sell the ferries"},
		},
		{
			name:    "a call without a possessor",
			text:    `The call to close the pier came too late.`,
			notWant: []string{"to close the pier"},
		},
		{
			name:    "a pronoun after a verb whose subject lies past a subordinator",
			text:    `Rain fell all week. The ferrymen rowed on, while still honoring his promise to rest at noon.`,
			notWant: []string{"to rest at noon"},
		},
		{
			name:    "released statement with an object participle",
			text:    `Rain fell all week. The rowing club issued a statement condemning the new toll.`,
			quote:   "the new toll",
			mention: "The rowing club",
		},
		{
			name:    "released statement with a day before a whether clause",
			text:    `Rain fell all week. Later the guild released a short statement Tuesday doubting whether the toll was legal.`,
			quote:   "whether the toll was legal",
			mention: "the guild",
		},
		{
			name:    "put out a statement calling on",
			text:    `Rain fell all week. Ada Holm has put out a terse statement calling on every alderman to drop the toll.`,
			quote:   "every alderman to drop the toll",
			mention: "Ada Holm",
		},
		{
			name:    "a letter that holds something says nothing",
			text:    `Rain fell all week. The rowing club sent a letter containing the new fees.`,
			notWant: []string{"the new fees"},
		},
	}
	checkQuoteCases(t, cases)
}
