package extract

import "testing"

// TestRev11 holds the review's fixes of this session's lanes: a fronted
// "with" phrase around a document's finding closes at its comma, and a
// content never ends on the conjunction of a conjunct another reading took.
func TestRev11(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "fronted with-phrase finding ends at its comma",
			text:    `With the survey showing little change, the ferry board moved on to fares.`,
			quote:   "little change",
			mention: "the survey",
			notWant: []string{"little change, the ferry board moved on to fares"},
		},
		{
			name:    "no dangling and before a conjunct read apart",
			text:    `Ines Marr said the old pier is sound, and traffic fell 3 percent, according to harbor data.`,
			quote:   "the old pier is sound",
			mention: "Ines Marr",
			notWant: []string{"the old pier is sound, and"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuoteMention(t, c.text, c.quote, c.mention)
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// TestNameParts: names that hold a title abbreviation, a parenthesis or
// a day word stay whole in the source.
func TestNameParts(t *testing.T) {
	cases := []struct{ text, quote, mention string }{
		{`"The levy is a mistake," said Del. Orla Bream, a Democrat.`, `"The levy is a mistake,"`, "Del. Orla Bream, a Democrat"},
		{`Del. Orla Bream said the levy would fail.`, "the levy would fail", "Del. Orla Bream"},
		{`Ferry use fell, according to the Harbor Riders Union (HRU).`, "Ferry use fell", "the Harbor Riders Union (HRU)"},
		{`USA Today reported that the ferry would stop.`, "that the ferry would stop", "USA Today"},
		{`"The ferry stops here," an editor at USA Today said.`, `"The ferry stops here,"`, "an editor at USA Today"},
	}
	for _, c := range cases {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	// A state after its city still ends the sentence.
	checkQuoteMention(t, `The plant closed in Dover, Del. The mayor said jobs would return.`, "jobs would return", "The mayor")
}
