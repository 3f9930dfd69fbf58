package extract

// cutAtGerundReports ends a content before ", <gerund>" when another
// attribution reads a report of its own from that gerund ("said the
// plant would close, warning that jobs would go"). contentEnd makes
// that cut for the gerunds the lexicon knows; a gerund that only a
// later pass took for a cue left the first content running over the
// second report's cue and content. PolNeAR ends the first content at
// the comma: on cross-fitted train the cut is right 6 times of 6 it
// changes a match, wrong never. A content with a quotation before the
// comma is left alone ("“…,” he said, adding that …" is one quote in
// PolNeAR as often as not).
func (f *finder) cutAtGerundReports() {
	d := f.d
	var commas []int // the comma before each gerund cue
	for i := range f.attrs {
		b := &f.attrs[i]
		if c := b.cueS - 1; c > 0 && b.cueS < len(d.toks) && d.is(c, ",") && d.word(b.cueS) && d.toks[b.cueS].quote == 0 && d.shaped(b.cueS, shGerund) {
			commas = append(commas, c)
		}
	}
	if len(commas) == 0 {
		return
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 {
			continue
		}
		k := d.tokFrom(a.frags[0][0])
		e := d.tokFrom(a.frags[0][1])
		for _, c := range commas {
			if c > k+1 && c < e && !d.quotedIn(k, c) {
				a.frags[0][1] = int(d.toks[c-1].e)
				e = c
			}
		}
	}
}

// quotedIn says whether a token in [k, e) lies inside quotation marks.
func (d *doc) quotedIn(k, e int) bool {
	for i := k; i < e; i++ {
		if d.toks[i].quote != 0 {
			return true
		}
	}
	return false
}
