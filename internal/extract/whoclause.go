package extract

// clipWhoClauses: "Mr. Lee, who has called the plan a disaster, warned
// …". A non-restrictive relative clause closes at its comma (or its dash,
// when a dash opened it) before the main verb of the sentence; PolNeAR ends
// the content its "who" (or "which": "the paper, which first said …,
// said …") reports there, while our layouts may run on through the main
// predicate. A comma the clause's own content holds
// ("who said that, if elected, he would …") is not followed by a
// predicate, so it stays.
func (f *finder) clipWhoClauses() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 1 || a.srcE != a.srcS+1 || !d.is(a.srcS, "who") && !d.is(a.srcS, "which") {
			continue
		}
		open := a.srcS - 1
		dashed := isDashTok(d, open)
		if !d.is(open, ",") && !dashed {
			continue
		}
		h, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
		if h <= a.srcS {
			continue
		}
		if end := f.whoClauseClose(h, e, dashed); end > 0 && end < a.frags[0][1] {
			a.frags[0][1] = end
		}
	}
}

// clipSubjectWho: "Voters who said the economy mattered most favored
// Clinton", "Among those who said the plan was fair, most backed it". A
// restrictive "who" whose antecedent opens the sentence (or the object
// of a phrase that opens it) reports a clause that ends where the main
// clause's predicate comes: a second finite verb after the clause's own,
// or the comma that closes the fronted phrase.
func (f *finder) clipSubjectWho() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 1 || a.srcE != a.srcS+1 || !d.is(a.srcS, "who") || !d.word(a.srcS-1) || a.cueE-a.cueS != 1 || !d.in(a.cueS, wcSayVerb) {
			continue
		}
		s := f.sents[a.sent]
		fronted, ok := f.subjectAntecedent(a.srcS, s)
		if !ok {
			continue
		}
		h, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
		if h < a.cueE || d.toks[h].quote != 0 {
			continue
		}
		if end := f.subjectWhoEnd(h, e, fronted); end > h {
			a.frags[0][1] = int(d.toks[end-1].e)
		}
	}
}

// subjectAntecedent says whether the noun phrase before the "who" at k
// opens sentence s as its subject ("Voters who …", "A majority of those
// who …"), or as the object of a phrase that opens it ("Among those who
// …"): fronted.
func (f *finder) subjectAntecedent(k int, s sent) (fronted, ok bool) {
	d := f.d
	b := d.npBack(k-1, s.ts)
	if b < 0 && d.word(k-1) && (d.is(k-1, "those") || !d.in(k-1, wcNPStop)) {
		b = k - 1 // a bare demonstrative or noun npBack does not take
	}
	for b > s.ts+1 && d.is(b-1, "of") {
		b = d.npBack(b-2, s.ts) // "a majority of those"
	}
	switch {
	case b < 0:
		return false, false
	case b == s.ts && frontPreps[d.lw(b)] && b+1 < k:
		return true, true // npBack took the capitalized preposition in
	case b == s.ts:
		return false, true
	case b == s.ts+1 && d.word(s.ts) && frontPreps[d.lw(s.ts)]:
		return true, true
	}
	return false, false
}

// finiteAhead says whether [i, e) holds a finite verb outside
// quotations: an auxiliary or a past form.
func (f *finder) finiteAhead(i, e int) bool {
	d := f.d
	for ; i < e; i++ {
		if d.word(i) && d.toks[i].quote == 0 && !d.toks[i].cap && (d.in(i, wcAuxVerb) || isPast(d.lw(i))) {
			return true
		}
	}
	return false
}

// frontPreps open a phrase before the main clause that may hold a
// relative clause: "Among those who said …, most …".
var frontPreps = setOf("among of for unlike like")

// subjectWhoEnd returns the token where a reported clause [h, e) in the
// sentence's subject ends, or -1: before the first finite verb after
// the clause's own verb, or, in a fronted phrase, at its comma. A
// conjunction, a subordinator, an infinitive or a quotation leave the
// clause's end unsure, and it stays.
func (f *finder) subjectWhoEnd(h, e int, fronted bool) int {
	d := f.d
	v := -1
	for i := h; i < e; i++ {
		t := &d.toks[i]
		if t.quote != 0 {
			return -1
		}
		if !d.word(i) {
			if d.is(i, ",") && fronted && v >= 0 && f.finiteAhead(i+1, e) {
				return i
			}
			return -1
		}
		w := d.lw(i)
		if v < 0 {
			if i > h && !t.cap && (auxVerbs[w] || isPast(w) || presentSVerbs[w]) {
				v = i
			}
			if relWords[w] || d.in(i, wcSubordinator) || w == "and" || w == "or" || w == "but" {
				return -1
			}
			continue
		}
		if relWords[w] || d.in(i, wcSubordinator) || w == "but" || w == "to" || whWords[w] || (w == "and" || w == "or") && (!fronted || f.coordinatedVerb(i+1) || d.in(i+1, wcAuxVerb)) {
			// "and" may join a second clause whose verb is its own ("the
			// lake was dirty and the fish were sick"); before the comma
			// of a fronted phrase it may join words ("honest and fair").
			return -1
		}
		if !fronted && i > v+1 && f.relMainVerb(i, v) {
			return i
		}
	}
	return -1
}

