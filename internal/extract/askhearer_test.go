package extract

import "testing"

// A relative "who" after the hearer of "ask" is no question.
func TestAskHearerRelative(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "relative then infinitive",
			in:      "The clerk asked the dean in the grey suit who runs the lab to sign the form.",
			notWant: []string{"who runs the lab to sign the form"}},
		{name: "relative then whether",
			in:   "The guard asked the driver in the blue van who was parked outside whether he had a permit.",
			want: []string{"whether he had a permit"}},
		{name: "question after hearer",
			in:   "The senator asked the auditors who would pay for the bridge.",
			want: []string{"who would pay for the bridge"}},
	})
}
