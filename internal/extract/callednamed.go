package extract

// indefiniteHeads open a noun phrase that "called" may name rather than
// quote: "a super PAC called Future 45", "one PAC called Stop Brill".
var indefiniteHeads = setOf("a an one another")

// participialNaming: "A newly formed super PAC called Future 45 ran its
// first ads", "one PAC called Stop Hillary and another …": after an
// indefinite noun phrase, "called" and a name with no predicate after it
// is the participle of naming, not a report by the phrase (train: 4 of
// 4 such readings wrong). A predicate after the name keeps the report:
// "one lawmaker called Trump “the orange prince …”", "a spokesman called
// Lee a liar".
func (f *finder) participialNaming(a *attr) bool {
	d := f.d
	if a.srcS < 0 || a.srcE != a.cueS || a.cueE != a.cueS+1 || !d.is(a.cueS, "called") || !indefiniteHeads[d.lw(a.srcS)] || len(a.frags) == 0 {
		return false
	}
	k := a.cueE
	if k >= len(d.toks) || int(d.toks[k].s) != a.frags[0][0] || !d.capWord(k) {
		return false
	}
	e := k
	for e < len(d.toks) && e < k+5 && d.toks[e].quote == 0 && (d.capWord(e) || d.word(e) && (isNumberWord(d.lw(e)) || isDigits(d.lw(e)))) {
		e++
	}
	if e >= len(d.toks) || f.isOpen(e) || d.toks[e].quote != 0 || d.toks[e].kind == tkPoss {
		return false
	}
	if d.word(e) && (predDeterminers[d.lw(e)] || f.namingPredicate(e, len(d.toks))) {
		return false
	}
	return true
}
