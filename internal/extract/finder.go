package extract

import "strings"

// attr is one attribution found in the token stream, before speakers
// are resolved.
type attr struct {
	frags      [][2]int // content pieces, code points
	srcS, srcE int      // source mention tokens [srcS, srcE); srcS < 0 when implicit
	coreE      int      // end of the mention's head phrase, before any apposition
	cueS, cueE int      // cue tokens
	entry      cueEntry
	sent       int
	conf       float64
	inherit    int // attribution whose speaker this one takes, or -1
	venueS     int // tokens [venueS, venueE) where the venue may be stated
	venueE     int
	strong     bool // content is a quotation closed by a comma: “…,” X said
	np         bool // added by the noun-phrase layout (npObjects)
}

// prepositions that open a venue or time phrase between a cue and its content.
var venuePreps = setOf("on at in during after following alongside with to via from before late early last this while amid over")

const mergeOrphans = true

// Cue precision needed for "X verb content" without "that", a colon or
// a quotation, and for such contents under four words (compared with
// the shrunk precision); set on PolNeAR train, where recall is the gap,
// while keeping the seed floor.
const (
	tunePre   = 0.3
	tuneNamed = 0.15
	tuneShort = 0.4
)

const keepOrphans = false

// finder carries the state of one pass over a document.
type finder struct {
	d     *doc
	segs  []qseg
	sents []sent
	// sentInfo[si]: what sentence si's tokens tell together, so that a
	// pass reading only sentences with a word of some class, or with a
	// quotation, skips the rest at once (sentHas, sentQuoted).
	sentInfo []sentInfo
	attrs    []attr
	taken    []bool // sentences consumed as a second fragment
	// subClip is where a subordinate clause's content ends when its
	// postposed reading was dropped (subordinateReport), or -1.
	subClip int
	// labelPara is the paragraph a transcript label gave to its speaker,
	// or -1.
	labelPara int
	np        NPStage
	ends      endCache  // contentEnd's answers
	cuts      cutCache  // mentionHeadCut's answers
	idx       attrIndex // leftoverCues' view of the earlier readings
	byStart   []int32   // dropInParticiples' readings by content start, kept for the next article
	fragBlock [][2]int  // oneFrag's current block, kept for the next article
	inherited []bool    // dropAttrsWhere's marks, kept for the next article
}

// oneFrag returns the one-fragment list {sp}, as the literal
// [][2]int{sp} would, but carved from a block shared by many lists, so
// that the layouts' readings, most of them trials a caller drops, cost
// no allocation each. Each list has a capacity of one, so an append
// copies it as it would the literal's, and no two lists share an
// element; a block is never written again once carved, only left to the
// collector when full.
func (f *finder) oneFrag(sp [2]int) [][2]int {
	if len(f.fragBlock) == cap(f.fragBlock) {
		f.fragBlock = make([][2]int, 0, 64)
	}
	n := len(f.fragBlock)
	f.fragBlock = append(f.fragBlock, sp)
	return f.fragBlock[n : n+1 : n+1]
}

var timeWords = setOf("today yesterday tonight earlier later afterward afterwards again also publicly privately morning afternoon evening night week weekend month year ago recently last this next")

var whWords = setOf("which what whom whose whether how why where")

// auxVerbs are the auxiliaries: relVerbs plus the "do" forms and the
// bare "be", "been".
var auxVerbs = setWith(relVerbs, "does did be been")

// clauseSubs open an adverbial clause with a subject and verb of its
// own: "after the mayor said …". The variants below add words that do
// the same job for one caller; use clauseSubs itself where a clause
// must follow.
var clauseSubs = setOf("before after while as when since because though although until unless if")

// subordinators are clauseSubs plus "during", which opens the same kind
// of adverbial lead-in but takes only a noun phrase ("during the
// debate"), so callers that need a clause after it use clauseSubs.
var subordinators = setWith(clauseSubs, "during")

// venueNouns are events and channels where words are said.
var venueNouns = setOf("statement statements filing filings conference conferences interview interviews reporters journalists media meeting summit rally speech briefing hearing debate event parade forum call post tweet video broadcast program show television radio podcast session visit trip appearance address remarks letter op-ed email town hall convention sidelines ceremony stop")

