package extract

// adverbialPreps open a phrase that can stand between a subject and its
// verb: "Zucker, who in the past has voiced …", "Jeb Bush in a Medium
// post said …".
var adverbialPreps = setOf("in through on at during over throughout into among")

// ppSubjectBack handles a source found by looking back from the cue that
// is the object of a preposition: "who in the past has voiced", "Gore's
// allies have in the past said", "Curiel, who through his office
// declined". The phrase is an adverbial between the subject and the
// verb; the subject stands before it. Given the found source's first
// token b, it returns the subject's first token and end, or -1, -1.
func (f *finder) ppSubjectBack(b int, s sent) (int, int) {
	d := f.d
	p := b - 1
	if p <= s.ts || !d.word(p) || d.toks[p].cap || d.toks[p].quote != 0 || !adverbialPreps[d.lw(p)] {
		return -1, -1
	}
	k := p - 1
	for k > s.ts && d.word(k) && !d.toks[k].cap && (d.in(k, wcSkipBetween) || laterWords[d.lw(k)]) {
		k-- // "Gowdy earlier in the day touted"
	}
	if k = f.partyTagBack(k, s); d.toks[k].quote != 0 || !d.word(k) {
		return -1, -1
	}
	if d.is(k, "who") {
		return k, k + 1
	}
	if st, ne := f.coordPPSubject(k, b, s); st >= 0 {
		return st, ne
	}
	nb := d.npBack(k, s.ts)
	if nb < 0 {
		return -1, -1
	}
	return nb, k + 1
}

// raisingSource names the subject of a raising cue as its source when the
// cue goes on past the raising verb to a verb or adjective of its own:
// "She appeared to imply that …", "Messages seem to show …", "Rubio
// seemed hopeful that …". PolNeAR marks that subject; a bare "X seems
// to be …" keeps no source, as PolNeAR leaves it. st and b bound the
// clause before the cue.
func (f *finder) raisingSource(a *attr, st, b int) bool {
	d := f.d
	last := d.lw(a.cueE - 1)
	if a.cueE-a.cueS < 2 || raisingCues[last] || last == "expected" || last == "like" || last == "to" || last == "be" || last == "have" {
		return false
	}
	ne := d.npForward(st, b)
	if ne < 0 {
		ne = d.npForwardLoose(st, b) // "his words appeared to contradict …"
	}
	if ne < 0 {
		return false
	}
	if ne == b-1 && d.inLex(ne, lcReflexive) {
		a.srcS, a.srcE, a.coreE = st, ne, ne // "Obama himself seemed to recognize"
		return true
	}
	if ne == b {
		a.srcS, a.srcE, a.coreE = st, ne, ne
		return true
	}
	return false
}

// askedByAgents: "Asked by Stephanopoulos to respond …, Carson said",
// "When asked by a reporter whether …": the agent after "by" asked the
// question, and PolNeAR marks it as the source of the question, whose
// content follows the agent. It reads the attributions from index from on.
func (f *finder) askedByAgents(from int) {
	d := f.d
	for i := from; i < len(f.attrs); i++ {
		a := &f.attrs[i]
		if a.srcS >= 0 || a.cueS < 0 || a.cueE != a.cueS+1 || !d.is(a.cueS, "asked") || !d.is(a.cueE, "by") || len(a.frags) == 0 {
			continue
		}
		by := a.cueE
		if a.frags[0][0] != int(d.toks[by].s) {
			continue
		}
		s := f.sents[a.sent]
		ne := d.npForwardLoose(by+1, s.te)
		if ne < 0 || ne >= s.te || int(d.toks[ne].s) >= a.frags[0][1] {
			continue
		}
		a.srcS, a.srcE, a.coreE = by+1, ne, ne
		a.frags[0][0] = int(d.toks[ne].s)
	}
}

// reasonWhy: "That is why critics say …", "that's why Trump says …" — the
// "why" opens a reason, not an embedded question, and the report after
// it stands.
func (f *finder) reasonWhy(k int) bool {
	d := f.d
	return d.is(k, "why") && k > 0 && (d.in(k-1, wcBeForm) || d.toks[k-1].kind == tkPoss)
}

