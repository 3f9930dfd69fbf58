package extract

import "testing"

// TestSaycorePronounAccording: "That’s according to …" makes the
// demonstrative the content and the rest of the sentence the source.
func TestSaycorePronounAccording(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The ferry fleet shrank by a fifth last winter.\n\nThat’s according to harbor logs kept by the port authority since 1990.", "That", "harbor logs kept by the port authority since 1990"},
		{"Rents in the old quarter doubled. That is according to a survey by the Tenants League.", "That", "a survey by the Tenants League"},
		{"Most riggers plan to strike. This was according to union stewards on both piers.", "This", "union stewards on both piers"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	// A manner phrase, "it", a quotation or a second report after the
	// cue: no pronoun content.
	for _, text := range []string{
		"The ferry left at noon. It’s according to schedule.",
		"The ferry left at noon. That’s according to plan.",
		"The ferry left at noon. That’s according to the captain, who said “all is well.”",
		"The ferry left at noon. It is according to the harbor logs.",
	} {
		for _, q := range extract(text, Meta{}).Quotes {
			if q.Text == "That" || q.Text == "It" || q.Text == "It’s" {
				t.Errorf("%q: got pronoun content %q", text, q.Text)
			}
		}
	}
}
