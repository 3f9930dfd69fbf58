package extract

import "testing"

// TestCausedReport covers a report verb after a causative or permitting
// verb and its object ("forced the mayor to defend …", "allows members
// to criticize …"): a bare form the lexicon seldom sees as a cue is
// judged by its finite forms, and the object is the source. A verb no
// finite form reports stays out.
func TestCausedReport(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "forced before a judging verb",
			text:    `The audit forced Ada Holm to defend her budget for the pier.`,
			quote:   "her budget for the pier",
			mention: "Ada Holm",
		},
		{
			name:    "prompted before a phrasal verb",
			text:    `The storm prompted the mayor to focus on the north jetty.`,
			quote:   "the north jetty",
			mention: "the mayor",
		},
		{
			name:    "a verb no finite form reports",
			text:    `The storm forced the ferry captain to return to the harbor.`,
			notWant: []string{"to the harbor", "the harbor"},
		},
	}
	checkQuoteCases(t, cases)
}
