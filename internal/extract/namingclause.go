package extract

import "strings"

// callVerbs name their object with a bare predicate: "called him
// divisive", "calling Trump a fascist", "Critics call it a tax".
var callVerbs = setOf("call calls called calling")

// predDeterminers open a naming predicate's noun phrase.
var predDeterminers = setOf("a an the his her their its our my your")

// degreeWords grade an adjective predicate: "called them very
// conservative".
var degreeWords = setOf("very too so more most less quite really truly utterly deeply")

// predicateSuffixes end adjectives and abstract nouns that name a
// quality ("divisive", "racist", "dangerous", "un-American",
// "nonsense"-like "hypocrisy" or "extremism"). Adverbs of time and
// number ("twice", "first", "right away", "every day", "both") end in
// none of them.
var predicateSuffixes = []string{"ive", "ous", "al", "ic", "ful", "less", "able", "ible", "ant", "ent", "ary", "ish", "ist", "ile", "id", "ed", "ism", "ness", "ity", "acy", "isy", "tion", "sion", "an"}

// namingSmallClause says whether the tokens from k, right after a "call"
// verb, are an object and a predicate naming it — a small clause that
// PolNeAR marks as the content however short: "him divisive", "Trump
// his friend", "it the nerd prom".
func (f *finder) namingSmallClause(c, k, end int) bool {
	d := f.d
	if !d.inLex(c, lcCallVerb) || k >= end || d.toks[k].quote != 0 {
		return false
	}
	o := k
	switch w := d.lw(k); {
	case objectPronouns[w] || reflexives[w] || w == "it" || w == "her":
		o = k + 1
	case d.capWord(k) && !d.in(k, wcNounDeterminer):
		for o = k; o < end && o < k+4 && d.capWord(o); o++ {
		}
	case (w == "this" || w == "that") && f.namingPredicate(k+1, end):
		o = k + 1 // "call this un-American": a demonstrative object
	case objectDeterminers[w]:
		// "called the actions lawful", "called the new rule unfair": a
		// determined noun of one or two plain words before the predicate.
		// A determined predicate after it stays a call unless it names
		// ("called the office the next day").
		o = f.determinedObjectEnd(k, end)
		if o < 0 || predDeterminers[d.lw(o)] && (d.in(o+1, wcTimeWord|wcDayPart) || timeQualifiers[d.lw(o+1)]) {
			return false
		}
		return true
	default:
		return false
	}
	if o >= end || !d.word(o) || d.toks[o].cap || d.toks[o].quote != 0 {
		return false
	}
	if d.is(k-1, "on") && f.toInfinitive(o+1) {
		return true // "calling on the council members to reject …"
	}
	return f.namingPredicate(o, end)
}

// objectDeterminers open a determined object of a naming verb ("the
// plan", "their proposal"); "her" is the pronoun's case above.
var objectDeterminers = setOf("the these those his their its")

// determinedObjectEnd returns the predicate's first token after a
// determined object at k ("the actions lawful", "the tax plan a
// giveaway"), or -1: the noun is one or two plain lower-case words, and
// the predicate passes namingPredicate.
func (f *finder) determinedObjectEnd(k, end int) int {
	d := f.d
	for o := k + 2; o <= k+3 && o < end; o++ {
		if !d.word(o-1) || d.toks[o-1].cap || d.toks[o-1].quote != 0 || d.in(o-1, wcAuxVerb|wcPronoun|wcTimeWord|wcNPStop) || particles[d.lw(o-1)] {
			return -1
		}
		if d.word(o) && !d.toks[o].cap && d.toks[o].quote == 0 && f.namingPredicate(o, end) {
			return o
		}
	}
	return -1
}

