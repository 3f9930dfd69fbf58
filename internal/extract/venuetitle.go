package extract

// titleMaxWords bounds a quoted programme or publication title ("Meet
// the Press", "On the Record with Greta Van Susteren").
const titleMaxWords = 7

// skipVenueTitle starts a content after a quoted title that names where
// it was said: "said on NBC's “Meet the Press” on Sunday that …", "told
// “Good Morning America” that …". The venue phrase stops at quotation
// marks, so the title was left at the content's head; PolNeAR starts
// such contents at "that" (every such span on train).
func (f *finder) skipVenueTitle() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || len(a.frags) == 0 {
			continue
		}
		k := d.tokFrom(a.frags[0][0])
		if k < a.cueE || k > a.cueE+4 || k >= len(d.toks) {
			continue
		}
		if d.toks[k].kind == tkPoss || d.is(k, "’") || d.is(k, "'") {
			k++ // "Fox News’ “On the Record …”"
		}
		if !f.isOpen(k) {
			continue
		}
		sg := f.segs[d.toks[k].quote-1]
		if sg.ct < 0 || sg.words > titleMaxWords || !(d.word(k+1) && d.toks[k+1].cap) {
			continue
		}
		j := f.skipVenue(sg.ct+1, len(d.toks))
		if d.is(j, ",") {
			j++
		}
		if !d.is(j, "that") || d.toks[j].quote != 0 || int(d.toks[j].e) >= a.frags[0][1] {
			continue
		}
		a.frags[0][0] = int(d.toks[j].s)
	}
}