// whoClauseClose returns the code point where a non-restrictive clause
// whose content spans tokens [h, e) closes before the sentence's main
// predicate, or -1. A comma just inside a closing quotation mark
// ("called it “toxic,” portrayed") closes it after the mark.
func (f *finder) whoClauseClose(h, e int, dashed bool) int {
	d := f.d
	for i := h + 1; i < e; i++ {
		comma := d.is(i, ",")
		if !comma && !(dashed && isDashTok(d, i) && d.toks[i].quote == 0) {
			continue
		}
		k := i + 1
		for k < e && (d.toks[k].kind == tkDQ || d.toks[k].kind == tkSQ) {
			k++
		}
		if comma && d.toks[i].quote != 0 && k == i+1 {
			continue // a comma inside a quotation the clause reports
		}
		if k >= e || !f.mainPredicate(k) || f.openClause(h, i) {
			continue
		}
		if k > i+1 {
			return int(d.toks[k-1].e) // keep the closing mark
		}
		return int(d.toks[i-1].e)
	}
	return -1
}

// openClause says whether the content [h, i) is a "that" clause whose
// verb is still to come: "who said that the two men, and Mr. Cruz in
// particular, must do more" puts an aside, not the clause's end, at the
// comma.
func (f *finder) openClause(h, i int) bool {
	d := f.d
	return (d.is(h, "that") || d.is(h, "whether")) && !f.hasVerb(h+1, i)
}

// mainPredicate says whether token k opens the main clause's predicate
// after the relative clause: an auxiliary, a past form or a cue,
// optionally after an adverb ("clearly intended").
func (f *finder) mainPredicate(k int) bool {
	d := f.d
	if d.word(k) && !d.toks[k].cap && lyAdverb(d.lw(k)) {
		k++
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	return f.predicateStart(k) || isPast(d.lw(k))
}

// whoAttitudes: "voters who fear a wider war", "lawmakers who oppose the
// levy", "delegates who backed the senator". A restrictive "who" outside
// quotations whose verb holds a belief, a feeling, a wish or a side is
// the source of that attitude in PolNeAR, its object or clause the
// content; relPronounSource reads only a clause after a belief verb. On
// train such a "who" outside quotations is marked about 4 times in 10
// (never inside a quotation), as neither a passive or copula ("who are
// expected to") nor a vote is, nor an aside in another report's source
// ("said Lee, a donor who backed …", which innerWhoReports reads), nor
// a poll's share ("45 percent who view him unfavorably").
func (f *finder) whoAttitudes() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for _, k := range d.scanned(swWho, s.ts+1, s.te-2) {
			k := int(k)
			if d.toks[k].quote != 0 || !d.word(k-1) || f.sourceAt(k) {
				continue
			}
			if a, ok := f.whoAttitude(k, s, si, n0); ok {
				f.attrs = append(f.attrs, a)
			}
		}
	}
}

// knowVerbs take a clause as knowledge, an object as acquaintance.
var knowVerbs = setOf("know knows knew")

// whoAttitude reads the clause opened by the restrictive "who" at k;
// n0 attributions were there before whoAttitudes ran.
func (f *finder) whoAttitude(k int, s sent, si, n0 int) (attr, bool) {
	d := f.d
	if d.is(k-1, "percent") || isNumberWord(d.lw(k-1)) {
		return attr{}, false // a poll's share
	}
	if f.questionWho(k) {
		return attr{}, false // "unclear who backs the plan": a question, no antecedent
	}
	c := k + 1
	for c < s.te && d.word(c) && (d.in(c, wcSkipBetween) || d.inLex(c, lcNegation) || lyAdverb(d.lw(c))) {
		if d.in(c, wcBeForm) {
			return attr{}, false // "who are expected to": a passive or a state
		}
		c++
	}
	n, e := d.cueMatch(c)
	if n == 0 || !d.word(c) || d.toks[c].cap || d.in(c, wcRaisingCue) || isGerund(d.lw(c)) || voteVerbs[d.lw(c)] {
		return attr{}, false
	}
	if e.Type != CueThought && !stanceVerbs[d.lw(c)] {
		return attr{}, false
	}
	for i := 0; i < n0; i++ {
		o := &f.attrs[i]
		if o.cueS == c || o.srcS >= 0 && o.srcS < k && k < o.srcE {
			return attr{}, false // the cue is read, or the clause describes another report's source
		}
	}
	if b := d.npBack(k-1, s.ts); b > s.ts && d.word(b-1) {
		if m, ce := d.cueMatch(b - 1); m > 0 && ce.Prec >= 0.1 {
			return attr{}, false // "slamming candidates who think …": that cue's content holds it
		}
	}
	j := c + n
	if j >= s.te || !d.word(j) && !f.isOpen(j) || d.in(j, wcVenuePrep) && !f.toInfinitive(j) {
		return attr{}, false
	}
	// "that" opens a clause only when one follows: "who knew that road
	// well" has a demonstrative.
	thatClause := d.is(j, "that") && f.newClause(j+1, s.te)
	if knowVerbs[d.lw(c)] && !thatClause && !d.in(j, wcWhWord) && !f.newClause(j, s.te) {
		return attr{}, false // "tourists who know the island": acquaintance, no belief
	}
	if thatClause || d.in(c, wcClauseThought) {
		// A clause in the subject runs on into the main verb, which we
		// cannot place ("voters who fear the levy will pass stayed home").
		if b := d.npBack(k-1, s.ts); b >= 0 && d.subjectStart(b, s.ts) {
			return attr{}, false
		}
	}
	end := f.relClauseContentEnd(j, f.contentEnd(j, s.te))
	if !thatClause && !d.in(c, wcClauseThought) {
		end = f.relPredicateCut(j, end)
	}
	for i := 0; i < n0; i++ {
		if o := &f.attrs[i]; o.cueS > j && o.cueS < end {
			// "economists who favor a levy agree that …": the main
			// clause's cue, read already, ends the relative clause.
			end = o.cueS
			for end > j+1 && d.word(end-1) && (d.in(end-1, wcSkipBetween) || lyAdverb(d.lw(end-1))) {
				end--
			}
		}
	}
	sp, ok := f.contentSpan(j, end)
	if !ok {
		return attr{}, false
	}
	return attr{frags: [][2]int{sp}, cueS: c, cueE: c + n, entry: e, sent: si, srcS: k, srcE: k + 1, coreE: k + 1, inherit: -1, venueS: c + n, venueE: j, conf: 0.5}, true
}

