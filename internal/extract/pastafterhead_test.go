package extract

import "testing"

// TestPastAfterHead covers a learned head that is also a past verb
// ("left", from "the left"): after a head noun it is the clause's verb,
// not more of the subject.
func TestPastAfterHead(t *testing.T) {
	checkPairCases(t, []pairCase{
		{
			name: "left after a title head",
			in:   `The senator left no doubt about her plans, saying she would run again.`,
			want: [][2]string{{"she would run again", "The senator"}},
		},
		{
			name: "left after a compound head",
			in:   `The party chairman left no room for doubt, saying the vote would stand.`,
			want: [][2]string{{"the vote would stand", "The party chairman"}},
		},
	})
}
