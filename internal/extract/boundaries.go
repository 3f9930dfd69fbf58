package extract

import "strings"

// contentSpan turns tokens [a, b) into a code-point span, dropping
// surrounding punctuation that stands outside quotation marks.
func (f *finder) contentSpan(a, b int) ([2]int, bool) {
	d := f.d
	for a < b && d.toks[a].kind == tkPunct && d.toks[a].quote == 0 && !f.gluedSign(a, b) {
		a++
	}
	for b > a && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkSQ) && d.toks[b-1].quote == 0 && !f.closesInside(a, b-1) {
		b--
	}
	words := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tkWord {
			words++
		}
	}
	if words < 2 && !(words == 1 && f.isOpen(a) && f.isClose(b-1)) {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[a].s), int(d.toks[b-1].e)}, true
}

// gluedSign says whether token k is a sign that belongs to the number or
// word glued after it: "$1 trillion", "#NeverTrump".
func (f *finder) gluedSign(k, b int) bool {
	d := f.d
	if k+1 >= b || d.toks[k].e != d.toks[k+1].s {
		return false
	}
	switch d.r[d.toks[k].s] {
	case '$', '£', '€', '#':
		return true
	}
	return false
}

// closesInside says whether token k ends something opened in [a, k),
// which the content keeps: "(TPP)", "22%", "‘Honesty Is In Question.’".
func (f *finder) closesInside(a, k int) bool {
	d := f.d
	switch {
	case d.is(k, "%"):
		return k > a && d.toks[k-1].e == d.toks[k].s
	case d.is(k, ")"):
		for i := k - 1; i >= a; i-- {
			if d.is(i, "(") {
				return true
			}
		}
	case d.toks[k].kind == tkSQ:
		// An opening single mark: glued to the word after it, not to
		// the one before.
		for i := k - 1; i >= a; i-- {
			if d.toks[i].kind == tkSQ && i+1 < k && d.toks[i+1].s == d.toks[i].e && (i == 0 || d.toks[i-1].e < d.toks[i].s) {
				return true
			}
		}
	}
	return false
}

func (f *finder) words(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if f.d.toks[k].kind == tkWord {
			n++
		}
	}
	return n
}

// isClose says whether token k is the closing mark of a quote.
func (f *finder) isClose(k int) bool {
	if uint(k) >= uint(len(f.d.toks)) {
		return false
	}
	t := &f.d.toks[k]
	return t.kind == tkDQ && t.quote > 0 && f.segs[t.quote-1].ct == k
}

func (f *finder) isOpen(k int) bool {
	if uint(k) >= uint(len(f.d.toks)) {
		return false
	}
	t := &f.d.toks[k]
	return t.kind == tkDQ && t.quote > 0 && f.segs[t.quote-1].ot == k
}

// skipVenue moves past venue and time phrases after a cue ("on Thursday",
// "at a news conference in Paris", "in a statement") and returns the
// next token.
func (f *finder) skipVenue(k, end int) int {
	d := f.d
	for k < end {
		w := d.lw(k)
		switch {
		case d.word(k) && d.in(k, wcWeekday), d.in(k, wcTimeWord):
			if d.possTime(k, end) {
				return k // "said Tuesday’s vote was …": the possessive's noun phrase opens the content
			}
			k++
		case d.atLeastTimes(k) > k:
			k = d.atLeastTimes(k) // "has said at least twice that …"
		case (w == "for" || w == "in" || w == "over") && d.duration(k) > k:
			k = d.duration(k) // "has said for weeks he is …"
		case f.adverbialLead(k, end) > k:
			return f.adverbialLead(k, end) // "said before leaving office, he would …"
		case f.adjunctThat(k, end) > k:
			k = f.adjunctThat(k, end) // "said through a spokesman that …", "testified under oath that …"
		case f.adverbThat(k, end):
			k++ // "noted repeatedly that …", "said only that …"
		case d.inLex(k, lcPostedVenue) && k > 0 && d.in(k-1, wcVenueNoun) && d.in(k+1, wcVenuePrep):
			k++ // "said in a video posted on Facebook that …"
		case d.in(k, wcVenuePrep) && !d.atLeast(k):
			j := k + 1
			for j < end && j-k < 8 && d.word(j) && d.toks[j].quote == 0 && !d.is(j, "that") {
				jw := d.lw(j)
				if d.in(j, wcDeterminer) && j > k+2 && (d.in(j-1, wcVenueNoun) || d.toks[j-2].kind == tkPoss) && d.word(j+1) && !d.in(j+1, wcTimeNoun) && !d.in(j+1, wcTimeWord) {
					break // "at a briefing the deal was off": the determiner opens the content
				}
				// "and" between capitalised words joins one name ("to the
				// Securities and Exchange Commission", "to Smith and Jones").
				if !(d.in(j, wcDeterminer) || d.toks[j].cap || d.in(j, wcVenueNoun|wcWeekday) || isYear(jw) || j+1 < len(d.toks) && d.toks[j+1].kind == tkPoss && (f.possHead(j+2) || d.in(j, wcTimeWord)) || f.possHead(j) || jw == "point" && d.is(j-1, "one") || jw == "of" || jw == "and" && d.toks[j-1].cap && d.capWord(j+1) || jw == "social" || jw == "media" || jw == "news" || jw == "press" || jw == "phone" || jw == "video") || f.nextPhrase(k, j) {
					break
				}
				j++
				if j < end && d.toks[j].kind == tkPoss {
					j++
				}
			}
			if j > k+1 && j < end && d.in(j-1, wcDeterminer) && d.word(j) && !d.toks[j].cap && d.toks[j].quote == 0 && k > 0 && leadPhraseCues[d.lw(k-1)] && f.leadPhraseAt(k, end, true) {
				return k // "said despite the storm, the pier …": the phrase opens the content
			}
			if j == k+1 {
				if f.venueComplement(k, end) {
					k += 2 // "said at a meeting with residents that …"
					continue
				}
				return k
			}
			if f.venuePhraseHead(j, end) {
				j++ // "on the convention floor that …", "on his Twitter feed that …"
			}
			if jw := d.lw(j - 1); d.in(j-1, wcDeterminer) && !quantifiers[jw] || isYear(jw) {
				j = f.venueRunOn(j, end) // "in his 1990 autobiography that …"
			}
			k = j
		default:
			return k
		}
	}
	return k
}

// adjunctPreps open a phrase of manner, channel or occasion between a
// reporting verb and its that-clause. "to" is left out: it opens an
// infinitive as often ("to make sure that …").
var adjunctPreps = setOf("on at in during via from over through under of throughout alongside amid after before around")

