package extract

import (
	"sort"
	"strings"
)

// verbQuote: a past-tense verb after a name or pronoun, followed by a
// comma or colon and a quotation. The present of a live report ("He
// jokes, “…”", "Prager continues, “…”") reads the same, unless the
// "-s" word is a plural a source can be ("Sanders supporters: “…”").
func (f *finder) verbQuote(k int, s sent) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || k == s.ts || !(d.is(k+1, ",") || d.is(k+1, ":")) || !f.isOpen(k+2) {
		return false
	}
	w := d.lw(k)
	if npStop[w] || auxVerbs[w] {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return d.capWord(k-1) || d.word(k-1) && d.in(k-1, wcPronoun)
	}
	if !presentVerbForm(w) {
		return false
	}
	// An "-s" form after a name is a verb only when the name opens its
	// clause: "the Smith recipes, “…”" is a noun phrase.
	if d.word(k-1) && d.in(k-1, wcPronoun) {
		return true
	}
	j := k - 1
	for j > s.ts && j > k-4 && d.capWord(j) {
		j--
	}
	return d.capWord(j) && j == s.ts || j < k-1 && !d.word(j) && d.toks[j].quote == 0
}

// presentVerbForm says whether w may be a verb's third-person present
// ("jokes", "sings"): an "-s" form, not "-ss"/"-us"/"-is", that no
// source mention has as its head.
func presentVerbForm(w string) bool {
	if len(w) < 5 || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i':
		return false
	}
	_, head := learnedHeads[w]
	return !head && !knownHead(w) && !knownHead(w[:len(w)-1])
}

// headlineColon: a title line "Graham: Trump's Rhetoric Destroying GOP's
// Chance." gives its words to the name before the colon.
func (f *finder) headlineColon(si int) bool {
	d := f.d
	s := f.sents[si]
	if s.para != 0 {
		return false
	}
	ts := s.ts
	if si == 0 && f.mixedCaseLabel(d.paras[0].ts, s.ts) {
		ts = d.paras[0].ts // "NY Post: …" is no dateline ("LONDON:")
	}
	if !d.capWord(ts) {
		return false
	}
	c := -1
	for k := ts; k < s.te && k < ts+7; k++ {
		if d.is(k, ":") {
			c = k
			break
		}
		if !(d.word(k) || d.toks[k].kind == tkPoss) {
			return false
		}
		if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.3 {
			return false // "Tom Baker added:" is an ordinary attribution
		}
	}
	if c <= ts || !f.headlineSpeaker(ts, c) {
		return false
	}
	sp, ok := f.contentSpan(c+1, s.te)
	if !ok || f.topicPhrase(c+1, s.te) {
		return false
	}
	e := f.labelSubjectEnd(ts, c)
	a := attr{cueS: c, cueE: c + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: ts, srcE: e, coreE: e, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = c, c
	a.conf = 0.5
	f.attrs = append(f.attrs, a)
	return true
}

// labelSubjectEnd returns where the speaker of a headline label [ts, c)
// ends: before a verb in "-s" or a "to" that turns the label into a
// clause about its subject ("Ann Lee Scolds Council: …", "Lee to
// Voters: …"), else at the colon. A last word in "-s" is a name or a
// noun ("Ann Richards:", "Lee supporters:"), not a verb.
func (f *finder) labelSubjectEnd(ts, c int) int {
	d := f.d
	for k := ts + 1; k < c-1; k++ {
		if !d.word(k) {
			return c
		}
		if d.is(k, "to") || presentVerbForm(d.lw(k)) && !d.in(k-1, wcDeterminer) {
			return k
		}
	}
	return c
}

// saidFirst: "Said Comey, “…”" — the cue opens the sentence.
func (f *finder) saidFirst(si int) bool {
	d := f.d
	s := f.sents[si]
	c := f.leadConj(s)
	n, e := d.cueMatch(c)
	if n == 0 || e.Prec < 0.5 || c == s.ts && !d.toks[c].cap {
		return false
	}
	ne := d.npForwardLoose(c+n, s.te)
	if ne < 0 || !d.is(ne, ",") {
		return false
	}
	srcE := ne
	if d.is(ne+1, "who") {
		// "Said Ann Lee, who grew up there, “…”": the relative clause
		// is the source's, up to the comma before the quotation.
		c := f.relativeClose(ne+2, s.te)
		if c < 0 {
			return false
		}
		ne, srcE = c, c+1
	}
	if !f.isOpen(ne + 1) {
		return false
	}
	sg := f.segs[d.toks[ne+1].quote-1]
	a := attr{cueS: c, cueE: c + n, entry: e, sent: si, srcS: c + n, srcE: srcE, coreE: srcE, inherit: -1}
	a.frags = [][2]int{{sg.s, sg.e}}
	a.venueS, a.venueE = ne, ne
	a.conf = 0.8
	f.attrs = append(f.attrs, a)
	return true
}

// relativeClose returns the comma closing a relative clause opening at
// k when an open quotation follows it, within maxRelative tokens, or -1.
func (f *finder) relativeClose(k, lim int) int {
	d := f.d
	for j := k; j < lim && j < k+maxRelative; j++ {
		if d.is(j, ",") && j > k && f.isOpen(j+1) {
			return j
		}
		if d.toks[j].quote != 0 || d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss && !d.is(j, ",") {
			return -1
		}
	}
	return -1
}

// maxRelative bounds a relative clause inside a fronted "Said X, who …,".
const maxRelative = 20

// verbThat: a lower-case past or present-tense verb directly followed by
// "that". A word in "-s" that the cue lexicon never saw is more often a
// plural noun with a relative clause ("the major issues that divide
// them", "his financial records that …") than a verb, so only a known
// cue counts there; an adjective in "-ous" passes ("it's obvious that …"
// reports as a verb would).
func (f *finder) verbThat(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || !d.is(k+1, "that") {
		return false
	}
	w := d.lw(k)
	if npStop[w] || auxVerbs[w] || len(w) < 4 || strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ss") {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	if n, _ := d.cueMatch(k); n == 0 && !strings.HasSuffix(w, "ous") {
		return false // "-ous" is no plural: "it's obvious that …"
	}
	return strings.HasSuffix(w, "s")
}

// quoteThenVerb accepts any verb as the cue in “…,” NP verb. — the
// quotation ending in a comma inside its marks is evidence enough
// ("“…,” Cruz quipped.").
func (f *finder) quoteThenVerb(si int) bool {
	if !f.sentQuoted(si) {
		return false // a closing mark lies in its quotation
	}
	d := f.d
	s := f.sents[si]
	for p := s.ts + 1; p < s.te-2; p++ {
		if !f.isClose(p) || !f.closedByPunct(p) {
			continue
		}
		if f.titleInLead(f.quoteStart(s, p), p) {
			continue // a title inside a leading phrase, not a quotation
		}
		if v := p + 1; d.word(v) && !d.toks[v].cap && strings.HasSuffix(d.lw(v), "ed") && !d.in(v, wcNPStop) && d.capWord(v+1) {
			// “This is fantastic!” beamed Donald Hartley.
			if ne := d.npForward(v+1, s.te); ne > 0 {
				a := attr{cueS: v, cueE: v + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: v + 1, srcE: ne, coreE: ne, inherit: -1, strong: true}
				if sp, ok := f.contentSpan(f.quoteStart(s, p), p+1); ok && f.tailOK(&a, ne, s) {
					a.frags = [][2]int{sp}
					a.venueS, a.venueE = ne, s.te
					a.conf = 0.6
					f.splitTail(&a, s, ne)
					f.attrs = append(f.attrs, a)
					return true
				}
			}
		}
		ne := d.npForward(p+1, s.te)
		if ne < 0 || ne >= s.te || !d.word(ne) || d.toks[ne].cap {
			continue
		}
		w := d.lw(ne)
		if npStop[w] || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) {
			continue
		}
		a := attr{cueS: ne, cueE: ne + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: p + 1, srcE: ne, coreE: ne, inherit: -1}
		if !f.tailOK(&a, ne+1, s) {
			continue
		}
		sp, ok := f.contentSpan(f.quoteStart(s, p), p+1)
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		if f.subordinateReport(&a, s) {
			f.subClip = sp[1] // the inner verb takes the words
			return false
		}
		a.venueS, a.venueE = ne+1, s.te
		a.conf = 0.6
		f.splitTail(&a, s, ne+1)
		f.attrs = append(f.attrs, a)
		return true
	}
	return false
}

// asClause: "As the Post observed, Republicans control 30 states." The
// content is the main clause after the comma.
func (f *finder) asClause(si int) bool {
	d := f.d
	s := f.sents[si]
	as := f.asOpener(s)
	if as < 0 {
		return false
	}
	for k := as + 2; k < s.te-2 && k < as+14; k++ {
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < 0.2 && !asReportVerbs[d.lw(k)] {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, inherit: -1}
		j := f.cueStart(&a, as+1)
		b := d.npBack(j, as+1)
		if b > as+1 {
			b = d.postmodBack(b, as+1) // "As another study from 2011 noted, …"
		}
		c := f.asTailEnd(a.cueE, s.te)
		if b != as+1 || c < 0 || !d.is(c, ",") || f.asProgressive(j+1, a.cueE) || c > a.cueE && e.Prec < 0.5 && !asParenVerbs[d.lw(k)] {
			// "as Trump argued with the moderator, …", "as ballots
			// were being counted in …": a scene, not a source.
			return false
		}
		sp, ok := f.contentSpan(c+1, f.contentEnd(c+1, s.te))
		if !ok {
			return false
		}
		a.srcS, a.srcE, a.coreE = b, j+1, j+1
		a.cueS = j + 1
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = a.cueE, c
		a.conf = 0.75
		f.attrs = append(f.attrs, a)
		return true
	}
	return false
}

// askedClause: "Asked whether he would run, Smith said …" — the question
// put to the speaker is itself an attribution with an implicit source.
func (f *finder) askedClause(si int) bool {
	d := f.d
	s := f.sents[si]
	k := s.ts
	if d.is(k, "when") {
		k++
	}
	if !d.is(k, "asked") || k+2 >= s.te {
		return false
	}
	c := k + 1
	for c < s.te && !(d.is(c, ",") && d.toks[c].quote == 0) && !(f.isClose(c) && d.is(c-1, ",")) {
		c++
	}
	c = f.pastAsides(c, s.te)
	end := c
	if f.isClose(c) {
		end = c + 1
	}
	if c >= s.te-1 {
		return false
	}
	if !f.isClose(c) {
		end = f.askedVenueEnd(k+1, f.askedQuestionEnd(c, s))
	}
	sp, ok := f.contentSpan(k+1, end)
	if !ok {
		return false
	}
	a := attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.6}, sent: si, srcS: -1, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.6
	f.attrs = append(f.attrs, a)
	return false // the rest of the sentence has its own attribution
}

// commaBefore says whether a comma closes the clause before token k,
// also inside a quotation that ends there ("…,” according to …"), as
// American style sets it.
func (f *finder) commaBefore(k int) bool {
	d := f.d
	return d.is(k-1, ",") || k >= 2 && f.isClose(k-1) && d.is(k-2, ",")
}

func (f *finder) accordingTo(a *attr, s sent) bool {
	d := f.d
	if a.cueE > a.cueS+2 && d.is(a.cueS+1, "to") {
		// "according to an analysis of …": PolNeAR's cue is "according
		// to" and the document heads the source (train: 3 of 4).
		a.cueE = a.cueS + 2
	}
	if f.translationIn(a.cueE, a.cueE+4) {
		return false // "said, according to a translation, that …": no source
	}
	if f.pronounAccording(a, s) {
		return true
	}
	// The source runs to the next comma when one comes soon ("according
	// to a 2013 study by two economists, …"), else it is a noun phrase.
	// At the end of the sentence the source runs to its end: "…,
	// according to a new poll by the Harvard University Institute of
	// Politics."
	ne, title, open := -1, 0, 0
	for k := a.cueE; k <= s.te && k < a.cueE+accordingMax+title; k++ {
		if e := f.accordingTitle(a, k, s); e > k {
			title += e - k
			k = e - 1
			continue
		}
		if d.is(k, "(") {
			if k > a.cueE && !closedBefore(d, k, min(k+6, s.te)) {
				ne = k // "according to exit polls (a wide margin, …)": an aside, not the source's tag
				break
			}
			open++
		} else if d.is(k, ")") && open > 0 {
			open-- // "the Alliance (AROS)": the source's own parenthesis
			continue
		}
		if k > a.cueE && (k == s.te || d.is(k, ".") && k+1 >= s.te) && a.cueS > s.ts && f.commaBefore(a.cueS) {
			ne = k
			break
		}
		if d.is(k, ")") && k > a.cueE && k < s.te {
			ne = k // "(… were white, according to exit polls)"
			break
		}
		if k == s.te || d.toks[k].quote != 0 && !f.inlineTitle(k, s) || d.is(k, ";") || d.is(k, ".") && !innerDot(d, k) || d.is(k, ")") {
			break
		}
		if d.is(k, ",") || d.is(k, "—") || f.accordingDash(a, k) {
			if k > a.cueE {
				ne = k
			}
			break
		}
	}
	if ne < 0 || ne-a.cueE-title > 12 && !f.accordingEdge(a, s, ne) {
		ne = d.npForwardLoose(a.cueE, s.te)
		if ne > a.cueE {
			ne = f.accordingClauseEnd(s, ne)
		}
	}
	if ne < 0 {
		return false
	}
	if e := f.appositionTail(ne, s); e > ne && (d.capWord(ne-1) || !d.is(ne+1, "the")) && !f.accordingOpensReport(a, s, ne, e) {
		// "according to John Weaver, a Republican strategist.", "the
		// senator, a Republican from Ohio,"; but after a common noun
		// "the" opens the content's subject: "court filings, the
		// seller, Holt Farms, has …".
		ne = e
	}
	ne = f.accordingCoordTail(ne, s)
	if d.is(ne, ",") && d.is(ne+1, "including") {
		// "according to three polls, including one by Gallup." — the
		// example belongs to the source.
		e := ne + 2
		for e < s.te && d.toks[e].quote == 0 && !d.is(e, ",") && !d.is(e, ";") && !(d.is(e, ".") && !innerDot(d, e)) {
			e++
		}
		ne = e
	}
	a.srcS, a.srcE = a.cueE, ne
	start := f.clauseStart(s, a.cueS)
	if r := f.accordingRelative(start, a.cueS); r > 0 {
		start = r
	}
	start = f.withShareStart(start, a.cueS)
	var frags [][2]int
	if sp, ok := f.contentSpan(start, a.cueS); ok {
		frags = append(frags, sp)
	}
	if w := d.lw(ne + 1); ne+1 < s.te && (d.is(ne, ",") || d.is(ne, "—")) && w != "who" && w != "which" && w != "whose" && w != "where" && !isGerund(w) {
		if ce := f.contentEnd(ne+1, s.te); len(frags) > 0 && f.verblessTail(ne+1, ce) {
			// "…, according to Crowdpac, higher than any cycle on
			// record.": a comment on the head, not more of the report.
		} else if sp, ok := f.contentSpan(ne+1, ce); ok {
			if hd, ok := f.accordingSubject(a, start, ne+1); ok && len(frags) == 0 {
				frags = append(frags, hd)
			}
			frags = append(frags, sp)
		}
	}
	if len(frags) == 0 {
		return false
	}
	a.frags = frags
	a.venueS, a.venueE = a.cueS, ne
	a.conf = 0.8
	return true
}

