package extract

import (
	"cmp"
	"slices"
	"strings"
)

// Word classes: a token's membership in the word sets the layouts ask
// about most often, looked up once per token and kept with it, so that
// the layouts' repeated questions about the same token cost a load
// rather than a map look-up each.
//
// To give another set a class: add a constant and a classSets row, then
// write d.in(k, wcX) where the layouts wrote set[d.lw(k)]. Sets indexed
// with other strings (a trimmed or joined word) keep their maps.

// wordClass is a bit set over classSets.
type wordClass uint64

const (
	wcPronoun wordClass = 1 << iota
	wcDeterminer
	wcNPStop
	wcAuxVerb
	wcLeadStop
	wcSkipBetween
	wcNamingVerb
	wcNounDeterminer
	wcDatedNoun
	wcSubOpener
	wcFocusOpener
	wcTitleWord
	wcObjectSubord
	wcTellCue
	wcTimeWord
	wcVenueNoun
	wcWeekday
	wcRaisingCue
	wcLabelStop
	wcEventNoun
	wcWhWord
	wcPlainSay
	wcInnerSayNot
	wcVenuePrep
	wcStandalone
	wcTitleLike
	wcRunOpener
	wcOrgWord
	wcSubjPronoun
	wcDayWord
	wcDayPart
	wcTimeSpan
	wcTimeDeixis
	wcClauseOpener
	wcSubordinator
	wcBeForm
	wcRelVerb
	wcTimeNoun
	wcDetModifier
	wcTimeWordS
	wcVoicedNoun
	wcReceivedNoun
	wcNounByNoun
	wcAttitudeHead
	wcAttitudeThat
	wcStanceNoun
	wcClauseThought
	wcRegardVerb
	wcGapStart
	wcPollWord
	wcReleasedDoc
	wcQuoteTailVerb
	wcFrameNoun
	wcDepictVerb
	wcDash
	wcContentLink
	wcQuantifier
	wcObjectVenuePrep
	wcKnownHead
	wcHeadNoun
	wcPossPronoun
	wcSayVerb
	wcRelWord
	wcVenueOnly
)

// classSets gives each class its word set. The classes are read from
// the sets when the package starts, so a word added to a set needs
// nothing more here.
var classSets = [...]struct {
	c   wordClass
	set map[string]bool
}{
	{wcPronoun, pronouns},
	{wcDeterminer, determiners},
	{wcNPStop, npStop},
	{wcAuxVerb, auxVerbs},
	{wcLeadStop, leadStop},
	{wcSkipBetween, skipBetween},
	{wcNamingVerb, namingVerbs},
	{wcNounDeterminer, nounDeterminers},
	{wcDatedNoun, datedNouns},
	{wcSubOpener, subOpeners},
	{wcFocusOpener, focusOpeners},
	{wcTitleWord, titleWords},
	{wcObjectSubord, objectSubords},
	{wcTellCue, tellCues},
	{wcTimeWord, timeWords},
	{wcVenueNoun, venueNouns},
	{wcWeekday, keysOf(weekdays)},
	{wcRaisingCue, raisingCues},
	{wcLabelStop, labelStop},
	{wcEventNoun, eventNouns},
	{wcWhWord, whWords},
	{wcPlainSay, plainSay},
	{wcInnerSayNot, innerSayNot},
	{wcVenuePrep, venuePreps},
	{wcStandalone, standalone},
	{wcTitleLike, titleLike},
	{wcRunOpener, runOpeners},
	{wcOrgWord, orgWords},
	{wcSubjPronoun, subjPronouns},
	{wcDayWord, dayWords},
	{wcDayPart, dayParts},
	{wcTimeSpan, timeSpans},
	{wcTimeDeixis, timeDeixis},
	{wcClauseOpener, clauseOpeners},
	{wcSubordinator, subordinators},
	{wcBeForm, beForms},
	{wcRelVerb, relVerbs},
	{wcTimeNoun, timeNouns},
	{wcDetModifier, determinerModifiers},
	{wcTimeWordS, trimmedS(timeWords)},
	{wcVoicedNoun, voicedNouns},
	{wcReceivedNoun, keysOf(receivedNouns)},
	{wcNounByNoun, nounByNouns},
	{wcAttitudeHead, attitudeHeads},
	{wcAttitudeThat, attitudeThat},
	{wcStanceNoun, stanceNouns},
	{wcClauseThought, clauseThoughtVerbs},
	{wcRegardVerb, regardVerbs},
	{wcGapStart, gapStarts},
	{wcPollWord, pollWords},
	{wcReleasedDoc, releasedDocs},
	{wcQuoteTailVerb, quoteTailVerbs},
	{wcFrameNoun, frameNouns},
	{wcDepictVerb, depictVerbs},
	{wcDash, dashWords},
	{wcContentLink, contentLinks},
	{wcQuantifier, quantifiers},
	{wcObjectVenuePrep, objectVenuePreps},
	{wcKnownHead, knownHeads},
	{wcHeadNoun, headNouns},
	{wcPossPronoun, possPronouns},
	{wcSayVerb, sayVerbs},
	{wcRelWord, relWords},
	{wcVenueOnly, venueOnlyNouns},
}

