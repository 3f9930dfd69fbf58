package extract

import (
	"strings"
	"testing"
)

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
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
