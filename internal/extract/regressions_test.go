package extract

import "testing"

// TestReviewThree holds sentences on which rules merged in the same round
// went wrong: a cue taken for a subject noun, a common noun taken for
// another speaker, a preposition taken for a naming predicate, and a
// with-phrase aside taken for a second report.
func TestReviewThree(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
		source        map[string]string // content -> mention
	}{
		{
			name:   "a verb of saying is no subject noun",
			text:   "Intro.\n\nThe ranger said finds like these are rare in the valley.",
			want:   []string{"finds like these are rare in the valley"},
			source: map[string]string{"finds like these are rare in the valley": "The ranger"},
		},
		{
			name: "a common noun opening narration is no other speaker",
			text: "Intro.\n\n“The bakery stays open,” Osei said. Neighbors clapped at the news. “Nobody here wants another empty shop on this street.”",
			want: []string{"“The bakery stays open,” Osei said. Neighbors clapped at the news. “Nobody here wants another empty shop on this street.”"},
		},
		{
			name:    "a preposition after the object is no naming predicate",
			text:    "Intro.\n\nThe clerk called Osei for updates.",
			notWant: []string{"Osei for updates"},
		},
		{
			name:    "a with-phrase aside stays in the content",
			text:    "Intro.\n\nOsei said the bakery, with neighbors saying little, closed its doors in March.",
			want:    []string{"the bakery, with neighbors saying little, closed its doors in March"},
			notWant: []string{"the bakery"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(c.text, Meta{})
			checkContents(t, r, c.want, c.notWant)
			for _, q := range r.Quotes {
				if m, ok := c.source[q.Text]; ok && (q.Mention == nil || q.Mention.Text != m) {
					t.Errorf("%q: mention %v, want %q", q.Text, q.Mention, m)
				}
			}
		})
	}
}
