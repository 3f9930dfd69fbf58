package main

import "testing"

// TestVerbFormModifier checks the word after a phrase's first word that
// marks that first word as a modifier ("even claimed") and the words that
// do not ("asked for", "avoided discussing").
func TestVerbFormModifier(t *testing.T) {
	cand := map[string]bool{"alleges": true, "for": true, "about": true}
	for w, want := range map[string]bool{
		"claimed": true, "alleges": true, "nominated": true, "told": true,
		"for": false, "about": false, "discussing": false, "questions": false,
	} {
		if got := verbForm(w, cand); got != want {
			t.Errorf("verbForm(%q) = %v, want %v", w, got, want)
		}
	}
}