// clauseStart is where a content that ends at token lim begins: after
// the last colon, ";" or "(" before it, else after a leading participle
// phrase. A ", and" or ", but" clause stays with the one before it
// ("…, and it has helped 105,000 farmers …, according to …": train
// starts the content at the sentence 7 times of 10 after ", and", 5 of
// 6 after ", but").
func (f *finder) clauseStart(s sent, lim int) int {
	d := f.d
	for k := lim - 1; k > s.ts; k-- {
		if d.toks[k].quote != 0 {
			continue
		}
		if f.seriesMark(k, lim) {
			continue
		}
		if d.is(k, ":") || d.is(k, "(") && !closedBefore(d, k, lim) || d.is(k, ";") {
			return k + 1
		}
	}
	return f.leadStart(s, lim)
}

// clauseLinks after a comma join a clause, not an apposition: "“…,” said
// Lee, and then she left".
var clauseLinks = setOf("and but yet or")

// roleNameForward finds a name after a lower-case role phrase that
// npForward does not take, for an inverted cue whose subject can only
// follow it: "said master of ceremonies Ada Moss", "said undecided
// Republican voter Jo Tam", "said lobbyist and party strategist Al Fry".
// It returns the token after the name, or -1.
func (d *doc) roleNameForward(k, lim int) int {
	for i := k; i < lim && i < k+7; i++ {
		if d.toks[i].quote != 0 || !d.word(i) {
			return -1
		}
		w := d.lw(i)
		if d.toks[i].cap {
			if i == k || d.in(i, wcLeadStop) {
				return -1
			}
			if d.is(i-1, "of") || d.is(i-1, "and") {
				// "lobbyist and GOP strategist": capitalised modifiers
				// inside the role; "head of Lee Corp" ends on no role.
				for i+1 < lim && d.capWord(i+1) {
					i++
				}
				if d.word(i+1) && d.toks[i+1].quote == 0 {
					continue
				}
				return -1
			}
			return d.npForward(i, lim)
		}
		if w == "of" || w == "and" {
			if i == k || d.is(i-1, "of") || d.is(i-1, "and") {
				return -1
			}
			continue
		}
		if npStop[w] || determiners[w] || pronouns[w] || possPronouns[w] || strings.HasSuffix(w, "ly") || d.strongCue(i) {
			return -1
		}
		if i > k && strings.HasSuffix(w, "ed") {
			return -1 // "said farewell and hugged Ida Fenn": a verb; "undecided" opens the role
		}
	}
	return -1
}

// closedByPunct says whether the quotation closing at token p ends in a
// comma, question or exclamation mark inside its marks, also when a
// nested quotation closes with it: “… the ‘sponsor,’” Lee wrote.
func (f *finder) closedByPunct(p int) bool {
	d := f.d
	if d.toks[p-1].kind == tkSQ && d.toks[p-1].quote == d.toks[p].quote {
		p--
	}
	return d.is(p-1, ",") || d.is(p-1, "?") || d.is(p-1, "!")
}

// inverted: "…,” said Macron." / "…, said the spokesman."
func (f *finder) inverted(a *attr, s sent) bool {
	d := f.d
	p := a.cueS - 1
	if p <= s.ts || !(d.is(p, ",") || f.isClose(p)) || a.entry.Prec < 0.3 && !f.quoteInversion(a, p) || isGerund(d.lw(a.cueS)) {
		return false
	}
	if !invertVerbs[d.lw(a.cueE-1)] && (!f.isClose(p) || f.segs[d.toks[p].quote-1].ot > s.ts) {
		// "His wife, Jane, called for an open primary process": after
		// a comma only a reporting verb inverts; others take an object.
		// After a quotation the same holds unless it opens the
		// sentence: "Washington, star of “Scandal,” thanked Obama for …".
		return false
	}
	ne := d.npForwardLoose(a.cueE, s.te)
	a.strong = f.isClose(p) && f.closedByPunct(p)
	if ne < 0 && a.strong {
		ne = d.relativeSourceForward(a.cueE, s.te)
	}
	if ne < 0 {
		ne = d.roleNameForward(a.cueE, s.te)
	}
	loose := false
	if ne > 0 && f.isClose(p) && d.is(p-1, ",") && ne < s.te && d.word(ne) && !d.toks[ne].cap && !clauseSubs[d.lw(ne)] {
		// “…,” says a source involved in the talks. — the source runs on.
		loose = true
	}
	if ne > 0 && d.is(p, ",") && (d.is(ne, "who") || d.is(ne, "whose")) && ne-a.cueE > 1 {
		// "…, said an aide who was briefed on the talks.": a relative
		// clause on a common noun runs to the end of the source.
		loose = true
	}
	if ne < 0 || !(loose || ne == s.te || d.is(ne, ",") || d.is(ne, ".") || d.is(ne, ";") || d.in(ne, wcVenuePrep) || clauseSubs[d.lw(ne)] && d.word(ne) && d.toks[ne].quote == 0) {
		return false
	}
	if f.appositiveSubject(p, s) {
		return false // "Peter Cook, a spokesman, said the talks failed": preposed
	}
	if ne == a.cueE+1 && d.in(a.cueE, wcPronoun) && !(ne == s.te || d.is(ne, ".")) {
		return false // "…, said he would" is a clause, not a source
	}
	if !loose && !f.tailOK(a, ne, s) {
		return false
	}
	if loose && !d.in(ne, wcVenuePrep) {
		e, rel := ne, false
		for e < s.te && d.toks[e].quote == 0 && !d.is(e, ".") && !d.is(e, ",") && !d.is(e, ";") {
			rel = rel || d.is(e, "who") || d.is(e, "that")
			if d.in(e, wcRelVerb) && !rel {
				// "…,'' said the candidate could win": a clause, the
				// content of a preposed report, unless a relative
				// clause ("a source who has worked …") holds the verb.
				return false
			}
			e++
		}
		if e < s.te && f.isOpen(e) {
			// "said an aide who … and called it “…”": see quoteCutBack.
			e, _ = f.quoteCutBack(ne, e)
		}
		ne = e
	}
	end, start := p, f.leadStart(s, p)
	if f.isClose(p) {
		end, start = p+1, f.quoteStart(s, p)
	}
	sp, ok := f.contentSpan(start, end)
	if !ok {
		return false
	}
	if (ne >= s.te || d.is(ne, ".")) && !d.in(a.cueS, wcSayVerb) && !d.toks[a.cueE].cap && !f.isClose(p) && !f.hasVerb(start, end) && !f.quotedWithin(start, end) {
		// "Another delegate, Ann Roe of Vell, explained the reason.": a
		// subject and its apposition, no content; the phrase after a
		// verb that takes an object is that object. A plain "said" has
		// none ("The new tolls, a burden, said the mayor."), and a
		// content going on after the source ("The paradox, says Lee,
		// is …") has its verb there. A name after the cue is its
		// speaker: "Not a chance, replied Ida Fenn."
		return false
	}
	a.srcS, a.srcE, a.coreE = a.cueE, ne, ne
	if d.is(ne-1, ")") {
		// The name without its party tag names the speaker.
		for k := ne - 2; k > a.srcS; k-- {
			if d.is(k, "(") {
				a.coreE = k
				break
			}
		}
	}
	resume := f.invertedResume(start, end, ne, s)
	if resume < 0 && d.is(ne, ",") && ne+1 < s.te && d.word(ne+1) && (!isGerund(d.lw(ne+1)) || d.in(ne+2, wcTitleWord)) && !f.isOpen(ne+1) && !d.in(ne+1, wcSubordinator) && !clauseLinks[d.lw(ne+1)] {
		// "said Lamar Smith, a representative from Texas."; ", though
		// he added …" is a clause of its own.
		e := ne + 1
		for e < s.te && !d.is(e, ".") && !d.is(e, ";") && !(d.is(e, ",") && f.isOpen(e+1)) {
			if q := d.toks[e].quote; q != 0 {
				if f.isOpen(e) && !(d.is(e-1, "of") && f.segs[q-1].words <= 8) {
					// A tail cut mid-phrase by a quotation ends before
					// the clause that holds it.
					if cut, clause := f.quoteCutBack(ne, e); clause {
						e = cut
						break
					}
				}
				if !d.is(e-1, "of") || f.segs[q-1].words > 8 && !f.workTitleEnd(int(q-1), s) {
					break
				}
				// "said Ann Lee, the author of “Salt Roads,” a memoir":
				// a short quotation after "of" names a work.
				for e < s.te && d.toks[e].quote == q {
					e++
				}
				continue
			}
			e++
		}
		for e > ne+1 && d.is(e-1, ",") {
			e--
		}
		a.srcE = e
	}
	a.frags = f.oneFrag(sp)
	a.venueS, a.venueE = ne, s.te
	a.conf = 0.85
	f.splitTail(a, s, a.srcE)
	if len(a.frags) == 1 && resume >= 0 {
		a.srcE = resume
		f.midTail(a, s, resume)
	} else if len(a.frags) == 1 && a.srcE == a.coreE {
		f.midTail(a, s, a.srcE)
	}
	return true
}

// workTitleEnd says whether quotation segment i, after "of" in a
// source's apposition, is a longer work title that closes the sentence:
// "said Ann Lee, a co-author of “Salt Roads: A History of the Harbor
// Towns.”" A quotation of more than eight words there is still a title,
// not a content, when nothing follows it.
func (f *finder) workTitleEnd(i int, s sent) bool {
	d := f.d
	g := f.segs[i]
	return g.ct >= 0 && g.words <= 15 && (g.ct+1 >= s.te || d.is(g.ct+1, ".") && g.ct+2 >= s.te)
}