// lexClass is a second bit set, over lexClassSets: word sets asked less
// often than the wordClass ones, kept in the token's wordInfo rather than
// in the token, so they widen no token and cost one load more than a
// wordClass (d.inLex). Add a set here as to classSets.
type lexClass uint64

const (
	lcBetweenAdverb lexClass = 1 << iota
	lcLyNoun
	lcHeadLink
	lcNestedBareSub
	lcNounVerbCue
	lcAnonymityVerb
	lcFeelingParticiple
	lcPassiveHearer
	lcStanceParticiple
	lcNegation
	lcPassiveAdverb
	lcParticiple
	lcClauseSub
	lcDanglingMod
	lcArticle
	lcCallVerb
	lcShareHead
	lcTimeLeadNoun
	lcLikeLove
	lcNameDay
	lcWeekdayParticiple
	lcGerundLeadPrep
	lcLeadPrep
	lcReportGerundPrep
	lcCryCue
	lcAskCue
	lcReflexive
	lcStandingNoun
	lcAddForm
	lcModalName
	lcPPLink
	lcFloatingQuantifier
	lcNamingParticiple
	lcFindVerb
	lcAdjunctPrep
	lcPostPrep
	lcHearerFirstCue
	lcNearSub
	lcAspectualCue
	lcContactHead
	lcSoVerb
	lcPronounObjVerb
	lcPassiveFamily
	lcJudgedBy
	lcHopeToVerb
	lcBeWord
	lcPostedVenue
	lcTimeFiller
	lcOrdinalWord
	lcParticipleOnly
	lcAsParticiple
	lcSpokenNoun
	lcPossOfNoun
	lcAskVerb
	lcStimulusVerb
	lcHopeToHedge
	lcWordnetOnly
	lcDitransHearer
	lcDitransCue
	lcAbbrev
	lcNameParticle
	lcCatenative
	lcStanceBy
	lcVehicle
)

