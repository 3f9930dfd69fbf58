package extract

import (
	"strings"
	"testing"
)

// TestLexgenInflectionBackoff covers cue forms lexgen lends their
// family's precision: a form train shows only in another inflection
// ("quipped" for "quips"), or shows without marking it. Forms that are
// mostly nouns ("states") and noun uses of a lent form stay out.
func TestLexgenInflectionBackoff(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "a present tense lent by the past",
			text:    `Ada Holm quips that the harbor has more gulls than boats.`,
			quote:   "that the harbor has more gulls than boats",
			mention: "Ada Holm",
		},
		{
			name:    "a lent form unmarked once in train",
			text:    `Mayor Ada Holm acknowledges that the ferry tolls were too high.`,
			quote:   "that the ferry tolls were too high",
			mention: "Mayor Ada Holm",
		},
		{
			name:    "a form far more often a noun is not lent",
			text:    `Several states that border the lake passed new ferry tolls.`,
			notWant: []string{"that border the lake passed new ferry tolls", "border the lake passed new ferry tolls"},
		},
		{
			name:    "a form marked once lends no bare form, which may be a title",
			text:    `Leaders such as the Dutch premier Anna Vos joined the harbor talks by video.`,
			notWant: []string{"Anna Vos joined the harbor talks by video", "Anna Vos"},
		},
		{
			name:    "the lent form used as a noun",
			text:    `The scoffs of the crowd drowned out the harbor master.`,
			notWant: []string{"of the crowd drowned out the harbor master", "the harbor master"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestFoundedNoReport checks that "founded" (no form of "find") is no
// cue, while "found" with a finding still is.
func TestFoundedNoReport(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"firm founded by", "In Salem, Harbor Partners, a firm founded in 2014 by two pilots, is advising the port.",
			nil, []string{"In Salem, Harbor Partners"}},
		{"founded a company", "Ann Bell founded the ferry company in 1942.",
			nil, []string{"the ferry company in 1942", "the ferry company"}},
		// must not change
		{"a survey's finding", "A port survey found that most riders want later ferries.",
			[]string{"that most riders want later ferries"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestLexgenNoMadeUpForms checks that lexgen lends no inflection of a
// word that is no verb where it opens a phrase ("being", "first" before an
// -ed form) and makes up no regular form of "say", "be" or "have".
func TestLexgenNoMadeUpForms(t *testing.T) {
	bad := map[string]bool{"sayed": true, "saids": true, "saided": true, "beed": true, "haved": true, "firsted": true, "withdrewed": true, "understooded": true}
	for k := range learnedCues {
		w, _, _ := strings.Cut(k, " ")
		if bad[w] {
			t.Errorf("learnedCues has made-up form %q", k)
		}
	}
}

// TestLexgenIrregularLending covers the irregular families lexgen now
// knows ("shot back" lends "shoots back") and the verbs whose lone forms
// are as often nouns ("means", "left", "set", "runs"), which lend nothing.
func TestLexgenIrregularLending(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "an irregular past lends its present inside a phrase",
			text:    `Aldo Reyes shoots back that the ferry tolls were fair.`,
			quote:   "that the ferry tolls were fair",
			mention: "Aldo Reyes",
		},
		{
			name:    "a phrase of an ambiguous verb still lends",
			text:    `The senator is standing by his view that the ferry deal was bad.`,
			quote:   "his view that the ferry deal was bad",
			mention: "The senator",
		},
		{
			name:    "means as a verb of consequence",
			text:    `The new plan means higher fares for dock workers.`,
			notWant: []string{"higher fares for dock workers"},
		},
		{
			name:    "left as a verb of motion",
			text:    `Ministers left the hall after the vote on ferry tolls.`,
			notWant: []string{"the hall after the vote on ferry tolls", "the hall"},
		},
		{
			name:    "set and runs as plain verbs",
			text:    `The council set the fares, and Dana Pell runs the ferry office on the east pier.`,
			notWant: []string{"the fares", "the ferry office on the east pier"},
		},
	}
	checkQuoteCases(t, cases)
}
