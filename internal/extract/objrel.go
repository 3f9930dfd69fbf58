package extract

// whichGapReports adds the reports of non-restrictive relative clauses
// whose cue's object is the relative pronoun itself: "…, which the mayor
// denies, …", "(which Lee also supports)", "— which she once backed —".
// PolNeAR marks "which" as the content and the clause's subject as the
// source. The cue must end the clause but for a time, a place or an
// adverb (contactCueEnds): in "which he said was …" or "which she called
// “…”" the content goes on after the cue, and the layouts read it. The
// cue must be one the lexicon has seen at least twice: on train 10 of 11
// such readings are marked, against none of 3 with "whom" (not read).
func (f *finder) whichGapReports() {
	d := f.d
	for _, k := range d.scans[swWhich] {
		k := int(k)
		if t := &d.toks[k]; k == 0 || t.quote != 0 || t.cap {
			continue
		}
		si := f.sentOf(k)
		if si < 0 {
			continue
		}
		s := f.sents[si]
		if k <= s.ts || k+2 >= s.te || d.toks[k-1].quote != 0 || !(d.is(k-1, ",") || d.is(k-1, "(") || isDashTok(d, k-1)) {
			continue
		}
		ss, se := f.contactSubject(k+1, s.te)
		if ss < 0 && d.word(k+1) && !d.toks[k+1].cap && d.toks[k+1].quote == 0 && pluralNoun(d.lw(k+1)) && d.in(k+1, wcKnownHead) {
			ss, se = k+1, k+2 // "which critics denounced"
		}
		if ss < 0 {
			continue
		}
		v := se
		for v < s.te && d.word(v) && !d.toks[v].cap && !d.in(v, wcBeForm) && (contactSubjectWords[d.lw(v)] || d.in(v, wcAuxVerb) || d.inLex(v, lcNegation) || lyAdverb(d.lw(v))) {
			v++
		}
		if v >= s.te || !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || d.in(v, wcBeForm) {
			continue
		}
		n, e := d.cueMatch(v)
		if n > 1 && e.Count < 2 {
			if one := cueIndex[d.lw(v)].one; one != nil {
				e = *one // "signed into law", seen once: the verb's own record
			}
		}
		if n == 0 || e.Prec < 0.1 || e.Count < 2 || f.cueTaken(v, v+n) {
			continue
		}
		g := v + n
		if !f.gapAfterCue(g, s.te) {
			continue
		}
		a := attr{cueS: se, cueE: g, sent: si, srcS: ss, srcE: se, coreE: se, inherit: -1, entry: cueEntry{Type: CueSpeech, Count: e.Count, Prec: e.Prec}}
		a.setPlainContent([2]int{int(d.toks[k].s), int(d.toks[k].e)})
		f.attrs = append(f.attrs, a)
	}
}

// gapAfterCue says whether the clause whose cue ends before token g
// ends there but for a time, a place, an adverb or a coordinated verb,
// so that the cue's object is the relative pronoun: "which he denies,",
// "which she signed into law in 2010", "which he favors but …". A
// quotation, a colon or another word goes on with the cue's own object.
func (f *finder) gapAfterCue(g, te int) bool {
	d := f.d
	switch {
	case g >= te:
		return true
	case d.toks[g].kind == tkDQ || d.toks[g].kind == tkSQ || d.is(g, ":"):
		return false
	case !d.word(g):
		return true
	case d.is(g, "to"):
		// "which she referred to in May" keeps the gap; "which he has
		// vowed to fight" is an infinitive, whose own object it is.
		return !d.word(g+1) || d.toks[g+1].cap || d.in(g+1, wcDeterminer|wcPronoun)
	}
	return d.contactCueEnds(g, te) || d.is(g, "and") || d.is(g, "but")
}
