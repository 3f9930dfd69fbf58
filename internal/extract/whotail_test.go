package extract

import "testing"

// TestObjectRelCue checks the relative clause after an inverted source:
// a middling cue with a plain object is a second report whose source is
// "who" (and the outer mention stops before the clause), while a stance
// or a passive clause stays part of the mention and reports nothing. A
// reporting clause inside a preposed source is cut from that mention; a
// restrictive one inside it reports too, with a frequent cue.
func TestObjectRelCue(t *testing.T) {
	cases := []struct {
		name, in, content, outer string
	}{
		{"middling cue with an object",
			"“The levy will pass,” said Nora Vance, who likened the budget fight to a bar brawl.",
			"the budget fight to a bar brawl", "Nora Vance"},
		{"thought cue with an object",
			"“We have the votes,” said Omar Pike, who thinks the mayor needs a new plan for the docks.",
			"the mayor needs a new plan for the docks", "Omar Pike"},
		{"preposed source keeps no reporting clause",
			"Ms. Ortiz, who estimated that most night ferries ran late, said the harbor needed new boats.",
			"that most night ferries ran late", "Ms. Ortiz"},
		{"restrictive clause inside a preposed source",
			"Ms. Vale, a banker who accused the mayor of lying, said the port was shut.",
			"the mayor of lying", ""},
		{"writing a text is no report",
			"Ms. Vale, a banker who wrote the harbor plan, said the port was shut.",
			"", ""},
		{"stance verb is no report",
			"“We have the votes,” said Omar Pike, who supports the mayor.",
			"", ""},
		{"passive clause is no report",
			"“We have the votes,” said Omar Pike, who is regarded as a moderate.",
			"", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			got, outer := "", ""
			for _, q := range r.Quotes {
				if q.Mention == nil {
					continue
				}
				if q.Mention.Text == "who" {
					got = q.Text
				} else {
					outer = q.Mention.Text
				}
			}
			if got != c.content {
				t.Errorf("who-content %q, want %q (quotes %+v)", got, c.content, r.Quotes)
			}
			if c.outer != "" && outer != c.outer {
				t.Errorf("outer source %q, want %q", outer, c.outer)
			}
		})
	}
}

// TestUnnamedClauseCut checks that a non-restrictive "who" clause saying
// only why the source goes unnamed leaves the mention, before or after
// the cue, and that other relative clauses stay.
func TestUnnamedClauseCut(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"anonymity after the cue", "“The ferry is late,” said one dock worker, who spoke on the condition of anonymity.",
			"“The ferry is late,”", "one dock worker"},
		{"anonymity before the cue", "The clerk, who spoke on condition of anonymity to discuss the vote, said the ferry was late.",
			"the ferry was late", "The clerk"},
		{"declined to be named", "“The ferry is late,” said a harbor aide, who declined to be named.",
			"“The ferry is late,”", "a harbor aide"},
		// must not fire
		{"not authorized to speak", "“The ferry is late,” said a harbor aide, who was not authorized to speak publicly.",
			"“The ferry is late,”", "a harbor aide, who was not authorized to speak publicly"},
		{"an ordinary relative clause", "Ann Bell, who runs the ferry line, said the boats were late.",
			"the boats were late", "Ann Bell, who runs the ferry line"},
	})
}

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
