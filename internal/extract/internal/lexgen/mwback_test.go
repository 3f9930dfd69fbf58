package main

import (
	"slices"
	"testing"
)

func TestIrregularForms(t *testing.T) {
	cases := []struct {
		w         string
		want, not []string
	}{
		{"took", []string{"take", "taken", "takes", "taking"}, []string{"tooked", "tooking", "took"}},
		{"wrote", []string{"write", "written", "writes"}, []string{"wroted", "wroting"}},
		{"speaks", []string{"spoke", "spoken", "speaking"}, []string{"speakses"}},
		{"dismissed", []string{"dismiss", "dismisses", "dismissing"}, nil},
	}
	for _, c := range cases {
		got := verbForms(c.w, func(string) bool { return true })
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("verbForms(%q) = %v, lacks %q", c.w, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("verbForms(%q) = %v, has %q", c.w, got, w)
			}
		}
	}
}

func TestPhraseCap(t *testing.T) {
	prec := map[string]float64{"complained": 0.5, "calls": 0.2, "post": 0.01}
	lookup := func(w string) (float64, bool) {
		p, ok := prec[w]
		return p, ok
	}
	cases := []struct {
		k    string
		cap  float64
		lent bool
	}{
		{"remarks upon", backoffPhraseCap, true}, // -s form, verb alone no cue
		{"calls on", backoffPhraseCap, true},     // verb alone a weak cue
		{"voicing doubts about", backoffPhraseCap, true},
		{"complained of", 0, false},     // verb alone confident: only boundaries would move
		{"post :", backoffCap, true},    // bare form: as often a noun
		{"press for", backoffCap, true}, // "-ss" is no -s form
		{"dismisses", backoffCap, true}, // single words keep their cap
	}
	for _, c := range cases {
		cp, ok := phraseCap(c.k, lookup)
		if ok != c.lent || ok && cp != c.cap {
			t.Errorf("phraseCap(%q) = %v, %v; want %v, %v", c.k, cp, ok, c.cap, c.lent)
		}
	}
}
