package extract

// relPronounSource: "lawmakers who accused him of lying", "a senator who
// described the bill as dead". PolNeAR marks the relative pronoun itself as
// the source of the report its clause holds. Only "who" and a spoken,
// written or reported cue qualify: in train PolNeAR marks about half of
// those, while beliefs, wishes and stances ("voters who want a change",
// "groups that oppose the rule") and "that"-clauses it marks in under a
// third of their occurrences.
func (f *finder) relPronounSource(a *attr, j int, s sent) bool {
	d := f.d
	if j <= s.ts || !d.is(j, "who") || d.toks[j].quote != 0 || !d.word(j-1) && !d.is(j-1, ",") {
		return false
	}
	b := d.npBack(j-1, s.ts)
	if b > s.ts && d.word(b-1) && focusWords[d.lw(b-1)] {
		b-- // "Even Democrats who praised it warned …" is the subject too
	}
	if !d.is(j-1, ",") && b >= 0 && d.subjectStart(b, s.ts) {
		// "The hacker who revealed it was sentenced": a restrictive clause
		// in the subject runs on into the main verb, which we cannot place.
		return false
	}
	if a.entry.Prec < 0.3 || a.entry.Type == CueThought && !f.relClauseThought(a, b, s) || relCuePreps[d.lw(a.cueE-1)] {
		return false
	}
	for i := a.cueS; i < a.cueE; i++ {
		if stanceVerbs[d.lw(i)] {
			return false
		}
	}
	return true
}

// focusWords open a subject without belonging to its noun phrase.
var focusWords = setOf("even only also just")

// stanceVerbs state a wish or a side rather than a report; speech cues in
// the lexicon ("backed", "endorsed") but rarely marked after "who".
var stanceVerbs = setOf("want wants wanted prefer prefers preferred support supports supported back backs backed endorse endorses endorsed oppose opposes opposed favor favors favored favour favours favoured vote votes voted")

// relClauseContentEnd: the content of a relative clause ends with the
// clause, at its first comma or at a dash no other dash follows ("lawmakers
// who accused him of lying, most of them Democrats, …").
func (f *finder) relClauseContentEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end; i++ {
		if d.toks[i].quote == 0 && (d.is(i, ",") || isDashTok(d, i) && !f.dashAhead(i+1, end)) {
			return i // a pair of dashes encloses an aside the content keeps
		}
	}
	return end
}

// relCuePreps close a cue phrase that names a topic rather than a report
// ("who have warned of …", "who wrote about …").
var relCuePreps = setOf("of about for on to with against")

// dashAhead says whether a dash outside quotations lies in [k, end).
func (f *finder) dashAhead(k, end int) bool {
	for i := k; i < end; i++ {
		if isDashTok(f.d, i) && f.d.toks[i].quote == 0 {
			return true
		}
	}
	return false
}
