package extract

import (
	"strings"
	"testing"
)

// TestPhraseSet checks phraseSet against strings.Contains.
func TestPhraseSet(t *testing.T) {
	ps := []string{"(photo", "via ap)", "/ap)", "](#)", "shutterstock"}
	set := newPhraseSet([]string{"(", "/", "]", "via", "shutterstock"}, ps...)
	for _, s := range []string{
		"", "(", "/ap)", "x/ap)", "the mayor spoke (photo", "(phot", "via ap",
		"a caption via ap) here", "shutterstoc", "image: shutterstock", "link ](#)",
		"she said the plan would pass.",
	} {
		want := false
		for _, p := range ps {
			want = want || strings.Contains(s, p)
		}
		if got := set.in(s); got != want {
			t.Errorf("in(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSentenceEndsInParenthesis checks that a stop glued to a closing
// parenthesis ends the sentence, so a content does not run on into the
// next one.
func TestSentenceEndsInParenthesis(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Voters were angry (the mayor said the pool would reopen in June.) The council then voted to close it.",
			"the pool would reopen in June"},
		{"The club was sold (its owner said that the deal had taken a year!) Fans were not told.",
			"that the deal had taken a year"},
	} {
		got := contents(extractBody(t, c.in))
		if !got[c.want] {
			t.Errorf("%q: missing %q; got %v", c.in, c.want, keys(got))
		}
	}
}

// TestRankTitles checks military rank abbreviations before a
// name: their period ends no sentence, and the rank stays in the source.
func TestRankTitles(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Brig. Gen. Rosa Dunn said the bridge would reopen by Friday.", "the bridge would reopen by Friday", "Brig. Gen. Rosa Dunn"},
		{"\u201cThe bridge will hold,\u201d said Brig. Gen. Rosa Dunn.", "\u201cThe bridge will hold,\u201d", "Brig. Gen. Rosa Dunn"},
		{"Cpl. Eli Varga said the patrol had turned back at dusk.", "the patrol had turned back at dusk", "Cpl. Eli Varga"},
		{"Pfc. Eli Varga said the patrol had turned back at dusk.", "the patrol had turned back at dusk", "Pfc. Eli Varga"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// "brig" is also a word: its period still ends a sentence.
	got := bodyQuotes("The cook was locked in the brig. Deckhands said the food improved.")
	if len(got) != 1 || got[0][1] != "Deckhands" || got[0][0] != "the food improved" {
		t.Errorf("brig: got %q", got)
	}
}

// TestSignOff checks that a short paragraph closed by a wire
// sign-off on the same line is still prose, and that a photo credit after
// a sentence still makes a caption.
func TestSignOff(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"The ferry company said crossings would resume. (Reporting by Ivo Tan; Editing by Rhea Moss)", "crossings would resume", "The ferry company"},
		{"\u201cThe pier is closed,\u201d the harbourmaster said. (Additional reporting by Ivo Tan in Bergen)", "\u201cThe pier is closed,\u201d", "the harbourmaster"},
		{"Orders fell 3 percent, the trade body said. (Writing by Ivo Tan)", "Orders fell 3 percent", "the trade body"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	for _, in := range []string{
		"Ivo Tan, who says he will sail again, waves from the deck. (Photo by Rhea Moss/AFP)",
		"The Reporting Desk (Reporting Unit)",
		"Sailors (Reporting for duty)",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// TestNoPeriod checks that "no." ends a sentence unless a number
// follows ("No. 42"), so a report ending in "vote no." keeps no stop and
// the next sentence is read on its own.
func TestNoPeriod(t *testing.T) {
	got := bodyQuotes("The alderman told the board he would vote no. Then she said the vote was rigged.")
	if len(got) != 2 || got[0][0] != "he would vote no" || got[1][0] != "the vote was rigged" || got[1][1] != "she" {
		t.Errorf("got %q, want \"he would vote no\" and \"the vote was rigged\" under she", got)
	}
	for _, in := range []string{"The ordinance, No. 17, was repealed, the clerk said.", "The ordinance, no. 17, was repealed, the clerk said."} {
		got := bodyQuotes(in)
		if len(got) != 1 || !strings.Contains(got[0][0], "o. 17, was repealed") {
			t.Errorf("%q: got %q, want one report holding the number", in, got)
		}
	}
}

// TestHyphenTitle checks that a title abbreviation after a hyphenated
// prefix ("then-Sen.") keeps its period and does not end the sentence.
func TestHyphenTitle(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want string
	}{
		{"then-Sen. inside a content", "Critics said the race against then-Sen. Jane Doe was close.",
			"the race against then-Sen. Jane Doe was close"},
		{"ex-Gov. inside a content", "The aide said ex-Gov. Ray Lee would run again.",
			"ex-Gov. Ray Lee would run again"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := contents(extractBody(t, c.in))
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
	for _, w := range []string{"sen", "then-sen", "ex-gov"} {
		if !titleAbbrev(w) {
			t.Errorf("titleAbbrev(%q) = false", w)
		}
	}
	for _, w := range []string{"then", "well-known", "-sen", "next-gen", "yes-or-no"} {
		if titleAbbrev(w) {
			t.Errorf("titleAbbrev(%q) = true", w)
		}
	}
}
