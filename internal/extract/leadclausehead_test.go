package extract

import "testing"

// TestLeadClauseHead covers the main subject after an opening clause
// ("After …, the two chief tormentors dropped …, choosing …") whose head
// noun is no learned head: it runs on to the verb, as a subject without
// the opening clause does, instead of stopping at a number or a title.
func TestLeadClauseHead(t *testing.T) {
	checkPairCases(t, []pairCase{
		{
			name: "after a number word",
			in:   `After many rounds, the two tormentors dropped their attacks, choosing instead to talk about jobs.`,
			want: [][2]string{{"to talk about jobs", "the two tormentors"}},
		},
		{
			name: "after a title word and an adverb",
			in:   `After many rounds, the two chief tormentors largely dropped their attacks, choosing instead to talk about jobs.`,
			want: [][2]string{{"to talk about jobs", "the two chief tormentors"}},
		},
	})
}
