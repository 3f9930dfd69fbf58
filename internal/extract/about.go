package extract

import "strings"

// aboutHeads are the predicates whose "about" phrase PolNeAR marks as the
// content of an attribution, "about" being the cue's last word: "Trump
// talked about trade", "she is worried about the polls", "he spoke out
// about the war". On PolNeAR train, outside quotations, the "about" of a
// speech head opens a gold content in 69% and 74% of its uses (the two
// halves), of an attitude adjective in 56% and 71%, of a writing verb in
// 2 of 7 and 7 of 8. Within quotations PolNeAR marks none.
var aboutHeads = buildAboutHeads()

func buildAboutHeads() map[string]CueType {
	m := map[string]CueType{}
	for t, ws := range map[CueType]string{CueSpeech: aboutSpeech, CueWriting: aboutWriting, CueThought: aboutThought} {
		for _, w := range strings.Fields(ws) {
			m[w] = t
		}
	}
	return m
}

const (
	aboutSpeech  = "gush gushes gushed gushing talk talks talked talking speak speaks spoke spoken speaking joke jokes joked joking complain complains complained complaining brag brags bragged bragging boast boasts boasted boasting muse mused musing vent vented speculate speculated speculating"
	aboutWriting = "write writes wrote written writing tweet tweets tweeted tweeting"
	aboutThought = "worried concerned angry nervous upbeat hopeful optimistic pessimistic skeptical sceptical anxious clear vocal candid frank upfront"
)

// aboutParticles stand between a head and its "about": "spoke out
// about", "opened up about".
var aboutParticles = setOf("out up openly publicly privately more much often frequently repeatedly glowingly freely candidly briefly")

// aboutObjects adds the attributions whose content is the object of
// "about" after a head of aboutHeads. It runs after the other layouts: a
// cue they read, or an "about" inside their contents, is left to them.
func (f *finder) aboutObjects() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.aboutSentence(si, n0)
	}
}

func (f *finder) aboutSentence(si, n0 int) {
	s := f.sents[si]
	for _, k := range f.d.scanned(swAbout, s.ts+1, s.te-1) {
		f.aboutAt(si, n0, int(k), s)
	}
	for _, k := range f.d.scanned(swOf, s.ts+1, s.te-1) {
		f.aboutAt(si, n0, int(k), s)
	}
}

