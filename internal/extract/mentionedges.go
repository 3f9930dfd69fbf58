package extract

// Edges of reported source mentions: where a subject, an agent or the
// source of "according to" starts and ends, by PolNeAR's conventions.

import "strings"

// mentionOpeners are adverbs and linking words that can open a clause
// before its subject but are not part of the subject: "even Obama
// noted", "then Trump said", "Ever since Sanders announced", "including
// Mr. Trump's assertion". On train PolNeAR leaves them out of the
// mention almost always ("then" 23 of 23, "since" 19 of 19, "now" 13 of
// 13, "including" 10 of 10, "perhaps" 5 of 5, "even" 29 of 37). So are
// the stanceOpeners. Words seen once or twice that may also modify a noun
// (alongside, also, still) are left out: too few to tell a convention.
var mentionOpeners = setUnion(setOf("even then including since now perhaps"), stanceOpeners)

// stanceOpeners are sentence adverbs that comment on the whole clause
// ("Certainly Ronald Reagan believed", "naturally he said") and the
// subordinator "whereas" ("whereas Petraeus said"), which modify no noun:
// train never has one in a mention and leaves each out where it opens
// the clause before one (7 times: soon 3, naturally 2, whereas,
// certainly).
var stanceOpeners = setOf("whereas soon certainly clearly obviously surely apparently presumably undoubtedly admittedly ironically naturally understandably predictably unsurprisingly")

// openerTrim moves a mention start s past such an opener, as long as a
// word of the mention is left before its end e. A capitalised opener
// is one only at the start of a clause before the cue ("Perhaps Jones
// said"); after the cue or inside a clause it is more likely a name's
// first word ("said Soon Yi Previn", "according to Now Magazine"). It
// returns the new start.
func (f *finder) openerTrim(a *attr, s, e int) int {
	d := f.d
	for s+1 < e && d.word(s) && d.toks[s].quote == 0 {
		if d.toks[s].cap && !f.clauseOpenerAt(a, s) {
			break
		}
		w := d.lw(s)
		if w == "ever" && d.is(s+1, "since") && s+2 < e {
			s += 2 // "Ever since the mayor resigned"
			continue
		}
		if !mentionOpeners[w] || !d.word(s+1) {
			break
		}
		s++
	}
	return s
}

// clauseOpenerAt says whether token k opens a sentence or a clause after
// a comma, before the cue of a.
func (f *finder) clauseOpenerAt(a *attr, k int) bool {
	d := f.d
	if a.cueS < 0 || k >= a.cueS {
		return false
	}
	return k == f.sents[f.sentOf(k)].ts || k > 0 && (d.is(k-1, ",") || d.is(k-1, ";") || d.toks[k-1].kind == tkDQ)
}

// accordingDash says whether token k is a spaced hyphen or dash after
// the source of "according to" that starts a comment on the figures
// ("according to the Tax Policy Center - half a point of GDP"): PolNeAR
// ends the source before it (4 of 5 on train). An em dash already ends
// it in accordingTo.
func (f *finder) accordingDash(a *attr, k int) bool {
	d := f.d
	return k > a.cueE+1 && isDashTok(d, k) && d.toks[k].quote == 0 && !d.is(k, "—")
}

// contractionEnd is where the mention ending with word token k ends
// when that word is a pronoun with a contracted verb ("I’m", "They’re",
// "we’ve"): before the apostrophe, as PolNeAR marks it (49 of 51 on
// train). The tokenizer keeps such a word whole; a possessive "’s" is a
// token of its own and handled in mentionCut. It returns the end in
// code points.
func (d *doc) contractionEnd(k int) int {
	t := &d.toks[k]
	if t.kind != tkWord {
		return int(t.e)
	}
	if p, ok := contractedPronoun(d.lw(k)); ok {
		return int(t.s) + len(p) // a pronoun is ASCII: bytes are code points
	}
	return int(t.e)
}

// contractedSuffixes are the verbs English contracts onto a pronoun.
var contractedSuffixes = [...]string{"’ll", "'ll", "’d", "'d", "’s", "'s", "’re", "'re", "’ve", "'ve", "’m", "'m"}

