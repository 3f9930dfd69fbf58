package extract

import "testing"

// TestDitrans checks double-object and framed-object contents of giving
// and telling cues: a pronoun hearer stays out of the content ("promised
// us a new stadium"), and a reporting noun with its frame's preposition
// joins the cue ("offered a spirited defense of his harbor plan").
// Look-alikes keep their whole phrase: a noun hearer, a small clause
// after the pronoun, a noun outside the frames, a list of acts.
func TestDitrans(t *testing.T) {
	cases := []contentSourceCase{
		// A pronoun hearer before the thing given is no part of it.
		{"pronoun hearer before a noun phrase",
			"The coach promised us a new stadium.",
			"a new stadium", "The coach"},
		{"pronoun hearer before a lone word",
			"The landlord offered them nothing.",
			"nothing", "The landlord"},
		{"small clause after the pronoun stays",
			"Polls show him leading the race.",
			"him leading the race", "Polls"},
		{"clause after the pronoun",
			"The clerk told them Smith had won.",
			"Smith had won", "The clerk"},
		{"noun hearer stays",
			"The mayor offered the crowd a short speech about the harbor.",
			"the crowd a short speech about the harbor", "The mayor"},

		// A reporting noun and its preposition join the verb's cue.
		{"act noun frame",
			"The governor offered a spirited defense of his harbor plan.",
			"his harbor plan", "The governor"},
		{"voiced noun frame",
			"The chef offered her thoughts on the menu.",
			"the menu", "The chef"},
		{"noun outside the frames stays",
			"The mayor offered a rare glimpse inside the library.",
			"a rare glimpse inside the library", "The mayor"},
		{"list of acts stays",
			"The general offered sharp warnings about the drought and angry attacks on the council.",
			"sharp warnings about the drought and angry attacks on the council", "The general"},
	}
	checkContentSources(t, cases)
}
