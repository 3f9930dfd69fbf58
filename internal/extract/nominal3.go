package extract

// Voiced nouns with a that-clause: "expressed concern that the plan
// would fail", "voiced confidence that …", "made the case that …",
// "floated the idea that …". PolNeAR marks the verb's subject as the
// source and the that-clause, "that" included, as the content, as for
// the voiced nouns' prepositional frames (nominal.go). On PolNeAR train
// a shown attitude before "that" is marked 10 times in 12 outside
// other layouts' readings, a pressed claim 11 in 15; "repeated" and
// "rejected"/"dismissed" are left out (the claim is another's, or is
// marked 1 time in 4), as are "possibility" and "prospect" ("raised the
// possibility that": 0 of 2).

// shownNouns are the attitudes a show verb gives its subject.
var shownNouns = setOf("concern concerns doubt doubts skepticism scepticism confidence alarm amusement remorse regret regrets optimism pessimism hope hopes fear fears worry worries frustration dismay disappointment satisfaction surprise relief certainty")

// showVerbs show an attitude noun: "expressed", "voiced", "raised".
var showVerbs = setOf("expressed express expresses expressing voiced voice voices voicing raised raise raises raising")

// pressedNouns are the claims a press verb puts forward.
var pressedNouns = setOf("case suggestion charge charges point observation argument assertion accusation accusations allegation allegations idea notion theory")

// pressVerbs put forward a pressed noun: "made the case", "pressing
// the argument", "floated the idea", "leveled charges".
var pressVerbs = setOf("made make makes making press presses pressed pressing push pushes pushed pushing float floats floated floating advance advances advanced advancing level levels leveled levelled leveling")

// heldThatNouns are the attitudes a clause's subject acts on: "in the
// hope that …", "under the belief that …", "on the assumption that …".
// PolNeAR marks the clause's subject as the source and the that-clause
// as the content; on PolNeAR train 4 of the 5 such phrases outside
// quotations that no other layout read are marked.
var heldThatNouns = setOf("hope hopes belief assumption")

// voicedThat reads "V (det/modifiers) N that …" at noun k, the noun a
// shown or pressed one, or "in/under/on (the) N that …", the noun a held
// one, and appends the attribution.
func (f *finder) voicedThat(k int, s sent, si int) {
	f.voicedThatAt(k, k+1, s, si)
}

// voicedThatAt is voicedThat with the "that" at t, after the noun at k
// or after a hearer or a span of time (nounHearerThat).
func (f *finder) voicedThatAt(k, t int, s sent, si int) {
	d := f.d
	w := d.lw(k)
	shown, pressed := shownNouns[w], pressedNouns[w]
	if t+1 >= s.te {
		return
	}
	if d.relativeThat(t) || !f.thatClause(t, s) {
		return // "raised concerns that were …": a relative clause
	}
	if heldThatNouns[w] && f.heldThat(k, s, si) || !shown && !pressed {
		return
	}
	j := k - 1
	for n := 0; n < 3 && j > s.ts && d.word(j) && !d.toks[j].cap && d.toks[j].quote == 0 && !showVerbs[d.lw(j)] && !pressVerbs[d.lw(j)] && (!d.in(j, wcNPStop) || d.in(j, wcDeterminer)); n++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 || !(shown && showVerbs[d.lw(j)] || pressed && pressVerbs[d.lw(j)]) {
		return
	}
	if f.cueTaken(j, t+1) {
		if t == k+1 {
			f.recueShown(j, k, t)
		} else {
			f.recueHearer(j, k, t)
		}
		return
	}
	sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
	if !ok {
		return
	}
	a := attr{cueS: j, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.5}
	a.entry = cueEntry{Type: CueSpeech, Prec: 0.5}
	if shown {
		a.entry.Type = CueThought
	}
	if !f.npSource(&a, s) {
		return
	}
	if a.inherit < 0 && !d.headOK(a.coreE-1) && !d.in(a.srcS, wcRelWord) {
		// "The ruling raised doubts that …": a thing, not a holder.
		a.srcS, a.srcE, a.coreE = -1, -1, -1
	}
	a.setPlainContent(sp)
	f.attrs = append(f.attrs, a)
}

