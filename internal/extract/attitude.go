package extract

import "strings"

// Attitude adjectives with a prepositional object: "the board has been
// critical of the levy", "the mayor was clearly unhappy with the
// ruling", "tenants angry at the landlord". PolNeAR marks the
// adjective and its preposition as the cue, the subject as the source
// and the object as the content, as for "worried about" (about.go).

// attitudeOf, attitudeWith, attitudeAt, attitudeIn and attitudeBy are the
// adjectives whose object after that preposition PolNeAR marks: outside
// quotations, 35 of about 51 such phrases no other layout read on train.
// "concerned with" joins them after a form of "be" (attitudePredicative).
// "aware of", "proud of", "opposed to", "open to" and "interested in" are
// left out: PolNeAR marks them in a third or fewer of their uses.
var (
	attitudeOf   = setOf(attitudeOfWords)
	attitudeWith = setOf(attitudeWithWords)
	attitudeAt   = setOf(attitudeAtWords)
	attitudeIn   = setOf(attitudeInWords)
	attitudeBy   = setOf(attitudeByWords + " " + feelingByWords)
	feelingBy    = setOf(feelingByWords)
)

const (
	attitudeOfWords   = "critical skeptical sceptical supportive wary enamored enamoured dismissive appreciative mindful tired"
	attitudeWithWords = "concerned frustrated unhappy comfortable pleased satisfied impressed disappointed angry upset furious"
	attitudeAtWords   = "angry furious"
	attitudeInWords   = "disappointed confident"
	attitudeByWords   = "impressed pleased"
)

// feelingByWords are feeling participles whose cause after "by" PolNeAR
// marks as the content of the subject's attitude: "the growers were
// alarmed by the tariff", "fans have been outraged by the ruling". Only
// after a form of "be" (attitudePredicative): "groups troubled by the
// vote" and "Angered by the ruling, she …" are left to the other layouts.
// "inspired", "encouraged" and "emboldened" name a cause acting on
// the subject, "frustrated", "surprised" and "stunned" a mood more than a
// stance: on train their "by" phrase held no gold content.
const feelingByWords = "alarmed amused angered annoyed appalled baffled bothered delighted disgusted dismayed distressed disturbed enraged fascinated frightened heartened horrified infuriated intrigued irritated outraged perplexed puzzled saddened shaken shocked startled terrified thrilled troubled unimpressed untroubled worried"

// attitudeVerbs take the object of their stance or complaint after a
// preposition: "the union railed against the toll", "the board balked
// at the cost", "she disagreed with the ruling", "he argued for a
// freeze". On PolNeAR train 16 of the 22 such phrases outside quotations
// no other layout read are marked. "warned of" is left to the cue
// lexicon, whose layouts already read it (6 of its 8 uses are marked on
// train); here it only added readings inside relative clauses
// ("officials who have warned of …"). "agree with" reads as "disagree
// with" does: the learned lexicon holds only some of its forms and
// frames, and of the 9 uses outside them on train (both halves) the
// object is the gold content 6 times ("the union agreed with the
// ruling", "did not entirely agree with him").
var (
	attitudeVerbsOf      = setOf(attitudeVerbsOfWords)
	attitudeVerbsWith    = setOf(attitudeVerbsWithWords)
	attitudeVerbsAt      = setOf(attitudeVerbsAtWords)
	attitudeVerbsAgainst = setOf(attitudeVerbsAgainstWords)
	attitudeVerbsFor     = setOf(attitudeVerbsForWords)
	attitudeVerbsOn      = setOf(attitudeVerbsOnWords)
)

const (
	attitudeVerbsOfWords      = "complained complain complains complaining"
	attitudeVerbsWithWords    = "disagree disagrees disagreed disagreeing agree agrees agreed agreeing"
	attitudeVerbsAtWords      = "balk balks balked balking bristle bristles bristled bristling scoff scoffs scoffed scoffing"
	attitudeVerbsAgainstWords = "rail rails railed railing argue argues argued arguing"
	attitudeVerbsForWords     = "argue argues argued arguing " + advocacyVerbsWords
	attitudeVerbsOnWords      = "comment comments commented commenting"
)

