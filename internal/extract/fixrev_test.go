package extract

import "testing"

// fixrevCase is one sentence checked for the contents it must and must
// not give, and for source mentions and cues it must not give.
type fixrevCase struct {
	name        string
	in          string
	want        []string // contents that must appear
	notWant     []string // contents that must not appear
	notMentions []string // source mentions that must not appear
	notCues     []string // cue texts that must not appear
}

func checkFixrev(t *testing.T, cases []fixrevCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			checkContents(t, r, c.want, c.notWant)
			for _, q := range r.Quotes {
				for _, m := range c.notMentions {
					if q.Mention != nil && q.Mention.Text == m {
						t.Errorf("unexpected source %q for %q", m, q.Text)
					}
				}
				for _, cue := range c.notCues {
					if q.Cue != nil && q.Cue.Text == cue {
						t.Errorf("unexpected cue %q for %q", cue, q.Text)
					}
				}
			}
		})
	}
}

// A relative "who" after the hearer of "ask" is no question.
func TestFixrevAskHearerRelative(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "relative then infinitive",
			in:      "The clerk asked the dean in the grey suit who runs the lab to sign the form.",
			notWant: []string{"who runs the lab to sign the form"}},
		{name: "relative then whether",
			in:   "The guard asked the driver in the blue van who was parked outside whether he had a permit.",
			want: []string{"whether he had a permit"}},
		{name: "question after hearer",
			in:   "The senator asked the auditors who would pay for the bridge.",
			want: []string{"who would pay for the bridge"}},
	})
}

// A short capitalised quotation that is itself the words stays.
func TestFixrevVenueTitleWords(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "that plus time word",
			in:      "The coach said “Keep Going” that evening to a crowd of tired fans.",
			notWant: []string{"that evening to a crowd of tired fans"}},
		{name: "title after a show noun",
			in:   "The senator said on the radio show “Morning Desk” that the levy would pass.",
			want: []string{"that the levy would pass"}},
		{name: "title after on",
			in:   "The governor said on KTLA's “Morning Desk” on Monday that the bridge would reopen.",
			want: []string{"that the bridge would reopen"}},
	})
}

// "call" with an adverb or a quantifier after the object names nothing.
func TestFixrevNamingAdverb(t *testing.T) {
	no := []string{"called"}
	checkFixrev(t, []fixrevCase{
		{name: "twice", in: "He called Kim twice.", notWant: []string{"Kim twice"}, notCues: no},
		{name: "pronoun twice", in: "She called him twice.", notWant: []string{"him twice"}, notCues: no},
		{name: "first", in: "He called Kim first.", notWant: []string{"Kim first"}, notCues: no},
		{name: "right away", in: "He called Kim right away.", notWant: []string{"Kim right away"}, notCues: no},
		{name: "every day", in: "They called Kim every day.", notWant: []string{"Kim every day"}, notCues: no},
		{name: "both", in: "She called them both.", notWant: []string{"them both"}, notCues: no},
		{name: "noun phrase", in: "She called him a coward.", want: []string{"him a coward"}},
		{name: "adjective", in: "Critics called Kim reckless.", want: []string{"Kim reckless"}},
		{name: "negated adjective", in: "Critics called Kim unfit.", want: []string{"Kim unfit"}},
	})
}

// "From X:" names a source only when X can be one.
func TestFixrevFromColon(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "from the start",
			in:          "From the outset: “We never asked for this fight.”",
			notMentions: []string{"the outset"}},
		{name: "from a day",
			in:          "From Tuesday: “All trains will stop at the border.”",
			notMentions: []string{"Tuesday"}},
		{name: "from a statement",
			in:   "From the statement: “We regret the delay to passengers.”",
			want: []string{"“We regret the delay to passengers.”"}},
		{name: "from a paper",
			in:   "From The Daily Ledger: “The mayor must resign before the vote.”",
			want: []string{"“The mayor must resign before the vote.”"}},
	})
}

// A later quote-only sentence does not join a report past another speaker.
func TestFixrevOrphanOtherSpeaker(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "other speaker between",
			in:      "“We will stay in the race,” Kim said. Then Moon spoke. “It is finished for all of them.”",
			notWant: []string{"“We will stay in the race,” Kim said. Then Moon spoke. “It is finished for all of them.”"}},
		{name: "narration between",
			in:   "“We will stay in the race,” Kim said. The crowd cheered loudly. “It is finished for all of them.”",
			want: []string{"“We will stay in the race,” Kim said. The crowd cheered loudly. “It is finished for all of them.”"}},
		{name: "speech verb between",
			in:      "“We will stay in the race,” Kim said. The minister replied at once. “It is finished for all of them.”",
			notWant: []string{"“We will stay in the race,” Kim said. The minister replied at once. “It is finished for all of them.”"}},
	})
}

// "To X, clause" is a view only when the clause evaluates.
func TestFixrevToExperiencer(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "motion",
			in:      "To Berlin, the band drove on Friday with new gear.",
			notCues: []string{"To"}},
		{name: "transfer",
			in:      "To Maria, the committee sent a letter of thanks last week.",
			notCues: []string{"To"}},
		{name: "present judgement",
			in:   "To Kim, the vote signals a shift in the party.",
			want: []string{"the vote signals a shift in the party"}},
		{name: "day subject",
			in:   "To Kim, Friday marked the end of the old party.",
			want: []string{"Friday marked the end of the old party"}},
		{name: "copula",
			in:   "To Kim, the new plan is a costly mistake.",
			want: []string{"the new plan is a costly mistake"}},
	})
}
