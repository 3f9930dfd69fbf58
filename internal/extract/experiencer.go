package extract

// experiencerWords stand alone as the one to whom a view belongs after a
// sentence-opening "To" ("To many, …", "To them, …").
var experiencerWords = setOf("them him me us many some others anyone everyone most")

// experiencerStops are capitalised words that open an infinitive or a
// set phrase after "To" ("To Be sure", "To That end"), not a person.
var experiencerStops = setWith(leadStop, "be date wit the a an his her their its our my your no top")

// toExperiencers reads "To <name>, <subject> is <a judgement>" and "To
// many, he is a provocateur": a sentence opening with "To", a name or a
// bare pronoun and a comma, before an evaluative clause, gives that
// person's view, and
// PolNeAR marks it as an attribution with "To" for its cue (6 of 7 such
// named openers and all 3 pronoun ones on train). A content already
// claimed by an attribution with no source takes the person as its
// source instead ("To X, the plan seemed to fail").
func (f *finder) toExperiencers() {
	d := f.d
	for si, s := range f.sents {
		k := s.ts
		if k+3 >= s.te || !d.word(k) || d.lw(k) != "to" || !d.toks[k].cap || d.toks[k].quote != 0 {
			continue
		}
		ne, c := f.experiencerEnd(k+1, s.te)
		if c < 0 {
			continue
		}
		// The clause must judge: "To Paris, the team flew …" names a
		// destination.
		f.addFrame(si, k, ne, c, c, c+1, f.contentEnd(c+1, s.te), true)
	}
}

// addFrame records the attribution of a frame that opens sentence si
// ("To X, …", "For X, …", "Under X, …"): the cue is token k, the source
// runs from k+1 to srcE with its head ending at coreE, the venue is empty
// at venue, and the content is [cs, end). A content another attribution
// already holds lends that attribution the frame's source instead; with
// judged, a clause that does not judge or feel is no content.
func (f *finder) addFrame(si, k, coreE, srcE, venue, cs, end int, judged bool) {
	sp, ok := f.contentSpan(cs, end)
	if !ok {
		return
	}
	if f.claimed(sp) {
		f.lendExperiencer(sp, k+1, coreE, srcE)
		return
	}
	if judged && !f.evaluativeClause(cs, end) {
		return
	}
	a := attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueThought, Prec: 0.6}, sent: si, srcS: k + 1, srcE: srcE, coreE: coreE, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = venue, venue
	a.conf = 0.6
	f.attrs = append(f.attrs, a)
}

// experiencerEnd checks the phrase after "To" at token b: a bare
// experiencer word or a capitalised name of up to eight words, either
// optionally followed by a ", who …," or "who …" clause, closed by a
// comma. It returns the end of the phrase's head and the closing comma,
// or -1, -1.
func (f *finder) experiencerEnd(b, lim int) (int, int) {
	d := f.d
	ne := -1
	switch {
	case !d.word(b) || d.toks[b].quote != 0:
		return -1, -1
	case experiencerWords[d.lw(b)] && !d.toks[b].cap:
		ne = b + 1
	case d.toks[b].cap && !experiencerStops[d.lw(b)]:
		ne = b
		for ne < lim && ne < b+8 && (d.word(ne) && d.toks[ne].cap || d.toks[ne].kind == tkPoss || d.is(ne, ".")) {
			ne++
		}
		if ne < lim && (d.word(ne) && !d.is(ne, "who")) {
			// A lower-case head after capitalised modifiers: "Florida
			// consultant Wilson", "White House officials".
			for ne < lim && ne < b+8 && d.word(ne) && !d.is(ne, "who") && !d.in(ne, wcNPStop) {
				ne++
			}
		}
	default:
		return -1, -1
	}
	c := ne
	if d.is(c, ",") && d.is(c+1, "who") {
		c++
	}
	if d.is(c, "who") {
		for c < lim && c < ne+25 && !d.is(c, ",") && d.toks[c].quote == 0 {
			c++
		}
	}
	if c >= lim-2 || !d.is(c, ",") || d.toks[c].quote != 0 {
		return -1, -1
	}
	return ne, c
}

// lendExperiencer gives the experiencer [b, c) to an attribution with no
// source whose content lies in the clause after the comma.
func (f *finder) lendExperiencer(sp [2]int, b, ne, c int) {
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS >= 0 || a.inherit >= 0 || len(a.frags) == 0 || a.frags[0][0] < sp[0] || a.frags[0][0] >= sp[1] {
			continue
		}
		a.srcS, a.srcE, a.coreE = b, c, ne
		return
	}
}

// linkingVerbs state how something seems to someone: "To many, the plan
// looks like a tax".
var linkingVerbs = setOf("seem seems seemed look looks looked appear appears appeared sound sounds sounded feel feels felt remain remains remained become becomes became matter matters mattered mean means meant")

// evaluativeClause says whether the clause [b, e) after "To X," may
// judge something rather than tell of an event with X as its goal: the
// first verb before any comma is a copula or a linking verb ("the plan
// is a mistake", "it seemed unfair") or is not a past tense ("the
// result signals …"). A narrated past event ("the team flew …", "the
// prize went …") reads "To X" as a destination or a recipient.
func (f *finder) evaluativeClause(b, e int) bool {
	d := f.d
	if d.in(b, wcWeekday|wcTimeWord) {
		return true // a day as the subject ("Tuesday marked …") travels nowhere
	}
	for k := b; k < e && k < b+12 && !d.is(k, ","); k++ {
		if d.in(k, wcBeForm) || linkingVerbs[d.lw(k)] {
			return true
		}
	}
	for k := b; k < e && k < b+12 && !d.is(k, ","); k++ {
		if d.word(k) && !d.toks[k].cap && k > b && !d.in(k-1, wcDeterminer) && isPast(d.lw(k)) {
			return false
		}
	}
	return true
}