// postposed: "“…,” Macron said." / "…, the French president said."
func (f *finder) postposed(a *attr, s sent) bool {
	d := f.d
	j := f.cueStart(a, s.ts)
	b := d.npBack(j, s.ts)
	if b >= 0 {
		b = d.postmodBack(b, s.ts)
	}
	if b < 0 {
		b = f.appositionBack(j, s.ts)
	}
	if b < 0 {
		b = f.datedSourceBack(j, s.ts)
	}
	if b <= s.ts || !(d.is(b-1, ",") || f.isClose(b-1) || d.is(b-1, "as")) {
		// "…, people close to Clinton say.": a phrase npBack does not
		// take whole, between the content's comma and the cue.
		if tb := f.tailSubjectBack(a, j, s); tb > s.ts {
			b = tb
		}
	}
	if m := f.contactRelative(b, j); m > 0 && b > s.ts && d.is(b-1, ",") {
		return f.contactReport(a, s, b, m, j)
	}
	if b <= s.ts || b == j && (d.is(b, "who") || d.is(b, "which")) || d.in(a.cueS, wcRaisingCue) {
		// "…, his rival Clinton, who added to her lead": a relative
		// pronoun opens a clause about the noun before its comma; that
		// clause is no content of its own verb. "…, the senator seems
		// to …", "allies and, it seems, leaders …": a raising verb has
		// its impression after it or none (0 of 8 marked on train).
		return false
	}
	p := b - 1
	asAside := false
	if d.is(p, "as") && p > s.ts && (d.is(p-1, ",") || f.isClose(p-1)) {
		p-- // "…,” as Cruz said on the radio."
		asAside = true
	}
	mark := f.headlineSingleClose(p, s)
	if mark {
		p-- // "Fares Are ‘Too High,’ Chief Tells Board": the comma inside the headline's single quote
	}
	if !(d.is(p, ",") || f.isClose(p)) || !f.isClose(p) && f.gerundCue(a) {
		return false
	}
	a.strong = f.isClose(p) && f.closedByPunct(p)
	if a.entry.Prec < 0.2 && !f.closingCue(a, s) || !f.tailOK(a, a.cueE, s) && !f.asideBeforeThat(a, s) {
		return false
	}
	end, start := p, f.leadStart(s, p)
	if f.isClose(p) {
		end, start = p+1, f.quoteStart(s, p)
		if f.titleInLead(start, p) {
			return false
		}
	}
	if !f.isClose(p) && !d.is(f.skipVenue(a.cueE, s.te), ",") && f.frontedAdverbial(start, end) {
		// "On his website, Smith promises …": the phrase is circumstance;
		// "In his state, Christie said, …" goes on after the comma.
		return false
	}
	sp, ok := f.contentSpan(start, end)
	oneWord := false
	if !ok && f.words(start, end) == 1 && d.word(start) && d.is(end, ",") {
		// "Voters, Clinton suggested, don’t have to worry …": a one-word
		// head stands only with the rest of its clause after the
		// attribution.
		sp, ok, oneWord = [2]int{int(d.toks[start].s), int(d.toks[start].e)}, true, true
	}
	if !ok {
		return false
	}
	if mark {
		sp[1] = int(d.toks[p+1].e)
	}
	if !f.isClose(p) && f.words(start, end) <= 3 && !f.hasVerb(start, end) && !f.irregularPastIn(start, end) {
		// "Earlier Wednesday, Smith appeared …", "So far, they have
		// sided …": a head this short with no verb of its own ("Sales
		// were great, he said") is circumstance or a topic unless its
		// clause goes on after the attribution. An irregular past is a
		// verb too ("The town grew, Fenn said").
		oneWord = true
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	a.cueS = j + 1
	a.frags = f.oneFrag(sp)
	a.venueS, a.venueE = a.cueE, s.te
	a.conf = 0.85
	f.splitTail(a, s, a.cueE)
	if len(a.frags) == 1 && !f.midTail(a, s, a.cueE) {
		return false
	}
	if oneWord && len(a.frags) == 1 {
		return false
	}
	if ms := f.midHeadStart(start, p); len(a.frags) > 1 && ms > start {
		a.frags[0] = [2]int{int(d.toks[ms].s), int(d.toks[end-1].e)}
	}
	if len(a.frags) > 1 && (d.skipLeadConnective(start, s.te) == p+1 || asAside && f.openWordBefore(p, d.tokFrom(a.frags[1][0]))) {
		// "Still, he said, officials …": the connective stays outside,
		// as before a content placed ahead of its attribution.
		a.frags = a.frags[1:]
	}
	return true
}

// contactReport reads "…, a charge the mayor denies": the phrase [b,
// m) after the comma is what the relative clause's subject [m, j] holds
// or says, its verb the cue, which must end the clause but for a time,
// a place or an adverb (contactCueEnds). contactClauseReports says which
// contact clauses the other two passes read.
func (f *finder) contactReport(a *attr, s sent, b, m, j int) bool {
	if f.gerundCue(a) || a.entry.Prec < 0.2 {
		return false
	}
	d := f.d
	if !d.contactCueEnds(a.cueE, s.te) {
		return false // "an aide the mayor said was loyal": the gap is in a clause after the cue
	}
	sp, ok := f.contentSpan(b, m)
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = m, j+1, j+1
	a.cueS = j + 1
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, s.te
	a.conf = 0.6
	return true
}

// gerundCue says whether the cue is a bare participle ("citing",
// "saying"): it has no subject of its own, so the phrase before its comma
// is no postposed source ("… in Green Bay, Wis., citing the attack").
func (f *finder) gerundCue(a *attr) bool {
	return isGerund(f.d.lw(a.cueS)) && !f.d.toks[a.cueS].cap
}

// asideBeforeThat says whether a postposed attribution is an aside
// that a "that" clause continues: "It's a reminder, Rogers said, that
// …". PolNeAR's content runs from the sentence start over the aside.
func (f *finder) asideBeforeThat(a *attr, s sent) bool {
	d := f.d
	k := f.skipVenue(a.cueE, s.te)
	return k+1 < s.te && d.is(k, ",") && d.is(k+1, "that") && d.toks[k+1].quote == 0 && !d.is(a.cueE-1, ":")
}

// objRelWords open a relative clause whose verb follows the cue: "which
// critics said was unfair", "a strike that executives said could hurt
// earnings", "what she said is growing demand". After "that", "what" or
// "who" a past cue reports, and of present ones only a bare "say" or
// "says" (presentSayRel): other present cues ("the backing that
// Europeans believe would be vital") mostly state common ground.
var objRelWords = setOf("that what who whom")

// relativeSourceForward finds where a source described by a relative
// clause reaches its relative pronoun: "said a witness who saw it", "said
// the owner of a shop that sells shoes". It returns the pronoun's index,
// or -1.
func (d *doc) relativeSourceForward(k, lim int) int {
	if !d.word(k) || !(d.in(k, wcDeterminer) && !d.is(k, "that") || d.is(k, "one")) {
		return -1
	}
	for e := k + 1; e < lim && e < k+9; e++ {
		if d.toks[e].quote != 0 || !d.word(e) && d.toks[e].kind != tkPoss {
			return -1
		}
		if (d.is(e, "who") || d.is(e, "that")) && e > k+1 {
			return e
		}
		if d.strongCue(e) {
			return -1
		}
	}
	return -1
}

// answerWords stand for a whole answer after a plain "say".
var answerWords = setOf("yes no so")

// closingCue: a cue mostly read as a noun ("reports") is a verb when it
// closes the sentence after its subject: "…, the Daily Caller reports."
func (f *finder) closingCue(a *attr, s sent) bool {
	d := f.d
	return a.cueE == a.cueS+1 && (a.cueE >= s.te || d.is(a.cueE, ".")) && d.word(a.cueS) && !d.toks[a.cueS].cap && !strings.HasSuffix(d.lw(a.cueS), "ed")
}

// preposed: "Macron said (on Thursday) (that) …", "Macron added: “…”".
func (f *finder) preposed(a *attr, s sent) bool {
	d := f.d
	j := f.cueStart(a, s.ts)
	j = f.floatingQuantifier(j, s)
	cueAt := j + 1
	// "The council on Wednesday called …", "X this week announced …": the
	// source ends before the time.
	if a.entry.Prec >= 0.5 {
		j = f.adverbBack(j, s.ts) // "Reid frequently mocked …"
	}
	j = f.timeBack(j, s.ts)
	b := d.npBack(j, s.ts)
	if b >= 0 {
		b = f.agedNameBack(d.postmodBack(d.placeBack(b, j, s.ts), s.ts), s.ts)
	}
	b = f.docSubjectFirst(a, b, j, s)
	if rb := d.relClauseBack(j+1, s.ts); rb <= j && (d.relClauseEnd(j) || d.relObjectIt(j)) {
		// "people who have battled other threats say": a clause npBack
		// does not end, whose head opens the clause (after a comma it is
		// an apposition's, unless the comma closes an opening adverbial).
		if rb = d.postmodBack(rb, s.ts); (b < 0 || rb < b) && (rb <= s.ts || d.word(rb-1) && d.in(rb-1, wcClauseOpener) || d.openingComma(rb-1, s.ts)) {
			b = rb
		}
	}
	if b < 0 {
		b = d.shareBack(j, s.ts)
	}
	b = f.shareSubjectBack(b, j, s)
	if b < 0 && f.thatSaidQuote(a, j) {
		b = j // "a message that said, “…”": the relative pronoun, as for "who"
	}
	if b < 0 && d.is(j, "who") && a.cueE == a.cueS+1 && (d.in(a.cueS, wcSayVerb) || a.entry.Prec >= 0.3 && d.is(a.cueE, "that") && f.quotedWithin(a.cueE, f.contentEnd(a.cueE, s.te))) && d.toks[j].quote == 0 {
		// "voters who said they would …": PolNeAR marks the relative
		// pronoun as the source of the report it introduces.
		b = j
	}
	relSrc := false
	if b < 0 && f.relPronounSource(a, j, s) {
		b, relSrc = j, true // "voters who want a change": the relative pronoun, as PolNeAR marks it
	}
	if b < 0 {
		b = f.appositionBack(j, s.ts)
	}
	if b < 0 {
		b = f.parenSubjectBack(j, s)
	}
	coreE := -1
	if b < 0 {
		b, coreE = f.asideSubjectBack(j, s)
	}
	if b < 0 && a.entry.Prec >= 0.5 {
		b = f.pluralSubjectBack(j, s)
	}
	srcEnd := -1
	if b < 0 {
		b, srcEnd = f.relativeBack(j, s)
	}
	if b < 0 {
		if cb := f.causativeSubject(a, s); cb >= 0 {
			b, srcEnd = cb, a.cueS-1 // "led the chair to announce …": the object is the speaker
		}
	}
	if b < 0 && a.entry.Prec >= 0.5 {
		b = f.longSubject(j, s)
	}
	if b < 0 {
		b = f.headSubjectBack(a, j, s)
	}
	if b < 0 {
		b = f.clauseSubjectBack(a, j, s)
	}
	if b < 0 && a.entry.Type == CueReport {
		b = f.docSubjectBack(j, s)
	}
	if b < 0 && evidenceParticiples[d.lw(a.cueS)] {
		b = f.presentedBack(j, s) // "there is anecdotal evidence suggesting …"
	}
	if b < 0 {
		b = f.openingSubjectBack(a, j, s)
	}
	if b >= 0 && srcEnd < 0 {
		if pb, pe := f.ppSubjectBack(b, s); pb >= 0 {
			b, srcEnd = pb, pe
		}
	}
	if w := f.whoBeforeCue(b, a.cueS); w >= 0 {
		b, srcEnd = w, w+1 // "supporters who are deeply skeptical of …"
	}
	if b < 0 && (d.is(j, "and") || d.is(j, "but")) && (a.entry.Prec >= 0.5 || f.coordQuoted(a, s) || f.coordInfinitive(a) || f.namingSmallClause(a.cueE-1, a.cueE, s.te)) {
		// "He called the actions lawful, and said …": the clause's subject,
		// also for a naming small clause ("… and called himself pro-choice");
		// "Guessford, who answered her door and said …": the relative
		// pronoun of the clause still open, as PolNeAR marks it.
		rel := false
		for i := j - 1; i > s.ts+1 && !rel; i-- {
			if d.is(i, ",") || d.toks[i].quote != 0 || d.strongCue(i) {
				break
			}
			if (d.is(i, "who") || d.is(i, "which")) && d.is(i-1, ",") {
				b, srcEnd, rel = i, i+1, true
			}
		}
		if !rel {
			b, srcEnd = f.subject(s, j)
		}
		if n := len(f.attrs) - 1; b < 0 && n >= 0 && f.coordQuoted(a, s) && f.attrs[n].sent == a.sent && f.attrs[n].srcS >= s.ts && f.attrs[n].srcS < j {
			if fr := f.attrs[n].frags; int(d.toks[j-1].e) == fr[len(fr)-1][1] {
				// "… ire - he called her “weak” and said …": the report
				// just before, ending at the "and", names the subject.
				b, srcEnd = f.attrs[n].srcS, f.attrs[n].srcE
			}
		}
		if b >= 0 && !rel {
			if ls, le := f.laterClauseSubject(srcEnd, j); ls >= 0 {
				b, srcEnd = ls, le
			} else if pb, pe := f.coordPrevSource(a, b, j); pb >= 0 {
				b, srcEnd = pb, pe
			}
		}
		srcEnd = f.cueClip(b, srcEnd)
		if b >= 0 {
			srcEnd = f.appositionAhead(srcEnd, j)
		}
	}
	if b < 0 && d.is(j, ",") && d.toks[j].quote == 0 && f.seriesMiddle(a, s) {
		// "has mocked a reporter, referred to immigrants as “rapists” and
		// pointed …": a middle verb of a series takes the clause's subject.
		if b, srcEnd = f.subject(s, j); b >= 0 && !f.predicateBetween(srcEnd, j) {
			b, srcEnd = -1, -1 // "The ad, called …": the comma closes the subject
		}
	}
	relHead := -1
	if b > s.ts && f.relHead(b-1, s) {
		relHead = b - 1 // "…, which he said was …": the relative pronoun heads the content
	}
	h := b - 1
	if h > s.ts && d.word(h) && focusWords[d.lw(h)] {
		h-- // "which even critics say was …": the focus word opens no phrase
	}
	if relHead < 0 && b > s.ts && h >= s.ts && (d.is(h, "which") || objRelWords[d.lw(h)] && (isPast(d.lw(a.cueS)) || f.presentSayRel(a, h))) && d.toks[h].quote == 0 && f.whRelative(a, s, h, b, j, srcEnd) {
		return true
	}
	if relHead < 0 && b > s.ts+1 && f.contactSayRel(a, s, b, j, srcEnd) {
		return true
	}
	if (relHead < 0 || d.is(relHead, "whom")) && b > s.ts && f.whatCalled(a, s, b, j) {
		return true
	}
	if b < 0 || relHead < 0 && b > s.ts && d.in(b-1, wcWhWord) && !f.relativeOpener(b-1) && !f.reasonWhy(b-1) && !(d.is(b-1, "which") && b-2 >= s.ts && (d.in(b-2, wcVenuePrep) || d.is(b-2, "of"))) {
		// "did not say which countries had agreed": an embedded question;
		// "an interview in which he stated that …" is a relative clause.
		return false
	}
	if f.gappedRelative(b, j) {
		return false
	}
	if f.namedThing(b, j) {
		return false // "a new group called …" names a thing, no one speaks
	}
	k := f.afterHearer(a, a.cueE, s.te)
	vs := k
	if !deicticClause(d, k) {
		k = f.commaAside(f.skipVenue(k, s.te), s.te)
	}
	if k > a.cueE && d.in(a.cueS, wcTellCue) && !d.is(k, "that") {
		// "told The Post and Courier on Saturday that …": the hearer ran
		// past what afterHearer accepts; the "that" still opens the content.
		for i := k; i < s.te && i < k+10 && d.toks[i].quote == 0 && (d.word(i) || d.toks[i].kind == tkPoss || d.is(i, ",")); i++ {
			if d.is(i, "that") {
				k = i
				break
			}
		}
	}
	if b > s.ts && d.is(b-1, ",") && f.dashSummary(k) {
		return false // "The town grew, Ida Fenn said -- a claim …": the dash sums up the clause before
	}
	if d.is(k, "by") && d.toks[k].quote == 0 && srcEnd < 0 && f.passiveCue(a, j) && !hearerCues[d.lw(a.cueE-1)] && !d.inLex(a.cueE-1, lcFeelingParticiple) {
		// "The meeting was first reported by Politico": a passive cue.
		return f.passiveBy(a, s, b, j, k)
	}
	if t := f.thatAhead(a, k, s); t > k {
		k = t // "said Thursday during taping of a town hall in Buffalo, New York, that …"
	}
	if q := f.phraseThenQuote(vs, s, d.inLex(a.cueE-1, lcAskVerb) || vs == a.cueE && (d.is(vs-1, "of") || d.is(vs-1, "about"))); q > k {
		k = q // "added about Carson: “…”", "said of the senator, “…”"
	}
	if f.foundOneself(a, k) {
		return false // "Sanders found himself on the defensive": a situation, no finding
	}
	if relHead < 0 && f.gapRelative(b, k) {
		relHead = b - 1 // "laws that some say were written …": the pronoun heads the content
	}
	if k < s.te && d.is(k, "which") && d.toks[k].quote == 0 && d.is(a.cueS-1, "not") {
		return false // "Macron did not say which countries …": an open question, no report
	}
	if d.is(k, "that") && f.bareDeterminer(b, j) {
		return false // "the three states that voted": a noun and its relative clause
	}
	strong := false
	switch {
	case d.is(k, "that"):
		strong = true
	case d.is(k, ":") && k+1 >= s.te:
		// "Dr. Ward stated:" with the quotation in the next paragraph.
		return f.colonNext(a, s, b, j, vs)
	case k >= s.te && d.is(k-1, ":"):
		return f.colonNext(a, s, b, j, vs) // the cue phrase took the colon
	case d.is(k, ":"):
		k++
		strong = true
	case d.is(k, ",") && k+1 < s.te && f.isOpen(k+1):
		k++
		strong = true
	case k < s.te && f.isOpen(k):
		strong = true
	}
	naming := false
	if !strong && f.namingQuote(a.cueS, k, s.te) {
		strong, naming = true, true
	}
	if !strong && d.inLex(a.cueE-1, lcAspectualCue) {
		return false // "Cruz continued his romp through …": going on, not saying
	}
	if !strong {
		if isGerund(d.lw(a.cueS)) && !f.progressiveBe(a.cueS) {
			if !sayingGerunds[d.lw(a.cueS)] && !f.namingSmallClause(a.cueS, a.cueE, s.te) && !f.withDocGerund(a, b, j) {
				return false // "with Merz urging more pressure": a modifier, not a report
			}
			b = d.withShareBack(b, s.ts)
		}
		timedInf := f.timedInfinitive(a, vs, k)
		need := tunePre
		if d.capWord(j) || d.word(j) && d.in(j, wcPronoun) || f.namedApposed(b, j) {
			need = tuneNamed // a named or pronoun subject makes a weak cue likelier
		}
		if hj := f.apposedHead(b, j); hj >= 0 && !d.capWord(hj) {
			if h := learnedHeads[d.lw(hj)]; h.Count >= minHeadCount && h.Prec >= 0.12 && !d.in(hj, wcNPStop) {
				need = tuneNamed // "The spokesman, a veteran of …, denied …"
			}
		}
		if h := learnedHeads[d.lw(j)]; h.Count >= minHeadCount && h.Prec >= 0.12 && !d.in(j, wcNPStop) {
			need = tuneNamed // "Clinton aides fear …": a noun that often heads a source does too
		}
		// "Others saw …", "many of the delegates fear …": a counted group
		// of people. A bare "some" before a verb in -s is a determiner
		// ("some calls into the hotline").
		if b >= 0 && d.in(b, wcStandalone) && !d.is(b, "one") && (b == j || d.is(b+1, "of")) && d.toks[b].quote == 0 && d.subjectStart(b, s.ts) && !d.is(a.cueS, "that") && !(b == j && strings.HasSuffix(d.lw(a.cueS), "s")) {
			need = tuneNamed
		}
		if a.entry.Type == CueReport && (docNouns[d.lw(j)] || subjectVerbs[d.lw(a.cueS)] && f.docHeaded(b, j)) {
			need = tuneNamed // "polls show …": a document reports its findings
		}
		small := f.namingSmallClause(a.cueE-1, k, s.te)
		poll := f.pollShareSubject(b, j)
		if small {
			need = 0 // "called him divisive": the named object is the content
		}
		if poll {
			need = 0 // "4 in 10 want …": a poll share's attitude
		}
		if f.quotedWithin(k, f.contentEnd(k, s.te)) {
			need = min(need, tuneQuoted) // quoted words in the object are reported speech
		}
		// The subject must open its clause: after a noun it opens a
		// relative one ("the guarantees European countries want to
		// offer"), whose noun the content is.
		thought := f.thoughtVerb(a) && d.subjectStart(b, s.ts) && !f.nounThatAhead(k, f.contentEnd(k, s.te))
		if thought {
			need = 0 // "voters want to …", "observers doubt they …"
		}
		prec := a.entry.shrunk()
		if prec < need || k != vs && d.duration(vs) != k && !d.is(k-1, ",") && a.entry.Prec < 0.7 && !(a.entry.Prec >= 0.5 && f.newClause(k, s.te)) && !timedInf {
			// "announced Sunday she will resign": after a time or venue
			// only a clause with its own subject and verb is content.
			return false
		}
		if k < s.te && d.word(k) && !d.toks[k].cap && (d.in(k, wcVenuePrep) && !f.toInfinitive(k) && !deicticClause(d, k) && !d.atLeast(k) && !d.timeAdjective(k) && !f.leadPhraseClause(a, k, s.te) || d.lw(k) == "of" || d.lw(k) == "about" && !(d.in(a.cueE-1, wcSayVerb) && d.countsNumber(k)) || d.lw(k) == "for") {
			return false // "said in …" without content; "said about 40 people …" counts the subject
		}
		if d.is(k, "by") {
			return false // "a call echoed by Japan": a participle with its agent
		}
		if f.gappedObject(k, s.te) {
			return false // "the backstop it seeks and the …": the object is gapped
		}
		if d.is(k, ",") && f.embeddedSource(b) {
			return false // "the deal she once backed, like …": the clause after the comma is no object of the cue
		}
		if k < s.te && d.in(k, wcAuxVerb) && relHead < 0 {
			return false // "what leaders say is …": the cue sits in a relative clause
		}
		infinitive := d.is(k, "to") && a.entry.Prec >= 0.4
		if prec < f.shortNeed(a) && !thought && !infinitive && !poll && !small && f.words(k, f.contentEnd(k, s.te)) < 4 {
			return false
		}
	} else if a.entry.Prec < 0.1 {
		return false
	}
	end := f.contentEnd(k, s.te)
	if !strong {
		if d.in(a.cueE-1, wcPlainSay) {
			// The contrast is judged over the whole clause: an inner
			// report's cut must not hide the cue after ", but the
			// council, in a rare rebuke, warned …".
			end = f.newSubjectAfterAnd(k, min(f.clauseObjectEnd(k, end), f.innerReportCut(k, end)))
		} else {
			lim := f.subReportCut(k, f.innerReportCut(k, end))
			end = f.newSubjectAfterAnd(k, f.asComplementEnd(a, f.objectEnd(k, lim), lim))
		}
	}
	if !strong && b-1 == s.ts && d.is(b-1, "with") {
		// "With polls showing Cruz ahead, Rubio changed …": a fronted
		// "with" phrase closes at its comma; the main clause is no finding.
		for c := k; c < end; c++ {
			if d.is(c, ",") && d.toks[c].quote == 0 {
				end = c
				break
			}
		}
	}
	if relSrc {
		end = f.relClauseContentEnd(k, end)
	}
	if naming || f.namedRelativeQuote(a, k) {
		end = f.namingEnd(k, end)
	}
	if !strong && f.namingSmallClause(a.cueE-1, k, s.te) {
		end = f.smallClauseEnd(k, end)
	}
	k = f.whAfterHearer(a, f.asideThat(k, end), end)
	sp, ok := f.contentSpan(k, end)
	if d.in(a.cueE-1, wcPlainSay) && answerWords[d.lw(k)] && d.word(k) && !d.toks[k].cap && d.toks[k].quote == 0 && (k+1 >= s.te || !d.word(k+1) || d.in(k+1, wcVenuePrep)) {
		// "75 percent said yes, but …", "after half said so in
		// December": a one-word answer is the whole content, repeated
		// or not ("said yes, yes, yes").
		e := k
		for e+2 < s.te && d.is(e+1, ",") && d.lw(e+2) == d.lw(k) {
			e += 2
		}
		sp, ok = [2]int{int(d.toks[k].s), int(d.toks[e].e)}, true
	}
	if !ok && !strong {
		sp, ok = f.oneWordObject(k, end)
	}
	if !ok && !strong {
		sp, ok = f.finalName(a, b, k, end, s)
	}
	if !ok && !strong {
		sp, ok = f.shareName(b, j, k, end, s)
	}
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	if srcEnd >= 0 {
		a.srcE = srcEnd
	} else {
		a.srcE = f.datedEnd(a.srcE, a.cueS)
		if e := a.srcE; e < a.cueS && d.word(e) && d.closesInfinitive(e, a.srcS) {
			// "an official not authorized to speak publicly said": the
			// adverb ends the infinitive, not the cue's.
			a.srcE = e + 1
			cueAt = max(cueAt, e+1)
		}
	}
	// "Hillary Clinton on Tuesday said": the speaker is named without the time.
	a.coreE = f.tagCut(a.srcS, f.timeCut(a.srcS, a.coreE))
	if coreE >= 0 {
		a.coreE = f.tagCut(a.srcS, coreE)
		if w := d.lw(coreE + 1); d.is(coreE, ",") && d.word(coreE+1) && !d.toks[coreE+1].cap && (asideOpeners[w] || isGerund(w)) {
			// "The campaign, for its part, said": an aside, not an apposition.
			a.srcE = coreE
		}
	}
	a.cueS = cueAt
	if st, ne := f.objectGerundSubject(a, s); st >= 0 {
		a.srcS, a.srcE, a.coreE = st, ne, f.mentionEnd(st, ne-1)
	}
	if pb, pe := f.pollLead(s, a.srcS); pb >= 0 {
		a.srcS, a.srcE, a.coreE = pb, pe, pe
	}
	a.frags = f.oneFrag(sp)
	if relHead >= 0 {
		a.frags = [][2]int{{int(d.toks[relHead].s), int(d.toks[relHead].e)}, sp}
	}
	a.venueS, a.venueE = vs, k
	a.conf = 0.75
	if strong {
		a.conf = 0.85
	}
	return true
}

// colonNext takes as content the quotation opening the paragraph after
// one that ends in "X said:".
func (f *finder) colonNext(a *attr, s sent, b, j, vs int) bool {
	d := f.d
	si := a.sent + 1
	if si >= len(f.sents) || f.taken[si] || f.sents[si].para != s.para+1 {
		return false
	}
	ns := f.sents[si]
	var frag [2]int
	if f.isOpen(ns.ts) {
		sg := f.segs[d.toks[ns.ts].quote-1]
		frag = [2]int{sg.s, sg.e}
	} else {
		// "Hewitt writes:" over a paragraph set as a block without
		// quotation marks: the whole block is the content, through the
		// lines that follow with no blank line between.
		e := si
		for e+1 < len(f.sents) && (f.sents[e+1].para == f.sents[e].para || f.sents[e+1].para == f.sents[e].para+1 && f.oneBreak(f.sents[e].te-1, f.sents[e+1].ts)) {
			e++
		}
		if !d.word(ns.ts) && !d.is(ns.ts, "…") || f.sents[e].te-ns.ts < tuneBlockMin {
			return false
		}
		frag = [2]int{int(d.toks[ns.ts].s), int(d.toks[f.sents[e].te-1].e)}
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	a.cueS = j + 1
	a.frags = [][2]int{frag}
	a.venueS, a.venueE = vs, s.te
	a.conf = 0.8
	f.taken[si] = true
	return true
}

// oneBreak says whether tokens a and b are parted by a single line
// break: lines of one block, not paragraphs apart.
func (f *finder) oneBreak(a, b int) bool {
	n := 0
	for _, r := range f.d.r[f.d.toks[a].e:f.d.toks[b].s] {
		if r == '\n' {
			n++
		}
	}
	return n == 1
}

// raising: the content is the clause around the cue, from its subject to
// its end, with the cue cut out; PolNeAR leaves the source empty.
func (f *finder) raising(a *attr, s sent, from int) bool {
	d := f.d
	b := a.cueS
	if d.word(b-1) && (d.in(b-1, wcAuxVerb) || negatedBe(d.lw(b-1))) {
		b-- // "is expected"
		a.cueS = b
	}
	st := b
	for st > max(s.ts, from) {
		w := d.lw(st - 1)
		if st == b && f.thatSubject(st-1, a) {
			st-- // "a role that is expected to …": "that" is the subject
			break
		}
		if d.toks[st-1].quote == 0 && (d.is(st-1, ",") || d.is(st-1, ";") || w == "and" && !f.pairedSubject(st-1, b) || w == "but" || w == "that" || raisingSubStop[w]) {
			if raisingSubStop[w] && w != "that" {
				if l := f.headBeforeSub(st-1, max(s.ts, from)); l >= 0 {
					st = l // "The response when a protest breaks out can seem …"
				}
			}
			break
		}
		st--
		if raisingRelStop(d, st, b) {
			break
		}
		if st == b-1 && d.word(st) && subjectPronouns[d.lw(st)] {
			// "… on the night she is expected to win": the pronoun is
			// the whole subject, with a relative word before it.
			if st-1 > max(s.ts, from) && raisingRelStop(d, st-1, b) {
				st--
			}
			break
		}
	}
	lim := max(s.ts, from)
	if st == b && st-1 > lim && d.is(st-1, ",") && d.toks[st-1].quote == 0 {
		// "The central bank, which has held rates near zero, is expected
		// to act": the aside belongs to the subject before it.
		k := st - 2
		for k > lim && !d.is(k, ",") && d.toks[k].quote == 0 {
			k--
		}
		if d.is(k, ",") && d.toks[k].quote == 0 {
			st2 := k
			for st2 > lim && d.word(st2-1) && !d.in(st2-1, wcClauseOpener) && !d.in(st2-1, wcSubordinator) && !d.in(st2-1, wcWhWord) && d.toks[st2-1].quote == 0 {
				st2--
			}
			if st2 < k && d.subjectStart(st2, lim) && (d.capWord(st2) || d.in(st2, wcDeterminer)) {
				st = st2
			}
		}
	}
	if st == b-1 && d.is(st, "it") && f.expletiveThat(a, s) {
		return true
	}
	if st >= b || !d.is(a.cueE, "to") && !d.word(a.cueE) {
		return false
	}
	// "appeared on the radio" is an appearance, not an impression
	// ("appeared exhausted" is one).
	if strings.HasPrefix(d.lw(a.cueE-1), "appear") && !d.appearsAs(a.cueE-1) || d.in(a.cueE, wcVenuePrep) && !d.is(a.cueE, "to") {
		return false
	}
	end := f.contentEnd(a.cueE, s.te)
	adjective := strings.HasPrefix(d.lw(a.cueE-1), "appear") && !d.is(a.cueE, "to")
	if adjective {
		end = f.predicateEnd(a.cueE, end)
	}
	for i := a.cueE; i < end; i++ {
		if d.is(i, ",") && d.toks[i].quote == 0 && (d.is(i+1, "but") || d.is(i+1, "and") || d.is(i+1, "while")) || f.raisingTail(a, i, end) {
			end = i
			if d.is(i-1, "and") || d.is(i-1, "but") || d.is(i-1, "or") {
				end = i - 1 // "… on the first ballot and, if he …": the link goes with the cut
			}
			break
		}
	}
	head, ok1 := f.contentSpan(st, b)
	if f.raisingReport(a, st, b, end) {
		return true
	}
	tail, ok2 := f.contentSpan(a.cueE, end)
	if !ok2 && adjective && f.words(a.cueE, end) == 1 && d.word(a.cueE) {
		// "the rescue crews appeared exhausted": one word completes it.
		tail, ok2 = [2]int{int(d.toks[a.cueE].s), int(d.toks[a.cueE].e)}, true
	}
	if !ok2 {
		return false
	}
	if !ok1 {
		// One-word subjects ("Sanders appears …") still count.
		head = [2]int{int(d.toks[st].s), int(d.toks[b-1].e)}
	}
	a.frags = [][2]int{head, tail}
	if f.raisingSource(a, st, b) {
		a.frags = [][2]int{tail}
	}
	if st == b-1 && d.is(st, "it") && !d.is(a.cueE, "to") && !d.is(a.cueE, "that") {
		// "it seems the Democrats have …", "it would seem as if his
		// plan is …": an empty subject; only what follows is content.
		k := a.cueE
		if d.is(k, "like") {
			k++
		} else if d.is(k, "as") && (d.is(k+1, "if") || d.is(k+1, "though")) {
			k += 2
		}
		if sp, ok := f.contentSpan(k, end); ok {
			a.frags = [][2]int{sp}
		}
	}
	a.entry.Type = CueThought
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.5
	return true
}

// possessive: "Comey's conclusion that …", "his claim that …" — a
// reporting noun owned by its source.
func (f *finder) possessive(a *attr, s sent) bool {
	d := f.d
	k := a.cueE
	if !d.is(k, "that") || a.cueS-1 <= s.ts {
		return false
	}
	p := a.cueS - 1
	for p > s.ts && d.word(p) && !d.toks[p].cap && !d.in(p, wcDeterminer) && a.cueS-p < 3 {
		p-- // "his earlier claim"
	}
	var b, e int
	switch {
	case d.toks[p].kind == tkPoss:
		b, e = d.npBack(p-1, s.ts), p
	case d.is(p, "his") || d.is(p, "her") || d.is(p, "their"):
		b, e = p, p+1
	default:
		return false
	}
	if b < 0 {
		return false
	}
	sp, ok := f.contentSpan(k, f.contentEnd(k, s.te))
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, e, e
	if d.toks[e].kind == tkPoss {
		a.srcE = e + 1 // PolNeAR keeps the "’s": "Trump’s claim that"
	}
	a.setPlainContent(sp)
	return true
}

// ownedNounSubject ends the that- or to-clause of a possessed reporting noun
// at a dash ("his claim that the pier was safe — a claim divers
// disputed") and, when the noun phrase is a clause's subject, at the
// main verb ("Trump's charge that Cruz lied to voters set off a feud").
func (f *finder) ownedNounSubject(a *attr, s sent) {
	d := f.d
	if a.srcS < s.ts || len(a.frags) != 1 || a.cueS == 0 {
		return
	}
	np := a.cueE-a.cueS > 1 && nounPreps[d.lw(a.cueE-1)]
	if !np && !d.is(a.cueE, "that") && !d.is(a.cueE, "to") {
		return
	}
	p := a.cueS - 1
	if int(d.toks[a.cueE].s) != a.frags[0][0] {
		return
	}
	opener := d.word(s.ts) && adverbialOpeners[d.lw(s.ts)] && (p == s.ts || p == s.ts+1 && d.is(p, "the"))
	if !opener && !(d.toks[p].kind == tkPoss || d.is(p, "his") || d.is(p, "her") || d.is(p, "their")) {
		return
	}
	c := f.contentEnd(a.cueE, s.te)
	e := c
	for i := a.cueE + 2; i < c; i++ {
		// A dash set off by a space, not "U.S.-Mexico".
		if (isDashTok(d, i) && d.toks[i].s > d.toks[i-1].e || np && d.is(i, ",")) && d.toks[i].quote == 0 {
			e = i
			break
		}
	}
	if opener {
		// "Despite complaints that he lied, the mayor …": the opening
		// phrase ends at the comma after the clause's verb.
		e = f.subjectClauseEnd(a.cueE, e, true)
	} else if np {
		// "His attacks on the plan, often harsh, were …": the object
		// is a noun phrase; it ends at a comma or the main verb.
		if a.srcS == s.ts {
			e = f.subjectClauseEnd(a.cueE, e, false)
		}
	} else if a.srcS == s.ts || d.word(a.srcS-1) && (d.in(a.srcS-1, wcSubordinator) || d.is(a.srcS-1, "whether")) {
		e = f.subjectClauseEnd(a.cueE, e, false)
	} else if a.srcS == s.ts+1 && adverbialOpeners[d.lw(s.ts)] {
		// "Despite his claims that he won, the count shows …": the
		// opening phrase ends at the comma after the clause's verb.
		e = f.subjectClauseEnd(a.cueE, e, true)
	}
	if e < c {
		if sp, ok := f.contentSpan(a.cueE, e); ok {
			a.frags[0] = sp
		}
	}
}

// nounPreps end a reporting noun's cue before its object: "attacks on",
// "speeches about", "embrace of".
var nounPreps = setOf("on about of against for over")

// subjectClauseEnd ends the that-clause at k when its noun opens the
// sentence: the clause's own verb is taken, so the next finite verb is
// the main one ("Trump's charge that Cruz lied to voters set off a
// feud"). Subordinators open clauses of their own ("that she would win
// if he ran was …"); verbs after "and", "or", a comma or another verb
// stay in the clause.
func (f *finder) subjectClauseEnd(k, end int, opener bool) int {
	d := f.d
	need := 0
	for i := k; i < end; i++ {
		if opener && need == 0 && i > k+1 && d.is(i, ",") && d.toks[i].quote == 0 {
			return i
		}
		if !d.word(i) || d.toks[i].quote != 0 {
			continue
		}
		w := d.lw(i)
		if subordinators[w] && w != "as" || relWords[w] {
			need++
			continue
		}
		if d.toks[i].cap || !(auxVerbs[w] || isPast(w)) {
			continue
		}
		j := i - 1
		for j > k && (npAdverbs[d.lw(j)] || d.inLex(j, lcNegation)) {
			j-- // "he still has", "had not yet"
		}
		prev := d.lw(j)
		if !d.word(j) || prev == "and" || prev == "or" || prev == "but" || prev == "to" || auxVerbs[prev] || determiners[prev] {
			continue
		}
		if need == 0 {
			return i
		}
		need--
	}
	return end
}

// gerund: "…, adding that …" takes the source of the clause before it,
// or the subject of the sentence.
func (f *finder) gerund(a *attr, s sent) bool {
	d := f.d
	k := f.commaAside(f.skipVenue(f.afterHearer(a, a.cueE, s.te), s.te), s.te) // "telling CNN that …"
	k = f.hearerThat(a, k, s.te)
	if d.is(k, ":") || d.is(k, ",") && f.isOpen(k+1) {
		k++ // "telling reporters, “…”"
	}
	if a.entry.Prec < 0.3 && !d.is(k, "that") && !f.namingQuote(a.cueS, k, s.te) {
		return false
	}
	end := f.contentEnd(k, s.te)
	if f.namingQuote(a.cueS, k, s.te) {
		end = f.namingEnd(k, end) // ", calling him a “nice guy” and …"
	}
	sp, ok := f.contentSpan(k, end)
	if !ok {
		return false
	}
	if ws := f.withSubject(a.cueS, s.ts); ws >= 0 {
		// "…, with two networks calling the race for him": the absolute
		// phrase names its own speaker, not the sentence's subject.
		a.srcS, a.srcE, a.coreE = ws, a.cueS, f.mentionEnd(ws, a.cueS-1)
		if e := f.andAbsolute(k, end); e < end {
			if sp, ok = f.contentSpan(k, e); !ok {
				return false
			}
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = a.cueE, k
		a.conf = 0.7
		return true
	}
	n := f.mainAttr(a.sent)
	if n >= 0 && f.attrs[n].srcS > s.ts && d.is(f.attrs[n].srcS-1, "that") {
		// "Christie repeated accusations that Rubio recites …, calling
		// him …": a source inside a that-clause is not the subject's.
		if st, _ := f.subject(s, a.cueS); st >= 0 && st < f.attrs[n].srcS-1 {
			n = -1
		}
	}
	if n >= 0 && a.cueS > s.ts+1 && f.attrs[n].srcS > a.cueS {
		n = -1 // "X did give Trump credit, saying …, but he suggested …": a later report's source is not the participle's
	}
	ls, le := f.leadClauseSubject(s, a.cueS)
	if a.cueS <= s.ts+1 && ls < 0 {
		// "After suggesting on Wednesday that …, Mr. Rubio …": the
		// participle opens the sentence; its subject follows the clause.
		ls, le = f.leadClauseSubject(s, s.te)
	}
	if n >= 0 && ls >= 0 && f.attrs[n].srcS < ls {
		n = -1 // the report sits in the opening clause, the participle closes the main one
	}
	if n >= 0 && ls < 0 {
		if st, ne := f.afterSubClause(f.attrs[n], s, a.cueS); st >= 0 {
			n, ls, le = -1, st, ne
		}
	}
	if n >= 0 && ls < 0 {
		if st, ne := f.asideWhoSubject(f.attrs[n], s, a.cueS); st >= 0 {
			n, ls, le = -1, st, ne
		} else if st, ne := f.afterReportSubject(f.attrs[n], a.cueS); st >= 0 {
			n, ls, le = -1, st, ne
		}
	}
	if n >= 0 {
		prev := &f.attrs[n]
		a.srcS, a.srcE = prev.srcS, prev.srcE
		a.inherit = n
	} else if ls >= 0 {
		a.srcS, a.srcE = ls, f.participleSubjectEnd(le, a.cueS)
	} else {
		// Subject: the first name-like phrase, after a leading
		// participle clause ("Speaking in Beijing, Putin hailed …").
		st, ne := f.subject(s, a.cueS)
		if st < 0 {
			return false
		}
		if ms := f.spanAfterClause(ne-1, s.te); ms > a.cueS && ne == a.cueS-1 {
			// "One month after announcing …, Rubio …": the span is no
			// subject; the participle's is the main clause's.
			if me := d.npForward(ms, s.te); me > ms {
				st, ne = ms, me
			}
		}
		if cs, ce := f.cleftSubject(st, a.cueS); cs >= 0 {
			st, ne = cs, ce
		} else if ls, le := f.laterClauseSubject(ne, a.cueS); ls >= 0 {
			st, ne = ls, le
		}
		a.srcS, a.srcE = st, f.participleSubjectEnd(ne, a.cueS)
	}
	a.frags = f.oneFrag(sp)
	a.venueS, a.venueE = a.cueE, k
	a.conf = 0.7
	return true
}

// withSubject finds the subject of a participle cue at k in an absolute
// "with" phrase: the noun phrase right between "with" and the cue ("with
// recent polls showing …", "with each candidate questioning …"). It
// returns its first token, or -1.
func (f *finder) withSubject(k, ts int) int {
	d := f.d
	j := k - 1
	if j <= ts+1 || d.toks[j].quote != 0 || !d.word(j) && d.toks[j].kind != tkPoss {
		return -1
	}
	w := j - 1
	for w > ts && w > j-8 && !d.is(w, "with") {
		w-- // a cheap look for "with" before the noun phrase search
	}
	if w <= ts || w <= j-8 {
		return f.withLongSubject(j, ts)
	}
	b := d.npBack(j, ts)
	if b <= ts || !d.is(b-1, "with") || d.toks[b-1].quote != 0 {
		// "liberals with about three in 10 saying": a poll share that
		// npBack reads as the noun before "with" and its modifier.
		if b = d.shareBack(j, ts); b <= ts || !d.is(b-1, "with") || d.toks[b-1].quote != 0 {
			return f.withLongSubject(j, ts)
		}
	}
	return b
}

// withLongSubject finds the subject of an absolute "with" phrase that
// npBack takes only the end of: a partitive ("with one of her ads
// asking"), a coordination ("with Fox News and NBC News calling") or a
// postmodifier ("with the campaign of the senator from Ohio saying").
// The words from "with" to the noun phrase ending at j must hold no verb,
// relative word or cue. It returns the subject's first token, or -1.
func (f *finder) withLongSubject(j, ts int) int {
	d := f.d
	for w := j - 1; w > ts && w >= j-12; w-- {
		if d.toks[w].quote != 0 || !d.word(w) && d.toks[w].kind != tkPoss {
			return -1
		}
		if d.is(w, "with") {
			if !(d.is(w-1, ",") || isDashTok(d, w-1)) {
				return -1 // only after a clause break: "met with aides of the mayor saying" is ambiguous
			}
			if d.npBack(j, w+1) < 0 {
				return -1
			}
			return w + 1
		}
		if d.toks[w].cap || d.toks[w].kind == tkPoss {
			continue
		}
		lw := d.lw(w)
		if d.in(w, wcAuxVerb|wcBeForm) || isPast(lw) || isGerund(lw) || d.cueAt(w) > 0 || lw == "that" || lw == "who" || lw == "which" || lw == "whose" {
			return -1
		}
	}
	return -1
}

// andAbsolute ends an absolute phrase's content [k, end) before "and"
// with a subject and a participle of its own ("with Lee calling for a ban
// and others backing it"): the second phrase is not the first's words.
func (f *finder) andAbsolute(k, end int) int {
	d := f.d
	for i := k + 1; i < end-2; i++ {
		if !d.is(i, "and") || d.toks[i].quote != 0 {
			continue
		}
		for j := i + 2; j < end && j < i+7; j++ {
			if !d.word(j) || d.toks[j].quote != 0 {
				break
			}
			if isGerund(d.lw(j)) {
				if d.npBack(j-1, i+1) == i+1 {
					return d.cutBefore(i)
				}
				break
			}
		}
	}
	return end
}

// causativeVerbs take an object that does what the infinitive after it
// says: "the leak led the chair to announce …", "left many to wonder …".
var causativeVerbs = setOf("led leads lead leading prompted prompts prompting forced forces force forcing caused causes causing drove drives driving left leaving pushed pushes pushing spurred spurs compelled compels")

// causativeSubject finds the object of a causative verb right before
// "to" and the cue: the speaker of the infinitive's report. It returns
// the object's first token, or -1.
func (f *finder) causativeSubject(a *attr, s sent) int {
	d := f.d
	t := a.cueS - 1
	if t-2 <= s.ts || !d.is(t, "to") || d.toks[t].quote != 0 || !d.word(t-1) {
		return -1
	}
	for c := t - 2; c > s.ts && c >= t-8; c-- {
		if !d.word(c) && d.toks[c].kind != tkPoss || d.toks[c].quote != 0 {
			return -1
		}
		if causativeVerbs[d.lw(c)] && !d.toks[c].cap {
			if d.npForward(c+1, t) != t && !(c+2 == t && (d.in(c+1, wcPronoun) || experiencerWords[d.lw(c+1)])) {
				return -1 // "caused many to wonder": a lone pronoun or quantifier
			}
			return c + 1
		}
	}
	return -1
}

// objectSubords open a clause that may close an object content.
var objectSubords = setOf("when after before")

// objectVenuePreps open a venue phrase that may close an object content.
var objectVenuePreps = setOf("in during at on")

// onlineVenues are where a remark is posted: "on Twitter", "on his
// Facebook page".
var onlineVenues = setOf("twitter facebook instagram page blog column")

// venueHead says whether the words from k are a short noun phrase
// headed by a venue noun ("a news conference", "his Facebook page",
// "Twitter") that ends the content but for time and place phrases; its
// head is its last word before those ("a rally Friday in Ohio").
func (f *finder) venueHead(k, end int) bool {
	d := f.d
	j := k
	for j < end && j < k+6 {
		if d.toks[j].kind == tkPoss && j > k {
			j++ // "CBS's show"
			continue
		}
		w := d.lw(j)
		if !d.word(j) || d.toks[j].quote != 0 || venuePreps[w] || w == "of" || w == "for" || w == "about" || w == "by" || timeWords[w] || isWeekday(w) || auxVerbs[w] || isGerund(w) || w == "that" || w == "which" || w == "who" || w == "where" {
			break
		}
		j++
	}
	if j == k || j == k+6 {
		return false
	}
	h := d.lw(j - 1)
	// The venue closes the content: "thanked Trump on Twitter for
	// backing the bill" goes on with the object's own phrase.
	return (venueNouns[h] || onlineVenues[h]) && !mediaNouns[h] && f.skipVenue(j, end) >= end
}

// plainObject says whether tokens [k, e) are a short noun phrase with
// no clause in it: a venue after "a supporter who was caught …" or "to
// carry firearms" belongs to that clause.
func (f *finder) plainObject(k, e int) bool {
	d := f.d
	if e-k > 8 {
		return false
	}
	for i := k; i < e; i++ {
		w := d.lw(i)
		if w == "who" || w == "that" || w == "which" || w == "to" || w == "when" || w == "where" || auxVerbs[w] || isGerund(w) && i > k || d.cueAt(i) > 0 {
			return false
		}
	}
	return true
}

// mediaNouns head phrases about a medium, which are part of the object:
// "his ads on television", "her life in mainstream media".
var mediaNouns = setOf("media television radio video")

// objectEnd: a content that is the cue's object ("endorsed Clinton")
// stops before a clause that only comments on it: ", but …", ", which …".
func (f *finder) objectEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end-1; i++ {
		cut := i
		switch {
		case d.in(i, wcObjectVenuePrep) && d.toks[i].quote == 0 && f.plainObject(k, i) && (f.venueHead(i+1, end) || f.finalVenue(k, i, end)):
			// "blasted the senator during a rally Friday", "called the
			// system “rigged” in a tweet", also before the sentence's
			// full stop: the venue is the cue's, not the object's.
			return i
		case d.in(i, wcObjectSubord) && !d.toks[i].cap && d.toks[i].quote == 0 && d.word(i+1) && (d.in(i+1, wcPronoun) || d.capWord(i+1) && !d.capWord(i+2)) && f.plainObject(k, i):
			// "criticized the mogul after he clinched the nomination":
			// the clause dates the act, it is no part of the object.
			return i
		case d.is(i, ",") && d.toks[i].quote == 0:
		case f.isClose(i) && d.is(i-1, ","):
			cut = i + 1 // the comma sits inside the quotation
		case isDashTok(d, i) && d.is(i+1, "but") && d.toks[i].quote == 0 && f.butClause(i+2, end):
			// "… for — his outreach will go only so far — but his team
			// does …": a dash before "but" and a new subject turns as a
			// comma does ("begun - but never finished - the process"
			// goes on).
		default:
			continue
		}
		if (d.is(i+1, "but") || d.is(i+1, "and")) && d.is(i+2, "that") {
			continue // "…, but that he would not …": a second complement clause
		}
		if w := d.lw(i + 1); (commentOpeners[w] || contrastOpeners[w]) && !f.closedAside(i, end) && !f.asWellAs(i) && !f.notOnlyBut(k, i) && !(w == "while" && f.docFinding(k)) {
			return cut
		}
	}
	return end
}

// butClause says whether a clause with a subject of its own opens at k,
// after "but": "her aides do see …", "there are …", not "never finished".
func (f *finder) butClause(k, end int) bool {
	if f.newClause(k, end) || f.d.is(k, "there") {
		return true
	}
	e := f.d.npForward(k, end)
	return e > k && e < end && f.finiteAt(e)
}

// commentOpeners begin, after a comma, a relative or concession clause
// that comments on an object: "…, which …", "…, despite …".
var commentOpeners = setOf("which who while despite")

// contrastOpeners begin, after a comma, a contrast or reason: "…, but
// …", "…, because …". objectEnd cuts before both kinds; clauseObjectEnd
// cuts before a contrast only when it holds a report of its own.
var contrastOpeners = setOf("but because as even though although")

// innerReportCut ends an object content at the comma before a clause
// that holds a report of its own ("focused on the dangers posed by
// refugees, showing that …", "pointed to the polls, cracking a smile as
// he noted that …"): that clause is the inner cue's, not the object's.
func (f *finder) innerReportCut(k, end int) int {
	d := f.d
	comma := -1
	for i := k + 1; i < end-1; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if d.is(i, ",") {
			comma = i
			continue
		}
		if comma > k && d.is(i+1, "that") && d.toks[i+1].quote == 0 && d.cueAt(i) == 1 {
			return comma
		}
	}
	return end
}

// subReportCut ends a weak cue's object before a subordinate clause
// with a report of its own: "vetoed the bill after the mayor said …"
// (a few words of subject, then a strong cue). A plain "say" keeps its
// reason clauses (see clauseObjectEnd), so it does not come here; nor
// does an object with a verb of its own, which the clause may modify
// ("urged them to quit after the mayor said …").
func (f *finder) subReportCut(k, end int) int {
	d := f.d
	for i := k + 2; i < end-2; i++ {
		if f.toInfinitive(i) {
			return end
		}
		if !d.word(i) || d.toks[i].quote != 0 || !d.inLex(i, lcClauseSub) { // not "during": it takes no clause
			continue
		}
		for j := i + 2; j < end && j <= i+5 && d.word(j) && d.toks[j].quote == 0; j++ {
			if d.strongCue(j) {
				return d.cutBefore(i)
			}
		}
	}
	return end
}

// clauseObjectEnd is objectEnd for the clause a plain "say" reports: a
// contrast or reason goes on with what was said ("said he would back the
// nominee, but he would not campaign"); only a relative or a concession
// clause comments on it. PolNeAR train keeps ", but" inside such a
// content 28 times and leaves it out 17, "because" 5 to 0.
func (f *finder) clauseObjectEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end-1; i++ {
		if !d.is(i, ",") || d.toks[i].quote != 0 {
			continue
		}
		switch w := d.lw(i + 1); {
		case commentOpeners[w] && !f.closedAside(i, end):
			return i
		case contrastOpeners[w] && !f.notOnlyBut(k, i) && !f.asWellAs(i):
			// Only a confident cue outside quotation marks opens another
			// report; "…, but she wanted to be …" goes on with the content.
			// A weaker cue right after the subject of "but" ("…, but
			// critics claim …") opens one too.
			for j := i + 2; j < end; j++ {
				if n, e := d.cueMatch(j); n > 0 && d.toks[j].quote == 0 && (e.Prec >= 0.3 || e.Prec >= 0.15 && w == "but" && f.subjectBefore(i+2, j)) {
					return i // "…, but Jones said …": another report
				}
			}
		}
	}
	return end
}

