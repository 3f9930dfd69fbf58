package extract

import "testing"

// TestShowFrame checks that "show" with a sign noun ("showed no sign
// of", "has shown little interest in") is one cue whose content is what
// follows, and that a frame with nothing after it, a document's finding
// ("show little evidence that") or a noun without a modifier keep "show"
// alone.
func TestShowFrame(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"sign of a gerund", "The ferry union showed no sign of backing down on Tuesday.",
			[]string{"backing down"}, []string{"no sign of backing down on Tuesday"}},
		{"interest in", "The harbor board has shown little interest in the new fare plan.",
			[]string{"the new fare plan"}, []string{"little interest in the new fare plan"}},
		{"hints that", "Ann Bell showed subtle hints that she would leave the board.",
			[]string{"that she would leave the board"}, nil},
		{"inclination to", "The mayor shows little inclination to raise the fares.",
			[]string{"to raise the fares"}, []string{"little inclination to raise the fares"}},
		// must not fire
		{"nothing after the sign", "The harbor board has shown little interest.",
			[]string{"little interest"}, nil},
		{"a document's evidence", "Port records show little evidence that the ferry ran on time.",
			[]string{"little evidence that the ferry ran on time"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}
