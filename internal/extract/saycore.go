package extract

// askedAdverbs skips a time phrase or a manner adverb between "when
// asked" and its question ("when asked last month about …", "when asked
// Tuesday whether …", "when asked specifically what …"): PolNeAR's
// content starts at the question. It returns the first token after
// them, or k when the question does not follow within three words.
func (f *finder) askedAdverbs(k, end int) int {
	d := f.d
	j := k
	for j < end && j < k+3 && d.word(j) && d.toks[j].quote == 0 {
		w := d.lw(j)
		if !(isWeekday(w) || !d.toks[j].cap && (timeWords[w] || timeNouns[w] || lyAdverb(w) && !lyNouns[w])) {
			break
		}
		j++
	}
	if j > k && j < end && d.word(j) && askedTargets[d.lw(j)] {
		return j
	}
	return k
}

// dropWhenContent drops the one attribution that claims the question sp
// when its whole content is the "when asked …" clause starting at code
// point w: "“…” Trump told ITV in an interview when asked how …" and "when
// asked to leave, he refused" made the clause the content of "told" and
// "refused", where it is only circumstance (train: 2 such contents, one
// per half, neither gold). Any other claim keeps the question out.
func (f *finder) dropWhenContent(w int, sp [2]int) bool {
	hit := -1
	for i, a := range f.attrs {
		for _, fr := range a.frags {
			if fr[0] < sp[1] && sp[0] < fr[1] {
				if hit >= 0 || len(a.frags) != 1 || fr[0] != w {
					return false
				}
				hit = i
			}
		}
	}
	if hit < 0 {
		return false
	}
	if q := f.quoteBeforeSource(hit); q[1] > q[0] {
		// "“…?” Trump told ITV … when asked how …": the quotation before
		// the source is what was told.
		f.attrs[hit].frags = [][2]int{q}
		f.attrs[hit].strong = true
		return true
	}
	into := make([]int, len(f.attrs))
	for i := range into {
		into[i] = i
	}
	into[hit] = -1
	f.compactFrom(0, into) // remaps inherit
	return true
}

// narrativeNouns are what one tells rather than whom: "told a joke",
// "tells a different story".
var narrativeNouns = setOf("story stories tale tales joke jokes anecdote anecdotes")

// toldNarrative says whether the noun phrase at k after a tell-verb ends
// in a narrative noun within four words ("a slightly different tale",
// "one joke about Trump", "their family stories"): the phrase is the
// content, not the hearer. A second determiner ("the reporters a story")
// means a hearer came first.
func (f *finder) toldNarrative(k, end int) bool {
	d := f.d
	dets := 0
	for j := k; j < end && j < k+4 && d.word(j) && d.toks[j].quote == 0; j++ {
		w := d.lw(j)
		if narrativeNouns[w] {
			// Not a modifier ("the story editor", "the joke writers"),
			// and not "the story of …", whose content PolNeAR mostly
			// starts after "of" (train 4 of 5), as the hearer skip does.
			n := d.lw(j + 1)
			return !d.word(j+1) || d.toks[j+1].quote != 0 || n != "of" && (npStop[n] || venuePreps[n])
		}
		if determiners[w] {
			if dets++; dets > 1 {
				return false // "told the reporters a story": a hearer first
			}
		}
		if npStop[w] || venuePreps[w] || pronouns[w] || objectPronouns[w] || d.toks[j].cap {
			return false
		}
	}
	return false
}

// infSayVerbs report in an infinitive whose subject the clause supplies:
// "led Republicans to say that …", "struggled to explain why …".
var infSayVerbs = setOf("say tell argue explain insist warn suggest acknowledge")

// relInfHeads are pronouns of amount an infinitive modifies: "little to
// say", "nothing to explain", "much to tell".
var relInfHeads = setOf("little nothing much something anything more less plenty enough lot")

