package extract

import "testing"

// TestBareInScope checks that a bare verb after "and", governed by a
// modal or "to" inside a content that an inflected cue opens, stays in
// the content, and that an inflected second verb, or one after a
// content without a modal, still ends it.
func TestBareInScope(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"modal would", "The mayor said no riders would follow the chief and endorse the plan.",
			[]string{"no riders would follow the chief and endorse the plan"}, nil},
		{"to infinitive", "The mayor said the board had a chance to fix the pier and sow doubts about the plan.",
			[]string{"the board had a chance to fix the pier and sow doubts about the plan"}, nil},
		// must not fire
		{"inflected second verb", "The mayor said she will visit the pier and told riders the fares would rise.",
			[]string{"she will visit the pier"}, []string{"she will visit the pier and told riders the fares would rise"}},
		{"no modal in the content", "The mayor said the pier was closed and warned riders to stay away.",
			[]string{"the pier was closed"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestTimeAdjunct checks a time phrase between the cue and its
// that-clause, opened by "after", "before" or "around" (maybe measured:
// "shortly after") or by "at about" a time: the content starts at
// "that". Without "that" a number after "around" is the content's.
func TestTimeAdjunct(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"The lifeboat crew said shortly after 4 p.m. that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said just before dawn that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said after a long search that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said at about 4 p.m. that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said around 40 sailors had been rescued.", "around 40 sailors had been rescued", "The lifeboat crew"},
	})
}

// TestPartitiveHearer covers a hearer of "told" that is a part of a
// group ("all of the crews", "one of her aides"): the determiner after
// "of" is still the hearer's, and the clause starts after the group.
func TestPartitiveHearer(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"all of the", "Ruiz told all of the crews the dock would stay shut.", "the dock would stay shut", "Ruiz", "told"},
		{"one of her", "Okafor told one of her deputies the audit was late.", "the audit was late", "Okafor", "told"},
	})
}

// TestQuoteClauseTail: a whole quotation goes on past its
// attribution when a linking word opens a second quotation that closes
// the sentence (", and “…”", ", or “…”") or when a "that" clause with a
// subject follows. A modal clause, "that much", a second quotation with
// its own attribution, a new clause with its own subject, or a relative
// clause about an inverted source end the content at the quotation.
func TestQuoteClauseTail(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{
			name: "and before a second quotation",
			text: `The mayor praised the deal. “The port must be dredged first,” she said, and “every berth rebuilt by May.”`,
			want: []string{`“The port must be dredged first,” she said, and “every berth rebuilt by May.”`},
		},
		{
			name: "or before a second quotation",
			text: `The pilot shrugged. “Bonne chance,” he said, or “Good luck.”`,
			want: []string{`“Bonne chance,” he said, or “Good luck.”`},
		},
		{
			name:    "a modal clause may be the writer's",
			text:    `The coach laughed. “Only our goalie,” she said, would be a fair summary of the season.`,
			want:    []string{`“Only our goalie,”`},
			notWant: []string{`“Only our goalie,” she said, would be a fair summary of the season`},
		},
		{
			name:    "that with no clause subject after it",
			text:    `“The fares will rise,” the clerk said, that much was plain to everyone.`,
			want:    []string{`“The fares will rise,”`},
			notWant: []string{`“The fares will rise,” the clerk said, that much was plain to everyone`},
		},
		{
			name:    "a second quotation with its own attribution",
			text:    `“The count is close,” she said, and “Go home,” the stewards replied.`,
			want:    []string{`“The count is close,”`},
			notWant: []string{`“The count is close,” she said, and “Go home,”`},
		},
		{
			name: "that clause of the quoted noun",
			text: `The clerk sighed. “It is our misfortune,” he said, that both ferries broke down in the same week.`,
			want: []string{`“It is our misfortune,” he said, that both ferries broke down in the same week`},
		},
		{
			name:    "a new clause with its own subject",
			text:    `“The bridge is safe,” the engineer said, and the crowd went home.`,
			want:    []string{`“The bridge is safe,”`},
			notWant: []string{`“The bridge is safe,” the engineer said, and the crowd went home`},
		},
		{
			name:    "relative clause about an inverted source",
			text:    `“We will finish the road,” said the county engineer, who would later resign.`,
			want:    []string{`“We will finish the road,”`},
			notWant: []string{`who would later resign`},
		},
	})
}

