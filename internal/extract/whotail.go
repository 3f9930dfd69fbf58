package extract

// objectRelCue: "“…,” said Ann Lee, who likened the levy to theft". A
// relative clause on an inverted source whose cue takes a plain object
// (no "that" clause, no quotation) is a report in PolNeAR for cues of
// middling precision too, but not for a wish or a side ("who supports
// Clinton") nor for a passive ("who is regarded as a hawk"), which names
// no report the source made.
func (f *finder) objectRelCue(who, c int, a *attr) bool {
	d := f.d
	if a.entry.Prec >= 0.5 {
		return true
	}
	if a.entry.Prec < 0.3 {
		return false
	}
	for i := a.cueS; i < a.cueE; i++ {
		if stanceVerbs[d.lw(i)] {
			return false
		}
	}
	for i := who + 1; i < c; i++ {
		if passiveAux[d.lw(i)] {
			return false
		}
	}
	return true
}

// passiveAux: forms of "be" that, between "who" and a participle, make
// the clause passive.
var passiveAux = setOf("is was are were been being")
