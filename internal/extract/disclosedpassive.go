package extract

// disclosedPassives are participles of making something public whose
// agentless passive, closing its clause, reports its subject with no
// one named: "The purchase price was not disclosed", "the dissolution
// of the club was announced on Thursday", "no other users were
// mentioned in the posts". PolNeAR marks the subject alone as the
// content and leaves the source empty (train: 14 of 22 such clauses
// with these four participles). "released", "published" and "made"
// tell what happened to a thing ("the report was released Friday",
// "suits made in Mexico"): 5 of their 30 such clauses are gold.
var disclosedPassives = setOf("announced disclosed mentioned revealed")

// disclosedPassive reads the cue at a.cueS as such a passive: a form of
// "be" before it, nothing after it in its clause but a time or place
// ("on Thursday", "in the book", "last week"), and no agent after "by".
// A comma right after the participle is left to closedPassive: "No deal
// was announced, and …" is as often no report (3 of 7 on train).
func (f *finder) disclosedPassive(a *attr, s sent, from int) bool {
	d := f.d
	k := a.cueS
	if a.cueE != k+1 || !disclosedPassives[d.lw(k)] || d.toks[k].quote != 0 || f.passiveBe(k, s.ts) < 0 {
		return false
	}
	if !f.closedAfterPassive(k+1, s) {
		return false
	}
	st, j, ok := f.passiveClauseSubject(k, s, from)
	if !ok || d.is(st, "it") && st == j && !d.is(k+1, ".") {
		return false // "it was announced on Monday that …": an expletive
	}
	if st < j && d.in(st, wcRelWord) {
		st++ // "in which a handful of donors are mentioned": the pronoun links the clause
	}
	sp, ok := f.contentSpan(st, j+1)
	if !ok {
		return false
	}
	a.frags = [][2]int{sp}
	a.srcS, a.srcE, a.coreE = -1, -1, -1
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.5
	return true
}

// closedAfterPassive says whether the sentence or clause ends at token
// t with a full stop or semicolon, or goes on only with a time or place
// up to its end: no "by" agent, no "that" or "as" that would make a
// content of its own.
func (f *finder) closedAfterPassive(t int, s sent) bool {
	d := f.d
	if t >= s.te || d.is(t, ".") || d.is(t, ";") {
		return true
	}
	if d.toks[t].quote != 0 || !(d.in(t, wcVenuePrep|wcTimeWord|wcWeekday) || d.is(t, "until") || d.is(t, "since")) || d.is(t, "to") || d.is(t, "with") || d.is(t, "from") || d.is(t, "over") {
		return false
	}
	for i := t; i < s.te && !d.is(i, ",") && !d.is(i, ";"); i++ {
		if d.toks[i].quote != 0 || d.is(i, "by") || d.is(i, "that") || d.is(i, "as") {
			return false
		}
	}
	return true
}
