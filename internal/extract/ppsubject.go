package extract

// adverbialPreps open a phrase that can stand between a subject and its
// verb: "Zucker, who in the past has voiced …", "Jeb Bush in a Medium
// post said …".
var adverbialPreps = setOf("in through on at during over throughout into among")

// ppSubjectBack handles a source found by looking back from the cue that
// is the object of a preposition: "who in the past has voiced", "Gore's
// allies have in the past said", "Curiel, who through his office
// declined". The phrase is an adverbial between the subject and the
// verb; the subject stands before it. Given the found source's first
// token b, it returns the subject's first token and end, or -1, -1.
func (f *finder) ppSubjectBack(b int, s sent) (int, int) {
	d := f.d
	p := b - 1
	if p <= s.ts || !d.word(p) || d.toks[p].cap || d.toks[p].quote != 0 || !adverbialPreps[d.lw(p)] {
		return -1, -1
	}
	k := p - 1
	for k > s.ts && d.word(k) && !d.toks[k].cap && skipBetween[d.lw(k)] {
		k--
	}
	if d.toks[k].quote != 0 || !d.word(k) {
		return -1, -1
	}
	if d.is(k, "who") {
		return k, k + 1
	}
	nb := d.npBack(k, s.ts)
	if nb < 0 {
		return -1, -1
	}
	return nb, k + 1
}
