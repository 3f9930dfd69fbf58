package extract

import "strings"

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

// forStance are the stance nouns whose "for" phrase is their object:
// PolNeAR train marks "advocate(s) for" 3 times and no other stance noun
// before "for"; "a critic for the Chronicle", "a defender for the
// Giants" name an employer or a team.
var forStance = setOf("advocate advocates proponent proponents")

// roleStance are the stance nouns that also name a trade or a position
// ("film critic", "public defender", "baseball fan"); after a noun
// modifier they name it, not a stance. Train's noun modifiers before
// the other stance nouns are stances ("celebrity supporters of").
var roleStance = setOf("critic critics defender defenders fan fans")

// stanceModifier says whether w, right before a stance noun, may
// modify it as a stance does: a determiner, a degree word or an
// adjective by its form or one of those train shows ("strong" 6,
// "big" 3, "fierce" 2, "staunch" 2, "early" 2, "longtime" 1).
func stanceModifier(w string) bool {
	if determiners[w] || stanceFiller[w] || aboutDegrees[w] || lyAdverb(w) || lyAdjectives[w] || adjectiveLike(w) || stanceAdjectives[w] {
		return true
	}
	for _, suf := range [...]string{"ed", "en", "ing", "est", "ate", "ful", "id"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true // "dogged", "outspoken", "leading", "earliest", "passionate", "rabid"
		}
	}
	return false
}

var stanceAdjectives = setOf("strong big fierce staunch longtime new former past secret loyal harsh firm true avid key top major great huge fellow")

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
	if !f.sentHas(si, wcStanceNoun) {
		return
	}
	d := f.d
	s := f.sents[si]
	for k := s.ts + 2; k+1 < s.te; k++ {
		h := k - 1
		// The noun's class bit first: one load rules out most tokens.
		if !d.in(h, wcStanceNoun) || !(d.is(k, "of") || d.is(k, "for") && forStance[d.lw(h)]) || d.toks[h].cap || d.toks[k].quote != 0 || d.toks[h].quote != 0 {
			continue
		}
		if roleStance[d.lw(h)] && d.word(h-1) && !d.toks[h-1].cap && !stanceModifier(d.lw(h-1)) {
			continue // "a film critic of", "a title defender": a trade, not a stance
		}
		c := f.stanceCopula(h, s)
		if c < 0 || f.cueOwner(si, k, n0) != nil || f.cueOwner(si, h, n0) != nil || f.cueOwner(si, c, n0) != nil || f.inContent(k, n0) {
			continue
		}
		a, ok := f.stanceHolder(si, c, k+1, s)
		if !ok || a.srcS < 0 || a.srcE == a.srcS+1 && (d.is(a.srcS, "it") || d.is(a.srcS, "there")) {
			continue // "It is the critics of the plan who …": a cleft, no holder
		}
		sp, end, ok := f.attitudeObject(&a, k+1, s)
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = end, s.te
		f.attrs = append(f.attrs, a)
	}
}

