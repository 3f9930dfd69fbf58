package extract

import "testing"

// TestLeadPhraseQuote: a short quotation after a lead phrase is a title in
// it ("In an interview on “Face the Nation,” Ruiz said …") unless it
// stands after the phrase's comma and opens in lower case, which makes it
// the words the attribution reports.
func TestLeadPhraseQuote(t *testing.T) {
	cases := []struct {
		name, text, want, source string
		notWant                  []string
	}{
		{
			name:   "lower-case words after a time phrase",
			text:   "The ferry stopped.\n\nOn Friday, \"we will run again soon,\" Okafor said.",
			want:   `On Friday, "we will run again soon,"`,
			source: "Okafor",
		},
		{
			name:    "a show's title inside the lead phrase",
			text:    "The ferry stopped.\n\nIn an interview on \"Harbor Today,\" Okafor said the boats would run again soon.",
			want:    "the boats would run again soon",
			source:  "Okafor",
			notWant: []string{`In an interview on "Harbor Today,"`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(c.text, Meta{})
			checkContents(t, r, []string{c.want}, c.notWant)
			for _, q := range r.Quotes {
				if q.Text == c.want && (q.Mention == nil || q.Mention.Text != c.source) {
					t.Errorf("%q: source %v, want %q", q.Text, q.Mention, c.source)
				}
			}
		})
	}
}

// TestInvertedSourceThenClause: after "said NAME," a clause joined by
// "and" or "but" is no apposition of the source.
func TestInvertedSourceThenClause(t *testing.T) {
	r := Extract("The ferry stopped.\n\n\"The pier is closed,\" said Okafor, and then she walked back to town.", Meta{})
	checkContents(t, r, []string{`"The pier is closed,"`}, nil)
	for _, q := range r.Quotes {
		if q.Mention == nil || q.Mention.Text != "Okafor" {
			t.Errorf("%q: mention %v, want Okafor", q.Text, q.Mention)
		}
	}
}
