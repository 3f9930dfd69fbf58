package extract

import "strings"

// cardinals spelled out, alone or joined by a hyphen: "Twenty-four",
// "sixty-six", "eleven".
var cardinals = setOf("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred")

// cardinalsFilter spares isCardinal most look-ups of words that are no
// number.
var cardinalsFilter = newSetFilter(cardinals)

// isCardinal says whether w is a number, written in digits or words.
func isCardinal(w string) bool {
	if isNumberWord(w) {
		return true
	}
	if w == "" {
		return false
	}
	for rest, more := w, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "-")
		if !cardinalsFilter.mayHave(p) || !cardinals[p] {
			return false
		}
	}
	return true
}

// shareMods qualify a poll share: "Some 22 percent", "Nearly nine out of
// 10", "Only a third".
var shareMods = setOf("some only nearly almost about roughly just fully another over under more fewer less than at least a an out of in")

// shareBack finds a poll share ending at token j that opens a clause
// (or follows "with"),
// the subject of "Some 22 percent said …", "Twenty-four percent say …",
// "Nearly nine out of 10 say …". It returns its first token, or -1.
func (d *doc) shareBack(j, lim int) int {
	if j < lim || d.toks[j].quote != 0 {
		return -1
	}
	w := d.lw(j)
	if !(percentWord(w) || d.word(j) && isCardinal(w)) {
		return -1
	}
	num := false
	b := j
	for ; b >= lim && d.toks[b].quote == 0; b-- {
		w := d.lw(b)
		switch {
		case percentWord(w):
		case d.word(b) && isCardinal(w):
			num = true
		case d.word(b) && shareMods[w]:
		default:
			goto done
		}
	}
done:
	b++
	for b < j && (d.is(b, "in") || d.is(b, "of") || d.is(b, "out")) {
		b++
	}
	if !num || !d.subjectStart(b, lim) && !d.is(b-1, "with") {
		return -1
	}
	return b
}

// withShareBack extends the subject b of "with … saying" over the share
// it belongs to: "with 30 percent of voters saying …". It returns the new
// start, or b.
func (d *doc) withShareBack(b, lim int) int {
	if b-2 < lim || !d.is(b-1, "of") {
		return b
	}
	if qb := d.shareBack(b-2, lim); qb >= 0 && d.is(qb-1, "with") {
		return qb
	}
	return b
}

// sayVerbs are the plain verbs of saying, whose relative clauses ("voters
// who say …") report speech; other verbs there mostly describe.
var sayVerbs = setOf("said say says told tell tells")

// appositiveSubject says whether the sentence up to the comma at p is a
// subject with an inserted phrase rather than a content: "Peter Cook, a
// spokesman,", "Sen. Ann Roe (D-Md.), chair of the panel,". The verb
// after p then reports what follows, not what precedes.
func (f *finder) appositiveSubject(p int, s sent) bool {
	d := f.d
	if !d.is(p, ",") || d.toks[p].quote != 0 {
		return false
	}
	return f.appositionBack(p, s.ts) == s.ts
}

// asideSubjectBack finds a subject that opens the sentence and is set off
// from its verb by an inserted phrase ending at token j: "Rep. Ann Roe
// (D-Md.), chair of the panel, said", "The aides, led by Tom Lee, told",
// "Democratic economists, like their rivals, say", "Many speakers — including
// …  — said". It returns the subject's first token and the end of its
// head phrase, or -1, -1.
func (f *finder) asideSubjectBack(j int, s sent) (int, int) {
	d := f.d
	if j <= s.ts || d.toks[j].quote != 0 || !(d.is(j, ",") || isDashTok(d, j)) {
		return -1, -1
	}
	st := s.ts
	if d.word(st) && (d.lw(st) == "but" || d.lw(st) == "and" || d.lw(st) == "yet") {
		st++
	}
	st = f.leadClauseEnd(st, j)
	if d.word(st) && d.toks[st].cap && sequenceAdverbs[d.lw(st)] && d.word(st+1) && !(d.is(st, "first") && d.toks[st+1].cap) {
		// "Then his wife, Huma Abedin, announced …": the adverb is no
		// part of the subject; "First Lady …" is a title.
		st++
	}
	// The subject ends at the first comma or dash of the sentence.
	k := st + 1
	for k < j && !(d.toks[k].quote == 0 && (d.is(k, ",") || isDashTok(d, k))) {
		if d.is(k, ";") || d.is(k, ":") || d.toks[k].quote != 0 {
			return -1, -1
		}
		k++
	}
	if k >= j || k-st > 12 {
		return -1, -1
	}
	if isDashTok(d, j) != isDashTok(d, k) {
		return -1, -1 // "X, a doctor — said": the marks do not pair
	}
	b := d.npBack(k-1, st)
	if b < 0 {
		return -1, -1
	}
	if b = d.postmodBack(b, st); b != st {
		return -1, -1
	}
	if w := d.lw(b); d.toks[b].cap && leadStop[w] || subordinators[w] || venuePreps[w] && !d.toks[b].cap {
		return -1, -1
	}
	return b, k
}

