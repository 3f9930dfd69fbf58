package extract

import "testing"

// TestLookupMid checks the flat table of 8- to 15-byte words against
// wordIndex, including near misses.
func TestLookupMid(t *testing.T) {
	n := 0
	for w, want := range wordIndex {
		if len(w) < 8 || len(w) > 15 {
			continue
		}
		n++
		if got := lookupWord(w); got != want {
			t.Fatalf("lookupWord(%q) = %d, want %d", w, got, want)
		}
		for _, miss := range []string{w + "q", w[:len(w)-1] + "\x00", w[1:] + w[:1]} {
			if got, want := lookupWord(miss), wordIndex[miss]; got != want {
				t.Fatalf("lookupWord(%q) = %d, want %d", miss, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no 8- to 15-byte words in wordIndex")
	}
}