// aboutAt reads the topic phrase whose "about" or "of" stands at k.
func (f *finder) aboutAt(si, n0, k int, s sent) {
	d := f.d
	{
		if d.toks[k].quote != 0 {
			return
		}
		h := f.aboutHead(k, s)
		if h < 0 || f.cueOwner(si, k, n0) != nil || f.cueOwner(si, h, n0) != nil || f.inContent(k, n0) {
			return
		}
		a := attr{cueS: h, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.6}
		if t, noun := aboutNounHeads[d.lw(h)]; noun {
			a.entry = cueEntry{Type: t, Count: 10, Prec: 0.75}
			if !f.aboutNounSource(&a, s) {
				return
			}
			a.conf = 0.5
		} else if !f.aboutVerbSource(&a, s) {
			return
		}
		sp, end, ok := f.aboutContent(k+1, s)
		if !ok {
			return
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = end, s.te
		f.attrs = append(f.attrs, a)
	}
}

// aboutVerbSource extends the cue of a verb or adjective head at a.cueS
// over what governs it and finds its source.
func (f *finder) aboutVerbSource(a *attr, s sent) bool {
	d := f.d
	h := a.cueS
	for a.cueS-1 > s.ts && d.word(a.cueS-1) && (aboutDegrees[d.lw(a.cueS-1)] || negatedAux(d.lw(a.cueS-1))) {
		a.cueS-- // "more vocal about", "wasn’t optimistic about": the degree or negation is part of the cue
	}
	if a.cueS-1 > s.ts && d.in(a.cueS-1, wcDeterminer) {
		return false // "the most nervous about": a noun phrase
	}
	if isGerund(d.lw(h)) && d.inLex(a.cueS-1, lcClauseSub) {
		return false // "when talking about …": whose, the clause may not say
	}
	if hw, pw := d.lw(h), d.lw(a.cueS-1); len(hw) > 4 && strings.HasSuffix(hw, "en") && d.word(a.cueS-1) && !d.in(a.cueS-1, wcAuxVerb|wcBeForm|wcPronoun) && !d.toks[a.cueS-1].cap && !lyAdverb(pw) {
		// "a book written about the war": a participle on a noun (an
		// -ed form after a noun is as often the past tense: "the mayor
		// talked about").
		return false
	}
	infinitive := d.is(a.cueS-1, "to")
	if infinitive {
		a.cueS-- // "came to talk about": the infinitive's holder
	} else if isGerund(d.lw(h)) && aboutCatenatives[d.lw(a.cueS-1)] {
		a.cueS-- // "starts talking about": the subject of "starts"
	}
	a.entry = cueEntry{Type: aboutHeads[d.lw(h)], Count: 10, Prec: 0.75}
	return f.aboutSource(a, s, infinitive) && !f.perceivedHolder(a, s)
}

// aboutHead returns the head before the "about" (or, for a verb of
// talk, the "of") at k, or -1.
func (f *finder) aboutHead(k int, s sent) int {
	d := f.d
	of := d.is(k, "of")
	j := f.topicModifiersBefore(k, s)
	if !d.word(j) || d.toks[j].quote != 0 {
		return -1
	}
	if of && (!talkHeads[d.lw(j)] || d.toks[j].cap && j > s.ts || aboutNouns[d.lw(j)] && !f.talkVerbAfter(j-1, s)) {
		return -1 // "Gingrich Takes Talk Of …", "Idle talk of …": a noun
	}
	if _, ok := aboutNounHeads[d.lw(j)]; ok {
		return j
	}
	if _, ok := aboutHeads[d.lw(j)]; !ok {
		return -1
	}
	if aboutNouns[d.lw(j)] && j > s.ts && (d.in(j-1, wcDeterminer) || d.in(j-1, wcPossPronoun) || d.is(j-1, "of") || d.toks[j-1].kind == tkPoss || d.word(j-1) && !d.toks[j-1].cap && !d.in(j-1, wcPronoun) && !d.in(j-1, wcSkipBetween) && !d.inLex(j-1, lcNegation) && !d.is(j-1, "to") && !d.is(j-1, "and") && !d.is(j-1, "or") && !strings.HasSuffix(d.lw(j-1), "s")) {
		return -1 // "the harsh talk about", "one joke about": a noun
	}
	return j
}

// talkHeads are the verbs of talk. Their "of" phrase is their topic as
// their "about" phrase is ("spoke of his faith", "talks freely of her
// years in the Senate"), and a hearer may stand before the topic
// ("talked to reporters about the plan"). On PolNeAR train, outside
// quotations, the verbs' "of" opens a gold content in 12 of 22 uses
// right after the verb and in 9 of 10 after an adverb ("spoke movingly
// of"); the noun "talk of" is left out (3 of 9). A hearer before
// "about" comes with a gold attribution in 8 of 10.
var talkHeads = setOf("speak speaks spoke spoken speaking talk talks talked talking")

// topicModifiersBefore returns the token before the words that may stand
// between a head and the "about" or "of" at k: the particles and manner
// adverbs ("spoke out about", "spoke passionately about", "spoke at
// length about") and, after a verb of talk, its hearer ("talked to
// McConnell about", "spoke with Breitbart News about").
func (f *finder) topicModifiersBefore(k int, s sent) int {
	d := f.d
	j := k - 1
	if d.is(k, "about") {
		// Only "about" follows a hearer: "of", far more common, is
		// spared the search.
		if h := f.hearerBefore(k, s); h > 0 {
			j = h - 1
		}
	} else if d.is(k, "of") && d.is(k-2, "with") && d.word(k-1) && !d.toks[k-1].cap && !d.in(k-1, wcDeterminer) {
		j = k - 3 // "speak with admiration of": the manner, no hearer
	}
	for j > s.ts && k-j < 4 && d.word(j) && (aboutParticles[d.lw(j)] || !d.toks[j].cap && lyAdverb(d.lw(j)) || d.is(j, "length") && d.is(j-1, "at")) {
		if d.is(j, "length") {
			j--
		}
		j--
	}
	return j
}

// hearerBefore returns the "to" or "with" opening a short hearer phrase
// that ends right before k and follows a verb of talk ("spoke to CNN",
// "talked with the governor's aides"), or -1. Before "of" the phrase
// would be the hearer's own ("spoke to the gathering of …").
func (f *finder) hearerBefore(k int, s sent) int {
	d := f.d
	for i := k - 2; i > s.ts && i >= k-5; i-- {
		if !d.word(i) && d.toks[i].kind != tkPoss || d.toks[i].quote != 0 || d.in(i, wcRelWord|wcAuxVerb) {
			return -1
		}
		if (d.is(i, "to") && !f.toInfinitive(i) || d.is(i, "with")) && talkHeads[d.lw(i-1)] {
			return i
		}
	}
	return -1
}

// talkVerbAfter says whether the word at i makes the "talk" or "talks"
// after it a verb before "of", where the noun is common ("talk of a
// merger"): a pronoun, an auxiliary, "to", an adverb of the verb or a
// name inside the sentence.
func (f *finder) talkVerbAfter(i int, s sent) bool {
	d := f.d
	return i >= s.ts && d.word(i) && (d.in(i, wcPronoun|wcAuxVerb|wcSkipBetween) || d.is(i, "to") || d.toks[i].cap && i > s.ts)
}

// aboutNouns are heads that are also nouns ("a joke about"); they count
// as verbs only after a subject, an auxiliary or "to".
var aboutNouns = setOf("talk talks joke jokes tweet tweets")

// aboutDegrees before an adjective head belong to the cue.
var aboutDegrees = setOf("more less very so too quite fairly somewhat rather increasingly deeply particularly especially extremely really")

// perceptionVerbs before a participle's subject make it something seen.
var perceptionVerbs = setOf("saw see sees seeing seen watched watch watching heard hear hears hearing")

// aboutNoStart are words an object of "about" does not begin with.
var aboutNoStart = setWith(npAdverbs, "next")

// aboutAlone are pronouns that are the whole object: "talked about it".
var aboutAlone = setOf("it them him us me you himself herself themselves itself")

// aboutContent reads the object of "about" starting at token k: a
// question ("how he would vote") to the clause's end, a gerund or a noun
// phrase as the main layout reads an object (PolNeAR's "about" contents
// are long: the noun-phrase reader's cut loses as many as it fixes).
func (f *finder) aboutContent(k int, s sent) ([2]int, int, bool) {
	d := f.d
	if k >= s.te || !d.word(k) || d.toks[k].quote != 0 {
		return [2]int{}, 0, false
	}
	w := d.lw(k)
	if whWords[w] || w == "who" || w == "when" || w == "if" {
		end := f.contentEnd(k, s.te)
		sp, ok := f.contentSpan(k, end)
		return sp, end, ok
	}
	if pronouns[w] && !wholeObjects[w] || npNoStart[w] || auxVerbs[w] || isNumberWord(w) || aboutNoStart[w] || isWeekday(w) || timeWords[w] && !determiners[w] {
		return [2]int{}, 0, false
	}
	if aboutAlone[w] {
		return [2]int{int(d.toks[k].s), int(d.toks[k].e)}, k + 1, true
	}
	end := f.contentEnd(k, s.te)
	end = f.newSubjectAfterAnd(k, f.objectEnd(k, f.subReportCut(k, f.innerReportCut(k, end))))
	sp, ok := f.npSpan(k, end)
	return sp, end, ok
}

// perceivedHolder says whether a perception verb governs the source:
// "she saw Trump talking about …".
func (f *finder) perceivedHolder(a *attr, s sent) bool {
	d := f.d
	if a.srcS < 0 {
		return false
	}
	for i := max(a.srcS-1, s.ts); i < a.cueS; i++ {
		if perceptionVerbs[d.lw(i)] && d.toks[i].quote == 0 {
			return true
		}
	}
	return false
}

// aboutCatenatives take a gerund head: "began talking about".
var aboutCatenatives = setOf("start starts started starting began begin begins keep keeps kept stop stops stopped continue continues continued resumed avoid avoids avoided")

// aboutSource finds who talks: the subject the main layout would read
// for a cue there, or, for an infinitive after an object ("met with
// reporters to talk about"), the noun-phrase layout's subject of the
// governing verb.
func (f *finder) aboutSource(a *attr, s sent, infinitive bool) bool {
	b := *a
	switch {
	case infinitive && f.npSource(&b, s):
	case f.preposed(&b, s):
	case !infinitive && f.npSource(&b, s):
	default:
		return false
	}
	if infinitive && (f.infinitiveOnSubject(&b, s) || f.expletiveIt(&b)) {
		// "The decision to call for a recount angered …": the infinitive
		// completes the subject's noun, which holds no view (and the
		// content would run on into the main verb); "It is hard to argue
		// against …": no one's.
		return false
	}
	a.srcS, a.srcE, a.coreE, a.inherit = b.srcS, b.srcE, b.coreE, b.inherit
	return true
}

// aboutNounHeads are nouns whose "about" phrase PolNeAR marks as content:
// "questions about her emails", "his concerns about the deal".
var aboutNounHeads = map[string]CueType{
	"questions": CueSpeech, "question": CueSpeech, "comments": CueSpeech, "remarks": CueSpeech, "words": CueSpeech,
	"debate": CueSpeech, "message": CueSpeech, "conversations": CueSpeech, "chatter": CueSpeech, "note": CueWriting,
	"concerns": CueThought, "concern": CueThought, "doubts": CueThought, "doubt": CueThought, "anxiety": CueThought,
	"anxieties": CueThought, "fears": CueThought, "worries": CueThought, "misgivings": CueThought, "views": CueThought,
}

// aboutReceivers take a noun head's phrase from someone else: "Clinton
// faced questions about her emails" is asked by no one named, as PolNeAR
// marks it (no source).
var aboutReceivers = setOf("answered answer answers faced face faces facing fielded field fields dodged dodge dodges deflected deflect")

// aboutNounSource keeps a noun head's phrase only after a receiving verb,
// with no source: "Clinton faced questions about her emails" is asked by
// no one named, as PolNeAR marks it. A voicing verb ("she raised
// questions about") is the nominal layout's (nominal.go). Without such a
// verb PolNeAR's marks are too scattered to add ("amid questions about
// …": 22% of 54 right on train; after a possessor 1 of 8).
func (f *finder) aboutNounSource(a *attr, s sent) bool {
	d := f.d
	v := a.cueS - 1
	for v > s.ts && a.cueS-v < 5 && d.word(v) && !d.toks[v].cap && d.toks[v].quote == 0 && !aboutReceivers[d.lw(v)] && (d.in(v, wcDeterminer) || !d.in(v, wcNPStop) && !d.in(v, wcAuxVerb)) {
		v--
	}
	if d.word(v) && aboutReceivers[d.lw(v)] && d.toks[v].quote == 0 {
		a.srcS, a.srcE, a.coreE = -1, -1, -1
		return true
	}
	return false
}

// negatedAux says whether w is an auxiliary with a contracted "not",
// one token: "wasn’t", "didn't".
func negatedAux(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// infinitiveOnSubject says whether the source b found for an infinitive
// cue is a common noun that opens its clause right before the "to": "The
// decision to call for …", "but her plan to push for …". A name there is
// a headline's subject ("Clinton to call for …"), and a noun after a
// comma may close a list ("work with labor, farm and church groups to
// call for …"): those are left as the reading found them.
func (f *finder) infinitiveOnSubject(b *attr, s sent) bool {
	d := f.d
	if b.srcE != b.cueS || b.srcE <= b.srcS || d.toks[b.srcE-1].cap {
		return false
	}
	return b.srcS <= s.ts || d.word(b.srcS-1) && d.in(b.srcS-1, wcClauseOpener)
}
