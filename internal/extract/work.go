package extract

import "sync"

// work is one article's tokens, finder and resolver. Extract takes one
// from workPool and gives it back when done, so that the next article
// reuses its slices instead of allocating and zeroing about 100 KB an
// article for the garbage collector to reclaim. Nothing in a Result may
// point into a work: quote, mention and cue texts are slices of the
// caller's text, and speaker and venue names are slices of it, constants
// or new strings, never views of doc.low.
type work struct {
	d  doc
	f  finder
	rs resolver
	// extract's per-attribution slices
	mentions []int
	starts   []int
	speakers []Speaker
	venues   []*Venue
}

var workPool = sync.Pool{New: func() any { return new(work) }}

// maxPooledText bounds the articles whose work goes back to the pool:
// one huge text should not leave megabytes held for the news articles
// after it (~12 bytes of buffers a byte of text).
const maxPooledText = 1 << 20

// release drops the work's references into the article and its result,
// keeping the slices' memory for the next one.
func (w *work) release() {
	d := &w.d
	d.src = ""
	clear(d.paras)
	clear(w.rs.ents)
	clear(w.rs.runs)
	clear(w.speakers)
	clear(w.venues)
	// The attributions' array is kept for the next article; their
	// content pieces are the caller's to keep, so no entry points to them.
	clear(w.f.attrs)
	w.f.attrs = w.f.attrs[:0]
	w.f.d, w.f.idx.attrs = nil, nil
	w.rs.f = nil
}

// resize returns s with length n, reusing its array when it is large
// enough. The elements are not cleared: callers overwrite them.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}
