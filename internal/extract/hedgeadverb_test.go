package extract

import "testing"

// TestHedgeAdverb covers an adverb in -s before a participle report
// (", perhaps recognizing that …"): it is no plural noun and no subject; the
// participle reports for the clause's subject, as after "apparently".
func TestHedgeAdverb(t *testing.T) {
	checkPairCases(t, []pairCase{
		{
			name: "perhaps",
			in:   `The harbor officials were calm, perhaps recognizing that the race was already won.`,
			want: [][2]string{{"that the race was already won", "The harbor officials"}},
		},
		{
			name: "sometimes",
			in:   `The ferry officials kept working, sometimes saying that the storm would pass.`,
			want: [][2]string{{"that the storm would pass", "The ferry officials"}},
		},
	})
}
