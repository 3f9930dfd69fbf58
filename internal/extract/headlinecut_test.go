package extract

import "testing"

// TestHeadlineNameParts checks that a listed headline word inside a
// name does not end the mention. headlineWordCut reads only the first
// paragraph, so each headline opens its document.
func TestHeadlineNameParts(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"on after an organisation's head", "Council On Harbor Trade Says Ferry Fares Are Climbing Everywhere.\n\nThe statement came out on Monday.",
			"Ferry Fares Are Climbing Everywhere", "Council On Harbor Trade"},
		{"a modal as a given name", "Chef Will Barrow Says Diners Want Smaller Plates.\n\nThe interview ran on Monday.",
			"Diners Want Smaller Plates", "Chef Will Barrow"},
	})
}

// TestHeadlineWordCut checks that a title-case headline's function words
// end the mention there.
func TestHeadlineWordCut(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Tenant Groups Who Lost Their Homes Warn Of Another Bad Winter.\n\nBody text.", "Tenant Groups"},
		{"Mayor Lee Says The Ferry Will Run Again.\n\nBody text.", "Mayor Lee"},
	}
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		checkInvariants(t, c.in, r)
		got := ""
		for _, q := range r.Quotes {
			if q.Mention != nil {
				got = q.Mention.Text
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: mention %q, want %q", c.in, got, c.want)
		}
	}
}
