package extract

import "testing"

// TestSaidmiss covers plain speech cues whose layout did not fire, and
// the guards that keep those recoveries from firing on look-alikes.
func TestSaidmiss(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
		notSource     []string // no quote may take this mention as source
	}{
		{
			name: "second quotation with its own closing attribution",
			text: `"The ferry will run late," the captain said on Sunday; "the bridge stays shut until May," said Hollis, the harbor master.`,
			want: []string{`"The ferry will run late,"`, `"the bridge stays shut until May,"`},
		},
		{
			name: "participle before a later report",
			text: `The senator met with dairy farmers on Friday, saying their prices were too low, and he suggested a federal floor could help.`,
			want: []string{`their prices were too low`, `a federal floor could help`},
		},
		{
			name:    "participle running over a later cue",
			text:    `The mayor, praising the plan, said it would pass.`,
			want:    []string{`it would pass`},
			notWant: []string{`the plan, said it would pass`},
		},
		{
			name: "paragraph opened with a closing mark",
			text: "The panel met on Monday.\n\n” … the budget is simply not enough for the schools,” she said.",
			want: []string{"” … the budget is simply not enough for the schools,”"},
		},
		{
			// The only later mark opens a quotation (space before it), so
			// the stray closing mark stays a closing mark.
			name: "paragraph opened with a stray closing mark",
			text: "The panel met on Monday.\n\n” Then the chair said: \"We will not wait for the state.\n\n\"We will act now.\"",
			want: []string{"\"We will not wait for the state.\n\n\"We will act now.\""},
		},
		{
			name: "relative that before a saying verb and a quotation",
			text: `Volunteers handed out buttons that said, "Keep the park open."`,
			want: []string{`"Keep the park open."`},
		},
		{
			name:      "that after a function word is no relative pronoun",
			text:      `And with that said, "the vote stands," the chair told the room.`,
			notSource: []string{"that"},
		},
		{
			name:      "that after a quantifier is no relative pronoun",
			text:      "The board met late.\n\nWith all that said, \"the pier will reopen in May.\"",
			notSource: []string{"that"},
		},
		{
			name: "preposed report before a closing attribution",
			text: `The mayor said the new budget was worth the wait but added, “We lost a whole year,” the mayor said.`,
			want: []string{`the new budget was worth the wait`, `“We lost a whole year,”`},
		},
		{
			name:    "unsure cue before a closing attribution",
			text:    `The trainer knew that the horse was lame but added, "He will race on Sunday," the trainer said.`,
			want:    []string{`"He will race on Sunday,"`},
			notWant: []string{`that the horse was lame`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			checkContents(t, r, c.want, c.notWant)
			for _, q := range r.Quotes {
				for _, m := range c.notSource {
					if q.Mention != nil && q.Mention.Text == m {
						t.Errorf("quote %q has source %q", q.Text, m)
					}
				}
			}
		})
	}
}

// TestSaidmissSources: the participle's source is the subject before it,
// not the later report's; a relative "that" is the source of what it
// says; the second quotation is its own speaker's.
func TestSaidmissSources(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{`The senator met with dairy farmers on Friday, saying their prices were too low, and he suggested a federal floor could help.`, `their prices were too low`, "The senator"},
		{`Volunteers handed out buttons that said, "Keep the park open."`, `"Keep the park open."`, "that"},
		{`"The ferry will run late," the captain said on Sunday; "the bridge stays shut until May," said Hollis, the harbor master.`, `"the bridge stays shut until May,"`, "Hollis, the harbor master"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
}

// TestConfidentCues covers confident speech cues a layout used to miss, each
// with a look-alike that must stay as it was.
func TestConfidentCues(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "negated say with an embedded question",
			text: `The ferry line would not say whether the night crossing will resume in June.`,
			want: []string{`whether the night crossing will resume in June`},
		},
		{
			name:    "negated say with a which question stays an open question",
			text:    `Asked about the timetable, the ferry office would not say which of its captains still held licences.`,
			notWant: []string{`which of its captains still held licences`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}

// TestConfidentCueOpenings: a confident say-verb takes the sentence's opening
// phrase as its source past an opening clause, a ", but", a dash or
// parenthesis aside, and a name that spells an auxiliary.
func TestConfidentCueOpenings(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{`Unless the dock reopens by May, the riggers on both piers — north and south — said they would strike.`, `they would strike`, "the riggers on both piers — north and south —"},
		{`After the long talks, the riggers on both piers — Osk and Varn — said they would strike.`, `they would strike`, "the riggers on both piers — Osk and Varn —"},
		{`Judge Orla Penn (a jurist so tall she has to duck under the courtroom door) says the docket is too long.`, `the docket is too long`, "Judge Orla Penn (a jurist so tall she has to duck under the courtroom door)"},
		{`The tenants had hoped for a hearing, but Judge Orla Penn (a jurist so busy she has to sleep in her chambers) says the backlog is a scandal.`, `the backlog is a scandal`, "Judge Orla Penn (a jurist so busy she has to sleep in her chambers)"},
		{`Corin May, the oldest of the ferrymen, said the tide tables were wrong.`, `the tide tables were wrong`, "Corin May, the oldest of the ferrymen"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	// A dash that closes no aside, or an aside after a verb, leaves the
	// phrase before it no subject.
	for _, text := range []string{
		`The pilots in both ports — said they would keep working.`,
		`Some of the clerks met the mayor and — as expected — said the office would close early.`,
	} {
		if r := extract(text, Meta{}); len(r.Quotes) != 0 {
			t.Errorf("%q: got %d quotes, want none", text, len(r.Quotes))
		}
	}
}
