package extract

// Stance nouns predicated of their holder: "the senator is a fierce
// critic of the levy", "the union has been a loyal backer of the
// mayor", "they were supporters of the plan". PolNeAR marks the copula
// through the preposition as the cue ("has been a fierce critic of"),
// the subject as the source and the object as the content, as for an
// attitude adjective (attitude.go).

// stanceNouns name a holder by the stance they take. On PolNeAR train,
// outside quotations, such a noun after a copula of its subject is
// marked 15 times in about 22; the readings it missed stood mostly
// inside another report's content, which the layout leaves alone
// ("she said he is a strong advocate for …"). "champion" and
// "opponent" are left out: their uses there were not marked ("cast
// herself as a champion of", 0 of 4).
var stanceNouns = setOf("supporter supporters critic critics proponent proponents advocate advocates defender defenders backer backers fan fans")

// stanceFiller are the words that may stand between the copula and the
// noun besides modifiers: "is no fan of", "was one of the earliest
// supporters of", "were among the most vocal critics of".
var stanceFiller = setOf("no of among") // "perhaps": no train case

// stanceObjects adds the attributions of stance nouns after a copula no
// other layout read. It runs after attitudeObjects and shares its
// readers.
func (f *finder) stanceObjects() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.stanceSentence(si, n0)
	}
}

func (f *finder) stanceSentence(si, n0 int) {
	d := f.d
	s := f.sents[si]
	for k := s.ts + 2; k+1 < s.te; k++ {
		h := k - 1
		// The noun's class bit first: one load rules out most tokens.
		if !d.in(h, wcStanceNoun) || !(d.is(k, "of") || d.is(k, "for")) || d.toks[h].cap || d.toks[k].quote != 0 || d.toks[h].quote != 0 {
			continue
		}
		c := f.stanceCopula(h, s)
		if c < 0 || f.cueOwner(si, k, n0) != nil || f.cueOwner(si, h, n0) != nil || f.cueOwner(si, c, n0) != nil || f.inContent(k, n0) {
			continue
		}
		a := attr{cueS: c, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.5}
		for a.cueS-1 > s.ts && d.word(a.cueS-1) && d.toks[a.cueS-1].quote == 0 && attitudeLead(d, a.cueS-1) {
			a.cueS-- // "has long been a critic of"
		}
		if p := a.cueS - 1; p > s.ts && d.toks[p].kind == tkPoss && pronouns[d.lw(p-1)] {
			a.cueS = p // "he’s been a critic of": the contracted "has"
		}
		a.entry = cueEntry{Type: CueThought, Count: 10, Prec: 0.6}
		if !f.aboutSource(&a, s, false) || f.perceivedHolder(&a, s) || isGerund(d.lw(a.srcS)) {
			continue // "Leading the effort are backers of …": the subject follows
		}
		sp, end, ok := f.aboutContent(k+1, s)
		if !ok {
			continue
		}
		rel := a.srcE == a.srcS+1 && relWords[d.lw(a.srcS)]
		if e := f.attitudeObjectEnd(k+1, end, rel); e < end {
			if sp, ok = f.npSpan(k+1, e); !ok {
				continue
			}
			end = e
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = end, s.te
		f.attrs = append(f.attrs, a)
	}
}

// stanceCopula returns the copula that predicates the stance noun at h
// of a subject, over the determiners and modifiers between ("is an
// outspoken critic", "’s been a loyal backer"), or -1. "be" and "being"
// are left out: "would be a strong advocate" is a forecast.
func (f *finder) stanceCopula(h int, s sent) int {
	d := f.d
	for j := h - 1; j > s.ts && h-j <= 8; j-- {
		t := &d.toks[j]
		if t.quote != 0 {
			return -1
		}
		if t.kind == tkPoss {
			if d.word(j-1) && pronouns[d.lw(j-1)] && j+1 < h && (d.is(j+1, "been") || determiners[d.lw(j+1)]) {
				return j // "he’s a critic of", "she’s been a backer of"
			}
			continue // "the party’s most vocal critic"
		}
		if !d.word(j) {
			return -1
		}
		w := d.lw(j)
		switch {
		case beWords[w]:
			if w == "be" || w == "being" {
				return -1
			}
			return j
		case determiners[w] || stanceFiller[w] || t.cap || lyAdverb(w) || aboutDegrees[w]:
		case (w == "and" || w == "or") && j+1 < h && !d.toks[j+1].cap && d.word(j-1) && !d.toks[j-1].cap && !npStop[d.lw(j-1)] && !auxVerbs[d.lw(j-1)]:
			// "the earliest and most vocal critics of"
		case npStop[w] || auxVerbs[w] || whWords[w] || relWords[w] || clauseSubs[w] || pronouns[w] || isGerund(w):
			return -1
		}
	}
	return -1
}

// stanceSide says whether w is the noun of "in favor of" or "in support
// of", whose object PolNeAR marks as the content of the stance of the
// verb's subject: "the council voted in favor of the levy", "she came out in
// support of the mayor". On PolNeAR train, outside other reports'
// contents, about 8 of the 9 such phrases right after a verb are marked
// (the layout adds 7, of which 6 pair); after a noun ("the odds in
// favor of", "declarations in support of") or a time ("ruled last July
// in favor of") about 4 of 10, left out.
//
// A switch: it runs at every "in … of".
func stanceSide(w string) bool {
	switch w {
	case "favor", "favour", "support":
		return true
	}
	return false
}

// sideVerbs are the verbs of such a phrase on train besides past tenses
// and forms of "be": "come out in support of", "spoke out in favor of",
// "unite in support of".
var sideVerbs = setOf("come comes coming came speak speaks speaking spoke spoken vote votes voting unite unites uniting")

// stanceSideObjects adds the attributions of "in favor of" and "in
// support of" after a verb no other layout read.
func (f *finder) stanceSideObjects() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.stanceSideSentence(si, n0)
	}
}

