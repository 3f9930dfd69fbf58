package extract

import "testing"

// TestLeadPhrase covers reported clauses that open with an adverbial
// phrase right after the cue ("says despite losing the vote, he will
// run"): the phrase belongs to the content. A time phrase ("said after
// the vote, he would resign") does not: PolNeAR starts the content after
// its comma (adverblead.go). A prepositional phrase with no clause after
// it stays a venue without content.
func TestLeadPhrase(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "a time clause and a comma stay out",
			text:    `The harbor master said after inspecting the pier, she would close it for a week.`,
			quote:   "she would close it for a week",
			mention: "The harbor master",
		},
		{
			name:    "despite and a gerund, then a comma",
			text:    `Ada Holm, a rower from the north shore, says despite losing the race, she plans to row again.`,
			quote:   "despite losing the race, she plans to row again",
			mention: "Ada Holm, a rower from the north shore",
		},
		{
			name:    "a short phrase before a subject pronoun",
			text:    `The skipper explained in commerce it takes years to earn trust.`,
			quote:   "in commerce it takes years to earn trust",
			mention: "The skipper",
		},
		{
			name:    "a time phrase with an article, closed by a comma, stays out",
			text:    `Bo Lind said after the regatta, the pier would close for repairs.`,
			quote:   "the pier would close for repairs",
			mention: "Bo Lind",
		},
		{
			name:    "a concessive phrase with an article, closed by a comma",
			text:    `Bo Lind said despite the storm, the pier would stay open.`,
			quote:   "despite the storm, the pier would stay open",
			mention: "Bo Lind",
		},
		{
			name:    "a venue with no clause after it",
			text:    `The skipper spoke in the boathouse after the regatta.`,
			notWant: []string{"in the boathouse after the regatta", "after the regatta"},
		},
	}
	checkQuoteCases(t, cases)
}
