package extract

import "strings"

// Thought and attitude cues the general layouts leave out.

// appearsAs says whether the "appear" form at k reads as an impression
// ("the old pier appeared unsafe", "the deal appears to hold"): "to", or
// a predicate word follows, maybe after a degree word or an "-ly" adverb
// ("appeared visibly tired"). Anything else is an appearance, in a place,
// at a time or in a manner ("appeared online", "appeared remotely from
// the jail", "appeared shortly after midnight", "appeared in court").
// PolNeAR marks the predicate reading 16 times in 23 on train.
func (d *doc) appearsAs(k int) bool {
	n := k + 1
	if d.is(n, "to") {
		return true
	}
	if d.is(k, "appear") {
		return false // "trying to appear moderate": an aim, seldom marked
	}
	if d.itSubject(k) && d.word(n) && subjectPronouns[d.lw(n)] {
		return true // "it appears she will run again": a clause follows
	}
	if d.word(n) && (aboutDegrees[d.lw(n)] || lyAdverb(d.lw(n)) && !lyAdjectives[d.lw(n)]) {
		n++ // "appeared visibly tired", "appears somewhat weaker"
	}
	if n >= len(d.toks) || !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 {
		return false
	}
	// "appeared confident that …": the that-clause is the content of
	// the attitude, read by the layouts for cue + that.
	return predicateWord(d.lw(n)) && !d.is(n+1, "that")
}

// itSubject says whether "it" is the subject of the verb at k, maybe
// with auxiliaries between: "it appears", "it had appeared".
func (d *doc) itSubject(k int) bool {
	j := k - 1
	for j > 0 && d.word(j) && d.in(j, wcAuxVerb|wcBeForm) {
		j--
	}
	return d.is(j, "it")
}

// predicateAdjectives are common predicate adjectives whose form tells
// nothing: "appeared ready", "appears likely", "seemed weaker".
var predicateAdjectives = setOf("ready poised likely unlikely certain uncertain sure unsure able unable willing unwilling eager keen set close closer weak weaker strong stronger happy unhappy calm tired upset open firm clear unclear safe unsafe fine ill uneasy alone alive intent content friendly unfriendly")

// countAdjectives have an adjective's ending but count a noun after
// them: "appeared several times", "appeared numerous times".
var countAdjectives = setOf("numerous various countless multiple several")

// predicateWord says whether lower-case w may be a predicate after a
// linking verb: a listed adjective, or a word with an adjective's or a
// past participle's ending ("paralyzed", "nervous", "hesitant"). Function
// words with such endings ("amid", "several", "instead") are left out.
func predicateWord(w string) bool {
	if predicateAdjectives[w] {
		return true
	}
	if strings.HasSuffix(w, "ly") || w == "indeed" || countAdjectives[w] {
		return false // "appeared nightly", "appeared numerous times"
	}
	if venuePreps[w] || determiners[w] || npStop[w] || possPronouns[w] || dayWords[w] || npAdverbs[w] || timeWords[w] || npNoStart[w] {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || len(w) > 6 && strings.HasSuffix(w, "ate") || adjectiveLike(w) && !titleWords[w] || strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "less") || strings.HasSuffix(w, "able") || strings.HasSuffix(w, "ible")
}

// predicateEnd cuts an adjective reading's content where the predicate
// ends: at a comma or a subordinate clause ("the pier appears unsafe
// after the storm", "the crew appeared tired, yawning through …");
// PolNeAR ends the impression there. An aside adverb set off by commas
// stays inside ("appears ready, however, to sell").
func (f *finder) predicateEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if d.is(i, ",") && d.word(i+1) && d.is(i+2, ",") && asideAdverbs[d.lw(i+1)] {
			i += 2
			continue
		}
		if d.is(i, ",") || d.is(i, ";") || d.word(i) && (d.inLex(i, lcClauseSub) || d.is(i, "when")) {
			return i
		}
	}
	return end
}