// relPredicateCut ends an object content [j, end) before a finite verb
// after it: the main predicate that follows a relative clause in the
// subject ("those who prefer the levy outnumbered …"), or the clause's
// own second verb ("who backed the levy but has since …"). A relative
// clause or an infinitive inside the object has verbs of its own.
func (f *finder) relPredicateCut(j, end int) int {
	d := f.d
	for i := j + 1; i < end; i++ {
		if d.toks[i].quote != 0 || !d.word(i) {
			continue
		}
		w := d.lw(i)
		if relWords[w] {
			return end
		}
		if w == "to" {
			i++ // "the plan to widen the road": the infinitive's verb is its own
			continue
		}
		if f.relMainVerb(i, j) {
			for i-1 > j && (d.is(i-1, "and") || d.is(i-1, "but") || d.is(i-1, "or")) {
				i--
			}
			return i
		}
	}
	return end
}

// relMainVerb says whether token i, inside an object that begins at k
// after a relative subject's verb, opens the main clause's predicate
// (or the clause's own second one): an auxiliary, a past form or a
// confident cue, perhaps after an adverb ("still care", "quickly
// agreed"), or a bare present as presentPredicate reads it; a
// participle is no finite verb. After a preposition, a determiner or a
// possessive an -ed word modifies a noun ("the tariff on imported
// grain"), before "by" it is a passive participle ("the levy backed by
// farmers") or after an auxiliary the caller stepped over ("the right
// to be heard"), and after a subject pronoun it is the verb of a clause
// inside the object.
func (f *finder) relMainVerb(i, k int) bool {
	d := f.d
	if i <= k || !d.word(i) || d.toks[i].cap || d.toks[i].quote != 0 {
		return false
	}
	if i > k+1 && d.word(i-1) && f.presentPredicate(i) {
		return true // "who backed the bill now regret it"
	}
	if !d.word(i-1) && d.toks[i-1].kind != tkPoss {
		return false
	}
	v, w := i, d.lw(i)
	if lyAdverb(w) || skipBetween[w] && !auxVerbs[w] {
		v++
	}
	if p := d.lw(v - 1); nounPreps[p] || venuePreps[p] || determiners[p] || auxVerbs[p] || d.toks[v-1].kind == tkPoss || d.in(v-1, wcSubjPronoun) {
		return false // "women he doesn't like": a clause of the object's own
	}
	if v >= len(d.toks) || !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || d.is(v+1, "by") {
		return false
	}
	return f.predicateStart(v) || irregularPast[d.lw(v)] || d.cueAt(v) > 0 && !isGerund(d.lw(v))
}

// questionWho says whether the "who" at k opens an indirect question
// rather than a relative clause: after a preposition ("the question of
// who backs …"), an adjective of certainty ("unclear who …") or a verb
// of knowing, asking or deciding ("knows who …", "asked who …") it has
// no antecedent, so it names no one who holds the attitude. A noun
// before it ("a supporter who wants …", "crowds 15,000 strong who …")
// is an antecedent, cue or not.
func (f *finder) questionWho(k int) bool {
	w := f.d.lw(k - 1)
	return venuePreps[w] || w == "of" || w == "about" || w == "as" || questionTakers[w] || knowVerbs[w] || askVerbs[w]
}

// questionTakers take an indirect question: adjectives of certainty and
// verbs of wondering or deciding.
var questionTakers = setOf("clear unclear sure unsure certain uncertain wonder wonders wondered wondering decide decides decided deciding")
