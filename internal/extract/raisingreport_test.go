package extract

import "testing"

// TestRaisingReport covers "X seemed to VERB …" with a verb of saying or
// showing after "to": X is the source, the chain the cue and what follows
// the verb the content. A bare "seems to be", a verb the lexicon does not
// know as a cue and a chain with nothing after it keep the sourceless
// reading of the whole clause.
func TestRaisingReport(t *testing.T) {
	cases := []struct {
		name, text, quote, mention, cue string
		notWant                         []string
	}{
		{
			name:    "a person subject and a that-clause",
			text:    `The ferry captain seemed to suggest that the pier would close.`,
			quote:   "that the pier would close",
			mention: "The ferry captain",
			cue:     "seemed to suggest",
		},
		{
			name:    "a noun object",
			text:    `Ada Holm appeared to praise the night crews.`,
			quote:   "the night crews",
			mention: "Ada Holm",
			cue:     "appeared to praise",
		},
		{
			name:    "a pronoun subject, present tense",
			text:    `She seems to deny the harbor fees.`,
			quote:   "the harbor fees",
			mention: "She",
			cue:     "seems to deny",
		},
		{
			name:    "a thing for subject",
			text:    `His memos seemed to suggest that the vote was rigged.`,
			quote:   "that the vote was rigged",
			mention: "His memos",
			cue:     "seemed to suggest",
		},
		{
			name:    "a verb that reports nothing stays sourceless",
			text:    `The old bridge seemed to sway in the wind.`,
			quote:   "The old bridge seemed to sway in the wind",
			notWant: []string{"in the wind"},
		},
		{
			name:    "a bare copula stays sourceless",
			text:    `The harbor plan appears to be failing this year.`,
			quote:   "The harbor plan appears to be failing this year",
			notWant: []string{"failing this year"},
		},
		{
			name:    "a preposition after the verb",
			text:    `The harbor board seems to agree on the tolls.`,
			quote:   "The harbor board seems to agree on the tolls",
			notWant: []string{"on the tolls"},
		},
		{
			name:    "nothing after the verb",
			text:    `The mayor almost seemed to agree.`,
			notWant: []string{""},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			if c.mention != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			for _, q := range r.Quotes {
				if q.Text != c.quote {
					continue
				}
				if c.mention == "" && q.Mention != nil {
					t.Errorf("%q: source %q, want none", q.Text, q.Mention.Text)
				}
				if c.cue != "" && (q.Cue == nil || q.Cue.Text != c.cue) {
					t.Errorf("%q: cue %+v, want %q", q.Text, q.Cue, c.cue)
				}
			}
			if c.quote != "" && !contents(r)[c.quote] {
				t.Errorf("missing %q; got %v", c.quote, keys(contents(r)))
			}
			checkContents(t, r, nil, c.notWant)
		})
	}
}

// TestExpletiveThat covers "it appears that …" after an empty "it": the
// that-clause alone is the content and no source is named, also past a
// short aside between commas. A subject other than "it" and an "it"
// that is no subject of the raising verb stay out.
func TestExpletiveThat(t *testing.T) {
	cases := []struct {
		name, text, quote string
		notWant           []string
	}{
		{
			name:  "after an opening phrase",
			text:  `In this case, it appears that the ferry had left early.`,
			quote: "that the ferry had left early",
		},
		{
			name:  "an aside before that",
			text:  `It appears, though, that the night crews were never paid.`,
			quote: "that the night crews were never paid",
		},
		{
			name:  "past tense",
			text:  `It seemed that the harbor would stay shut.`,
			quote: "that the harbor would stay shut",
		},
		{
			name:    "a relative that after an aside is not read",
			text:    `The pier, it seems, that was built last year is closing.`,
			notWant: []string{"that was built last year is closing", "that was built last year"},
		},
		{
			name:    "an appearance is no impression",
			text:    `The mayor appeared on the radio that morning.`,
			notWant: []string{"that morning"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			var want []string
			if c.quote != "" {
				want = []string{c.quote}
			}
			checkContents(t, r, want, c.notWant)
			for _, q := range r.Quotes {
				if q.Text == c.quote && q.Mention != nil {
					t.Errorf("%q: source %q, want none", q.Text, q.Mention.Text)
				}
			}
		})
	}
}

// TestLinkingAttitudeCue covers a linking verb with an attitude adjective
// and "that": the subject holds the view in the that-clause. An empty
// "it", an adjective without "that" and an adjective of no attitude stay
// out.
func TestLinkingAttitudeCue(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "remain",
			text:    `The rowers remain hopeful that the regatta will return.`,
			quote:   "that the regatta will return",
			mention: "The rowers",
		},
		{
			name:    "seemed, with a degree word",
			text:    `Ada Holm seemed fairly confident that the tolls would fall.`,
			quote:   "that the tolls would fall",
			mention: "Ada Holm",
		},
		{
			name:    "remained skeptical",
			text:    `Some pilots remained skeptical that the ferry would sail.`,
			quote:   "that the ferry would sail",
			mention: "Some pilots",
		},
		{
			name:    "an empty it holds no view",
			text:    `It seems certain that the ferry will sail.`,
			notWant: []string{"that the ferry will sail"},
		},
		{
			name:    "no that-clause",
			text:    `The rowers remained hopeful after the storm.`,
			notWant: []string{"after the storm"},
		},
		{
			name:    "not an attitude",
			text:    `The rowers remain proud that the regatta returned.`,
			notWant: []string{"that the regatta returned"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.mention != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// TestRaisingSubjectStart checks where the subject of a raising cue
// begins: at a relative pronoun or "what", after a subordinator.
func TestRaisingSubjectStart(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"who", "The panel picked delegates who are expected to back the mayor at the convention.",
			"who are expected to back the mayor at the convention"},
		{"which", "The bill, which the Senate is expected to pass next week, would cut taxes.",
			"which the Senate is expected to pass next week"},
		{"where", "The race moves to Ohio, where Smith is expected to win easily.",
			"Smith is expected to win easily"},
		{"what", "He was jailed for what appears to be a minor error.",
			"what appears to be a minor error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := contents(extractBody(t, c.in))
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}
