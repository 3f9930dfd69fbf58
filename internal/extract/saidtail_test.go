package extract

import "testing"

// TestSaidtail covers plain verbs of speaking whose content a clause
// boundary cut short or lost: each case names contents that must appear
// (with a source where one is named) and look-alikes that must not.
func TestSaidtail(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		want, notWant              []string
	}{
		{
			name:    "aside on the subject then a present verb",
			text:    `Green said the old ferry, which first sailed in 1961, needs a new hull.`,
			quote:   "the old ferry, which first sailed in 1961, needs a new hull",
			mention: "Green",
			notWant: []string{"the old ferry"},
		},
		{
			name:    "aside on a name then a present verb",
			text:    `Holm said Varga, who built the pier, deserves the credit.`,
			quote:   "Varga, who built the pier, deserves the credit",
			mention: "Holm",
		},
		{
			name:    "trailing relative still ends the content",
			text:    `Holm said she would sell the boat, which her uncle had built.`,
			quote:   "she would sell the boat",
			mention: "Holm",
		},
		{
			name:    "aside closed by a new report is no predicate",
			text:    `Holm said the ferry, which sank in May, officials say.`,
			notWant: []string{"the ferry, which sank in May, officials say"},
		},
		{
			name: "when asked closing the sentence after a quotation",
			text: `“We will row again next spring,” Brill said, when asked whether the club would survive.`,
			want: []string{"whether the club would survive"},
		},
		{
			name: "when asked ending at a dash",
			text: `But when asked how the guild means to fund the dock - a sore point in town - Varga went quiet.`,
			want: []string{"how the guild means to fund the dock"},
		},
		{
			name:    "when asked inside the sentence still needs its comma",
			text:    `Varga, when asked about the dock, changed the subject.`,
			want:    []string{"the dock"},
			notWant: []string{"the dock, changed the subject"},
		},
		{
			name: "asked question with a relative aside on its subject",
			text: `Asked whether the mill, which locals thought doomed, would reopen by spring, Brill smiled.`,
			want: []string{"whether the mill, which locals thought doomed, would reopen by spring"},
		},
		{
			name: "asked question with an apposition and a relative aside",
			text: `Asked whether he feared that Varga, the guild chief, who has mocked the levy, could win, Holm shrugged.`,
			want: []string{"whether he feared that Varga, the guild chief, who has mocked the levy, could win"},
		},
		{
			name:    "asked question before an apposition with a participle",
			text:    `Asked which boat they liked best, a third of the rowers picked the skiff, followed by the punt.`,
			notWant: []string{"which boat they liked best, a third of the rowers picked the skiff"},
		},
		{
			name:    "subordinate clause after a one-word lead closes at its comma",
			text:    `Still, while the guild says its boats are safe, the harbor master wants an inspection.`,
			quote:   "its boats are safe",
			mention: "the guild",
			notWant: []string{"its boats are safe, the harbor master wants an inspection"},
		},
		{
			name:    "subordinate clause after a name subject",
			text:    `Brill, though she praised the mayor and said the pier should reopen, stopped short of a vote.`,
			want:    []string{"the pier should reopen"},
			notWant: []string{"the pier should reopen, stopped short of a vote"},
		},
		{
			name: "list commas inside a subordinate clause",
			text: `Later, after the board asked Holm, Varga and Brill to check their ledgers, the auditor said two were missing.`,
			want: []string{"Holm, Varga and Brill to check their ledgers"},
		},
		{
			name:    "second lead clause before the subject of a coordinated said",
			text:    `Later, when I asked Holm about the ferry, she frowned at the dock and said, "Not this year, friend."`,
			quote:   `"Not this year, friend."`,
			mention: "she",
		},
		{
			name:    "second lead clause without a report leaves the clause alone",
			text:    `Last week, when the tide turned, the crews rowed home.`,
			notWant: []string{"the crews rowed home"},
		},
		{
			name:    "irregular past then a second predicate of the reported clause",
			text:    `Varga said she left the guild in May but was stung by the letter it sent.`,
			quote:   "she left the guild in May but was stung by the letter it sent",
			mention: "Varga",
		},
		{
			name:    "regular coordinated cue still ends the content",
			text:    `Varga said she left the guild in May and added that the fees were unfair.`,
			notWant: []string{"she left the guild in May and added that the fees were unfair"},
		},
		{
			name:    "a dash and a concession close the reported clause",
			text:    `Holm said the ferry would sail by June - though the crew doubts it will be ready.`,
			quote:   "the ferry would sail by June",
			mention: "Holm",
		},
		{
			name:    "a dash and except close the reported clause",
			text:    `Varga said the levy would ruin the port - except that trade has doubled since then.`,
			quote:   "the levy would ruin the port",
			mention: "Varga",
		},
		{
			name:    "a paired dash aside stays inside",
			text:    `Holm said the guild's three founders - Varga, Brill and Kane - all plan to leave the harbor.`,
			quote:   "the guild's three founders - Varga, Brill and Kane - all plan to leave the harbor",
			mention: "Holm",
		},
		{
			name:    "fronted said after an opening conjunction",
			text:    `Kane praised the guild. But, said Kane, "I will not row for them again."`,
			quote:   `"I will not row for them again."`,
			mention: "Kane",
		},
		{
			name:    "opening conjunction before a plain subject is no fronted said",
			text:    `But, Kane said, the guild would not row again.`,
			notWant: []string{`Kane said, the guild would not row again`},
		},
		{
			name:    "bare plural subject with phrases after a lead adverb",
			text:    `Still, experts on ferry safety say the old hulls can no longer pass a test.`,
			quote:   "the old hulls can no longer pass a test",
			mention: "experts on ferry safety",
		},
		{
			name:    "a phrase ending in a preposition is no subject",
			text:    `The guild cited reports from noted harbor pilots to defend the levy.`,
			notWant: []string{"harbor pilots to defend the levy"},
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
