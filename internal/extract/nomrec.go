package extract

// possessedSubjectEnds cuts at the main verb the object of a possessed
// reporting noun that opens its sentence: in "Their message of unity
// could help the party" or "Lee's attacks on the board won praise" the
// phrase is the clause's subject, and PolNeAR's content is the noun
// phrase after the preposition only. Any layout may have read the cue
// (the lexicon's "attacks on" runs to the end of the clause), so this
// runs over them all; npObject reads its own the same way.
func (f *finder) possessedSubjectEnds() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 0 || a.cueE-a.cueS < 2 || a.cueS-a.srcE > 1 || !possNounPreps[d.lw(a.cueE-1)] {
			continue
		}
		s := f.sents[a.sent]
		k := a.cueE
		if k >= s.te || int(d.toks[k].s) != a.frags[0][0] || !f.possessedSubject(a, s) {
			continue
		}
		end, why := f.npObjectEnd(k, s.te, true)
		if why != npAdjunct {
			// Punctuation ends it: a comma may open an aside the
			// layout read on purpose, and "U.S.-Mexico" holds a hyphen.
			continue
		}
		if sp, ok := f.npSpan(k, end); ok && sp[0] == a.frags[0][0] && sp[1] < a.frags[0][1] {
			a.frags[0] = sp
		}
	}
}
