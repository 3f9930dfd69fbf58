package extract

import "testing"

// TestCueNameEnd checks that a capitalised cue word ending a name in
// running text is the surname, however often train marks the word as a
// cue, while a title-case headline keeps its capitalised verb.
func TestCueNameEnd(t *testing.T) {
	for _, in := range []string{
		"The gala featured Stevie Wonder, and the mayor spoke.",
		"Guests included Ann Wonder and Bo Lee.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[2] == "Wonder" {
				t.Errorf("%q: %q read as a cue", in, q)
			}
		}
	}
	d := newDoc("Harbour Deal Collapses, Ortiz Warns\n\nThe talks ended late on Friday after the unions walked out.")
	var k int
	for i := range d.toks {
		if d.is(i, "warns") {
			k = i
		}
	}
	if !titleCaseCounts(d.paraCaps(k)) {
		t.Errorf("title-case headline not recognised")
	}
	if d.cueNameEnd(k, &cueEntry{CueSpeech, 30, 0.5}) {
		t.Errorf("a headline's closing verb read as a surname")
	}
}

// TestContactPronounSubject checks a contact clause whose subject is a
// pronoun after a head no list names: the head is the content, the
// pronoun the source, and the clause before the comma keeps its own
// reading.
func TestContactPronounSubject(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"The board scrapped the levy, a deal she once backed.", "a deal", "she"},
		{"The board scrapped the levy, a deal they had long opposed.", "a deal", "they"},
	} {
		found := false
		for _, q := range bodyQuotes(c.in) {
			if q[1] == "a deal she" || q[1] == "a deal they" {
				t.Errorf("%q: mention %q swallows the head", c.in, q[1])
			}
			if q[0] == c.content && q[1] == c.source {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %q, want content %q from %q", c.in, bodyQuotes(c.in), c.content, c.source)
		}
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
