package extract

import "testing"

// TestAuxcue covers reports whose cue stands after auxiliaries with an
// adverb among them ("had loudly praised", "have since rejected"): the
// subject before the auxiliaries is the source; an "-ly" adjective or a
// hedging adverb ("hardly") is no such adverb. A contracted auxiliary
// ("She's hoping") makes a gerund finite as the full one does, and a
// name keeps its weight as a subject behind an apposition.
func TestAuxcue(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "manner adverb after had",
			text:    `Ada Holm had loudly praised the new ferry schedule.`,
			quote:   "the new ferry schedule",
			mention: "Ada Holm",
		},
		{
			name:    "manner adverb after a progressive be",
			text:    `The rowing guild was quietly telling its members that the regatta would move.`,
			quote:   "that the regatta would move",
			mention: "The rowing guild",
		},
		{
			name:    "adverb after have",
			text:    `Several harbor pilots have firmly rejected the toll on small boats.`,
			quote:   "the toll on small boats",
			mention: "Several harbor pilots",
		},
		{
			name:    "manner adverb after have",
			text:    `The two skippers have sharply criticized the new mooring fees.`,
			quote:   "the new mooring fees",
			mention: "The two skippers",
		},
		{
			name:    "adverb after a negation",
			text:    `The two skippers had not sharply criticized the new mooring fees.`,
			quote:   "the new mooring fees",
			mention: "The two skippers",
		},
		{
			name:    "a bare verb after a modal stays out, adverb or not",
			text:    `The two skippers will surely criticize the new mooring fees.`,
			notWant: []string{"the new mooring fees"},
		},
		{
			name:    "a hedging adverb after an auxiliary is no manner",
			text:    `The two skippers had hardly praised the new mooring fees.`,
			notWant: []string{"the new mooring fees"},
		},
		{
			name:    "contracted be before a gerund",
			text:    `She's hoping the night ferry will sail on time.`,
			quote:   "the night ferry will sail on time",
			mention: "She",
		},
		{
			name:    "contracted are before a gerund",
			text:    `They're proposing new fees for the small harbor.`,
			quote:   "new fees for the small harbor",
			mention: "They",
		},
		{
			name:    "a possessive before a gerund is a noun",
			text:    `Holm's warning about the tides came too late for the fleet.`,
			notWant: []string{"about the tides", "the tides"},
		},
		{
			name:    "a time adverb before a gerund keeps it a modifier",
			text:    `The old guild is currently showing little interest in a merger with the rowers.`,
			notWant: []string{"little interest in a merger with the rowers"},
		},
		{
			name:    "a name with an apposition before a weak cue",
			text:    `Ada Holm, a lawyer for the guild, demanded to know whether the ferry would run.`,
			quote:   "whether the ferry would run",
			mention: "Ada Holm, a lawyer for the guild",
		},
		{
			name:    "a source noun with an apposition before a weak cue",
			text:    `The spokesman, a veteran of the guild, demanded to know whether the ferry would run.`,
			quote:   "whether the ferry would run",
			mention: "The spokesman, a veteran of the guild",
		},
		{
			name:    "a common noun with an apposition before a weak cue",
			text:    `The guild, a club of rowers, demanded to know whether the ferry would run.`,
			notWant: []string{"whether the ferry would run"},
		},
		{
			name:    "adjective in ly after be is no adverb",
			text:    `The ferry was costly mocked for weeks in the town.`,
			notWant: []string{"for weeks in the town"},
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

// TestAuxcueChains covers cues that an auxiliary chain separates from
// their subject: "also", "still" or "already" between a progressive
// auxiliary and its gerund keep the gerund a finite report.
func TestAuxcueChains(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "also between be and a gerund",
			text:    `Mara Quist is also asking the harbor board to publish its tide tables.`,
			quote:   "the harbor board to publish its tide tables",
			mention: "Mara Quist",
		},
		{
			name:    "still between was and a gerund",
			text:    `The rowing club was still hoping to host the autumn regatta.`,
			quote:   "to host the autumn regatta",
			mention: "The rowing club",
		},
		{
			name:    "already between is and a gerund",
			text:    `The ferry union is already claiming a win over the pier owners.`,
			quote:   "a win over the pier owners",
			mention: "The ferry union",
		},
		{
			name:  "has been before a hearer participle",
			text:  `The harbor master has been asked whether the night ferry will keep running.`,
			quote: "whether the night ferry will keep running",
		},
		{
			name:  "will be before a hearer participle",
			text:  `The lock keepers will be asked to open the gates an hour early.`,
			quote: "to open the gates an hour early",
		},
		{
			name:    "has been before a participle that takes no hearer",
			text:    `The old pier has been closed to walkers since the storm.`,
			notWant: []string{"to walkers since the storm", "since the storm"},
		},
		{
			name:    "has been with no participle",
			text:    `The harbor master has been to the island twice this year.`,
			notWant: []string{"to the island twice this year", "the island twice this year"},
		},
		{
			name:    "a duration between a perfect report and its clause",
			text:    `Ida Fenn has argued for months she will not sell the old boathouse.`,
			quote:   "she will not sell the old boathouse",
			mention: "Ida Fenn",
		},
		{
			name:    "a recent span between a perfect report and its question",
			text:    `Ida Fenn has wondered in recent weeks whether the boathouse can be saved.`,
			quote:   "whether the boathouse can be saved",
			mention: "Ida Fenn",
		},
		{
			name:    "a duration between a perfect report and its infinitive",
			text:    `The rowing club has declined for decades to publish its accounts.`,
			quote:   "to publish its accounts",
			mention: "The rowing club",
		},
		{
			name:    "a duration after a verb that reports nothing",
			text:    `The rowing club has worked for years to rebuild its boathouse.`,
			notWant: []string{"to rebuild its boathouse"},
		},
		{
			name:    "a duration before a place",
			text:    `Ida Fenn has lived for decades in the old boathouse.`,
			notWant: []string{"in the old boathouse", "the old boathouse"},
		},
		{
			name:    "a gerund after also with no auxiliary stays a modifier",
			text:    `With the harbor master also urging calm, the sailors went home.`,
			notWant: []string{"calm"},
		},
		{
			name:    "a non-report gerund after still",
			text:    `The old pier was still sinking into the mud when the barges came.`,
			notWant: []string{"into the mud"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			switch {
			case c.quote != "" && c.mention != "":
				checkQuoteMention(t, c.text, c.quote, c.mention)
			case c.quote != "":
				checkUnsourced(t, c.text, c.quote)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// TestAuxcueSpeakerName: the speaker's name stops before a contracted
// negated auxiliary, as the mention does.
func TestAuxcueSpeakerName(t *testing.T) {
	for _, text := range []string{
		`Ida Fenn didn’t say whether the ferry will run.`,
		`Ida Fenn won't say whether the ferry will run.`,
	} {
		r := extract(text, Meta{})
		if len(r.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", text, len(r.Quotes))
		}
		if q := r.Quotes[0]; q.Speaker.Name != "Ida Fenn" || q.Mention == nil || q.Mention.Text != "Ida Fenn" {
			t.Errorf("%q: speaker %q mention %+v, want Ida Fenn", text, q.Speaker.Name, q.Mention)
		}
	}
}