var lexClassSets = [...]struct {
	c   lexClass
	set map[string]bool
}{
	{lcBetweenAdverb, betweenAdverbs},
	{lcLyNoun, lyNouns},
	{lcHeadLink, headLinks},
	{lcNestedBareSub, nestedBareSub},
	{lcNounVerbCue, nounVerbCues},
	{lcAnonymityVerb, anonymityVerbs},
	{lcFeelingParticiple, feelingParticiples},
	{lcPassiveHearer, passiveHearers},
	{lcStanceParticiple, stanceParticiples},
	{lcNegation, negations},
	{lcPassiveAdverb, passiveAdverbs},
	{lcParticiple, participles},
	{lcClauseSub, clauseSubs},
	{lcDanglingMod, danglingMods},
	{lcArticle, articles},
	{lcCallVerb, callVerbs},
	{lcShareHead, shareHeads},
	{lcTimeLeadNoun, timeLeadNouns},
	{lcLikeLove, likeLove},
	{lcNameDay, nameDays},
	{lcWeekdayParticiple, weekdayParticiples},
	{lcGerundLeadPrep, gerundLeadPreps},
	{lcLeadPrep, leadPreps},
	{lcReportGerundPrep, reportGerundPreps},
	{lcCryCue, cryCues},
	{lcAskCue, askCues},
	{lcReflexive, reflexives},
	{lcStandingNoun, standingNouns},
	{lcAddForm, addForms},
	{lcModalName, modalNames},
	{lcPPLink, ppLinks},
	{lcFloatingQuantifier, floatingQuantifiers},
	{lcNamingParticiple, namingParticiples},
	{lcFindVerb, findVerbs},
	{lcAdjunctPrep, adjunctPreps},
	{lcPostPrep, postPreps},
	{lcHearerFirstCue, hearerFirstCues},
	{lcNearSub, nearSubs},
	{lcAspectualCue, aspectualCues},
	{lcContactHead, contactHeads},
	{lcSoVerb, soVerbs},
	{lcPronounObjVerb, pronounObjVerbs},
	{lcPassiveFamily, keysOf(passiveFamilies)},
	{lcJudgedBy, keysOf(judgedByPreps)},
	{lcHopeToVerb, hopeToVerbs},
	{lcBeWord, beWords},
	{lcPostedVenue, postedVenue},
	{lcTimeFiller, timeFillers},
	{lcOrdinalWord, ordinalWords},
	{lcParticipleOnly, participleOnly},
	{lcAsParticiple, asParticiples},
	{lcSpokenNoun, spokenNouns},
	{lcPossOfNoun, possOfNouns},
	{lcAskVerb, askVerbs},
	{lcStimulusVerb, stimulusVerbs},
	{lcHopeToHedge, hopeToHedges},
	{lcWordnetOnly, wordnetOnly},
	{lcDitransHearer, ditransHearers},
	{lcDitransCue, ditransCues},
	{lcAbbrev, abbrevs},
	{lcNameParticle, nameParticles},
	{lcCatenative, catenatives},
	{lcStanceBy, stanceByParticiples},
	{lcVehicle, vehicleVerbs},
}

// tagClass is a third bit set, over tagClassSets: the words that one
// pass, added since the lexClass bits ran out, must find at a token
// before it reads on. The bits sit in wordInfo's padding after shape,
// so they widen nothing; d.tagged(k, c) stands for set[d.lw(k)].
type tagClass uint32

const (
	tcShowForm tagClass = 1 << iota
	tcSpendForm
	tcCausedGoverns // causativeVerbs and permitVerbs
	tcLeadStance
	tcGapThought
	tcDocVerb
	tcFrameLead
)

var tagClassSets = [...]struct {
	c   tagClass
	set map[string]bool
}{
	{tcShowForm, showForms},
	{tcSpendForm, spendForms},
	{tcCausedGoverns, causativeVerbs},
	{tcCausedGoverns, permitVerbs},
	{tcLeadStance, keysOf(leadStanceNouns)},
	{tcGapThought, gapThoughtVerbs},
	{tcDocVerb, docVerbs},
	{tcFrameLead, frameLeads},
}

// trimmedS is the set of words w with set[strings.TrimSuffix(w, "s")]:
// a time word or its plural ("mornings"), for timeBack.
func trimmedS(set map[string]bool) map[string]bool {
	s := make(map[string]bool, 2*len(set))
	for w := range set {
		if !strings.HasSuffix(w, "s") {
			s[w] = true
		}
		s[w+"s"] = true
	}
	return s
}

// keysOf is the set of m's keys, for a map that is not a word set.
func keysOf[V any](m map[string]V) map[string]bool {
	s := make(map[string]bool, len(m))
	for w := range m {
		s[w] = true
	}
	return s
}

// wordInfo is what a token's lower-case text tells without context:
// its classes, the cue phrases and noun-phrase cues it starts.
type wordInfo struct {
	cls   wordClass
	lex   lexClass
	scan  scanWord // the word's scanWords entry, swNone for most
	shape uint8    // wordShape(the word)
	tag   tagClass
	cue   cueHead
	next  []byWord[cuePhrase] // cue.next by the second word's index, ascending
	np    []npPhrase
	npx   *npIndex // np by the second word, for npCueAt; nil without np
}

// npIndex holds a word's noun-phrase cues (wordInfo.np) as indices in
// np, in np's order: those of two or more words by the second word's
// index, ascending, and the one-word ones.
type npIndex struct {
	next []byWord[int32]
	one  []int32
}

// byWord holds the phrases of one first word that go on with the word
// of index wi: cue phrases, or noun-phrase cues as indices.
type byWord[T any] struct {
	wi int32
	ps []T
}

