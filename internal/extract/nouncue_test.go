package extract

import "testing"

// TestNounCues covers reporting nouns whose possessor holds the attitude:
// "the mayor's attacks on the board".
func TestNounCues(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"possessive pronoun", "Farmers in Ames cheered when the governor renewed his attacks on tariff plans.", "tariff plans", "his", "attacks on"},
		{"named possessor", "Local papers covered Mayor Holt’s criticism of the new stadium deal.", "the new stadium deal", "Mayor Holt’s", "criticism of"},
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