// pronounStem returns w without a contracted verb ("they’re" ->
// "they"), or w itself.
func pronounStem(w string) string {
	// Each suffix is an apostrophe and one or two letters: a word without
	// one (or the last byte of "’", 0x99) two or three bytes from its end,
	// most words, is spared the twelve tests.
	if n := len(w); !(n >= 2 && (w[n-2] == '\'' || w[n-2] == 0x99) || n >= 3 && (w[n-3] == '\'' || w[n-3] == 0x99)) {
		return w
	}
	for _, suf := range contractedSuffixes {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// contractedPronoun returns the pronoun of a word that is a pronoun
// with a contracted verb ("they’re" -> "they", true); "who’ve" in
// "voters who’ve said" is left whole.
func contractedPronoun(w string) (string, bool) {
	p := pronounStem(w)
	return p, p != w && pronouns[p] && p != "who"
}

// danglingMods end a mention that lost its head noun to the cue: "The
// latest plan to …", "President Obama’s latest plan", "its own
// recommended list", where a layout read the noun as a nominal cue.
// The list holds the modifiers seen so on train, not every adjective
// (final, second, public …): an adjective class would also take
// mentions that end on an adjective for other reasons, unmeasured.
var danglingMods = setOf("latest new own popular first recent whatever")

// danglingMention says whether the mention of a, starting at token ms,
// ends on a determiner, a possessive pronoun or one of the
// danglingMods. It returns the token after a possessive inside the
// mention, where the mention should end ("President Obama’s", the
// possessor, as PolNeAR marks the source of a possessed report), or -1
// when nothing of the mention should stay (PolNeAR marks no source in
// 11 of 13 such cases on train).
func (f *finder) danglingMention(a *attr, ms int) (end int, dangling bool) {
	d := f.d
	if a.srcE > a.cueS || !f.danglingWordIn(ms+1, a.srcE) {
		return 0, false // cheap test first: mentionCut is not
	}
	last := f.mentionCut(a) - 1
	if last <= ms || !d.word(last) || d.toks[last].quote != 0 || a.cueS < last+1 {
		return 0, false
	}
	w := d.lw(last)
	if !danglingMods[w] && !possPronouns[w] && !articles[w] {
		return 0, false
	}
	for k := last - 1; k > ms; k-- {
		if d.toks[k].kind == tkPoss || d.toks[k].kind == tkSQ && d.word(k-1) && strings.HasSuffix(d.lw(k-1), "s") {
			return k + 1, true // "Obama’s latest", "Democrats' new"
		}
	}
	if d.in(ms, wcPossPronoun) {
		return ms + 1, true // "its own": the possessor
	}
	return -1, true
}

// objectVerbs take an object that is the subject of the report after it:
// "The ruling allows Ann Lee to argue …", "The storm got residents
// talking about …", "Police receive calls saying …". When a layout took
// the whole clause before the cue as the source, the mention is the
// object alone, as PolNeAR marks it.
var objectVerbs = setOf("led leads allows allowed allow lets got gets get receive receives received watch watched prompted prompts caused causes urged pushed drove drives encouraged inspired")

// objectStart moves a mention start s past a clause's subject and an
// objectVerbs verb inside the mention before the cue, up to cut. The
// cue must be non-finite ("to argue", "talking", "relentlessly
// referring"), as the object's own verb is; a finite cue ("The men Lee
// led to safety said") has the whole phrase, a noun with a relative
// clause, as its subject. A comma, relative word or preposition first
// ends the search: the verb then belongs to a postmodifier ("a panel
// led by …", "Lee, who led the committee"). What follows the verb must
// open a noun phrase. It returns the new start.
func (f *finder) objectStart(a *attr, s, cut int) int {
	d := f.d
	if cut > a.cueS {
		return s
	}
	nonFinite, bare := f.nonFiniteCue(a), f.bareCue(a)
	if !nonFinite && !bare {
		return s
	}
	if o := cut - 1; bare && o-1 >= s && d.word(o-1) && !d.toks[o-1].cap && bareObjectVerbs[d.lw(o-1)] && d.word(o) && objectPronouns[d.lw(o)] {
		// "the bureau's actions in the past make me wary of …": a
		// pronoun object names the speaker whatever the clause's
		// subject holds.
		return o
	}
	for k := s; k < cut-1; k++ {
		if !d.word(k) || d.toks[k].quote != 0 {
			return s
		}
		w := d.lw(k)
		if npStop[w] || whWords[w] || venuePreps[w] || w == "of" {
			return s
		}
		if !d.is(k+1, "by") && (d.objectOpener(k+1) || d.toks[k+1].kind == tkPoss) {
			if nonFinite && k > s && objectVerbs[w] && !d.toks[k].cap {
				return k + 1
			}
			if bare && bareObjectVerbs[w] && (!d.toks[k].cap || k == f.sents[f.sentOf(k)].ts) {
				return k + 1
			}
		}
	}
	return s
}

// bareObjectVerbs take an object and a bare infinitive, the object's own
// report: "Let me just say …", "hearing him say it", "help Cruz cast
// the race as …", "the delays make me wary of …". PolNeAR marks the
// object alone as the source (25 of 25 such mentions on train); the
// verb may open the mention, as the clause's subject is often left out.
var bareObjectVerbs = setOf("let lets letting make makes made making help helps helped helping hear hears heard hearing see sees saw seeing watch watches watched watching")

// bareCue says whether the cue of a opens, after an "-ly" adverb or
// "just", with a word that cannot be finite after a singular object: no
// past form, "-s" form or gerund ("say", "cast", "wary of").
func (f *finder) bareCue(a *attr) bool {
	d := f.d
	k := a.cueS
	if k < 0 || !d.word(k) {
		return false
	}
	if w := d.lw(k); (lyAdverb(w) || w == "just") && k+1 < a.cueE && d.word(k+1) {
		k++
	}
	w := d.lw(k)
	return !d.toks[k].cap && !isPast(w) && !pastParticiple(w) && !isGerund(w) && !d.shaped(k, shS) && w != "to"
}

// nonFiniteCue says whether the cue of a opens with "to", a gerund, or
// an "-ly" adverb before a gerund.
func (f *finder) nonFiniteCue(a *attr) bool {
	d := f.d
	k := a.cueS
	if k < 0 || !d.word(k) {
		return false
	}
	if w := d.lw(k); lyAdverb(w) && k+1 < a.cueE && d.word(k+1) {
		k++
	}
	w := d.lw(k)
	return w == "to" || isGerund(w) || k > 0 && d.is(k-1, "to")
}

// objectOpener says whether token k can open an object noun phrase: a
// word that is no preposition, "to", time word, adverb or verb form
// ("led to safety", "received last year", "got to know").
func (d *doc) objectOpener(k int) bool {
	if !d.word(k) || d.toks[k].quote != 0 {
		return false
	}
	w := d.lw(k)
	return !(d.in(k, wcNPStop|wcVenuePrep|wcTimeWord|wcWeekday|wcDayPart) || w == "to" || w == "into" ||
		lyAdverb(w) || isGerund(w) || !d.toks[k].cap && isPast(w))
}

// agentStops end the agent of a passive before what follows it: a
// complement or adjunct of the verb ("asked by a reporter whether …",
// "criticized by Lee for …"), or a clause of its own.
var agentStops = setWith(npStop, "whether if to for on about as when while after before because since over during immediately then also")

// agentEnd extends the agent of a passive report, the mention after
// "by" ending before token e, to the end of its clause when nothing but
// more of the noun phrase comes first: appositions, conjuncts and
// "including" lists ("was echoed by her campaign and Democrats across
// the country", "was derided by Ann Lee, the leader of the opposition").
// PolNeAR marks the agent to the end of the clause (79 of 157 such
// mentions on train; most others stop at a complement like "whether").
// A relative clause after a comma stays out. It returns the new end, or
// e.
func (f *finder) agentEnd(a *attr, e int) int {
	d := f.d
	if a.srcS < 1 || !d.is(a.srcS-1, "by") || a.cueS < 0 || a.cueE > a.srcS-1 || d.toks[a.srcS-1].quote != 0 {
		return e
	}
	s := f.sents[f.sentOf(a.srcS)]
	for k := e; k < s.te && k < e+25; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind == tkDQ {
			return e
		}
		if d.is(k, ".") && !innerDot(d, k) || d.is(k, ";") || d.is(k, ":") || d.is(k, "?") || d.is(k, "!") {
			return k // the clause ends: the agent runs to it
		}
		if d.is(k, ",") && d.word(k+1) && (d.in(k+1, wcWhWord) || d.is(k+1, "who")) {
			return k // "…, who highlighted …": the agent ends before it
		}
		if t.kind != tkWord {
			if t.kind == tkPoss || d.is(k, ",") || isDashTok(d, k) || d.is(k, "(") || d.is(k, ")") {
				continue
			}
			return e
		}
		w := d.lw(k)
		if agentStops[w] && w != "and" && w != "or" || lyAdverb(w) && !lyAdjectives[w] || d.strongCue(k) ||
			agentTimeWord(w) || !t.cap && (isGerund(w) && (d.is(k-1, ",") || d.is(k-1, "and")) || isPast(w) && !edTitles[w] && !d.beforeNoun(k)) {
			return e
		}
	}
	if s.te <= e+25 {
		return s.te // the sentence ends without a stop
	}
	return e
}

// agentTimeWord says whether w dates the report rather than naming
// more of its agent ("by the mayor 10 days ago", "…, last night"):
// the agent then keeps its own end.
func agentTimeWord(w string) bool {
	return timeWords[w] || w == "ago" || isWeekday(w) || monthWords[w] || dayParts[w] || w[0] >= '0' && w[0] <= '9'
}

// beforeNoun says whether the word at k follows a determiner, so that a
// past form there modifies a noun ("a pledged delegate") rather than
// being a new clause's verb ("council members agreed").
func (d *doc) beforeNoun(k int) bool {
	if k < 1 || !d.word(k-1) {
		return false
	}
	w := d.lw(k - 1)
	return determiners[w] || articles[w] || possPronouns[w]
}

// accordingClauseEnd extends the source of "according to", ending
// before token ne, to the end of the sentence when only more of its
// noun phrase stands before it: "according to a CBS poll released
// Monday.", "according to a Pentagon readout.", "according to a person
// who attended …". PolNeAR marks the whole (7 of 9 such cases on
// train). A comma, quotation, dash or parenthesis first leaves ne. It
// returns the new end, or ne.
func (f *finder) accordingClauseEnd(s sent, ne int) int {
	d := f.d
	for k := ne; k < s.te && k < ne+15; k++ {
		if d.is(k, ".") && !innerDot(d, k) || d.is(k, ";") || d.is(k, "?") || d.is(k, "!") {
			return k
		}
		t := &d.toks[k]
		if t.quote != 0 || t.kind != tkWord && t.kind != tkPoss {
			return ne
		}
	}
	if s.te < ne+15 {
		return s.te
	}
	return ne
}

// subjectHeadEnd extends a sentence subject that npForward ended before
// token ne, at a word it does not know as a head, over the rest of the
// noun phrase up to the clause's past-tense verb: "Hundreds of
// pro-Sanders demonstrators marched …", "Japan's central bank ended
// …". Only nouns and modifiers may stand between (no adverb, time word,
// conjunction, preposition other than "of", comma or quotation: "Is the
// council competent and well led"), and the verb must follow at once;
// otherwise ne stays. It returns the new end.
func (f *finder) subjectHeadEnd(ne, lim int) int {
	d := f.d
	for k := ne; k < lim && k < ne+6; k++ {
		t := &d.toks[k]
		if t.quote != 0 {
			return ne
		}
		if t.kind == tkPoss {
			continue
		}
		if t.kind != tkWord {
			return ne
		}
		w := d.lw(k)
		if k > ne && d.adverbBeforePast(k) {
			return k // "The Irish club strongly disliked …": the adverb opens the predicate
		}
		if k == ne && isPast(w) || auxVerbs[w] || beForms[w] || linkingVerbs[w] || npAdverbs[w] {
			return ne // a verb or an adverb already follows the subject
		}
		if k > ne && !t.cap && isPast(w) && !edTitles[w] && !hyphenModifier(w) {
			if d.is(k-1, "of") || d.toks[k-1].kind == tkPoss {
				return ne
			}
			return k
		}
		if (npStop[w] || determiners[w]) && w != "of" || skipBetween[w] || lyAdverb(w) && !lyAdjectives[w] ||
			timeWords[w] || isWeekday(w) || monthWords[w] || dayParts[w] || isGerund(w) || d.strongCue(k) {
			return ne
		}
	}
	return ne
}

// hyphenModifier says whether a past form is a hyphenated compound
// ("state-owned", "long-awaited", "Chicago-based"): it modifies the noun
// after it and is no clause's verb.
func hyphenModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i < len(w)-3
}