// phrasesAfter returns the phrases of next, sorted by wi, that go on
// with the word of index second. The search is written out: it runs for
// most tokens, and sort.Search's closure cost more.
func phrasesAfter[T any](next []byWord[T], second int32) []T {
	lo, hi := 0, len(next)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if next[m].wi < second {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(next) && next[lo].wi == second {
		return next[lo].ps
	}
	return nil
}

// cuePhrases returns the cue phrases that start with the info's word
// and go on with the word of index second: cue.next[second's text]
// without hashing the text again.
func (in *wordInfo) cuePhrases(second int32) []cuePhrase { return phrasesAfter(in.next, second) }

func newNPIndex(np []npPhrase) *npIndex {
	x := new(npIndex)
	for pi, p := range np {
		if len(p.wis) == 1 {
			x.one = append(x.one, int32(pi))
			continue
		}
		j := slices.IndexFunc(x.next, func(n byWord[int32]) bool { return n.wi == p.wis[1] })
		if j < 0 {
			j = len(x.next)
			x.next = append(x.next, byWord[int32]{wi: p.wis[1]})
		}
		x.next[j].ps = append(x.next[j].ps, int32(pi))
	}
	slices.SortFunc(x.next, func(a, b byWord[int32]) int { return cmp.Compare(a.wi, b.wi) })
	return x
}

// after returns the indices in np of the phrases that go on with the
// word of index second.
func (x *npIndex) after(second int32) []int32 { return phrasesAfter(x.next, second) }

// wordInfos[0] is the word known to none of the sets; wordIndex maps
// every other word to its entry.
var wordInfos, wordIndex = buildWordInfos()

// oneByteWords indexes the words of one byte, a fifth of all tokens.
var oneByteWords = func() (t [256]int32) {
	for w, i := range wordIndex {
		if len(w) == 1 {
			t[w[0]] = i
		}
	}
	return t
}()

// wordKnown spares the map look-up for most words known to no set.
var wordKnown = newWordFilter(wordIndex)

func buildWordInfos() ([]wordInfo, map[string]int32) {
	var words []string
	idx := map[string]int32{}
	add := func(w string) {
		if _, ok := idx[w]; !ok {
			words = append(words, w)
			idx[w] = int32(len(words)) // wordInfos[0] is no word
		}
	}
	for w, h := range cueIndex {
		add(w)
		for _, ps := range h.next {
			for _, p := range ps {
				for _, t := range p.toks {
					add(t)
				}
			}
		}
	}
	for _, ps := range npCueIndex {
		for _, p := range ps {
			for _, t := range p.toks {
				add(t)
			}
		}
	}
	for _, sw := range scanWords {
		for _, w := range sw.words {
			add(w)
		}
	}
	for _, cs := range classSets {
		for w := range cs.set {
			add(w)
		}
	}
	for _, cs := range lexClassSets {
		for w := range cs.set {
			add(w)
		}
	}
	for _, cs := range tagClassSets {
		for w := range cs.set {
			add(w)
		}
	}
	// The phrases' words by index: the tokenizer gives each token its
	// word's, so a phrase matches without comparing strings.
	wis := func(toks []string) []int32 {
		out := make([]int32, len(toks))
		for i, t := range toks {
			out[i] = idx[t]
		}
		return out
	}
	for _, h := range cueIndex {
		for _, ps := range h.next {
			for i := range ps {
				ps[i].wis = wis(ps[i].toks)
			}
		}
	}
	for _, ps := range npCueIndex {
		for i := range ps {
			ps[i].wis = wis(ps[i].toks)
		}
	}
	infos := make([]wordInfo, len(words)+1)
	for i, w := range words {
		wi := wordInfo{cue: cueIndex[w], np: npCueIndex[w], shape: wordShape(w)}
		for _, cs := range classSets {
			if cs.set[w] {
				wi.cls |= cs.c
			}
		}
		for _, cs := range lexClassSets {
			if cs.set[w] {
				wi.lex |= cs.c
			}
		}
		for _, cs := range tagClassSets {
			if cs.set[w] {
				wi.tag |= cs.c
			}
		}
		for _, sw := range scanWords {
			if slices.Contains(sw.words, w) {
				wi.scan = sw.sw
			}
		}
		for second, ps := range wi.cue.next {
			wi.next = append(wi.next, byWord[cuePhrase]{idx[second], ps})
		}
		slices.SortFunc(wi.next, func(a, b byWord[cuePhrase]) int { return cmp.Compare(a.wi, b.wi) })
		if len(wi.np) > 0 {
			wi.npx = newNPIndex(wi.np)
		}
		infos[i+1] = wi
	}
	return infos, idx
}

// wordOf returns the index in wordInfos of w, 0 for a word no set
// knows. newDoc asks once per token.
func wordOf(w string) int32 {
	if len(w) == 1 {
		return oneByteWords[w[0]] // punctuation, mostly
	}
	if !wordKnown.mayHave(w) {
		return 0
	}
	return lookupWord(w)
}

// lookupWord is wordIndex[w], from shortWords for a word of up to 7
// bytes and midWords for one of up to 15: one probe of a flat table
// rather than a map look-up that also reads the key's bytes elsewhere in
// memory.
func lookupWord(w string) int32 {
	if len(w) > 7 {
		if len(w) <= 15 {
			return lookupMid(w)
		}
		return wordIndex[w]
	}
	k, mask := packWord(w), len(shortWords)-1
	for i := shortSlot(k, mask); ; i = (i + 1) & mask {
		switch e := &shortWords[i]; e.key {
		case k:
			return e.wi
		case 0:
			return 0
		}
	}
}

// shortWords is an open-addressing table of the words of up to 7 bytes
// in wordIndex, keyed by packWord; an empty slot has key 0. It is kept
// at most half full.
var shortWords = func() []shortWord {
	n := 1024
	for n < 2*len(wordIndex) {
		n *= 2
	}
	t := make([]shortWord, n)
	for w, wi := range wordIndex {
		if len(w) > 7 {
			continue
		}
		k := packWord(w)
		i := shortSlot(k, n-1)
		for t[i].key != 0 {
			i = (i + 1) & (n - 1)
		}
		t[i] = shortWord{k, wi}
	}
	return t
}()

type shortWord struct {
	key uint64
	wi  int32
}

// packWord packs a word of 1 to 7 bytes and its length into a key that
// is never 0.
func packWord(w string) uint64 {
	k := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// shortSlot is where key k's probe starts in a table of mask+1 slots:
// the high bits of a Fibonacci hash.
func shortSlot(k uint64, mask int) int {
	return int((k*0x9E3779B97F4A7C15)>>40) & mask
}

// setWord gives t the word of index wi in wordInfos, and its shape when
// it is a known word (wi > 0).
func (t *tok) setWord(wi int32) {
	in := &wordInfos[wi]
	t.wi, t.cls, t.shape = wi, in.cls, in.shape
}

// info returns token k's wordInfo.
func (d *doc) info(k int) *wordInfo {
	return &wordInfos[d.toks[k].wi]
}

// anyWordIn says whether a word token in [k, e) is in the set of class
// c: anyWordIn(k, e, wcOrgWord) is isOrgRun(rs.words(k, e)).
func (d *doc) anyWordIn(k, e int, c wordClass) bool {
	for i := k; i < e; i++ {
		if d.toks[i].kind == tkWord && d.in(i, c) {
			return true
		}
	}
	return false
}

// npPhrases returns the noun-phrase cues starting with token k's text,
// npCueIndex[d.lw(k)].
func (d *doc) npPhrases(k int) []npPhrase {
	if uint(k) >= uint(len(d.toks)) {
		return nil
	}
	return wordInfos[d.toks[k].wi].np
}

// in says whether token k's lower-case text is in the set of class c:
// in(k, wcPronoun) is d.in(k, wcPronoun). Small enough to inline.
func (d *doc) in(k int, c wordClass) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return d.toks[k].cls&c != 0
}

// inLex says whether token k's lower-case text is in the set of lexClass
// c: inLex(k, lcCallVerb) is callVerbs[d.lw(k)].
func (d *doc) inLex(k int, c lexClass) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return wordInfos[d.toks[k].wi].lex&c != 0
}

// tagged says whether token k's lower-case text is in the set of tagClass
// c: tagged(k, tcShowForm) is showForms[d.lw(k)].
func (d *doc) tagged(k int, c tagClass) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return wordInfos[d.toks[k].wi].tag&c != 0
}