// advocacyVerbs name what their subject asks or votes for: "the union
// pushed for a raise", "most members would vote for the levy", "she has
// called for an inquiry". PolNeAR marks the phrase after "for" as the
// content, the verb and "for" as the cue. "campaign for", "fight for" and
// "focus on" are left out: on train their objects are a cause or a
// person's side, not something said, and are marked 1 time in 5 or
// fewer.
const advocacyVerbsWords = "vote votes voted voting call calls called calling push pushes pushed pushing press presses pressed pressing advocate advocates advocated advocating lobby lobbies lobbied lobbying plead pleads pleaded pleading ask asks asked asking"

// voteVerbs are the forms of "vote" among the advocacy verbs.
var voteVerbs = setOf("vote votes voted voting")

// attitudeNounForms are heads that are as often nouns ("a vote for the
// levy", "his push for a deal", "her comments on trade"). They count as
// verbs only after a word that cannot stand before a noun.
var attitudeNounForms = setOf("vote votes call calls push pushes press advocate advocates comment comments lobby plea")

// attitudeHeads are all the words attitudeHead takes, for a class bit
// that rules out most tokens with one load.
var attitudeHeads = setOf(attitudeOfWords + " " + attitudeWithWords + " " + attitudeAtWords + " " + attitudeInWords + " " + attitudeByWords + " " + feelingByWords + " " +
	attitudeVerbsOfWords + " " + attitudeVerbsWithWords + " " + attitudeVerbsAtWords + " " + attitudeVerbsAgainstWords + " " + attitudeVerbsForWords + " " + attitudeVerbsOnWords)

// attitudeHead says whether adjective or verb adj takes its attitude's
// object after preposition prep.
func attitudeHead(adj, prep string) bool {
	switch prep {
	case "of":
		return attitudeOf[adj] || attitudeVerbsOf[adj]
	case "with":
		return attitudeWith[adj] || attitudeVerbsWith[adj]
	case "at":
		return attitudeAt[adj] || attitudeVerbsAt[adj]
	case "in":
		return attitudeIn[adj]
	case "by":
		return attitudeBy[adj]
	case "against":
		return attitudeVerbsAgainst[adj]
	case "for":
		return attitudeVerbsFor[adj]
	case "on":
		return attitudeVerbsOn[adj]
	}
	return false
}

// attitudeObjects adds the attributions of attitude adjectives no other
// layout read. It runs after aboutObjects and shares its readers.
func (f *finder) attitudeObjects() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.attitudeSentence(si, n0)
		f.frontedFeeling(si, n0)
	}
}

func (f *finder) attitudeSentence(si, n0 int) {
	if !f.sentHas(si, wcAttitudeHead) {
		return
	}
	d := f.d
	s := f.sents[si]
	for k := s.ts + 1; k+1 < s.te; k++ {
		h := k - 1
		if !d.in(h, wcAttitudeHead) || !d.word(k) || !d.word(h) || d.toks[k].quote != 0 || d.toks[h].quote != 0 || d.toks[h].cap {
			continue
		}
		if !attitudeHead(d.lw(h), d.lw(k)) {
			if p := d.voteGap(h, s.te); p > 0 {
				f.attitudeAt(si, n0, h, p)
			}
			continue
		}
		f.attitudeAt(si, n0, h, k)
	}
}

// attitudeAt adds the attribution of the attitude head at h whose
// preposition (the cue's last token) is at k, unless another layout read
// it or its frame is no stance.
func (f *finder) attitudeAt(si, n0, h, k int) {
	d := f.d
	s := f.sents[si]
	if attitudeNounForms[d.lw(h)] && !verbBefore(d, h-1, s, strings.HasSuffix(d.lw(h), "s") && d.finiteAfter(k+1, s.te)) {
		return // "an impassioned call for unity": a noun
	}
	if f.cueOwner(si, k, n0) != nil || f.cueOwner(si, h, n0) != nil || f.inContent(k, n0) {
		return
	}
	a := attr{cueS: h, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.5}
	if !f.attitudeSource(&a, s) {
		return
	}
	sp, end, ok := f.attitudeObject(&a, k+1, s)
	if !ok {
		return
	}
	if attitudePredicative[d.lw(h)] && !d.beFormIn(a.cueS, h) {
		return // "a treaty concerned with fishing rights": a topic
	}
	if d.is(k, "with") && a.srcS >= 0 && a.coreE > a.srcS && docNouns[d.lw(a.coreE-1)] {
		// "The study is concerned with tides", "the figures agree
		// with the forecast": a document's topic or its match, no stance
		return
	}
	if attitudeVerbsOf[d.lw(h)] && d.ailmentIn(k+1, end) {
		return // "complained of chest pains": a symptom, no stance
	}
	if d.is(k, "for") && d.spanOfTime(k+1, end) {
		return // "voted for the third time", "lobbied for months": how long, not what
	}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = end, s.te
	f.attrs = append(f.attrs, a)
}

