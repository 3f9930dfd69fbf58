package extract

import "testing"

// TestAdverbBeforePast covers a subject whose head noun is no learned
// head, after a capitalised modifier, with an adverb before its verb
// ("The Welsh choir loudly protested …"): the subject runs to the
// adverb, and a coordinated report keeps it whole.
func TestAdverbBeforePast(t *testing.T) {
	checkPairCases(t, []pairCase{
		{
			name: "ly adverb before the first verb",
			in:   `The Welsh choir loudly disliked the fee and said it would not sing.`,
			want: [][2]string{{"it would not sing", "The Welsh choir"}},
		},
		{
			name: "also before the first verb",
			in:   `The Irish club also disliked his tone and said it would sue.`,
			want: [][2]string{{"it would sue", "The Irish club"}},
		},
	})
}
