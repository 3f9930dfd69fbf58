package extract

// Object relatives whose gap is the subject of a thought verb's clause:
// "a step they believe could help", "the guides she thought were the
// ablest", "a man whom many believed was honest". The noun is the
// subject of the clause the verb takes, so PolNeAR marks the whole
// phrase, from the noun phrase (or "whom") to the clause's end, with the
// pronoun as source; the layouts read the pronoun as a gapped object
// ("the party she hopes to lead") and drop it. On train a personal
// pronoun before the verb and a modal or "be"/"have" after it hold 3
// of 4 such bare relatives, and "whom" 1 of 1; with "that" or "what"
// before the pronoun it is under 40% and left out.

// gapThoughtVerbs are the thought verbs read here.
var gapThoughtVerbs = setOf("believe believes believed think thinks thought hope hopes hoped fear fears feared know knows knew feel feels felt")

// thoughtGap reads the relative at the thought verb k of sentence s; the
// phrase must start at or after token lim (past earlier contents).
func (f *finder) thoughtGap(k, lim int, s sent) (attr, bool) {
	d := f.d
	a := attr{}
	if !d.tagged(k, tcGapThought) || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return a, false
	}
	if !d.word(k+1) || d.toks[k+1].quote != 0 || !d.in(k+1, wcRelVerb) && !d.is(k+1, "need") && !d.is(k+1, "needs") {
		return a, false
	}
	j := k - 1 // the subject pronoun, maybe before an adverb
	if d.word(j) && (lyAdverb(d.lw(j)) || d.is(j, "still") || d.is(j, "also")) {
		j--
	}
	if (d.is(k, "hope") || d.is(k, "hopes")) && j == k-1 {
		if a, ok := f.hopeGap(k, lim, s, false); ok {
			return a, true
		}
	}
	if a, ok := f.hopeGap(k, lim, s, true); ok {
		return a, true // "…, whom many progressives believed was …"
	}
	if j <= s.ts || !d.word(j) || !subjectPronouns[d.lw(j)] || d.toks[j].quote != 0 {
		return a, false
	}
	if objGapVerbs[d.lw(k)] && !modalVerbs[d.lw(k+1)] {
		return a, false // "the people I know are …": the verb's own object is the gap
	}
	h := j - 1
	if h < lim || !d.word(h) || d.toks[h].quote != 0 {
		return a, false
	}
	start := -1
	if d.is(h, "whom") {
		start = h
	} else {
		w := d.lw(h)
		if d.toks[h].cap || d.in(h, wcTimeWord|wcTimeNoun|wcDetModifier|wcNounDeterminer|wcAuxVerb|wcVenuePrep|wcSubordinator) || lyAdverb(w) || npStop[w] || d.cueAt(h) > 0 || isGerund(w) || isPast(w) {
			return a, false
		}
		// The noun phrase opens with a determiner up to three words back,
		// with only words between: "a new step", "the best guides".
		for i := h - 1; i >= lim && i >= h-3 && d.word(i) && d.toks[i].quote == 0; i-- {
			if d.in(i, wcDeterminer) {
				start = i
				break
			}
			if d.cueAt(i) > 0 || d.in(i, wcAuxVerb|wcVenuePrep) {
				break
			}
		}
	}
	if start < 0 {
		return a, false
	}
	sp, ok := f.contentSpan(start, f.objectEnd(k+1, f.contentEnd(k+1, s.te)))
	if !ok {
		return a, false
	}
	a = attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueThought, Count: 10, Prec: 0.5}, srcS: j, srcE: j + 1, coreE: j + 1, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.6
	return a, true
}

// mayNounOrGap says whether any reading of nounOrGap can start at token
// k. Pass 2 asks at every token: one class bit and two shape bits turn
// away most tokens, without the call and its large zero result.
func (f *finder) mayNounOrGap(k int) bool {
	d := f.d
	if d.in(k, wcNounByNoun|wcGapStart) {
		return true
	}
	return d.shaped(k, shLy|shNegAux)
}