// moreLead skips further pieces of an opening phrase that subject has
// already skipped up to its first comma: "At an event in Ames, Iowa, on
// Sunday, Mrs. Clinton …", "In Iowa, on Sunday, Clinton …". A place
// closing the first piece ("Iowa,") and a piece opened by a preposition
// both end at the next comma. It returns where the subject may start.
func (f *finder) moreLead(st, lim int) int {
	d := f.d
	for i := 0; i < 3 && st < lim; i++ {
		p := st
		if d.capWord(st) {
			ne := d.npForward(st, lim)
			if ne < 0 || !d.is(ne, ",") {
				return st
			}
			p = ne + 1
		}
		// "Later, when I asked her …, she …": a clause may lead as a
		// phrase does, and runs longer.
		sub := p == st && f.subLead(p, lim)
		if !sub && (!d.word(p) || d.toks[p].cap || d.toks[p].quote != 0 || !d.in(p, wcVenuePrep)) {
			return st
		}
		c := p + 1
		n := 8
		if sub {
			n = subLeadMax
		}
		for c < lim && c < p+n && d.toks[c].quote == 0 && !d.is(c, ",") {
			c++
		}
		if !d.is(c, ",") || c+1 >= lim {
			return st
		}
		st = c + 1
	}
	return st
}

// durationNouns end a duration between a cue and its "that": "has said for
// months that …", "have argued for years that …".
var durationNouns = setOf("days weeks months years decades")

// floatingQuantifiers stand after the subject they count: "He and Goodlatte
// both condemned …", "the ministers all urged …".
var floatingQuantifiers = setOf("both all each")

// floatingQuantifier steps back over a floating quantifier (and the
// auxiliaries before it) standing at j, the token before a cue, when a
// subject precedes it that npBack does not reach: "who has both
// endorsed", "figures — whose party … — both suggested". It returns the
// new j.
func (f *finder) floatingQuantifier(j int, s sent) int {
	d := f.d
	if j <= s.ts || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 || !d.inLex(j, lcFloatingQuantifier) {
		return j
	}
	if b := d.npBack(j, s.ts); b >= 0 && b < j {
		return j // "Rubio and Bush both said": npBack takes the phrase before it
	}
	k := j - 1
	for k > s.ts && d.word(k) && !d.toks[k].cap && d.in(k, wcSkipBetween) {
		k--
	}
	if d.is(k, "who") || d.npBack(k, s.ts) >= 0 {
		return k
	}
	if o := f.dashAsideOpen(k, s); o > s.ts && d.npBack(o-1, s.ts) >= 0 {
		return o - 1 // "figures — whose party … — both suggested"
	}
	return j
}

// cleftSubject: for a clause opened by an empty "it" and a form of be
// ("It was at the conference that Swanson delivered …, pointing to …",
// "It's a big if, but Sanders was in San Diego …, emphasizing …"), the
// subject of a participle is the one after the first "that" or "but".
// st is the "it"; it returns the subject's first token and end, or -1, -1.
func (f *finder) cleftSubject(st, lim int) (int, int) {
	d := f.d
	if !d.is(st, "it") || !(d.in(st+1, wcBeForm) || d.toks[st+1].kind == tkPoss || d.is(st+1, "’s") || d.is(st+1, "'s")) {
		return -1, -1
	}
	for i := st + 2; i < lim-1; i++ {
		if d.toks[i].quote != 0 {
			return -1, -1
		}
		if !d.is(i, "that") && !d.is(i, "but") {
			continue
		}
		ne := d.npForward(i+1, lim)
		if ne > i+1 && ne < lim && d.word(ne) && !d.toks[ne].cap {
			return i + 1, ne
		}
		return -1, -1
	}
	return -1, -1
}

