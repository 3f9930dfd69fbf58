package extract

import (
	"strings"
	"testing"
)

// TestPhraseSet checks phraseSet against strings.Contains.
func TestPhraseSet(t *testing.T) {
	ps := []string{"(photo", "via ap)", "/ap)", "](#)", "shutterstock"}
	set := newPhraseSet(ps...)
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