// run finds every attribution in the document.
func (f *finder) run() {
	f.taken = resize(f.taken, len(f.sents))
	clear(f.taken)
	for si := range f.sents {
		if f.taken[si] {
			continue
		}
		n0 := len(f.attrs)
		f.subClip = -1
		f.sentence(si)
		f.missedGerunds(si, n0)
		f.pollTail(si, n0)
		if len(f.attrs) == n0 {
			f.orphanQuote(si)
		}
		f.openingGerund(si)
	}
	f.dashBylines()
	if len(f.sents) > 0 {
		f.headlineQuoteLabel(0, true)
	}
	f.chainParagraphs()
	if f.np != NPOff {
		f.npObjects()
	}
	f.aboutObjects()
	f.attitudeObjects()
	f.stanceObjects()
	f.possessedOfs()
	f.possessedCopulas()
	f.possessedThats()
	f.existentialAttitudes()
	f.stanceSideObjects()
	f.cryQuotes() // before extendQuotedCoordination: "chants of “…” and “…”"
	f.extendQuotedCoordination()
	f.quotedHeads()
	f.joinQuoteSentence()
	f.joinLeadQuote()
	f.docSenders()
	f.colonParagraph()
	f.bareCueParagraph()
	f.finalQuotes()
	f.namedQuotes()
	f.accordingHeads()
	f.viewFrames()
	f.namedObjects()
	f.namedAntecedents()
	f.askedByAgents(0) // before askedLeadIn: the agent is the source, not part of the lead-in
	f.askedLeadIn(0)
	f.topicPassive()
	f.toExperiencers()
	f.forPerspectives()
	f.ruleFrames()
	f.stimulusToFrames()
	f.innerSay()
	f.contactHeadContents()
	f.contactClauseReports()
	f.whichGapReports()
	f.unsourcedPassiveAgents()
	f.nestedReports()
	f.subjectCue()
	f.skipHearer()
	f.skipDitransHearer()
	f.skipAskHearer()
	f.skipInfinitiveSay()
	f.skipCuePrep()
	f.skipVenueTitle()
	f.trimQuoteTails()
	f.clipWhoClauses()
	f.clipSubjectWho()
	f.clipParenAsides()
	f.innerWhoReports()
	f.whoAttitudes()       // after innerWhoReports: a mention's inner clause is read there
	f.releasedStatements() // before trimWhoMentions: a reporting who-clause leaves the mention
	f.releasedRelatives()
	f.trimWhoMentions()
	f.trimRelMentions()
	f.quoteAfterLead() // after trimQuoteTails: the quotation must end the content
	f.trimRunOnQuote()
	// After trimQuoteTails: a quotation's tail may have held the question
	// ("said, “We’ll see,” when asked whether …").
	n := len(f.attrs)
	n -= f.whenAsked() // it may drop an attribution made before n
	f.askedByAgents(n)
	f.askedLeadIn(n)
	f.voicedNominals()
	f.possessedTo()
	f.receivedNominals()
	f.faultedNominals()
	f.bareThats()
	f.bareCalls()
	f.possessedColons()
	f.stanceLeads()
	f.colonSubjectQuote()
	f.headlineSecondPredicates()
	f.headlineTellClauses()
	f.dropNamingParticiples()
	f.dropAttrsWhere(f.anonymityFormula) // before leftoverCues: the main verb the formula swallowed is read again
	f.leftoverCues(false)
	f.dropNonReports()
	f.dropInParticiples()
	f.possessedSubjectEnds()
	f.stimulusRoles()
	f.expectedSubjects()
	if f.np != NPOff {
		// Object ends, like the noun-phrase layout. A cut tail may hold a
		// plain report of its own ("asked about the case during an
		// interview, in which he said …"), read after the cut.
		if f.trimLongEnds() {
			f.leftoverCues(true)
		}
	}
	f.trimDashClauses()
	f.trimShareTails()
	f.cutAtGerundReports() // after leftoverCues: a late pass may have read the gerund's report
	f.colonObjectQuotes()
	f.extendContrasts() // after the trims: they may have cut the content before the contrast
	f.dropNestedSameSource()
	f.dropThoughtInThatClause()
	// Last: late passes read a "the following statement:" lead too.
	f.dropFollowingLeads()
	f.dropDuplicates()
}

// chainParagraphs extends quotes that run over several paragraphs, each
// reopening the mark: the pieces before or after become fragments unless
// another attribution already claims them.
func (f *finder) chainParagraphs() {
	hasChain := false
	for _, sg := range f.segs {
		if sg.next >= 0 {
			hasChain = true
			break
		}
	}
	if !hasChain {
		return
	}
	// Which segments some attribution already covers, computed once:
	// the pieces added below are unclaimed by construction.
	claimedSeg := make([]bool, len(f.segs))
	for _, a := range f.attrs {
		for _, fr := range a.frags {
			g := f.segAt(fr[0])
			if g > 0 && f.segs[g-1].e > fr[0] {
				g--
			}
			for ; g < len(f.segs) && f.segs[g].s < fr[1]; g++ {
				claimedSeg[g] = true
			}
		}
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		if g := f.segAt(a.frags[0][0]); g < len(f.segs) && f.segs[g].s == a.frags[0][0] {
			for p := f.segs[g].prev; p >= 0 && !claimedSeg[p]; p = f.segs[p].prev {
				a.frags = append([][2]int{{f.segs[p].s, f.segs[p].e}}, a.frags...)
				claimedSeg[p] = true
			}
		}
		last := a.frags[len(a.frags)-1]
		for g := f.segAt(last[0]); g < len(f.segs) && f.segs[g].s < last[1]; g++ {
			sg := f.segs[g]
			if sg.e == last[1] && sg.ct < 0 {
				for n := sg.next; n >= 0 && !claimedSeg[n]; n = f.segs[n].next {
					a.frags = append(a.frags, [2]int{f.segs[n].s, f.segs[n].e})
					claimedSeg[n] = true
				}
			}
		}
	}
}

