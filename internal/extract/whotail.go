package extract

// objectRelCue: "“…,” said Ann Lee, who likened the levy to theft". A
// relative clause on an inverted source whose cue takes a plain object
// (no "that" clause, no quotation) is a report in PolNeAR for cues of
// middling precision too, but not for a wish or a side ("who supports
// Clinton") nor for a passive ("who is regarded as a hawk"), which names
// no report the source made.
func (f *finder) objectRelCue(who, c int, a *attr) bool {
	if a.entry.Prec >= 0.5 {
		return true
	}
	if a.entry.Prec < 0.3 {
		return false
	}
	if f.stanceCue(a) {
		return false
	}
	for i := who + 1; i < c; i++ {
		if passiveAux[f.d.lw(i)] {
			return false
		}
	}
	return true
}

// passiveAux: forms of "be" that, between "who" and a participle, make
// the clause passive.
var passiveAux = setOf("is was are were been being")

// trimWhoMentions: "Mr. Dunn, who estimated that …, said …". When the
// "who" of a non-restrictive clause inside a source mention is itself
// the source of a report, PolNeAR ends the outer mention before the
// clause's comma, as relativeCue does for inverted sources. A clause
// that reports nothing stays in the mention.
func (f *finder) trimWhoMentions() {
	d := f.d
	for i := range f.attrs {
		w := f.attrs[i].srcS
		if w < 1 || f.attrs[i].srcE != w+1 || !d.is(w, "who") || !d.is(w-1, ",") {
			continue
		}
		for j := range f.attrs {
			o := &f.attrs[j]
			if j != i && o.srcS >= 0 && o.srcS < w-1 && o.srcE > w {
				o.srcE = w - 1
				o.coreE = min(o.coreE, o.srcE)
			}
		}
	}
}

// innerWhoReports: "Kasich, a Republican who has refused to endorse Mr.
// Trump, said …". A relative clause inside another report's source
// mention reports too when its cue is a frequent one (precision >= 0.5 in
// PolNeAR train; a wish, a side or a passive does not count). Its content
// ends with the clause, which ends no later than the mention.
func (f *finder) innerWhoReports() {
	d := f.d
	n := len(f.attrs)
	for i := 0; i < n; i++ {
		o := f.attrs[i]
		if o.srcS < 0 {
			continue
		}
		for k := o.srcS + 1; k < o.srcE-2; k++ {
			if !d.is(k, "who") || d.toks[k].quote != 0 || f.sourceAt(k) {
				continue
			}
			if a, ok := f.innerWhoReport(k, o.srcE, o.sent); ok {
				f.attrs = append(f.attrs, a)
			}
		}
	}
}

// sourceAt says whether some attribution already has token k as its source.
func (f *finder) sourceAt(k int) bool {
	for _, a := range f.attrs {
		if a.srcS == k {
			return true
		}
	}
	return false
}

// innerWhoReport builds the report of the clause opened by "who" at k
// inside a mention ending at end.
func (f *finder) innerWhoReport(k, end, si int) (attr, bool) {
	d := f.d
	c := k + 1
	for c < end && d.word(c) && d.in(c, wcSkipBetween) {
		c++
	}
	n, e := d.cueMatch(c)
	if n == 0 || c+n >= end || e.Prec < 0.5 || isGerund(d.lw(c)) || relCuePreps[d.lw(c+n-1)] {
		return attr{}, false
	}
	a := attr{cueS: c, cueE: c + n, entry: e, sent: si, srcS: k, srcE: k + 1, coreE: k + 1, inherit: -1}
	if !f.objectRelCue(k, c, &a) || e.Type == CueWriting || f.stanceCue(&a) {
		// "who wrote the speech" names a text, not a report in it.
		return attr{}, false
	}
	j := a.cueE
	if !d.word(j) || d.in(j, wcVenuePrep) {
		return attr{}, false
	}
	sp, ok := f.contentSpan(j, f.relClauseContentEnd(j, end))
	if !ok {
		return attr{}, false
	}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, j
	a.conf = 0.6
	return a, true
}

// stanceCue says whether the cue holds a verb of wish or side.
func (f *finder) stanceCue(a *attr) bool {
	for i := a.cueS; i < a.cueE; i++ {
		if stanceVerbs[f.d.lw(i)] {
			return true
		}
	}
	return false
}

// dashClauseOpeners open an aside between dashes that is a clause, not a
// description: "Lee — who backed the bill —", "Lee - after a pause -".
// "as" opens a role as often ("Lee — as head of the board —"), so it
// counts only before a verb (asideHasVerb).
var dashClauseOpeners = setWith(clauseSubs, "who whom whose which")

// trimDashClauses: "The judge -- who has been feuding with the mayor --
// said …". PolNeAR keeps a descriptive aside between dashes in the
// source mention ("Jo Ray — a nurse from Ohio — said") but ends it before
// an aside that opens a clause: on train it cuts 7 mentions, each gold
// when cut and none when whole. It runs last, after every reading of a
// source.
func (f *finder) trimDashClauses() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS < 0 || a.srcE-a.srcS < 4 {
			continue
		}
		for k := a.srcS + 1; k < a.srcE-1; k++ {
			if isDashTok(d, k) && d.toks[k].quote == 0 && !isDashTok(d, k-1) {
				w := k + 1
				for w < a.srcE && isDashTok(d, w) {
					w++ // "--"
				}
				if d.word(w) && dashClauseOpeners[d.lw(w)] && d.word(k-1) && !(d.is(w, "as") && !d.asideHasVerb(w+1, a.srcE)) {
					a.srcE = k
					a.coreE = min(a.coreE, a.srcE)
				}
				break
			}
		}
	}
}

// asideHasVerb says whether the words from i up to the closing dash (or
// e) hold a subject pronoun, an auxiliary or a past form: "as he left",
// "as the jury filed out", not "as head of the board".
func (d *doc) asideHasVerb(i, e int) bool {
	for ; i < e && !isDashTok(d, i); i++ {
		if w := d.lw(i); d.word(i) && (subjPronoun(w) || auxVerbs[w] || isPast(w)) {
			return true
		}
	}
	return false
}
