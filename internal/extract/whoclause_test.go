package extract

import "testing"

// TestWhoClauseClose checks that a report inside a non-restrictive "who"
// clause ends where the clause closes before the sentence's main verb.
func TestWhoClauseClose(t *testing.T) {
	cases := []struct {
		name, in, content string
	}{
		{"comma inside a closing quotation mark",
			"Ms. Harlow, who has called the tax plan “a slow disaster,” defended her own budget on Friday.",
			"the tax plan “a slow disaster,”"},
		{"adverb before the main verb",
			"Ms. Harlow, who has called the tax plan “a slow disaster,” clearly intended the speech as a rebuke.",
			"the tax plan “a slow disaster,”"},
		{"a dash closes a dashed clause",
			"Dr. Amos Reed - who previously said he would cut the levy - said on Monday that the town needs a new bridge.",
			"he would cut the levy"},
		{"comma before a past main verb",
			"The filings show that Pell, who has boasted of his ties to the farm lobby, did more business with the firm.",
			"his ties to the farm lobby"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			for _, q := range r.Quotes {
				if q.Mention != nil && q.Mention.Text == "who" {
					if q.Text != c.content {
						t.Errorf("content %q, want %q", q.Text, c.content)
					}
					return
				}
			}
			t.Fatalf("no quote has source \"who\": %+v", r.Quotes)
		})
	}
}

// TestWhoClauseKeep checks commas the clip leaves alone: one before no
// predicate, and an aside inside a "that" clause whose verb follows it.
func TestWhoClauseKeep(t *testing.T) {
	f := &finder{}
	for _, c := range []struct {
		in   string
		open bool
	}{
		{"Pell, who said that the farmers, and the millers in particular, must pay more, won.", true},
		{"Pell, who said that the farmers must pay more, won.", false},
	} {
		d := &doc{}
		d.load(c.in)
		f.d = d
		h := 4 // "that"
		i := h
		for !d.is(i, ",") {
			i++
		}
		if got := f.openClause(h, i); got != c.open {
			t.Errorf("%q: openClause = %v, want %v", c.in, got, c.open)
		}
	}
}