// pollParticipleHead returns the poll noun in [lo, c) that a dating
// participle follows ("a poll released Monday"), or -1.
func (d *doc) pollParticipleHead(lo, c int) int {
	for h := lo; h+1 < c; h++ {
		if d.in(h, wcPollWord) && datingParticiples[d.lw(h+1)] {
			return h
		}
	}
	return -1
}

// thoughtIn says whether a confident thought cue, or a cue other than a
// speech verb taking a "that" clause, stands in tokens [a, b), outside
// quotations: "believe", "accepted that". A speech verb does not count:
// "In a poll released Sunday, 8 percent of Democrats said …" is the
// poll's finding, the whole clause (5 of 5 on PolNeAR train).
func (d *doc) thoughtIn(a, b int) bool {
	for i := a; i < b; i++ {
		if !d.word(i) || d.toks[i].quote != 0 {
			continue
		}
		n, e := d.cueMatch(i)
		if n > 0 && (e.Type == CueThought && e.Prec >= 0.3 || !d.in(i, wcSayVerb) && d.is(i+n, "that")) {
			return true
		}
	}
	return false
}

// clauseThoughtVerbs are verbs of belief, knowledge and fear whose
// clause PolNeAR marks as their subject's thought when no other
// report holds them: "the grower believed the levy would pass". The
// lexicon's precision for the bare word counts its nested and
// infinitive uses too ("is believed to be", "said he believed …");
// before a clause of their own and outside other contents 57 of about
// 75 such verbs are marked on train, and the readings this adds pair
// with PolNeAR's 12 times in 21.
var clauseThoughtVerbs = setOf("believe believes believed think thinks thought feel feels felt fear fears feared hope hopes hoped know knows knew worry worries worried suspect suspects suspected assume assumes assumed realize realizes realized doubt doubts doubted")

// thoughtClauseCue raises the entry of a thought verb that a clause of
// its own follows, with or without "that", unless a report stands
// before it in sentence si: "Reyes said the pier is unsafe and he fears
// it will close" goes on with what was said, and PolNeAR marks no
// thought inside it.
func (f *finder) thoughtClauseCue(k, n int, e cueEntry, si, end int) (int, cueEntry) {
	d := f.d
	if n != 1 || e.Prec >= 0.5 || !d.in(k, wcClauseThought) || d.toks[k].cap || d.toks[k].quote != 0 {
		return n, e
	}
	for i := len(f.attrs) - 1; i >= 0 && f.attrs[i].sent == si; i-- {
		if f.attrs[i].cueS < k {
			return n, e
		}
	}
	if f.nounBefore(k) || d.is(k-1, "only") || f.modifiedThoughtNoun(k) {
		return n, e // "their hope the deal holds", "the only hope they have": a noun
	}
	if d.is(k-2, "as") && d.in(k-1, wcSubjPronoun) && d.is(k+1, "it") {
		return n, e // "news as we know it": a fixed phrase
	}
	if k > 0 && negatedAux(d.lw(k-1)) {
		return n, e // "don't think …": negated cues are seldom marked (4 in 28 on train)
	}
	if !d.is(k+1, "that") && !f.newClause(k+1, end) {
		return n, e
	}
	return n, cueEntry{Type: CueThought, Count: 10, Prec: 0.5}
}

// andInThatClause says whether the verb at k follows "and" inside a
// "that" clause of its sentence, whose subject the layouts, reading
// back from the cue, do not find.
func (f *finder) andInThatClause(k int) bool {
	d := f.d
	if !d.is(k-1, "and") {
		return false
	}
	ts := f.sents[f.sentOf(k)].ts
	for j := k - 2; j >= ts; j-- {
		if d.is(j, "that") && d.toks[j].quote == 0 {
			return true
		}
	}
	return false
}

// thoughtNouns are the thought verbs that are as often nouns: "the
// growing fears the deal …", "no doubt the senator …".
var thoughtNouns = setOf("fear fears hope hopes doubt doubts thought worry worries")

