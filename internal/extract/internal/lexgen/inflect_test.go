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

// TestVerbFormsFound checks that "found" lends no made-up forms
// ("founded", "founding" are another verb's) while a regular verb
// still does.
func TestVerbFormsFound(t *testing.T) {
	known := func(string) bool { return true }
	cases := []struct {
		w         string
		want, not []string
	}{
		{"found", nil, []string{"founded", "founding", "founds"}},
		// must not change
		{"touted", []string{"tout", "touts", "touting"}, nil},
		{"finds", []string{"find", "finding"}, nil},
	}
	for _, c := range cases {
		got := verbForms(c.w, known)
		for _, f := range c.want {
			if !slices.Contains(got, f) {
				t.Errorf("verbForms(%q) = %v, missing %q", c.w, got, f)
			}
		}
		for _, f := range c.not {
			if slices.Contains(got, f) {
				t.Errorf("verbForms(%q) = %v, has %q", c.w, got, f)
			}
		}
	}
}
