package main

import (
	"slices"
	"testing"
)

// TestVerbFormsIrregular checks the irregular families added for "say",
// "shoot" and "withdraw": their forms, never "sayed" or "shotted".
func TestVerbFormsIrregular(t *testing.T) {
	known := func(string) bool { return true }
	for w, want := range map[string][]string{
		"said":     {"say", "says", "saying"},
		"shot":     {"shoot", "shoots", "shooting"},
		"withdrew": {"withdraw", "withdrawn", "withdraws", "withdrawing"},
	} {
		got := verbForms(w, known)
		for _, f := range want {
			if !slices.Contains(got, f) {
				t.Errorf("verbForms(%q) = %v, missing %q", w, got, f)
			}
		}
	}
}

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
