package extract

// dashAsideThat reads a dash aside between a cue and its clause: for the
// dash at token i it returns the "that" right after the closing dash,
// before token lim, or -1. "proclaimed in July - falsely - that …",
// "argued — citing three storms — that …": paired dashes set off a
// parenthetical, so whatever stands inside (a participle, a cue word,
// a pronoun) neither ends the search nor makes the "that" a relative
// pronoun of the word before it.
func (f *finder) dashAsideThat(i, lim int) int {
	d := f.d
	for j := i + 2; j+1 < lim; j++ {
		t := &d.toks[j]
		if t.quote != 0 || d.is(j, ";") || d.is(j, ":") || d.is(j, "(") || d.is(j, ".") {
			return -1
		}
		if isDashTok(d, j) {
			if d.is(j+1, "that") && d.toks[j+1].quote == 0 && !d.in(j+2, wcTimeNoun) {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// circumstance says whether the words [k, i) between a cue and a dash
// aside only place or time the saying ("proclaimed in July - falsely -
// that …"): commas, names, prepositions and time words, no article or
// possessive that would open the cue's object.
func (f *finder) circumstance(k, i int) bool {
	d := f.d
	for j := k; j < i; j++ {
		if d.is(j, ",") {
			continue
		}
		if !d.word(j) || d.toks[j].quote != 0 {
			return false
		}
		w := d.lw(j)
		if !(d.toks[j].cap && !d.in(j, wcDeterminer) || d.in(j, wcVenuePrep|wcTimeWord|wcTimeNoun|wcWeekday) || durationNouns[w] || venueNouns[w] || lyAdverb(w)) {
			return false
		}
	}
	return true
}
