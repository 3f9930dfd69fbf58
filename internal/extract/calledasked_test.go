package extract

import "testing"

// TestCalledAsked covers the call and ask family: where the content of
// a question put to a speaker, or of a naming, begins and ends. Each
// case names contents that must appear (and a quote's source when one is
// given) and contents that must not.
func TestCalledAsked(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		want, notWant              []string
	}{
		{
			name:    "leading asked question runs through a relative to its verb",
			text:    `Asked whether the ferry plan, which rowers called reckless, hurt trade, Holm said he had no idea.`,
			want:    []string{"whether the ferry plan, which rowers called reckless, hurt trade"},
			notWant: []string{"whether the ferry plan"},
		},
		{
			name: "leading asked question runs through an apposition",
			text: `Asked whether he feared that Brill, the guild's choice, could win the regatta, Holm said no one could.`,
			want: []string{"whether he feared that Brill, the guild's choice, could win the regatta"},
		},
		{
			name:    "leading asked question ends before a relative on its last noun",
			text:    `Asked about her vote if Brill faces Holm, who has mocked rowers, sailors and millers, she replied: “I can't say.”`,
			want:    []string{"her vote if Brill faces Holm"},
			notWant: []string{"her vote if Brill faces Holm, who has mocked rowers, sailors and millers"},
		},
		{
			name: "leading asked question ends at the first comma before the main clause",
			text: `Asked if the dock would close, Holm said it would stay open.`,
			want: []string{"if the dock would close", "it would stay open"},
		},
		{
			name:    "asked a named hearer about a topic leaves the hearer out",
			text:    `The harbor master asked Holm about repairs he had promised last spring.`,
			quote:   "about repairs he had promised last spring",
			mention: "The harbor master",
			notWant: []string{"Holm about repairs he had promised last spring"},
		},
		{
			name: "asked a pronoun hearer about a short topic keeps about",
			text: `She asked him about the tolls.`,
			want: []string{"about the tolls"},
		},
		{
			name:    "asked a question about a topic keeps the question noun",
			text:    `The miller asked a blunt question about the tolls.`,
			notWant: []string{"about the tolls", "the tolls"},
		},
		{
			name:    "asked in a when clause after a leading time phrase ends before the main clause",
			text:    `Last spring, when I asked Holm if he would ever back Brill, he stared at the river and shrugged.`,
			quote:   "if he would ever back Brill",
			mention: "I",
			notWant: []string{"if he would ever back Brill, he stared at the river and shrugged"},
		},
		{
			name:    "said in a when clause after a leading time phrase ends before the main clause",
			text:    `On Friday, when Holm said the dock would close, the rowers booed him.`,
			want:    []string{"the dock would close"},
			notWant: []string{"the dock would close, the rowers booed him"},
		},
		{
			name:    "participle report after a comma and also",
			text:    `Holm spoke about the tolls, also calling on the millers to oppose the new levy.`,
			quote:   "the millers to oppose the new levy",
			mention: "Holm",
		},
		{
			name:    "participle report after a comma and often ends the earlier content",
			text:    `Many rowers say they cannot back Brill, often citing the fees as a reason.`,
			want:    []string{"they cannot back Brill", "the fees as a reason"},
			notWant: []string{"they cannot back Brill, often citing the fees as a reason"},
		},
		{
			name:    "participle after also that is no report",
			text:    `Holm rowed across the bay, also using an old map of the harbor.`,
			notWant: []string{"an old map of the harbor"},
		},
		{
			name:    "also known as is no participle report",
			text:    `Brill said the guild, also known as the Union, would meet on Friday.`,
			notWant: []string{"the Union, would meet on Friday"},
		},
		{
			name:    "a new group called a name is no report by the group",
			text:    `A new harbor PAC called Future Port bought two radio spots in May.`,
			notWant: []string{"Future Port bought two radio spots in May"},
		},
		{
			name:    "one group called a name and another is no report",
			text:    `Two groups gave money, one PAC called Stop Brill and another run by millers.`,
			notWant: []string{"Stop Brill and another run by millers"},
		},
		{
			name:    "an indefinite speaker calling a person a quoted name still reports",
			text:    `One lawmaker called Holm "the grey prince of the harbor."`,
			quote:   `Holm "the grey prince of the harbor."`,
			mention: "One lawmaker",
		},
		{
			name:    "a noun named by a relative naming quote is inside the content, which ends at the quote",
			text:    `And, in a speech that Judge Holm called "reckless," Brill urged the rowers to strike.`,
			quote:   `a speech that Judge Holm called "reckless,"`,
			mention: "Judge Holm",
			notWant: []string{`"reckless," Brill urged the rowers to strike`},
		},
		{
			name:    "a bare plural named by a reduced relative naming quote",
			text:    `Brill stars in videos he calls "Harbor Advocate TV."`,
			quote:   `videos he calls "Harbor Advocate TV."`,
			mention: "he",
		},
		{
			name:    "a time phrase before a naming quote is no named noun",
			text:    `Last week he called "foul."`,
			notWant: []string{`week he called "foul."`, `Last week he called "foul."`},
		},
		{
			name:    "leading asked question leaves its occasion out",
			text:    `Asked about the tolls after a town debate, Holm told reporters he had no plan.`,
			want:    []string{"the tolls"},
			notWant: []string{"the tolls after a town debate"},
		},
		{
			name: "leading asked question keeps a phrase without a venue noun",
			text: `Asked if he would row in the fall, Holm said no.`,
			want: []string{"if he would row in the fall"},
		},
		{
			name: "leading asked about a pronoun keeps about",
			text: `Asked about it after the town debate, Holm told reporters he had no plan.`,
			want: []string{"about it"},
		},
		{
			name: "when asked after a closing said runs to the sentence end",
			text: `“The race is mine,” Holm replied, when asked if Brill should row for her.`,
			want: []string{"if Brill should row for her"},
		},
		{
			name:    "when asked for a view leaves for and the occasion out",
			text:    `When asked for his view during a radio interview, Holm said, "It is being studied."`,
			want:    []string{"his view"},
			notWant: []string{"for his view", "for his view during a radio interview"},
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