func (f *finder) sentence(si int) {
	d := f.d
	s := f.sents[si]
	if f.speakerLabel(si) || f.recurringLabel(si) {
		f.labelPara = s.para
	}
	if s.para == f.labelPara {
		// "PENCE: Well, I think the whole nation …": the answer is the
		// labelled speaker's; PolNeAR marks no report nested in it.
		return
	}
	if f.asPassive(si) || f.inPoll(si) {
		return
	}
	if f.dashLabelQuote(si) || f.leadAsClause(si) {
		return
	}
	// Pass 1: an attribution closing the sentence ("…, X said.") or an
	// "according to" takes the whole sentence; only a participle may follow.
	for k := s.ts; k < s.te; k++ {
		if d.toks[k].quote != 0 || d.toks[k].kind != tkWord {
			continue
		}
		n, e := d.cueMatch(k)
		if (n == 0 || e.Prec < 0.3) && d.in(k, wcQuoteTailVerb) { // the only words quoteTailVerb reads
			if m := f.quoteTailVerb(k, s); m > 0 {
				n, e = m, cueEntry{Type: CueSpeech, Prec: 0.3}
			}
		}
		if n == 0 || e.Prec < 0.1 || f.nounCue(k, n) || f.passiveAgent(k, n) {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		var ok bool
		if d.is(k, "according") && n >= 2 {
			ok = f.accordingTo(&a, s)
		} else if b := a; f.strongPostposed(&b, s) {
			// “…,” John Bryant, the chairman, said in an interview of
			// Trump. — the name before the cue is the source; what
			// follows the cue is circumstance.
			a, ok = b, true
		} else {
			ok = f.inverted(&a, s) || f.postposed(&a, s)
		}
		if ok && f.openingReport(&a, s, d.is(k, "according")) {
			// The later cues are inside its content: the left-to-right
			// pass reads them.
			f.subClip = a.frags[len(a.frags)-1][1]
			break
		}
		if ok && !d.is(k, "according") && f.subordinateReport(&a, s) {
			// The inner verb takes the words, up to where they ended here.
			ok, f.subClip = false, a.frags[0][1]
		}
		if ok && !d.is(k, "according") && (f.leadPhraseOnly(&a, s) || f.quoteAfterCue(&a, s)) {
			ok = false
		}
		if ok {
			if !d.is(k, "according") {
				f.accordingTail(&a, s)
			}
			f.attrs = append(f.attrs, a)
			n := len(f.attrs)
			f.relativeCue(si, a.cueE)
			f.gerunds(si, a.cueE)
			if len(f.attrs) == n {
				f.laterReports(si, &f.attrs[n-1])
			}
			f.earlierReport(si, n-1)
			f.lateColonQuote(si)
			return
		}
	}
	if f.headlineColon(si) || f.headlineQuoteLabel(si, false) || f.saidFirst(si) || f.quoteThenVerb(si) || f.asClause(si) || f.askedClause(si) {
		return
	}
	// Pass 2: "X said (that) …", left to right, contents not overlapping.
	used := s.ts
	for k := s.ts; k < s.te; k++ {
		if d.toks[k].quote != 0 || d.toks[k].kind != tkWord || k < used {
			continue
		}
		if f.mayNounOrGap(k) {
			if a, ok := f.nounOrGap(k, used, s); ok {
				a.sent = si
				f.attrs = append(f.attrs, a)
				for used = a.cueE; used < s.te && int(d.toks[used].s) < a.frags[0][1]; used++ {
				}
				k = used - 1
				continue
			}
		}
		n, e := d.cueMatch(k)
		if n > 0 && f.subjectBeforeSay(k, n, s) {
			continue
		}
		if n > 0 {
			n, e = f.passiveByCue(k, n, e, s.ts) // leaves a word without a cue alone
		}
		if d.inLex(k, lcStanceBy) {
			n, e = f.stanceByCue(k, n, e, s.ts) // only these words: spares the call
		}
		if n > 0 && f.passiveAgent(k, n) {
			// "…, an allegation rejected by …": the summary passive
			// reads the participle alone, with its own entry.
			if one := cueIndex[d.lw(k+n-2)].one; one != nil {
				b := attr{cueS: k + n - 2, cueE: k + n - 1, entry: *one, sent: si, srcS: -1, inherit: -1}
				if f.summaryPassive(&b, s) {
					f.attrs = append(f.attrs, b)
					used = b.cueE
				}
			}
			continue
		}
		if n > 0 && f.nounCue(k, n) {
			continue
		}
		if n > 0 {
			// These refine the lexicon's cue and leave a word without one
			// alone: most words are spared the calls.
			n, e = f.passiveFamilyCue(k, n, e, s.ts)
			n, e = f.durationCue(k, n, e)
			n, e = f.infinitiveCue(k, n, e)
		} else if d.inLex(k, lcLikeLove) {
			n, e = f.wouldLikeCue(k, n, e) // only these words: spares the call
		}
		// Each of these reads only words of a class, tested here first
		// to spare the call for the rest.
		if d.in(k-1, wcBeForm) {
			n, e = f.adjectiveThatCue(k, n, e, s.te)
		}
		if d.in(k+1, wcAttitudeThat) || d.in(k+2, wcAttitudeThat) {
			n, e = f.linkingAttitudeCue(k, n, e)
		}
		if d.in(k, wcClauseThought) {
			n, e = f.thoughtClauseCue(k, n, e, si, s.te)
		}
		if d.in(k, wcRegardVerb|wcDepictVerb) {
			n, e = f.regardAsCue(k, n, e, s.te)
		}
		// verbQuote and verbThat read only a word before a comma or colon,
		// or before "that": tested here first, as above.
		if n == 0 && (d.is(k+1, ",") || d.is(k+1, ":")) && f.verbQuote(k, s) {
			// "Silverman interjected, “…”": any verb introducing a quotation.
			n, e = 1, cueEntry{Type: CueSpeech, Prec: 0.5}
		}
		if n == 0 && d.shaped(k, shS|shEd) && f.asQuoteVerb(k, s) { // the only words asQuoteVerb reads
			n, e = 1, cueEntry{Type: CueSpeech, Prec: 0.3}
		}
		if (n == 0 || e.Prec < 0.3) && d.is(k+1, "that") && f.verbThat(k) {
			// A rare lexicon entry ("projects", seen once) does not
			// outweigh the "that" clause after it.
			// Any finite verb taking a "that" clause reports a claim:
			// "Smith asserted that …".
			n, e = 1, cueEntry{Type: CueSpeech, Prec: 0.3}
		}
		if (n == 0 || e.Prec < 0.1) && d.in(k, wcNamingVerb) && f.namingQuote(k, k+max(n, 1), s.te) && d.word(k-1) && !d.in(k-1, wcNounDeterminer) {
			// "Critics call the plan a “disaster”", "branded him a
			// “liar”": a rare or unseen cue form with a quoted name after
			// its object.
			n, e = max(n, 1), cueEntry{Type: CueSpeech, Prec: 0.1}
		}
		if n == 2 && f.namingSmallClause(k, k+1, s.te) {
			// "called her a liar": the object opens the content, not the cue.
			n, e = 1, cueEntry{Type: CueSpeech, Prec: 0.3}
		}
		if e.Type != CueReport && f.docVerbCue(k) {
			// "Two other emails highlight the extent to which …": a
			// document's verb of evidence reports what it shows.
			n, e = 1, cueEntry{Type: CueReport, Prec: 0.3}
		}
		if n == 0 || e.Prec < 0.1 && !f.pollShareBefore(k, k+n, s) && !f.namingSmallClause(k, k+n, s.te) {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		if isGerund(d.lw(k)) && k > s.ts && d.is(k-1, ",") {
			continue // handled with the clause it belongs to
		}
		if isGerund(d.lw(k)) && k > s.ts+2 && d.word(k-1) && e.shrunk() >= withGerundPrec && !d.is(d.npBack(k-1, s.ts)-1, "with") && f.withSubject(k, s.ts) >= 0 {
			continue // "…, with one of the aides saying …": the participle pass reads the long subject
		}
		if f.judgedByAgent(&a, s, used) || f.passiveByClause(&a, s, used) || f.summaryPassive(&a, s) || f.askedByPassive(&a, s) || f.announcedThing(&a, s) || f.disclosedPassive(&a, s, used) {
			f.attrs = append(f.attrs, a)
			used = a.cueE
			continue
		}
		if d.in(k, wcRaisingCue) || d.word(k-1) && (d.in(k-1, wcAuxVerb) || negatedBe(d.lw(k-1))) && d.is(k, "expected") || f.deniedRaisingCue(k, n) || f.adverbExpected(k, n) || f.passiveRaising(&a, s) {
			if d.in(k, wcRaisingCue) && f.deniedImpression(k, s.ts) {
				continue
			}
			if f.raising(&a, s, used) {
				f.passiveCommaEnd(&a, k, s)
				f.attrs = append(f.attrs, a)
				f.gerunds(si, a.cueE) // "Weaver did not seem impressed, telling reporters, “…”"
				used = a.cueE
				for used < s.te && int(d.toks[used].s) < a.frags[len(a.frags)-1][1] {
					used++
				}
				k = used - 1
			}
			continue
		}
		if (!f.preposed(&a, s) && !f.possessive(&a, s) || f.phrasalCue(&a) || f.perceivedObject(&a)) && !f.infinitiveRetry(&a, s) {
			b := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
			if !f.infinitiveSay(&b, s) {
				continue
			}
			a = b
		}
		f.passiveSubject(&a, s)
		f.hedgeSubject(&a)
		f.ownedNounSubject(&a, s)
		f.clipToSub(&a)
		f.cutAtCoordCue(&a, s)
		f.embeddedInSay(&a, s)
		f.attrs = append(f.attrs, a)
		used = a.cueE
		f.gerunds(si, a.cueE)
		// Skip past this content: later cues inside it are not new
		// attributions.
		for used < s.te && int(d.toks[used].s) < a.frags[len(a.frags)-1][1] {
			used++
		}
		k = used - 1
	}
	if len(f.attrs) > 0 && f.attrs[len(f.attrs)-1].sent == si {
		f.lateColonQuote(si)
		return
	}
	if f.colonQuote(si) {
		return
	}
	f.gerunds(si, s.ts)
}

// withGerundPrec is the shrunk precision a participle needs after the
// subject of an absolute "with" phrase ("with Lee calling for …"): rarer
// ones there mostly describe ("with officials underlining the risks").
const withGerundPrec = 0.4

// gerunds finds participle attributions (", adding that …") after token
// from, inheriting the source of the sentence's last attribution or its
// subject.
func (f *finder) gerunds(si, from int) {
	if !f.sentShaped(si, shGerund) {
		return // most sentences hold no word in -ing
	}
	d := f.d
	s := f.sents[si]
	for k := from; k < s.te; k++ {
		if d.toks[k].quote != 0 || !d.word(k) || !d.shaped(k, shGerund) || k == s.ts {
			continue
		}
		// Most -ing words are no cue ("including", "going"): the memoised
		// cue look-up is cheaper than the gates below, none of which
		// passes a word without one.
		n, e := d.cueMatch(k)
		if n == 0 {
			continue
		}
		with := false
		if !(d.is(k-1, ",") || f.isClose(k-1) && d.is(k-2, ",") || isDashTok(d, k-1) && d.toks[k-1].quote == 0 || f.prepGerund(k) || f.andGerund(k) || f.adverbGerund(k) || f.adverbOpenerGerund(k) || f.spentGerund(k)) {
			if with = f.withSubject(k, s.ts) >= 0; !with {
				continue
			}
		}
		if with && e.shrunk() < withGerundPrec {
			continue
		}
		// A participle after "by/after/while" takes the comma's gate: PolNeAR
		// marks the action it names ("angered them by mocking …", "after
		// hinting that …"); a stricter 0.5 lost about half of those.
		// A rarer participle still reaches gerund, which reads it only
		// with a "that" clause or a quoted name (weakGerundPrec).
		if e.Prec < 0.3 && !f.commaGerundThat(k, n, e) && (e.Prec < weakGerundPrec || evidenceParticiples[d.lw(k)]) {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		if f.gerund(&a, s) && !((f.adverbGerund(k) || f.adverbOpenerGerund(k)) && f.sameContent(a.frags[0])) {
			if f.spentGerund(k) && !f.spentSource(&a, s) {
				continue
			}
			if d.is(k-1, "and") {
				f.seriesSubject(&a, s)
			}
			f.attrs = append(f.attrs, a)
			k = a.cueE
		}
	}
}

// raisingCues present an impression without a source: "Sanders appears
// to have a slight lead".
var raisingCues = setOf("appears appear appeared seems seem seemed")

// orphanQuote: a sentence that is only a quotation, right after an
// attributed quote, continues that speaker.
func (f *finder) orphanQuote(si int) {
	d := f.d
	s := f.sents[si]
	if !f.isOpen(s.ts) || len(f.attrs) == 0 {
		return
	}
	sg := f.segs[d.toks[s.ts].quote-1]
	if sg.words < 4 {
		return
	}
	prev := len(f.attrs) - 1
	pa := &f.attrs[prev]
	if s.para-f.sents[pa.sent].para > 1 || si-pa.sent > 3 {
		return
	}
	if mergeOrphans && s.para-f.sents[pa.sent].para == 1 && isDQ(markEnd(d.r, pa.frags[len(pa.frags)-1][1])) && f.adjacentQuote(pa, si) {
		// A quote continuing in the next paragraph is one more fragment.
		pa.frags = append(pa.frags, [2]int{sg.s, sg.e})
		return
	}
	if s.para == f.sents[pa.sent].para && !f.otherSpeakerBetween(pa, si) && !f.unspokenReport(pa) {
		// “…,” Lee said. The crowd cheered. “…”: within one paragraph
		// PolNeAR joins a later quote-only sentence to the report even
		// past narration.
		pa.frags = append(pa.frags, [2]int{sg.s, sg.e})
		return
	}
	if !keepOrphans {
		return
	}
	a := attr{frags: [][2]int{{sg.s, sg.e}}, srcS: -1, cueS: -1, cueE: -1, sent: si, inherit: prev, conf: 0.5}
	a.entry = pa.entry
	f.attrs = append(f.attrs, a)
}

// strongPostposed is postposed for a quotation closed by its own comma,
// leaving no trace when that layout does not apply.
func (f *finder) strongPostposed(a *attr, s sent) bool {
	closed := false // the layout needs a closing mark before the cue; most cues have none
	for k := a.cueS - 1; k >= s.ts && !closed; k-- {
		closed = f.isClose(k)
	}
	if !closed {
		return false
	}
	next := a.sent + 1
	taken := next < len(f.taken) && f.taken[next]
	if f.postposed(a, s) && a.strong {
		return true
	}
	if next < len(f.taken) {
		f.taken[next] = taken
	}
	return false
}

// adjacentQuote says whether sentence si follows the quotation of pa with
// no narration between: pa's sentence (or the sentences it took) closes
// its paragraph and si opens the next. "“…,” Trump added. He then had a
// question for the crowd. ¶ “Who’s going to pay for it?”" is no
// continuation.
func (f *finder) adjacentQuote(pa *attr, si int) bool {
	for k := pa.sent + 1; k < si; k++ {
		if !f.taken[k] {
			return false
		}
	}
	return true
}

// colonQuote: a quotation closing the sentence after a colon, when the
// words before the colon are a name ("Bush: “…”", "- Mark Blumenthal and
// Jon Cohen: “…”") or a subject and its verb ("Clinton has since
// apologized for what happened: “…”"). No cue of the lexicon is needed:
// the colon and the quotation are the evidence.
// apposedLabel finds a speaker label with its apposition before the
// colon at c, as transcripts and live pages set them: a name of one to
// four capitalised words from b, a comma, and a description of at most
// six words holding a lower-case head a source may end in ("Ann Lee,
// deputy mayor", "Ed Roy, a spokesman for the port"; not "Oslo,
// Norway"). It returns the name's end, or -1.
func (d *doc) apposedLabel(b, c int) int {
	k := b
	for k < c && k-b < 4 && d.capWord(k) {
		k++
	}
	if k == b || k >= c || !d.is(k, ",") || c-k-1 < 1 || c-k-1 > 6 {
		return -1
	}
	role := false
	for j := k + 1; j < c; j++ {
		if !d.word(j) && d.toks[j].kind != tkPoss || d.toks[j].quote != 0 {
			return -1
		}
		role = role || !d.toks[j].cap && d.headOK(j)
	}
	if !role {
		return -1
	}
	return k
}

func (f *finder) colonQuote(si int) bool {
	d := f.d
	s := f.sents[si]
	if len(d.scanned(swColon, s.ts+1, s.te-1)) == 0 {
		return false // no colon: most sentences, spared the scan for one
	}
	c := -1
	for k := s.ts + 1; k < s.te-1; k++ {
		if d.toks[k].quote != 0 {
			return false // a quotation before the colon: not this layout
		}
		if d.is(k, ":") {
			c = k
			break
		}
	}
	if c < 0 || !f.isOpen(c+1) {
		return false
	}
	sg := f.segs[d.toks[c+1].quote-1]
	if sg.ct < 0 || sg.words < 3 {
		return false
	}
	for k := sg.ct + 1; k < s.te; k++ {
		if d.word(k) || d.toks[k].kind == tkDQ {
			return false
		}
	}
	a := attr{cueS: c, cueE: c + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: -1, inherit: -1}
	if b := d.npBack(c-1, s.ts); b >= 0 && (d.capWord(c-1) || d.is(c-1, ")")) && (b == s.ts || isDashRune(d.r[d.toks[b-1].s]) || f.invertedColonVerb(b-1, c, s)) {
		a.srcS, a.srcE, a.coreE = b, c, c
		if f.invertedColonVerb(b, c, s) {
			b++ // "Stated Stone: “…”": the verb, set before its source, is the cue
			a.srcS = b
		}
		if f.invertedColonVerb(b-1, c, s) {
			a.cueS, a.cueE = b-1, b // "In other words, explained the moderator Jo Doe: “…”"
		}
	} else if ne := d.apposedLabel(s.ts, c); ne > 0 {
		a.srcS, a.srcE, a.coreE = s.ts, c, ne // "Ann Lee, deputy mayor: “…”": the name is the speaker
	} else if b := f.sourceOpenerColon(s, c); b >= 0 {
		a.srcS, a.srcE, a.coreE = b, c, c
		a.cueS, a.cueE = s.ts, b
	} else {
		b, ne := f.subject(s, c)
		if b < 0 || ne >= c || !d.word(ne) || d.toks[ne].cap {
			return false
		}
		v := ne
		for v < c && d.word(v) && (d.in(v, wcSkipBetween) || d.lw(v) == "since" || strings.HasSuffix(d.lw(v), "ly")) {
			v++
		}
		w := d.lw(v)
		if n, _ := d.cueMatch(v); n == 0 && !(strings.HasSuffix(w, "ed") && !npStop[w]) && !f.presentVerbColon(v, c) {
			return false
		}
		a.srcS, a.srcE, a.coreE = b, ne, ne
		a.cueS = ne
	}
	a.frags = [][2]int{{sg.s, sg.e}}
	a.venueS, a.venueE = c, c
	a.conf = 0.6
	f.attrs = append(f.attrs, a)
	return true
}

// relativeCue: a relative clause on the source reports more words: "“…,”
// said Scott Reed, the Chamber's strategist, who added that …". The
// source is "who", which the resolver takes back to its antecedent.
func (f *finder) relativeCue(si, from int) {
	d := f.d
	s := f.sents[si]
	for k := from; k < s.te-2; k++ {
		if d.toks[k].quote != 0 {
			return
		}
		if !d.is(k, "who") || !d.is(k-1, ",") {
			continue
		}
		c := k + 1
		for c < s.te && d.word(c) && d.in(c, wcSkipBetween) {
			c++
		}
		n, e := d.cueMatch(c)
		if n == 0 || e.Prec < 0.3 || isGerund(d.lw(c)) {
			return
		}
		a := attr{cueS: c, cueE: c + n, entry: e, sent: si, srcS: k, srcE: k + 1, coreE: k + 1, inherit: -1}
		j := f.skipVenue(f.afterHearer(&a, a.cueE, s.te), s.te)
		switch {
		case d.is(j, "that"), f.isOpen(j):
		case d.is(j, ":") || d.is(j, ",") && f.isOpen(j+1):
			j++
		default:
			if !f.objectRelCue(k, c, &a) || !d.word(j) || d.in(j, wcVenuePrep) || d.in(j, wcNPStop) && !d.in(j, wcPronoun) {
				return
			}
		}
		sp, ok := f.contentSpan(j, f.contentEnd(j, s.te))
		if !ok {
			return
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = a.cueE, j
		a.conf = 0.7
		if prev := &f.attrs[len(f.attrs)-1]; prev.srcE > k-1 && prev.srcS < k {
			prev.srcE = k - 1 // the relative clause is no part of the mention
			prev.coreE = min(prev.coreE, prev.srcE)
		}
		f.attrs = append(f.attrs, a)
		return
	}
}

// accordingTail: "“…,” Welch said, according to Vermont Edition." PolNeAR
// gives the words to the outer source, the one that reports them.
func (f *finder) accordingTail(a *attr, s sent) {
	d := f.d
	from := max(a.cueE, a.srcE)
	for k := from; k < s.te-2; k++ {
		if d.toks[k].quote != 0 || d.is(k, ";") {
			return
		}
		if !d.is(k, ",") || !d.is(k+1, "according") || !d.is(k+2, "to") {
			continue
		}
		e := k + 3
		for e < s.te && d.toks[e].quote == 0 && !d.is(e, ",") && !d.is(e, ";") && !(d.is(e, ".") && e+1 >= s.te) {
			e++
		}
		if e == k+3 || e-k > 15 {
			return
		}
		if f.translationIn(k+3, e) {
			// "…,” Erdogan said, according to a translation": a rendering
			// of the words reports no one; the inner speaker keeps them.
			a.venueE = min(a.venueE, k)
			if n := len(a.frags); n > 1 && a.frags[n-1][0] >= int(d.toks[k].s) {
				a.frags = a.frags[:n-1] // no resumed content either
			}
			return
		}
		a.srcS, a.srcE, a.coreE = k+3, e, e
		a.venueE = min(a.venueE, k)
		last := &a.frags[len(a.frags)-1]
		if r := markEnd(d.r, last[1]); (isDQ(r) || isSQ(r)) && last[1] <= int(d.toks[a.cueS].s) {
			// The outer source reports the whole saying, the inner
			// attribution with it: "“…,” Welch said".
			last[1] = int(d.toks[k-1].e)
		}
		return
	}
}

// translationIn says whether tokens [s, e) name a translation ("a
// translation provided by his office", "the official translation").
func (f *finder) translationIn(s, e int) bool {
	for k := s; k < e && k < s+4; k++ {
		if f.d.is(k, "translation") {
			return true
		}
	}
	return false
}

// lateColonQuote: a sentence that already has attributions may end in a
// colon and a quotation none of them took: "“…,” Trump said before
// adding: “…”", "Reid said …, but he gave the Texan a compliment: “…”".
// The speaker is the last subject before the colon, else the source of
// the sentence's last attribution.
func (f *finder) lateColonQuote(si int) {
	d := f.d
	s := f.sents[si]
	if !d.hasColon(s.ts+1, s.te-1) {
		return
	}
	c := -1
	for k := s.te - 2; k > s.ts; k-- {
		if d.is(k, ":") && d.toks[k].quote == 0 && f.isOpen(k+1) {
			c = k
			break
		}
	}
	if c < 0 {
		return
	}
	sg := f.segs[d.toks[c+1].quote-1]
	if sg.ct < 0 || sg.words < 3 || f.claimed([2]int{sg.s, sg.e}) {
		return
	}
	for k := sg.ct + 1; k < s.te; k++ {
		if d.word(k) || d.toks[k].kind == tkDQ {
			return
		}
	}
	a := attr{cueS: c, cueE: c + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: -1, inherit: -1}
	for k := c - 2; k >= s.ts; k-- {
		if d.toks[k].quote != 0 || d.is(k, ";") {
			break
		}
		w := d.lw(k)
		if d.word(k) && pronouns[w] && w != "who" && w != "it" && d.word(k+1) && !d.toks[k+1].cap && !d.in(k+1, wcNPStop) {
			a.srcS, a.srcE, a.coreE, a.cueS = k, k+1, k+1, k+1 // "but he gave the Texan a compliment:"
			break
		}
		if d.capWord(k) && !d.capWord(k+1) && d.word(k+1) && strings.HasSuffix(d.lw(k+1), "ed") && !d.in(k+1, wcNPStop) {
			if b := d.npBack(k, s.ts); b >= 0 {
				a.srcS, a.srcE, a.coreE, a.cueS = b, k+1, k+1, k+1
				break
			}
		}
	}
	if a.srcS < 0 {
		n := len(f.attrs) - 1
		if n < 0 || f.attrs[n].sent != si || f.attrs[n].srcS < 0 {
			return
		}
		a.srcS, a.srcE, a.coreE = f.attrs[n].srcS, f.attrs[n].srcE, f.attrs[n].coreE
		a.inherit = n
		a.cueS = c - 1
	}
	a.frags = [][2]int{{sg.s, sg.e}}
	a.venueS, a.venueE = c, c
	a.conf = 0.6
	f.attrs = append(f.attrs, a)
}

// invertedColonVerb says whether token v is a reporting verb set before
// the name that closes a colon's lead, "Stated Stone: “…”", "In other
// words, explained the moderator Jo Doe: “…”": the sentence's first word
// or the first after a comma, with a name left between it and the colon
// at c. The verb is the cue and no part of the source.
func (f *finder) invertedColonVerb(v, c int, s sent) bool {
	d := f.d
	if v < s.ts || v+1 >= c || !d.word(v) || !invertVerbs[d.lw(v)] {
		return false
	}
	return v == s.ts || d.is(v-1, ",") && d.toks[v-1].quote == 0
}

// subjectBeforeSay says whether the cue of n tokens at k directly precedes
// a verb of saying ("The witnesses said …", "Two monitors told
// reporters …"), or, after a determiner, a confident cue in the past
// tense ("Several witnesses reported …"): the cue word is that verb's
// subject, not a report.
func (f *finder) subjectBeforeSay(k, n int, s sent) bool {
	d := f.d
	j := k + n
	if j >= s.te || !d.word(j) || d.toks[j].quote != 0 || d.in(j-1, wcSayVerb) {
		return false
	}
	if d.in(j, wcSayVerb) {
		return true
	}
	if n != 1 || k == s.ts || !d.word(k-1) || !d.in(k-1, wcDeterminer) || !isPast(d.lw(j)) {
		return false
	}
	m, e := d.cueMatch(j)
	return m > 0 && e.Prec >= 0.5
}
