package extract

import "testing"

// TestDisclosedPassive: an agentless passive of making public that ends
// its clause reports its subject, with no source; an agent, a comma
// right after the participle or a verb of release leaves it to the other
// readings.
func TestDisclosedPassive(t *testing.T) {
	unsourced := func(in, content string) bool {
		r := extract("Headline\n\n"+in, Meta{Published: "2025-09-04"})
		for _, q := range r.Quotes {
			if q.Text == content && q.Mention == nil {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ in, content string }{
		{"The ferry company bought two boats. The price of the second boat was not disclosed.", "The price of the second boat"},
		{"The closure of the old cannery was announced on Tuesday.", "The closure of the old cannery"},
		{"Only three growers were mentioned in the county's report.", "Only three growers"},
		{"The council read the letter, in which two growers were mentioned.", "two growers"},
	} {
		if !unsourced(c.in, c.content) {
			t.Errorf("%q: no unsourced quote %q", c.in, c.content)
		}
	}
	for _, c := range []struct{ in, content string }{
		{"The closure of the old cannery was announced by the owners.", "The closure of the old cannery"},
		{"The closure of the old cannery was announced, and the workers left.", "The closure of the old cannery"},
		{"The two fishing boats were released on Monday.", "The two fishing boats"},
	} {
		if unsourced(c.in, c.content) {
			t.Errorf("%q: unwanted unsourced quote %q", c.in, c.content)
		}
	}
}