func (f *finder) stanceSideSentence(si, n0 int) {
	d := f.d
	s := f.sents[si]
	for k := s.ts + 1; k+3 < s.te; k++ {
		if !d.is(k, "in") || !d.is(k+2, "of") || !stanceSide(d.lw(k+1)) || d.toks[k].quote != 0 || d.toks[k+2].quote != 0 {
			continue
		}
		v := f.stanceVerb(k, s)
		if v < 0 || f.cueOwner(si, v, n0) != nil || f.cueOwner(si, k+2, n0) != nil || f.inContent(k, n0) {
			continue
		}
		a := attr{cueS: v, cueE: k + 3, sent: si, srcS: -1, inherit: -1, conf: 0.5}
		for a.cueS-1 > s.ts && d.word(a.cueS-1) && d.toks[a.cueS-1].quote == 0 && attitudeLead(d, a.cueS-1) {
			a.cueS--
		}
		a.entry = cueEntry{Type: CueThought, Count: 10, Prec: 0.6}
		if !f.aboutSource(&a, s, false) || f.perceivedHolder(&a, s) || isGerund(d.lw(a.srcS)) {
			continue
		}
		// The object as the noun-phrase layout reads it: a name ends at
		// its apposition ("in support of Cruz, the party's choice").
		sp, end, ok := f.npObjectSpan(k+3, s, a.srcE == a.srcS+1 && relWords[d.lw(a.srcS)])
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = end, s.te
		f.attrs = append(f.attrs, a)
	}
}

// stanceVerb returns the verb right before the "in" at k, over a particle
// or an adverb ("spoke out in favor of", "was always in favor of"), or -1.
func (f *finder) stanceVerb(k int, s sent) int {
	d := f.d
	v := k - 1
	if v > s.ts && d.word(v) && (d.is(v, "out") || d.lw(v) == "always" || lyAdverb(d.lw(v))) {
		v--
	}
	if v <= s.ts || !d.word(v) || d.toks[v].quote != 0 {
		return -1
	}
	w := d.lw(v)
	if d.toks[v].cap && !sideVerbs[w] {
		return -1 // a name or a title word: "ruled last July in favor of"
	}
	if sideVerbs[w] || beWords[w] && w != "be" && w != "being" || isPast(w) {
		return v
	}
	return -1
}
