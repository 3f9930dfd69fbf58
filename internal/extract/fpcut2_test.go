package extract

import "testing"

// TestExpectedSubjects checks that a passive "expected" before "to"
// reports no source: the subject is what is expected. An active
// "expected", and "expected to" before a report verb, keep theirs.
func TestExpectedSubjects(t *testing.T) {
	cases := []struct {
		name, in, content, src string
	}{
		// The subject of a coordinated passive is what is expected.
		{"coordinated passive with not",
			"Ms. Ruiz will open the fair but was not expected to cut the ribbon.",
			"to cut the ribbon", ""},
		{"coordinated passive after and",
			"The envoy arrived late and was not expected to sign anything.",
			"to sign anything", ""},
		{"participle clause with an adverb",
			"Courted by both parties and widely expected to run, the sheriff stayed silent.",
			"to run, the sheriff stayed silent", ""},

		// Must not fire: an active "expected" with the one who expects.
		{"active expected before to",
			"Ms. Orlov expected to finish the survey by June.",
			"to finish the survey by June", "Ms. Orlov"},
		{"active expected with an object",
			"The engineers expected the bridge to reopen in May.",
			"the bridge to reopen in May", "The engineers"},
		{"a report verb after a passive expected",
			"Mr. Dagan will visit the port and is expected to say that the levy is unfair.",
			"that the levy is unfair", "Mr. Dagan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			var found *Quote
			for i, q := range r.Quotes {
				if q.Text == c.content {
					found = &r.Quotes[i]
				}
			}
			switch {
			case found == nil:
				t.Errorf("no quote %q (quotes %+v)", c.content, r.Quotes)
			case c.src == "" && found.Mention != nil:
				t.Errorf("quote %q has source %q, want none", c.content, found.Mention.Text)
			case c.src != "" && (found.Mention == nil || found.Mention.Text != c.src):
				t.Errorf("quote %q has source %+v, want %q", c.content, found.Mention, c.src)
			}
		})
	}
}
