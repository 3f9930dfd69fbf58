package extract

// holderPreps put the noun before a participle in a phrase whose object
// does what the participle says: "gave $3 million to a group backing
// Bush", "poured money into groups backing Cruz", "in the wake of a poll
// showing …".
var holderPreps = setOf("to into from of for with by toward towards about against")

// verbObjectHolder: "Lee opened a rally blasting Bell", "began writing
// op-eds defending the tax cuts", "was on CNN talking about …" — a
// participle right after its clause verb's object (or a phrase on the
// verb) reports the clause's subject, as PolNeAR marks it; the object
// is what was used, not who holds the view. After a preposition whose
// object acts ("a group backing Bush") or a verb of perceiving ("to see
// an administration defending …") the noun is the holder. a.srcS is the
// noun the participle follows; it returns the subject's span, or -1, -1.
func (f *finder) verbObjectHolder(a *attr, s sent) (int, int) {
	d := f.d
	p := a.srcS - 1
	if p <= s.ts || !d.word(p) || holderPreps[d.lw(p)] || perceptionVerbs[d.lw(p)] || holderPreps[d.lw(p-1)] {
		return -1, -1 // "with recent polls showing": the preposition before a modifier
	}
	return f.objectGerundSubject(a, s)
}

// partyTagBack steps back over a parenthesis closing at k to the word
// before it: "Chairman Trey Gowdy (R-S.C.) earlier in the day touted".
// It returns that word's token, or k.
func (f *finder) partyTagBack(k int, s sent) int {
	d := f.d
	if !d.is(k, ")") || d.toks[k].quote != 0 {
		return k
	}
	for i := k - 1; i > s.ts && k-i < 8; i-- {
		if d.toks[i].quote != 0 || d.is(i, ")") {
			return k
		}
		if d.is(i, "(") {
			return i - 1
		}
	}
	return k
}

// coordPPSubject: "The clerk first said …, but in a later interview
// said …" — an adverbial phrase opening a coordinated verb; the phrase's
// object (from b) is no speaker and the clause's subject is. k is the
// conjunction; it returns the subject's span, or -1, -1.
func (f *finder) coordPPSubject(k, b int, s sent) (int, int) {
	d := f.d
	if !(d.is(k, "but") || d.is(k, "and")) || !d.in(b, wcDeterminer) {
		return -1, -1
	}
	st, ne := f.subject(s, k)
	if st < 0 || ne >= k || !f.predicateBetween(ne, k) {
		return -1, -1
	}
	return st, f.appositionAhead(ne, k)
}

// timedOpening: "On Sunday she canceled a rally in Green Bay, Wis.,
// citing …", "By Sunday afternoon Mr. Lee had …" — an opening time
// phrase with no comma runs straight into the subject, so the subject is
// not what follows the sentence's first comma. It returns the subject's
// first token, or -1.
func (f *finder) timedOpening(s sent, lim int) int {
	d := f.d
	if !d.word(s.ts) || d.toks[s.ts].quote != 0 || !(d.in(s.ts, wcVenuePrep) || d.is(s.ts, "by")) {
		return -1
	}
	timed, det := false, false
	for k := s.ts + 1; k < lim && k < s.ts+8; k++ {
		if !d.word(k) || d.toks[k].quote != 0 {
			return -1
		}
		w := d.lw(k)
		if isWeekday(w) || monthWords[w] || dayParts[w] || timeWords[w] || timeSpans[w] {
			timed = true
			continue
		}
		if !timed {
			if determiners[w] || w == "of" || isNumberWord(w) {
				det = true
				continue
			}
			return -1
		}
		// "At a June Trump campaign event": after an article the time
		// may modify a noun, whose name is no subject.
		if d.capWord(k) && !det || pronouns[w] && w != "who" && w != "it" && w != "you" {
			return k
		}
		return -1
	}
	return -1
}

// andClauseSubject says whether the "and" at i opens a clause with a
// subject of its own: a noun phrase then a finite verb before lim, not a
// second object ("criticized Trump and Cruz, saying …"), nor a clause
// inside a reported "that" clause after the first subject's end ne
// ("said that the campaign and its allies are …"). It returns the
// subject's end, or -1.
func (f *finder) andClauseSubject(ne, i, lim int) int {
	d := f.d
	for k := ne; k < i; k++ {
		if d.is(k, "that") {
			return -1
		}
	}
	e := d.npForward(i+1, lim)
	if e <= i+1 || e >= lim || f.unfinishedGrade(i+1, e) || !f.finiteAt(e) {
		return -1
	}
	return e
}

// copulaVerbs link a subject to the phrase an infinitive cue follows.
var copulaVerbs = setWith(beForms, "became become becomes remained remains")