// namingPredicate is a positive test for the predicate at o, after the
// named object: a determiner and a word ("a fascist", "his friend"), or
// an adjective or quality noun, optionally graded ("divisive", "very
// conservative"). Counts, ordinals and time adverbs ("twice", "first",
// "every day", "both") are not predicates: "called Lee twice" is a call.
func (f *finder) namingPredicate(o, end int) bool {
	d := f.d
	w := d.lw(o)
	if predDeterminers[w] {
		return o+1 < end && d.word(o+1)
	}
	if degreeWords[w] && o+1 < end && d.word(o+1) && !d.toks[o+1].cap {
		o++
		w = d.lw(o)
	}
	if f.isOpen(o) || d.in(o, wcTimeWord|wcDayPart|wcPronoun|wcAuxVerb) || quantityWords[w] || isGerund(w) || strings.HasSuffix(w, "ly") || npStop[w] || particles[w] {
		// "called Park for updates", "called Lee back": a preposition or
		// particle opens a phrase of the call, not a predicate
		return false
	}
	if strings.HasPrefix(w, "un") && len(w) > 4 {
		return true // "unfit", "un-American": a negated quality
	}
	if strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "anti-") {
		return true // "pro-choice", "anti-business": a stance
	}
	// A plural of a quality noun names a kind: "rapists", "criminals".
	sg := w
	if pluralNoun(w) {
		sg = w[:len(w)-1]
	}
	for _, suf := range predicateSuffixes {
		if len(sg) > len(suf)+2 && strings.HasSuffix(sg, suf) {
			return true
		}
	}
	// A bare plural noun phrase: "empty promises", "messianic impulses".
	n := o + 1
	return n < end && d.word(n) && !d.toks[n].cap && d.toks[n].quote == 0 && len(d.lw(n)) > 3 && sForm(d.lw(n)) && !d.in(n, wcTimeWord|wcPronoun|wcAuxVerb)
}

// smallClauseEnd ends a naming small clause at a dash, a semicolon, a
// parenthesis or a comma before a gerund: what follows is another clause
// or an aside: a dash after the predicate opens a new clause or an
// appositive gloss, and a comma before a gerund opens a participial
// clause on the subject ("him his friend, meeting with him …").
func (f *finder) smallClauseEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if isDashTok(d, i) || d.is(i, ";") || d.is(i, "(") || d.is(i, ",") && d.word(i+1) && isGerund(d.lw(i+1)) && !d.is(i+2, "and") && !d.is(i+2, ",") {
			return i
		}
		if d.is(i, ",") && f.summaryAppositive(i+1, end) {
			return i // "himself pro-choice, stances that he has since disavowed"
		}
	}
	return end
}

// summaryAppositive: a plain noun of one or two words and a relative
// ("that", "which" or a subject pronoun) at k sums up the clause before it ("stances that he
// has since disavowed", "a remark which drew boos"): the writer's gloss,
// not the named predicate.
func (f *finder) summaryAppositive(k, end int) bool {
	d := f.d
	if d.is(k, "a") || d.is(k, "an") {
		k++
	}
	for i := k + 1; i <= k+2 && i < end; i++ {
		w := d.lw(i - 1)
		if !d.word(i-1) || d.toks[i-1].cap || d.toks[i-1].quote != 0 || npStop[w] || d.in(i-1, wcPronoun|wcAuxVerb) {
			return false
		}
		if (d.is(i, "that") || d.is(i, "which") || d.word(i) && subjPronoun(d.lw(i))) && d.toks[i].quote == 0 {
			return true // also a contact relative: "views she has since dropped"
		}
	}
	return false
}

// nameStops end an unquoted name after "what X calls": a relative or a
// subordinator opens another clause ("and" mostly joins two names).
var nameStops = setOf("but that which who whom because although while than")

