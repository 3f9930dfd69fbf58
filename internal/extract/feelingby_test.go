package extract

import "testing"

// TestFeelingBy: a feeling participle after a form of "be" takes its
// cause after "by" as the content of the subject's attitude, and the
// cause is never read as a passive's agent.
func TestFeelingBy(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"was outraged by", "The orchard growers were outraged by the new water tariff.", "the new water tariff", "The orchard growers"},
		{"perfect with adverb", "Several harbor pilots have been deeply troubled by the port's new schedule.", "the port's new schedule", "Several harbor pilots"},
		{"no agent as source", "The coach was outraged by the referee.", "The coach", ""},
		{"no be: a modifier", "Groups troubled by the vote met on Monday at the library.", "the vote", ""},
		{"inspired names a cause", "The mural was inspired by the river.", "the river", ""},
	})
}
