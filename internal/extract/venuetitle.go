package extract

// titleMaxWords bounds a quoted programme or publication title ("Meet
// the Press", "On the Record with Greta Van Susteren").
const titleMaxWords = 7

// skipVenueTitle starts a content after a quoted title that names where
// it was said: "said on NBC's “Meet the Press” on Sunday that …", "told
// “Good Morning America” that …". The venue phrase stops at quotation
// marks, so the title was left at the content's head; PolNeAR starts
// such contents at "that" (every such span on train). The "that" must
// be a complementizer: "that night" is a time phrase after quoted words.
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
		if !f.isOpen(k) || !f.titleSlot(a, k) {
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
		if !d.is(j, "that") || d.toks[j].quote != 0 || int(d.toks[j].e) >= a.frags[0][1] || d.in(j+1, wcTimeWord|wcDayPart) {
			continue
		}
		a.frags[0][0] = int(d.toks[j].s)
	}
}

// titleSlot says whether the quotation opening at k stands where a
// programme title would: in a venue phrase opened by a preposition or a
// possessive ("on KTLA's “…”", "on the show “…”", "to “…”"), or as the
// hearer right after a tell cue ("told “Good Morning America”"). A
// quotation right after "said" is the words themselves.
func (f *finder) titleSlot(a *attr, k int) bool {
	d := f.d
	for p := a.cueE; p < k; p++ {
		if d.toks[p].kind == tkPoss || d.is(p, "’") || d.is(p, "'") || d.is(p, "on") || d.is(p, "to") || d.is(p, "with") {
			return true
		}
	}
	return k == a.cueE && d.in(a.cueE-1, wcTellCue)
}
