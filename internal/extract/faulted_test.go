package extract

import "testing"

// TestFaultedNominals covers criticism, accusations or questions a
// subject receives with no holder named: "the mayor faced criticism for
// the toll" reports the criticism of the toll, with no source. A named holder ("criticism
// for the toll from the guild"), a possessive or "has criticism for"
// (the subject's own) is no such reading, nor a phrase cut short.
func TestFaultedNominals(t *testing.T) {
	cases := []struct {
		name, text string
		want       string
		notWant    []string
	}{
		{
			name: "faced criticism for",
			text: `The harbor master faced criticism for the new mooring fees on the east pier.`,
			want: "the new mooring fees on the east pier",
		},
		{
			name: "an adjective before the noun",
			text: `The ferry board drew fierce backlash over its plan to close the night crossing.`,
			want: "its plan to close the night crossing",
		},
		{
			name: "a progressive receive verb",
			text: `The rowing guild is facing sharp criticism over the cancelled regatta.`,
			want: "the cancelled regatta",
		},
		{
			name: "endured",
			text: `The ferry board has endured criticism for its late fares.`,
			want: "its late fares",
		},
		{
			name: "facing accusations of, with no be",
			text: `With Mayor Ada Holm facing accusations of favoritism toward ferry owners, the board met again.`,
			want: "favoritism toward ferry owners",
		},
		{
			name: "questions about a clause",
			text: `The harbor master endured relentless questions about whether he would resign.`,
			want: "whether he would resign",
		},
		{
			name:    "a holder named after the object",
			text:    `The harbor master faced criticism for the fees from the ferry guild.`,
			notWant: []string{"the fees from the ferry guild", "the fees"},
		},
		{
			name:    "has criticism for is the subject's own",
			text:    `The harbor master has criticism for the new mooring fees.`,
			notWant: []string{"the new mooring fees"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			var want []string
			if c.want != "" {
				want = []string{c.want}
				for _, q := range r.Quotes {
					if q.Text == c.want && q.Mention != nil {
						t.Errorf("%q: source %q, want none", c.want, q.Mention.Text)
					}
				}
			}
			checkContents(t, r, want, c.notWant)
		})
	}
}
