package extract

import "strings"

// pollIn says whether a is read off an "in" phrase headed by a poll ("In
// a poll released Sunday, 8 percent said …"): its clause is the poll's
// finding whole, a "said" inside it included.
func (f *finder) pollIn(a *attr) bool {
	d := f.d
	return a.cueE == a.cueS+1 && d.is(a.cueS, "in") && a.srcS >= 0 && a.srcS < a.srcE && f.pollHeaded(a.srcS, a.srcE)
}

// pollHeaded says whether a poll word stands in tokens [b, e).
func (f *finder) pollHeaded(b, e int) bool {
	for k := b; k < e; k++ {
		if f.d.in(k, wcPollWord) {
			return true
		}
	}
	return false
}

// pollAside: "In the new poll, conducted March 11-13, 40 percent …" —
// a dating participle set off by commas after the poll belongs to its
// source (2 of 2 on PolNeAR train). Given the comma c after the poll, it
// returns the aside's closing comma, or -1.
func (f *finder) pollAside(c, te int) int {
	d := f.d
	if !datingParticiples[d.lw(c+1)] {
		return -1
	}
	for k := c + 2; k < te && k < c+10; k++ {
		switch {
		case d.is(k, ","):
			if k == c+2 {
				return -1
			}
			return k
		case d.toks[k].quote != 0 || !d.word(k) && !d.is(k, "-") && !d.is(k, "."):
			return -1
		}
	}
	return -1
}

// pollStanding are the words of a clause that states a standing in a
// poll: "leads by 9 points", "fell to 10 percent", "came in second".
var pollStanding = setOf("lead leads led leading ahead behind trail trails trailed trailing percent points point second third fourth fifth sixth top")

// pollClauseStarts open the clause whose standing a trailing poll
// reports: "…, where he has had a big lead in the most recent polls".
var pollClauseStarts = setOf("where when while although though because as since")

// pollTail: "Trump leads by 57 points in the 50-state poll.", "But he
// fell to 10 percent in the latest Harbor poll released Wednesday." —
// PolNeAR marks a clause that states a standing, closed by an "in"
// phrase headed by a named or singled-out poll, as that poll's finding,
// with "in" its cue. Readings of the sentence from n0 on must leave the
// clause and the poll free.
func (f *finder) pollTail(si, n0 int) {
	if !f.sentHas(si, wcPollWord) {
		return
	}
	d := f.d
	s := f.sents[si]
	// An "in" phrase reads only up to a poll word, so the last poll word
	// bounds the search, and most sentences, with none, are done here.
	last := s.te - 1
	for last > s.ts && !d.in(last, wcPollWord) {
		last--
	}
	for k := s.ts + 2; k < last; k++ {
		if !d.is(k, "in") || d.toks[k].quote != 0 {
			continue
		}
		h, e := f.pollPhrase(k+1, s.te)
		if h < 0 {
			continue
		}
		if e < s.te && !(d.is(e, ".") || d.is(e, ",") || d.is(e, ";") || isDashRune(d.r[d.toks[e].s]) || monthWords[d.lw(e)] && isCardinal(d.lw(e+1))) {
			// "voters in a recent poll said …": the poll names the
			// subject's sample; "a Harbor poll Jan. 17-23" dates it.
			continue
		}
		cs := f.pollClauseStart(s, k)
		if cs < 0 || k-cs < 3 || !f.pollStanding(cs, k) || f.takenBetween(n0, cs, e) {
			continue
		}
		if cs-1 <= d.skipLeadConnective(s.ts, k) && cs > s.ts && pollClauseStarts[d.lw(cs-1)] && d.is(e, ",") {
			continue // "Though she leads in the Harbor poll, strategists …": the main clause carries the sentence
		}
		sp, ok := f.contentSpan(cs, k)
		if !ok {
			continue
		}
		a := attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueReport, Prec: 0.5}, sent: si, inherit: -1}
		a.srcS, a.srcE, a.coreE = k+1, e, h+1
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = e, e
		a.conf = 0.5
		f.attrs = append(f.attrs, a)
		k = e
	}
}

