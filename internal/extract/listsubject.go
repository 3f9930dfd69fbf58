package extract

import "strings"

// listsubject.go: a subject that coordinates its speakers ("Lee, Hale
// and Bell said", "his aides, donors and friends say", "Neither Lee nor
// her aides replied"), where a layout took only the last conjuncts.

// listStartBack extends a subject mention starting at token s back over
// the conjuncts before it, when the clause opens with them: over one
// joined by "and", "or" or "nor" just before s, then over those listed
// with commas before that. A comma list must end in the mention itself
// (its "and" before any comma of its own), and its conjuncts must be
// of the mention's kind, names or common nouns; what stands before the
// first conjunct must open the clause, or close an opening phrase with
// a comma ("In Iowa, Lee, Hale and Bell said"). It returns the new
// start, or s.
func (f *finder) listStartBack(a *attr, s, cut int) int {
	d := f.d
	if a.cueS < cut || s < 2 || d.toks[s-1].quote != 0 || !d.word(s) || d.in(s, wcPronoun) {
		return s
	}
	lim := f.sents[f.sentOf(s)].ts
	b := s
	if d.word(s-1) && coordLinks[d.lw(s-1)] {
		e := d.partyTagBack(s-2, lim)
		if e < lim || !d.word(e) || d.toks[e].quote != 0 || agentTimeWord(d.lw(e)) || !d.headOK(e) && d.pluralRunBack(e, lim) < 0 || a.covers(int(d.toks[e].s)) {
			return s // "The mayor resigned and boat builders said": a clause, no conjunct
		}
		pb := d.npBack(e, lim)
		if pb < 0 && !d.toks[s].cap {
			pb = d.pluralRunBack(e, lim)
		}
		if pb < 0 || pb > e || d.in(pb, wcLeadStop) || d.in(pb, wcVenuePrep) {
			return s
		}
		for k := pb - 1; k >= lim && pb-k <= 2 && d.word(k) && d.toks[k].quote == 0 && (d.in(k, wcDeterminer) && d.lw(k) != "that" || d.is(k, "neither") || d.is(k, "either")); k-- {
			pb = k // "A few other donors and …", "Neither Lee nor her aides"
		}
		if pb <= lim || d.subjectStart(pb, lim) && !coordLinks[d.lw(pb-1)] && !d.is(pb-1, ",") {
			return pb
		}
		if !d.is(pb-1, ",") || d.toks[pb-1].quote != 0 || pb-2 < lim {
			return s
		}
		b = pb
	} else if !d.is(s-1, ",") || !f.linkWithin(s, cut) {
		return s
	}
	name := d.toks[b].cap
	for n := 0; n < 6; n++ {
		e := d.partyTagBack(b-2, lim)
		pb := -1
		// A plural opening the sentence fits either kind ("Doctors,
		// nurses and teachers said"), an opening adverb none
		// ("Overall, nurses and teachers said"); a conjunct never lies
		// in the content.
		if e >= lim && d.word(e) && d.toks[e].quote == 0 && (d.toks[e].cap == name || e == lim && capPlural(d.lw(e)) || d.is(e, "%")) && !d.in(e, wcPronoun) && !agentTimeWord(d.lw(e)) && !a.covers(int(d.toks[e].s)) {
			pb = d.npBack(e, lim)
		}
		if pb < 0 || pb > e || d.in(pb, wcLeadStop) || d.in(pb, wcVenuePrep) || pb == e && pb <= lim && openerWord(d.lw(pb)) ||
			pb-1 >= lim && d.word(pb-1) && d.in(pb-1, wcSubordinator) {
			// No conjunct like the mention's before the comma: what
			// precedes is an opening phrase ("Even if the levy fails,"),
			// and the list starts after it.
			break
		}
		if pb-1 >= lim && d.is(pb-1, ",") && d.toks[pb-1].quote == 0 {
			b = pb
			continue
		}
		if pb <= lim || d.subjectStart(pb, lim) && !coordLinks[d.lw(pb-1)] {
			return pb
		}
		break
	}
	if b < s && d.is(s-1, ",") && f.listOpening(lim, b-1) {
		return b
	}
	return s
}

// listOpening says whether tokens [lim, c), before a list's first
// conjunct after the comma at c, open the sentence as an adverbial
// phrase ("Instead,", "Throughout the night,", "When the levy passed,")
// rather than a clause holding the list ("Take a look at what Lee, Hale
// and Bell said"), where a list cut there would be partial.
func (f *finder) listOpening(lim, c int) bool {
	d := f.d
	for k := lim; k < c; k++ {
		if d.is(k, ",") {
			return false
		}
	}
	w := d.lw(lim)
	return d.word(lim) && (openerWord(w) || venuePreps[w] || asideOpeners[w] || f.openingPhrase(lim, c+1))
}

// linkWithin says whether an "and", "or" or "nor" joins conjuncts in
// tokens [s+1, cut) before any comma or quotation.
func (f *finder) linkWithin(s, cut int) bool {
	d := f.d
	for k := s + 1; k < cut; k++ {
		if d.is(k, ",") || d.toks[k].quote != 0 {
			return false
		}
		if d.word(k) && coordLinks[d.lw(k)] {
			return true
		}
	}
	return false
}

// capPlural says whether w, capitalised at a sentence's start, reads as
// a plural noun rather than an opening adverb.
func capPlural(w string) bool {
	return sForm(w) && !openerWord(w)
}

// openerWord says whether a capitalised word alone before a comma at the
// start of a sentence is more likely an opening adverb than a name:
// "Afterwards, Lee and Hale said".
func openerWord(w string) bool {
	return lyAdverb(w) || clauseOpeners[w] || asideAdverbs[w] || focusOpeners[w] || openingWords[w] || subordinators[w] || laterWords[w]
}

// pluralRunBack finds the start of a common plural noun phrase ending at
// token e that npBack does not know the head of ("private Chinese
// companies"): a lower-case plural and up to three modifiers before it.
// It returns the start, or -1.
func (d *doc) pluralRunBack(e, lim int) int {
	w := d.lw(e)
	if !d.word(e) || d.toks[e].cap || d.toks[e].quote != 0 || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || npStop[w] || d.strongCue(e) || timeNouns[strings.TrimSuffix(w, "s")] {
		return -1
	}
	k := e
	for k-1 >= lim && e-k < 3 && (d.leadModifier(k-1) && !d.toks[k-1].cap && !isGerund(d.lw(k-1)) && !isPast(d.lw(k-1)) || d.capWord(k-1) && !d.in(k-1, wcLeadStop)) {
		k--
	}
	return k
}
