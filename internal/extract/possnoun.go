package extract

// npPossessor finds the holder of a reporting noun in its possessor:
// "Trump's attacks on the press", "his endorsement of Cruz", "her
// fierce criticism of the deal". PolNeAR marks the possessor with its
// "’s" as the source. One lowercase modifier may stand between them.
func (f *finder) npPossessor(a *attr, s sent) bool {
	d := f.d
	if w := d.lw(a.cueS); a.cueE-a.cueS < 2 || !possNounPreps[d.lw(a.cueE-1)] || w == "to" || isGerund(w) || isPast(w) || auxVerbs[w] {
		// A verb form ("Trump's made …" is "Trump has"), or a noun
		// without its preposition ("his support among …").
		return false
	}
	p := a.cueS - 1
	if p > s.ts && d.word(p) && !d.toks[p].cap && !d.in(p, wcDeterminer) && !d.in(p, wcPossPronoun) && d.toks[p].quote == 0 {
		p-- // "his fierce criticism of"
	}
	if p < s.ts || d.toks[p].quote != 0 {
		return false
	}
	switch {
	case d.toks[p].kind == tkPoss:
		b := d.npBack(p-1, s.ts)
		if b < 0 {
			return false
		}
		for i := p - 2; i >= b; i-- {
			if d.word(i) && !d.toks[i].cap && !d.in(i, wcDeterminer) {
				b = i + 1 // "cheered Clinton’s attacks": the verb is no part of it
				break
			}
		}
		a.srcS, a.srcE, a.coreE = b, p+1, p
	case d.is(p, "his") || d.is(p, "her") || d.is(p, "their"):
		a.srcS, a.srcE, a.coreE = p, p+1, p+1
		if p > s.ts && d.word(p-1) && !d.toks[p-1].cap && !possPronounPreps[d.lw(p-1)] {
			// "Sanders toned down his criticism of …": the pronoun
			// follows the clause's verb, and PolNeAR marks the
			// clause's subject.
			if st, ne := f.subject(s, p); st >= 0 && ne <= p-1 && f.sameClause(ne, p) {
				a.srcS, a.srcE, a.coreE = st, f.appositionAhead(ne, p), ne
			}
		}
	default:
		return false
	}
	return true
}

// possNounPreps end a possessed reporting noun's cue: "attacks on",
// "opposition to", "calls for".
var possNounPreps = setOf("on about of against for over to")

// possPronounPreps before a possessive pronoun put the reporting noun in
// a phrase of its own ("merciless in his attacks on"), where PolNeAR
// marks the pronoun as the source.
var possPronounPreps = setOf("in with of for by on about to from at over against beyond including after before during despite amid into and or but than as")

// sameClause says whether no clause boundary (a comma, a semicolon,
// "and", a subordinator or a relative word) stands between tokens i and j: the subject found
// before i is then the subject of the verb before j.
func (f *finder) sameClause(i, j int) bool {
	d := f.d
	for k := i; k < j; k++ {
		if d.is(k, ",") || d.is(k, ";") || d.word(k) && (d.in(k, wcSubordinator) || d.in(k, wcRelWord) || d.is(k, "and")) {
			return false
		}
	}
	return true
}