// gapRelative says whether the source at b follows a relative "that" on
// a noun and the content at k lacks its subject, which the pronoun
// stands for: "a deadline that insiders said went unnoticed". PolNeAR
// makes the pronoun the content's first fragment, as after a comma.
func (f *finder) gapRelative(b, k int) bool {
	d := f.d
	if b < 2 || !d.is(b-1, "that") || d.toks[b-1].quote != 0 || !d.word(b-2) || d.toks[b-2].cap || d.cueAt(b-2) > 0 {
		return false
	}
	if h := d.lw(b - 2); auxVerbs[h] || npStop[h] || strings.HasSuffix(h, "ly") {
		return false // "so much that", "is that", "notably that"
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	w := d.lw(k)
	// A past verb only: with an auxiliary ("that Europeans say would
	// be …") the gate above rejects the reading, and lifting it adds
	// readings the seeds do not mark.
	return isPast(w)
}

// toInfinitive says whether token k is "to" before a bare verb ("vowed
// to ban"), not before a noun phrase ("spoke to reporters").
func (f *finder) toInfinitive(k int) bool {
	d := f.d
	if !d.is(k, "to") {
		return false
	}
	if f.isOpen(k + 1) {
		k++ // "to “go to your place and vote”": the verb opens the quotation
	}
	if !d.word(k+1) || d.toks[k+1].cap {
		return false
	}
	w := d.lw(k + 1)
	if w == "be" || w == "have" {
		return true // "to be", "to have" (npStop words) open an infinitive
	}
	return !d.in(k+1, wcDeterminer|wcPronoun|wcNPStop) && (!strings.HasSuffix(w, "s") || sVerbEnd(w)) && !isGerund(w)
}

// labelStop are capitalised labels that head a paragraph without naming
// a speaker: "UPDATE: …", "EDITOR'S NOTE: …".
var labelStop = setOf("fact check factcheck analysis opinion explainer explained commentary obituary factbox timeline recap preview review update updated note editor editors watch read related photo photos video caption credit source sources correction clarification advertisement abstract summary breaking exclusive warning transcript live developing first last q a")

// speakerLabel: a transcript line "PENCE: Well, look, …" or "JAKE
// TAPPER: …" gives the rest of its paragraph to the capitalised name
// before the colon. The label must recur at another paragraph's start or
// name someone the article names in ordinary case, so that a section
// label ("WASHINGTON: …") is not taken for a speaker. The paragraph's
// sentences are not read again: on train, none of the reports nested in
// an answer ("I think …") is marked.
func (f *finder) speakerLabel(si int) bool {
	d := f.d
	s := f.sents[si]
	if si > 0 && f.sents[si-1].para == s.para {
		return false
	}
	// The label may have been skipped as a dateline ("PARIS:").
	p := &d.paras[s.para]
	k := p.ts
	if k < s.te && d.toks[k].kind == tkDQ {
		k++
	}
	c := f.labelEnd(k, s.te)
	if c < 0 {
		return false
	}
	sp, ok := f.contentSpan(c+1, p.te)
	if !ok || !f.labelKnown(k, c) && !f.labelExchange(int(s.para)) {
		return false
	}
	f.addLabel(si, k, c, sp)
	return true
}

// labelExchange says whether paragraph pi and the one before or after it
// are a question and its answer, each opened by an upper-case label
// ("WALLACE: … ?" then "TRUMP: …"): a transcript even when neither name
// recurs or is written elsewhere in ordinary case, as in a short excerpt.
// The question keeps a roundup's run of place labels ("KYIV: …",
// "MOSCOW: …") from being read as speakers.
func (f *finder) labelExchange(pi int) bool {
	d := f.d
	asks := func(p *para) bool { return d.is(p.te-1, "?") || d.toks[p.te-1].kind == tkDQ && d.is(p.te-2, "?") }
	if pi > 0 {
		p := &d.paras[pi-1]
		if asks(p) && f.labelEnd(p.ts, p.te) >= 0 {
			return true
		}
	}
	if pi+1 < len(d.paras) && asks(&d.paras[pi]) {
		p := &d.paras[pi+1]
		return f.labelEnd(p.ts, p.te) >= 0
	}
	return false
}

// addLabel records a transcript label (tokens k to the colon c) as the
// source of the paragraph's words sp.
func (f *finder) addLabel(si, k, c int, sp [2]int) {
	a := attr{cueS: c, cueE: c + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.6}, sent: si, srcS: k, srcE: c, coreE: c, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = c, c
	a.conf = 0.7
	f.attrs = append(f.attrs, a)
}

// labelEnd returns the colon after a run of one to four upper-case words
// starting at k, or -1.
func (f *finder) labelEnd(k, end int) int {
	d := f.d
	n := 0
	for i := k; i < end && i < k+6; i++ {
		switch {
		case d.is(i, ":"):
			if n == 0 || i+1 >= end {
				return -1
			}
			return i
		case d.word(i) && allUpperWord(d.r[d.toks[i].s:d.toks[i].e]):
			n++
			if n > 4 || d.in(i, wcLabelStop) {
				return -1
			}
		case d.is(i, ".") && n > 0:
		default:
			return -1
		}
	}
	return -1
}

// labelKnown says whether the label [k, c) recurs as another paragraph's
// label or its last word is a name the text writes in ordinary case.
func (f *finder) labelKnown(k, c int) bool {
	d := f.d
	last := c - 1
	for last > k && !d.word(last) {
		last--
	}
	name := d.lw(last)
	if f.labelKin(last) {
		return true
	}
	for i := range d.toks {
		if i >= k && i < c {
			continue
		}
		t := &d.toks[i]
		if t.kind != tkWord || !t.cap || d.lw(i) != name {
			continue
		}
		if !allUpperWord(d.r[t.s:t.e]) {
			return true // "Pence" elsewhere names the "PENCE" of the label
		}
		if d.is(i+1, ":") && (i == 0 || d.toks[i].para != d.toks[i-1].para || d.toks[i-1].kind == tkDQ) {
			return true
		}
	}
	return false
}

// allUpperWord: an upper-case word of two or more characters ("PENCE",
// not "I" or "A").
func allUpperWord(rs []rune) bool { return len(rs) >= 2 && allUpper(rs) }

// dashBylines finds quotations signed with a dash and a name: on the
// same line ("“…” ― Ana Ruiz"), on the next line ("- Bernie Sanders."),
// and embedded posts ("… — Ana Ruiz (@anaruiz) May 5, 2016"). It runs
// after the sentence layouts and takes only contents none of them claimed.
func (f *finder) dashBylines() {
	d := f.d
	for _, k := range d.scanned(swDash, 1, len(d.toks)) {
		k := int(k)
		if d.toks[k].kind != tkPunct || d.toks[k].quote != 0 || !isDashRune(d.r[d.toks[k].s]) {
			continue
		}
		n := k + 1
		if n < len(d.toks) && d.is(n, "-") && d.is(k, "-") {
			n++ // "--"
		}
		ne := d.signature(n)
		if ne < 0 {
			continue
		}
		para := d.toks[k].para
		src := ne
		handle := d.is(ne, "(") && ne+1 < len(d.toks) && d.toks[ne+1].para == para && d.is(ne+1, "@")
		if handle {
			for src < len(d.toks) && d.toks[src].para == para && !d.is(src, ")") {
				src++
			}
			if src >= len(d.toks) || d.toks[src].para != para {
				continue // no closing parenthesis: not a handle (fuzz: "0 0 -A(@!")
			}
			src++
		} else if ne < len(d.toks) && d.toks[ne].para == para && !d.is(ne, ".") && !d.is(ne, ",") {
			continue // the name must close its line: "- Sanders."
		}
		var sp [2]int
		var ok bool
		switch {
		case f.isClose(k-1) && d.toks[k-1].para == para:
			sg := f.segs[d.toks[k-1].quote-1]
			sp, ok = [2]int{sg.s, sg.e}, sg.words >= 3
		case d.toks[k-1].para != para && f.isClose(k-1):
			// The signature opens its own line under a quoted paragraph.
			sg := f.segs[d.toks[k-1].quote-1]
			p := &d.paras[d.toks[k-1].para]
			sp, ok = [2]int{sg.s, sg.e}, sg.s == p.s && sg.words >= 3
		case handle && d.toks[k-1].para == para:
			sp, ok = f.contentSpan(f.afterMarkup(d.paras[para].ts, k), k)
		}
		if !ok || f.claimed(sp) || len(f.sents) == 0 {
			continue
		}
		a := attr{cueS: k, cueE: n, entry: cueEntry{Type: CueSpeech, Prec: 0.6}, srcS: n, srcE: src, coreE: ne, inherit: -1, sent: f.sentOf(k)}
		if handle {
			a.entry.Type = CueWriting
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = ne, ne
		a.conf = 0.6
		f.attrs = append(f.attrs, a)
	}
}

// afterMarkup skips an embed tag opening a paragraph at ts ("<tweet
// id=… author=…>Words … — Ana Ruiz (@anaruiz)"): the post starts after
// it. Tokens up to end are searched.
func (f *finder) afterMarkup(ts, end int) int {
	d := f.d
	if !d.is(ts, "<") {
		return ts
	}
	for j := ts + 1; j < end; j++ {
		if d.is(j, ">") {
			return j + 1
		}
	}
	return ts
}

func isDashRune(r rune) bool { return r == '—' || r == '–' || r == '―' || r == '-' }

// signature returns the end of a name of one to five capitalised words
// (initials included) starting at k, or -1.
func (d *doc) signature(k int) int {
	i := k
	for i < len(d.toks) && i < k+7 && d.toks[i].para == d.toks[k].para {
		switch {
		case d.capWord(i):
			i++
		case i > k && d.is(i, ".") && d.toks[i-1].e-d.toks[i-1].s <= 3 && d.capWord(i+1):
			i++ // "Edwin G. Monroy", "Mr. Trump"
		default:
			if i == k {
				return -1
			}
			return i
		}
	}
	if i == k || i >= k+7 {
		return -1
	}
	return i
}

// claimed says whether an attribution already covers part of span sp.
func (f *finder) claimed(sp [2]int) bool {
	for _, a := range f.attrs {
		for _, fr := range a.frags {
			if fr[0] < sp[1] && sp[0] < fr[1] {
				return true
			}
		}
	}
	return false
}

// sentOf returns the sentence holding token k, or the last one before it:
// a signature line may stand outside the prose sentences.
func (f *finder) sentOf(k int) int {
	i := sort.Search(len(f.sents), func(i int) bool { return f.sents[i].te > k })
	if i == len(f.sents) || f.sents[i].ts > k && i > 0 {
		i--
	}
	return i
}

// namingVerbs give their object a name: "called him a “nice guy”",
// "described the plan as “reckless”".
var namingVerbs = setOf("call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling labelling brand brands branded branding describe describes described describing term terms termed deem deems deemed declare declares declared declaring")

// namingQuote says whether the naming verb at cue token c reaches a
// quotation within a short object from k: the quoted name is the
// evidence a weak cue lacks.
func (f *finder) namingQuote(c, k, end int) bool {
	d := f.d
	if f.asQuote(k, end) >= 0 {
		return true // "admires Putin as a “strong leader”"
	}
	if !d.in(c, wcNamingVerb) || d.is(c+1, "for") || d.is(c+1, "on") {
		return false // "called for", "called on" ask rather than name
	}
	for i := k; i < end && i < k+8; i++ {
		if f.isOpen(i) {
			return true
		}
		if d.toks[i].kind == tkPunct || d.toks[i].kind == tkSQ {
			return false
		}
	}
	return false
}

// titleInLead: a short quotation closing a leading adverbial ("Wednesday
// on Fox News’s “Hannity,” Gingrich said …", "Of Carson’s mangling of
// “Hamas,” Levine said …") is a title or a cited word, not what the
// speaker said; the report follows the cue.
func (f *finder) titleInLead(start, p int) bool {
	d := f.d
	if f.isOpen(start) || !d.word(start) {
		return false
	}
	w := d.lw(start)
	if w == "asked" || w == "when" && d.is(start+1, "asked") {
		return true // "Asked why …, on “CBS This Morning,” Sanders said …": the question
	}
	if f.titleQuote(p) {
		return true // "Kerry Washington, star of television’s “Scandal,” thanked …"
	}
	if !(venuePreps[w] || isWeekday(w) || isGerund(w) || w == "of" || w == "as" || w == "for" || w == "amid" || w == "despite") {
		return false
	}
	// A lower-case quotation standing after the lead phrase's comma ("On
	// Monday, “we will …,” Lee said") is the words, not a title in it.
	sg := f.segs[d.toks[p].quote-1]
	return sg.words <= 5 && !(d.is(sg.ot-1, ",") && d.word(sg.ot+1) && !d.toks[sg.ot+1].cap)
}

// phraseThenQuote: after a cue, a short prepositional phrase ("about
// Carson", "of the senator", "in an op-ed before the hearing") may stand
// between the cue and a quotation introduced by a colon or comma that
// closes the sentence. After "told" or "asked" (object true) the phrase
// may be the hearer: "asked the crowd, “Can she stay?”" — the question
// alone is the content; so may the object of a cue phrase that took the
// preposition ("said of" the senator, “…”). It returns the colon or
// comma, or k.
func (f *finder) phraseThenQuote(k int, s sent, object bool) int {
	d := f.d
	if !d.word(k) || !(object || d.in(k, wcVenuePrep) || d.lw(k) == "of" || d.lw(k) == "about") {
		return k
	}
	if d.is(k, "that") || d.in(k, wcWhWord|wcAuxVerb) {
		return k // "told them that “…”": the clause is the content
	}
	for i := k + 1; i < s.te && i < k+12; i++ {
		t := &d.toks[i]
		if t.quote != 0 {
			return k
		}
		if (d.is(i, ":") || d.is(i, ",")) && f.isOpen(i+1) {
			sg := f.segs[d.toks[i+1].quote-1]
			if sg.ct < 0 || sg.ct < s.te-2 || sg.words < 3 {
				return k
			}
			return i
		}
		if t.kind == tkPoss || d.is(i, "-") {
			continue
		}
		if t.kind != tkWord {
			return k
		}
		if d.in(i, wcAuxVerb|wcWhWord) || d.is(i, "that") || d.in(i, wcPronoun) && !d.is(i, "it") {
			return k
		}
		if n, _ := d.cueMatch(i); n > 0 && !d.toks[i].cap {
			return k
		}
	}
	return k
}

// mainAttr returns the sentence's first attribution with a source, whose
// clause a participle (", adding …") continues: "Christie repeated
// accusations that Rubio recites the same points, calling him …" is
// Christie's, not Rubio's. It returns -1 when there is none.
func (f *finder) mainAttr(si int) int {
	n := len(f.attrs)
	if n == 0 || f.attrs[n-1].sent != si {
		return -1
	}
	first := n - 1
	for first > 0 && f.attrs[first-1].sent == si {
		first--
	}
	for i := first; i < n; i++ {
		if f.attrs[i].srcS >= 0 {
			return i
		}
	}
	return -1
}

// namingEnd: the object of a naming verb ends with its quoted name when
// another clause or an aside follows ("called him a “nice guy” and he
// didn’t …", "called them “rapists” (although …)").
func (f *finder) namingEnd(k, end int) int {
	d := f.d
	for i := k; i < end; i++ {
		if !f.isOpen(i) {
			continue
		}
		c := f.segs[d.toks[i].quote-1].ct
		if c < 0 || c+1 >= end {
			return end
		}
		n := c + 1
		switch {
		case d.is(n, ",") && !f.isOpen(n+1) && !(d.is(c-1, ",") && d.word(n+1) && (d.lw(n+1) == "and" || d.lw(n+1) == "or")):
		case d.is(c-1, ",") && d.word(n) && isGerund(d.lw(n)): // "as a “strong leader,” comparing him …"
		case d.is(c-1, ",") && d.word(n) && (d.toks[n].cap || subjPronoun(d.lw(n))) && !d.in(n, wcNounDeterminer):
			// "a clip that the judge called “distasteful,” Santilli
			// expressed …": the sentence's main clause follows.
		case d.is(n, "and") && !f.isOpen(n+1) && !f.isOpen(n+2):
		case d.is(n, "(") || d.is(n, "–") || d.is(n, "—") || d.is(n, "-") || d.is(n, ";"):
		default:
			return end
		}
		return c + 1
	}
	return end
}

// asQuote returns the opening mark of a quotation that characterises a
// short object after "as" ("Putin as a “strong leader”", "the plan as
// “reckless”"), or -1.
func (f *finder) asQuote(k, end int) int {
	d := f.d
	lim := k + 8
	for i := k; i < end && i < lim; i++ {
		if d.is(i, ",") && i > k && d.toks[i].quote == 0 {
			// "the candidate, who is his friend, as “Mr. Trump”": an
			// aside between the object and "as".
			c := i + 1
			for c < end && c < i+12 && d.toks[c].quote == 0 && !d.is(c, ",") {
				c++
			}
			if !d.is(c, ",") || d.toks[c].quote != 0 {
				return -1
			}
			if !d.is(c+1, "as") {
				// "the widow, Anita, who he helped, as “…”": a second aside.
				e := c + 1
				for e < end && e < c+12 && d.toks[e].quote == 0 && !d.is(e, ",") {
					e++
				}
				if !d.is(e, ",") || !d.is(e+1, "as") || d.toks[e].quote != 0 {
					return -1
				}
				c = e
			}
			lim += c - i
			i = c
			continue
		}
		if d.is(i, "as") && d.toks[i].quote == 0 && i > k {
			j := i + 1
			if d.word(j) && d.in(j, wcDeterminer) {
				j++
			}
			if f.isOpen(j) {
				return j
			}
			return -1
		}
		if d.toks[i].quote != 0 || !d.word(i) && d.toks[i].kind != tkPoss {
			return -1
		}
	}
	return -1
}

// asQuoteVerb: a verb outside the cue lexicon that characterises its
// object with a quotation: "Trump openly admires Putin as a “strong
// leader”", "Reid has gone after Trump as a “con artist”".
func (f *finder) asQuoteVerb(k int, s sent) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || k == s.ts {
		return false
	}
	if !d.shaped(k, shS|shEd) || d.in(k, wcNPStop|wcAuxVerb|wcDeterminer) {
		return false
	}
	p := k - 1
	for p > s.ts && d.word(p) && (d.in(p, wcSkipBetween) || d.shaped(p, shLy)) {
		p--
	}
	if !(d.capWord(p) || d.word(p) && d.in(p, wcPronoun) && d.lw(p) != "who") {
		return false
	}
	o := k + 1
	if d.word(o) && (d.lw(o) == "after" || d.lw(o) == "on") {
		o++ // "has gone after Trump as …"
	}
	return f.asQuote(o, s.te) >= 0
}

// pollWords name the surveys whose respondents speak through them.
var pollWords = setOf("poll polls survey surveys study")

// pollLead: "In a Washington Post-ABC News poll, 75 percent of
// Republicans said …" — PolNeAR gives the words to the poll. It returns
// the poll phrase when the sentence opens with one and the source b
// follows it, else -1, -1.
func (f *finder) pollLead(s sent, b int) (int, int) {
	d := f.d
	if !d.is(s.ts, "in") || b <= s.ts+2 || !d.is(b-1, ",") {
		return -1, -1
	}
	poll := false
	for k := s.ts + 1; k < b-1; k++ {
		if d.toks[k].quote != 0 || d.is(k, ",") {
			return -1, -1
		}
		if d.in(k, wcPollWord) {
			poll = true
		}
	}
	if !poll || !d.word(b) || !(isNumberWord(d.lw(b)) || d.in(b, wcQuantifier) || d.lw(b) == "just" || d.lw(b) == "only" || d.lw(b) == "about" || d.lw(b) == "nearly" || d.lw(b) == "almost") {
		return -1, -1
	}
	return s.ts + 1, b - 1
}

// thatAhead finds the "that" opening the content of a strong cue after
// a circumstance longer than skipVenue takes: "said Thursday during
// taping of a MSNBC town hall in Buffalo, New York, that …", "is telling
// a packed crowd in snowy Windham on the final day that …". The words
// between may hold no verb, quotation or relative word. It returns the
// "that", or k.
func (f *finder) thatAhead(a *attr, k int, s sent) int {
	d := f.d
	if k < s.te && isDashTok(d, k) && d.toks[k].quote == 0 && !(a.cueE-a.cueS > 1 && d.in(a.cueE-2, wcDeterminer)) {
		// A dash aside right after the cue holds no content of its own,
		// whatever the cue's precision: "believes — like many — that …".
		// After a cue that ends in its object ("unveiled a proposal —
		// a costly one — that …") the "that" is a relative pronoun.
		if j := f.dashAsideThat(k, min(s.te, k+tuneThatAhead)); j > 0 {
			return j
		}
	}
	if d.is(k, "that") || a.entry.Prec < 0.5 || k >= s.te || !d.word(k) && !d.is(k, ",") && !isDashTok(d, k) {
		return k
	}
	for i := k; i < s.te && i < k+tuneThatAhead; i++ {
		t := &d.toks[i]
		if t.quote != 0 || d.is(i, ";") || d.is(i, ":") || d.is(i, "(") {
			return k
		}
		if isDashTok(d, i) {
			if !f.circumstance(k, i) {
				return k // "praised the program — a rare success — that …": a relative clause
			}
			if j := f.dashAsideThat(i, min(s.te, k+tuneThatAhead)); j > 0 {
				return j
			}
			continue
		}
		if t.kind == tkPoss || d.is(i, ",") {
			continue
		}
		if t.kind != tkWord {
			return k
		}
		w := d.lw(i)
		if w == "that" {
			if d.in(i+1, wcTimeNoun) {
				i++
				continue
			}
			// After a comma, a name or a venue word "that" opens a
			// clause; after another noun it may be a relative pronoun.
			if pw := d.lw(i - 1); i > k && (d.is(i-1, ",") || d.capWord(i-1) || venueNouns[pw] || timeNouns[pw] || durationNouns[pw] || isWeekday(pw)) {
				return i
			}
			return k
		}
		if d.in(i, wcAuxVerb|wcWhWord) || w == "who" || d.in(i, wcPronoun) && w != "it" || w == "and" || w == "but" || w == "if" {
			return k
		}
		if n, e := d.cueMatch(i); n > 0 && e.Prec >= 0.3 && !t.cap {
			return k
		}
		if strings.HasSuffix(w, "ed") && !t.cap && !venueNouns[w] && !timeWords[w] {
			return k // a verb of its own: "said the plan failed that …"
		}
	}
	return k
}

// tuneThatAhead is how far after a strong cue its "that" may stand.
const tuneThatAhead = 16

// tuneBlockMin is the fewest tokens an unquoted block paragraph after
// "X writes:" needs to be taken as content: a line like "Here it is."
// is no quotation.
const tuneBlockMin = 8

// titleQuote says whether the quotation closing at token p is a short
// title in title case ("“The Apprentice,”", "”This Week,”"), which
// names a show or a book rather than quoting words.
func (f *finder) titleQuote(p int) bool {
	d := f.d
	sg := f.segs[d.toks[p].quote-1]
	if sg.words == 0 || sg.words > 5 {
		return false
	}
	for k := sg.ot + 1; k < p; k++ {
		if d.word(k) && !d.toks[k].cap && !(k > sg.ot+1 && (d.lw(k) == "of" || d.lw(k) == "the" || d.lw(k) == "and" || d.lw(k) == "with" || d.lw(k) == "a" || d.lw(k) == "in" || d.lw(k) == "on")) {
			return false
		}
	}
	return true
}

// tuneQuoted is the shrunk cue precision enough for "X verb …" when the
// content holds a quotation of two or more words; set on PolNeAR train.
const tuneQuoted = 0.15

// quotedWithin says whether a quotation of two or more words opens in
// tokens [a, b).
func (f *finder) quotedWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if f.isOpen(k) && f.segs[f.d.toks[k].quote-1].words >= 2 {
			return true
		}
	}
	return false
}

