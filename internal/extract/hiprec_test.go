package extract

import "testing"

// TestSummaryPassive covers an indefinite noun phrase after a comma or a
// dash that sums up the clause before it, attributed by a reduced passive
// with an agent: the noun phrase is the content, the agent the source. A
// definite or bare noun phrase, a participle without "by", an untrusted
// participle and a phrase with no comma before it stay out.
func TestSummaryPassive(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "a judging participle after a comma",
			text:    `The harbor board raised mooring fees twice, a step condemned by the rowing clubs.`,
			quote:   "a step",
			mention: "the rowing clubs",
		},
		{
			name:    "after a dash, with an adverb and an apposition",
			text:    `The ferry ran without a licence for a year — a detail first noted by Ada Holm, a writer for the island weekly.`,
			quote:   "a detail",
			mention: "Ada Holm, a writer for the island weekly",
		},
		{
			name:    "a lexicon phrase with its by",
			text:    `The pilots slowed the boats on purpose - an allegation rejected by the port authority.`,
			quote:   "an allegation",
			mention: "the port authority",
		},
		{
			name:    "the agent keeps its prepositional tail, not a relative clause",
			text:    `The mayor mocked the old tolls, a view praised by the crowd on the pier, who cheered.`,
			quote:   "a view",
			mention: "the crowd on the pier",
		},
		{
			name:    "a definite noun phrase names a thing",
			text:    `The appeal went to the harbor court, the court led by Judge Ada Holm.`,
			notWant: []string{"the court"},
		},
		{
			name:    "no comma: the noun phrase is an object",
			text:    `The rowers backed a ferry plan endorsed by the harbor board.`,
			notWant: []string{"a ferry plan endorsed by the harbor board"},
		},
		{
			name:    "a participle the lexicon does not trust",
			text:    `The clubs met on Monday, a meeting hosted by the harbor board.`,
			notWant: []string{"a meeting"},
		},
		{
			name:    "a verb of appointing reports nothing",
			text:    `She joined the harbor panel, a body named by the governor.`,
			notWant: []string{"a body"},
		},
		{
			name:    "a time after the agent dates the act",
			text:    `The pier was closed, a decision praised by the mayor on Sunday.`,
			quote:   "a decision",
			mention: "the mayor",
		},
		{
			name:    "no agent",
			text:    `The board raised the fees, a step criticized in the island weekly.`,
			notWant: []string{"a step"},
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

// TestInvertedColonVerb covers a reporting verb set before the name that
// closes a colon's lead: the verb is the cue, the name alone the source.
// A bare name and a subject-verb lead keep their reading.
func TestInvertedColonVerb(t *testing.T) {
	cases := []struct {
		name, text, quote, mention, cue string
	}{
		{
			name:    "the verb opens the sentence",
			text:    `Continued Ada Holm: “The ferry tolls will fall next spring.”`,
			quote:   "“The ferry tolls will fall next spring.”",
			mention: "Ada Holm",
			cue:     "Continued",
		},
		{
			name:    "the verb after a lead and its comma",
			text:    `In short, explained the harbor master Ada Holm: “The tolls pay for the pier.”`,
			quote:   "“The tolls pay for the pier.”",
			mention: "the harbor master Ada Holm",
			cue:     "explained",
		},
		{
			name:    "a bare name before the colon",
			text:    `Ada Holm: “The tolls pay for the pier.”`,
			quote:   "“The tolls pay for the pier.”",
			mention: "Ada Holm",
			cue:     ":",
		},
		{
			name:    "a subject and its verb",
			text:    `The harbor master noted: “The tolls pay for the pier.”`,
			quote:   "“The tolls pay for the pier.”",
			mention: "The harbor master",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			for _, q := range r.Quotes {
				if q.Text != c.quote {
					continue
				}
				if q.Mention == nil || q.Mention.Text != c.mention {
					t.Fatalf("mention of %q: got %+v, want %q", c.quote, q.Mention, c.mention)
				}
				if c.cue != "" && (q.Cue == nil || q.Cue.Text != c.cue) {
					t.Fatalf("cue of %q: got %+v, want %q", c.quote, q.Cue, c.cue)
				}
				return
			}
			t.Fatalf("no quote %q in %q", c.quote, c.text)
		})
	}
}