// recueShown moves the noun of "expressed doubt that …" into the cue of
// a reading that took the bare verb at v as its cue and the noun phrase
// through the clause as its content: PolNeAR marks the clause alone as
// the content there, as voicedThat does (10 times in 11 on train for
// the shown nouns). The learned lexicon knows the pairs train has shown
// ("expressed alarm"); this reads the others the same way.
func (f *finder) recueShown(v, k, t int) {
	d := f.d
	st := int(d.toks[v+1].s)
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueE != v+1 || len(a.frags) == 0 || a.frags[0][0] != st || a.frags[0][1] <= int(d.toks[t].e) {
			continue
		}
		a.cueE = k + 1
		a.frags[0][0] = int(d.toks[t].s)
		return
	}
}

// A hearer or a span of time may stand between a shown or pressed noun
// and its that-clause: "made the case to voters that …", "has been
// making the case for weeks that …", "expressed concern to reporters
// that …". PolNeAR marks the that-clause as the content, as right after
// the noun: on PolNeAR train 8 such phrases are marked in 8, where the
// other layouts read none or took the hearer into the content.

// hearerMax bounds the hearer's phrase: "to Democrats gathered in
// Philadelphia for their national convention".
const hearerMax = 10

// nounHearerThat returns the "that" opening a that-clause after the "to"
// hearer or "for" span of time at k+1 after noun k, or -1. The hearer
// is words without punctuation or quotation, no "that" among them.
func (f *finder) nounHearerThat(k int, s sent) int {
	d := f.d
	p := k + 1
	var t int
	switch {
	case d.is(p, "for"):
		t = d.duration(p)
		if t == p {
			return -1
		}
	case d.is(p, "to"):
		t = p + 1
		for t < s.te && t-p <= hearerMax && d.word(t) && d.toks[t].quote == 0 && !d.is(t, "that") {
			t++
		}
		if t == p+1 || d.word(p+1) && auxVerbs[d.lw(p+1)] {
			return -1
		}
	default:
		return -1
	}
	if t+2 >= s.te || !d.is(t, "that") || d.toks[t].quote != 0 || d.relativeThat(t) || f.relativePresent(t) || !f.thatClause(t, s) {
		return -1
	}
	return t
}

// relativePresent says whether the "that" at t opens a relative clause
// with a present verb and its object ("to a group that supports the
// plan"): an -s word then a determiner.
func (f *finder) relativePresent(t int) bool {
	d := f.d
	return d.word(t+1) && !d.toks[t+1].cap && sForm(d.lw(t+1)) && d.in(t+2, wcDeterminer)
}

// recueHearer moves the content of a reading that took the verb at v
// (with or without its noun) as its cue and the hearer after the noun at
// k into its content to the that-clause at t, the noun into the cue.
func (f *finder) recueHearer(v, k, t int) {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS > k || a.cueE <= v || a.cueE > k+2 || len(a.frags) == 0 || a.frags[0][0] < int(d.toks[a.cueE].s) || a.frags[0][0] >= int(d.toks[t].s) || a.frags[0][1] <= int(d.toks[t].e) {
			continue
		}
		a.cueE = max(a.cueE, k+1)
		a.frags[0][0] = int(d.toks[t].s)
		return
	}
}

// Possessed claims predicated with a that-clause: "Rubio's answer was
// that …", "Their fear is that …", "His message long has been that …".
// PolNeAR marks the possessor (with its "’s") as the source, the noun
// through the copula as the cue and the that-clause as the content. On
// PolNeAR train a possessed noun of what one says or thinks before
// "is/was that" is marked 9 times in 11; nouns of a plan, an asset or a
// problem ("his biggest problem is that", "her appeal is that") name no
// report, and are left out.
var copularClaimNouns = setOf("answer answers response reply suggestion suggestions fear fears worry message point points claim claims contention argument arguments assertion view belief hope hopes impression refrain complaint complaints warning insistence position stance thinking theory reasoning")

