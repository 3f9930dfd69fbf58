package extract

import "strings"

// Desire and intention cues the learned lexicon cannot hold.

// wouldLikeCue reads "would like" or "would love" before an infinitive
// as a thought cue: "the council would like to rebuild the pier". The
// lexicon has no entry for "like", a preposition far more often; after
// "would" (or a subject contracted with it, "we’d") and before "to" and
// a verb, PolNeAR marks it every time outside other contents and
// quotations on train (10 of 10).
func (f *finder) wouldLikeCue(k, n int, e cueEntry) (int, cueEntry) {
	d := f.d
	if n != 0 || !(d.is(k, "like") || d.is(k, "love")) || d.toks[k].quote != 0 || !f.toInfinitive(k+1) || !d.word(k-1) {
		return n, e
	}
	if !d.is(k-1, "would") && !d.wouldContracted(k-1) {
		return n, e
	}
	return 1, cueEntry{Type: CueThought, Count: 10, Prec: 0.5}
}

// wouldContracted says whether the word at k is a subject pronoun with
// "would" contracted onto it: "we’d", "they'd".
func (d *doc) wouldContracted(k int) bool {
	if !d.word(k) {
		return false
	}
	w := d.lw(k)
	if !strings.HasSuffix(w, "’d") && !strings.HasSuffix(w, "'d") {
		return false
	}
	p, ok := contractedPronoun(w)
	return ok && subjectPronouns[p]
}
