package extract

import "testing"

// probe15Case is one sentence and the single attribution it must give.
type probe15Case struct{ in, content, source string }

func checkProbe15(t *testing.T, cs []probe15Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestProbe15ClockTime checks that a clock time in the cue's adjuncts
// ("at 2:30 p.m.", "at 14:30 GMT") is one word, so its colon does not
// read as one that introduces a quotation.
func TestProbe15ClockTime(t *testing.T) {
	checkProbe15(t, []probe15Case{
		{"The coastguard said at 2:30 p.m. that the ferry had docked safely.", "that the ferry had docked safely", "The coastguard"},
		{"Rail operators said at 06:45 GMT that services would resume.", "that services would resume", "Rail operators"},
		{"The council said at 9:15 on Monday that the bins would be emptied.", "that the bins would be emptied", "The council"},
		// A colon after the cue still introduces the quotation.
		{"The skipper said: \u201cWe docked at 2:30 and nobody was hurt.\u201d", "\u201cWe docked at 2:30 and nobody was hurt.\u201d", "The skipper"},
	})
	if got := bodyQuotes("The skipper said: 14 crew were rescued."); len(got) != 1 || got[0][0] != "14 crew were rescued" {
		t.Errorf("got %q, want content \"14 crew were rescued\"", got)
	}
}
