package extract

import "testing"

// TestWordFilter checks that a filter passes every word it was built
// from and turns most others away.
func TestWordFilter(t *testing.T) {
	for w := range npCueIndex {
		if !npCueFirst.mayHave(w) {
			t.Errorf("npCueFirst turns away %q", w)
		}
	}
	f := newWordFilter(setOf("said told wrote"))
	pass := 0
	for _, w := range []string{"the", "a", "of", "and", "president", "in", "to", "minister", "he", "that"} {
		if f.mayHave(w) {
			pass++
		}
	}
	if pass > 2 {
		t.Errorf("filter passes %d of 10 other words", pass)
	}
}

// TestCuePairs checks that the pair filter passes every cue phrase's
// first two words.
func TestCuePairs(t *testing.T) {
	for first, h := range cueIndex {
		for second := range h.next {
			if !cuePairs.test(pairHash(first, second)) {
				t.Errorf("cuePairs turns away %q %q", first, second)
			}
		}
	}
}