// laterClauseSubject: a participle belongs to the clause it closes. When
// a sentence coordinates clauses with their own subjects ("Farmers
// say …, and the union has sued the county, saying …"), the source is the
// subject of the last clause before the participle at lim. ne is the end
// of the sentence's first subject; it returns the later subject's first
// token and end, or -1, -1.
func (f *finder) laterClauseSubject(ne, lim int) (int, int) {
	d := f.d
	for i := lim - 2; i > ne; i-- {
		if d.toks[i].quote != 0 {
			return -1, -1
		}
		k := -1
		switch {
		case d.is(i, ";"):
			k = i + 1
		case d.is(i, ",") && (d.is(i+1, "and") || d.is(i+1, "but")):
			k = i + 2
		case d.is(i, "and") && d.toks[i].quote == 0 && !d.is(i-1, ","):
			// "prosecutors charged the officer and Lee fired his chief,
			// acknowledging …": a clause joined without a comma.
			if e := f.andClauseSubject(ne, i, lim); e > 0 {
				return i + 1, e
			}
			continue
		case d.inLex(i, lcNearSub) && d.word(i) && d.toks[i].quote == 0:
			// "… clapped when Lee took the stage and said …": the
			// subordinate clause the verb closes has its own subject.
			if e := d.npForward(i+1, lim); e > i+1 && e < lim && !f.unfinishedGrade(i+1, e) && f.finiteAt(e) && f.sharesNearSubject(i+1, e, lim) {
				return i + 1, e
			}
			continue
		default:
			continue
		}
		e := d.npForward(k, lim)
		if e > k && e < lim && d.word(e) && !d.toks[e].cap && !isGerund(d.lw(e)) {
			return k, e
		}
		return -1, -1
	}
	return -1, -1
}

// sharesNearSubject says whether the verb at lim takes the subject
// [s, e) of the when/as/while clause before it: "and" joins the verb to
// that clause ("when Lee took the stage and said …"), or the subject is
// a pronoun, which in "… even as he faced …, saying …" stands for the
// main subject too. A named subject before ", VERB-ing" ("The senator
// waved as Lee arrived, saying …") leaves the participle to the main
// subject.
func (f *finder) sharesNearSubject(s, e, lim int) bool {
	d := f.d
	return d.is(lim-1, "and") || d.is(lim, "and") || e == s+1 && d.in(s, wcPronoun)
}

// datelineEnd skips a wire dateline opening the sentence at st:
// "Philadelphia (AFP) – US President Barack Obama will …". It returns
// the token after the dash, or st.
func (f *finder) datelineEnd(st, lim int) int {
	d := f.d
	for i := st + 1; i+3 < lim && i < st+8; i++ {
		if d.is(i, "(") && d.capWord(i+1) && d.is(i+2, ")") && isDashTok(d, i+3) {
			return i + 4
		}
		if d.toks[i].quote != 0 || !d.word(i) && !d.is(i, ",") && !d.is(i, ".") {
			return st
		}
	}
	return st
}

// leadClauseSubject: a sentence opened by a subordinate clause ("When
// Maddow pointed out that …, Clinton seized upon …, repeating …", "But
// when Mr. Hurt asked Norton …, it declined, citing …") has its main
// subject after the clause's comma. It returns that subject's first token
// and end when a verb follows it before lim, or -1, -1.
func (f *finder) leadClauseSubject(s sent, lim int) (int, int) {
	d := f.d
	st := s.ts
	if d.is(st, "but") || d.is(st, "and") || d.is(st, "so") {
		st++
	}
	if !d.word(st) || d.toks[st].quote != 0 || !d.in(st, wcSubordinator) {
		return -1, -1
	}
	for i := st + 2; i < lim-1; i++ {
		if !d.is(i, ",") {
			continue
		}
		k := i + 1
		if f.isClose(k) {
			k++ // the comma closes a quotation: "… as “Medicare for all,” Clinton …"
		}
		if k >= lim || d.toks[k].quote != 0 {
			return -1, -1
		}
		e := d.npForward(k, lim)
		if e > k {
			// "After the debate, the two chief antagonists largely
			// dropped …": a head npForward does not know runs on to the
			// verb, as in subject.
			e = f.subjectHeadEnd(e, lim)
		}
		if e > k && e < lim && d.word(e) && !d.toks[e].cap && !isGerund(d.lw(e)) {
			return k, e
		}
		return -1, -1
	}
	return -1, -1
}

