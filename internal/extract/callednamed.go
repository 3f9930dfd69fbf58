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

// participleOnly are participles that have no finite reading ("a club
// known as …", "people seen as …"); asParticiples read as participles
// when "as" follows at once ("a think tank regarded as …", against
// "critics regarded the plan as …").
var (
	participleOnly = setOf("known seen")
	asParticiples  = setOf("regarded billed viewed touted")
)

// reducedRelative: "a secret club known as the Friends of Abe", "the
// hacker known as “Guccifer,” stated …", "a Clinton appointee
// considered a liberal": a participle right after the noun phrase, with
// no auxiliary, modifies the phrase; the phrase is named or judged, it
// does not speak (train: none of 14 such readings right). With an
// auxiliary ("she is seen as …") the cue takes it in and the source
// does not end at the participle.
func (f *finder) reducedRelative(a *attr) bool {
	d := f.d
	if a.srcS < 0 || a.srcE != a.cueS || a.srcE <= a.srcS || d.toks[a.cueS].cap || !d.word(a.cueS) {
		return false
	}
	if w := d.lw(a.srcE - 1); pronouns[pronounStem(w)] || w == "who" || w == "that" || w == "which" {
		return false // "we’ve seen": a clause; "who" heads one too
	}
	w := d.lw(a.cueS)
	switch {
	case d.inLex(a.cueS, lcParticipleOnly):
		return true
	case d.inLex(a.cueS, lcAsParticiple):
		return d.is(a.cueS+1, "as")
	case w == "considered":
		// "a Clinton appointee considered a liberal" names no object;
		// "One senator considered the vote a betrayal" is a finite
		// verb with its object.
		o := d.lw(a.cueE)
		object := d.word(a.cueE) && (d.in(a.cueE, wcDeterminer) && o != "a" && o != "an" || d.in(a.cueE, wcPossPronoun|wcPronoun))
		return a.cueE == a.cueS+1 && indefiniteHeads[d.lw(a.srcS)] && !object
	}
	return false
}