// voteGap reads a form of "vote" at h whose side comes after a few words
// or in another phrase: "voted twice for", "voted 6-1 against", "voted
// overwhelmingly for", "voted in favor of", "voted down". It returns the
// cue's last token, or 0. On PolNeAR train gold marks these 7 times in 9.
func (d *doc) voteGap(h, end int) int {
	if !voteVerbs[d.lw(h)] {
		return 0
	}
	i := h + 1
	if d.is(i, "down") && i+1 < end && d.toks[i].quote == 0 {
		return i // "voted down the bill"
	}
	for n := 0; n < 2 && i < end && d.toks[i].quote == 0 && voteGapWord(d, i); n++ {
		i++
	}
	switch {
	case i+2 < end && d.is(i, "in") && (d.is(i+1, "favor") || d.is(i+1, "favour")) && d.is(i+2, "of") && d.toks[i+2].quote == 0:
		return i + 2
	case i > h+1 && i+1 < end && (d.is(i, "for") || d.is(i, "against")) && d.toks[i].quote == 0:
		return i
	}
	return 0
}

// voteGapWord says whether token i may stand between "vote" and its side:
// a manner or degree adverb, a count of times or a tally ("6-1").
func voteGapWord(d *doc, i int) bool {
	if !d.word(i) {
		return false
	}
	w := d.lw(i)
	return lyAdverb(w) && !sentenceAdverbs[w] || voteTimes[w] || voteTally(w)
}

// voteTimes count how often or how a vote went.
var voteTimes = setOf("twice once again unanimously overwhelmingly heavily solidly narrowly")

// voteTally says whether w is a tally like "6-1" or "52-48".
func voteTally(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && isDigits(a) && isDigits(b)
}

// attitudeObject reads the object of an attitude or stance cue from
// token k: about's content, cut before a clause of its own.
func (f *finder) attitudeObject(a *attr, k int, s sent) ([2]int, int, bool) {
	sp, end, ok := f.aboutContent(k, s)
	if !ok {
		return sp, end, false
	}
	rel := a.srcE == a.srcS+1 && f.d.in(a.srcS, wcRelWord)
	if e := f.attitudeObjectEnd(k, end, rel); e < end {
		if sp, ok = f.npSpan(k, e); !ok {
			return sp, end, false
		}
		end = e
	}
	return sp, end, true
}

// attitudeObjectEnd cuts an attitude's object before a clause of its
// own: "wary of the quota but plan to comply", "critical of the deal - a
// pact she once backed", "complained of the noise and was moved". In a
// relative clause the object ends where the main verb comes: "pilots
// who were wary of the merger resigned".
func (f *finder) attitudeObjectEnd(k, end int, rel bool) int {
	d := f.d
	if rel {
		end, _ = f.npObjectEnd(k, end, true)
	}
	for i := k + 1; i < end; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if d.word(i) && npClauseStops[d.lw(i)] || d.is(i, "—") || d.is(i, "–") || d.is(i, "-") && d.toks[i-1].e != d.toks[i].s || f.asSubClause(i, end) {
			return i
		}
		if (d.is(i, "and") || d.is(i, "or")) && (d.in(i+1, wcAuxVerb|wcBeForm) || f.coordinatedVerb(i+1)) {
			return i // a second predicate of the subject
		}
	}
	return end
}

// attitudePredicative are attitude adjectives that hold a stance only
// after a form of "be" ("the council was concerned with the toll"): on a
// noun they name a topic ("a treaty concerned with fishing rights").
var attitudePredicative = setOf("concerned " + feelingByWords)

// beFormIn says whether a form of "be" stands in tokens [a, b).
func (d *doc) beFormIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.in(i, wcBeForm) {
			return true
		}
	}
	return false
}

