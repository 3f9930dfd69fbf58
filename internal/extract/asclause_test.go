package extract

import "testing"

// TestAsClause covers "as" clauses that attribute the main clause after
// them, with a lead before the clause or circumstance after its cue, and
// temporal "as" clauses that must not attribute anything.
func TestAsClause(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "connective lead with a comma stays outside",
			text:    `Of course, as the ferryman observed, the harbour tolls were never fair.`,
			quote:   "the harbour tolls were never fair",
			mention: "the ferryman",
			notWant: []string{"Of course, as the ferryman observed, the harbour tolls were never fair"},
		},
		{
			name:    "however lead and an auxiliary cue",
			text:    `However, as the Lantern Gazette has reported, the mill owners kept two ledgers.`,
			quote:   "the mill owners kept two ledgers",
			mention: "the Lantern Gazette",
		},
		{
			name:    "bare conjunction and a place phrase after the cue",
			text:    `But as the harbour master points out in her note for the guild, the pier needs new pilings.`,
			quote:   "the pier needs new pilings",
			mention: "the harbour master",
		},
		{
			name:    "fronted place phrase before the clause",
			text:    `In the old river towns, as the chronicler reported in her memoir, the mayors kept private barges.`,
			quote:   "the mayors kept private barges",
			mention: "the chronicler",
		},
		{
			name:    "low-rated written with a time phrase",
			text:    `As the essayist Mara Quill had written some winters earlier, ''No town thrives without a bridge.''`,
			quote:   "''No town thrives without a bridge.''",
			mention: "the essayist Mara Quill",
		},
		{
			name:    "aside after an open that takes only the clause after it",
			text:    `Traders doubt the port will reopen, given that, as the Lantern Gazette reported on Monday, the dredgers have left.`,
			quote:   "the dredgers have left",
			mention: "the Lantern Gazette",
		},
		{
			name:    "aside after a subject keeps the whole clause",
			text:    `The toll, as the harbour master points out, is far too high for small boats.`,
			quote:   "The toll, as the harbour master points out, is far too high for small boats",
			mention: "the harbour master",
		},
		{
			name:    "demonstrative that before the aside stays the subject",
			text:    `And that, as the harbour master points out, is far too high for small boats.`,
			quote:   "And that, as the harbour master points out, is far too high for small boats",
			mention: "the harbour master",
			notWant: []string{"is far too high for small boats"},
		},
		{
			name:    "temporal clause with an object after the verb",
			text:    `But as the ferrymen considered a strike last winter, the owners raised the tolls.`,
			notWant: []string{"the owners raised the tolls"},
		},
		{
			name:    "temporal clause with a time lead",
			text:    `In March, as the guild began winning early votes, donors poured coins into its chest.`,
			notWant: []string{"donors poured coins into its chest"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestAsDid checks that ", as did <speaker>." after a clause whose
// verb "did" cannot stand for ends the content: the second speaker
// shares the report.
func TestAsDid(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"Kaur said the levy was unfair, as did Brandt.", "the levy was unfair", "Kaur", "said"},
		{"Kaur said the levy would hurt farmers, as did the treasurer.", "the levy would hurt farmers", "Kaur", "said"},
		// After a verb of its own, "did" may stand for it: the content keeps it.
		{"The mayor said Leeds voted for the levy, as did York.", "Leeds voted for the levy, as did York", "The mayor", "said"},
		{"The bank said deposits rose, as did loans.", "deposits rose, as did loans", "The bank", "said"},
	})
}

// TestDashRoleAside covers an aside between dashes that opens with
// "as": a role is a description the source mention keeps, a clause ends
// the mention.
func TestDashRoleAside(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"role", "Ines Toma -- as chair of the canal board -- said the locks would stay shut.",
			[][2]string{{"the locks would stay shut", "Ines Toma -- as chair of the canal board --"}}},
		{"clause", "Ines Toma -- as the barges queued up -- said the locks would stay shut.",
			[][2]string{{"the locks would stay shut", "Ines Toma"}}},
	})
}