// adverbBeforePast says whether token k is an adverb in -ly or "also"
// right before a lower-case past-tense verb, so that the predicate
// starts at k: "The Irish club strongly denounced …", "The Dutch
// ferry line also rejected …".
func (d *doc) adverbBeforePast(k int) bool {
	if !d.word(k) || d.toks[k].cap || !d.word(k+1) || d.toks[k+1].cap || d.toks[k+1].quote != 0 {
		return false
	}
	w, v := d.lw(k), d.lw(k+1)
	if !(w == "also" || lyAdverb(w) && !lyAdjectives[w] && !lyNouns[w]) {
		return false
	}
	return isPast(v) && !edTitles[v] && !d.in(k+1, wcKnownHead)
}

// danglingWordIn says whether a word that danglingMention looks for
// stands among tokens [b, e).
func (f *finder) danglingWordIn(b, e int) bool {
	d := f.d
	for k := b; k < e; k++ {
		if d.word(k) {
			if d.in(k, wcPossPronoun) || d.inLex(k, lcDanglingMod|lcArticle) {
				return true
			}
		}
	}
	return false
}

// reportNoun says whether w is a noun that reports what someone said or
// thought, as a nominal cue opens with: "claims", "warning",
// "assertion", "vows".
func reportNoun(w string) bool {
	if voicedNouns[w] || nounByNouns[w] || possOfNouns[w] {
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && (voicedNouns[w[:n-1]] || nounByNouns[w[:n-1]] || possOfNouns[w[:n-1]])
}

// possessedModifierEnd handles a mention that ran on from a possessor
// over the modifiers of a nominal cue right after it: "their smug
// assurances", "Trump's false claims", "his stern warning", "Lee's
// recent evidence-free assertion". The modifiers belong to the cue's
// noun phrase, and PolNeAR marks the possessor as its source. Only
// lower-case words that cannot head a mention may stand between: a
// known head or a noun of a document, event or report leaves the
// mention whole ("Lee's spokesman claims", "Her tax plan promises").
// When a preposition stands before the possessor's name inside the
// mention ("a revival of Lee's familiar claims"), the mention starts at
// the name. It returns the new start and end, or -1, -1.
func (f *finder) possessedModifierEnd(a *attr, ms int) (int, int) {
	d := f.d
	if a.cueS < 0 || a.srcE != a.cueS || a.srcE-1 <= ms || !d.word(a.cueS) || d.toks[a.cueS].cap || !reportNoun(d.lw(a.cueS)) || f.verbCueClause(a) {
		return -1, -1
	}
	for k := a.srcE - 1; k > ms; k-- {
		t := &d.toks[k]
		if t.kind == tkPoss || t.kind == tkSQ && d.word(k-1) && strings.HasSuffix(d.lw(k-1), "s") {
			if k == a.srcE-1 {
				return -1, -1
			}
			return f.possessorStart(ms, k), k + 1 // "Trump's false", "Democrats' stern"
		}
		if !d.word(k) || t.cap || t.quote != 0 {
			return -1, -1
		}
		w := d.lw(k)
		if isNumberWord(w) {
			continue // "the mayor's two promises": a count of the cue's noun, though "two" heads mentions elsewhere
		}
		if knownHead(w) || npStop[w] || determiners[w] || articles[w] || pronouns[w] || possPronouns[w] || titleWords[w] ||
			docNouns[w] || fromDocNouns[w] || contactHeads[w] || eventNouns[w] || reportNoun(w) {
			return -1, -1
		}
	}
	if d.in(ms, wcPossPronoun) {
		return ms, ms + 1 // "their smug": the possessor
	}
	return -1, -1
}

// verbCueClause says whether a cue in -s that may be a verb ("claims",
// "promises") has a bare clause for its content ("Lee's stepson claims
// the will was forged"): a noun takes "that", "to", "of" or "about"
// after it, so the cue is the verb and the whole phrase before it is the
// source.
func (f *finder) verbCueClause(a *attr) bool {
	d := f.d
	w := d.lw(a.cueS)
	if len(a.frags) == 0 || !strings.HasSuffix(w, "s") || a.cueE != a.cueS+1 {
		return false
	}
	c := d.tokFrom(a.frags[0][0])
	if c != a.cueE || !d.word(c) {
		return false
	}
	x := d.lw(c)
	return !(x == "that" || x == "to" || x == "of" || x == "about" || x == "on" || x == "for" || x == "against")
}

// possessorStart is where the possessor ending before the possessive at
// token p starts when a preposition inside the mention from ms comes
// before its capitalised name ("expansion of Trump's"), or ms.
func (f *finder) possessorStart(ms, p int) int {
	d := f.d
	b := p
	for b-1 > ms && (d.capWord(b-1) || d.is(b-1, ".") && d.capWord(b-2)) {
		b--
	}
	if b == p || b-1 < ms || !d.word(b-1) || !d.in(b-1, wcVenuePrep) && !d.is(b-1, "of") && !d.is(b-1, "for") {
		return ms
	}
	return b
}

// knowledgeQualifiers may stand between "with" and "knowledge" in a
// phrase describing a source: "with direct knowledge of", "with no
// firsthand knowledge of".
var knowledgeQualifiers = setOf("direct no some firsthand first-hand intimate detailed close personal")

// knowledgeWith says whether token k opens "with (…) knowledge of" (or
// "about"), which describes an unnamed source ("a person with knowledge
// of the talks"): PolNeAR keeps it in the mention wherever it follows
// (train: 4 of 4), unlike a manner or venue after "with" ("said Lee
// with a laugh").
func (d *doc) knowledgeWith(k int) bool {
	if !d.is(k, "with") || d.toks[k].quote != 0 {
		return false
	}
	j := k + 1
	for j < k+3 && d.word(j) && knowledgeQualifiers[d.lw(j)] {
		j++
	}
	return d.is(j, "knowledge") && (d.is(j+1, "of") || d.is(j+1, "about"))
}

// knowledgeEnd extends a source phrase ending before token e over such a
// "with … knowledge of" phrase and its object, when the object closes at
// punctuation. It returns the new end, or e.
func (d *doc) knowledgeEnd(e, lim int) int {
	if e >= lim || !d.knowledgeWith(e) {
		return e
	}
	j := e + 1
	for !d.is(j, "knowledge") {
		j++
	}
	// The object runs over words and possessives to the punctuation
	// that closes the phrase: "of the governor's dilemma,".
	k := j + 2
	for k < lim && k < j+10 && (d.word(k) || d.toks[k].kind == tkPoss) && d.toks[k].quote == 0 && !d.is(k, "who") && !d.is(k, "that") && !d.is(k, "and") {
		k++
	}
	if k == j+2 || k < lim && (d.word(k) || d.toks[k].kind == tkPoss) {
		return e // no object, or one that runs on into a clause
	}
	return k
}