// timeDegrees measure a time phrase before its preposition: "said
// shortly after 2 p.m. that …", "told just before the vote that …".
var timeDegrees = setOf("shortly just soon long right moments minutes hours days weeks")

// adjunctThat returns the "that" after a prepositional phrase that runs
// from k straight into a that-clause with its own subject ("said through
// a spokesman that the talks had failed", "testified under oath that …",
// "has said on several occasions that …", "said back in 2012 that …"),
// or -1. PolNeAR starts such contents at "that" (92 of 120 on train, the
// rest mostly other misreadings); the venue list knows only venue nouns.
// The phrase holds no verb, pronoun subject, cue or comma, so a relative
// "that" inside a longer content ("said in a letter that she wrote …")
// stays out.
func (f *finder) adjunctThat(k, end int) int {
	d := f.d
	if d.is(k, "back") || (d.is(k+1, "after") || d.is(k+1, "before")) && timeDegrees[d.lw(k)] {
		k++
	}
	if k+3 >= end || !d.word(k) || d.toks[k].cap || !d.inLex(k, lcAdjunctPrep) || d.atLeast(k) {
		return -1
	}
	name := false
	for j := k + 1; j < end && j-k <= 6; j++ {
		if d.is(j, "that") {
			if j == k+1 || !(d.capWord(j+1) || d.word(j+1) && thatSubjects[d.lw(j+1)]) {
				return -1
			}
			return j
		}
		if d.toks[j].kind == tkPoss {
			continue
		}
		w := d.lw(j)
		if j == k+1 && (w == "about" || w == "around") && d.word(j+1) && isNumberWord(d.lw(j+1)) {
			continue // "said at about 3 p.m. that …"
		}
		if !d.word(j) || d.toks[j].quote != 0 || subjectPronouns[w] || d.in(j, wcAuxVerb) || isPast(w) && !d.toks[j].cap || isGerund(w) || d.cueAt(j) > 0 || d.in(j, wcNPStop) && !d.in(j, wcDeterminer) {
			return -1
		}
		if name && !d.toks[j].cap {
			return -1 // "dismissed on Vell Radio rumors that …": the noun after the name is the object
		}
		name = d.toks[j].cap
	}
	return -1
}

// thatAdverbs stand between a cue and its that-clause: "said only
// that …", "argued instead that …". "now" is left out ("now that …"
// opens a clause), and so is "just" ("proposed just that").
var thatAdverbs = setOf("only instead however again later")

// lyVerbs end in "ly" but are verbs: "would imply that …".
var lyVerbs = setOf("imply reply apply supply multiply rely")

// adverbThat says whether the adverb at k stands between a cue and a
// that-clause with its own subject ("noted repeatedly that he …", "said
// only that the …"). PolNeAR starts the content at "that": 23 gold
// contents on train do after such an adverb, none at the adverb (2 at
// "just that", a pronoun).
func (f *finder) adverbThat(k, end int) bool {
	d := f.d
	if k+2 >= end || !d.is(k+1, "that") || !d.word(k) || d.toks[k].cap {
		return false
	}
	if w := d.lw(k); !thatAdverbs[w] && !(lyAdverb(w) && !lyNouns[w] && !lyAdjectives[w] && !lyVerbs[w]) {
		return false
	}
	n := k + 2
	return d.capWord(n) || d.word(n) && thatSubjects[d.lw(n)] || f.isOpen(n)
}

// commaAsideOpeners open an aside set off by commas between a cue and
// its content: "described, in blistering terms, a set of …", "refused,
// apparently on principle, to pay …". Subordinators ("if elected", "when he
// does", "as I do") are left out: their clause is often the content's.
var commaAsideOpeners = setWith(asideAdverbs, "in with without for before after at on by during under despite")

// commaAside returns where the content starts when an aside set off by
// commas stands right after the cue: a preposition or adverb and a few
// words without a verb, pronoun subject or quotation. PolNeAR starts the
// content after the aside (18 gold contents on train, 1 at it: "know,
// in the land of the blind, a one-eyed man is king"). It returns k
// when there is none.
func (f *finder) commaAside(k, end int) int {
	d := f.d
	if k+3 >= end || !d.is(k, ",") || d.toks[k].quote != 0 || !d.word(k+1) || d.toks[k+1].cap {
		return k
	}
	// A lone "-ly" adverb comments on the content ("say, frankly, the
	// plan is dead"); one that opens a phrase is the aside ("saying,
	// apparently for the first time, that …").
	w := d.lw(k + 1)
	ly := lyAdverb(w) && !lyNouns[w] && !lyAdjectives[w] && !lyVerbs[w]
	if !commaAsideOpeners[w] && !ly {
		return k
	}
	for j := k + 2; j < end && j <= k+7; j++ {
		if d.is(j, ",") && d.toks[j].quote == 0 {
			if ly && j == k+2 {
				return k
			}
			n := j + 1
			if n >= end || !d.word(n) && !f.isOpen(n) {
				return k
			}
			for i := n + 1; i < end; i++ {
				if f.isOpen(i) && (d.is(i-1, ",") || d.is(i-1, ":")) {
					return k // "said, in reference to her child, a girl born …, “…”": the quotation is the content
				}
			}
			return n
		}
		if !d.word(j) && d.toks[j].kind != tkPoss || d.toks[j].quote != 0 || d.in(j, wcAuxVerb|wcBeForm|wcSubjPronoun) || d.is(j, "that") {
			return k
		}
	}
	return k
}

// thatSubjects open the subject of a clause after "that": determiners
// and subject pronouns.
var thatSubjects = setOf("the a an he she they it we i you his her their its our this these those some many most no there")

// venueComplementPreps join a bare plural to the venue phrase before
// them: "at a meeting with residents", "in a speech to supporters".
var venueComplementPreps = setOf("with to for before among")

// venueComplement says whether the preposition at k, right after a venue
// phrase's noun or name, takes a bare plural that ends the venue ("said
// on a call with analysts that …", "said at a rally in Ohio with
// supporters on Friday that …"): only a "that", another venue phrase or
// a time word may follow, so a plural heading the content ("said in a
// letter to donors lists …") stays out.
func (f *finder) venueComplement(k, end int) bool {
	d := f.d
	if k < 1 || k+2 >= end || !venueComplementPreps[d.lw(k)] || !(d.in(k-1, wcVenueNoun) || d.toks[k-1].cap && d.word(k-1) && !isWeekday(d.lw(k-1))) {
		return false
	}
	n := k + 1
	if !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 || !pluralNoun(d.lw(n)) || d.in(n, wcNPStop) {
		return false
	}
	if c, _ := d.cueMatch(n); c > 0 || d.in(n, wcNounByNoun) || d.in(n, wcVoicedNoun) || docNouns[d.lw(n)] {
		return false // "responded in a letter to claims that …": the plural is the cue's object
	}
	w := d.lw(n + 1)
	return d.is(n+1, "that") || venuePreps[w] && !d.atLeast(n+1) || timeWords[w] || isWeekday(w)
}

