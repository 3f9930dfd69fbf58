package extract

import "testing"

// TestProgressiveAdverb checks that an adverb of time or manner between
// a form of "be" and a gerund ("is now considering", "are gently urging")
// leaves the gerund a report of the subject, while a hedge ("is
// apparently"), a gerund with no form of "be" before the adverb and an
// evidence participle ("is now showing no interest") do not.
func TestProgressiveAdverb(t *testing.T) {
	cases := []quoteCase{
		{name: "manner adverb", text: "The harbor pilots are gently urging the council to lower the toll.",
			quote: "the council to lower the toll", mention: "The harbor pilots"},
		{name: "time adverb", text: "Mr. Holm is suddenly promising free ferry rides for every student.",
			quote: "free ferry rides for every student", mention: "Mr. Holm"},
		{name: "now", text: "The rowing guild is now considering moving the regatta to May.",
			quote: "moving the regatta", mention: "The rowing guild"},
		// must not fire
		{name: "no form of be", text: "With the rowing guild gently urging delays, the regatta moved to May.",
			notWant: []string{"delays"}},
		{name: "adverb after a noun", text: "The pilots, suddenly promising much, left the harbor.",
			notWant: []string{"much"}},
		{name: "evidence participle", text: "The harbor board is now showing no interest in a new pier.",
			notWant: []string{"no interest in a new pier"}},
	}
	checkQuoteCases(t, cases)
}
