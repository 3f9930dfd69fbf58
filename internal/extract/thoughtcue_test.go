package extract

import "testing"

// TestThoughtcue covers attributions of thought that the layouts missed:
// each case names the quote and source it must give, and look-alikes
// name contents that must not appear.
func TestThoughtcue(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "gapped relative on a thought verb with a modal",
			text:    `The guild chose a route they believe could spare the old mill.`,
			quote:   "a route they believe could spare the old mill",
			mention: "they",
		},
		{
			name:    "gapped relative on a past thought verb with be, cut at a contrast",
			text:    `The ferry crews kept the pilots she thought were the calmest, while others went home.`,
			quote:   "the pilots she thought were the calmest",
			mention: "she",
		},
		{
			name:    "a gapped infinitive of a verb other than hope, expect or want stays out",
			text:    `The rowers left the harbor she plans to reach by spring.`,
			notWant: []string{"the harbor she plans to reach by spring"},
		},
		{
			name:    "a noun subject is left to the layouts",
			text:    `The guild chose a route local pilots believe could spare the mill.`,
			notWant: []string{"a route local pilots believe could spare the mill"},
		},
		{
			name:    "hope after a relative that with a noun subject",
			text:    `The guild built a slipway that the harbor board hopes will draw new crews.`,
			quote:   "that the harbor board hopes will draw new crews",
			mention: "the harbor board",
		},
		{
			name:    "hope after what with a pronoun subject",
			text:    `The port opened what it hopes will soon be the main ferry hub of the coast.`,
			quote:   "what it hopes will soon be the main ferry hub of the coast",
			mention: "it",
		},
		{
			name:    "another thought verb after a relative that stays out",
			text:    `The guild built a slipway that the harbor board believes will draw new crews.`,
			notWant: []string{"that the harbor board believes will draw new crews", "will draw new crews"},
		},
		{
			name:  "two nouns joined by and make one raising subject",
			text:  `The links between rowers and pilots seem to be fraying this winter.`,
			quote: "The links between rowers and pilots seem to be fraying this winter",
		},
		{
			name:    "a clause joined by and keeps its own raising subject",
			text:    `The dock shut in June, and the crews are expected to move north.`,
			quote:   "the crews are expected to move north",
			notWant: []string{"The dock shut in June, and the crews are expected to move north"},
		},
		{
			name:  "an impression ends before a comma and a subordinate clause",
			text:  `The ferry is expected to resume service in May, when the ice melts on the lake.`,
			quote: "The ferry is expected to resume service in May",
		},
		{
			name:  "an impression ends before a comma and a hedging adverb",
			text:  `The guild appears to have lost members, partly because of the new dues.`,
			quote: "The guild appears to have lost members",
		},
		{
			name:  "a link word before the comma goes with the cut",
			text:  `The crew was expected to finish by noon and, if the wind held, sail home.`,
			quote: "The crew was expected to finish by noon",
		},
		{
			name:  "a participle after the comma stays inside",
			text:  `The dock seems to be sinking, leaving the ferries stranded.`,
			quote: "The dock seems to be sinking, leaving the ferries stranded",
		},
		{
			name:    "a negated raising verb keeps its subject in the content",
			text:    `Most rowers don't seem to mind the early start.`,
			quote:   "Most rowers don't seem to mind the early start",
			notWant: []string{"to mind the early start"},
		},
		{
			name:    "a contracted negated be before expected is its auxiliary",
			text:    `The new ferry isn't expected to sail before the thaw.`,
			quote:   "The new ferry isn't expected to sail before the thaw",
			notWant: []string{"to sail before the thaw"},
		},
		{
			name:  "an adverb between be and expected, cut at an adjunct",
			text:  `The vote is widely expected to favor the guild, with sharp costs for the town.`,
			quote: "The vote is widely expected to favor the guild",
		},
		{
			name:  "a pronoun right before the raising verb is its whole subject",
			text:  `The crews struck during the very week she is expected to row the boat home.`,
			quote: "she is expected to row the boat home",
		},
		{
			name:  "a relative pronoun before that pronoun stays with it",
			text:  `It was a rule which he appeared to break when he sailed at dusk.`,
			quote: "which he appeared to break when he sailed at dusk",
		},
		{
			name:    "hope with an infinitive whose object is the noun before",
			text:    `For years, Ada was the best ally Mr. Holm always hoped to have.`,
			quote:   "the best ally Mr. Holm always hoped to have",
			mention: "Mr. Holm",
			notWant: []string{"to have"},
		},
		{
			name:    "expect with an infinitive whose subject is the noun before",
			text:    `The crews braced for a strike they expect to run past the thaw.`,
			quote:   "a strike they expect to run past the thaw",
			mention: "they",
		},
		{
			name:    "a plain hope with an infinitive keeps its infinitive",
			text:    `Lena hoped to win the spring regatta.`,
			quote:   "to win the spring regatta",
			mention: "Lena",
		},
		{
			name:  "a subordinate clause inside a determined raising subject",
			text:  `The mood when a storm hits the harbor can seem almost calm.`,
			quote: "The mood when a storm hits the harbor can seem almost calm",
		},
		{
			name:  "a subordinate clause after a verb stays outside the raising subject",
			text:  `The dock closed after the old ferry seemed to sink.`,
			quote: "the old ferry seemed to sink",
		},
		{
			name:    "a closing so is the whole content of a thought verb",
			text:    `The old pilots never thought so, and they said as much.`,
			quote:   "so",
			mention: "The old pilots",
		},
		{
			name:    "so before a quantity opens a clause",
			text:    `The pilots think so many ferries will sink this year.`,
			notWant: []string{"so"},
		},
		{
			name:    "a closing it is the content of know",
			text:    `Both guilds know it too, and so they row at dawn.`,
			quote:   "it",
			mention: "Both guilds",
		},
		{
			name:    "this before a coordinated verb is the whole content",
			text:    `The harbor pilots know this and plan their routes around it.`,
			quote:   "this",
			mention: "The harbor pilots",
		},
		{
			name:    "that before a comma opens a clause",
			text:    `The pilots believe that, in a dry year, the river will fall.`,
			notWant: []string{"that"},
		},
		{
			name:    "a thought verb gapped after a relative who opened by a comma",
			text:    `The guild backed Ada and Lena, who many rowers feel need a strong race to stay.`,
			quote:   "who many rowers feel need a strong race to stay",
			mention: "many rowers",
		},
		{
			name:    "a relative who without a comma is left to the layouts",
			text:    `The pilot who they thought might steer the barge fell ill.`,
			notWant: []string{"who they thought might steer the barge", "The pilot who they thought might steer the barge"},
		},
		{
			name:    "a relative which before a mid-sentence attribution heads the content",
			text:    `The guild kept the old ferry, which, its pilots believe, would outlast the new one.`,
			quote:   "which, its pilots believe, would outlast the new one",
			mention: "its pilots",
			notWant: []string{"The guild kept the old ferry, which, its pilots believe, would outlast the new one"},
		},
		{
			name:    "a spaced dash before a mid-sentence attribution opens the content",
			text:    `The harbor reopened in May — and the new dock, the pilots think, is the safest yet.`,
			quote:   "the new dock, the pilots think, is the safest yet",
			mention: "the pilots",
		},
		{
			name:    "without a dash the head runs from the sentence start",
			text:    `The new dock, the pilots think, is the safest yet.`,
			quote:   "The new dock, the pilots think, is the safest yet",
			mention: "the pilots",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" && c.mention != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			if c.quote != "" && c.mention == "" {
				checkContents(t, extract(c.text, Meta{}), []string{c.quote}, nil)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
