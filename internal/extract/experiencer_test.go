package extract

import (
	"strings"
	"testing"
)

// "To X, clause" is a view only when the clause evaluates.
func TestToExperiencerEvaluates(t *testing.T) {
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

// TestToExperiencer checks the "To X, clause" opener: a named person or
// a bare pronoun before the comma holds the view, an infinitive or a set
// phrase does not.
func TestToExperiencer(t *testing.T) {
	cases := []struct {
		name, in, src string // src "" means no attribution
	}{
		{"named person", "To Okafor, the new bridge is a waste of money that the town cannot afford.", "Okafor"},
		{"title and name", "To Mayor Lund, the vote was a clear sign that the town wanted change.", "Mayor Lund"},
		{"bare pronoun", "To many, the old mill is the heart of the valley and should never close.", "many"},
		{"infinitive", "To win the county, a candidate must carry both river towns in the fall.", ""},
		{"set phrase", "To be sure, the bridge has needed repairs for more than a decade.", ""},
		{"date", "To date, nine towns have joined the regional water plan this year.", ""},
		// Title case reaches the capitalised-name branch, where only
		// experiencerStops keep a set phrase from reading as a person.
		{"set phrase in title case", "To Be Sure, Eleven Libraries Have Cut Their Weekend Hours.", ""},
		{"date in title case", "To Date, Eleven Libraries Have Cut Their Weekend Hours.", ""},
	}
	t.Run("lends its source", func(t *testing.T) {
		r := extractBody(t, "To Professor Ilse Mork, the council's sudden reversal appeared to signal panic over the budget.")
		if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != "Professor Ilse Mork" {
			t.Fatalf("want one quote with mention Professor Ilse Mork: %+v", r.Quotes)
		}
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if c.src == "" {
				if len(r.Quotes) != 0 {
					t.Fatalf("got %d quotes, want none: %+v", len(r.Quotes), r.Quotes)
				}
				return
			}
			if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Cue == nil {
				t.Fatalf("got %d quotes, want 1 with a mention and cue: %+v", len(r.Quotes), r.Quotes)
			}
			q := r.Quotes[0]
			if q.Mention.Text != c.src || q.Cue.Text != "To" {
				t.Errorf("mention %q cue %q, want %q and \"To\"", q.Mention.Text, q.Cue.Text, c.src)
			}
			if strings.HasPrefix(q.Text, c.src) || strings.HasPrefix(q.Text, ",") {
				t.Errorf("content %q should start after the comma", q.Text)
			}
		})
	}
}
