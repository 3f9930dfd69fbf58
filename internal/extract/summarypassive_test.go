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
