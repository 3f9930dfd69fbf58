package extract

import "testing"

// TestWordnetCues checks that a reporting verb PolNeAR never marks takes
// WordNet's prior: it reads a that-clause or a quotation with a subject,
// as any cue seen once does, and no more.
func TestWordnetCues(t *testing.T) {
	for _, w := range []string{"hypothesized", "gloated", "divulged", "groaned"} {
		if _, ok := learnedCues[w]; ok {
			t.Fatalf("%q is a learned cue now: pick a verb train does not know", w)
		}
		if e, ok := wordnetCues[w]; !ok || e.Count != 1 {
			t.Fatalf("wordnetCues[%q] = %v, %v; want an entry weighed as seen once", w, e, ok)
		}
	}
	for _, c := range []struct{ in, content, source string }{
		{"The harbour master hypothesized that the quay would stay shut.", "that the quay would stay shut", "The harbour master"},
		{"Ortiz gloated that her rivals had lost the vote.", "that her rivals had lost the vote", "Ortiz"},
		{"The treasurer divulged that the audit had found waste.", "that the audit had found waste", "The treasurer"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// Without a clause of its own the verb reports nothing.
	for _, in := range []string{
		"The tenants groaned when the rent rose.",
		"The old dog groaned and lay down by the fire.",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want no attribution", in, got)
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
