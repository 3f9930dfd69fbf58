package extract

import "testing"

// TestInnerAdverbPhrase checks that a cue phrase interrupted by an
// adverb after its verb ("touched briefly on") is still the phrase, with
// the adverb inside it, and that an "-ly" adjective, a noun in "-ly" or a
// phrase too weak to report without "that" is not read through.
func TestInnerAdverbPhrase(t *testing.T) {
	cases := []struct {
		name, text, word string
		want             int // tokens of the cue at word
	}{
		{"manner adverb", "She touched briefly on the ferry budget.", "touched", 3},
		{"again", "The mayor called again for a new pier.", "called", 3},
		{"particle then adverb is left alone", "The mayor called for a new pier.", "called", 2},
		// must not fire
		{"adjective in -ly", "The mayor called early for a new pier.", "called", 1},
		{"noun in -ly", "The mayor called rally for a new pier.", "called", 1},
		{"weak phrase", "The mayor focused heavily on the ferry budget.", "focused", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text)
			k := -1
			for i := range d.toks {
				if d.word(i) && d.lw(i) == c.word {
					k = i
					break
				}
			}
			if k < 0 {
				t.Fatalf("no %q in %q", c.word, c.text)
			}
			if n, _ := d.cueMatch(k); n != c.want {
				t.Errorf("cue at %q is %d tokens, want %d", c.word, n, c.want)
			}
		})
	}
	checkQuoteMention(t, "Ann Bell touched briefly on the ferry budget and the new toll.", "the ferry budget and the new toll", "Ann Bell")
}