// sequenceAdverbs open a sentence before its subject with no comma:
// "Then his wife, …, announced".
var sequenceAdverbs = setOf("then first later finally now soon eventually meanwhile")

func isDashTok(d *doc, k int) bool {
	return d.in(k, wcDash) // a class, as the layouts ask this of most tokens
}

// dashWords are the dashes as tokens: a hyphen or two typed for one, the
// em and en dash.
var dashWords = setOf("- -- — –")

// relVerbs open the predicate of a relative clause whose subject the
// relative pronoun is: "which critics said was unfair". They are the
// finite auxiliaries of auxVerbs less "does" and "did".
var relVerbs = setOf("is was are were would will could should can may might must has have had")

// whRelative: "a ban, which critics said was unfair". The source b..j
// stands inside its content, which runs from the relative pronoun h to the
// end of the clause, as PolNeAR marks it. Not "what": the seeds do not
// count "what leaders say is …" as a report. An embedded question ("did not say which countries had
// agreed") has no verb right after the cue and is refused.
func (f *finder) whRelative(a *attr, s sent, h, b, j, srcEnd int) bool {
	d := f.d
	k := a.cueE
	if a.entry.Prec < 0.3 || k >= s.te || !d.word(k) || !d.in(k, wcRelVerb) || d.toks[k].quote != 0 {
		return false
	}
	return f.relClauseContent(a, s, h, b, j, srcEnd, 0.7)
}

// relClauseContent gives a the content of a relative clause whose source
// b..j stands inside it: from h (its pronoun, or the determiner of the
// noun it describes) to the end of the clause whose verb follows the
// cue. whRelative and contactSayRel share it.
func (f *finder) relClauseContent(a *attr, s sent, h, b, j, srcEnd int, conf float64) bool {
	k := a.cueE
	end := f.relCoordEnd(k, f.objectEnd(k, f.contentEnd(k, s.te)))
	sp, ok := f.contentSpan(h, end)
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	if srcEnd >= 0 {
		a.srcE = srcEnd
	}
	a.cueS = j + 1
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, k
	a.conf = conf
	return true
}

// subjectPronouns are the personal pronouns that can only be a subject,
// the base of sayPronouns and subjPronouns; objectPronouns the ones that
// can only be an object (not "her", which may be a possessive), the
// base of objPronouns.
var (
	subjectPronouns = setOf("he she they we i")
	objectPronouns  = setOf("me him us them")
)

// hearerEnds says whether the hearer of "told" that starts at token k
// has ended before token j: a subject pronoun opens the content ("told
// POLITICO she was leaning …"), and an object pronoun is a whole hearer
// ("told him he had …", "told me his support …").
func hearerEnds(d *doc, j, k int) bool {
	return j > k && (subjectPronouns[d.lw(j)] || objectPronouns[d.lw(j-1)])
}

// hearerInCue: the cue phrase already holds the hearer ("told
// reporters", "urged them"), so what follows is content or venue; a
// phrase ending in a preposition ("warned of") does not.
func hearerInCue(d *doc, a *attr) bool {
	return a.cueE-a.cueS > 1 && d.word(a.cueE-1) && !d.in(a.cueE-1, wcNPStop) && !d.inLex(a.cueE-1, lcPostPrep)
}

