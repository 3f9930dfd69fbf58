package extract

import (
	"strings"
	"testing"
)

// TestEndCache checks that contentEnd's remembered answers equal fresh
// ones for every sentence-bounded pair over the corpus, asked twice.
func TestEndCache(t *testing.T) {
	for _, text := range corpus(t) {
		d := newDoc(text)
		f := &finder{d: d, labelPara: -1}
		starts := d.classify(nil)
		f.segs = d.findQuotes(nil)
		f.sents = d.sentences(nil, starts, f.segs)
		f.run()
		for _, s := range f.sents {
			for k := s.ts; k < s.te; k += 3 {
				want := f.tailCut(k, f.contentEnd0(k, s.te))
				for range 2 {
					if got := f.contentEnd(k, s.te); got != want {
						t.Fatalf("contentEnd(%d, %d) = %d, want %d", k, s.te, got, want)
					}
				}
			}
		}
	}
}

// TestEndCacheSlots checks that colliding pairs never answer for each other.
func TestEndCacheSlots(t *testing.T) {
	var c endCache
	c.put(0, 0, 7)
	if v, ok := c.get(0, 0); !ok || v != 7 {
		t.Fatalf("get(0, 0) = %d, %v", v, ok)
	}
	c.put(0, 64, 9) // same slot as (0, 0)
	if _, ok := c.get(0, 0); ok {
		t.Fatal("(0, 0) answered after (0, 64) took its slot")
	}
	if _, ok := c.get(1, 0); ok {
		t.Fatal("an empty pair answered")
	}
}

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

// TestTimeWordS checks that the class wcTimeWordS answers as
// timeWords[strings.TrimSuffix(w, "s")], which timeBack asked before.
func TestTimeWordS(t *testing.T) {
	texts := append(corpus(t), "This morning, mornings, this, thiss, weeks, agos, yesterdays, s, ss said he.")
	for _, text := range texts {
		d := newDoc(text)
		for k := range d.toks {
			w := d.lw(k)
			if got, want := d.in(k, wcTimeWordS), timeWords[strings.TrimSuffix(w, "s")]; got != want {
				t.Fatalf("token %d %q: in(wcTimeWordS) = %v, want %v", k, w, got, want)
			}
		}
	}
}

// TestByteOffsets checks that text slices by code points through the
// wide-rune table, for ASCII, accented, four-byte and invalid text.
func TestByteOffsets(t *testing.T) {
	texts := append(corpus(t),
		"Plain ASCII, he said.",
		"“Ça va,” said José — naïvely 😀 again.",
		"bad \xff byte and \xe2\x80 cut “quote” here",
		"😀",
	)
	for _, text := range texts {
		d := newDoc(text)
		for s := 0; s <= len(d.r); s += 1 + s%7 {
			for _, e := range []int{s, s + 1, s + 5, len(d.r)} {
				if e > len(d.r) {
					continue
				}
				if got, want := d.text(s, e), string(d.r[s:e]); got != want {
					t.Fatalf("text(%d, %d) = %q, want %q", s, e, got, want)
				}
			}
		}
	}
}
