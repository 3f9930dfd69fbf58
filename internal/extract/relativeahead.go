package extract

// participleSubjectEnd extends the subject of a participle cue that ends
// before token ne ("Ann Lee, who ran the fund, took …, saying") over an
// apposition (appositionAhead) or over a relative clause set off by
// commas when the main clause goes on after it. PolNeAR keeps such a
// clause in the participle's source, as mentionCut keeps it before a
// say verb; after a bare name ("Lee, who …, took …") it leaves it out
// (57 of 83 such mentions on train), as bareRelative does. It returns
// the new end, or ne.
func (f *finder) participleSubjectEnd(ne, lim int) int {
	d := f.d
	if !d.is(ne, ",") || d.toks[ne].quote != 0 || !d.word(ne+1) || d.toks[ne+1].cap {
		return f.appositionAhead(ne, lim)
	}
	if w := d.lw(ne + 1); w != "who" && w != "whose" || d.capWord(ne-1) && !(d.word(ne-2) && d.toks[ne-2].cap) {
		return f.appositionAhead(ne, lim)
	}
	for k := ne + 2; k < lim && k < ne+40; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind == tkDQ || d.is(k, ";") || d.is(k, ":") {
			return ne
		}
		if d.is(k, ",") {
			if w := d.lw(k + 1); d.word(k+1) && !d.toks[k+1].cap && !asideOpeners[w] && !isGerund(w) && w != "and" {
				return k
			}
			if !(d.capWord(k-1) && d.capWord(k+1)) {
				return ne // a comma that closes nothing we know
			}
		}
	}
	return ne
}