// accordingMax bounds the source of "according to" in tokens.
const accordingMax = 30

// accordingEdge: a long "according to" source is trusted when the phrase
// opens the sentence and a comma closes it ("According to early results
// of exit polls conducted for … by Edison Research, …") or it runs to
// the sentence's end after a comma.
func (f *finder) accordingEdge(a *attr, s sent, ne int) bool {
	d := f.d
	if a.cueS == s.ts || a.cueS == s.ts+1 && d.word(s.ts) && d.in(s.ts, wcClauseOpener) {
		return d.is(ne, ",")
	}
	return ne >= s.te-1 && a.cueS > s.ts && f.commaBefore(a.cueS)
}

// clauseInitial says whether token k opens a sentence, a line or a
// quotation, where a participle is capitalised ("Speaking to reporters,
// …"); elsewhere a capitalised "-ing" word is a name ("Ebeling",
// "Sperling").
func (d *doc) clauseInitial(k int) bool {
	if k == 0 || d.toks[k].nl {
		return true
	}
	p := &d.toks[k-1]
	if p.kind == tkDQ || p.kind == tkSQ {
		return true
	}
	return p.kind == tkPunct && !d.is(k-1, ",")
}

// sayingGerunds report speech even as modifiers: "with 30 percent of
// voters saying they …".
var sayingGerunds = setOf("saying")

// mixedCaseLabel says whether tokens [b, e), skipped as a dateline, hold
// a word that is not all capitals, as a source label does ("NY Post")
// and a place ("LONDON") does not.
func (f *finder) mixedCaseLabel(b, e int) bool {
	d := f.d
	for k := b; k < e; k++ {
		if d.word(k) && !allUpper(d.r[d.toks[k].s:d.toks[k].e]) {
			return true
		}
	}
	return false
}

// laterReports finds a preposed report after a sentence-closing
// attribution a: "Victory is vital, he said after the meeting, because he
// said party leaders would block him." Only confident cues count: the
// rest of the sentence is mostly circumstance.
func (f *finder) laterReports(si int, a *attr) {
	d := f.d
	s := f.sents[si]
	from := max(a.cueE, a.srcE)
	for _, fr := range a.frags {
		for from < s.te && int(d.toks[from].s) < fr[1] {
			from++
		}
	}
	for k := from + 1; k < s.te; k++ {
		if d.toks[k].quote != 0 || !d.word(k) || isGerund(d.lw(k)) {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < 0.5 {
			continue
		}
		b := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		sub := s
		sub.ts = from
		if c := b; f.laterQuotation(&c, sub) {
			f.attrs = append(f.attrs, c)
			return
		}
		if f.preposed(&b, sub) && b.srcS >= from {
			f.attrs = append(f.attrs, b)
		}
		return
	}
}

// deicticClause: "this"/"last" at k opens a clause ("told reporters this
// was the only chance"), not a time ("said this week").
func deicticClause(d *doc, k int) bool {
	return (d.is(k, "this") || d.is(k, "last")) && !d.in(k+1, wcTimeSpan) && !d.in(k+1, wcDayPart) && !d.in(k+1, wcDayWord) && !d.in(k+1, wcTimeWord)
}

// pluralSubjectBack finds a bare plural subject with modifiers that opens
// a clause and ends at token j: "But hacking specialists say", "ordinary
// Chinese traders say", "Private companies and small traders say". It
// returns its first token, or -1.
func (f *finder) pluralSubjectBack(j int, s sent) int {
	d := f.d
	w := d.lw(j)
	if !d.word(j) || d.toks[j].quote != 0 || d.toks[j].cap || len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") || npStop[w] {
		return -1
	}
	b := j
	for k := j - 1; k >= s.ts && j-k <= 6; k-- {
		t := &d.toks[k]
		lw := d.lw(k)
		if t.quote != 0 || !d.word(k) || npStop[lw] && lw != "and" || determiners[lw] || pronouns[lw] || strings.HasSuffix(lw, "ly") || leadStop[lw] || modStop[lw] || clauseOpeners[lw] || d.strongCue(k) {
			break
		}
		b = k
	}
	for b < j && d.is(b, "and") {
		b++
	}
	if b == j || !d.subjectStart(b, s.ts) {
		return -1
	}
	return b
}

