package extract

import "testing"

// TestCatenativeTie covers a catenative chain that a learned phrase of
// the same words, seen once and so held at a low precision, used to
// shadow ("tried to defend", "continued to defend"): the chain's reading,
// judged by the report verb's finite forms, wins when it is the more
// precise. A verb no form of which reports stays out.
func TestCatenativeTie(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "tried to defend",
			text:    `Ada Holm tried to defend the new pier toll.`,
			quote:   "the new pier toll",
			mention: "Ada Holm",
		},
		{
			name:    "continued to defend",
			text:    `Ada Holm continued to defend the new pier toll.`,
			quote:   "the new pier toll",
			mention: "Ada Holm",
		},
		{
			name:    "a verb of action",
			text:    `Ada Holm tried to repair the old pier.`,
			notWant: []string{"the old pier"},
		},
	}
	checkQuoteCases(t, cases)
}
