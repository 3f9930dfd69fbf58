package extract

import "testing"

// TestSummaryAgentName: the speaker of a summary passive is named by
// the agent's own phrase, not by a place in the apposition the mention
// runs on to.
func TestSummaryAgentName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "apposition ending in a place",
			in:      "The cannery shut its doors, a closure reported by the valley gazette, a weekly printed in Marlow.",
			content: "a closure", speaker: "valley gazette"},
		{name: "apposition after a name",
			in:      "The pier was sold, a sale criticized by Oda Brenn, a ferry pilot from the north shore.",
			content: "a sale", speaker: "Oda Brenn"},
		{name: "a coordinated agent names the group, as after any cue",
			in:      "Oda Brenn sails daily. The pier was sold, a sale criticized by Brenn and several ferry pilots.",
			content: "a sale", speaker: "Brenn and several ferry pilots"},
	})
}

// TestSummaryAgentTime: a clock time or a span after a summary
// passive's agent dates the act and stays out of the source.
func TestSummaryAgentTime(t *testing.T) {
	checkQuoteMention(t, `The levy passed easily, a result called by the Valley Courier at 9 p.m.`, "a result", "the Valley Courier")
	checkQuoteMention(t, `The pier gave way, a collapse predicted by engineers for years.`, "a collapse", "engineers")
}

// TestSummaryPassive covers an indefinite noun phrase after a comma or a
// dash that sums up the clause before it, attributed by a reduced passive
// with an agent: the noun phrase is the content, the agent the source. A
// definite or bare noun phrase, a participle without "by", an untrusted
// participle and a phrase with no comma before it stay out.
func TestSummaryPassive(t *testing.T) {
	cases := []quoteCase{
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
	checkQuoteCases(t, cases)
}