// asPassive: "As reported by Western Journalism, investigators found …"
// — the agent after "by" is the source of the clause after the comma. It
// runs before the other layouts, which would read "…, investigators
// found" as a postposed attribution.
func (f *finder) asPassive(si int) bool {
	d := f.d
	s := f.sents[si]
	if !d.is(s.ts, "as") {
		return false
	}
	k := s.ts + 1
	if w := d.lw(k); w == "first" || strings.HasSuffix(w, "ly") {
		k++ // "As first reported by", "As previously noted by"
	}
	n, e := d.cueMatch(k)
	if n != 1 || e.Prec < 0.3 || !strings.HasSuffix(d.lw(k), "ed") || !d.is(k+1, "by") {
		return false
	}
	c := k + 2
	for c < s.te && c < k+16 && !d.is(c, ",") && d.toks[c].quote == 0 {
		c++
	}
	if !d.is(c, ",") || c == k+2 {
		return false
	}
	sp, ok := f.contentSpan(c+1, f.contentEnd(c+1, s.te))
	if !ok {
		return false
	}
	a := attr{cueS: k, cueE: k + 2, entry: e, sent: si, inherit: -1}
	a.srcS, a.srcE, a.coreE = k+2, c, c
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = c, c
	a.conf = 0.75
	f.attrs = append(f.attrs, a)
	return true
}

// innerDot: the period at k stands inside an abbreviation ("F.A.A."),
// touching the words on both sides.
func innerDot(d *doc, k int) bool {
	return k > 0 && k+1 < len(d.toks) && d.toks[k-1].e == d.toks[k].s && d.toks[k+1].s == d.toks[k].e && d.word(k-1) && d.word(k+1)
}

// inlineTitle says whether the quotation holding token k is a short title
// inside a phrase ("her “clawback” plan", "the “Medicare for all”
// document"): at most five words, not closing the sentence.
func (f *finder) inlineTitle(k int, s sent) bool {
	d := f.d
	sg := f.segs[d.toks[k].quote-1]
	if sg.words > 5 {
		return false
	}
	e := k
	for e < s.te && d.toks[e].quote == d.toks[k].quote {
		e++
	}
	return e < s.te && d.word(e) && !d.toks[e].cap
}

// closedBefore says whether the parenthesis opened at k closes before
// token lim: "Sen. Marco Rubio (R-FL), according to …" does not start
// its content inside the party tag.
func closedBefore(d *doc, k, lim int) bool {
	for i := k + 1; i < lim; i++ {
		if d.is(i, ")") {
			return true
		}
	}
	return false
}

// inPoll: "In a Des Moines Register poll last month, Mr. Cruz had a
// 10-point lead" — an opening "in" phrase headed by a poll is the source
// of the clause after its comma. It runs before the other layouts, which
// would take a cue inside the clause for the sentence's attribution.
func (f *finder) inPoll(si int) bool {
	d := f.d
	s := f.sents[si]
	if !d.is(s.ts, "in") {
		return false
	}
	c := s.ts + 1
	for c < s.te && c < s.ts+12 && !d.is(c, ",") && (d.word(c) || d.toks[c].kind == tkPoss || d.is(c, "/") || d.is(c, "-")) && d.toks[c].quote == 0 {
		c++
	}
	if !d.is(c, ",") || c+1 >= s.te || d.word(c+1) && clauseLinks[d.lw(c+1)] {
		return false // "In a poll …, and in another …,": the opening goes on
	}
	h := c - 1
	for h > s.ts+1 && !d.in(h, wcPollWord) && (d.in(h, wcTimeSpan) || d.in(h, wcTimeDeixis) || d.in(h, wcDayWord) || d.is(h, "past")) {
		h-- // "a Register poll last month"
	}
	srcE := h + 1
	if !d.in(h, wcPollWord) {
		// "In a Harbor Gazette survey released last Thursday, …": the
		// participle dates or credits the poll, and PolNeAR's source
		// runs to the comma.
		if h = d.pollParticipleHead(s.ts+1, c); h < 0 || d.thoughtIn(c+1, s.te) {
			return false // "…, most voters believe …": the inner cue reads it
		}
		srcE = c
	}
	if c2 := f.pollAside(c, s.te); c2 > 0 {
		srcE, c = c2, c2 // "In the new poll, conducted March 1-3, …"
	}
	cs := c + 1
	if d.word(cs) && asideAdverbs[d.lw(cs)] && d.is(cs+1, ",") {
		cs += 2 // "In the poll …, however, the race tightened"
	}
	sp, ok := f.contentSpan(cs, f.pollShareEnd(cs, f.contentEnd(cs, s.te), s.te))
	if !ok {
		return false
	}
	a := attr{cueS: s.ts, cueE: s.ts + 1, entry: cueEntry{Type: CueReport, Prec: 0.7}, sent: si, inherit: -1}
	a.srcS, a.srcE, a.coreE = s.ts+1, srcE, h+1
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = c, c
	a.conf = 0.7
	f.attrs = append(f.attrs, a)
	return true
}