// venuePhraseHead says whether the lower-case word j heads the venue phrase
// that a name or venue noun before it opens, a "that" clause following:
// "on the convention floor that …". A plural or a cue ("dismissed on
// Fox rumors that …") heads the content instead.
func (f *finder) venuePhraseHead(j, end int) bool {
	d := f.d
	if j+1 >= end || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 || !d.is(j+1, "that") || !d.toks[j-1].cap && !d.in(j-1, wcVenueNoun) {
		return false
	}
	w := d.lw(j)
	return !npStop[w] && !determiners[w] && !pluralNoun(w) && !d.strongCue(j)
}

// sForm says whether w ends in a single "s": a plural noun or a verb's
// third person ("voters", "says"), not "press" or "boss".
func sForm(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// pluralNoun guesses a plural from its -s, but not -ss, -us or -is
// ("campus", "bus", "basis").
func pluralNoun(w string) bool {
	return sForm(w) && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// atLeast says whether token k opens "at least" or "at most", which
// bound a number ("said at least six planes …"), not a venue; "at least
// twice" counts occasions, as a time phrase does (atLeastTimes).
func (d *doc) atLeast(k int) bool {
	return d.is(k, "at") && (d.is(k+1, "least") || d.is(k+1, "most")) && d.toks[k].quote == 0 && d.atLeastTimes(k) == k
}

// atLeastTimes returns the token after "at least once", "at least twice"
// or "at least three times" starting at k, or k.
func (d *doc) atLeastTimes(k int) int {
	if !d.is(k, "at") || !(d.is(k+1, "least") || d.is(k+1, "most")) {
		return k
	}
	switch {
	case d.is(k+2, "once") || d.is(k+2, "twice"):
		return k + 3
	case d.word(k+2) && isNumberWord(d.lw(k+2)) && d.is(k+3, "times"):
		return k + 4
	}
	return k
}

// duration returns the token after a span of time starting at k, which
// a perfect report puts between its verb and its content ("has said for
// weeks he is …", "has questioned in recent days whether …", "has
// declined for years to …"), or k: "for" or "over" with plural time
// nouns ("for weeks", "for the past two years", "over the years"), "for
// some time", "in recent days".
func (d *doc) duration(k int) int {
	if !d.is(k, "for") && !d.is(k, "in") && !d.is(k, "over") || d.toks[k].quote != 0 {
		return k
	}
	j := k + 1
	switch {
	case d.is(k, "in"):
		if !d.is(j, "recent") {
			return k
		}
		j++
	case d.is(j, "some") || d.is(j, "a") && d.is(j+1, "long"):
		if d.is(j, "a") {
			j++
		}
		if !d.is(j+1, "time") {
			return k
		}
		return j + 2
	case d.is(j, "the") && (d.is(j+1, "past") || d.is(j+1, "last")):
		j += 2
		if d.word(j) && isNumberWord(d.lw(j)) {
			j++
		}
	case d.is(k, "over") && d.is(j, "the"):
		j++ // "over the years"
	}
	// Before "of" the time noun heads a noun phrase, no span of time:
	// "over the years of the war".
	if d.word(j) && durationNouns[d.lw(j)] && d.toks[j].quote == 0 && !d.is(j+1, "of") {
		return j + 1
	}
	return k
}

// postedVenue are participles that place a venue ("a video posted on
// Facebook", "an interview aired on Sunday").
var postedVenue = setOf("posted published broadcast aired released shared uploaded streamed")

// isYear: "2014" in "found in 2014 that …".
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// leadStart is where a content placed before its attribution begins:
// the sentence start, or after a leading participle or "despite" phrase
// ("Boasting 108,000 residents, the county leans …, according to …"),
// or after a leading "Though …," clause (outside 5 of 6 gold contents).
func (f *finder) leadStart(s sent, lim int) int {
	d := f.d
	w := d.lw(s.ts)
	if w == "when" && d.is(s.ts+1, "asked") {
		w = "asked" // "When asked why, Sembler responded: …"
	}
	if !d.word(s.ts) || !(isGerund(w) || w == "asked" || w == "despite" || w == "though" || w == "although") {
		return d.skipLeadConnective(s.ts, lim)
	}
	for k := s.ts + 1; k < lim-1; k++ {
		if d.is(k, ",") && d.toks[k].quote == 0 {
			return k + 1
		}
	}
	if w == "asked" {
		return lim // "When asked why, Sembler responded": the question is no content
	}
	return s.ts
}

// quoteStart is where the content of a quotation closing at token p
// begins: the sentence start, or the opening mark when a colon
// introduces the quotation ("Her verdict: “…,” she said.").
func (f *finder) quoteStart(s sent, p int) int {
	d := f.d
	sg := f.segs[d.toks[p].quote-1]
	if sg.ot > s.ts && (d.is(sg.ot-1, ":") || d.is(sg.ot-1, "(")) {
		return sg.ot // "… blowback (“I want my dues back,” wrote one member) and …": the aside's quotation only
	}
	if sg.ot > s.ts+1 && isDashTok(d, sg.ot-1) && d.word(sg.ot-2) && !f.resumedQuote(s, sg.ot-1) {
		return sg.ot // "… unserious - “We need details,” she said - and …": a dash aside's quotation, as in parentheses
	}
	// "Yet, “…,” he added", "…, but despite it all, “…,” said Kunin":
	// after a comma the quotation stands on its own.
	if sg.ot > s.ts && d.is(sg.ot-1, ",") && (d.capWord(sg.ot+1) || d.word(sg.ot+1) && d.toks[sg.ot+1].cap) {
		return sg.ot // a quoted sentence, capitalised; "…, "allows us …"" continues the clause
	}
	return f.leadStart(s, p)
}

// resumedQuote says whether the dash at k closes an aside that broke a
// quotation off ("“I don't think the wisdom” -- that he is a nanny --
// “is going to last,” he says"): the quotation after it resumes the
// one before, and the content runs over both.
func (f *finder) resumedQuote(s sent, k int) bool {
	d := f.d
	for i := k - 1; i > s.ts; i-- {
		if d.toks[i].quote != 0 {
			continue
		}
		if isDashTok(d, i) {
			return f.isClose(i - 1)
		}
	}
	return false
}

// midTail continues a content after a parenthetical attribution:
// "In his state, Christie said, offenders are sent to treatment."
//
// It reports false when a quotation continues the clause but the piece
// before the attribution cannot carry it: the reading is then wrong.
func (f *finder) midTail(a *attr, s sent, k int) bool {
	d := f.d
	// After a whole quotation only another quotation continues it; a
	// clause that ends in quoted words goes on only into words that
	// cannot stand alone (boundClause).
	end := a.frags[0][1]
	quoteEnd := isDQ(markEnd(d.r, end)) || isSQ(markEnd(d.r, end))
	whole := quoteEnd && (isDQ(markStart(d.r, a.frags[0][0])) || isSQ(markStart(d.r, a.frags[0][0])))
	if a.cueS >= 0 && k == a.cueE {
		k = f.skipVenue(f.afterHearer(a, k, s.te), s.te)
	}
	if whole {
		f.quoteClauseTail(a, s, k)
		return true
	}
	if quoteEnd && !f.boundClause(a, k, s) {
		return true
	}
	if f.continuedQuote(k, s.te) {
		// "Cruz, Blackwell wrote, “has shown …”": a quotation that opens
		// in lower case goes on with the clause before the attribution.
		sp, ok := f.contentSpan(k+1, f.contentEnd(k+1, s.te))
		if !ok || !f.carriesQuote(a) {
			return false
		}
		a.frags = append(a.frags, sp)
		a.venueE = k
		return true
	}
	if k+1 >= s.te || !d.is(k, ",") || !d.word(k+1) || d.toks[k+1].quote != 0 {
		return true
	}
	w := d.lw(k + 1)
	switch {
	case w == "and" || w == "but":
		// "Facebook created the tool, a spokeswoman said, and it has
		// activated it five times": the reported clause goes on.
	case w == "that" && a.srcS < a.cueE:
		// "It's a reminder, Rogers said, that …": the clause goes on.
	case isGerund(w), w == "who", w == "which", w == "whom", w == "whose", w == "or", w == "that", w == "where", w == "when":
		return true // a clause about the source or a new sentence part
	case determiners[w] && !quantifiers[w] && w != "the" && !f.verblessHead(a, s):
		return true // "a spokesman for …": an apposition
	}
	if (d.toks[k+1].cap || w == "the") && !pronouns[w] && (leadStop[w] || f.clauseAttribution(k+1, s.te, 0.45) || f.isClose(k-1)) {
		return true // a new clause with its own source, or a tail after a quotation
	}
	sp, ok := f.contentSpan(k+1, f.midEnd(k+1, s.te))
	if !ok {
		return true
	}
	a.frags = append(a.frags, sp)
	a.venueE = k
	return true
}

// thatClauseSubjects open the subject of a "that" clause after a whole
// quotation's attribution: thatSubjects and the determiners of a whole
// set ("that both men …", "that all of them …"). "that much was plain"
// is the writer's own clause and stays out.
var thatClauseSubjects = setWith(thatSubjects, "both all each every")

// quoteClauseTail continues a whole quotation past its attribution into
// a "that" clause of the quoted noun ("“It is our bad luck,” he said,
// that both men …"): PolNeAR's content runs over the attribution to the
// clause's end (train: 2 of 2 after a whole quotation, and 2 of 2 where
// the piece before the attribution is not a whole quotation, which
// midTail already reads). One behind
// a venue with a hearer ("wrote in a letter to the president, that …")
// is still missed: skipVenue stops at the hearer. A modal clause after
// the comma ("…,” he said, would be a fair summary") may be the
// writer's, and stays out.
func (f *finder) quoteClauseTail(a *attr, s sent, k int) {
	d := f.d
	if k+3 >= s.te || !d.is(k, ",") || d.toks[k].quote != 0 || !d.is(k+1, "that") || d.toks[k+1].cap || d.toks[k+1].quote != 0 || a.srcS > a.cueS {
		return
	}
	if n := k + 2; !(d.word(n) && (thatClauseSubjects[d.lw(n)] || d.toks[n].cap) || f.isOpen(n)) {
		return
	}
	sp, ok := f.contentSpan(k+1, f.contentEnd(k+1, s.te))
	if !ok {
		return
	}
	a.frags = append(a.frags, sp)
	a.venueE = k
}

// verblessHead says whether the content before a postposed attribution
// is a phrase without a verb of its own ("Overall, she said, a number
// of …", "In the long run, economists say, this …"): the clause it
// opens goes on after the attribution, so a noun phrase there is no
// apposition.
func (f *finder) verblessHead(a *attr, s sent) bool {
	if a.srcS >= a.cueE {
		return false // "…, said Smith, a spokesman": an inverted source
	}
	h := f.d.tokFrom(a.frags[0][0])
	e := f.d.tokFrom(a.frags[0][1])
	return h < e && !f.d.in(h, wcSubOpener) && !f.hasVerb(h, e)
}

// splitTail joins a second quoted piece to a direct quote: “…,” he said,
// “…” in the same sentence, or “…,” he said. “…” as the next sentence.
func (f *finder) splitTail(a *attr, s sent, k int) {
	d := f.d
	first := a.frags[0]
	lastRune := markEnd(d.r, first[1])
	if !isDQ(markStart(d.r, first[0])) && !isSQ(markStart(d.r, first[0])) && !isDQ(lastRune) && !isSQ(lastRune) {
		return // only quotations continue in a following quotation
	}
	if a.cueS >= 0 && k == a.cueE {
		k = f.skipVenue(f.afterHearer(a, k, s.te), s.te)
		of := k
		if d.is(k-1, "of") || d.is(k-1, "about") {
			of = k - 1 // the cue phrase took the "of": "said of"
		}
		if c := f.aboutPhrase(of, s.te); c >= 0 {
			k = c
		}
	}
	if k < s.te && (d.is(k, ",") || isDashTok(d, k)) && k+1 < s.te && f.isOpen(k+1) {
		// “…,” he said, “…” — or a dash before the second part.
		sg := f.segs[d.toks[k+1].quote-1]
		a.frags = append(a.frags, [2]int{sg.s, sg.e})
		a.venueE = k
		return
	}
	if k+2 < s.te && d.is(k, ",") && quoteLinks[d.lw(k+1)] && d.toks[k+1].quote == 0 && f.isOpen(k+2) && f.closesSentence(k+2, s) {
		// “…,” she said, and “…” / ''…,'' he said, or ''…'': the
		// quotation goes on past the word that links its second part
		// (train: 3 of 3 such layouts, none ending at the first part).
		// A second quotation with an attribution of its own ("and “Go
		// home,” the guards replied") is not hers.
		sg := f.segs[d.toks[k+2].quote-1]
		a.frags = append(a.frags, [2]int{int(d.toks[k+1].s), sg.e})
		a.venueE = k
		return
	}
	if k < s.te && f.isOpen(k) && k == a.cueE {
		// “…,” Trump said “Bush and even Obama …” — a missing comma.
		sg := f.segs[d.toks[k].quote-1]
		a.frags = append(a.frags, [2]int{sg.s, sg.e})
		a.venueE = k
		return
	}
	if j := f.lateContinuation(k, s); j > 0 {
		sg := f.segs[d.toks[j].quote-1]
		a.frags = append(a.frags, [2]int{sg.s, sg.e})
		a.venueE = j - 1
		return
	}
	// Next sentence of the same paragraph, made of one quote only, maybe
	// after a connective: “…,” he said. But “…”
	si := a.sent + 1
	if si >= len(f.sents) || f.sents[si].para != s.para || f.taken[si] {
		return
	}
	ns := f.sents[si]
	o := ns.ts
	if d.word(o) && d.toks[o].cap && connectives[d.lw(o)] {
		o++
		if d.is(o, ",") {
			o++
		}
	}
	if !f.isOpen(o) {
		return
	}
	sg := f.segs[d.toks[o].quote-1]
	last := sg.ct
	if last < 0 {
		last = ns.te - 1
	}
	if last < ns.te-2 {
		return // more text after the quote: it has its own attribution
	}
	for k := o; k < ns.te; k++ {
		if d.toks[k].quote == 0 && d.toks[k].kind == tkWord {
			return
		}
	}
	a.frags = append(a.frags, [2]int{sg.s, sg.e})
	f.taken[si] = true
}

// closesSentence says whether the quotation opening at token o closes
// and only punctuation follows it to the end of sentence s.
func (f *finder) closesSentence(o int, s sent) bool {
	d := f.d
	c := f.segs[d.toks[o].quote-1].ct
	if c < 0 || c >= s.te {
		return false
	}
	for k := c + 1; k < s.te; k++ {
		if d.word(k) || f.isOpen(k) {
			return false
		}
	}
	return true
}

// quoteLinks join a second quotation to the first across its
// attribution: "and", "or", and "from" ("looked ashen,” he said, from
// “the direct body blow”").
var quoteLinks = setOf("and or from")

// connectives open a sentence that goes on with the same speaker's
// quotation: "But “…”", "Instead, “…”".
var connectives = setOf("but and instead still yet so also")

// aboutPhrase skips what the words are about after a cue ("he said of
// Trump and Ryan, “…”"): for "of" or "about" at k, it returns the comma
// before the next quotation, or -1.
func (f *finder) aboutPhrase(k, end int) int {
	d := f.d
	if !d.is(k, "of") && !d.is(k, "about") {
		return -1
	}
	for i := k + 1; i < end && i < k+10; i++ {
		if d.is(i, ",") {
			if f.isOpen(i + 1) {
				return i
			}
			return -1
		}
		if d.toks[i].quote != 0 || !d.word(i) && d.toks[i].kind != tkPoss {
			return -1
		}
	}
	return -1
}

// contentEnd stops a forward content before ", adding that …" or ",
// according to …", or where tailCut finds the reported clause closed.
func (f *finder) contentEnd(k, end int) int {
	if v, ok := f.ends.get(k, end); ok {
		return v
	}
	v := f.tailCut(k, f.contentEnd0(k, end))
	f.ends.put(k, end, v)
	return v
}

// asDidSpeaker says whether "did"/"do"/"does" at k and a short phrase
// naming a speaker end the sentence (", as did Ortiz.", ", as did the
// mayor."): the phrase shares the report, not the content ("profits
// rose, as did sales" names no speaker).
func (d *doc) asDidSpeaker(k, end int) bool {
	if k+1 >= end || !(d.is(k, "did") || d.is(k, "does") || d.is(k, "do")) {
		return false
	}
	e := k + 1
	for e < end && e < k+6 && (d.word(e) || d.toks[e].kind == tkPoss) && d.toks[e].quote == 0 {
		e++
	}
	if e < end && !d.is(e, ".") || !d.word(e-1) || e == k+1 {
		return false
	}
	if d.toks[k+1].cap && d.toks[e-1].cap {
		return !d.in(k+1, wcPronoun) // a name: "as did Ortiz"
	}
	return !d.toks[e-1].cap && personNoun(d.lw(e-1)) // "as did the mayor"
}

// auxFirstVerb says whether the first verb in tokens [k, e) is an
// auxiliary or a form of "be", for which a later "did" cannot stand ("the
// plan was flawed, as did Ortiz": Ortiz did the saying); after a verb of
// its own ("Ohio voted for it, as did Texas") it may.
func (d *doc) auxFirstVerb(k, e int) bool {
	for j := k; j < e; j++ {
		if !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 {
			continue
		}
		w := d.lw(j)
		if auxVerbs[w] || beForms[w] {
			return true
		}
		if isPast(w) {
			return false
		}
	}
	return false
}

// contentLinks are the words that may end a content inside contentEnd0's
// scan: "and", "but" and the contrasting subordinators.
var contentLinks = setOf("and but while although though whereas")

// contentEnd0 is contentEnd before tailCut.
func (f *finder) contentEnd0(k, end int) int {
	d := f.d
	clause := d.is(k, "that") || f.newClause(k, end) || f.pronounPast(k)
	for i := k; i < end-1; i++ {
		comma := d.is(i, ",") && d.toks[i].quote == 0
		closeComma := f.isClose(i) && d.is(i-1, ",")
		if !comma && !closeComma {
			// swallowCut reads only "but", "while", "with" and a dash:
			// one class test and a compare spare it nearly every token.
			if d.in(i, wcContentLink|wcDash) || d.is(i, "with") {
				if c, ok := f.swallowCut(k, i); ok {
					return c
				}
			}
			link := d.in(i, wcContentLink) // one test for the six words below
			if link && (d.is(i, "and") || d.is(i, "but")) && d.toks[i].quote == 0 && !d.is(i-1, ",") && f.coordinatedVerb(i+1) && !f.modifierPast(i+1) && !(clause && !f.coordinatedCue(i+1)) && !f.bareInScope(k, i) {
				// "… and said …", "… but defended …": a second predicate
				// of the same subject.
				// After a comma it more often joins clauses inside the
				// content, so it stays; so does a plain verb after a
				// clause with its own subject ("said it started … and
				// changed it to zero").
				return i
			}
			if link && d.is(i, "and") && d.toks[i].quote == 0 && f.shareReport(i+1, end) {
				return i // "One in three said … and one in four said …": poll shares
			}
			if isDashTok(d, i) && d.toks[i].quote == 0 && i > k+1 && (f.clauseAttribution(i+1, end, 0.6) || f.shareReport(i+1, end) || !f.dashAhead(i+1, end) && (f.commentClause(i+1, end) || f.dashGlossAt(i+1) && !f.dashAhead(k, i))) {
				return i // "… would fail — Jones said …": a new attribution takes over
			}
			if link && ((d.is(i, "and") || d.is(i, "but")) && d.is(i-1, ",") || d.is(i, "while") || d.is(i, "although") || d.is(i, "though") || d.is(i, "whereas")) {
				// ", and the German government suggested …" — a comma
				// marks a new clause rather than a joint subject. Cues of
				// precision 0.25 still open one there (swallow lane).
				if f.clauseAttribution(i+1, end, 0.25) && !f.opensContent(k, i) {
					return d.cutBefore(i)
				}
			}
			continue
		}
		cut := i
		if closeComma {
			cut = i + 1
		}
		// After a fronted phrase ("that during the visit, the president
		// renewed …") the comma opens the reported clause, not a new one.
		if comma && i > k+1 && !(d.is(k, "that") && d.is(k+1, ",") && f.commasBetween(k+2, i) == 0) && !f.frontedPhrase(k, i) && (f.clauseAttribution(i+1, end, 0.6) || f.whoSays(i+1, end)) {
			return cut // "…, Judge Berman said …": a new attribution takes over
		}
		if comma && i > k+1 && f.shareContrast(k, i, end) {
			return cut // "42% say they are liberal, 34% conservative"
		}
		w := d.lw(i + 1)
		if comma && w == "as" && i > k+1 && d.asDidSpeaker(i+2, end) && d.auxFirstVerb(k, i) {
			return cut // "…, as did Ortiz.": a second speaker of the same report
		}
		if w == "with" && i > k+1 && f.withGerund(i+2, end) && !f.withAside(i+2, end) {
			return cut // "…, with council members saying …"
		}
		if w == "according" && d.is(i+2, "to") && !(d.is(k, "that") && i == k+1 || i == k) {
			return cut // "that, according to …" opens the clause: its source is the reporter's
		}
		if comma && i > k+1 && (f.commentClause(i+1, end) || f.relativeReport(i+1, end)) {
			return cut // "…, something she opposed as a senator"
		}
		if (f.trailingRelative(k, i) || f.finalAppositive(k, i, end)) && !f.leadSubComma(k, i) {
			return cut
		}
		if isGerund(w) {
			if n, e := d.cueMatch(i + 1); n > 0 && e.Prec >= 0.3 || resultGerunds[w] && !d.toks[i+1].cap && d.toks[i+1].quote == 0 {
				return cut
			}
		}
		if comma && (f.adverbGerund(i+2) || f.adverbOpenerGerund(i+2)) {
			// The gerund layout reads ", repeatedly insisting …" as a
			// report of its own (adverbOpenerGerund): the content before
			// it must end there, or it holds the other's cue.
			if n, e := d.cueMatch(i + 2); n > 0 && e.Prec >= 0.3 {
				return cut // "…, instead restating …": as without the adverb
			}
		}
	}
	return end
}

// resultGerunds open the narrator's comment on what a reported act led
// to: "…, drawing boos from the crowd", "…, putting him at odds with …".
// PolNeAR ends the content before them: on train 22 gold contents end
// there and 2 run on (putting 6/1, drawing 6/0, throwing 3/0, surpassing
// 2/0, prompting 2/1, reflecting 2/1, echoing, conceding, advising 1/0;
// on dev echoing and reflecting 1/0). "making", "giving" and "leaving"
// split evenly and stay out.
var resultGerunds = setOf("putting drawing reflecting echoing surpassing conceding throwing advising prompting")

// coordinatedVerb: token k starts a new predicate — a cue or a past
// tense verb, maybe after "also" or an auxiliary.
func (f *finder) coordinatedVerb(k int) bool {
	d := f.d
	for d.word(k) && (d.lw(k) == "also" || d.lw(k) == "then" || d.lw(k) == "later" || d.in(k, wcAuxVerb)) {
		k++
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.2 {
		return true
	}
	w := d.lw(k)
	return strings.HasSuffix(w, "ed") && len(w) > 4 && !npStop[w]
}

// modifierPast: the word at k that coordinatedVerb took for a past
// tense is no cue and modifies the noun after it ("a prolonged and
// spirited contest", "water parks and improved dining choices"): a
// second predicate takes an object opener (determiner, pronoun, name,
// "that", "to", a quotation), a modifier a bare lowercase word
// ("need-based aid").
func (f *finder) modifierPast(k int) bool {
	d := f.d
	if !d.word(k) || !pastTense(d.lw(k)) {
		return false
	}
	if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.2 {
		return false
	}
	if !d.word(k+1) || d.toks[k+1].cap || d.toks[k+1].quote != 0 {
		return false
	}
	w := d.lw(k + 1)
	return !determiners[w] && !pronouns[w] && !wholeObjects[w] && !objectLead[w] && !whWords[w] && !auxVerbs[w]
}

// coordinatedCue: the predicate coordinatedVerb found at k is a
// confident cue ("and also said").
func (f *finder) coordinatedCue(k int) bool {
	d := f.d
	for d.word(k) && (d.lw(k) == "also" || d.lw(k) == "then" || d.lw(k) == "later" || d.in(k, wcAuxVerb)) {
		k++
	}
	return d.cueAt(k) > 0
}

// commasBetween counts commas outside quotations in [a, b).
func (f *finder) commasBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if f.d.is(k, ",") && f.d.toks[k].quote == 0 {
			n++
		}
	}
	return n
}

// clauseAttribution says whether a new "X said …" clause starts at k:
// "…, and the German government suggested …".
func (f *finder) clauseAttribution(k, end int, minPrec float64) bool {
	d := f.d
	for j := k + 1; j < end && j < k+10; j++ {
		if d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss {
			return false
		}
		n, e := d.cueMatch(j)
		if n == 0 || e.Prec < minPrec {
			continue
		}
		a := attr{cueS: j}
		jb := f.cueStart(&a, k)
		return d.npBack(jb, k) == k || d.shareBack(jb, k) == k // "…, and one in four said …"
	}
	return false
}

// whoSays says whether a phrase at token k holds a relative "who said"
// that reports on its own: "…, compared with 64 percent who say the
// same of Sanders".
func (f *finder) whoSays(k, end int) bool {
	d := f.d
	for j := k; j+1 < end && j < k+10; j++ {
		if d.toks[j].quote != 0 || d.is(j, ",") || d.is(j, ";") {
			return false
		}
		if d.is(j, "who") && d.in(j+1, wcSayVerb) {
			return true
		}
	}
	return false
}

// shareReport says whether a share of respondents reporting opens at
// token k: "one in four said", "more than 4 in 10 say".
func (f *finder) shareReport(k, end int) bool {
	d := f.d
	for j := k + 1; j < end && j < k+8; j++ {
		if !d.word(j) {
			return false
		}
		if n, e := d.cueMatch(j); n > 0 && e.Prec >= 0.45 {
			return d.shareBack(j-1, k) == k
		}
	}
	return false
}

// predeterminers stand before a determiner inside one noun phrase: "all
// the voters".
var predeterminers = setOf("all both half")

// partitiveOf says whether the "of" at j follows a quantity word from k
// on ("all of the voters", "one of his aides", "none of them"): the
// determiner after it is the hearer's, no clause's. Another "of" may
// take the content ("reminded voters of the stakes").
func (d *doc) partitiveOf(j, k int) bool {
	if !d.is(j, "of") || j-1 < k || !d.word(j-1) {
		return false
	}
	w := d.lw(j - 1)
	return determiners[w] || predeterminers[w] || w == "none"
}

// afterHearer skips the hearer of "told": "told a cheering crowd",
// "told Finnish media". It returns the token after it.
func (f *finder) afterHearer(a *attr, k, end int) int {
	d := f.d
	if a.cueS < 0 || d.is(k, "that") {
		return k
	}
	// "recently told", "has told": the phrase ends with the verb, whose
	// hearer follows (PolNeAR: told + hearer + that, hearer outside 146
	// times in 151 on train).
	endsTell := a.cueE-a.cueS > 1 && d.in(a.cueE-1, wcTellCue) && k == a.cueE && !hearerComps[d.lw(k)]
	if !endsTell && (!d.in(a.cueS, wcTellCue) || hearerInCue(d, a) || k == a.cueE && a.cueE-a.cueS > 1) {
		return k // the cue phrase took the hearer already: "told reporters"
	}
	if f.toldNarrative(k, end) {
		return k // "told a different tale": what is told, no hearer
	}
	j, dets := k, 0
	for j < end && j-k < 6 && d.toks[j].quote == 0 {
		w := d.lw(j)
		if d.toks[j].kind == tkPoss {
			j++
			continue
		}
		if !d.word(j) || npStop[w] || venuePreps[w] || isWeekday(w) || timeWords[w] {
			break
		}
		if j > k && subjPronoun(w) || hearerEnds(d, j, k) {
			break // "told POLITICO he’ll work …": the content's subject
		}
		if determiners[w] && !(j > k && (predeterminers[d.lw(j-1)] || d.partitiveOf(j-1, k))) {
			if dets++; dets > 1 || j > k && d.capWord(j-1) {
				break // "told host Sean Hannity a Clinton loss is …": the clause starts
			}
			if j > k && d.word(j-1) && !predeterminers[d.lw(j-1)] {
				break // "told officials the driver was …": a bare plural hearer, then the clause
			}
		}
		j++
	}
	if j > k && j < end && d.word(j) && d.in(j, wcRelVerb) && d.toks[j].quote == 0 {
		return k // "warned the plan would fail": the phrase was the clause's subject
	}
	if endsTell && !(d.is(f.skipVenue(j, end), "that") || subjPronoun(d.lw(j))) {
		return k // "doesn't tell voters much about …": no clause follows the hearer
	}
	if j > k && (f.toInfinitive(j) || d.is(j, "not") && f.toInfinitive(j+1)) {
		// "urged him to resign": PolNeAR keeps the hearer before an
		// infinitive in the content.
		return k
	}
	return j
}

// tailOK says whether an attribution placed after its content really
// ends the sentence: only venue words, a participle clause or the full
// stop may follow ("…,” Macron told reporters, standing alongside X.").
func (f *finder) tailOK(a *attr, k int, s sent) bool {
	d := f.d
	if d.is(a.cueE-1, ":") || d.is(a.cueE, ":") {
		return false // "Devine responded: “…”" introduces what follows
	}
	if k == a.cueE {
		k = f.afterHearer(a, k, s.te)
	}
	// A clause with "that" after the cue is its content, not a tail. After
	// a sentence opening “…,” X said, only one right at the cue is: "at a
	// news conference announcing that …", "after the meeting that was
	// held …" are circumstance.
	opened := a.strong && f.isOpen(s.ts) // the quotation opens the sentence
	sub := -1                            // the last subordinator passed: "said Monday when asked about claims that …"
	for j := k; j < s.te && !d.is(j, ",") && !(opened && j > k); j++ {
		if f.dashSummary(j) {
			break // "reported Tuesday -- a development that …": the summary's own clause
		}
		if d.is(j, "that") && d.toks[j].quote == 0 && !d.in(j+1, wcTimeNoun) {
			return false
		}
		if f.innerCue(k, j) || sub >= 0 && f.innerCue(sub, j) || sub >= 0 && j == sub+1 && d.is(j, "asked") {
			break // "said after Clinton argued that …": the clause is the inner verb's
		}
		if d.word(j) && d.toks[j].quote == 0 && d.in(j, wcSubordinator) {
			sub = j
		}
	}
	if a.strong {
		// “…,” X said — whatever follows is circumstance.
		return !(k < s.te && d.is(k, ":"))
	}
	if d.is(k, "to") && d.word(k+1) && !d.toks[k+1].cap && !d.in(k+1, wcDeterminer) {
		return false // "vows to impose …": an infinitive content
	}
	if w := d.lw(min(k, s.te-1)); k < s.te && (venuePreps[w] && !deicticClause(d, k) && !d.atLeast(k) || isWeekday(w) || w == "for" && k == a.cueE && (d.in(a.cueE-1, wcSayVerb) || d.is(a.cueE-1, "wrote") || d.is(a.cueE-1, "writes")) && d.in(k+1, wcDeterminer) && !d.in(k+1, wcPossPronoun)) {
		return true // "…, Judge Ann Lee wrote for the panel.", "… said for the first time."
	}
	k0 := k
	k = f.skipVenue(k, s.te)
	if t := f.venueTitleEnd(a, k, s.te); t > k {
		k = f.skipVenue(t, s.te) // "said Wednesday morning on MSNBC’s “Morning Joe.”"
	}
	if k >= s.te {
		return true
	}
	if d.is(k, ",") {
		if (d.is(k+1, "and") || d.is(k+1, "but")) && f.clauseAttribution(k+2, s.te, 0.45) {
			return false // "…, records show, and experts say …"
		}
		return !(k+1 < s.te && (f.isOpen(k+1) && !f.continuedQuote(k, s.te) || d.is(k+1, "that")))
	}
	if w := d.lw(k); k > k0 && (venuePreps[w] || subordinators[w]) || f.adverbialTail(a, k, s) {
		return true
	}
	if f.dashSummary(k) {
		return true
	}
	return d.is(k, ".") || d.is(k, ";") || d.is(k, "!") || d.is(k, "?") || d.is(k, ")") || d.toks[k].kind == tkDQ && !f.isOpen(k)
}

// dashSummary says whether a dash at k opens a noun phrase that sums up
// the sentence before it: "…, the office reported Tuesday -- a
// development that raises questions." It is no content of the cue.
func (f *finder) dashSummary(k int) bool {
	d := f.d
	j := d.skipDash(k)
	return j > k && d.word(j) && d.toks[j].quote == 0 && d.inLex(j, lcArticle)
}

// skipDash returns the token after a dash at k ("—", "–", or "--"
// typed as two hyphens), or k when none stands there.
func (d *doc) skipDash(k int) int {
	j := k
	for j < len(d.toks) && j < k+2 && isDashTok(d, j) && d.toks[j].quote == 0 {
		j++
	}
	return j
}

// adverbialTail says whether an adverbial clause right after a plain
// "said" or "told" and its hearer closes the sentence: "This is not about
// me, Obama told aides as he worked." It is circumstance, not content.
// A colon or quotation in it ("said as he introduced his wife, “…”")
// carries words of its own.
func (f *finder) adverbialTail(a *attr, k int, s sent) bool {
	d := f.d
	if a.cueE != a.cueS+1 || !d.in(a.cueS, wcSayVerb) || !d.word(k) || d.toks[k].quote != 0 || !adverbialSubs[d.lw(k)] {
		return false
	}
	for j := k + 1; j < s.te; j++ {
		if d.is(j, ":") || d.toks[j].quote != 0 {
			return false
		}
	}
	return true
}

// adverbialSubs open the clauses adverbialTail accepts.
var adverbialSubs = setOf("as when while after before because since")

// timeNouns follow a demonstrative "that" in a time phrase ("said in his
// speech that night"), which is circumstance, not a "that" clause.
var timeNouns = setOf("day night morning afternoon evening week weekend month year time moment season summer winter spring fall autumn hour")

// venueRunOn extends a venue phrase that stopped after its determiner
// ("in his victory speech", "in a recent interview with Fox News") to
// the "that", colon or quotation that opens the content. It returns j
// unchanged when no such opening comes soon; when the sentence ends
// first, the phrase runs to its end and there is no content.
func (f *finder) venueRunOn(j, end int) int {
	d := f.d
	i := j
	for i < end && i < j+8 && d.toks[i].quote == 0 && (d.word(i) || d.toks[i].kind == tkPoss) {
		w := d.lw(i)
		if w == "that" {
			if d.in(i+1, wcTimeNoun) {
				i += 2
				continue
			}
			return i
		}
		if w == "to" && f.toInfinitive(i) {
			return i // an infinitive content: "at a county rally to “go vote”"
		}
		if w == "not" && d.is(i+1, "to") && f.toInfinitive(i+1) {
			return i // a negated one: "after a long review not to …"
		}
		if npStop[w] && !venuePreps[w] && w != "by" && w != "for" {
			return j
		}
		i++
	}
	switch {
	case i == j:
		return j
	case i >= end || d.is(i, ".") && i+1 >= end:
		return i
	case d.is(i, ":") || f.isOpen(i) || d.is(i, ",") && f.isOpen(i+1):
		return i
	case d.is(i, ",") && i-j <= 3 && d.in(i-1, wcVenueNoun) && f.plainWords(j, i-1):
		return i // "in the committee hearing, were …": a compound ends at its venue noun
	}
	return j
}

// plainWords says whether the tokens [a, b) are lower-case words that
// are neither verbs nor function words, as a noun compound's modifiers
// are ("committee" in "the committee hearing").
func (f *finder) plainWords(a, b int) bool {
	d := f.d
	for k := a; k < b; k++ {
		if !d.word(k) || d.toks[k].cap || npStop[d.lw(k)] || d.in(k, wcAuxVerb|wcDeterminer|wcPronoun) || pastTense(d.lw(k)) {
			return false
		}
	}
	return true
}

// possTime says whether the time words from token k run into a
// possessive ("Tuesday’s vote", "last week’s defeat"): they open a noun
// phrase, no adjunct of the cue before them.
func (d *doc) possTime(k, end int) bool {
	j := k
	for j < end && j < k+3 && d.word(j) && (d.in(j, wcTimeWord) || isWeekday(d.lw(j))) {
		j++
	}
	return j > k && j < end && d.toks[j].kind == tkPoss
}

// possHead says whether word j is the noun a possessive before it owns
// and ends a venue phrase there, before "that", a determiner, a pronoun
// or a comma: "on Friday’s programme that …", "on the club’s website the
// …".
func (f *finder) possHead(j int) bool {
	d := f.d
	if j < 1 || j+1 >= len(d.toks) || d.toks[j-1].kind != tkPoss || d.toks[j].cap || !d.word(j) || d.in(j, wcPronoun) {
		return false
	}
	n := d.lw(j + 1)
	return n == "that" || n == "," || determiners[n] || pronouns[n]
}

// bareInScope says whether the verb after the "and" at i is a bare form
// that a modal or "to" inside the content [k, i) governs ("says he'd
// sit Putin down and tell him …", "asked the woman to raise her voice
// and say it louder"): it goes on the content's own predicate, since
// the inflected cue before k ("says", "said", "asked") could only be
// continued by an inflected verb.
func (f *finder) bareInScope(k, i int) bool {
	d := f.d
	c := k - 1
	if c < 0 || !d.word(c) || d.toks[c].quote != 0 {
		return false
	}
	if cw := d.lw(c); !strings.HasSuffix(cw, "s") && !isPast(cw) {
		return false // "officials say … and tell …": a plain present may share the source
	}
	v := i + 1
	if !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 {
		return false
	}
	if w := d.lw(v); strings.HasSuffix(w, "s") || isPast(w) || isGerund(w) || d.in(v, wcAuxVerb) {
		return false
	}
	for m := i - 1; m >= k; m-- {
		if d.toks[m].quote != 0 || d.is(m, ",") {
			return false
		}
		if d.word(m) && (modalVerbs[d.lw(m)] || d.is(m, "to") || d.is(m, "’d") || d.is(m, "'d")) {
			return true
		}
	}
	return false
}
