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

// TestRev11Second holds the second review's fixes: possessed pledge
// nouns read no plural noun as their verb, no phone call as an appeal
// and end before their clause's own verb; a released statement about
// something reports nothing; a dash before a condition does not close
// the reported clause; a clause before a list's names is no list item.
func TestRev11Second(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{name: "plural noun after to", text: `His call to sailors went unanswered.`, notWant: []string{"to sailors went"}},
		{name: "phone call", text: `Her phone call to thank the crew lasted an hour.`, notWant: []string{"to thank the crew"}},
		{name: "pledge as subject", text: `Vann's pledge to widen the canal, repeated often, pleased the bargemen.`, quote: "to widen the canal", mention: "Vann's",
			notWant: []string{"to widen the canal, repeated often, pleased the bargemen"}},
		{name: "statement about", text: `The dock company issued a statement regarding the layoffs.`, notWant: []string{"the layoffs"}},
		{name: "dash before a condition", text: `The harbor master said the pier will open - as long as the tide allows.`,
			quote: "the pier will open - as long as the tide allows", mention: "The harbor master"},
		{name: "dash before then and a verb", text: `The harbor master said she will retire - then sail to Oslo.`,
			quote: "she will retire - then sail to Oslo", mention: "The harbor master"},
		{name: "clause before names", text: `Last spring, after Vann said the canal works, Orr, Lund and Ek quit.`,
			quote: "the canal works", mention: "Vann", notWant: []string{"the canal works, Orr, Lund and Ek quit"}},
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

// TestRev11Third holds the third review's fixes: a state after "to" is
// no title, object relatives of know/feel report nothing, an aside
// relative and a hope relative close before the main clause, and an
// infinitive that is a report of its own keeps its reading.
func TestRev11Third(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{name: "state after to", text: `The mill moved to Del. Ines Roe said it would stay.`, quote: "it would stay", mention: "Ines Roe"},
		{name: "object relative of know", text: `Most of the sailors I know are voting for the levy.`, notWant: []string{"the sailors I know are voting for the levy"}},
		{name: "aside relative closes", text: `The warden, whom many believed was honest, resigned on Friday.`, notWant: []string{"whom many believed was honest, resigned on Friday"}},
		{name: "hope relative closes", text: `The pilot she hoped to hire left in May.`, quote: "The pilot she hoped to hire", mention: "she"},
		{name: "infinitive report kept", text: `She refused to discuss the ferry fares.`, quote: "the ferry fares", mention: "She"},
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

// TestRev11Fourth holds the fourth review's fixes: an "as" clause that
// sets a scene (a partner, a progressive, a circumstance after a weak
// verb) is no source, an "as" after a fronted clause with its own verb
// is left alone, and a relative "that" after a dash aside on the cue's
// object is no complementizer.
func TestRev11Fourth(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{name: "as with a partner", text: `Then, as the mayor argued with the ferryman, the crowd booed.`, notWant: []string{"the crowd booed"}},
		{name: "as progressive", text: `As the votes were being tallied in two towns, the mayor was winning the coast.`, notWant: []string{"the mayor was winning the coast"}},
		{name: "as scene with weak verb", text: `However, as the rowers debated in Bergen, the fishers gathered outside.`, notWant: []string{"the fishers gathered outside"}},
		{name: "as parenthetical kept", text: `As the harbor gazette reported on Monday, the pier failed.`, quote: "the pier failed", mention: "the harbor gazette"},
		{name: "relative that after aside", text: `Vann praised the canal - a rare success - that the town dug in 1910.`, notWant: []string{"that the town dug in 1910"}},
		{name: "that after circumstance aside", text: `Vann claimed in July - falsely - that the canal had flooded.`, quote: "that the canal had flooded", mention: "Vann"},
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
