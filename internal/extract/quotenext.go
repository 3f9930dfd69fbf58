package extract

// joinQuoteSentence carries a reported content on into the quotation that
// makes up the rest of its paragraph: "Greene added that the Fed wants
// out before the election. “They don't like to talk about it …”" is one
// attribution in PolNeAR (44 of 47 such pairs on train when the
// quotation has no attribution of its own, measured when it was
// written). orphanQuote's same-paragraph join now runs first and takes
// every such pair on train; this pass is kept for the joins it does not
// reach.
func (f *finder) joinQuoteSentence() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 0 || a.sent < 0 || a.sent >= len(f.sents) || f.unspokenReport(a) {
			continue
		}
		fr := a.frags[0]
		if int(d.toks[a.srcS].s) >= fr[0] {
			continue // the source must come first: "X said …. “…”"
		}
		s := f.sents[a.sent]
		e := d.tokFrom(fr[1])
		// The content closes its sentence.
		for e < s.te && d.toks[e].kind == tkPunct && d.toks[e].quote == 0 {
			e++
		}
		if e != s.te || a.sent+1 >= len(f.sents) {
			continue
		}
		ns := f.sents[a.sent+1]
		if ns.para != s.para || !f.isOpen(ns.ts) {
			continue
		}
		sg := f.segs[d.toks[ns.ts].quote-1]
		if sg.ct < 0 || sg.next >= 0 {
			continue
		}
		// Nothing but the quotation to the end of the paragraph.
		k := sg.ct + 1
		for k < len(d.toks) && d.toks[k].kind == tkPunct && d.toks[k].quote == 0 {
			k++
		}
		if k < len(d.toks) {
			if si := f.sentOf(k); si >= 0 && f.sents[si].ts <= k && k < f.sents[si].te && f.sents[si].para == s.para {
				continue
			}
		}
		if f.claimedBy(i, sg.s, sg.e) {
			continue
		}
		a.frags = append(a.frags, [2]int{sg.s, sg.e})
	}
}