// irregularPastIn says whether a lower-case irregular past tense ("grew",
// "rose", "won") stands among tokens [a, b) outside quotations.
func (f *finder) irregularPastIn(a, b int) bool {
	d := f.d
	for j := a; j < b; j++ {
		if d.word(j) && d.toks[j].quote == 0 && !d.toks[j].cap && irregularPast[d.lw(j)] {
			return true
		}
	}
	return false
}

// thoughtVerb says whether a preposed cue is a verb of thought or
// attitude, the lexicon's CueThought class ("want", "doubt", "fear",
// "know"). After its subject such a verb reports the subject's mind,
// and PolNeAR marks it so whatever its object: "voters want to limit
// immigration", "observers doubt they would". Its learned precision is
// low because the same words are as often nouns, perception or taste;
// thoughtClauseCue's tests for a noun ("their hope", "the mounting
// fears"), a negation and an earlier report in the sentence hold here
// too. A modal makes the attitude hypothetical ("voters would see",
// "should consider"); "of" or "for" beside the word makes it a noun ("a
// grim view of", "their best hope for"); "see" is perception ("saw the
// ferry leave"; its view sense is regardAsCue's) and "like" taste or
// habit ("likes to meet on Fridays"). On cross-fitted train halves
// about half of what this admits is exactly right.
func (f *finder) thoughtVerb(a *attr) bool {
	d := f.d
	k := a.cueS
	if a.entry.Type != CueThought || d.toks[k].cap || perceptOrTaste[d.lw(a.cueE-1)] || perceptOrTaste[d.lw(k)] {
		return false
	}
	for j := k - 1; j < a.cueE; j++ {
		if w := d.lw(j); j >= 0 && (modalVerbs[w] || negatedAux(w) || w == "not" || w == "never") {
			return false // "did not want", "would see"
		}
	}
	if f.nounBefore(k) && !d.in(k-1, wcStandalone) || d.is(k-1, "only") || f.modifiedThoughtNoun(k) || d.is(k-2, "as") && d.in(k-1, wcSubjPronoun) {
		return false // "their hope", "the only hope", "news as we know it"; "some believe", "most oppose" are subjects
	}
	if w := d.lw(k - 1); d.word(k-1) && !d.toks[k-1].cap && adjectiveLike(w) && !titleWords[w] && !knownHead(w) {
		return false // "raised serious doubts about …": an adjective before a noun; "strategists think" is a title's
	}
	if k >= 2 && d.word(k-1) && d.word(k-2) && !d.toks[k-1].cap && !d.toks[k-2].cap && isPast(d.lw(k-2)) && !d.in(k-2, wcAuxVerb) && !lyAdverb(d.lw(k-1)) && !d.in(k-1, wcKnownHead) {
		return false // "raised grave doubts": the verb's object, modified
	}
	for _, j := range [2]int{a.cueE - 1, a.cueE} {
		if d.is(j, "of") || d.is(j, "for") {
			return false
		}
	}
	for i := len(f.attrs) - 1; i >= 0 && f.attrs[i].sent == a.sent; i-- {
		if f.attrs[i].cueS < k {
			return false // "Reyes said the pier is unsafe and she felt …"
		}
	}
	return true
}

