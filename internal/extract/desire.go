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

// relClauseThought says whether the cue of a is a belief, knowledge or
// fear verb with a clause of its own after it: "growers who believe the
// quota is too low", "pilots who thought that the canal was unsafe".
// After an object's "who" PolNeAR marks such a clause as the relative's
// thought 19 times in 29 on train outside other contents and quotations
// (the other thought cues there are seldom marked); the readings this
// adds are exact 4 times in 7. The noun phrase b the relative follows
// must not be a cue's object ("slamming candidates who think …"): that
// cue's content holds it.
func (f *finder) relClauseThought(a *attr, b int, s sent) bool {
	d := f.d
	k := a.cueS
	if a.cueE != k+1 || !d.in(k, wcClauseThought) || !d.is(k+1, "that") && !f.newClause(k+1, s.te) {
		return false
	}
	if b > s.ts && d.word(b-1) {
		if n, e := d.cueMatch(b - 1); n > 0 && e.Prec >= 0.1 {
			return false
		}
	}
	return true
}
