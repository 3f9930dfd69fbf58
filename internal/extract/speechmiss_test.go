package extract

import "testing"

// TestSpeechCueParses covers ordinary speech cues whose attribution a parse
// fault used to lose: each case names the quote and source it must give,
// and a look-alike case names contents that must not appear.
func TestSpeechCueParses(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
		notPair                    [2]string // a content that must not come with this mention
	}{
		{
			name:    "nested quotation closing with the comma before said of",
			text:    `"The boat was a gift from the guild. They call her the 'Patron,' " Tova Rusk wrote of the 2009 regatta.`,
			quote:   `"The boat was a gift from the guild. They call her the 'Patron,' "`,
			mention: "Tova Rusk",
			notWant: []string{"the 2009 regatta"},
		},
		{
			name:    "nested doubled-single quotation before said of",
			text:    `''I told the crew: 'Keep the lamps lit. The tide turns at nine,''' Mr. Brandt said of Ms. Orlov.`,
			quote:   `''I told the crew: 'Keep the lamps lit. The tide turns at nine,'''`,
			mention: "Mr. Brandt",
			notWant: []string{"Ms. Orlov"},
		},
		{
			name:    "nested quotation without a comma stays a plain about-phrase",
			text:    `The pier was "the 'old' one" Mr. Brandt said of the harbor.`,
			notWant: []string{`"the 'old' one"`},
		},
		{
			name:    "adverbial clause after told and its hearer",
			text:    `The bridge tolls will not rise, Mayor Ilse Varga told her aides as she drafted the budget.`,
			quote:   "The bridge tolls will not rise",
			mention: "Mayor Ilse Varga",
			notWant: []string{"as she drafted the budget"},
		},
		{
			name:    "adverbial clause carrying its own quotation",
			text:    `At the pier, Varga said as she greeted the crew, "We will sail."`,
			notWant: []string{"At the pier"},
		},
		{
			name:    "inverted said before a role phrase with of",
			text:    `"The bridge is open," said master of revels Oren Pask, a carpenter from Vell.`,
			quote:   `"The bridge is open,"`,
			mention: "master of revels Oren Pask, a carpenter from Vell",
		},
		{
			name:    "inverted said before an -ed adjective and a role",
			text:    `"I have not chosen yet," said uncommitted Labour voter Mina Roe of Thorp.`,
			quote:   `"I have not chosen yet,"`,
			mention: "uncommitted Labour voter Mina Roe of Thorp",
		},
		{
			name:    "inverted said before two coordinated roles",
			text:    `The mill sold its barges to the city, said broker and Green Party organizer Lida Fenn.`,
			quote:   "The mill sold its barges to the city",
			mention: "broker and Green Party organizer Lida Fenn",
		},
		{
			name:    "a coordinated verb before a name is no role",
			text:    `He boarded the ferry, said farewell and hugged Lida Fenn.`,
			notWant: []string{"He boarded the ferry"},
		},
		{
			name:    "ampersand inside a capitalised company name",
			text:    `"We are stunned," one R&B Ferries deckhand told the local radio.`,
			quote:   `"We are stunned,"`,
			mention: "one R&B Ferries deckhand",
		},
		{
			name:    "spaced ampersand between two capitalised names",
			text:    `Harrow & Finch said the ferry would stop in May.`,
			quote:   "the ferry would stop in May",
			mention: "Harrow & Finch",
		},
		{
			name:    "ampersand between lower-case words joins nothing",
			text:    `Fish & chips sold out, the vendor said.`,
			quote:   "Fish & chips sold out",
			mention: "the vendor",
		},
		{
			name:    "a dash summary after a postposed report is no content",
			text:    `The tolls will rise next year, the port authority reported on Monday -- a change that worries the ferry crews.`,
			quote:   "The tolls will rise next year",
			mention: "the port authority",
			notWant: []string{"a change that worries the ferry crews"},
		},
		{
			name:    "a dash after a preposed cue still opens its content",
			text:    `The port authority said -- the tolls will rise next year.`,
			quote:   "the tolls will rise next year",
			mention: "The port authority",
		},
		{
			name:    "a venue phrase headed by a lower-case noun before that",
			text:    `Mayor Ott announced on the Vell Assembly floor that the ferry vote had passed.`,
			quote:   "that the ferry vote had passed",
			mention: "Mayor Ott",
		},
		{
			name:    "a plural after the venue name heads the content",
			text:    `Mayor Ott dismissed on Vell Radio rumors that the ferry would close.`,
			notPair: [2]string{"that the ferry would close", "Mayor Ott"},
		},
		{
			name:    "a verbless subject and apposition before a transitive cue is no content",
			text:    `One more pilot, Jan Orr of Vell, Maine, explained her objection to the tolls.`,
			quote:   "her objection to the tolls",
			mention: "Jan Orr of Vell, Maine",
			notWant: []string{"One more pilot, Jan Orr of Vell, Maine"},
		},
		{
			name:    "a verbless content before an inverted said stays content",
			text:    `The new tolls, a burden for the crews, said the harbor master.`,
			quote:   "The new tolls, a burden for the crews",
			mention: "the harbor master",
		},
		{
			name:    "a sequence adverb before a subject and its apposition",
			text:    `Then her deputy, harbor clerk Ines Vahl, announced the ferry would stop.`,
			quote:   "the ferry would stop",
			mention: "her deputy, harbor clerk Ines Vahl",
		},
		{
			name:    "First opening a title stays in the subject",
			text:    `First Lady Ines Vahl, a teacher, announced the ferry would stop.`,
			quote:   "the ferry would stop",
			mention: "First Lady Ines Vahl, a teacher",
		},
		{
			name:    "a common-noun source with a relative clause after a quotation",
			text:    `"The tolls are too high," a harbor clerk, who declined to give her name, told the Vell Gazette.`,
			quote:   `"The tolls are too high,"`,
			mention: "a harbor clerk, who declined to give her name",
		},
		{
			name:    "a quotation closed without its comma opens no such source",
			text:    `The mayor called the tolls "a relic" and a harbor clerk, who declined to give her name, told the Vell Gazette the pier would close.`,
			notPair: [2]string{`"a relic"`, "a harbor clerk, who declined to give her name"},
		},
		{
			name:    "at least bounds a number in the content, not a venue",
			text:    `After the storm, the Vell Gazette reported at least nine ferries had sunk.`,
			quote:   "at least nine ferries had sunk",
			mention: "the Vell Gazette",
			notWant: []string{"After the storm"},
		},
		{
			name:    "at least twice counts occasions like a time phrase",
			text:    `The ferries had sunk, Captain Orr said at least twice.`,
			quote:   "The ferries had sunk",
			mention: "Captain Orr",
			notWant: []string{"at least twice"},
		},
		{
			name:    "at least three times before that",
			text:    `Captain Orr has said at least three times that the ferries had sunk.`,
			quote:   "that the ferries had sunk",
			mention: "Captain Orr",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			r := extract(c.text, Meta{})
			checkContents(t, r, nil, c.notWant)
			for _, q := range r.Quotes {
				if c.notPair[0] != "" && q.Text == c.notPair[0] && q.Mention != nil && q.Mention.Text == c.notPair[1] {
					t.Errorf("unexpected %q from %q", q.Text, q.Mention.Text)
				}
			}
		})
	}
}

