package extract

import "testing"

// TestSpeechmiss4 covers ordinary reports a parse fault used to lose:
// each case names the quote and source it must give, and a look-alike
// names contents that must not appear.
func TestSpeechmiss4(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "numerous as a determiner before a source with an including clause",
			text:    `But numerous ferrymen working at the dock this month, including Mr. Holt, said they would strike.`,
			quote:   "they would strike",
			mention: "numerous ferrymen working at the dock this month, including Mr. Holt",
		},
		{
			name:    "numerous subject without a cue",
			text:    `Numerous ferrymen, including Mr. Holt, sailed home before the storm.`,
			notWant: []string{"home before the storm"},
		},
		{
			name:    "exclamation quotation then a source with an appositive",
			text:    `“Not this winter!” Brill, the head of the Vell Rowing Club, wrote on Sunday.`,
			quote:   "“Not this winter!”",
			mention: "Brill, the head of the Vell Rowing Club",
		},
		{
			name:    "question quotation then a name with an appositive and no cue",
			text:    `“Will the ferry run?” Ada Holm, the head of the guild, did not know. She waited.`,
			notWant: []string{"“Will the ferry run?”"},
		},
		{
			name:    "fronted said with a relative clause before the quotation",
			text:    `Said Ada Holm, who rowed for the guild in her youth, “We never lost a race.”`,
			quote:   "“We never lost a race.”",
			mention: "Ada Holm, who rowed for the guild in her youth",
		},
		{
			name:    "fronted said with a relative clause and no quotation",
			text:    `Said Ada Holm, who rowed for the guild, that the race was lost.`,
			notWant: []string{"the race was lost"},
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