// nounThatAhead says whether a "that" follows the first token of the
// object [k, e): "doubted a claim from the auditor that …" holds a
// noun's own clause, which the noun's cue reads.
func (f *finder) nounThatAhead(k, e int) bool {
	d := f.d
	for j := k + 1; j < e; j++ {
		if d.is(j, "that") && d.toks[j].quote == 0 {
			return true
		}
	}
	return false
}

// perceptOrTaste are thought-class verbs whose plain sense is perception
// or taste, not a held view.
var perceptOrTaste = setOf("see sees saw seen seeing like likes liked liking")

// shortNeed is the precision a cue needs for a content under four words
// ("criticized the pact", "opposed those rulings"). A confident cue
// (tunePre) suffices, except where the short object is as often no
// content: after a "call" verb, which also telephones ("called Kim
// twice"; its naming reading is namingSmallClause's), and after a cue
// ending in a preposition ("refused to comment on those tolls"), whose
// shorter cue reads the phrase better.
func (f *finder) shortNeed(a *attr) float64 {
	d := f.d
	if d.inLex(a.cueS, lcCallVerb) || a.cueE-a.cueS > 1 && relCuePreps[d.lw(a.cueE-1)] {
		return tuneShort
	}
	return tunePre
}

// accordingOpensReport says whether an "according to" that opens its
// sentence is followed by what looks like an apposition running to the
// sentence's end: "According to the Pentagon, the strike killed 12
// militants." Nothing would be left to report, so the "apposition" is
// the reported clause, its verb a plain past form appositionTail lets
// through.
func (f *finder) accordingOpensReport(a *attr, s sent, ne, e int) bool {
	d := f.d
	if e < s.te && !(d.is(e, ".") && e+1 >= s.te) {
		// "According to Smith, the two men met twice, and the deal
		// collapsed.": a ", and" clause after it shows the apposition
		// was a clause too, when it has a verb of its own.
		if !d.is(e, ",") || !d.is(e+1, "and") && !d.is(e+1, "but") || !f.hasVerb(ne+1, e) && !f.irregularPastIn(ne+1, e) {
			return false
		}
	}
	_, before := f.contentSpan(f.clauseStart(s, a.cueS), a.cueS)
	return !before
}