// modifiedThoughtNoun says whether the thought word at k is a noun by
// what precedes it: "no", or a determiner two or three words back with
// only participles or adjectives between ("the mounting fears the bank
// would fail"), where a verb would follow a noun ("the public fears").
func (f *finder) modifiedThoughtNoun(k int) bool {
	d := f.d
	if !thoughtNouns[d.lw(k)] {
		return false
	}
	if d.is(k-1, "no") {
		return true
	}
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		if !d.word(j) || d.toks[j].quote != 0 {
			return false
		}
		w := d.lw(j)
		if j < k-1 && (determiners[w] || possPronouns[w]) {
			return true
		}
		if !(isGerund(w) || strings.HasSuffix(w, "ed") || adjectiveLike(w) && !knownHead(w)) {
			return false
		}
	}
	return false
}

// regardVerbs take an object and an "as" phrase that together hold
// their subject's view: "growers see the levy as a threat", "she views
// him as a rival". Outside other reports PolNeAR marks 11 of about 15
// such active frames no layout read on train (the readings this adds
// pair 6 times in 8); "viewed as" after a form of "be" is the passive
// the layouts read apart.
var regardVerbs = setOf("see sees saw view views viewed regard regards regarded")

// depictVerbs cast their object in a role an "as" phrase names, a
// judgement said about it: "portrayed her as hiding", "cast himself as an
// outsider", "presents herself as a physician". Train: the frame is
// marked 73 times in 100 for the first six verbs, 23 in 38 for the
// others; forms that are mostly nouns ("bills", "brand", "position")
// are left out.
var depictVerbs = setOf("portray portrays portrayed portraying cast casts casting paint paints painted painting describe describes described describing characterize characterizes characterized characterizing depict depicts depicted depicting present presents presented presenting pitches pitched pitching positioned positioning tout touts touted touting frame frames framed framing branded branding labeled labelled labeling labelling billed")

// asOpensClause says whether the "as" at j opens a clause, not a role: a
// determined noun and a finite verb ("as the polls opened", "as the
// vote was counted").
func (f *finder) asOpensClause(j int) bool {
	d := f.d
	if !d.in(j+1, wcNounDeterminer) || !d.word(j+2) || d.toks[j+2].cap || !d.word(j+3) || d.toks[j+3].cap {
		return false
	}
	return d.in(j+3, wcAuxVerb) || isPast(d.lw(j+3))
}

// regardAsCue raises the entry of a regard verb whose object, of up to
// six words, an "as" phrase follows. The infinitive ("to view credit
// scores as …") and the noun ("the grim view of …") are left out, and
// so is a clause after "as" ("saw the truck as they left").
func (f *finder) regardAsCue(k, n int, e cueEntry, end int) (int, cueEntry) {
	d := f.d
	if n > 1 || e.Prec >= 0.5 || !d.in(k, wcRegardVerb|wcDepictVerb) || d.toks[k].cap || d.toks[k].quote != 0 {
		return n, e
	}
	if k > 0 && (d.toks[k-1].kind == tkPoss || d.word(k-1) && (d.in(k-1, wcBeForm|wcDeterminer) || d.in(k-1, wcPossPronoun) || d.is(k-1, "to"))) {
		return n, e // "is viewed as", "their view as", "to view it as"
	}
	if f.andInThatClause(k) {
		return n, e // "is that investors take it in stride and view it as …": the subject is the clause's
	}
	for j := k + 2; j < end && j <= k+7; j++ {
		if d.toks[j].kind == tkPoss {
			continue
		}
		if !d.word(j) || d.toks[j].quote != 0 || d.is(j, "of") {
			return n, e
		}
		if d.is(j, "as") {
			if !d.word(j+1) || d.in(j+1, wcSubjPronoun) || d.is(j+1, "well") || d.is(j-1, "such") {
				return n, e
			}
			if d.in(k, wcDepictVerb) {
				if f.asOpensClause(j) {
					return n, e // "cast their ballots as the polls opened"
				}
				return 1, cueEntry{Type: CueSpeech, Count: 10, Prec: 0.5}
			}
			return 1, cueEntry{Type: CueThought, Count: 10, Prec: 0.5}
		}
	}
	return n, e
}
