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

// viewFrames adds the attributions of an opinion framed by a possessed
// "view" or "opinion": "In their view, the levy would ruin the harbor",
// "The levy, in Ruiz’s view, would ruin it", "a rule which in his view
// failed". PolNeAR marks the possessor as the source and the clause as
// the content; outside other contents and quotations it does so 6 times
// in 6 on train. It runs after the layouts and leaves sentences that
// already hold a cue.
func (f *finder) viewFrames() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for v := s.ts + 2; v < s.te; v++ {
			if !(d.is(v, "view") || d.is(v, "opinion")) || d.toks[v].quote != 0 {
				continue
			}
			if a, ok := f.viewFrame(v, s, si, n0); ok {
				f.attrs = append(f.attrs, a)
				break
			}
		}
	}
}

// viewFrame reads the frame whose noun is at v.
func (f *finder) viewFrame(v int, s sent, si, n0 int) (attr, bool) {
	d := f.d
	a := attr{}
	p := v - 1 // the possessor's end
	if d.is(p, "own") {
		p--
	}
	var srcS, srcE int
	switch {
	case d.word(p) && possPronouns[d.lw(p)] && !d.is(p, "your"):
		srcS, srcE = p, p+1
	case d.toks[p].kind == tkPoss && d.capWord(p-1) && d.toks[p-1].cap:
		srcS, srcE = p-1, p+1
		for srcS-1 > s.ts && d.capWord(srcS-1) && d.toks[srcS-1].cap {
			srcS-- // "Professor Knittel’s"
		}
	default:
		return a, false
	}
	k := srcS - 1 // "in"
	if !d.is(k, "in") || d.toks[k].quote != 0 {
		return a, false
	}
	after := v + 1
	if !(after >= s.te || d.is(after, ",") || d.is(after, ".") || d.word(after) && !d.toks[after].cap && (d.in(after, wcAuxVerb) || isPast(d.lw(after)))) {
		return a, false // "in his view of the harbor": a noun phrase goes on
	}
	for i := range f.attrs[:n0] {
		if o := &f.attrs[i]; o.cueS >= s.ts && o.cueS < s.te {
			return a, false // the sentence reports already
		}
	}
	if f.inContent(k, n0) {
		return a, false
	}
	var frags [][2]int
	switch {
	case k == s.ts || k == s.ts+1 && d.in(s.ts, wcClauseOpener):
		// "In their view, …": the clause after the comma.
		if !d.is(after, ",") {
			return a, false
		}
		sp, ok := f.contentSpan(after+1, f.contentEnd(after+1, s.te))
		if !ok {
			return a, false
		}
		frags = [][2]int{sp}
	case d.word(k-1) && (d.is(k-1, "which") || d.is(k-1, "who")):
		// "… which in his view has gained …": the relative clause.
		sp, ok := f.contentSpan(k-1, f.relClauseContentEnd(after, f.contentEnd(after, s.te)))
		if !ok {
			return a, false
		}
		frags = [][2]int{sp}
	case d.is(k-1, ","):
		// "The levy, in Ruiz’s view, would …" or "…, in my view.": the
		// sentence around the aside.
		if sp, ok := f.contentSpan(s.ts, k-1); ok {
			frags = append(frags, sp)
		}
		if d.is(after, ",") {
			if sp, ok := f.contentSpan(after+1, f.contentEnd(after+1, s.te)); ok {
				frags = append(frags, sp)
			}
		}
	}
	if len(frags) == 0 {
		return a, false
	}
	a = attr{cueS: v, cueE: v + 1, entry: cueEntry{Type: CueThought, Count: 10, Prec: 0.6}, sent: si, srcS: srcS, srcE: srcE, coreE: srcE, inherit: -1}
	if d.toks[srcE-1].kind == tkPoss {
		a.coreE = srcE - 1
	}
	a.frags = frags
	a.venueS, a.venueE = v+1, v+1
	a.conf = 0.6
	return a, true
}
