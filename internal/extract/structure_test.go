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