// asideWhoSubject: "Mr. McConnell, who has both endorsed Mr. Trump …,
// offered a restrained embrace, stressing …": the report prev found is
// the relative clause's, with "who" as source; a participle closing the
// main clause reports the subject the relative clause describes. It
// returns that subject's first token and end, or -1, -1.
func (f *finder) asideWhoSubject(prev attr, s sent, lim int) (int, int) {
	d := f.d
	w := prev.srcS
	if w <= s.ts || prev.srcE != w+1 || !d.is(w, "who") || !d.is(w-1, ",") {
		return -1, -1
	}
	st, ne := f.subject(s, lim)
	if st < 0 || ne != w-1 {
		return -1, -1
	}
	return st, ne
}

// parenSubjectBack: "29 percent (and 43 percent of Republicans) said …":
// a subject closed by a parenthesis, which PolNeAR keeps in the mention.
// j is the ")" before the cue; it returns the subject's first token, or -1.
func (f *finder) parenSubjectBack(j int, s sent) int {
	d := f.d
	if !d.is(j, ")") || d.toks[j].quote != 0 {
		return -1
	}
	for k := j - 1; k > s.ts && j-k < 12; k-- {
		if d.is(k, ")") || d.toks[k].quote != 0 {
			return -1
		}
		if d.is(k, "(") {
			return d.npBack(k-1, s.ts)
		}
	}
	return -1
}

// clauseSubjectBack: "Large majorities of Republican primary voters in six
// states going to the polls on Super Tuesday said they support …",
// "but majorities in all five say they want …": a plain "say" followed by
// a clause with a pronoun subject reports it, and the source is the whole
// clause before the cue when no other reading found one. j is the token
// before the cue; it returns the source's first token, or -1.
func (f *finder) clauseSubjectBack(a *attr, j int, s sent) int {
	d := f.d
	if a.cueE != a.cueS+1 || !d.in(a.cueS, wcSayVerb) || !d.word(a.cueE) || !d.in(a.cueE, wcPronoun) || d.is(a.cueE, "who") || d.is(a.cueE, "you") {
		return -1
	}
	if !d.word(j) || d.toks[j].quote != 0 || d.is(j, "and") || d.is(j, "but") || d.is(j, "to") || d.is(j, "or") {
		return -1 // "… and said", "to say": a coordinated or infinitive cue
	}
	if d.is(j, "that") && j > s.ts && d.word(j-1) && !d.toks[j-1].cap && d.cueAt(j-1) == 0 {
		// "Leaders penned letters that said he was a liar": the clause
		// before ends in a relative pronoun, which PolNeAR marks as the
		// source, as it does "who".
		return j
	}
	st := j
	for st > s.ts && j-st < 20 {
		p := st - 1
		if d.toks[p].quote != 0 || d.is(p, ",") || d.is(p, ";") || d.is(p, ":") || isDashTok(d, p) || d.is(p, "(") || d.is(p, ")") {
			break
		}
		st--
	}
	if j-st >= 19 || st >= j {
		return -1
	}
	if d.is(st, "but") || d.is(st, "and") {
		st++
	}
	w := d.lw(st)
	if !d.word(st) || subordinators[w] || venuePreps[w] || leadStop[w] || whWords[w] || auxVerbs[w] || pronouns[w] {
		return -1
	}
	return st
}