// copularFill may stand between the noun and its copula: "long has
// been", "has always been", "was simply".
var copularFill = setOf("long has had have always also now still been")

// possessedCopulas adds the attributions of possessed claims predicated
// with a that-clause.
func (f *finder) possessedCopulas() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		// From each "that" back, where the noun first would cost a
		// look-up per word.
		for _, t := range d.scanned(swThat, s.ts+3, s.te) {
			t := int(t)
			if d.toks[t].quote != 0 {
				continue
			}
			k := f.copularClaimAt(t, s)
			if k < 0 || !f.thatClause(t, s) || f.cueTaken(k, t) || f.inContent(k, n0) {
				continue
			}
			// The possessor, over up to two lowercase modifiers ("Podliska's
			// most explosive claim").
			p := k - 1
			for n := 0; n < 2 && p > s.ts && d.word(p) && !d.toks[p].cap && d.toks[p].quote == 0 && !d.in(p, wcPossPronoun) && !d.in(p, wcNPStop) && !d.in(p, wcDeterminer); n++ {
				p--
			}
			if p < s.ts || d.toks[p].quote != 0 {
				continue
			}
			a := attr{cueS: k, cueE: t, sent: si, srcS: -1, inherit: -1, conf: 0.5}
			a.entry = cueEntry{Type: CueSpeech, Prec: 0.5}
			switch {
			case d.toks[p].kind == tkPoss:
				b := d.npBack(p-1, s.ts)
				if b < 0 {
					continue
				}
				a.srcS, a.srcE, a.coreE = b, p+1, p
			case d.in(p, wcPossPronoun) && !d.is(p, "its"):
				a.srcS, a.srcE, a.coreE = p, p+1, p+1
			default:
				continue
			}
			sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
			if !ok {
				continue
			}
			a.setPlainContent(sp)
			f.attrs = append(f.attrs, a)
		}
	}
}

// copularClaimAt finds the claim noun whose copula stands right before
// the "that" at t, over up to three fillers ("Her point was that",
// "His message long has been that"). It returns the noun, or -1.
func (f *finder) copularClaimAt(t int, s sent) int {
	d := f.d
	c := t - 1
	if !(d.is(c, "is") || d.is(c, "was") || d.is(c, "are") || d.is(c, "were") || d.is(c, "been")) {
		return -1
	}
	k := c - 1
	if d.is(c, "been") {
		k = c // "been" is a filler too: at least one stands after the noun
	}
	for n := 0; n < 3 && k > s.ts && d.word(k) && copularFill[d.lw(k)]; n++ {
		k--
	}
	if k <= s.ts || k >= c || k+3 >= s.te || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !copularClaimNouns[d.lw(k)] {
		return -1
	}
	return k
}

// Existential attitudes with a that-clause: "there is widespread
// agreement that …", "there were numerous complaints that …", "there’s
// no doubt that …". PolNeAR marks the that-clause as the content of an
// attribution with no source. On PolNeAR train such a phrase outside
// quotations is marked 9 times in 9 with these nouns; inside a
// quotation ("“There is no doubt that …,” he said") the speaker's own
// words are not marked again, and "evidence" and "indication" name a
// fact, not an attitude (0 of 14).
var existentialNouns = setOf("doubt doubts concern concerns fear fears speculation agreement consensus sense recognition belief hope hopes worry worries talk suspicion suspicions complaint complaints optimism skepticism scepticism confidence feeling expectation expectations")

// existentialFill may stand between the copula and the noun: "no",
// "little", "widespread", "growing".
func existentialFill(d *doc, i int) bool {
	return d.word(i) && !d.toks[i].cap && d.toks[i].quote == 0 && (d.in(i, wcDeterminer) || adjectiveLike(d.lw(i)) || lyAdverb(d.lw(i)) || existentialMods[d.lw(i)])
}

var existentialMods = setOf("no little much widespread broad growing numerous some new real deep general wide strong")

