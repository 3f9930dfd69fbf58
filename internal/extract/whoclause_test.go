package extract

import "testing"

// TestWhoClauseClose checks that a report inside a non-restrictive "who"
// clause ends where the clause closes before the sentence's main verb,
// but not at a comma that comes before the verb of its "that" clause.
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
			"Lina Moss - who had long said she would retire early - announced after practice that this season was her last.",
			"she would retire early"},
		{"comma before a past main verb",
			"Records suggest that Voss, who has bragged about his friendship with the harbor chief, won most of the dock contracts.",
			"his friendship with the harbor chief"},
		{"a that clause still missing its verb stays open",
			"Ms. Voss, who argued that the “night ferries,” crowded every evening, should run later, lost the vote in March.",
			"that the “night ferries,” crowded every evening"},
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
		{"Voss, who argued that the ferries, and the night boats above all, should run later, lost.", true},
		{"Voss, who argued that the ferries should run later, lost.", false},
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