// whatCalledPlain: "ending what he calls corruption in politics a major
// focus", "taxing consumption (what economists call spending)". The
// name after the naming verb runs to a clause mark, or to a determiner
// that opens the outer clause's complement; the content is the whole
// free relative, as whatCalled takes it before a quotation. k is the
// name's first token, after any "as" and determiner.
func (f *finder) whatCalledPlain(a *attr, s sent, b, j, k int) bool {
	d := f.d
	what := b - 1
	if !d.inLex(a.cueS, lcCallVerb) && !d.is(a.cueE, "as") {
		return false // "what Comey described presumptive …": no naming
	}
	e := k
	for e < s.te && e < k+8 && d.word(e) && d.toks[e].quote == 0 && !nameStops[d.lw(e)] && !(e > k && (d.is(e, "a") || d.is(e, "an") || d.is(e, "the"))) {
		e++
	}
	if e == k || e < s.te && (f.isOpen(e) || d.toks[e].kind == tkPoss || d.word(e) && !nameStops[d.lw(e)] && !d.in(e, wcNounDeterminer)) {
		return false // no name, or one longer than a short phrase
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	a.frags = [][2]int{{int(d.toks[what].s), int(d.toks[e-1].e)}}
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.75
	return true
}

// namedRelativeQuote: a naming verb whose content is the quotation right
// after it names a noun before its source ("a clip that the judge called
// “distasteful,”", "videos he calls “Consumer Advocate TV,”"); the
// quotation ends that content as it ends a named object's.
func (f *finder) namedRelativeQuote(a *attr, k int) bool {
	return a.cueS >= 0 && f.d.inLex(a.cueE-1, lcCallVerb) && f.isOpen(k) && k == a.cueE
}

// namedAntecedents starts such a naming content at the noun it names:
// PolNeAR marks "a clip that the judge called “distasteful,”" and "one
// he calls “Confident America”" whole (train: the antecedent is inside 4
// of 5 such spans with "that" or no relative word; "which" spans start
// at "which", as whatCalled takes them). A source that swallowed the
// antecedent ("Russia, a country that the nominee called …") is cut to
// the words after "that".
func (f *finder) namedAntecedents() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS < 0 || len(a.frags) == 0 || !f.namedRelativeQuote(a, d.tokFrom(a.frags[0][0])) || int(d.toks[a.cueE].s) != a.frags[0][0] {
			continue
		}
		b := a.srcS
		for j := a.srcS; j < a.srcE-1; j++ {
			if d.is(j, "that") && d.toks[j].quote == 0 {
				b = j + 1
			}
		}
		s := f.sents[a.sent]
		var ante int
		switch {
		case d.is(b-1, "that") && b-2 >= s.ts:
			ante = d.npBack(b-2, s.ts)
		case b-1 >= s.ts && d.word(b-1) && !d.toks[b-1].cap && (d.is(b-1, "one") || !d.in(b-1, wcTimeWord|wcPronoun|wcAuxVerb|wcDeterminer) && !d.in(b-1, wcNPStop) && !isGerund(d.lw(b-1)) && !pastTense(d.lw(b-1))) && (d.in(b, wcSubjPronoun) || d.capWord(b)):
			if ante = d.npBack(b-1, s.ts); ante < 0 {
				ante = b - 1 // "in videos he calls “…”": a bare plural
			}
		default:
			continue
		}
		if ante >= 0 && ante < b-1 && d.in(ante, wcVenuePrep) {
			ante++ // "in videos he calls …": the preposition is the outer clause's
		}
		if ante < 0 || ante > b-1 || f.isOpen(ante) || d.in(ante, wcVenuePrep) {
			continue
		}
		a.frags[0][0] = int(d.toks[ante].s)
		if q := a.cueE; f.isOpen(q) {
			if c := f.segs[d.toks[q].quote-1].ct; c > q && int(d.toks[c].e) < a.frags[0][1] && !d.is(c+1, "and") && !d.is(c+1, "or") {
				a.frags[0][1] = int(d.toks[c].e)
			}
		}
		if b != a.srcS {
			a.srcS = b
			a.coreE = max(a.coreE, b+1)
		}
	}
}
