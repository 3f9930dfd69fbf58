package extract

import "testing"

// TestPronounTail covers an object pronoun that opens the content with
// a preposition after it: the pronoun is the whole object, the phrase
// after it the narrator's. Names, gerund phrases, a subject "it" with an
// auxiliary and forward cues keep the content whole.
func TestPronounTail(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"her in", "The dock workers backed her in the vote on Friday.",
			[][2]string{{"her", "The dock workers"}}},
		{"it on", "Mayor Lind has opposed it on safety grounds.",
			[][2]string{{"it", "Mayor Lind"}}},
		{"them over", "The fishermen criticized them over the delay.",
			[][2]string{{"them", "The fishermen"}}},
		{"a name stays", "The union criticized Mayor Lind over the delay.",
			[][2]string{{"Mayor Lind over the delay", "The union"}}},
		{"subject it", "The council said it in fact would close the pier.",
			[][2]string{{"it in fact would close the pier", "The council"}}},
		{"forward cue", "The board promised them by early spring.",
			[][2]string{{"them by early spring", "The board"}}},
		{"inside a clause", "The ferry captain said the union backed her in every port.",
			[][2]string{{"the union backed her in every port", "The ferry captain"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
