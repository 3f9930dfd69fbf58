package extract

import "testing"

// TestRelClausePlainHead checks that a restrictive relative clause on a
// plain noun the lexicon knows no head for ("people", "pilots") stays in
// the subject, also after an opening adverbial closed by a comma, and
// that an adverb such as "now" or "still" inside the clause does not end
// it.
func TestRelClausePlainHead(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "plain plural after an opening adverb",
			in:   "Still, people who have fought other river floods say the levee is too low.",
			want: [][2]string{{"the levee is too low", "people who have fought other river floods"}}},
		{name: "plain plural after an opening subordinate clause",
			in:   "While the town cannot stop every flood, people who have fought other river floods say the levee is too low.",
			want: [][2]string{{"the levee is too low", "people who have fought other river floods"}}},
		{name: "now inside the clause",
			in:   "Many of the village elders who would rather be fishing now on the northern lakes said they had backed the mayor.",
			want: [][2]string{{"they had backed the mayor", "Many of the village elders who would rather be fishing now on the northern lakes"}}},
		{name: "still after the pronoun",
			in:   "Rowers who still train on the old canal said the water was too cold.",
			want: [][2]string{{"the water was too cold", "Rowers who still train on the old canal"}}},
	})
}

// TestInnerSayRelClause checks that a report split off inside another
// cue's content keeps a relative clause on its subject, as a preposed
// report does.
func TestInnerSayRelClause(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "after a dash",
			in:   "The coach lamented the loss - fans in Oxford who watched the final race said they were proud.",
			want: [][2]string{{"they were proud", "fans in Oxford who watched the final race"}}},
		{name: "after but",
			in:   "The coach lamented the loss but anglers who fished the upper lake said they were calm.",
			want: [][2]string{{"they were calm", "anglers who fished the upper lake"}}},
	})
}
