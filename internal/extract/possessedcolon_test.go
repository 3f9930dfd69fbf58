package extract

import "testing"

// TestPossessedColons checks that a sentence opening with a possessor, a
// noun of what is said and a colon gives the rest of the sentence to the
// possessor, and that other nouns, a report of its own after the colon
// and a title line do not.
func TestPossessedColons(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "pronoun possessor",
			in:   "The ferry unions met on Monday. Their argument: Only a lower toll can keep the night boats running.",
			want: [][2]string{{"Only a lower toll can keep the night boats running", "Their"}}},
		{name: "named possessor",
			in:   "The board heard from the operator. Harbor Line's message: Fares must rise before the winter season.",
			want: [][2]string{{"Fares must rise before the winter season", "Harbor Line's"}}},
		{name: "must not fire: a noun of no saying",
			in:      "The council met on Monday. Its job: to set the tolls for the coming year.",
			notWant: [][2]string{{"to set the tolls for the coming year", "Its"}}},
		{name: "must not fire: a report of its own after the colon",
			in:      "The captain spoke briefly. His final answer: “We sail at dawn,” he said.",
			notWant: [][2]string{{"", "His"}}},
	})
}