// datedSourceBack finds a source that a dating participle and its time
// phrase close before the cue at j+1: "…, a poll released Monday
// found.", "…, a memo sent last week said." It returns the phrase's
// first token, or -1.
func (f *finder) datedSourceBack(j, lim int) int {
	d := f.d
	t, saw := j, false
	for t > lim && d.word(t) && d.toks[t].quote == 0 {
		if d.in(t, wcTimeWord) && !d.in(t, wcPronoun) || d.in(t, wcWeekday) || d.in(t, wcTimeWordS) {
			saw = true
		} else if !saw || !(isNumberWord(d.lw(t)) || timeQualifiers[d.lw(t)]) {
			break
		}
		t--
	}
	if !saw || t <= lim || !d.word(t) || d.toks[t].cap || !datingParticiples[d.lw(t)] {
		return -1
	}
	b := d.npBack(t-1, lim)
	if b < 0 {
		return -1
	}
	return d.postmodBack(b, lim)
}

// contactPreps end a noun phrase read backwards: "a list of countries
// he said had …" has no determiner of its own before "countries".
var contactPreps = setOf("of for about from with to in on at by into than as like over under after before")

// presentSayRel: "a rule that critics say is unfair", "hackers who
// officials say are tied to …": a bare present "say" after "that" or
// "who" (not "what", whose free relative names a thing) with the
// clause's verb right after it, as whRelative requires. Train: 3 of 4
// such readings are marked, all 3 exactly.
func (f *finder) presentSayRel(a *attr, h int) bool {
	d := f.d
	return a.cueE == a.cueS+1 && (d.is(a.cueS, "say") || d.is(a.cueS, "says")) && (d.is(h, "that") || d.is(h, "who"))
}

