package extract

import "testing"

// TestSaidmiss2 covers confident speech cues a layout used to miss, each
// with a look-alike that must stay as it was.
func TestSaidmiss2(t *testing.T) {
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

// TestSaidmiss2Openings: a confident say-verb takes the sentence's opening
// phrase as its source past an opening clause, a ", but", a dash or
// parenthesis aside, and a name that spells an auxiliary.
func TestSaidmiss2Openings(t *testing.T) {
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
