package extract

// clipWhoClauses: "Mr. Lee, who has called the plan a disaster, warned
// …". A non-restrictive relative clause closes at its comma (or its dash,
// when a dash opened it) before the main verb of the sentence; PolNeAR ends
// the content its "who" reports there, while our layouts may run on
// through the main predicate. A comma the clause's own content holds
// ("who said that, if elected, he would …") is not followed by a
// predicate, so it stays.
func (f *finder) clipWhoClauses() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 1 || a.srcE != a.srcS+1 || !d.is(a.srcS, "who") {
			continue
		}
		open := a.srcS - 1
		dashed := isDashTok(d, open)
		if !d.is(open, ",") && !dashed {
			continue
		}
		h, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
		if h <= a.srcS {
			continue
		}
		if end := f.whoClauseClose(h, e, dashed); end > 0 && end < a.frags[0][1] {
			a.frags[0][1] = end
		}
	}
}

// whoClauseClose returns the code point where a non-restrictive clause
// whose content spans tokens [h, e) closes before the sentence's main
// predicate, or -1. A comma just inside a closing quotation mark
// ("called it “toxic,” portrayed") closes it after the mark.
func (f *finder) whoClauseClose(h, e int, dashed bool) int {
	d := f.d
	for i := h + 1; i < e; i++ {
		comma := d.is(i, ",")
		if !comma && !(dashed && isDashTok(d, i) && d.toks[i].quote == 0) {
			continue
		}
		k := i + 1
		for k < e && (d.toks[k].kind == tkDQ || d.toks[k].kind == tkSQ) {
			k++
		}
		if comma && d.toks[i].quote != 0 && k == i+1 {
			continue // a comma inside a quotation the clause reports
		}
		if k >= e || !f.mainPredicate(k) || f.openClause(h, i) {
			continue
		}
		if k > i+1 {
			return int(d.toks[k-1].e) // keep the closing mark
		}
		return int(d.toks[i-1].e)
	}
	return -1
}

// openClause says whether the content [h, i) is a "that" clause whose
// verb is still to come: "who said that the two men, and Mr. Cruz in
// particular, must do more" puts an aside, not the clause's end, at the
// comma.
func (f *finder) openClause(h, i int) bool {
	d := f.d
	return (d.is(h, "that") || d.is(h, "whether")) && !f.hasVerb(h+1, i)
}

// mainPredicate says whether token k opens the main clause's predicate
// after the relative clause: an auxiliary, a past form or a cue,
// optionally after an adverb ("clearly intended").
func (f *finder) mainPredicate(k int) bool {
	d := f.d
	if d.word(k) && !d.toks[k].cap && lyAdverb(d.lw(k)) {
		k++
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	return f.predicateStart(k) || isPast(d.lw(k))
}