// copulaInfinitiveSubject: "Lee was among 25 senators to vote against
// …", "Kirk and Collins were the only Republicans to vote against …", "I
// became the first member to endorse him" — the phrase before the
// infinitive at c is a predicate of the copula; the one who acts is the
// copula's subject, as PolNeAR marks it. b is that phrase's first token;
// it returns the subject's span, or -1, -1.
func (f *finder) copulaInfinitiveSubject(c, b int, s sent) (int, int) {
	d := f.d
	if !d.is(c, "to") || b-1 <= s.ts {
		return -1, -1
	}
	v := b - 1
	if d.is(v, "among") || d.is(v, "one") {
		v--
	}
	if !d.word(v) || d.toks[v].quote != 0 || !copulaVerbs[d.lw(v)] {
		return -1, -1
	}
	k := v - 1
	for k > s.ts && d.word(k) && !d.toks[k].cap && d.in(k, wcSkipBetween) {
		k--
	}
	if !d.word(k) || d.toks[k].quote != 0 {
		return -1, -1
	}
	nb := d.npBack(k, s.ts)
	if nb < 0 {
		return -1, -1
	}
	return nb, k + 1
}

// spanAfters open a clause after a time span: "One month after …".
var spanAfters = setOf("after before since")

// spanAfterClause: "One month after announcing his support for Trump,
// Rubio still believes …", "Eight years after backing Obama, Cuban is …"
// — a span and a clause open the sentence; the subject follows the
// clause's comma. k is the span's noun; it returns the subject's first
// token, or -1.
func (f *finder) spanAfterClause(k, lim int) int {
	d := f.d
	if !d.word(k) || !(durationNouns[d.lw(k)] || d.in(k, wcTimeSpan) || d.is(k, "day") || shortDurations[d.lw(k)]) || !d.word(k+1) || !spanAfters[d.lw(k+1)] {
		return -1
	}
	for i := k + 2; i < lim-1 && i < k+25; i++ {
		if d.toks[i].quote != 0 {
			return -1
		}
		if d.is(i, ",") {
			if d.word(i+1) && d.toks[i+1].quote == 0 {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// whoBeforeCue: "Sanders's supporters who are deeply skeptical of …",
// "an official who spoke anonymously said" — when a restrictive "who"
// stands between the found source (from b) and the cue at c with only
// auxiliaries, adverbs and negations after it, PolNeAR marks the
// relative pronoun as the source (422 of 424 such gold sources on
// train). It returns the pronoun's token, or -1.
func (f *finder) whoBeforeCue(b, c int) int {
	d := f.d
	if b < 0 || c-b > 12 {
		return -1
	}
	for w := c - 1; w > b; w-- {
		if !d.word(w) || d.toks[w].quote != 0 {
			return -1
		}
		lw := d.lw(w)
		if lw == "who" {
			if d.is(w-1, ",") {
				return -1 // an aside: other layouts decide
			}
			return w
		}
		if !(skipBetween[lw] || negations[lw] || lyAdverb(lw)) {
			return -1
		}
	}
	return -1
}

// coordPrevSource: "Lee signed an order, while Hook, the former
// governor, proposed a tax and said …" — a verb coordinated by the
// "and" at j right after the previous report's content shares that
// report's subject when it stands later in the sentence than the
// sentence's subject (from b). It returns that source's span, or -1, -1.
func (f *finder) coordPrevSource(a *attr, b, j int) (int, int) {
	d := f.d
	n := len(f.attrs) - 1
	if n < 0 || !d.is(j, "and") {
		return -1, -1
	}
	prev := &f.attrs[n]
	if prev.sent != a.sent || prev.inherit >= 0 || prev.srcS <= b || prev.srcS >= j || prev.cueS >= j || len(prev.frags) == 0 {
		return -1, -1
	}
	if prev.frags[len(prev.frags)-1][1] != int(d.toks[j-1].e) {
		return -1, -1
	}
	if w := d.lw(prev.srcS); prev.srcE == prev.srcS+1 && (relWords[w] || floatingQuantifiers[w] || w == "it") {
		// "Sanders, who endorsed Lee and said …": the aside's pronoun;
		// "arguing that it showed … and indicated": a content's subject.
		return -1, -1
	}
	return prev.srcS, prev.srcE
}

// afterSubClause: "In a debate, while most of his rivals called for …,
// Trump hewed to Obama's approach, noting …" — the report prev found sits
// in a subordinate clause opened right before its source; a participle
// after the main clause that follows the clause's comma reports that
// clause's subject. lim is the participle; it returns the subject's
// span, or -1, -1.
func (f *finder) afterSubClause(prev attr, s sent, lim int) (int, int) {
	d := f.d
	p := prev.srcS - 1
	if p < s.ts || !d.word(p) || d.toks[p].quote != 0 || !d.in(p, wcSubordinator) {
		return -1, -1
	}
	for i := prev.cueE; i < lim-1; i++ {
		if !d.is(i, ",") || d.toks[i].quote != 0 {
			continue
		}
		k := i + 1
		e := d.npForward(k, lim)
		if e > k && e < lim && f.finiteAt(e) {
			return k, e
		}
		return -1, -1
	}
	return -1, -1
}

// dashAsideOpen returns the dash opening an aside that the dash at k
// closes ("figures — whose party was once respected — both …"), or -1.
func (f *finder) dashAsideOpen(k int, s sent) int {
	d := f.d
	if !isDashTok(d, k) || d.toks[k].quote != 0 {
		return -1
	}
	for i := k - 1; i > s.ts && k-i < 25; i-- {
		if d.toks[i].quote != 0 {
			return -1
		}
		if isDashTok(d, i) {
			return i
		}
	}
	return -1
}