// openingSubjectBack: "Yet some voters who have heard him over the years,
// on television or at rallies, said he …", "Editorial pages across the
// country, including this one, warned that …": when no other reading
// found a source, a confident cue right after the sentence's opening
// phrase takes that whole phrase, commas and all, as its source; the
// content must open a clause of its own. The phrase starts past an
// opening clause ("Even if the levy fails, …") or a ", but" and may end
// in a dash or parenthesis aside ("insiders in both ports — Avery and
// Lund — said"), which PolNeAR keeps in the mention. It returns the
// phrase's first token, or -1.
func (f *finder) openingSubjectBack(a *attr, j int, s sent) int {
	d := f.d
	if j < s.ts || a.entry.Prec < 0.5 || a.cueE != a.cueS+1 || !openingCues[d.lw(a.cueS)] || d.toks[j].quote != 0 || !(d.word(j) || d.is(j, ",") || d.is(j, ")") || isDashTok(d, j)) {
		return -1
	}
	if w := d.lw(j); w == "and" || w == "but" || w == "or" || w == "to" || w == "not" || auxVerbs[w] || pronouns[w] || relWords[w] || w == "whom" {
		return -1 // "… and said", "to say", "has said", "a group that says": no subject here
	}
	st := s.ts
	for st < j && d.word(st) && (d.in(st, wcClauseOpener) && !d.in(st, wcSubordinator) && !d.is(st, "that") || d.in(st, wcFocusOpener)) {
		st++
		if d.is(st, ",") {
			st++
		}
	}
	st = f.leadClauseEnd(st, j)
	for k := j - 1; k > st; k-- {
		if d.is(k, "but") && d.is(k-1, ",") && d.toks[k].quote == 0 {
			st = k + 1 // "Few would admit it, but the mayor says …": a clause of its own
			break
		}
	}
	if j-st < 2 || j-st > 30 || !d.word(st) {
		return -1
	}
	w := d.lw(st)
	h := learnedHeads[w]
	if !(phraseDeterminer(w) || d.toks[st].cap && !leadStop[w] || isCardinal(w) || quantityWords[w] || h.Count >= minHeadCount && h.Prec >= 0.12 && !npStop[w]) || subordinators[w] || venuePreps[w] && !d.toks[st].cap || whWords[w] {
		return -1
	}
	if isDashTok(d, j) && !f.dashAhead(st+1, j) {
		return -1 // only a dash closing an aside opened after the subject ("insiders — pilots and clerks — said")
	}
	rel := false // a verb may stand only in a relative clause: "voters who have heard him"
	paren := false
	for k := st; k <= j; k++ {
		t := &d.toks[k]
		paren = paren && !d.is(k, ")") || d.is(k, "(")
		// A capital past the first word is a name ("Yin May"), no
		// auxiliary; a parenthesis is an aside of its own.
		if t.quote != 0 || t.kind == tkDQ || d.is(k, ";") || d.is(k, ":") || d.strongCue(k) && !paren || d.in(k, wcAuxVerb) && !rel && !paren && (k == st || !t.cap) {
			return -1
		}
		// "Defending that terrain is …": "that" after a verb is no relative.
		rel = rel || d.in(k, wcRelWord) && !(d.is(k, "that") && (k == st || isGerund(d.lw(k-1))))
	}
	// The content opens a clause: "that", a pronoun, an article or a name.
	c := a.cueE
	if !d.word(c) || d.toks[c].quote != 0 {
		return -1
	}
	if cw := d.lw(c); !(cw == "that" || pronouns[cw] && cw != "who" || determiners[cw] && cw != "this" || d.toks[c].cap) {
		return -1
	}
	return st
}

// openingCues are the plain verbs of saying openingSubjectBack trusts; a
// verb of showing or finding after a long phrase is too often its object's.
var openingCues = setOf("said say says told tell tells argued argue argues claimed claim claims insisted insist insists warned warn warns")

