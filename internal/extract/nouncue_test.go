package extract

import "testing"

// TestNounCues covers reporting nouns whose possessor holds the attitude:
// "the mayor's attacks on the board".
func TestNounCues(t *testing.T) {
	cases := []struct {
		name, in         string
		content, mention string // "" content: no attribution with this cue
		cue              string
	}{
		{"possessive pronoun", "Voters in Ames cheered as the governor stepped up his attacks on the tariff plan.", "the tariff plan", "his", "attacks on"},
		{"named possessor", "Local papers covered Mayor Holt’s criticism of the new stadium deal.", "the new stadium deal", "Mayor Holt’s", "criticism of"},
		{"verb before possessor", "A long article traced Senator Diaz’s opposition to the dam.", "the dam", "Senator Diaz’s", "opposition to"},
		{"pronoun after the verb", "Mayor Ann Holt toned down her criticism of the school board.", "the school board", "Mayor Ann Holt", "criticism of"},
		{"noun by source that", "The city closed the pool after claims by the union that it was unsafe.", "that it was unsafe", "the union", "claims"},
		{"noun from apposition that", "The week began with an allegation from her rival, Carl Diaz, that she lied.", "that she lied", "her rival, Carl Diaz", "allegation"},
		{"relative that", "The panel released a report from its staff that cited delays.", "", "", "report"},
		{"verb after possessive s", "The union's attacked the plan twice.", "", "", "attacked"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got *Quote
			for i, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = &r.Quotes[i]
				}
			}
			if c.content == "" {
				if got != nil {
					t.Fatalf("unexpected attribution %q (cue %q)", got.Text, c.cue)
				}
				return
			}
			if got == nil {
				t.Fatalf("no attribution with cue %q in %+v", c.cue, r.Quotes)
			}
			if got.Text != c.content {
				t.Errorf("content %q, want %q", got.Text, c.content)
			}
			if got.Mention == nil || got.Mention.Text != c.mention {
				t.Errorf("mention %+v, want %q", got.Mention, c.mention)
			}
		})
	}
}
