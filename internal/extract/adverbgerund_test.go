package extract

import "testing"

// TestAdverbGerundEndsContent checks that a content before ", <-ly
// adverb> <reporting participle>" ends at the comma, since the gerund
// layout reads that participle as a report of its own: otherwise the
// first content holds the second report's cue.
func TestAdverbGerundEndsContent(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"object before an -ly adverb and participle",
			"The ferry line denied any fault, repeatedly insisting the hull was sound.",
			"denied", "any fault"},
		{"clause before an -ly adverb and participle",
			"The harbor chief said the pier was stable, firmly insisting no crack had spread.",
			"said", "the pier was stable"},
	})
}

// TestAdverbOpenerGerund: a reporting participle after a comma, a dash or
// a preposition that puts it under the clause's subject still reports
// with one adverb in -ly or "only" between them.
func TestAdverbOpenerGerund(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"preposition and also", "The mayor praised the crew while also saying that the ferry would run late.",
			[][2]string{{"the crew", "The mayor"}, {"that the ferry would run late", "The mayor"}}},
		{"preposition and -ly adverb", "Mr. Olsen, after firstly claiming the seat was safe, entered the race.",
			[][2]string{{"the seat was safe", "Mr. Olsen"}}},
		{"comma and only", "The chief kept quiet on the budget, only saying that the audit would finish soon.",
			[][2]string{{"that the audit would finish soon", "The chief"}}},
		// Must not fire: no reporting participle, an adverb the rule
		// leaves out, or a noun in -ly.
		{"no report", "The crew kept working, quietly standing by the boats.", nil},
		{"no report after while", "The clerk sorted the forms while only using the old ledger.", nil},
		{"still", "The mayor closed the pier, still saying that the tide was too high.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