// TestReportParses covers ordinary reports a parse fault used to lose:
// each case names the quote and source it must give, and a look-alike
// names contents that must not appear.
func TestReportParses(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "numerous as a determiner before a source with an including clause",
			text:    `But numerous ferrymen working at the dock this month, including Mr. Holt, said they would strike.`,
			quote:   "they would strike",
			mention: "numerous ferrymen working at the dock this month, including Mr. Holt",
		},
		{
			name:    "numerous subject without a cue",
			text:    `Numerous ferrymen, including Mr. Holt, sailed home before the storm.`,
			notWant: []string{"home before the storm"},
		},
		{
			name:    "exclamation quotation then a source with an appositive",
			text:    `“Not this winter!” Brill, the head of the Vell Rowing Club, wrote on Sunday.`,
			quote:   "“Not this winter!”",
			mention: "Brill, the head of the Vell Rowing Club",
		},
		{
			name:    "question quotation then a name with an appositive and no cue",
			text:    `“Will the ferry run?” Ada Holm, the head of the guild, did not know. She waited.`,
			notWant: []string{"“Will the ferry run?”"},
		},
		{
			name:    "fronted said with a relative clause before the quotation",
			text:    `Said Ada Holm, who rowed for the guild in her youth, “We never lost a race.”`,
			quote:   "“We never lost a race.”",
			mention: "Ada Holm, who rowed for the guild in her youth",
		},
		{
			name:    "fronted said with a relative clause and no quotation",
			text:    `Said Ada Holm, who rowed for the guild, that the race was lost.`,
			notWant: []string{"the race was lost"},
		},
	}
	checkQuoteCases(t, cases)
}
