package extract

import "testing"

// TestTranscriptLabels checks transcript labels at paragraph starts: a
// label is a speaker when it recurs, also as the surname of a longer
// label, and a one-off label line without a transcript stays out.
func TestTranscriptLabels(t *testing.T) {
	cases := []struct {
		name, in, want, src string
		found               bool
	}{
		{"surname of a full label", "Dana Ortiz: We spent the whole week on the road and it showed in the numbers.\n\nOrtiz: Nobody in that room believed the budget would pass this year.",
			"Nobody in that room believed the budget would pass this year", "Ortiz", true},
		{"upper-case surname", "PAULA KERR: Why not hold the vote now?\n\nKERR: You said back in May that the council would vote before the summer recess.",
			"You said back in May that the council would vote before the summer recess", "KERR", true},
		{"nested report stays in the answer", "PAULA KERR: Why not hold the vote now?\n\nKERR: Honestly, I mean, I just believe that this is the most important vote of the year.",
			"Honestly, I mean, I just believe that this is the most important vote of the year", "KERR", true},
		{"one-off label", "Ortiz: Nobody in that room believed the budget would pass this year.",
			"Nobody in that room believed the budget would pass this year", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text != c.want {
					continue
				}
				if !c.found {
					t.Fatalf("unexpected %q", q.Text)
				}
				if q.Mention == nil || q.Mention.Text != c.src {
					t.Errorf("source of %q: got %v, want %q", q.Text, q.Mention, c.src)
				}
				return
			}
			if c.found {
				t.Errorf("missing %q; got %v", c.want, keys(contents(r)))
			}
		})
	}
}
