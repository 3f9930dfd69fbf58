package ingest

import "testing"

func TestSpellingVariants(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"volodymyr zelensky", "volodymyr zelenskyy", true},
		{"volodymyr zelensky", "volodymyr zelenskiy", true},
		{"j. smithson", "john smithson", true},
		{"anna kowalska", "anna kowalski", true},
		{"anna kowalska", "maria kowalska", false},   // another person of the family
		{"mark rutte", "mark ruttenberg", false},     // a longer, different name
		{"emmanuel macron", "emmanuel macron", true}, // same
		{"macron", "macrons", false},                 // one word tells too little
		{"li wei", "li wen", false},                  // short family names must match
	} {
		if got := SpellingVariants(tc.a, tc.b); got != tc.want {
			t.Errorf("SpellingVariants(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
