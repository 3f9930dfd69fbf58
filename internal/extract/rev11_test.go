package extract

import "testing"

// TestRev11 holds the review's fixes of this session's lanes: a fronted
// "with" phrase around a document's finding closes at its comma, and a
// content never ends on the conjunction of a conjunct another reading took.
func TestRev11(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "fronted with-phrase finding ends at its comma",
			text:    `With the survey showing little change, the ferry board moved on to fares.`,
			quote:   "little change",
			mention: "the survey",
			notWant: []string{"little change, the ferry board moved on to fares"},
		},
		{
			name:    "no dangling and before a conjunct read apart",
			text:    `Ines Marr said the old pier is sound, and traffic fell 3 percent, according to harbor data.`,
			quote:   "the old pier is sound",
			mention: "Ines Marr",
			notWant: []string{"the old pier is sound, and"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuoteMention(t, c.text, c.quote, c.mention)
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
