package extract

import (
	"strings"
	"testing"
)

// TestAccordingOpens checks an "according to" that opens its
// sentence before a clause with a plain past verb and no auxiliary: the
// clause is the report, not an apposition to the source.
func TestAccordingOpens(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"According to the Navy, the drone crashed into the sea.", "the drone crashed into the sea", "the Navy"},
		{"According to Governor Hale, the storm destroyed 40 homes.", "the storm destroyed 40 homes", "Governor Hale"},
		{"According to the sheriff, his deputies found the van abandoned.", "his deputies found the van abandoned", "the sheriff"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// An apposition that ends at a comma, or one after the content, stays
	// with the source.
	for _, c := range []struct{ in, content, source string }{
		{"According to Hale, the county's sheriff, the van was abandoned.", "the van was abandoned", "Hale, the county's sheriff"},
		{"The van was abandoned, according to Hale, the county sheriff.", "The van was abandoned", "Hale, the county sheriff"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestAccordingOpensAnd checks the same clause closed by ", and"
// and a second clause: it is reported, not an apposition, when it has a
// verb; a verbless apposition before ", and" stays with the source.
func TestAccordingOpensAnd(t *testing.T) {
	got := bodyQuotes("According to Hale, the deputies towed the van, and the owner paid the fine.")
	if len(got) != 1 || got[0][1] != "Hale" || !strings.HasPrefix(got[0][0], "the deputies towed the van") {
		t.Errorf("got %q, want source Hale, content from \"the deputies\"", got)
	}
	for _, q := range bodyQuotes("According to Hale, the county sheriff, and Ortiz, his deputy, the van was abandoned.") {
		if strings.HasPrefix(q[0], "the county sheriff") {
			t.Errorf("a verbless apposition was read as the report: %q", q)
		}
	}
}

// TestAccordingTranslation checks that "according to a translation" names
// no source: the inner speaker keeps the quote. A transcript or an
// agency still reports the words, as PolNeAR marks them.
func TestAccordingTranslation(t *testing.T) {
	checkResolvedCases(t, []resolvedCase{
		{"\"The border stays shut,\" the minister said, according to a translation supplied by the embassy.", "\"The border stays shut,\"", "the minister", "minister"},
		{"The port will reopen, Petrov said, according to an official translation.", "The port will reopen", "Petrov", "Petrov"},
		// Must not fire: a transcript or a body is an outer source.
		{"\"The border stays shut,\" Petrov said, according to a court transcript.", "\"The border stays shut,\" Petrov said", "a court transcript", "court transcript"},
		{"\"The border stays shut,\" Petrov said, according to the ministry.", "\"The border stays shut,\" Petrov said", "the ministry", "ministry"},
	})
}

// TestAccordingCoordTail checks a closing "according to" source whose
// apposition is followed by ", and" and a verbless noun phrase: the
// phrase is more of the source, not a second piece of content. A tail
// with a verb stays a clause of its own.
func TestAccordingCoordTail(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Early screening can halve the risk, according to Ann Lee, head of the county clinic, and other doctors.", "Early screening can halve the risk", "Ann Lee, head of the county clinic, and other doctors"},
		{"The ferry will resume in May, according to Tom Ruiz, a harbor official, or his deputy.", "The ferry will resume in May", "Tom Ruiz, a harbor official, or his deputy"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	got := bodyQuotes("Fares rose, according to the agency, and riders have complained since.")
	if len(got) != 1 || got[0][1] != "the agency" {
		t.Errorf("a tail with a verb: got %q, want source %q", got, "the agency")
	}
}
