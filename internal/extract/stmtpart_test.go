package extract

import "testing"

// TestReleasedDocAdjuncts covers released documents whose participle
// stands after more than a time phrase: a particle after the verb ("sent
// out an email"), a quantifier before the document ("made several
// statements"), an addressee or outlet after it ("a letter to the
// council", "a memo to the board in April"). The release verb's subject
// is the source and the participle's object the content.
func TestReleasedDocAdjuncts(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "sent out an email",
			text:    `The union sent out an email stressing the importance of the autumn vote.`,
			quote:   "the importance of the autumn vote",
			mention: "The union",
		},
		{
			name:    "a quantifier before the document",
			text:    `The senator made several statements affirming the new tide tables.`,
			quote:   "the new tide tables",
			mention: "The senator",
		},
		{
			name:    "an addressee after the document",
			text:    `The committee wrote a letter to the council urging a new vote on the tolls.`,
			quote:   "a new vote on the tolls",
			mention: "The committee",
		},
		{
			name:    "an addressee and a weekday",
			text:    `Mara Quist sent an email to members Tuesday inviting them to the regatta.`,
			quote:   "them to the regatta",
			mention: "Mara Quist",
		},
		{
			name:    "an outlet and a month",
			text:    `The mayor sent a memo to The Harbor Times in April explaining his plan for the pier.`,
			quote:   "his plan for the pier",
			mention: "The mayor",
		},
		{
			name:    "a verb in the phrase after the document is no addressee",
			text:    `The guild sent a letter to the pier owners rejected earlier opposing the fees.`,
			notWant: []string{"the fees"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestReleasedRelatives covers a released document's relative clause:
// "the union released a video that said …" reports the union's words,
// with the release verb through the relative verb as the cue. The
// relative pronoun is no source, and a name that looks like a release
// verb ("a Harbor Post editorial") is no release.
func TestReleasedRelatives(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "a video that said",
			text:    `The ferry union released a short video that said the new tolls would ruin the island.`,
			quote:   "the new tolls would ruin the island",
			mention: "The ferry union",
		},
		{
			name:    "a capitalized modifier before the document",
			text:    `Mara Quist has released a Web video that accuses the mayor of hiding the costs.`,
			quote:   "the mayor of hiding the costs",
			mention: "Mara Quist",
		},
		{
			name:    "an ad that urges",
			text:    `Senator Ada Holm is releasing a new ad that urges voters to reject the pier plan.`,
			quote:   "voters to reject the pier plan",
			mention: "Senator Ada Holm",
		},
	}
	checkQuoteCases(t, cases)
	// A newspaper's name is no release verb: its editorial's words are
	// not the subject's.
	r := extract(`The mayor will reprint a Harbor Post editorial that accuses the guild of lying.`, Meta{})
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text == "a Harbor" {
			t.Errorf("a name read as a release verb: %+v", q)
		}
	}
}