// existentialAttitudes adds the attributions of existential attitudes
// no other layout read.
func (f *finder) existentialAttitudes() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for _, k := range d.scanned(swThere, s.ts, s.te-4) {
			k := int(k)
			if d.toks[k].quote != 0 {
				continue
			}
			c := k + 1
			if (d.is(c, "has") || d.is(c, "have")) && d.is(c+1, "been") {
				c++ // "there has been"
			} else if !(d.in(c, wcBeForm) || d.toks[c].kind == tkPoss) || d.is(c, "be") || d.is(c, "been") || d.is(c, "being") {
				continue
			}
			n := c + 1
			for m := 0; m < 2 && n < s.te && !existentialNouns[d.lw(n)] && existentialFill(d, n); m++ {
				n++
			}
			t := n + 1
			if t+1 >= s.te || !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 || !existentialNouns[d.lw(n)] || !d.is(t, "that") || !f.thatClause(t, s) {
				continue
			}
			if d.relativeThat(t) {
				continue
			}
			if f.cueTaken(k, t+1) || f.inContent(k, n0) {
				continue
			}
			f.addUnsourced(k, n+1, t, si, CueThought)
		}
	}
}

// Unowned report nouns with a that-clause: "because of fears that …",
// "including allegations that …", "stoked speculation that …".
// PolNeAR marks the that-clause as the content, most often with no
// source. A possessed noun is the possessive layout's, a voiced one
// voicedThat's; after a verb of answering or dismissing ("responded to
// accusations that", "rejected rumors that") the claim is another's,
// seldom marked.
var bareThatNouns = setOf("fears concerns allegations speculation rumors rumours complaints suggestion suggestions criticism accusations warnings worries assertion assertions admission acknowledgment acknowledgement")

// answerVerbs answer or dismiss the claim of the noun after them.
var answerVerbs = setOf("respond responds responded responding dismiss dismissed dismisses dismissing reject rejected rejects rejecting deny denied denies denying refute refuted refuting rebut rebutted rebuffed counter countered address addressed addressing assuage assuaged downplay downplayed denounce denounced repeat repeated repeating repeats answer answered about to with against")

// bareThats adds the attributions of unowned report nouns no other
// layout read.
func (f *finder) bareThats() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for _, t := range d.scanned(swThat, s.ts+1, s.te-1) {
			t := int(t)
			k := t - 1
			if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !bareThatNouns[d.lw(k)] {
				continue
			}
			if d.relativeThat(t) || !f.thatClause(t, s) {
				continue
			}
			// The words before the noun: its modifiers, then what holds it.
			p := k - 1
			for p > s.ts && d.word(p) && !d.toks[p].cap && d.toks[p].quote == 0 && (adjectiveLike(d.lw(p)) || lyAdverb(d.lw(p)) || existentialMods[d.lw(p)]) && !answerVerbs[d.lw(p)] {
				p--
			}
			if p >= s.ts && (d.toks[p].kind == tkPoss || d.in(p, wcPossPronoun) || answerVerbs[d.lw(p)] || d.toks[p].quote != 0) {
				continue
			}
			if p > s.ts && d.in(p, wcDeterminer) && answerVerbs[d.lw(p-1)] {
				continue // "rejected the suggestion that"
			}
			if f.cueTaken(k, t+1) || f.inContent(k, n0) || f.contentAt(int(d.toks[t].s)) {
				continue
			}
			f.addUnsourced(k, t, t, si, CueSpeech)
		}
	}
}

// relativeThat says whether the "that" at t opens a relative clause
// rather than a reported one: a past form or an auxiliary follows it
// ("concerns that were raised").
func (d *doc) relativeThat(t int) bool {
	w := d.lw(t + 1)
	return d.word(t+1) && !d.toks[t+1].cap && (isPast(w) || auxVerbs[w])
}

