package extract

import "testing"

// TestCognitionCues covers cues of cognition, perception and
// characterisation: where a participle only modifies the noun phrase
// before it, that phrase is no source and what follows is no content;
// the finite verbs still report.
func TestCognitionCues(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		want, notWant              []string
	}{
		{
			name:    "known as after an indefinite phrase names it",
			text:    `A guild known as the Oar Society met on the pier every Friday.`,
			notWant: []string{"the Oar Society met on the pier every Friday", "the Oar Society"},
		},
		{
			name:    "seen as after a bare plural modifies it",
			text:    `Boatmen seen as rivals of the guild are kept off the docks.`,
			notWant: []string{"rivals of the guild are kept off the docks"},
		},
		{
			name:    "considered after an indefinite apposition modifies it",
			text:    `Brill, a rower considered a favorite, lost the race.`,
			notWant: []string{"a favorite, lost the race", "a favorite"},
		},
		{
			name:    "billed as right after the phrase modifies it",
			text:    `A pamphlet billed as a guide to the river sold out.`,
			notWant: []string{"a guide to the river sold out"},
		},
		{
			name:    "known with an adverb after a name modifies it",
			text:    `Olga Brill, 52, known locally as “the Admiral,” was fined in May.`,
			notWant: []string{`locally as “the Admiral,” was fined in May`, `“the Admiral,” was fined in May`},
		},
		{
			name:    "finite considered still reports",
			text:    `Holm considered the toll a blunder.`,
			quote:   "the toll a blunder",
			mention: "Holm",
		},
		{
			name:    "finite regarded with an object still reports",
			text:    `Critics regarded the plan as a failure.`,
			quote:   "the plan as a failure",
			mention: "Critics",
		},
		{
			name:    "seen after a contracted auxiliary still reports",
			text:    `We’ve seen this kind of stunt from the guild before.`,
			quote:   "this kind of stunt from the guild before",
			mention: "We",
		},
		{
			name:    "generic you will never see reports no one's view",
			text:    `Most days you will never see a rower on the canal.`,
			notWant: []string{"a rower on the canal"},
		},
		{
			name:    "generic you know opens a remark",
			text:    `You know the guild is worried when the millers start rowing to work.`,
			notWant: []string{"the guild is worried when the millers start rowing to work", "the guild is worried"},
		},
		{
			name: "you think is kept: the gate is for seeing and knowing",
			text: `If you think the toll is fair, you have not rowed here.`,
			want: []string{"the toll is fair"},
		},
		{
			name:    "we know still reports",
			text:    `We know the dam was never inspected.`,
			quote:   "the dam was never inspected",
			mention: "We",
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