// pollStanding says whether the clause [cs, k) states a standing, a
// figure or a lead, with no quotation and no passive share in it.
func (f *finder) pollStanding(cs, k int) bool {
	d := f.d
	standing := false
	for i := cs; i < k; i++ {
		if d.toks[i].quote != 0 {
			return false
		}
		w := d.lw(i)
		if w == "by" && i-2 >= cs && d.in(i-2, wcBeForm) && pastParticiple(d.lw(i-1)) {
			return false // "He is backed by 34% of voters in …": the share is the source
		}
		standing = standing || pollStanding[w] || d.word(i) && isCardinal(w) || d.is(i, "%")
	}
	return standing
}

// takenBetween says whether a reading from n0 on holds a cue, source or
// content in tokens [b, e).
func (f *finder) takenBetween(n0, b, e int) bool {
	d := f.d
	lo, hi := int(d.toks[b].s), int(d.toks[e-1].e)
	for i := n0; i < len(f.attrs); i++ {
		a := &f.attrs[i]
		if a.cueS < e && a.cueE > b || a.srcS >= 0 && a.srcS < e && a.srcE > b {
			return true
		}
		for _, fr := range a.frags {
			if fr[0] < hi && fr[1] > lo {
				return true
			}
		}
	}
	return false
}

// pollPhrase reads a poll phrase from token b: "the latest Harbor poll
// released Wednesday", "a Gazette survey last month", "Monday's poll",
// "the same poll", "New England surveys". A bare "the polls" or "recent
// surveys" is the race's standing at large, not a finding, and fails.
// It returns the poll word h and the phrase's end e, or -1, -1.
func (f *finder) pollPhrase(b, lim int) (int, int) {
	d := f.d
	h := -1
	named := false
	for i := b; i < lim && i < b+14; i++ {
		if d.toks[i].quote != 0 {
			return -1, -1
		}
		w := d.lw(i)
		if d.in(i, wcPollWord) && d.word(i) {
			if d.in(i+1, wcPollWord) {
				continue
			}
			h = i
			break
		}
		switch {
		case d.toks[i].kind == tkPoss || d.is(i, "/") || d.is(i, "-") || d.is(i, "&"):
			named = true
		case !d.word(i) || npStop[w] && !(w == "of" && d.is(i-1, "average")):
			return -1, -1
		case d.toks[i].cap || isCardinal(w) || w == "same":
			named = true
		}
	}
	if h < 0 {
		return -1, -1
	}
	if !named && (d.lw(h) == "polls" || d.lw(h) == "surveys" || h == b) {
		return -1, -1
	}
	e := h + 1
	if datingParticiples[d.lw(e)] {
		e++ // "released Wednesday", "conducted by the Gazette"
		for e < lim && e < h+6 && d.word(e) && !d.toks[e].cap && !d.in(e, wcDayWord) && !d.in(e, wcTimeDeixis) && d.toks[e].quote == 0 {
			e++
		}
		for e < lim && e < h+8 && d.word(e) && (d.toks[e].cap || d.in(e, wcDayWord)) && d.toks[e].quote == 0 {
			e++
		}
	} else if d.in(e, wcTimeDeixis) && d.in(e+1, wcTimeSpan) {
		e += 2 // "a Gazette poll last month"
	} else if (d.is(e, "from") || d.is(e, "by") || d.is(e, "of")) && d.capWord(e+1) {
		e++ // "a survey from Harbor College"
		for e < lim && e < h+8 && (d.capWord(e) || d.is(e, "and") && d.capWord(e+1)) && d.toks[e].quote == 0 {
			e++
		}
	}
	return h, e
}

