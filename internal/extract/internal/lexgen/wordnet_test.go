package main

import (
	"slices"
	"testing"
)

func TestLemmaForms(t *testing.T) {
	for _, tc := range []struct {
		lemma string
		want  []string
	}{
		{"surmise", []string{"surmises", "surmised", "surmising"}},
		{"testify", []string{"testifies", "testified", "testifying"}},
		{"vouch", []string{"vouches", "vouched", "vouching"}},
		{"snap", []string{"snaps", "snapped", "snapping"}},
		{"infer", []string{"inferred", "inferring"}},
		{"edit", []string{"edits", "edited", "editing"}},
	} {
		got := lemmaForms(tc.lemma)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("lemmaForms(%q) = %v, want %q among them", tc.lemma, got, w)
			}
		}
	}
	if got := lemmaForms("edit"); slices.Contains(got, "editted") {
		t.Errorf("lemmaForms(edit) = %v: a two-syllable verb doubles only an r", got)
	}
}

func TestWordnetForms(t *testing.T) {
	noun := wordnetVerb{lemma: "hint", typ: "speech", noun: true}
	got := noun.forms()
	if slices.Contains(got, "hint") || slices.Contains(got, "hints") || !slices.Contains(got, "hinted") {
		t.Errorf("noun-dominant verb forms = %v, want the -ed form but neither the noun nor its plural", got)
	}
	irr := wordnetVerb{lemma: "tell", typ: "speech"}
	if got := irr.forms(); !slices.Contains(got, "told") || slices.Contains(got, "telled") {
		t.Errorf("irregular verb forms = %v, want told and no telled", got)
	}
}

func TestWordnetListParses(t *testing.T) {
	vs := wordnetVerbs()
	if len(vs) < 100 {
		t.Fatalf("wordnet.txt gives %d verbs, want the list wngen writes", len(vs))
	}
	for _, v := range vs {
		if v.typ != "speech" && v.typ != "thought" {
			t.Errorf("%v: type %q", v.lemma, v.typ)
		}
	}
}
