package extract

import "testing"

// checkThoughts compares the quotes found in one body with want: content
// text and mention text, "" for no mention.
func checkThoughts(t *testing.T, in string, want [][2]string) {
	t.Helper()
	r := extractBody(t, in)
	if len(r.Quotes) != len(want) {
		t.Fatalf("got %d quotes, want %d: %+v", len(r.Quotes), len(want), r.Quotes)
	}
	for i, w := range want {
		q := r.Quotes[i]
		if q.Text != w[0] {
			t.Errorf("text %q, want %q", q.Text, w[0])
		}
		if m := mentionText(q); m != w[1] {
			t.Errorf("mention %q, want %q", m, w[1])
		}
	}
}

// TestAppearsAdjective covers the impression reading of "appears" with a
// predicate word after it: the clause up to a comma or a subordinate
// clause is the content, without a source; the appearance reading
// ("appeared on", "appeared together") is no report.
func TestAppearsAdjective(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"one word", "After the storm, the harbor board appeared paralyzed.",
			[][2]string{{"the harbor board appeared paralyzed", ""}}},
		{"ends at subordinate", "The ferry union appears weak before the vote in May.",
			[][2]string{{"The ferry union appears weak", ""}}},
		{"ends at comma", "Some members appeared ready to quit, leaving the council short.",
			[][2]string{{"Some members appeared ready to quit", ""}}},
		{"aside adverb", "The mayor appears ready, moreover, to raise the levy.",
			[][2]string{{"The mayor appears ready, moreover, to raise the levy", ""}}},
		{"appearance on", "Ivo Lind appeared on the local radio show last week.", nil},
		{"appearance together", "The two mayors appeared together at the pier.", nil},
		{"bare appear", "The council tried to appear calm about the flood.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkThoughts(t, c.in, c.want)
		})
	}
}