// pollClauseStart finds where the clause before the trailing "in" at k
// begins, past a connective and an opening phrase set off by a comma
// ("In March, Cruz had …"), or -1 when a comma or another clause sits
// inside it.
func (f *finder) pollClauseStart(s sent, k int) int {
	d := f.d
	cs := s.ts
	for i := k - 1; i > s.ts; i-- {
		if d.is(i, ";") || d.is(i, ":") || d.word(i) && pollClauseStarts[d.lw(i)] && d.toks[i].quote == 0 {
			cs = i + 1
			break
		}
	}
	for cs < k && d.word(cs) && d.in(cs, wcClauseOpener) {
		cs++
	}
	if cs < k && d.word(cs) && (d.in(cs, wcVenuePrep) || d.is(cs, "as") || d.is(cs, "by")) {
		for i := k - 1; i > cs; i-- {
			if d.is(i, ",") && !isCardinal(d.lw(i+1)) && !d.is(i-1, "%") {
				cs = i + 1 // "In March, …", "By Jan. 18, 10 days after …, …"
				break
			}
		}
	}
	for i := cs; i < k; i++ {
		if d.is(i, ",") && !f.numberComma(i) {
			return -1
		}
	}
	if !d.word(cs) {
		return -1
	}
	return cs
}

// numberComma says whether the comma at i joins figures: "by 9 points,
// 42%-33%, in …", "Jan. 18, 10 days after".
func (f *finder) numberComma(i int) bool {
	d := f.d
	return isCardinal(d.lw(i+1)) || isCardinal(d.lw(i-1)) || d.is(i-1, "%") || strings.HasSuffix(d.lw(i-1), "%")
}

// docSubjectFirst: "Polls in New Hampshire show …", "Polls there show …"
// — a report cue's subject headed by a poll or other document reaches
// back over its modifiers to the clause start, where npBack stops at the
// last noun ("New Hampshire"). It returns the subject's first token, b
// when no such phrase stands before the cue.
func (f *finder) docSubjectFirst(a *attr, b, j int, s sent) int {
	if a.entry.Type != CueReport || !subjectVerbs[f.d.lw(a.cueS)] {
		return b // "Credit scores use data from credit reports": no finding
	}
	if db := f.docSubjectBack(j, s); db >= 0 && (b < 0 || db < b) && f.docHeaded(db, j) {
		return db
	}
	return b
}

// docHeaded says whether the phrase [b, j] is headed by a document noun
// among its first words that a modifier, not another noun, follows:
// "Polls there", "Polls in New Hampshire", "a survey on Tuesday of
// operatives"; not "The Fox News results arrive …".
func (f *finder) docHeaded(b, j int) bool {
	d := f.d
	if b < 0 || j < b {
		return false
	}
	for i := b; i < j && i < b+4; i++ {
		if docNouns[d.lw(i)] && d.word(i) {
			w := d.lw(i + 1)
			return d.word(i+1) && (venuePreps[w] || w == "of" || w == "from" || w == "by" || w == "there" || datingParticiples[w])
		}
	}
	return false
}

// docBefore says whether a plural document noun and its modifier stand
// shortly before the bare verb at k, with no mark between: "Polls in New
// Hampshire show" is a verb, though "Hampshire show" looks like a noun.
func (f *finder) docBefore(k int) bool {
	d := f.d
	for i := k - 2; i >= 0 && i >= k-10; i-- {
		if !d.word(i) || d.toks[i].quote != 0 {
			return false
		}
		// An inner document noun may not open the phrase: "Early
		// results of exit polls conducted by …" goes on to "results".
		if w := d.lw(i); docNouns[w] && (strings.HasSuffix(w, "s") || w == "data") && f.docHeaded(i, k-1) && f.docOpens(i) {
			return true
		}
	}
	return false
}

// docOpens says whether the document noun at i opens its clause, after
// at most three words, a determiner and modifiers: "Polls in Ohio",
// "County records from the 2010 election", "The tax filings from May",
// "Two other emails".
func (f *finder) docOpens(i int) bool {
	d := f.d
	ts := 0
	if si := f.sentOf(i); si >= 0 && si < len(f.sents) {
		ts = f.sents[si].ts
	}
	opens := func(st int) bool { return st <= ts || !d.word(st-1) || d.in(st-1, wcClauseOpener) }
	for st := i; st > i-4; st-- {
		if opens(st) {
			return true
		}
		p := st - 1
		if d.toks[p].quote != 0 || d.is(p, "that") || d.in(p, wcNPStop) || d.in(p, wcAuxVerb) || d.cueAt(p) > 0 {
			return false
		}
	}
	return false
}

