package extract

import "testing"

// TestRev13SummaryAgentName: the speaker of a summary passive is named by
// the agent's own phrase, not by a place in the apposition the mention
// runs on to.
func TestRev13SummaryAgentName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "apposition ending in a place",
			in:      "The cannery shut its doors, a closure reported by the valley gazette, a weekly printed in Marlow.",
			content: "a closure", speaker: "valley gazette"},
		{name: "apposition after a name",
			in:      "The pier was sold, a sale criticized by Oda Brenn, a ferry pilot from the north shore.",
			content: "a sale", speaker: "Oda Brenn"},
	})
}