// docSubjectBack finds the source of a report cue as a document phrase
// with its modifiers, which npBack does not take whole: "A CNN/ORC poll
// of South Carolina released on Tuesday showed", "Polls taken last week
// in Iowa found". The phrase runs from a clause start to the token j
// before the cue, its head is a document noun among its first words, and
// it holds no verb, pronoun or relative word. It returns its first token,
// or -1.
func (f *finder) docSubjectBack(j int, s sent) int {
	d := f.d
	st := j
	for st > s.ts && j-st < 20 {
		p := st - 1
		if d.toks[p].quote != 0 || !(d.word(p) || d.toks[p].kind == tkPoss || d.is(p, "/") || d.is(p, "-") || d.is(p, ".") && innerDot(d, p)) {
			break
		}
		st--
	}
	if st < j && d.word(st) && d.in(st, wcClauseOpener) {
		st++ // "And polls …", "… while polls …"
	}
	if j-st >= 19 || st >= j || !d.subjectStart(st, s.ts) && !d.in(st-1, wcClauseOpener) {
		return -1
	}
	head := -1
	for k := st; k <= j; k++ {
		w := d.lw(k)
		if docNouns[w] && head < 0 && k-st < 7 {
			head = k
			continue
		}
		if !d.word(k) || d.toks[k].cap {
			continue
		}
		if datingParticiples[w] && head >= 0 {
			// "exit polls conducted by Edison Research": the poll's
			// maker, no cue; "surveys of voters taken as they left the
			// polls": a clause that dates the survey.
			if d.word(k+1) && datingClauses[d.lw(k+1)] && d.in(k+2, wcSubjPronoun) {
				k += 2
			}
			continue
		}
		// "after" and "before" may date the document inside the phrase
		// ("A poll taken after the debate found"): no clause, keep going.
		if auxVerbs[w] || pronouns[w] || whWords[w] || w == "that" || w == "who" || subordinators[w] && w != "after" && w != "before" || d.cueAt(k) > 0 {
			return -1
		}
	}
	if head < 0 || head == j && j > st && !d.toks[st].cap && !d.in(st, wcDeterminer) {
		return -1
	}
	return st
}

// datingClauses open a clause that dates a survey after its participle:
// "taken as they left the polls", "conducted while the debate aired".
var datingClauses = setOf("as when while")

// docNouns are documents and counts that report findings: "polls show",
// "records show", "the data suggest".
var docNouns = setOf("poll polls survey surveys records record report reports data analysis analyses study studies results documents document email emails filings figures numbers statistics math count")

// cueClip ends a subject found by npForward at the first reporting verb
// in it: "Mayor Ann Roe said Friday …" is not one name.
func (f *finder) cueClip(b, e int) int {
	for k := b + 1; b >= 0 && k < e; k++ {
		if f.d.strongCue(k) {
			return k
		}
	}
	return e
}