// shareSpan says whether tokens [b, e) count a share of those polled,
// possessives allowed: "as many as 30 percent of the mayor's backers",
// "68% of voters" — the subject of a clause a finding reports whole.
func (f *finder) shareSpan(b, e int) bool {
	d := f.d
	if e-b > 12 {
		return false
	}
	for i := b; i < e; i++ {
		if d.toks[i].quote != 0 || d.is(i, ",") {
			return false
		}
	}
	for i := b; i < e; i++ {
		if d.shareWord(i) {
			return true
		}
	}
	return false
}

// withDocGerund: "with polls showing Cruz ahead", "with the new survey
// finding that …" — a document's finding set in a "with" phrase is
// reported like its finite verb (5 of 5 on PolNeAR train), unlike "with
// Merz urging more pressure".
func (f *finder) withDocGerund(a *attr, b, j int) bool {
	d := f.d
	w := d.lw(a.cueS)
	return b > 0 && d.is(b-1, "with") && docNouns[d.lw(j)] && (evidenceParticiples[w] || w == "finding")
}

// presentedDoc says whether the noun phrase [b, j] is set out as present
// or included: "there is anecdotal evidence suggesting …", "there were
// also emails showing …", "including handwritten ledgers showing …",
// "along with graphics showing …". Such a thing's evidence participle
// reports with the phrase as its source (5 of 6 such on PolNeAR train).
// Only a clause after the participle ("showing that …") makes it one:
// "there were children showing their drawings" is no report.
func (f *finder) presentedDoc(b, j int) bool {
	d := f.d
	if b <= 0 || d.toks[j].quote != 0 || !d.word(j) || d.capWord(j) || d.in(j, wcPronoun) {
		return false
	}
	p := b - 1
	if d.is(p, "including") || d.is(p, "with") && p > 0 && d.is(p-1, "along") {
		return true
	}
	if d.is(p, "also") && p > 0 {
		p--
	}
	return p > 0 && thereBe[d.lw(p)] && d.is(p-1, "there")
}

// presentedBack finds the start of a noun phrase ending at j that
// presentedDoc accepts: "there were also ledgers", "including
// handwritten ledgers". It returns -1 if there is none.
func (f *finder) presentedBack(j int, s sent) int {
	d := f.d
	for st := j; st > s.ts && j-st < 5; st-- {
		if !d.word(st) || d.toks[st].quote != 0 || d.toks[st].cap && st < j || d.in(st, wcAuxVerb) || d.in(st, wcPronoun) || d.is(st, "that") || d.cueAt(st) > 0 {
			return -1
		}
		if f.presentedDoc(st, j) {
			return st
		}
	}
	return -1
}

// thereBe are the forms of "be" after an existential "there".
var thereBe = setOf("is are was were")

// colonFinding says whether the colon at i opens a poll's own report:
// "… rejecting the mayor: A Harbor poll this month found …" — the
// content before ends at the colon, and the finding is read apart.
func (f *finder) colonFinding(i, e int) bool {
	d := f.d
	if !d.is(i, ":") || d.toks[i].quote != 0 {
		return false
	}
	doc := false
	for j := i + 1; j < e && j < i+12; j++ {
		if d.toks[j].quote != 0 {
			return false
		}
		w := d.lw(j)
		if doc && subjectVerbs[w] {
			return true
		}
		if !d.word(j) && d.toks[j].kind != tkPoss && !d.is(j, "/") && !d.is(j, "-") {
			return false
		}
		doc = doc || docNouns[w]
	}
	return false
}

