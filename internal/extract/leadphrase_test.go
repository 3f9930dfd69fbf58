package extract

import "testing"

// TestLeadPhrase covers reported clauses that open with an adverbial
// phrase right after the cue ("said after losing the vote, he would
// resign"): the phrase belongs to the content. A prepositional phrase
// with no clause after it stays a venue without content.
func TestLeadPhrase(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "after and a gerund, then a comma",
			text:    `The harbor master said after inspecting the pier, she would close it for a week.`,
			quote:   "after inspecting the pier, she would close it for a week",
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
			name:    "a phrase with an article, closed by a comma",
			text:    `Bo Lind said after the regatta, the pier would close for repairs.`,
			quote:   "after the regatta, the pier would close for repairs",
			mention: "Bo Lind",
		},
		{
			name:    "a venue with no clause after it",
			text:    `The skipper spoke in the boathouse after the regatta.`,
			notWant: []string{"in the boathouse after the regatta", "after the regatta"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