// tailSubjectBack finds the source of a postposed report as the whole
// phrase between the content's closing comma (or quotation) and a
// confident cue: "…, people close to Clinton say.", "…, Algerian foreign
// affairs ministry spokesman Benali Cherif Abdelaziz said Thursday." The
// phrase must look like a noun phrase: no verb, relative pronoun or
// clause opener in it. It returns its first token, or -1.
func (f *finder) tailSubjectBack(a *attr, j int, s sent) int {
	d := f.d
	if a.entry.Prec < 0.3 || !d.word(j) || d.in(j, wcNPStop) || d.in(j, wcDeterminer) {
		return -1
	}
	k := j
	for ; k > s.ts && j-k < 14; k-- {
		t := &d.toks[k]
		if d.is(k, ",") && t.quote == 0 || f.isClose(k) {
			break
		}
		if t.quote != 0 {
			return -1
		}
		w := d.lw(k)
		if t.kind == tkPoss || d.is(k, "-") || d.is(k, "(") || d.is(k, ")") || d.is(k, ".") && k < j && innerDot(d, k) {
			continue
		}
		if !d.word(k) || d.in(k, wcRelVerb|wcWhWord|wcClauseOpener|wcSubordinator) || w == "who" || w == "that" || d.in(k, wcPronoun) && k < j || d.strongCue(k) && k < j {
			return -1
		}
	}
	if k <= s.ts || k == j || !(d.is(k, ",") || f.isClose(k)) {
		return -1
	}
	if a.entry.Prec < 0.5 && !(f.isClose(k) && f.closedByPunct(k) && !isGerund(d.lw(a.cueS)) && f.tailCueEnds(a.cueE, s) && (d.in(k+1, wcDeterminer) || d.toks[k+1].cap)) {
		// A rarer cue ("“…,” a voice-over in the ad states") needs the
		// quotation's closing comma, question or exclamation mark right
		// before its subject: the mark of a report to come. A participle
		// there ("“…,” saying …") opens the narrator's clause instead,
		// and so does a verb with more of its clause after it ("“…,”
		// among those invited to …"). Its subject opens with a
		// determiner or a name.
		return -1
	}
	b := k + 1
	if w := d.lw(b); !(determiners[w] || d.toks[b].cap || isCardinal(w) || quantityWords[w]) && !(d.word(b) && !npStop[w] && !strings.HasSuffix(w, "ly")) {
		return -1
	}
	return b
}

// contactRelative returns where the subject of a relative clause
// without its pronoun starts in the phrase [b, j] before a cue, or -1:
// "… is unfair, a charge the mayor denies", "…, an offer his rivals
// rebuffed". A second determiner straight after a lower-case noun opens
// that subject; after a preposition ("a spokesman for the mayor"), a
// conjunction or a verb form ("a judge handling the case") it does not. PolNeAR marks the first phrase as the
// content of the clause's verb, the second as its source.
func (f *finder) contactRelative(b, j int) int {
	d := f.d
	if !d.word(b) || !(d.is(b, "a") || d.is(b, "an")) {
		return -1
	}
	for m := b + 2; m <= j; m++ {
		if !d.word(m-1) || d.toks[m-1].cap || !(d.in(m, wcDeterminer) || d.in(m, wcPossPronoun)) {
			continue
		}
		p := d.lw(m - 1)
		if venuePreps[p] || nounPreps[p] || ppLinks[p] || determiners[p] || npStop[p] || d.in(m-1, wcPronoun) || p == "and" || p == "or" || isGerund(p) || isPast(p) || d.cueAt(m-1) > 0 {
			return -1 // "a judge handling the case": a verb's object
		}
		return m
	}
	return -1
}