// withShareStart: "…, with 56 percent of voters viewing him positively,
// according to a Harbor poll" — the source vouches for the "with" phrase
// that counts a share, not for the clause before it (3 of 3 such on
// PolNeAR train). Given the content start and the cue k, it returns the
// start after "with", or start.
func (f *finder) withShareStart(start, k int) int {
	d := f.d
	if !d.is(k-1, ",") {
		return start
	}
	for c := k - 2; c > start && c > k-30; c-- {
		if d.toks[c].quote != 0 {
			return start
		}
		if !d.is(c, ",") {
			continue
		}
		if !d.is(c+1, "with") {
			return start
		}
		gerund := false
		for i := c + 2; i < k-1; i++ {
			gerund = gerund || d.word(i) && isGerund(d.lw(i))
		}
		if gerund && f.shareOf(c+2, min(k-1, c+14)) {
			return c + 2
		}
		return start
	}
	return start
}

// shareOf says whether tokens [b, e) count a share of a group: "56
// percent of voters", "a majority of voters", not "revenue dipping 1.3
// percent to $191 million".
func (f *finder) shareOf(b, e int) bool {
	d := f.d
	for i := b; i+1 < e; i++ {
		if d.shareWord(i) && d.is(i+1, "of") {
			return true
		}
	}
	return false
}

// docVerbs say what a document shows without speech: "the emails
// reflect …", "the report highlights …". "Include" mostly counts what
// a document holds ("The figures include pledged delegates") and is not
// one of them.
var docVerbs = setOf("reflect reflects reflected highlight highlights highlighted underscore underscores underscored explore explores explored detail details detailed illustrate illustrates illustrated")

// docVerbCue says whether the word at k is a document's verb of evidence
// right after a document noun that opens its clause: "Two other emails
// highlight …", "Another Harbor memo reflects …" (4 of 4 such on
// PolNeAR train are reports, though the lexicon learns the verbs as weak
// speech cues or not at all).
func (f *finder) docVerbCue(k int) bool {
	d := f.d
	// Asked at nearly every word: the tag bit spares the map look-up.
	if !d.tagged(k, tcDocVerb) || k == 0 || !d.word(k-1) || d.toks[k-1].quote != 0 || !docNouns[d.lw(k-1)] {
		return false
	}
	return f.docOpens(k - 1)
}

// findingVerbs state a document's finding: "the poll shows …".
var findingVerbs = setOf("show shows showed find finds found")

// docFinding says whether the content at k is a document's finding,
// its verb right after a document noun: "A new poll showed Lind ahead
// in Ohio, 32%-25%, while Holm was at 18%" — the contrast after the
// comma is the finding's other half (3 of 3 such on PolNeAR train; after
// speech it is as often the narrator's).
func (f *finder) docFinding(k int) bool {
	d := f.d
	return k >= 2 && d.word(k-1) && findingVerbs[d.lw(k-1)] && d.word(k-2) && d.toks[k-2].quote == 0 && docNouns[d.lw(k-2)]
}

// pollShareEnd: "In a Harbor poll, 79 percent said they were satisfied
// and 60 percent said …", "…, while 60 percent said …", "…; just 1
// percent said …" — after an opening poll the next share's report is
// part of the poll's finding (3 of 3 such on PolNeAR train), where a
// plain content ends before it. Given the content [cs, e) and the
// sentence end te, it returns the content's end.
func (f *finder) pollShareEnd(cs, e, te int) int {
	d := f.d
	if e >= te || e <= cs {
		return e
	}
	k := e
	if d.is(k, ",") || d.is(k, ";") {
		k++
	}
	if d.word(k) && (d.is(k, "and") || d.is(k, "while") || d.is(k, "whereas")) {
		k++
	}
	for k < te && d.word(k) && shareMods[d.lw(k)] {
		k++ // "just", "only", "about"
	}
	if k >= te || d.toks[k].quote != 0 || !f.shareAt(k, te) || !f.shareReport(k, te) {
		return e
	}
	return f.pollShareEnd(cs, f.contentEnd(k, te), te)
}
