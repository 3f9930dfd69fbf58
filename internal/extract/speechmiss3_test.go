package extract

import "testing"

// TestSpeechmiss3 covers ordinary speech cues whose attribution a parse
// fault used to lose: each case names the quote and source it must give,
// and a look-alike case names contents that must not appear.
func TestSpeechmiss3(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "nested quotation closing with the comma before said of",
			text:    `"We paid for the boat. That is why she is the 'Patron,' " Tova Rusk wrote of the 2009 gift.`,
			quote:   `"We paid for the boat. That is why she is the 'Patron,' "`,
			mention: "Tova Rusk",
			notWant: []string{"the 2009 gift"},
		},
		{
			name:    "nested doubled-single quotation before said of",
			text:    `''My job is to say: 'Look, she is honest. She is one of us,''' Mr. Brandt said of Ms. Orlov.`,
			quote:   `''My job is to say: 'Look, she is honest. She is one of us,'''`,
			mention: "Mr. Brandt",
			notWant: []string{"Ms. Orlov"},
		},
		{
			name:    "nested quotation without a comma stays a plain about-phrase",
			text:    `The pier was "the 'old' one" Mr. Brandt said of the harbor.`,
			notWant: []string{`"the 'old' one"`},
		},
		{
			name:    "adverbial clause after told and its hearer",
			text:    `This is not about the ferry, Mayor Ilse Varga told her aides as she drafted the budget.`,
			quote:   "This is not about the ferry",
			mention: "Mayor Ilse Varga",
			notWant: []string{"as she drafted the budget"},
		},
		{
			name:    "adverbial clause carrying its own quotation",
			text:    `At the pier, Varga said as she greeted the crew, "We will sail."`,
			notWant: []string{"At the pier"},
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