// shareOfBack extends a mention starting at s over a share that takes it
// as its group: "some of the same candidates", "only 32 percent of
// voters", "one of the earliest backers". PolNeAR marks the whole share
// wherever it stands (after "as", a verb, a time), which quantityBack,
// bound to a clause start, does not reach. It returns the new start.
func (f *finder) shareOfBack(s int) int {
	d := f.d
	if p := s - 1; p >= 1 && d.word(p) && d.toks[p].quote == 0 {
		if d.inLex(p, lcArticle) {
			p-- // the article may not be the mention's yet: articleBack adds it later
		}
		if p >= 1 && d.word(p) && partPreps[d.lw(p)] && d.word(p-1) && groupPronouns[d.lw(p-1)] && d.toks[p].quote == 0 && d.toks[p-1].quote == 0 {
			s = p - 1 // "some in the crowd", "those in the hall": the pronoun heads the phrase
		}
	}
	if s < 2 || !d.is(s-1, "of") || d.toks[s-1].quote != 0 {
		return s
	}
	j := s - 2
	if !(d.word(j) && (isNumberWord(d.lw(j)) || shareWords[d.lw(j)]) || d.is(j, "%")) || d.toks[j].quote != 0 {
		return s
	}
	lim := f.sents[f.sentOf(s)].ts
	b := j
	for b-1 >= lim && d.toks[b-1].quote == 0 && (d.word(b-1) && (isNumberWord(d.lw(b-1)) || d.quantityWordAt(b-1)) || d.is(b-1, "%")) {
		b--
	}
	if b-1 >= lim && (d.is(b-1, "a") || d.is(b-1, "the")) && d.toks[b-1].quote == 0 {
		b-- // "a majority of voters", "the two of them"
	}
	return b
}

// groupPronouns stand for a group whose members a preposition phrase
// places: "some in the crowd", "many on the right", "those inside the
// hall". PolNeAR marks the pronoun with its phrase (30 of 30 on train).
var groupPronouns = setOf("some many most few several those others all none someone anyone everyone nobody")

// partPreps place such a group.
var partPreps = setOf("in on at inside outside within among")

// shareWords head a share before "of" besides the numbers.
var shareWords = setOf("some many most all none percent half majority few several each any dozens hundreds thousands both")

// raisingReportPrec is the precision a verb's past form needs in the
// lexicon before "seemed to VERB" reads as its subject's report.
const raisingReportPrec = 0.3

// raisingReport reads "X seemed to VERB …" with a verb of saying or
// showing after "to" ("she appeared to imply that …", "the emails seem
// to show …", "Cruz seemed to mock …") as X's report: PolNeAR marks X
// as the source, the whole chain as the cue and what follows the verb as
// the content (17 of 31 such chains on train; 10 keep the clause
// sourceless, 4 are unmarked). Verbs the lexicon knows only weakly
// ("seemed to rely", "seems to fit") keep the sourceless reading. It
// fills a and returns true, or leaves a as it was.
func (f *finder) raisingReport(a *attr, st, b, end int) bool {
	d := f.d
	k := a.cueE
	if !raisingCues[d.lw(k-1)] || !d.is(k, "to") || !d.word(k+1) || d.toks[k+1].cap || d.toks[k+1].quote != 0 || npStop[d.lw(k+1)] {
		return false
	}
	e := presentStems[d.lw(k+1)]
	if e == nil || e.Prec < raisingReportPrec || d.word(k+2) && contactPreps[d.lw(k+2)] {
		return false // "seems to agree on a budget": no object to report
	}
	tail, ok := f.contentSpan(k+2, end)
	if !ok {
		return false // "Trump almost seemed to agree."
	}
	cueE := a.cueE
	a.cueE = k + 2
	if !f.raisingSource(a, st, b) {
		a.cueE = cueE
		return false
	}
	a.frags = [][2]int{tail}
	a.entry.Type = e.Type
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.5
	return true
}

// expletiveThat reads "it appears that …", "It appears, though, that …"
// after an empty "it": the that-clause alone is the content, with no
// source (4 of 7 on train; the sourceless whole clause was never gold).
// A short aside between commas may stand before "that".
func (f *finder) expletiveThat(a *attr, s sent) bool {
	d := f.d
	if !raisingCues[d.lw(a.cueE-1)] {
		return false
	}
	t := a.cueE
	if d.is(t, ",") && d.toks[t].quote == 0 {
		t++
		for t < s.te && t < a.cueE+5 && d.word(t) && !d.is(t, "that") {
			t++ // "It appears, though, that …"
		}
		if !d.is(t, ",") {
			return false
		}
		t++
	}
	if !d.is(t, "that") || d.toks[t].quote != 0 {
		return false
	}
	sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
	if !ok {
		return false
	}
	a.frags = [][2]int{sp}
	a.entry.Type = CueThought
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.5
	return true
}
