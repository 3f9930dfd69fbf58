package extract

import (
	"strings"
	"testing"
)

// TestWordShape checks wordShape against the suffix tests it stands for,
// over every known word and a few others.
func TestWordShape(t *testing.T) {
	words := []string{"", "s", "d", "ly", "ed", "ing", "saying", "during", "publicly", "didn't", "didn’t", "n't", "reported", "says", "bring"}
	for w := range wordIndex {
		words = append(words, w)
	}
	for _, w := range words {
		var want uint8
		if isGerund(w) {
			want |= shGerund
		}
		if strings.HasSuffix(w, "ly") {
			want |= shLy
		}
		if negatedAux(w) {
			want |= shNegAux
		}
		if strings.HasSuffix(w, "s") {
			want |= shS
		}
		if strings.HasSuffix(w, "ed") {
			want |= shEd
		}
		if got := wordShape(w); got != want {
			t.Errorf("wordShape(%q) = %b, want %b", w, got, want)
		}
	}
}
