package extract

import "testing"

// TestProbe13VenueComplement checks a venue phrase whose noun takes a
// bare plural ("at a meeting with residents", "on a call with
// analysts") before a "that" clause: the plural ends the venue and the
// clause is the content. A plural that is the cue's object ("responded
// to reports that"), or that starts the content, is not skipped.
func TestProbe13VenueComplement(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"The harbour master said at a meeting with dockworkers that the quay would stay shut.", "that the quay would stay shut", "The harbour master"},
		{"The bakery's owner admitted on a call with lenders that the loan was overdue.", "that the loan was overdue", "The bakery's owner"},
		{"Coach Dana Reyes explained at a meeting with parents on Thursday that practice would move indoors.", "that practice would move indoors", "Coach Dana Reyes"},
		{"The ranger announced at a rally in Boise with volunteers that the trail had reopened.", "that the trail had reopened", "The ranger"},
		{"The ranger announced at a rally with volunteers that the trail had reopened.", "that the trail had reopened", "The ranger"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	for _, in := range []string{
		"The ranger met with volunteers that afternoon.",
		"The ranger spoke at a rally with volunteers.",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
	// The plural is the object of the cue, not part of a venue.
	for _, in := range []string{
		"The ranger responded Tuesday to claims that the trail was unsafe.",
		"The ranger responded in a letter to accusations that the trail was unsafe.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[0] == "that the trail was unsafe" && q[2] == "responded" {
				t.Errorf("%q: the cue's object was skipped as a venue: %q", in, q)
			}
		}
	}
}

// TestProbe13VenueThenClause checks a "that"-less clause right after a
// venue phrase ("told reporters at a briefing the deal was off"): its
// determiner opens the content rather than continuing the venue; a time
// phrase ("in an interview this week") still belongs to the venue.
func TestProbe13VenueThenClause(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"The harbour master told reporters at a briefing the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master told the Gazette in an interview the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master said at a briefing the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master told the Gazette in an interview this week the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master said at a briefing the morning after the storm that the quay would stay shut.", "that the quay would stay shut"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != "The harbour master" {
			t.Errorf("%q: got %q, want content %q", c.in, got, c.content)
		}
	}
}
