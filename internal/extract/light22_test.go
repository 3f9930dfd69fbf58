package extract

import "testing"

// TestNounHearerThat covers a shown or pressed noun whose that-clause
// comes after a hearer ("made the case to voters that …") or a span of
// time ("for weeks"): the that-clause is the content, the hearer and
// the time stay out; a relative "that" opens none.
func TestNounHearerThat(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "pressed noun with a hearer",
			text:    `The mayor made the case to the ferry riders that the toll was fair.`,
			quote:   "that the toll was fair",
			mention: "The mayor",
			notWant: []string{"to the ferry riders that the toll was fair"},
		},
		{
			name:    "pressed noun with a span of time",
			text:    `Holm has been making the case for weeks that the dam is unsafe.`,
			quote:   "that the dam is unsafe",
			mention: "Holm",
			notWant: []string{"weeks that the dam is unsafe"},
		},
		{
			name:    "shown noun with a hearer",
			text:    `The rowers voiced concern to the harbor board that the pier would flood.`,
			quote:   "that the pier would flood",
			mention: "The rowers",
		},
		{
			name:    "a longer hearer with a participle",
			text:    `Brill pressed the argument to reporters gathered at the dock that the ferry should stay.`,
			quote:   "that the ferry should stay",
			mention: "Brill",
		},
		{
			name:    "a relative clause on the hearer",
			text:    `The guild voiced concern to a panel that runs the harbor.`,
			notWant: []string{"that runs the harbor"},
		},
		{
			name:    "a relative clause after a purpose",
			text:    `The mayor made the case for a toll that funds the ferry.`,
			notWant: []string{"that funds the ferry"},
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
