package extract

import "testing"

// TestCallOut covers the phrasal "call out" of public rebuke in its four
// forms: the one rebuked opens the content; without an object ("called
// out sick", "calling out for …") it reports nothing.
func TestCallOut(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		want, notWant              []string
	}{
		{
			name:    "called out with an auxiliary and adverb",
			text:    `The mayor has repeatedly called out the harbor board.`,
			quote:   "the harbor board",
			mention: "The mayor",
		},
		{
			name:    "calls out a named rival",
			text:    `Holm calls out Brill for the toll hike.`,
			quote:   "Brill for the toll hike",
			mention: "Holm",
		},
		{
			name:    "call out after a modal",
			text:    `The guild will call out the ferry company.`,
			quote:   "the ferry company",
			mention: "The guild",
		},
		{
			name:    "called out sick is an absence",
			text:    `The ferry captain called out sick on Monday.`,
			notWant: []string{"sick", "sick on Monday"},
		},
		{
			name:    "calling out for something has no one rebuked",
			text:    `The rowers were calling out for help from the dock.`,
			notWant: []string{"for help from the dock", "help from the dock"},
		},
		{
			name:    "called out of retirement",
			text:    `The old pilot was called out of retirement last spring.`,
			notWant: []string{"of retirement last spring", "retirement last spring"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
