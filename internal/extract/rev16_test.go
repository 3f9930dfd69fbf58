package extract

import "testing"

// TestRev16ExpletiveItContracted: an empty "it" before a contracted
// negated copula ("It isn't reported that …") is no source, as before
// "is not"; an "it" that says something keeps its mention.
func TestRev16ExpletiveItContracted(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"isn't", "It isn't reported that the quarry floods each spring.",
			[][2]string{{"that the quarry floods each spring", ""}}},
		{"wasn’t, curly", "It wasn’t announced that the night ferry would stop.",
			[][2]string{{"that the night ferry would stop", ""}}},
		{"is not, as before", "It is not reported that the quarry floods each spring.",
			[][2]string{{"that the quarry floods each spring", ""}}},
		{"doesn't say keeps it", "It doesn't say that the quarry will close.",
			[][2]string{{"that the quarry will close", "It"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
