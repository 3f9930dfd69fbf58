package extract

import (
	"testing"
	"unicode"
)

// TestWordFilter checks that a filter passes every word it was built
// from and turns most others away.
func TestWordFilter(t *testing.T) {
	for w := range wordIndex {
		if !wordKnown.mayHave(w) {
			t.Errorf("wordKnown turns away %q", w)
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

// TestWordShapes pins the shared word-set and word-shape helpers that
// several rules lean on, so a change to one is a change on purpose.
func TestWordShapes(t *testing.T) {
	if s := setWith(setOf("a b"), "c"); len(s) != 3 || !s["a"] || !s["c"] {
		t.Errorf("setWith = %v", s)
	}
	for _, c := range []struct {
		name string
		got  bool
		want bool
	}{
		{"subordinators during", subordinators["during"], true},
		{"clauseSubs during", clauseSubs["during"], false},
		{"subOpeners once", subOpeners["once"], true},
		{"headLinks by", headLinks["by"], true},
		{"subjectPreps by", subjectPreps["by"], false},
		{"beForms am", beForms["am"], true},
		{"beWords am", beWords["am"], false},
		{"lyAdverb publicly", lyAdverb("publicly"), true},
		{"lyAdverb only", lyAdverb("only"), false},
		{"pastParticiple briefed", pastParticiple("briefed"), true},
		{"pastParticiple briefs", pastParticiple("briefs"), false},
		{"phraseDeterminer the", phraseDeterminer("the"), true},
		{"phraseDeterminer this", phraseDeterminer("this"), false},
		{"knownHead officials", knownHead("officials"), true},
		{"knownHead zzz", knownHead("zzz"), false},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestGeneralPunctNoWordRune(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if generalPunct(c) && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsUpper(c)) {
			t.Errorf("%U is a letter or digit: the tokenizer's generalPunct fast paths are wrong", c)
		}
	}
}
