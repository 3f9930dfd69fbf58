package extract

import "testing"

// TestDashClauseMentions checks trimDashClauses: an aside between dashes
// that opens a clause (a relative pronoun or a subordinator) ends the
// source mention before it, while a descriptive aside, a comma clause
// and a list between dashes stay in the mention.
func TestDashClauseMentions(t *testing.T) {
	cases := []struct {
		name, in string
		content  string
		mention  string
	}{
		{"who clause, em dashes", "The harbor master — who had kept quiet for a month — said the pier would close.",
			"the pier would close", "The harbor master"},
		{"which clause, double hyphens", "The tenants' union -- which was formed last spring -- said rents had doubled.",
			"rents had doubled", "The tenants' union"},
		{"after clause, spaced hyphens", "Pell Okafor - after a long pause - told the panel he had no regrets.",
			"he had no regrets", "Pell Okafor"},
		{"clause after a comma aside", "Vera Holt, who coaches the rowing team — which won twice in May — said the river was too high.",
			"the river was too high", "Vera Holt, who coaches the rowing team"},
		// Where it must not cut.
		{"descriptive aside kept", "Dana Voss — a welder from Gary — said the plant would reopen.",
			"the plant would reopen", "Dana Voss — a welder from Gary —"},
		{"list aside kept", "Three bakeries — Rolf's, Mina's and the Corner Loaf — said flour prices had risen.",
			"flour prices had risen", "Three bakeries — Rolf's, Mina's and the Corner Loaf —"},
		{"comma clause kept", "Tomas Eli, who farms near the dam, said the water was low.",
			"the water was low", "Tomas Eli, who farms near the dam,"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false)
			if got := mentionText(q); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
		})
	}
}
