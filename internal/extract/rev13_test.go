package extract

import (
	"strings"
	"testing"
)

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
		{name: "a coordinated agent names the group, as after any cue",
			in:      "Oda Brenn sails daily. The pier was sold, a sale criticized by Brenn and several ferry pilots.",
			content: "a sale", speaker: "Brenn and several ferry pilots"},
	})
}

// TestRev13InfinitiveRelative: an infinitive after a pronoun of amount
// modifies it, and "tell" without a hearer means make out; neither
// reports. A hearer, or a verb before "to", still does.
func TestRev13InfinitiveRelative(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{name: "little to say that",
			text:    `The ferry captain had little to say that sounded hopeful.`,
			notWant: []string{`that sounded hopeful`}},
		{name: "a tale to tell that",
			text:    `The old skipper had a tale to tell that few of the crew trusted.`,
			notWant: []string{`that few of the crew trusted`}},
		{name: "tell whether without a hearer",
			text:    `Harbor pilots struggled to tell whether the buoys had drifted.`,
			notWant: []string{`whether the buoys had drifted`}},
		{name: "a hearer keeps the report",
			text: `The clerk pressed her to tell the rowers that the lock was shut.`,
			want: []string{`that the lock was shut`}},
		{name: "a chance to explain keeps the report",
			text: `The mayor took the chance to explain that the toll would lapse.`,
			want: []string{`that the toll would lapse`}},
	})
}

// TestRev13ModalMonth: a capitalised "May" before a plural noun and a
// finite verb is a month modifying the noun, no speaker; before an -s
// cue with no verb after it, it is still a name.
func TestRev13ModalMonth(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{name: "month before a plural noun and a past verb",
			text:    `Ferry traffic dipped in spring. May reports said bookings had slowed.`,
			want:    []string{`bookings had slowed`},
			notWant: []string{`said bookings had slowed`}},
		{name: "a name before an -s cue",
			text: `May says the ferry budget will not last the winter.`,
			want: []string{`the ferry budget will not last the winter`}},
	})
}

// TestRev13OuterConj: the outer report beside an inner one ends at the
// conjunction nearest the inner report, so a coordinated object stays
// whole; "and then" still breaks as one.
func TestRev13OuterConj(t *testing.T) {
	checkContents(t, extract(`The guild rejected the levy and the toll hike but its treasurer said a deal was near.`, Meta{}),
		[]string{`the levy and the toll hike`, `a deal was near`}, []string{`the levy`})
	checkContents(t, extract(`The guild criticized the toll hike and then said it would pay anyway.`, Meta{}),
		[]string{`the toll hike`, `it would pay anyway`}, nil)
}

// TestRev13WhenAskedRequest: a "when asked to …" request inside the
// sentence is no content of the cue before it, with or without a comma;
// a question after "when asked" is still read.
func TestRev13WhenAskedRequest(t *testing.T) {
	for _, text := range []string{
		`The ferry chief declined when asked to cut the fares.`,
		`The ferry chief refused, when asked to cut the fares, and walked out.`,
	} {
		for _, q := range extract(text, Meta{}).Quotes {
			if strings.HasPrefix(q.Text, "when asked") {
				t.Errorf("%q: content %q", text, q.Text)
			}
		}
	}
	checkContents(t, extract(`The ferry chief paused when asked whether the fares would fall.`, Meta{}),
		[]string{`whether the fares would fall`}, nil)
}

// TestRev13SummaryAgentTime: a clock time or a span after a summary
// passive's agent dates the act and stays out of the source.
func TestRev13SummaryAgentTime(t *testing.T) {
	checkQuoteMention(t, `The levy passed easily, a result called by the Valley Courier at 9 p.m.`, "a result", "the Valley Courier")
	checkQuoteMention(t, `The pier gave way, a collapse predicted by engineers for years.`, "a collapse", "engineers")
}

// TestRev13InfinitiveApposition: the object before "to" keeps its
// apposition as the source; a phrase set off before "to" that is no
// apposition of an object leaves the clause's subject.
func TestRev13InfinitiveApposition(t *testing.T) {
	checkQuoteMention(t, `The audit led Ivo Marsh, the treasurer, to say that the fund was short.`, "that the fund was short", "Ivo Marsh, the treasurer")
	checkQuoteMention(t, `Ivo Marsh spoke first, breaking with the treasurer, Ada Vinn, to argue that the fund was short.`, "that the fund was short", "Ivo Marsh")
}
