package extract

import "testing"

// TestObjverbs covers the tails of a reporting verb's object that belong
// to the report itself: a go-between, the terms of anonymity, and what
// follows a bare "to comment".
func TestObjverbs(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "declined to comment then a comma and a participle",
			text:    `The ferry company declined to comment, hoping to calm the rowers.`,
			quote:   "to comment",
			mention: "The ferry company",
			notWant: []string{"to comment, hoping to calm the rowers"},
		},
		{
			name:    "declined to comment and a new clause with its own report",
			text:    `A clerk for the guild declined to comment and the mayor later said the dock would close.`,
			quote:   "to comment",
			mention: "A clerk for the guild",
		},
		{
			name:    "refused to respond before but",
			text:    `The harbor office refused to respond but the boatmen kept rowing all night.`,
			quote:   "to respond",
			mention: "The harbor office",
		},
		{
			name:    "denied through a lawyer",
			text:    `The harbor master denied the smuggling claims through his lawyer.`,
			quote:   "the smuggling claims",
			mention: "The harbor master",
			notWant: []string{"the smuggling claims through his lawyer"},
		},
		{
			name:    "confirmed on condition of anonymity",
			text:    `A dock clerk confirmed the late tally on condition of anonymity, since the board had not met.`,
			quote:   "the late tally",
			mention: "A dock clerk",
		},
		{
			name:    "through a period is no go-between",
			text:    `The mayor denied the toll rise through the winter.`,
			quote:   "the toll rise through the winter",
			mention: "The mayor",
		},
		{
			name:    "to comment on a topic keeps its object",
			text:    `Brill has declined to comment about ferry strikes.`,
			notWant: []string{"to comment"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
