package extract

import "testing"

// objRelCase: the attribution whose content is the word content, if
// any, and its mention.
type objRelCase struct {
	name, in         string
	content, mention string // mention "" with content set: no such attribution
}

func checkObjRel(t *testing.T, cases []objRelCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			got := lastQuote(r, c.content)
			if c.mention == "" {
				if got != nil {
					t.Fatalf("unexpected attribution %q (%+v)", got.Text, got.Mention)
				}
				return
			}
			if got == nil {
				t.Fatalf("no attribution %q in %+v", c.content, r.Quotes)
			}
			if got.Mention == nil || got.Mention.Text != c.mention {
				t.Errorf("mention %+v, want %q", got.Mention, c.mention)
			}
		})
	}
}

// TestWhichGapReports covers a non-restrictive "which" clause whose cue
// takes the pronoun as its object: "…, which the mayor denies".
func TestWhichGapReports(t *testing.T) {
	checkObjRel(t, []objRelCase{
		{"comma", "The council raised the ferry fare, which Mayor Ortiz opposed.", "which", "Mayor Ortiz"},
		{"parenthesis", "The harbor board approved the dredging plan (which the governor also supports).", "which", "the governor"},
		{"dashes", "She dropped the pier tax - which she once defended - and cut the budget.", "which", "she"},
		{"comma after the cue", "The union listed its demands, which the company denies, and walked out.", "which", "the company"},
		{"time after the cue", "The port closed the old terminal, which Lena Marsh criticized in March.", "which", "Lena Marsh"},
		{"bare plural subject", "The toll, which voters rejected in May, returned.", "which", "voters"},
		{"negated", "The dock plan, which the mayor has not endorsed, goes to a vote.", "which", "the mayor"},
		// The clause goes on after the cue: the layouts read it whole.
		{"said was", "The council raised the ferry fare, which Mayor Ortiz said was unfair.", "which", ""},
		{"naming quotation", "The fare rose again, which Mayor Ortiz called “a disgrace.”", "which", ""},
		{"infinitive", "The board kept the toll, which the mayor has vowed to repeal.", "which", ""},
		// A verb the lexicon does not hold as a cue reports nothing.
		{"naming", "The plan, which critics described as foolish, failed.", "which", ""},
		{"no cue", "The ferry, which she rides daily, was late again.", "which", ""},
		{"acts", "The team kept the trophy, which Lena Marsh polished.", "which", ""},
		// No subject: the pronoun is the clause's subject.
		{"subject relative", "The council raised the fare, which angered riders.", "which", ""},
		// A restrictive clause after a preposition.
		{"in which", "She gave a speech in which she criticized the plan.", "which", ""},
		// Inside a quotation the speaker's own words are not read again.
		{"quoted", "“We kept the toll, which I opposed,” the mayor said.", "which", ""},
	})
}
