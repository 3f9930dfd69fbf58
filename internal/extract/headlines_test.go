package extract

import "testing"

// TestHeadlines covers report shapes of a title line: each case names a
// quote and source it must give, and look-alikes name contents that must
// not appear.
func TestHeadlines(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "second predicate after a comma keeps the headline subject",
			text:    `Harbor chief slams ferry fares, praises new pier plan.`,
			quote:   "new pier plan",
			mention: "Harbor chief",
			notWant: []string{"ferry fares, praises new pier plan"},
		},
		{
			name:    "first predicate ends before the comma",
			text:    `Harbor chief slams ferry fares, praises new pier plan.`,
			quote:   "ferry fares",
			mention: "Harbor chief",
		},
		{
			name:    "title-case second predicate after And",
			text:    `Fishermen's Guild Backs Levy And Denounces Port Board.`,
			quote:   "Port Board",
			mention: "Fishermen's Guild",
		},
		{
			name:    "second predicate after a quoted word closed by its comma",
			text:    `Port board declares ‘emergency,’ ignores dockers.`,
			quote:   "dockers",
			mention: "Port board",
			notWant: []string{"‘emergency,’ ignores dockers"},
		},
		{
			name:    "and inside the object is no second predicate",
			text:    `Harbor chief praises Holt and Brill at the pier.`,
			notWant: []string{"Brill at the pier"},
		},
		{
			name:    "body text keeps its comma series whole",
			text:    "Ferry Talks.\n\nHarbor chief slams ferry fares, praises new pier plan.",
			notWant: []string{"new pier plan"},
		},
		{
			name:    "a colon before a bare article phrase names a column",
			text:    `Harbor Weekly: The slow fall of a pier.`,
			notWant: []string{"The slow fall of a pier"},
		},
		{
			name:    "a colon before a clause still gives the label's words",
			text:    `Holt: The pier will fall.`,
			quote:   "The pier will fall",
			mention: "Holt",
		},
		{
			name:    "an article phrase with a verb is a claim",
			text:    `Harbor Weekly: A Shift Among Rowers May Have Won The Race.`,
			quote:   "A Shift Among Rowers May Have Won The Race",
			mention: "Harbor Weekly",
		},
		{
			name:    "postposed source after a comma inside the headline's single quote",
			text:    "Ferry Fares Are ‘Too High,’ Harbor Chief Tells Council.\n\nThe council met on Monday.",
			quote:   "Ferry Fares Are ‘Too High,’",
			mention: "Harbor Chief",
		},
		{
			name:    "tell verb with a title-case hearer before a pronoun clause",
			text:    "Harbor Chief Tells Weary Rowers They Must Wait.\n\nThe club met on Monday.",
			quote:   "They Must Wait",
			mention: "Harbor Chief",
			notWant: []string{"Weary Rowers They Must Wait"},
		},
		{
			name:    "tell verb with a hearer before a clause whose subject is one word",
			text:    "Holt tells 200 in Kent pier has closed.\n\nThe club met on Monday.",
			quote:   "pier has closed",
			mention: "Holt",
		},
		{
			name:    "tell verb with an infinitive keeps its reading",
			text:    "Holt Tells Rowers To Stay Home.\n\nThe club met on Monday.",
			notWant: []string{"Stay Home", "Home"},
		},
		{
			name:    "tell verb keeps the clause's article",
			text:    "Harbor Chief Tells Rowers The Pier Will Open.\n\nThe club met on Monday.",
			quote:   "The Pier Will Open",
			mention: "Harbor Chief",
		},
		{
			name:    "tell it is no hearer",
			text:    "Holt Tells It Straight As Rowers Wait.\n\nThe club met on Monday.",
			notWant: []string{"Rowers Wait"},
		},
		{
			name:    "warn of a topic is no hearer",
			text:    "Harbor Chief Warns Of Storms As They Near Coast.\n\nThe club met on Monday.",
			notWant: []string{"They Near Coast"},
		},
	}
	checkQuoteCases(t, cases)
}