// infinitiveSay: a core reporting verb after "to" with a "that" or wh
// clause ("trying to tell the country that …", "only to tell Garland
// that …", "pressure on her to say whether …") that no catenative phrase
// of the lexicon took. The source is the object before "to" after a verb
// or "on" ("led Republicans to say"), else the clause's subject; an
// expletive subject ("it is too soon to say whether …") reports nothing.
func (f *finder) infinitiveSay(a *attr, s sent) bool {
	d := f.d
	k := a.cueS
	if k-2 < s.ts || !d.is(k-1, "to") || d.toks[k-1].quote != 0 || !infSayVerbs[d.lw(k)] || d.toks[k].cap {
		return false
	}
	if n, _ := d.cueMatch(k - 2); n >= 3 {
		return false // "refusing to acknowledge": the lexicon's phrase
	}
	a.cueE = k + 1 // "say that": the cue is the verb
	c := a.cueE
	if d.is(k, "tell") || d.is(k, "explain") {
		// the hearer: "tell Garland that", "explain to Clinton that"
		for i := c; i < s.te && i < c+5 && d.toks[i].quote == 0 && (d.word(i) || d.toks[i].kind == tkPoss); i++ {
			if d.is(i, "that") || d.in(i, wcWhWord) {
				c = i
				break
			}
		}
	}
	if c >= s.te || d.toks[c].quote != 0 || !(d.is(c, "that") || d.is(c, "whether") || d.is(c, "why") || d.is(c, "how")) {
		return false
	}
	if c == a.cueE && (d.is(k, "tell") || d.is(c, "that") && relInfHeads[d.lw(k-2)]) {
		// "a story to tell that nobody believed", "hard to tell whether",
		// "had little to say that was new": with no hearer "tell" means
		// make out, and after a pronoun of amount the infinitive
		// modifies it and "that" is a relative pronoun, not a clause.
		return false
	}
	b, e := -1, -1
	if nb := f.controlObject(k-2, s.ts); nb >= 0 {
		b, e = nb, k-1 // "led Republicans to say", "pressure on her to say"
	}
	if b < 0 && d.is(k-2, ",") && d.toks[k-2].quote == 0 {
		// "led Smith, the chair, to say": the object before an
		// apposition, which the source keeps. Any other phrase set off
		// there ("breaking with the chair, Jo Lee, to argue") leaves
		// the clause's subject.
		for p := k - 3; p > s.ts && p > k-12; p-- {
			if d.is(p, ",") {
				if nb := f.controlObject(p-1, s.ts); nb >= 0 {
					b, e = nb, k-2
				}
				break
			}
		}
	}
	if b < 0 {
		b, e = f.subject(s, k-1)
	}
	if b < 0 || e <= b || e > k-1 {
		return false
	}
	if w := d.lw(b); e == b+1 && (w == "it" || w == "that" || w == "this" || w == "there") {
		return false // "it is too soon to say whether …"
	}
	end := f.contentEnd(c, s.te)
	if !d.is(c, "that") {
		end = f.subReportCut(c, f.innerReportCut(c, end)) // as preposed: "why … even as officials railed against …"
	}
	sp, ok := f.contentSpan(c, end)
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, e, f.mentionEnd(b, e-1)
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, c
	a.conf = 0.6
	return true
}

// controlObject finds the object that ends at token j right after a verb
// or "on" ("led Republicans", "allowing users", "pressure on her"): a
// pronoun, a name, or a noun with at most a determiner. It returns its
// first token, or -1.
func (f *finder) controlObject(j, lim int) int {
	d := f.d
	if !d.word(j) || d.toks[j].quote != 0 || !(d.headOK(j) || objPronouns[d.lw(j)]) || isGerund(d.lw(j)) || isPast(d.lw(j)) {
		return -1
	}
	b := j
	switch {
	case d.in(j, wcPronoun) || objPronouns[d.lw(j)]:
	case d.toks[j].cap:
		for b-1 > lim && d.capWord(b-1) {
			b--
		}
	default:
		if b-1 > lim && d.in(b-1, wcDeterminer) {
			b--
		}
	}
	if b-1 <= lim || !d.word(b-1) || d.toks[b-1].cap || d.toks[b-1].quote != 0 {
		return -1
	}
	if w := d.lw(b - 1); w == "on" || isGerund(w) || isPast(w) && !auxVerbs[w] {
		return b
	}
	return -1
}

// quoteBeforeSource returns the span of a closed quotation that ends
// right before attribution i's source and no attribution claims, or an
// empty span.
func (f *finder) quoteBeforeSource(i int) [2]int {
	d := f.d
	a := &f.attrs[i]
	if a.srcS < 1 || !f.isClose(a.srcS-1) {
		return [2]int{}
	}
	sg := f.segs[d.toks[a.srcS-1].quote-1]
	if sg.words < 2 || f.claimed([2]int{sg.s, sg.e}) {
		return [2]int{}
	}
	return [2]int{sg.s, sg.e}
}
