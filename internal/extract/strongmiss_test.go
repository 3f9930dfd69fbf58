package extract

import "testing"

// TestDashClauseMentions checks trimDashClauses: an aside between dashes
// that opens a clause (a relative pronoun or a subordinator) ends the
// source mention before it, while a descriptive aside, a comma clause
// and a list between dashes stay in the mention.
func TestDashClauseMentions(t *testing.T) {
	cases := []quoteMentionCase{
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
			"the water was low", "Tomas Eli, who farms near the dam"},
	}
	checkQuoteMentions(t, cases)
}

// TestShortObjects checks shortNeed: a confident cue reads a short object
// as its content ("opposed the levy"), but a "call" verb ("called Ruiz
// twice") and a cue ending in a preposition keep the stricter bar, so the
// refusal phrase stays whole.
func TestShortObjects(t *testing.T) {
	cases := []struct {
		name, in string
		content  string
		mention  string
		cue      string
	}{
		{"stance verb after an aside", "Many ferry owners, including two mayors, opposed those fees.",
			"those fees", "Many ferry owners, including two mayors", "opposed"},
		{"dispute", "The county board disputed their account.",
			"their account", "The county board", "disputed"},
		{"auxiliary in the cue", "The guild had blocked wider dredging.",
			"wider dredging", "The guild", "had blocked"},
		{"negated cue", "The clerk would not discuss the audit.",
			"the audit", "The clerk", "would not discuss"},
		{"refusal phrase kept whole", "Ortiz refused to comment on those fees.",
			"to comment on those fees", "Ortiz", "refused"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false)
			if got := mentionText(q); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
			if q.Cue == nil || q.Cue.Text != c.cue {
				t.Errorf("cue %+v, want %q", q.Cue, c.cue)
			}
		})
	}
	none := []noContentCase{
		{"a call", "She called Ruiz twice.", "Ruiz twice"},
		{"a call with a purpose", "He called Okoro for directions.", "Okoro for directions"},
		{"the object of a prepositional cue", "Ortiz refused to comment on those fees.", "those fees"},
	}
	checkNoContents(t, none)
}