// headSubjectBack finds the source of a preposed report as the whole
// phrase between a clause start (the sentence's, a comma's or a clause
// opener's) and a confident cue, when npBack does not take it whole:
// "Even the organizer of a pro-Trump rally said", "Nearly eight in 10
// Democratic voters overall said". The phrase must hold no verb,
// relative pronoun or clause opener. It returns its first token, or -1.
func (f *finder) headSubjectBack(a *attr, j int, s sent) int {
	d := f.d
	if a.entry.Prec < 0.5 || !d.word(j) || d.in(j, wcNPStop) || d.in(j, wcDeterminer) || d.toks[j].quote != 0 {
		return -1
	}
	k := j
	for ; k >= s.ts && j-k < 14; k-- {
		t := &d.toks[k]
		w := d.lw(k)
		if d.is(k, ",") || d.word(k) && d.in(k, wcClauseOpener|wcSubordinator) && k < j {
			break
		}
		if t.quote != 0 {
			return -1
		}
		if t.kind == tkPoss || d.is(k, "-") || d.is(k, ".") && innerDot(d, k) {
			continue
		}
		if !d.word(k) || d.in(k, wcRelVerb|wcWhWord|wcPronoun) || w == "who" || w == "that" || d.strongCue(k) && k < j || isGerund(w) && !t.cap {
			return -1
		}
	}
	if j-k >= 14 {
		return -1
	}
	b := k + 1
	for b < j && d.word(b) && modStop[d.lw(b)] {
		b++ // "Even the organizer …": the adverb is no part of the source
	}
	if b >= j || !d.subjectStart(b, s.ts) && !modStop[d.lw(b-1)] {
		return -1
	}
	if w := d.lw(b); !(phraseDeterminer(w) || d.toks[b].cap && !leadStop[w] || isCardinal(w) || quantityWords[w]) {
		return -1
	}
	if !f.npLike(b, j) {
		return -1
	}
	return b
}

// npLike says whether tokens [b, j] read as one noun phrase rather than
// a clause: no preposition or gerund first ("By the time …", "Holding
// rates …"), no adverb or gerund inside ("fees from advising clients"),
// no "including" or "than".
func (f *finder) npLike(b, j int) bool {
	d := f.d
	if w := d.lw(b); venuePreps[w] || postPreps[w] || npStop[w] || isGerund(w) {
		return false
	}
	for k := b; k <= j; k++ {
		if !d.word(k) || d.toks[k].cap {
			continue
		}
		w := d.lw(k)
		if strings.HasSuffix(w, "ly") && w != "only" || isGerund(w) || w == "including" || w == "than" || skipBetween[w] {
			return false
		}
	}
	return true
}

// adverbBack skips back over a manner adverb between a subject and its
// verb: "Reid frequently mocked", "Wells Fargo just announced". It
// returns the token before it, or j.
func (f *finder) adverbBack(j, lim int) int {
	d := f.d
	if j-1 < lim || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 {
		return j
	}
	w := d.lw(j)
	if !(lyAdverb(w) && learnedHeads[w].Count == 0 && !lyNouns[w] || w == "just") {
		return j
	}
	return j - 1
}

// relativeOpener says whether the wh-word at k opens a relative clause,
// not an embedded question: ", where he says …", "in which a majority of
// Americans say …".
func (f *finder) relativeOpener(k int) bool {
	d := f.d
	w := d.lw(k)
	switch {
	case w == "where" && d.is(k-1, ","):
		return true
	case (w == "which" || w == "whom") && d.word(k-1) && (d.in(k-1, wcVenuePrep) || d.inLex(k-1, lcPostPrep)):
		return true
	}
	return false
}

// leadClauseEnd skips an opening participle or prepositional phrase
// closed by a comma ("Reached by phone on Tuesday, Joyce — … — told"),
// returning where the subject may start; st if there is none before j.
func (f *finder) leadClauseEnd(st, j int) int {
	d := f.d
	w := d.lw(st)
	if !d.word(st) || !(isGerund(w) || strings.HasSuffix(w, "ed") || venuePreps[w] || subordinators[w] || leadOpeners[w]) {
		return st
	}
	for k := st + 1; k < j && k < st+15; k++ {
		if d.toks[k].quote != 0 || d.is(k, ";") || d.is(k, ":") {
			return st
		}
		if d.is(k, ",") {
			return k + 1
		}
	}
	return st
}

// leadOpeners are the prepositions that open a phrase set off before
// the subject ("Despite the vote, …", "Under the plan, …"): openingWords
// without "more" and "like", which open a subject as often ("More than
// 200 growers, many of them …, said").
var leadOpeners = setOf("once beyond despite unlike likewise by through throughout under among amid against without")