// addUnsourced appends an attribution with cue tokens [cueS, cueE), no
// source, and the that-clause at t of sentence si as its content.
func (f *finder) addUnsourced(cueS, cueE, t, si int, typ CueType) {
	s := f.sents[si]
	sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
	if !ok {
		return
	}
	a := attr{cueS: cueS, cueE: cueE, sent: si, srcS: -1, srcE: -1, coreE: -1, inherit: -1, conf: 0.5}
	a.entry = cueEntry{Type: typ, Prec: 0.5}
	a.setPlainContent(sp)
	f.attrs = append(f.attrs, a)
}

// contentAt says whether an attribution's content starts at offset p.
func (f *finder) contentAt(p int) bool {
	for i := range f.attrs {
		if fr := f.attrs[i].frags; len(fr) > 0 && fr[0][0] == p {
			return true
		}
	}
	return false
}

// heldThat reads "in/under/on (the) N that …" at noun k; it says whether
// it appended the attribution.
func (f *finder) heldThat(k int, s sent, si int) bool {
	d := f.d
	j := k - 1
	if d.is(j, "the") {
		j--
	}
	if j <= s.ts || !(d.is(j, "in") || d.is(j, "under") || d.is(j, "on")) || d.toks[j].quote != 0 || d.is(j, "on") && !d.is(j+1, "the") {
		return false
	}
	t := k + 1
	if f.cueTaken(j, t+1) {
		return false
	}
	sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
	if !ok {
		return false
	}
	a := attr{cueS: j, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.5}
	a.entry = cueEntry{Type: CueThought, Prec: 0.5}
	// The clause's subject, as for a participle after a comma ("…,
	// some under the belief that"): the verb before the phrase is its.
	st, ne := f.subject(s, j)
	if q := j - 1; q > s.ts && d.is(q-1, ",") && d.word(q) && absoluteQuantifiers[d.lw(q)] {
		st, ne = q, j // "volunteered, some under the belief that": the quantifier holds it
	}
	if st < 0 || ne > j {
		return false
	}
	a.srcS, a.srcE, a.coreE = st, f.appositionAhead(ne, j), ne
	a.setPlainContent(sp)
	f.attrs = append(f.attrs, a)
	return true
}

// absoluteQuantifiers open an absolute phrase after a comma that names
// part of the clause's subject: "…, some under the belief that".
var absoluteQuantifiers = setOf("some many most others few several all both")

// thatClause says whether the "that" at t opens a clause of at least
// three words, not a demonstrative: "complaints that day", "her reply
// was that of a diplomat", "the answer was that simple".
func (f *finder) thatClause(t int, s sent) bool {
	d := f.d
	n := t + 1
	if n >= s.te || d.word(n) && (d.in(n, wcTimeNoun) || d.is(n, "of") || d.is(n, "much") || d.is(n, "many") || d.is(n, "far")) {
		return false
	}
	// A comma or a quotation may open the clause: "that, from his point
	// of view, …", "that “the family is …”".
	return f.words(n, f.contentEnd(t, s.te)) >= 3
}

// possThatNouns are report nouns whose possessor says what their
// that-clause holds: "his contention that …", "the agency's assurances
// that …". The learned lexicon reads the commonest; these are read
// whatever it holds.
var possThatNouns = setOf("claim claims assertion assertions contention insistence argument suggestion accusation accusations allegation allegations remark statement statements complaint complaints warning warnings assurance assurances conclusion denial admission acknowledgment acknowledgement")

// possessedThats adds the attributions of possessed report nouns with a
// that-clause no other layout read.
func (f *finder) possessedThats() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for _, t := range d.scanned(swThat, s.ts+2, s.te-2) {
			t := int(t)
			k := t - 1
			if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !possThatNouns[d.lw(k)] || !f.thatClause(t, s) {
				continue
			}
			if d.relativeThat(t) {
				continue
			}
			if f.cueTaken(k, t) || f.inContent(k, n0) {
				continue
			}
			a := attr{cueS: k, cueE: t, sent: si, srcS: -1, inherit: -1, conf: 0.5}
			a.entry = cueEntry{Type: CueSpeech, Prec: 0.5}
			if !f.possessive(&a, s) {
				continue
			}
			f.ownedNounSubject(&a, s)
			f.attrs = append(f.attrs, a)
		}
	}
}
