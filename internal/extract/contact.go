package extract

// comparatives open a comparative correlative clause, "The more voters
// learn …, the more they …", whose subject follows them.
var comparatives = setOf("more less fewer")

// contactClauseStart moves a mention starting at s past a determiner and
// a contact head (contactHeads) when a name or pronoun follows them
// inside the mention.
// The clause must be the cue's own: its subject runs straight into the
// cue (", a point Lee conceded"), or the phrase follows a comma after
// the content. In "The statement Lee released on Monday said …" the
// relative clause only modifies the noun, which is the subject of the
// cue. It returns the new start, or s.
func (f *finder) contactClauseStart(a *attr, s int) int {
	d := f.d
	if s < 0 || s+2 >= a.srcE || !d.word(s) || !(d.is(s, "a") || d.is(s, "an") || d.is(s, "the")) || !d.word(s+1) || d.toks[s+1].cap {
		return s
	}
	if !(contactHeads[d.lw(s+1)] || d.is(s, "the") && comparatives[d.lw(s+1)]) {
		return f.determinedContact(a, s)
	}
	n := s + 2
	if !(d.capWord(n) || d.word(n) && pronouns[d.lw(n)] && d.lw(n) != "who") || n >= f.mentionCut(a) {
		return s
	}
	if !f.cueAfterName(n, a.cueS) && !f.afterContent(a, s) {
		return s
	}
	return n
}

// cueAfterName says whether the name or pronoun at n runs into the cue
// at cue, over auxiliaries and an -ly adverb only ("Lee has now
// conceded").
func (f *finder) cueAfterName(n, cue int) bool {
	d := f.d
	k := n + 1
	if d.capWord(n) {
		for k < cue && (d.capWord(k) || d.toks[k].kind == tkPoss || d.is(k, ".") && d.capWord(k-1)) {
			k++
		}
	}
	if d.is(k, ",") {
		// an aside: "…, a point Lee, a Democrat, conceded"
		for k++; k < cue && !d.is(k, ","); k++ {
		}
		k++
	}
	for k < cue && d.word(k) && !d.toks[k].cap && (auxVerbs[d.lw(k)] || lyAdverb(d.lw(k))) {
		k++
	}
	return k == cue
}

// afterContent says whether the mention starting at s follows a comma
// that closes the content of a.
func (f *finder) afterContent(a *attr, s int) bool {
	d := f.d
	if s < 1 || !d.is(s-1, ",") || len(a.frags) == 0 {
		return false
	}
	return a.frags[len(a.frags)-1][1] <= int(d.toks[s-1].e)
}

// innerDeterminers open the subject of a contact clause after any head
// noun: "an offer the leaders rebuffed", "a plan their aides drafted".
// A phrase with its own determiner cannot be an apposition of the head
// the way a name can ("the news site Politico"), so the head needs no
// list.
var innerDeterminers = setOf("the a an his her their its our my")

// determinedContact moves a mention starting at the article s past its
// lower-case head words to a determined subject that runs straight into
// the cue, as PolNeAR marks the clause's subject: "an arrangement the
// campaign has criticized". It returns the new start, or s.
func (f *finder) determinedContact(a *attr, s int) int {
	d := f.d
	n := s + 1
	for n < a.srcE && d.word(n) && !d.toks[n].cap && d.toks[n].quote == 0 && !npStop[d.lw(n)] && !innerDeterminers[d.lw(n)] && !postPreps[d.lw(n)] && !determiners[d.lw(n)] && !pronouns[d.lw(n)] && !isGerund(d.lw(n)) {
		n++
	}
	if n == s+1 || n+1 >= a.srcE || !d.word(n) || !innerDeterminers[d.lw(n)] && !d.possessedName(n) {
		return s
	}
	k, common := n+1, false
	for k < a.cueS && (d.word(k) && !npStop[d.lw(k)] && !lyAdverb(d.lw(k)) || d.toks[k].kind == tkPoss) {
		common = common || d.word(k) && !d.toks[k].cap
		k++
	}
	if !common || d.toks[n].cap && innerDeterminers[d.lw(n)] {
		return s // "the news site the Hill": a name after its title
	}
	for k < a.cueS && d.word(k) && !d.toks[k].cap && (auxVerbs[d.lw(k)] || lyAdverb(d.lw(k))) {
		k++
	}
	if k != a.cueS || n >= f.mentionCut(a) {
		return s
	}
	return n
}

// possessedName says whether a name starting at n is a possessor
// ("Lee's aides", "Ann Lee's campaign"), which determines the phrase
// after it as an article would.
func (d *doc) possessedName(n int) bool {
	k := n
	for k < len(d.toks) && d.capWord(k) && k-n < 4 {
		k++
	}
	return k > n && k < len(d.toks) && d.toks[k].kind == tkPoss
}

// contactHeadContents makes the head phrase of a contact clause its
// content: in "The vote was close, a point Ann Bell conceded" PolNeAR
// marks "a point" as what Ann Bell conceded (14 of 14 such clauses on
// train), not the clause before the comma, which the layouts took as
// the content of an inverted report. The mention then starts at the
// clause's subject.
func (f *finder) contactHeadContents() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		s := a.srcS
		if s < 1 || a.srcE <= s || a.srcE > a.cueS || len(a.frags) == 0 || !(d.is(s-1, ",") || isDashTok(d, s-1)) {
			continue
		}
		if a.frags[len(a.frags)-1][1] > int(d.toks[s-1].s) {
			continue // the content is not the clause before the comma
		}
		n := f.contactClauseStart(a, s)
		if n <= s+1 {
			continue
		}
		e := n - 1
		for e > s && !d.word(e) {
			e--
		}
		a.frags = [][2]int{{int(d.toks[s].s), int(d.toks[e].e)}}
		a.srcS = n
	}
}