// nounOrGap reads, at token k, a reporting noun with its "by" source
// (nounByThat) or a thought verb's gapped relative (thoughtGap).
// The caller asks mayNounOrGap first.
func (f *finder) nounOrGap(k, lim int, s sent) (attr, bool) {
	if a, ok := f.nounByThat(k, s); ok {
		return a, true
	}
	if a, ok := f.thinkSo(k, lim, s); ok {
		return a, true
	}
	if a, ok := f.hopeToGap(k, lim, s); ok {
		return a, true
	}
	if d := f.d; d.word(k) && (d.inLex(k, lcHopeToHedge) || lyAdverb(d.lw(k))) && d.word(k+1) && d.gapToVerb(k+1) {
		// "always hoped", "would like": the lexicon reads the pair as one cue here.
		if a, ok := f.hopeToGap(k+1, lim, s); ok {
			a.cueS = k
			return a, true
		}
	}
	return f.thoughtGap(k, lim, s)
}

// hopeToVerbs take an infinitive whose object, or subject, a noun
// before their own subject stands for. "want" does the same ("the things
// he wants to do"): outside other contents and quotations PolNeAR marks
// every such relative on train, with the noun phrase as content.
var hopeToVerbs = setOf("hope hopes hoped expect expects expected want wants wanted")

// gapToVerb says whether the word at k is a hopeToVerbs verb or the
// "like" or "love" of "would like": "the speech we would like to hear",
// "what we’d like to see".
func (d *doc) gapToVerb(k int) bool {
	if !d.word(k) {
		return false
	}
	w := d.lw(k)
	return d.inLex(k, lcHopeToVerb) || (w == "like" || w == "love") && (d.is(k-1, "would") || d.wouldContracted(k-1))
}

// gapQuantifiers open such a noun phrase like a determiner: "any
// proposals she would not want to defend".
var gapQuantifiers = setOf("any every no")

// gapHeads are pronouns that head the noun phrase of such a relative
// themselves: "anything the chef would like to see", "what voters want
// to hear".
var gapHeads = setOf("what whatever anything something everything nothing someone anyone everyone")

// gapStarts are the words other than "-ly" adverbs and negated
// auxiliaries at which thinkSo, hopeToGap and thoughtGap can start.
var gapStarts = setUnion(setOf("never also still like love"), gapThoughtVerbs, soVerbs, pronounObjVerbs, hopeToVerbs, hopeToHedges)

// hopeToHedges may stand between the subject and the verb: "always
// hoped", "could actually hope".
var hopeToHedges = setOf("always still also once now never actually could would might had")

