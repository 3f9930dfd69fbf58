package extract

// trimShareTails ends the clause a poll share reports at its first
// comma: "47 percent said they would vote for her, however …", "a third
// say they don't know, a higher level of uncertainty …", "58 percent
// would support Sanders over Trump, and both …". What follows is the
// writer's gloss on the figure, not the answer: PolNeAR ends such
// contents at the comma (9 of 10 share reports running past one on
// cross-fitted train; the one that ran on went on with "and that", kept
// here, as is a comma closing a fronted "that while …" clause).
func (f *finder) trimShareTails() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 0 || a.cueE <= a.cueS {
			continue
		}
		fr := a.frags[0]
		if int(d.toks[a.cueS].s) >= fr[0] || !f.pollShareSubject(a.srcS, a.srcE-1) {
			continue // the content before the cue, or no share speaking
		}
		if c := f.shareTailComma(d.tokFrom(fr[0]), fr[1]); c > 0 {
			a.frags[0][1] = c
		}
	}
}

// shareTailComma finds the first comma outside a quotation in the
// content from token k to code point end, a comma closing a quotation
// included (“about right,” though …), or a "compared to/with" setting
// the figure against another ("… made up compared to four in 10"), and
// returns where the content ends before it, or -1. A comma before "and that" / "but that" joins a
// second answer and is passed over.
func (f *finder) shareTailComma(k, end int) int {
	d := f.d
	start := k
	j := k
	if d.is(j, "that") {
		j++
	}
	if d.word(j) && clauseSubs[d.lw(j)] {
		return -1 // "that while he opposed it, he …": the comma closes a fronted clause
	}
	for ; k+1 < len(d.toks) && int(d.toks[k+1].e) <= end; k++ {
		comma := d.is(k, ",") && d.toks[k].quote == 0
		closeComma := d.is(k, ",") && f.isClose(k+1)
		compared := d.is(k, "compared") && d.toks[k].quote == 0 && (d.is(k+1, "to") || d.is(k+1, "with"))
		if !comma && !closeComma && !compared {
			continue
		}
		if (d.is(k+1, "and") || d.is(k+1, "but")) && d.is(k+2, "that") {
			continue
		}
		if k <= start+1 || !f.clauseBefore(start, k) {
			return -1 // "Clinton's deficit, combined with …, meant …": the comma sets off an aside
		}
		if closeComma {
			return int(d.toks[k+1].e)
		}
		return int(d.toks[k-1].e)
	}
	return -1
}

// clauseBefore says whether tokens [b, k) hold a clause, not just its
// subject: a subject pronoun first, or a finite verb among them.
func (f *finder) clauseBefore(b, k int) bool {
	d := f.d
	return d.word(b) && subjPronoun(d.lw(b)) || d.finiteAfter(b, k)
}