// ailments are what a patient complains of: "complained of chest pains".
var ailments = setOf("pain pains ache aches headache headaches nausea dizziness fatigue fever symptoms soreness numbness cramps cough breathing swelling")

// ailmentIn says whether an ailment word stands in tokens [a, b).
func (d *doc) ailmentIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.word(i) && ailments[d.lw(i)] {
			return true
		}
	}
	return false
}

// attitudeSource extends the cue over the verbs, negation and degree
// words before the adjective ("have not been particularly critical of":
// PolNeAR's cue) and finds the subject before them.
func (f *finder) attitudeSource(a *attr, s sent) bool {
	d := f.d
	h := a.cueS
	for a.cueS-1 > s.ts && d.word(a.cueS-1) && d.toks[a.cueS-1].quote == 0 && attitudeLead(d, a.cueS-1) {
		a.cueS--
	}
	if a.cueS-1 > s.ts && d.in(a.cueS-1, wcDeterminer) {
		return false // "the most critical of": a noun phrase
	}
	a.entry = cueEntry{Type: CueThought, Count: 10, Prec: 0.6}
	infinitive := a.cueS == h && d.is(h-1, "to") && d.toks[h-1].quote == 0
	if infinitive {
		if voteVerbs[d.lw(h)] {
			// "the charter obliges pilots to vote for …", "urged
			// voters to vote for …": whose vote, the frame seldom says
			return false
		}
		a.cueS-- // "used the speech to call for": the infinitive's holder
	}
	return f.aboutSource(a, s, infinitive) && !f.perceivedHolder(a, s)
}

// attitudeLead says whether token k belongs to the cue before an
// attitude adjective: an auxiliary, a form of "be", a negation or a
// degree adverb.
func attitudeLead(d *doc, k int) bool {
	w := d.lw(k)
	return d.in(k, wcAuxVerb|wcBeForm) || negations[w] || negatedAux(w) || aboutDegrees[w] || lyAdverb(w) || w == "also" || w == "still" || w == "already"
}

// attitudeThat are adjectives whose "that" clause holds their subject's
// belief or hope: "she was hopeful that the deal would pass". As cues
// alone they are weak (the lexicon's "hopeful" is right 1 time in 13);
// before "that" after a form of "be" PolNeAR marks them about half the
// time among those no layout read on train.
var attitudeThat = setOf("confident hopeful optimistic aware certain sure worried concerned upset fearful skeptical sceptical")

// adjectiveThatCue raises the entry of an attitude adjective right
// before "that" after a form of "be": "were hopeful that …", or before
// a clause of its own after a subject other than "it": "the club is
// hopeful the regatta will return" (4 of 5 such on train marked; after
// "it", as in "it was fairly certain the …", the adjective has no
// holder). A degree word between them opens the cue, so that the
// subject is found before the verb as for the bare adjective: "is
// increasingly confident that …" has the cue "increasingly confident".
func (f *finder) adjectiveThatCue(k, n int, e cueEntry, end int) (int, cueEntry) {
	d := f.d
	if n > 1 || e.Prec >= 0.5 || d.toks[k].quote != 0 || !d.word(k) || !d.word(k-1) || !d.in(k-1, wcBeForm) {
		return n, e
	}
	j := k // the adjective
	if w := d.lw(k); (aboutDegrees[w] || lyAdverb(w)) && d.word(k+1) && d.toks[k+1].quote == 0 {
		j = k + 1
	}
	if !d.in(j, wcAttitudeThat) || !d.is(j+1, "that") && (d.itSubject(k) || asFarAs(d, k-1) || !f.newClause(j+1, end)) {
		return n, e
	}
	return j - k + 1, cueEntry{Type: CueThought, Count: 10, Prec: 0.5}
}

// remainForms link a subject to a state as "be" does: "they remain
// hopeful that …".
var remainForms = setOf("remain remains remained")

