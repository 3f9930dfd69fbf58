package extract

// holderPreps put the noun before a participle in a phrase whose object
// does what the participle says: "gave $3 million to a group backing
// Bush", "poured money into groups backing Cruz", "in the wake of a poll
// showing …".
var holderPreps = setOf("to into from of for with by toward towards about against")

// verbObjectHolder: "Lee opened a rally blasting Bell", "began writing
// op-eds defending the tax cuts", "was on CNN talking about …" — a
// participle right after its clause verb's object (or a phrase on the
// verb) reports the clause's subject, as PolNeAR marks it; the object
// is what was used, not who holds the view. After a preposition whose
// object acts ("a group backing Bush") or a verb of perceiving ("to see
// an administration defending …") the noun is the holder. a.srcS is the
// noun the participle follows; it returns the subject's span, or -1, -1.
func (f *finder) verbObjectHolder(a *attr, s sent) (int, int) {
	d := f.d
	p := a.srcS - 1
	if p <= s.ts || !d.word(p) || holderPreps[d.lw(p)] || perceptionVerbs[d.lw(p)] || holderPreps[d.lw(p-1)] {
		return -1, -1 // "with recent polls showing": the preposition before a modifier
	}
	return f.objectGerundSubject(a, s)
}