// stanceHolder opens the attribution of a stance cue [c, e) in sentence
// si: the cue takes in the auxiliaries, negations and adverbs before it
// ("has long been a critic of") and the contracted "has" after a pronoun
// ("he’s been a critic of"), and the subject the main layout would read
// holds the stance. A perceived subject ("saw Ruiz voting in favor of")
// or one after the cue ("Leading the effort are backers of …") is none.
func (f *finder) stanceHolder(si, c, e int, s sent) (attr, bool) {
	d := f.d
	a := attr{cueS: c, cueE: e, sent: si, srcS: -1, inherit: -1, conf: 0.5}
	for a.cueS-1 > s.ts && d.word(a.cueS-1) && d.toks[a.cueS-1].quote == 0 && attitudeLead(d, a.cueS-1) {
		a.cueS--
	}
	if p := a.cueS - 1; p > s.ts && d.toks[p].kind == tkPoss && d.in(p-1, wcPronoun) {
		a.cueS = p
	}
	a.entry = cueEntry{Type: CueThought, Count: 10, Prec: 0.6}
	if !f.aboutSource(&a, s, false) || f.perceivedHolder(&a, s) || isGerund(d.lw(a.srcS)) {
		return attr{}, false
	}
	return a, true
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
			if d.word(j-1) && d.in(j-1, wcPronoun) && j+1 < h && (d.is(j+1, "been") || d.in(j+1, wcDeterminer)) {
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
		case (w == "and" || w == "or") && j+1 < h && !d.toks[j+1].cap && d.word(j-1) && !d.toks[j-1].cap && !d.in(j-1, wcNPStop) && !d.in(j-1, wcAuxVerb):
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
// (the layout adds 7, of which 6 pair); after a noun ("a petition in
// favor of") or a time phrase ("found this spring in favor of") about 4
// of 10, left out.
//
// A switch: it runs at every "in … of".
func stanceSide(w string) bool {
	switch w {
	case "favor", "favour", "support":
		return true
	}
	return false
}

// sideVerbs are the verbs of such a phrase besides forms of "be": "come
// out in support of", "spoke out in favor of", "unite in support of",
// "argued in favor of". On PolNeAR train 10 of the 14 such phrases are
// marked (voted 4 of 4, voting 1 of 2, come/spoke out 3 of 5, unite 1
// of 2, argued 1 of 1);
// other past tenses are mostly the participle of a passive or a reduced
// relative ("was dropped in favor of", "troops deployed in support of",
// "ruled in favor of" by a court), held by no one.
var sideVerbs = setOf("come comes coming came speak speaks speaking spoke spoken vote votes voted voting unite unites united uniting argue argues argued arguing")

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
	for _, o := range d.scanned(swOf, s.ts+3, s.te-1) {
		k := int(o) - 2
		if !d.is(k, "in") || !stanceSide(d.lw(k+1)) || d.toks[k].quote != 0 || d.toks[k+2].quote != 0 {
			continue
		}
		v := f.stanceVerb(k, s)
		if v < 0 || f.cueOwner(si, v, n0) != nil || f.cueOwner(si, k+2, n0) != nil || f.inContent(k, n0) {
			continue
		}
		a, ok := f.stanceHolder(si, v, k+3, s)
		if !ok || f.negatedCue(a.cueS, v) || d.inLex(v, lcBeWord) && !f.viewHolder(a, s) {
			continue
		}
		// The object as the noun-phrase layout reads it: a name ends at
		// its apposition ("in support of Cruz, the party's choice").
		sp, end, ok := f.npObjectSpan(k+3, s, a.srcE == a.srcS+1 && d.in(a.srcS, wcRelWord))
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = end, s.te
		f.attrs = append(f.attrs, a)
	}
}

// stanceVerb returns the verb right before the "in" at k, over a particle
// or an adverb ("spoke out in favor of", "is openly in favor of"), or -1.
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
	switch {
	case beWords[w]:
		if w == "be" || w == "being" {
			return -1
		}
		return v
	case sideVerbs[w]:
		p := v - 1
		if p > s.ts && d.word(p) && lyAdverb(d.lw(p)) {
			p--
		}
		if !strings.HasSuffix(w, "ing") && d.word(p) && d.in(p, wcBeForm) {
			return -1 // a passive: "the levy was voted in favor of"
		}
		return v
	}
	return -1
}

// negatedCue says whether a negation stands in the cue's lead [a, v):
// "haven’t come out in support of" is no stance taken, as negated
// thought verbs are seldom marked (thoughtClauseCue).
func (f *finder) negatedCue(a, v int) bool {
	d := f.d
	for i := a; i < v; i++ {
		if w := d.lw(i); negations[w] || negatedAux(w) {
			return true
		}
	}
	return false
}

// viewHolder says whether the source of a can hold a view, as the
// subject of "is in favor of" must: a name, a pronoun or a learned
// source head, not "the odds" or "momentum".
func (f *finder) viewHolder(a attr, s sent) bool {
	d := f.d
	h := a.srcE - 1
	if a.coreE > a.srcS {
		h = a.coreE - 1
	}
	if h < a.srcS || !d.word(h) {
		return false
	}
	w := d.lw(h)
	return pronouns[w] || relWords[w] || knownHead(w) || d.toks[h].cap && (h > s.ts || d.toks[h+1].cap)
}
