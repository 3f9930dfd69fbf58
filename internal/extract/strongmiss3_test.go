package extract

import "testing"

// TestPresentSayRelative: a bare present "say" inside a relative clause
// on a noun ("a levy that farmers say is ruinous") reports the clause,
// from its relative pronoun, as a past "said" there does; a focus word
// before the source does not hide the pronoun, and the content stops
// before a second relative clause or a dash that opens a new clause.
func TestPresentSayRelative(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"that", "The mill owners fought a levy that farmers say is ruinous.",
			[][2]string{{"that farmers say is ruinous", "farmers"}}},
		{"who", "It was the captain who Navy officials say was asleep.",
			[][2]string{{"who Navy officials say was asleep", "Navy officials"}}},
		{"quantified source", "She took the sort of post that many planners say will outlast the port.",
			[][2]string{{"that many planners say will outlast the port", "many planners"}}},
		{"focus word", "The mill owners fought a levy, which even farmers say is ruinous.",
			[][2]string{{"which even farmers say is ruinous", "farmers"}}},
		{"second relative cut", "It is a toll that the mayor says will fund the pier and which the council fought.",
			[][2]string{{"that the mayor says will fund the pier", "the mayor"}}},
		{"dash and new subject cut", "It is a toll that the mayor says will fund the pier - she drew the plans herself.",
			[][2]string{{"that the mayor says will fund the pier", "the mayor"}}},
		// Must not fire: a free relative with "what", no verb right after
		// the cue, or an embedded question.
		{"free relative", "Voters in the valley fear what the mayor says is a fair toll.", nil},
		{"no verb after the cue", "The builders like the plan that residents say on weekends.", nil},
		{"embedded question", "Nobody on the dock would say who was in charge.", [][2]string{{"who was in charge", "Nobody"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
