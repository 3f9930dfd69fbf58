package extract

import (
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
