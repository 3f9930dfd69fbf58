package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestWordClassesMatchSets checks that a token's classes, tags, scanned
// word and cue head, taken once per token, answer as the word sets and
// cue index do.
func TestWordClassesMatchSets(t *testing.T) {
	texts := append(corpus(t),
		"He said the U.S. report, released Monday, was wrong.",
		"“We will not,” Sen. Smith told reporters at a briefing on Tuesday.",
		"SHE SAID IT; they're ALSO calling it a ‘disaster.’",
	)
	for _, text := range texts {
		d := newDoc(text)
		for k := -1; k <= len(d.toks); k++ {
			w := d.lw(k)
			for _, cs := range classSets {
				want := cs.set[w] || cs.c == wcSkipBetween && d.midAdverb(k) // the one class set by context
				if got := d.in(k, cs.c); got != want {
					t.Fatalf("token %d %q class %b: in=%v, set has %v", k, w, cs.c, got, want)
				}
			}
			for _, cs := range lexClassSets {
				if got, want := d.inLex(k, cs.c), cs.set[w]; got != want {
					t.Fatalf("token %d %q lexClass %b: inLex=%v, set has %v", k, w, cs.c, got, want)
				}
			}
			for _, cs := range tagClassSets {
				want := false // a class may gather several sets
				for _, o := range tagClassSets {
					want = want || o.c == cs.c && o.set[w]
				}
				if got := d.tagged(k, cs.c); got != want {
					t.Fatalf("token %d %q tagClass %b: tagged=%v, sets have %v", k, w, cs.c, got, want)
				}
			}
			if k < 0 || k >= len(d.toks) {
				continue
			}
			for _, sw := range scanWords {
				if got, want := d.info(k).scan == sw.sw, slices.Contains(sw.words, w); got != want {
					t.Fatalf("token %d %q scanned word %d: %v, words have %v", k, w, sw.sw, got, want)
				}
			}
			if got, want := d.info(k).cue, cueIndex[w]; got.one != want.one || (got.next == nil) != (want.next == nil) {
				t.Fatalf("token %d %q: cue head differs from cueIndex", k, w)
			}
			if k+1 < len(d.toks) {
				got, want := d.info(k).cuePhrases(d.toks[k+1].wi), cueIndex[w].next[d.lw(k+1)]
				if len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
					t.Fatalf("tokens %d %q %q: cue phrases differ from cueIndex", k, w, d.lw(k+1))
				}
			}
			if got, want := d.npPhrases(k), npCueIndex[w]; len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
				t.Fatalf("token %d %q: noun-phrase cues differ from npCueIndex", k, w)
			}
		}
	}
}

// TestLookupWord checks the flat table of short words against wordIndex.
func TestLookupWord(t *testing.T) {
	for w, want := range wordIndex {
		if got := lookupWord(w); got != want {
			t.Fatalf("lookupWord(%q) = %d, want %d", w, got, want)
		}
	}
	for _, w := range []string{"x", "\x00", "zz", "saidx", "qwertyu", "qwertyui", "said\x00", "the\x00\x00", "ünïcode"} {
		if got, want := lookupWord(w), wordIndex[w]; got != want {
			t.Errorf("lookupWord(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestLowerText checks lowerText against strings.ToLower.
func TestLowerText(t *testing.T) {
	for _, s := range []string{
		"", "abc", "ABC", "Hello, World", "“Quoted,” he SAID", "ÉCOLE Ünïcode İstanbul",
		"bad \xff byte", "\xe2\x80", "ǅungla ΣΑΣ", "\uFFFD kept", "ends with Ä",
		"ÄÖÜ then İ then ÉÈ", "ẞ Ω K Å: other lengths or kept", "ok \xc3",
	} {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
	for _, text := range corpus(t) {
		for _, s := range strings.Split(text, "\n") {
			if got, want := lowerText(s), strings.ToLower(s); got != want {
				t.Fatalf("lowerText(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestNewDocRunes checks newDoc's one-pass widening and offsets against
// []rune and the text itself.
func TestNewDocRunes(t *testing.T) {
	for _, text := range []string{
		"Plain ASCII, he said.",
		"ASCII first, then “curly” quotes and café.",
		"“Leading mark,” she said.",
		"bad \xff byte “here”",
	} {
		d := newDoc(text)
		want := []rune(text)
		if string(d.r) != string(want) {
			t.Errorf("%q: runes %q, want %q", text, string(d.r), string(want))
		}
		for s := 0; s <= len(want); s++ {
			if got := d.text(s, len(want)); got != string(want[s:]) {
				t.Fatalf("%q: text(%d, end) = %q, want %q", text, s, got, string(want[s:]))
			}
		}
	}
}

// TestSetFilters checks that each set filter passes every word of its
// set: a filter may let other words through, never drop one of them.
func TestSetFilters(t *testing.T) {
	for _, c := range []struct {
		f   *setFilter
		set map[string]bool
	}{{irregularPastFilter, irregularPast}, {tensTeensFilter, numberTensTeens}, {cardinalsFilter, cardinals}} {
		for w := range c.set {
			if !c.f.mayHave(w) {
				t.Errorf("filter drops %q", w)
			}
		}
	}
}