// TestModifierPast checks that a content runs on through "and" before a
// past form that modifies the next bare noun ("and reduced pay"), and
// still ends where the past form is a second predicate taking an
// object ("and missed its targets", "and repainted them").
func TestModifierPast(t *testing.T) {
	cases := []cueContentCase{
		{"a modifier before a bare noun",
			"The union said members have endured long shifts and reduced pay for years.",
			"said", "members have endured long shifts and reduced pay for years"},
		{"two adjectives joined by and",
			"Officials expect a lengthy and detailed review of the contract.",
			"expect", "a lengthy and detailed review of the contract"},
		{"a modifier after an object content",
			"The company reported slow growth and missed targets for the quarter.",
			"reported", "slow growth and missed targets for the quarter"},
		{"a second predicate with a determiner object",
			"The company reported slow growth and missed its targets for the quarter.",
			"reported", "slow growth"},
		{"a second predicate with a pronoun object",
			"The warden described the old cells and repainted them in a single week.",
			"described", "the old cells"},
		{"a reflexive object",
			"Mayor Ruiz praised the firefighters and distinguished himself from his rival on the budget.",
			"praised", "the firefighters"},
	}
	checkCueContents(t, cases)
}

// TestGerundTail checks that an object content ends before "by",
// "before" or "after" with a gerund (how or when the source acted), and
// runs on where the content is a clause, a forward cue's proposal, or
// an object whose own clause goes on past the gerund.
func TestGerundTail(t *testing.T) {
	cases := []cueContentCase{
		{"by with a gerund",
			"The governor attacked the senator by citing his votes on the budget.",
			"attacked", "the senator"},
		{"after with a gerund",
			"The mayor defended the new tax after meeting with business owners.",
			"defended", "the new tax"},
		{"by with a gerund and its own that clause",
			"The warden dismissed the complaint by pointing out that the cells had been inspected.",
			"dismissed", "the complaint"},
		{"a clause content keeps its gerund",
			"The mayor said the city would pay for the bridge by raising fees on trucks.",
			"said", "the city would pay for the bridge by raising fees on trucks"},
		{"a forward cue keeps its gerund",
			"She proposed funding the schools by taxing luxury homes.",
			"proposed", "funding the schools by taxing luxury homes"},
		{"an object whose clause goes on",
			"The union criticized the plan to cut costs by closing clinics would hurt patients.",
			"criticized", "the plan to cut costs by closing clinics would hurt patients"},
		{"no gerund after by",
			"The group welcomed the overwhelming vote by lawmakers.",
			"welcomed", "the overwhelming vote by lawmakers"},
	}
	checkCueContents(t, cases)
}

// TestAdjunctThat checks that a prepositional phrase of manner, channel
// or occasion between a reporting verb and its that-clause stays out of
// the content, and that an infinitive is not taken for one.
func TestAdjunctThat(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"The ferry operator said through a lawyer that the hull had been inspected.", "that the hull had been inspected"},
		{"The harbour master testified under oath that the quay was unsafe.", "that the quay was unsafe"},
		{"Ms. Ruiz has said on several occasions that the levy is too high.", "that the levy is too high"},
		{"The mayor said back in 2019 that the bridge would close.", "that the bridge would close"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content {
			t.Errorf("%q: got %q, want content %q", c.in, got, c.content)
		}
	}
	// Not an adjunct: an infinitive before the "that".
	in := "The board urged the port to make certain that each crane was safe."
	for _, q := range bodyQuotes(in) {
		if q[0] == "that each crane was safe" {
			t.Errorf("%q: the infinitive was skipped: %q", in, q)
		}
	}
}