// hopeToGap reads a noun with a relative "hope"/"expect" clause whose
// infinitive lacks its object or subject: "the best ally she always
// hoped to have", "a port that he hoped to win by a wide margin", "a
// strike it expects to last into spring". PolNeAR marks the noun phrase
// through the infinitive, with the clause's subject as source (5 of 6
// on train); read alone, the infinitive gave a content with no head.
func (f *finder) hopeToGap(k, lim int, s sent) (attr, bool) {
	d := f.d
	a := attr{}
	if !d.gapToVerb(k) || d.toks[k].cap || d.toks[k].quote != 0 || !d.is(k+1, "to") || !d.word(k+2) || d.toks[k+2].cap {
		return a, false
	}
	j := k - 1
	for n := 0; n < 3 && j > s.ts; n++ {
		if d.toks[j].kind == tkPoss && d.word(j-1) && subjectPronouns[d.lw(j-1)] {
			j-- // "he’s wanted to": the contracted "has"
			continue
		}
		if !d.word(j) || d.toks[j].cap || !(d.inLex(j, lcHopeToHedge) || lyAdverb(d.lw(j)) || d.inLex(j, lcNegation) || negatedAux(d.lw(j)) || d.in(j, wcAuxVerb) && !d.in(j, wcBeForm)) {
			break
		}
		j--
	}
	se := j + 1 // the subject ends before se
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 {
		return a, false
	}
	if subjectPronouns[d.lw(j)] || d.is(j, "it") || j == k-1 && d.wouldContracted(j) {
		j-- // "he", or "we’d" right before "like"
	} else {
		n := 0
		for j > s.ts && (d.word(j) && d.toks[j].cap || d.is(j, ".") && d.word(j-1) && d.toks[j-1].cap) && n < 5 {
			j--
			n++
		}
		if n == 0 || d.capWord(j+1) && d.toks[j+1].cap && j+1 == s.ts {
			return a, false
		}
	}
	ss, h := j+1, j
	opens := h == s.ts && d.word(h) && gapHeads[d.lw(h)] // "Everything they want to build …"
	if h < lim || h <= s.ts && !opens || !d.word(h) || d.toks[h].quote != 0 || d.toks[h].cap && !opens {
		return a, false
	}
	start := -1
	if d.is(h, "that") {
		if w := d.lw(h - 1); d.word(h-1) && !d.toks[h-1].cap && !auxVerbs[w] && !npStop[w] && d.cueAt(h-1) == 0 && !isPast(w) {
			start = h
		}
	} else if gapHeads[d.lw(h)] {
		start = h
	} else if w := d.lw(h); !(d.in(h, wcTimeWord|wcTimeNoun|wcDetModifier|wcNounDeterminer|wcAuxVerb|wcVenuePrep|wcSubordinator) || lyAdverb(w) || npStop[w] || d.cueAt(h) > 0 || isGerund(w) || isPast(w) || w == "of") {
		// "of" ends no noun phrase: "the head of State wants to …" is
		// one subject.
		for i := h - 1; i >= lim && i >= h-3 && d.word(i) && d.toks[i].quote == 0; i-- {
			if d.in(i, wcDeterminer) || gapQuantifiers[d.lw(i)] {
				start = i
				break
			}
			if d.cueAt(i) > 0 || d.in(i, wcAuxVerb|wcVenuePrep) && !d.is(i, "of") {
				break
			}
		}
	}
	if start < 0 {
		return a, false
	}
	end := f.contentEnd(k+2, s.te)
	verbEnd := false // the main clause's verb ends the phrase
	for i := k + 3; i < end; i++ {
		if i == k+3 && d.is(k+2, "see") && isPast(d.lw(i)) {
			continue // "would like to see rebooted": the participle is the wish's
		}
		if d.toks[i].quote != 0 || d.is(i, ",") || d.is(i, ";") || isDashTok(d, i) || d.word(i) && !d.toks[i].cap && (d.in(i, wcAuxVerb) || isPast(d.lw(i)) || d.inLex(i, lcClauseSub)) {
			end = i // the relative clause ends where the main clause goes on ("… she hoped to hire left in May") or a clause of its own opens ("… since 2010")
			verbEnd = d.word(i) && !d.inLex(i, lcClauseSub)
			break
		}
	}
	cut := k + 3
	if d.is(k+2, "see") && isPast(d.lw(cut)) {
		cut++ // "What we’d like to see rebooted is …"
	}
	if start == s.ts && d.word(cut) && end > cut && !((objectPreps[d.lw(cut)] || npNoStart[d.lw(cut)]) && verbEnd) {
		// The noun phrase opens the sentence, so the main clause's verb
		// comes right after the infinitive: "The things he wants to do
		// matter". A preposition goes on with the infinitive's phrase
		// when an auxiliary or past verb shows where the main clause
		// starts ("The road he wants to build through the park will …").
		end = cut
	}
	sp, ok := f.contentSpan(start, end)
	if !ok {
		return a, false
	}
	a = attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueThought, Count: 10, Prec: 0.5}, srcS: ss, srcE: se, coreE: se, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.6
	return a, true
}

// hopeGap reads "a plan that the board hopes will …", "what the city
// hopes will become …": after a relative "that", "which" or "what" any
// short subject may stand before "hope", which PolNeAR marks there 5
// times in 6 on train (other thought verbs under 40%). The content
// starts at the relative word.
//
// With aside set, any thought verb is read after "who", "whom" or
// "which" that a comma opens ("…, who many feel need a strong showing"):
// 2 of 2 on train, where the same words after "asked" are a question.
func (f *finder) hopeGap(k, lim int, s sent, aside bool) (attr, bool) {
	d := f.d
	a := attr{}
	h := -1
	for i := k - 1; i >= lim && i > s.ts && i >= k-7; i-- {
		if !(d.word(i) || d.toks[i].kind == tkPoss) || d.toks[i].quote != 0 {
			return a, false
		}
		if !aside && (d.is(i, "that") || d.is(i, "which") || d.is(i, "what")) {
			h = i
			break
		}
		if aside && (d.is(i, "who") || d.is(i, "whom") || d.is(i, "which")) {
			if !d.is(i-1, ",") || d.toks[i-1].quote != 0 {
				return a, false
			}
			h = i
			break
		}
		if w := d.lw(i); d.word(i) && !d.toks[i].cap && (d.in(i, wcAuxVerb|wcVenuePrep|wcSubordinator) || isPast(w) || isGerund(w) || d.cueAt(i) > 0) {
			return a, false
		}
	}
	if h < 0 || h+1 >= k || d.is(h, "that") && (!d.word(h-1) || d.toks[h-1].quote != 0 || d.in(h-1, wcAuxVerb) || d.in(h-1, wcNPStop) || d.cueAt(h-1) > 0) {
		return a, false
	}
	end := f.objectEnd(k+1, f.contentEnd(k+1, s.te))
	if aside {
		for i := k + 2; i < end; i++ {
			if d.is(i, ",") && d.toks[i].quote == 0 {
				end = i // "…, whom many believed was honest, resigned": the aside closes
				break
			}
		}
	}
	sp, ok := f.contentSpan(h, end)
	if !ok {
		return a, false
	}
	a = attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueThought, Count: 10, Prec: 0.5}, srcS: h + 1, srcE: k, coreE: k, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.6
	return a, true
}