// tagCut drops a party tag that ends a mention's head [s, e): the
// speaker of "Rep. Trey Gowdy (R-S.C.) said" is "Trey Gowdy".
func (f *finder) tagCut(s, e int) int {
	d := f.d
	if e-1 <= s || !d.is(e-1, ")") {
		return e
	}
	for k := e - 2; k > s && k > e-9; k-- {
		if d.is(k, "(") {
			return k
		}
	}
	return e
}

// recurringLabel: a panel transcript in ordinary case, "Matthews: …",
// "Alex Seitz-Wald: …". A label of one to three capitalised words before
// a colon at a paragraph's start is a speaker when the same label opens
// another paragraph too; the rest of the paragraph is its content. "Q:"
// and "A:" stay out, as in speakerLabel: PolNeAR marks them in one
// interview in three.
func (f *finder) recurringLabel(si int) bool {
	d := f.d
	s := f.sents[si]
	if si > 0 && f.sents[si-1].para == s.para {
		return false
	}
	p := &d.paras[s.para]
	k := p.ts
	c := f.titleLabelEnd(k, p.te)
	if c < 0 {
		return false
	}
	sp, ok := f.contentSpan(c+1, p.te)
	if !ok || !f.labelRecurs(k, c) && !f.labelKin(c-1) {
		return false
	}
	f.addLabel(si, k, c, sp)
	return true
}

// titleLabelEnd returns the colon after one to three capitalised words
// starting at k, none of them a section label ("Update", "Note"), or -1.
func (f *finder) titleLabelEnd(k, end int) int {
	return f.labelColon(k, end, 3)
}

// labelColon returns the colon after one to words capitalised words
// starting at k, none of them a section label, with text after it, or -1.
func (f *finder) labelColon(k, end, words int) int {
	d := f.d
	for i := k; i < end && i <= k+words; i++ {
		if d.is(i, ":") {
			if i == k || i+1 >= end {
				return -1
			}
			return i
		}
		if !d.capWord(i) || d.in(i, wcLeadStop|wcLabelStop) {
			return -1
		}
	}
	return -1
}

// labelRecurs says whether the label [k, c) opens another paragraph too.
func (f *finder) labelRecurs(k, c int) bool {
	d := f.d
	n := c - k
	for pi := range d.paras {
		p := &d.paras[pi]
		if p.ts == k || p.te-p.ts < n+2 || !d.is(p.ts+n, ":") {
			continue
		}
		same := true
		for i := 0; i < n; i++ {
			if d.lw(p.ts+i) != d.lw(k+i) || !d.toks[p.ts+i].cap {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// percentWord says whether w names a percentage: "percent", "%", "40%".
func percentWord(w string) bool {
	return w == "percent" || strings.HasSuffix(w, "%")
}

// shareWord says whether token i heads a poll share: a percentage or a
// share noun ("majority", "third").
func (d *doc) shareWord(i int) bool {
	return (percentWord(d.lw(i)) || d.inLex(i, lcShareHead) && d.word(i)) && !d.officeShare(i)
}

// officeShare says whether share word i names an office rather than a
// part of those polled: "Majority Leader Mitch McConnell", "the majority
// whip".
func (d *doc) officeShare(i int) bool {
	return d.word(i+1) && officeAfterShare[d.lw(i+1)]
}

var officeAfterShare = setOf("leader leaders whip whips")

// relCoordEnd ends a relative clause's content before "and" opening a
// second relative clause on the same noun ("hackers who officials say
// are tied to … and who claimed …") or a dash before a subject pronoun:
// what follows is not reported.
func (f *finder) relCoordEnd(k, end int) int {
	d := f.d
	for i := k + 1; i+1 < end; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if d.is(i, "and") && (d.is(i+1, "who") || d.is(i+1, "which")) || isDashTok(d, i) && d.word(i+1) && subjectPronouns[d.lw(i+1)] {
			return i // "… - she works in a lab": a dash before a new subject opens a new clause
		}
	}
	return end
}

// tailCueEnds says whether the clause ends at token e after a cue that
// closes a quotation: the sentence's end, a comma, a venue or the next
// quotation.
func (f *finder) tailCueEnds(e int, s sent) bool {
	d := f.d
	return e >= s.te || d.is(e, ".") || d.is(e, ",") || f.isOpen(e) || d.word(e) && d.in(e, wcVenuePrep)
}
