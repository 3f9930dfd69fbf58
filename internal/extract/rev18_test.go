package extract

import "testing"

// TestTailVerbNewSentence checks that a quotation ending in a question or
// exclamation mark and followed by a capitalised opener ("The", "A",
// "Her") is no report of a quoteTailVerbs verb: the opener starts a
// sentence of its own, where a report would go on in lower case.
func TestTailVerbNewSentence(t *testing.T) {
	none := []noContentCase{
		{"goes on, the", "“Is it over?” The show goes on for another hour.", "“Is it over?”"},
		{"continues, the", "“Is that all?” The column continues in the next issue.", "“Is that all?”"},
		{"continues, page", "“Who won?” The story continues on page six.", "“Who won?”"},
	}
	checkNoContents(t, none)
	q := quoteWhere(t, "Headline\n\n“Can anyone stop it?” the anchor pressed.", "“Can anyone stop it?”", false)
	if got := mentionText(q); got != "the anchor" {
		t.Errorf("mention %q, want %q", got, "the anchor")
	}
}

// TestCueNameEndQuotedHeadline checks that a short headline before its
// quotation keeps its capitalised verb: the quotation's words do not make
// the line running text, so "Warns" is no surname.
func TestCueNameEndQuotedHeadline(t *testing.T) {
	for _, c := range []struct{ in, source, cue string }{
		{"Commissioner Pak Warns: “The ferry will stop running in March.”", "Commissioner Pak", "Warns"},
		{"Ortiz Insists: “We will not raise the toll.”", "Ortiz", "Insists"},
		// A speaker's label of the same shape keeps its surname: "wonder"
		// is a cue less often than not.
		{"Stevie Wonder: “Detroit taught me every song I know.”", "Stevie Wonder", ":"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][1] != c.source || got[0][2] != c.cue {
			t.Errorf("%q: got %q, want source %q, cue %q", c.in, got, c.source, c.cue)
		}
	}
}

// TestWordnetObject checks that a cue only WordNet's prior lends reads a
// clause or a quotation and no object or adjective: the prior stands for
// the verbs' that-clause frame, their other senses are no reports.
func TestWordnetObject(t *testing.T) {
	for _, w := range []string{"snapped", "exacting"} {
		if !wordnetOnly[w] {
			t.Fatalf("%q is no WordNet-only cue now: pick another", w)
		}
	}
	for _, in := range []string{
		"Hundreds of fans snapped her photo as she left the stage.",
		"Her backers were savvy enough to stay quiet.",
		"The ferry board set a grim and exacting, even bleak, schedule for the season.",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want no attribution", in, got)
		}
	}
	for _, c := range []struct{ in, content, source string }{
		{"The harbor pilot snapped that the channel was far too shallow.", "that the channel was far too shallow", "The harbor pilot"},
		{"“Not one more word,” the trainer snapped.", "“Not one more word,”", "the trainer"},
		{"Clerk Ana Ruiz divulged how the fares had been set.", "how the fares had been set", "Clerk Ana Ruiz"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestFramePrep checks the one lookup the act, held and pledge frames
// share: a noun opens its frame only with its own prepositions.
func TestFramePrep(t *testing.T) {
	for _, c := range []struct {
		frame map[string]string
		w, p  string
		want  bool
	}{
		{actNouns, "attack", "on", true},
		{actNouns, "attack", "of", false},
		{heldNouns, "misgivings", "over", true},
		{heldNouns, "views", "of", false},
		{pledgeNouns, "weight", "behind", true},
		{pledgeNouns, "weight", "to", false},
		{pledgeNouns, "mention", "of", false},
	} {
		if got := framePrep(c.frame, c.w, c.p); got != c.want {
			t.Errorf("framePrep(%q, %q) = %v, want %v", c.w, c.p, got, c.want)
		}
	}
	for _, c := range []struct{ in, content, source, cue string }{
		{"Commissioner Pak had misgivings over the toll plan.", "the toll plan", "Commissioner Pak", "had misgivings over"},
		{"Commissioner Pak unleashed a bitter attack on the toll plan.", "the toll plan", "Commissioner Pak", "unleashed a bitter attack on"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0] != [3]string{c.content, c.source, c.cue} {
			t.Errorf("%q: got %q, want %q", c.in, got, [3]string{c.content, c.source, c.cue})
		}
	}
}

// TestModalNameBeforeDate checks that a surname that is also a modal
// keeps its place in the mention when a time or date stands between it
// and the cue, as timeBack reads dates now: no modal goes on to a past
// reporting verb.
func TestModalNameBeforeDate(t *testing.T) {
	for _, c := range []struct{ in, source, cue string }{
		{"Councillor Dana May in April said the pier would reopen.", "Councillor Dana May", "in April said"},
		{"Councillor Dana May on Tuesday said the pier would reopen.", "Councillor Dana May", "on Tuesday said"},
		{"Councillor Dana May last month said the pier would reopen.", "Councillor Dana May", "last month said"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][1] != c.source || got[0][2] != c.cue {
			t.Errorf("%q: got %q, want source %q, cue %q", c.in, got, c.source, c.cue)
		}
	}
	// A modal before a time phrase stays a modal.
	if got := bodyQuotes("Fares may next spring rise again, the ferry board said."); len(got) != 1 || got[0][1] != "the ferry board" {
		t.Errorf("modal before a time phrase: got %q", got)
	}
}
