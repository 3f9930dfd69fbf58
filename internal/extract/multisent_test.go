package extract

import "testing"

// TestMultisent covers a closing attribution carried into the next
// sentence of its paragraph, a lead-in and a quotation that ends the
// paragraph, and look-alikes that must stay one sentence.
func TestMultisent(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "adverb lead-in then a quotation closing the paragraph",
			text:    "“The barges were late again,” said Ada Holm, the harbor clerk. Now, “the whole pier waits for the tide.”",
			quote:   "“The barges were late again,” said Ada Holm, the harbor clerk. Now, “the whole pier waits for the tide.”",
			mention: "Ada Holm, the harbor clerk",
		},
		{
			name:    "pronoun clause lead-in then a quotation",
			text:    "“Nobody rows at night,” Brill said. It is “a floating museum of old habits.”",
			quote:   "“Nobody rows at night,” Brill said. It is “a floating museum of old habits.”",
			mention: "Brill",
		},
		{
			name:    "preposed report then a lead-in and a quotation",
			text:    "Brill argued that the ferry was too slow for the island. Worse, “it leaks on every crossing we make.”",
			quote:   "that the ferry was too slow for the island. Worse, “it leaks on every crossing we make.”",
			mention: "Brill",
		},
		{
			name:    "colon in the lead-in quotes anew",
			text:    "“Nobody rows at night,” Brill said. Then the punch line: “the oars are all mine.”",
			notWant: []string{"“Nobody rows at night,” Brill said. Then the punch line: “the oars are all mine.”"},
		},
		{
			name:    "that in the lead-in answers the speaker",
			text:    "“Nobody rows at night,” Brill said. But that is not “the whole story of the pier.”",
			notWant: []string{"“Nobody rows at night,” Brill said. But that is not “the whole story of the pier.”"},
		},
		{
			name:    "lead-in with a cue of its own",
			text:    "“Nobody rows at night,” Brill said. The clerk insisted that “the lamps stay lit until dawn.”",
			notWant: []string{"“Nobody rows at night,” Brill said. The clerk insisted that “the lamps stay lit until dawn.”"},
		},
		{
			name:    "quotation inside the next sentence",
			text:    "“Nobody rows at night,” Brill said. While the clerk sings “old sea songs,” the barges sleep in the bay.",
			notWant: []string{"“Nobody rows at night,” Brill said. While the clerk sings “old sea songs,” the barges sleep in the bay."},
		},
		{
			name:    "short quoted title ends the next sentence",
			text:    "“Nobody rows at night,” Brill said. The pier has a new ferry named “Gull.”",
			notWant: []string{"“Nobody rows at night,” Brill said. The pier has a new ferry named “Gull.”"},
		},
		{
			name:    "next sentence in a new paragraph",
			text:    "“Nobody rows at night,” Brill said.\n\nNow, “the whole pier waits for the tide.”",
			notWant: []string{"“Nobody rows at night,” Brill said.\n\nNow, “the whole pier waits for the tide.”"},
		},
		{
			name:    "quoted sentence inside a report does not run on",
			text:    "The mayor told the crowd that after a long winter, “The ferry is ours again.” She also thanked the harbor staff.",
			quote:   "that after a long winter, “The ferry is ours again.”",
			mention: "The mayor",
			notWant: []string{"that after a long winter, “The ferry is ours again.” She also thanked the harbor staff"},
		},
		{
			name:    "closing attribution after a quoted sentence stays",
			text:    "“Is the ferry ours again?” Ada Holm asked at the meeting.",
			quote:   "“Is the ferry ours again?”",
			mention: "Ada Holm",
		},
		{
			name:    "a fear told in the writer's words keeps its own sentence",
			text:    "Brill fears the pier has lost its old charm. “Nobody comes here for the view anymore.”",
			quote:   "the pier has lost its old charm",
			mention: "Brill",
			notWant: []string{"the pier has lost its old charm. “Nobody comes here for the view anymore.”"},
		},
		{
			name:    "a saying verb still takes the quotation after it",
			text:    "Brill says the pier has lost its old charm. “Nobody comes here for the view anymore.”",
			quote:   "the pier has lost its old charm. “Nobody comes here for the view anymore.”",
			mention: "Brill",
		},
	}
	checkQuoteCases(t, cases)
}