// soVerbs take "so" for a clause already said: "Cruz thinks so, too";
// pronounObjVerbs take "it", "this" or "that" for one: "Voters know it
// too", "only half believe that."
var pronounObjVerbs = setOf("know knows knew believe believes believed")
var soVerbs = setOf("think thinks thought believe believes believed hope hopes hoped expect expects suspect suspects suppose guess fear feared")

// thinkSo reads a thought verb whose object is a closing "so" ("I think
// so.", "Cruz apparently thinks so, too", "his rivals never thought
// so"): PolNeAR marks "so" alone as the content (3 of 3 on train), with
// an adverb before the verb in the cue. k is where the cue starts, the
// verb itself or one adverb before it.
func (f *finder) thinkSo(k, lim int, s sent) (attr, bool) {
	d := f.d
	a := attr{}
	v := k
	if d.word(k) && (lyAdverb(d.lw(k)) || d.is(k, "never") || d.is(k, "also") || d.is(k, "still") || negatedAux(d.lw(k))) && d.word(k+1) && d.inLex(k+1, lcSoVerb|lcPronounObjVerb) {
		v = k + 1
	}
	if !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || !d.word(v+1) || d.toks[v+1].quote != 0 {
		return a, false
	}
	n := v + 2
	switch {
	case d.inLex(v, lcSoVerb) && d.is(v+1, "so"):
		if n < s.te && d.word(n) && !d.is(n, "too") {
			return a, false // "think so much", "hoped so many would": not the pro-form
		}
	case d.inLex(v, lcPronounObjVerb) && (d.is(v+1, "it") || d.is(v+1, "this")):
		// "know it too, and …", "know this and take advantage of it"
		if n < s.te && !(d.is(n, ".") || d.is(n, "!") || d.is(n, ",") || d.is(n, ";") || d.is(n, "too") || d.is(n, "and")) {
			return a, false
		}
		if d.is(k-2, "as") {
			return a, false // "the party as we know it": a fixed phrase
		}
	case d.inLex(v, lcPronounObjVerb) && d.is(v+1, "that"):
		if n < s.te && !(d.is(n, ".") || d.is(n, "!")) {
			return a, false // "believe that, …": a clause follows
		}
	default:
		return a, false
	}
	j := k - 1
	if j < lim || !d.word(j) || d.toks[j].quote != 0 {
		return a, false
	}
	b := j
	if !subjectPronouns[d.lw(j)] {
		if b = d.npBack(j, max(lim, s.ts)); b < 0 {
			return a, false
		}
	}
	a = attr{cueS: k, cueE: v + 1, entry: cueEntry{Type: CueThought, Count: 10, Prec: 0.5}, srcS: b, srcE: j + 1, coreE: f.mentionEnd(b, j), inherit: -1}
	a.frags = [][2]int{{int(d.toks[v+1].s), int(d.toks[v+1].e)}}
	a.venueS, a.venueE = v+2, v+2
	a.conf = 0.6
	return a, true
}

// objGapVerbs take a plain object, so in "the people I know are …" the
// relative's gap is their object, not the subject of a clause they
// report; only a modal after them ("a step they know would help") shows
// the gap is that clause's subject.
var objGapVerbs = setOf("know knows knew feel feels felt")