// linkingAttitudeCue reads a linking verb, an attitude adjective and
// "that" ("Rubio seemed hopeful that …", "some remained skeptical that
// …", "donors remain confident that …") as one cue, as the lexicon reads
// the same adjective after "be": PolNeAR marks the subject as the source
// and the that-clause as the content (5 of 6 on train). A degree word
// may stand before the adjective ("seemed fairly confident that").
func (f *finder) linkingAttitudeCue(k, n int, e cueEntry) (int, cueEntry) {
	d := f.d
	if !d.in(k, wcRaisingCue) && !remainForms[d.lw(k)] {
		return n, e
	}
	j := k + 1
	if w := d.lw(j); d.word(j) && (aboutDegrees[w] || lyAdverb(w)) {
		j++
	}
	if n > j-k || !d.word(j) || d.toks[j].quote != 0 || !d.in(j, wcAttitudeThat) || !d.is(j+1, "that") || d.itSubject(k) {
		return n, e
	}
	return j - k + 1, cueEntry{Type: CueThought, Count: 10, Prec: 0.5}
}

// asFarAs says whether "as far as" opens the few words before the verb
// at v: "as far as growers are concerned the levy is dead" frames the
// clause, and the growers hold no view of it.
func asFarAs(d *doc, v int) bool {
	for j := v - 2; j >= 1 && v-j <= 6; j-- {
		if d.is(j, "far") && d.is(j-1, "as") && d.is(j+1, "as") {
			return true
		}
	}
	return false
}

// verbBefore says whether token j, just before a head that may be a noun
// or a verb, makes it a verb: an auxiliary, a negation or adverb, a
// subject pronoun or relative, "to", a name that is not a possessor, or
// a plural noun ("the unions push for"). A determiner, possessive or
// adjective makes it a noun, and so does a name before a plural form
// that a later verb shows to be a subject's head ("Senate votes for the
// bill were scarce", "Trump comments on trade drew fire"); with no such
// verb the form is the verb ("Ruiz votes for the levy every year").
// nounPlural says the head is plural and such a verb follows.
func verbBefore(d *doc, j int, s sent, nounPlural bool) bool {
	if j < s.ts || !d.word(j) || d.toks[j].quote != 0 {
		return false
	}
	w := d.lw(j)
	switch {
	case possPronouns[w] || determiners[w]:
		return false
	case d.in(j, wcAuxVerb|wcBeForm), negations[w], negatedAux(w), lyAdverb(w), relWords[w], w == "to", w == "also", w == "still", w == "often", w == "just":
		return true
	case pronouns[w]:
		return true
	case d.toks[j].cap:
		return !nounPlural && j+1 < s.te && d.toks[j+1].kind != tkPoss
	}
	return sForm(w)
}

// spanOfTime says whether the phrase in tokens [a, b) opens with a
// length or a count of time ("the third time", "months", "several
// weeks", "most of the year"): after "for" it says how long or how often
// the verb went on, not what was asked or voted for.
func (d *doc) spanOfTime(a, b int) bool {
	for i := a; i < b && d.word(i); i++ {
		w := d.lw(i)
		switch {
		case contentTimeNouns[w] || strings.HasSuffix(w, "s") && contentTimeNouns[w[:len(w)-1]] || w == "decades":
			return true
		case timeFillers[w] || ordinalWords[w] || isNumberWord(w) || w == "many" || w == "most":
		default:
			return false
		}
	}
	return false
}

// ordinalWords count the times a thing was done: "for the third time".
var ordinalWords = setOf("first second third fourth fifth sixth last final umpteenth")

// finiteAfter says whether tokens [k, e) hold a finite verb outside
// quotations: an auxiliary or a past form.
func (d *doc) finiteAfter(k, e int) bool {
	for i := k; i < e; i++ {
		if d.word(i) && d.toks[i].quote == 0 && !d.toks[i].cap && (d.in(i, wcAuxVerb) || isPast(d.lw(i))) {
			return true
		}
	}
	return false
}

// asSubClause says whether "as" at i opens a clause of time or reason
// before end ("pleaded for calm as the crowd grew", "as he spoke"): a
// subject pronoun, or a finite verb within a few words. "as" before a
// bare role ("a job as chief of staff") opens none.
func (f *finder) asSubClause(i, end int) bool {
	d := f.d
	if !d.is(i, "as") || d.toks[i].quote != 0 || !d.word(i+1) {
		return false
	}
	if d.in(i+1, wcSubjPronoun) {
		return true
	}
	for j := i + 2; j < end && j <= i+4; j++ {
		if d.word(j) && !d.toks[j].cap && (d.in(j, wcAuxVerb) || isPast(d.lw(j))) {
			return true
		}
	}
	return false
}