// contactSayRel: "a probe the agency said was ongoing", "a decision they
// say allowed it": a relative clause with no pronoun, whose "say" bridges
// to a verb lacking its subject, the noun before the source. PolNeAR
// takes the content from that noun phrase's determiner to the clause's
// end. The noun must carry its own determiner a few words back ("a list
// of countries he said had …" has none) and the source must be a
// pronoun, a name or a determined phrase.
func (f *finder) contactSayRel(a *attr, s sent, b, j, srcEnd int) bool {
	d := f.d
	k := a.cueE
	if a.cueE != a.cueS+1 || !d.in(a.cueS, wcPlainSay) || j+1 != a.cueS || k >= s.te || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	if w := d.lw(k); !relVerbs[w] && !(isPast(w) && !npStop[w]) {
		return false
	}
	if !d.word(b) || d.toks[b].quote != 0 || !(subjectPronouns[d.lw(b)] || d.toks[b].cap || innerDeterminers[d.lw(b)]) {
		return false
	}
	n := b - 1
	if !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 {
		return false
	}
	if w := d.lw(n); npStop[w] || auxVerbs[w] || d.in(n, wcPronoun|wcDeterminer) || contactPreps[w] || strings.HasSuffix(w, "ly") || isGerund(w) {
		return false
	}
	det := -1
	for i := n - 1; i >= s.ts && i >= n-3; i-- {
		if !d.word(i) || d.toks[i].quote != 0 || d.toks[i].cap {
			break
		}
		if innerDeterminers[d.lw(i)] {
			det = i
			break
		}
		if d.in(i, wcNPStop) || contactPreps[d.lw(i)] {
			break // "a list of countries he said had …": the noun is not the determiner's
		}
	}
	if det < 0 || det-1 == s.ts && d.word(s.ts) && contactPreps[d.lw(s.ts)] {
		return false // "In the end he said was …": an opening phrase, not a noun's clause
	}
	return f.relClauseContent(a, s, det, b, j, srcEnd, 0.6)
}
