package extract

// frontedFeeling reads a sentence that opens with a feeling participle
// and its cause, before the clause of the one who feels it: "Alarmed by
// the unrest in the harbor, Senator Ada Holm, the port's overseer,
// said …", "Angered by the levy, the growers marched …". PolNeAR marks
// the participle and its preposition as the cue, the cause as the
// content and the main clause's subject, with its apposition, as the
// source (train: 3 of the 4 such openers outside "inspired by"; the
// fourth coordinates a second participle, "Dismayed by … and inspired
// by …", left out). It runs with the attitude layout, which reads the
// same feelings after a form of "be".
func (f *finder) frontedFeeling(si, n0 int) {
	d := f.d
	s := f.sents[si]
	k := s.ts
	if k+3 >= s.te || !d.word(k) || !d.toks[k].cap || d.toks[k].quote != 0 || !d.word(k+1) || d.toks[k+1].quote != 0 {
		return
	}
	w, p := d.lw(k), d.lw(k+1)
	if !(p == "by" && feelingBy[w] || p == "at" && attitudeAt[w] && pastParticiple(w)) {
		return
	}
	if f.cueOwner(si, k, n0) != nil || f.cueOwner(si, k+1, n0) != nil || f.inContent(k, n0) {
		return
	}
	c := k + 2
	for c < s.te && !d.is(c, ",") {
		if d.toks[c].quote != 0 || d.is(c, "and") && pastParticiple(d.lw(c+1)) {
			return // "Dismayed by … and inspired by …": two causes
		}
		c++
	}
	if c >= s.te || c == k+2 {
		return
	}
	sp, ok := f.contentSpan(k+2, c)
	if !ok {
		return
	}
	st := c + 1
	ne := d.npForward(st, s.te)
	if ne < 0 || ne <= st {
		return
	}
	se := f.appositionAhead(ne, s.te)
	v := se
	if d.is(v, ",") {
		v++
	}
	if v >= s.te || !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || d.in(v, wcNPStop) && !d.in(v, wcAuxVerb) {
		return // no finite verb after the subject
	}
	a := attr{cueS: k, cueE: k + 2, sent: si, srcS: st, srcE: se, coreE: ne, inherit: -1}
	a.entry = cueEntry{Type: CueThought, Count: 10, Prec: 0.6}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = c, c
	a.conf = 0.5
	f.attrs = append(f.attrs, a)
}
