package extract

// askedTargets open the question a bare "asked" reports.
var askedTargets = setOf("whether if why what who whom whose how when where which to about")

// askedLeads are the phrases between "asked" and its question that
// PolNeAR leaves out: the asker ("by a reporter") and the occasion ("on
// Fox News", "during a January debate").
var askedLeads = setOf("by on in during at")

// askedLeadIn starts the content of a bare "asked" at its question: "Asked
// by Matt Lauer whether she had practiced …" reports "whether she had
// practiced …". On train the asker or occasion phrase is outside the gold
// content in all 11 such spans; a leading "about" is outside it 4 times,
// inside once.
func (f *finder) askedLeadIn() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || a.cueE != a.cueS+1 || !d.is(a.cueS, "asked") || len(a.frags) == 0 {
			continue
		}
		st := a.frags[0][0]
		k := d.tokFrom(st)
		if k >= len(d.toks) || int(d.toks[k].s) != st || k != a.cueE || d.toks[k].quote != 0 {
			continue
		}
		if d.is(k, "about") {
			if k+1 < len(d.toks) && d.word(k+1) && int(d.toks[k+1].s) < a.frags[0][1] {
				a.frags[0][0] = int(d.toks[k+1].s)
			}
			continue
		}
		if !askedLeads[d.lw(k)] {
			continue
		}
		for j := k + 1; j < k+12 && j < len(d.toks) && int(d.toks[j].e) < a.frags[0][1]; j++ {
			if d.toks[j].quote != 0 || !d.word(j) {
				break // a comma, a quotation or a sentence end: no question found
			}
			if askedTargets[d.lw(j)] {
				a.frags[0][0] = int(d.toks[j].s)
				break
			}
		}
	}
}
