package extract

import "strings"

// trimLongEnds ends a content that runs past its reported words into
// the narrator's own adjuncts: a short object followed by when it
// happened ("rejected the offer on Tuesday") or how long it lasted
// ("praised the goalkeeper until the final"), the event where it was
// said, a verbless comment after a dash, and a title-case headline going
// on after a dash or with a second predicate ("… Says Fees Will Rise –
// Drivers Are Not Happy"). It says whether a cut tail holds a saying
// verb.
func (f *finder) trimLongEnds() (sayCut bool) {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 {
			continue
		}
		fr := a.frags[0]
		k := d.tokFrom(fr[0])
		e := d.tokFrom(fr[1])
		if e-k < 2 || f.kind(a) == KindDirect {
			continue
		}
		c := -1
		if !f.forwardCue(a) {
			c = f.timeTail(k, e)
			if v := -1; c >= 0 {
				// "bashed the senator during a rally in Ohio on Monday":
				// the venue before the date is the narrator's too.
				if v = f.objectVenueTail(k, c); v > k {
					c = v
				}
			}
			if c < 0 {
				c = f.untilTail(k, e)
			}
			if c < 0 {
				c = f.gerundTail(k, e)
			}
			if c < 0 {
				c = f.pronounTail(k, e)
			}
		}
		if c < 0 {
			c = f.headlineDash(a, k, e)
		}
		if c < 0 {
			c = f.headlinePredicate(a, k, e)
		}
		if c < 0 {
			c = f.objectVenueTail(k, e)
		}
		if c < 0 {
			c = f.objVerbTail(k, e)
		}
		if c < 0 {
			c = f.dashComment(k, e)
		}
		if c < 0 {
			c = f.dashClause(k, e)
		}
		if c < 0 {
			c = f.objectAppendix(k, e)
		}
		if c < 0 && e-k > 3 && d.is(e-2, ",") && d.toks[e-1].quote == 0 && (d.is(e-1, "and") || d.is(e-1, "but") || d.is(e-1, "or")) {
			// "Lee said the bridge is safe, and traffic fell …, according
			// to …": a later reading took the conjunct, and its
			// conjunction is nobody's words.
			c = e - 2
		}
		if c > k {
			a.frags[0][1] = int(d.toks[c-1].e)
			for i := c; i < e && !sayCut; i++ {
				sayCut = d.word(i) && d.in(i, wcSayVerb)
			}
		}
	}
	return sayCut
}

// forwardStems begin the cues whose content is still to come ("promised
// a vote on Tuesday", "predicted a recession in June"): a date or an
// "until" after the object belongs to what was said, not to the saying.
var forwardStems = [...]string{"promis", "predict", "propos", "vow", "pledg", "warn", "demand", "expect", "plan", "schedul", "urg", "forecast", "recommend", "request", "seek", "sought", "threat", "want", "hope", "vote", "push", "offer", "suggest", "ask", "call"}

// forwardStemsBy lists forwardStems by first byte, in their order: a
// word need be tried only against the stems it could begin with.
var forwardStemsBy = func() (t [256][]string) {
	for _, st := range forwardStems {
		t[st[0]] = append(t[st[0]], st)
	}
	return t
}()

// forwardCue says whether a's cue looks ahead (see forwardStems); "call"
// and "ask" do so only with "for" ("called for a vote on Friday").
func (f *finder) forwardCue(a *attr) bool {
	d := f.d
	for i := a.cueS; i < a.cueE && i < len(d.toks); i++ {
		if !d.word(i) {
			continue
		}
		w := d.lw(i)
		if w == "" {
			continue
		}
		for _, st := range forwardStemsBy[w[0]] {
			if !strings.HasPrefix(w, st) {
				continue
			}
			if st == "call" || st == "ask" {
				return d.is(a.cueE-1, "for") || d.is(a.cueE, "for")
			}
			return true
		}
	}
	return false
}

// contracted says whether w holds a contracted auxiliary, a clause's
// verb: "he’ll", "they’re", or a negated one (negatedAux).
func contracted(w string) bool {
	for _, x := range [...]string{"'ll", "'re", "'ve", "'d"} {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return negatedAux(w)
}

// tailObjectWords is how many words an object may have before a trailing
// "until" phrase is cut from it.
const tailObjectWords = 4

// timeObjectWords is how many words an object may have before a trailing
// time phrase is cut from it. A weekday or month after a verbless object
// is the date of the act however long the object is ("announced his
// support for the Ohio governor on Thursday night"); cross-fitted train
// cuts 6 more objects of five to eight words right and none wrong, where
// "until" past four words ends the object wrongly more often than not.
const timeObjectWords = 8

// verblessObject says whether tokens [k, c) are a noun phrase of at
// most max words with no verb of its own: the object of the cue, which
// the adjunct after it does not belong to.
func (f *finder) verblessObject(k, c, max int) bool {
	d := f.d
	if w := d.lw(k); w == "that" || w == "to" || w == "if" || w == "who" || w == "when" || whWords[w] || subjectPronouns[w] || w == "it" || contracted(w) {
		return false // a clause: "said he will campaign on Monday"
	}
	words := 0
	for i := k; i < c; i++ {
		if d.toks[i].kind != tkWord {
			continue
		}
		words++
		w := d.lw(i)
		if auxVerbs[w] || contracted(w) {
			return false
		}
		if i > k && !d.toks[i].cap && !d.in(i-1, wcDeterminer) && (isPast(w) || isGerund(w) || i == k+2 && d.in(k, wcDeterminer) && sForm(w)) {
			return false // "the mill closed", "the harbor reopens": a clause
		}
	}
	return words >= 1 && words <= max
}

// timeTail returns where a trailing time phrase starts in a short
// object content [k, e), or -1.
func (f *finder) timeTail(k, e int) int {
	d := f.d
	for e > k && d.toks[e-1].kind == tkPunct && d.toks[e-1].quote == 0 {
		e--
	}
	if e <= k {
		return -1
	}
	if w := d.lw(e - 1); !timeEnds[w] && !monthWords[w] && !isYear(w) {
		return -1 // no time phrase can end the content: most contents
	}
	for c := k + 1; c < e; c++ {
		if !d.word(c) || d.toks[c].quote != 0 {
			continue
		}
		if f.timePhraseTo(c, e) {
			if p := d.lw(c - 1); p == "super" || p == "late" || p == "early" {
				return -1
			}
			if isWeekday(d.lw(c)) && timeLeaders[d.lw(c-1)] {
				return -1 // "a practice for Sunday", "a parade this Sunday": the day is the object's
			}
			if f.verblessObject(k, c, timeObjectWords) {
				return c
			}
			return -1
		}
	}
	return -1
}

// timeLeaders before a bare weekday make it part of the object's own
// phrase rather than the time of the report.
var timeLeaders = setWith(possPronounPreps, "until next this every each")

// timeEnds are the words a time phrase of timePhraseAt ends with.
// Months are monthWords.
var timeEnds = setOf("monday tuesday wednesday thursday friday saturday sunday night morning afternoon evening recently days weeks months decades years")

// timePhraseTo says whether tokens [c, e) are all time phrases: "on
// Tuesday night", "last week", "recently", "in recent days".
func (f *finder) timePhraseTo(c, e int) bool {
	for c < e {
		n := f.timePhraseAt(c)
		if n == 0 {
			return false
		}
		c += n
	}
	return true
}

// timePhraseAt returns the length of the time phrase at c, or 0: a
// weekday ("on Tuesday night", "Monday"), a month ("in December",
// "in June 2015"), a recent past ("recently", "in recent weeks") or a
// long span ("for decades"). "last year" and "this fall" are left alone: train
// keeps a past period inside the object as often as not, and a coming
// one ("wants a vote this fall") belongs to what is wanted.
func (f *finder) timePhraseAt(c int) int {
	d := f.d
	if !d.word(c) || d.toks[c].quote != 0 {
		return 0
	}
	j := c
	if d.is(c, "on") {
		j++
	}
	if d.word(j) && isWeekday(d.lw(j)) {
		j++
		if d.word(j) && d.in(j, wcDayPart) {
			j++
		}
		return j - c
	}
	switch {
	case d.is(c, "recently"):
		return 1
	case (d.is(c, "in") || d.is(c, "last")) && d.capWord(c+1) && monthWords[d.lw(c+1)]:
		j = c + 2 // "in December", "in June 2015"
		if d.word(j) && isYear(d.lw(j)) {
			j++
		}
		return j - c
	case d.is(c, "for") && (d.is(c+1, "decades") || d.is(c+1, "years")):
		return 2
	case d.is(c, "in") && d.is(c+1, "recent") && (d.is(c+2, "days") || d.is(c+2, "weeks") || d.is(c+2, "months")):
		return 3
	}
	return 0
}

// untilTail returns where "until …" starts after a short object
// content [k, e) ("dominated the race until the spring"), or -1.
func (f *finder) untilTail(k, e int) int {
	d := f.d
	for c := k + 1; c < e; c++ {
		if d.is(c, "until") && d.toks[c].quote == 0 {
			if f.verblessObject(k, c, tailObjectWords) {
				return c
			}
			return -1
		}
	}
	return -1
}

// gerundTailWords bounds the object before a gerund tail: longer
// stretches are more often clauses the crude verb test missed.
const gerundTailWords = 8

// gerundTail returns where "by", "before" or "after" with a gerund
// starts after an object content [k, e) ("attacked the mayor by citing
// the audit", "praised the plan before turning to taxes"), or -1: how
// or when the source acted is the narrator's, not part of the object.
func (f *finder) gerundTail(k, e int) int {
	d := f.d
	for c := k + 1; c+1 < e; c++ {
		if d.toks[c].quote != 0 || !d.is(c, "by") && !d.is(c, "before") && !d.is(c, "after") {
			continue
		}
		if !d.word(c+1) || d.toks[c+1].cap || !isGerund(d.lw(c+1)) || !f.verblessObject(k, c, gerundTailWords) || d.is(k, "and") || d.is(k, "but") || d.is(k, "or") {
			return -1
		}
		for j := k; j < c; j++ {
			if d.is(j, ",") || isDashTok(d, j) {
				return -1 // "the criticism - and hit him back by …": more than an object
			}
		}
		for j := c + 2; j < e; j++ {
			if d.is(j, "that") || d.in(j, wcWhWord) {
				break // "by pointing out that she had …": the gerund's own clause
			}
			if d.word(j) && d.in(j, wcAuxVerb) {
				return -1 // "a plan to cut the debt by printing money would …": the object's own clause
			}
		}
		return c
	}
	return -1
}

// headlineDash returns the dash that closes a content in a title-case
// headline, or -1: what follows it is the headline's teaser.
func (f *finder) headlineDash(a *attr, k, e int) int {
	d := f.d
	if a.sent < 0 || a.sent >= len(f.sents) || f.sents[a.sent].para != 0 || !f.titleCaseSent(a.sent) {
		return -1
	}
	for c := k + 1; c < e; c++ {
		if isDashTok(d, c) && d.toks[c].quote == 0 && d.capWord(c+1) {
			return c
		}
	}
	return -1
}

// headlinePredicate returns the comma or "and" before a headline's
// second predicate ("Senator Slams Tariff Plan, Praises Rail Bill"), or
// -1: the headline's subject did the second thing, it is no part of the first
// one's object.
func (f *finder) headlinePredicate(a *attr, k, e int) int {
	d := f.d
	if a.sent < 0 || a.sent >= len(f.sents) || f.sents[a.sent].para != 0 || !f.titleCaseSent(a.sent) {
		return -1
	}
	for c := k + 1; c+1 < e; c++ {
		if d.toks[c].quote != 0 {
			continue
		}
		if (d.is(c, ",") || d.is(c, ";") || d.is(c, "and")) && f.presentCue(c+1) {
			return c
		}
	}
	return -1
}

// presentCue: token k is a cue in the present's third person, a
// headline's verb ("Slams", "praises").
func (f *finder) presentCue(k int) bool {
	d := f.d
	w := d.lw(k)
	return d.word(k) && d.toks[k].quote == 0 && sForm(w) && d.cueAt(k) > 0
}

// objectVenueTail returns where a venue phrase starts after an object
// content [k, e) ("defended the levy in an interview on local radio"), or
// -1: the remark was made there, the object was not. The venue is an
// event (eventNouns) after "a"/"an", or after any determiner with
// "during", or a medium (venueNouns: "in a post on its website") after
// "a"/"an"; a document with "the" ("the figures in the ad") or one by or
// from someone ("the typos in a post by …") is the object's own and
// stays. Not after a fronted time ("Tuesday,
// in her last speech, she …"), nor before quoted words, which go on with
// what was said.
func (f *finder) objectVenueTail(k, e int) int {
	d := f.d
	for c := k + 1; c+2 < e; c++ {
		if d.toks[c].quote != 0 || !d.is(c, "in") && !d.is(c, "during") && !d.is(c, "at") {
			continue
		}
		if !d.is(c+1, "a") && !d.is(c+1, "an") && !(d.is(c, "during") && d.in(c+1, wcDeterminer)) {
			continue
		}
		for j := c + 2; j < e && j <= c+5; j++ {
			if !d.word(j) || d.toks[j].quote != 0 {
				break
			}
			if w := d.lw(j); eventNouns[w] || venueNouns[w] && (d.is(c+1, "a") || d.is(c+1, "an")) {
				if (d.is(j+1, "by") || d.is(j+1, "from")) && d.toks[j+1].quote == 0 {
					return -1 // someone else's event: "in a speech by the mayor"
				}
				if f.verblessObject(k, c, 99) && !d.in(k, wcTimeWord) && !isWeekday(d.lw(k)) && !f.quoteOpensIn(c, int(d.toks[e-1].e)) && !(d.toks[k].cap && f.frontedClause(j+1, e)) {
					return c
				}
				return -1
			}
		}
	}
	return -1
}

// dashCommentNouns head a verbless comment on the whole content after
// its one dash: "— a move analysts had expected", "— a claim the union
// disputes". What follows a dash otherwise is the speaker's own words
// ("— the bridge must close", "— because inspectors found cracks", a
// list "— the high cost of housing, long commutes …") and stays.
var dashCommentNouns = setOf("move step decision sign signal reversal shift departure nod reference rebuke break turn claim charge assertion accusation allegation remark statement promise pledge position stance view argument")

// dashComment returns the dash before a closing comment in [k, e), or
// -1: "a"/"an", at most two modifiers, then a comment noun. The dash
// must be the content's only one: a pair of dashes sets off an aside
// inside the content. Not after quoted words in the content either: the
// dash may go on with the speaker's mixed quotation.
func (f *finder) dashComment(k, e int) int {
	d := f.d
	c := -1
	for i := k + 1; i < e; i++ {
		if d.toks[i].quote != 0 {
			if c < 0 {
				return -1 // quoted words before the dash
			}
			continue
		}
		if d.toks[i].kind == tkWord || !isDashTok(d, i) {
			continue
		}
		if c >= 0 {
			return -1
		}
		c = i
	}
	if c < 0 || !d.is(c+1, "a") && !d.is(c+1, "an") {
		return -1
	}
	for j := c + 2; j < e && j <= c+4; j++ {
		if !d.word(j) || d.toks[j].quote != 0 {
			return -1
		}
		if dashCommentNouns[d.lw(j)] {
			return c
		}
	}
	return -1
}

// appendixObjectWords bounds the object before a participle clause or
// a dash comment: longer stretches are more often clauses.
const appendixObjectWords = 4

// pastAppendixWords bounds the object before a comma and a past form
// that ends the content (see objectAppendix).
const pastAppendixWords = 8

// objectAppendix returns where the narrator's appendix starts after a
// short object content [k, e), or -1: a participle clause after a comma
// or a spaced dash, or a past form after a comma ("mocked his rivals,
// talked over them"; "challenged the rules, lobbying for a new code":
// what the source did besides) or a comment after a spaced dash that a
// determiner opens ("predicted a win - a result few expected"). Not
// after a gerund object ("skipping class, …"), not before an adjective
// list ("a kind, loving and …"), not where the participle is a cue of
// its own or the clause is an aside before the content's own predicate
// ("The senator, running for …, leads …"), and not before a finite
// clause after the dash ("one thing — the bridge must close"). On train
// the cut is right 16 times and wrong never; the other firings were
// wrong either way.
func (f *finder) objectAppendix(k, e int) int {
	d := f.d
	if d.word(k) && isGerund(d.lw(k)) {
		return -1
	}
	for c := k + 1; c+1 < e; c++ {
		if d.toks[c].quote != 0 {
			return -1
		}
		dash := isDashTok(d, c) && d.toks[c].s > d.toks[c-1].e && d.toks[c+1].s > d.toks[c].e
		if !d.is(c, ",") && !dash {
			continue
		}
		if dash && d.in(c+1, wcDeterminer) && d.toks[c+1].quote == 0 && f.verblessObject(k, c, appendixObjectWords+2) && f.soleDash(c, e) && !f.auxNear(c+2, e) {
			return c
		}
		n := c + 1
		if d.word(n) && lyAdverb(d.lw(n)) {
			n++ // ", instead restating …"
		}
		w := d.lw(n)
		past := d.is(c, ",") && d.word(n) && !d.toks[n].cap && d.toks[n].quote == 0 && isPast(w)
		if !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 || !isGerund(w) && !past || strings.HasSuffix(w, "thing") || d.is(n+1, "and") || d.is(n+1, ",") || isGerund(d.lw(c-1)) {
			return -1
		}
		if strings.Contains(w, "-") || c == k+2 && d.in(k, wcDeterminer) && f.modifiesNext(n) {
			// "the big, free-standing agencies that …": a hyphenated
			// form in -ing is a compound adjective in a list before the
			// object's noun, never a participle clause's verb; so is
			// one between a determiner's lone word and a bare noun
			// ("the huge, growing deficits").
			return -1
		}
		mx := appendixObjectWords
		if past {
			// "rejected both objections, ruled the senator eligible",
			// "blocked the law, opposed by the unions": the source's next
			// act, or a gloss on the object, runs to the content's end
			// with no quotation and no further comma. Not an adjective
			// before a bare noun ("loud, sustained cheers") nor an aside
			// the content goes on after ("the city, captured in 1967, for
			// …"). A short object is not needed: on cross-fitted train the
			// cut is right 9 times of 10 firings, and the tenth was
			// wrong either way.
			if f.modifiesNext(n) {
				return -1
			}
			for j := n + 1; j < e; j++ {
				if d.toks[j].quote != 0 || d.is(j, ",") {
					return -1
				}
			}
			mx = pastAppendixWords
		}
		if !f.verblessObject(k, c, mx) {
			return -1
		}
		if m, _ := d.cueMatch(n); m > 0 && !past {
			return -1 // "…, saying …": the participle may report words of its own
		}
		for j := n + 1; j+1 < e; j++ {
			if d.is(j, ",") && d.toks[j].quote == 0 && f.predicateAfter(j+1) {
				return -1
			}
		}
		return c
	}
	return -1
}

// auxNear says whether an auxiliary stands among the three words from
// k: a finite clause after a dash ("one thing — the bridge must close")
// tells what the object was, so it is the speaker's too.
func (f *finder) auxNear(k, e int) bool {
	d := f.d
	for j := k; j < e && j < k+3; j++ {
		if d.in(j, wcAuxVerb) {
			return true
		}
	}
	return false
}

// soleDash says whether the dash at c is the only one in [c, e) outside
// quotations: a second one closes an aside inside the content.
func (f *finder) soleDash(c, e int) bool {
	d := f.d
	for i := c + 1; i < e; i++ {
		if d.toks[i].quote == 0 && isDashTok(d, i) {
			return false
		}
	}
	return true
}

// predicateAfter says whether a lowercase finite verb stands at k: an
// auxiliary, a past form or a present in -s ("…, running for the seat,
// leads the race").
func (f *finder) predicateAfter(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	w := d.lw(k)
	return f.predicateStart(k) || isPast(w) || sForm(w) && !d.in(k, wcDeterminer)
}

// modifiesNext says whether the word after the form in -ing at n is a
// bare lowercase noun it may modify: no preposition, determiner,
// pronoun, number, past form or punctuation stands there, as one does
// after a participle clause's verb ("lobbying for …", "joining two …",
// "having rejected …").
func (f *finder) modifiesNext(n int) bool {
	d := f.d
	m := n + 1
	if !d.word(m) || d.toks[m].cap || d.toks[m].quote != 0 {
		return false
	}
	w := d.lw(m)
	return !(npStop[w] || contactPreps[w] || venuePreps[w] || d.in(m, wcDeterminer|wcPronoun) || articles[w] || isNumberWord(w) || isGerund(w) || isPast(w) || strings.HasSuffix(w, "ly"))
}

// pronounTailPreps open the adjunct that pronounTail cuts: "supported
// her by a wide margin", "described it in print", "opposed them on
// those grounds", "turned against them over the years". "at", "with"
// and "as" are left alone: they often complete the verb ("pegged him
// at $2 billion", "credited her with …", "addressed her as …").
var pronounTailPreps = setOf("in on by over")

// pronounTail returns where a preposition starts after an object
// pronoun that opens the content [k, e) ("backed her in the primary"),
// or -1. The pronoun is the whole object; how, where or when the source
// acted on it is the narrator's. A name there is different: train keeps
// "Trump on the issue" whole more often than not, but a lone pronoun
// object alone about ten times for each time it keeps the phrase. "it"
// may be a clause's subject ("said it in fact was …"), so an auxiliary
// before the next comma keeps the content.
func (f *finder) pronounTail(k, e int) int {
	d := f.d
	if e-k < 3 || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !d.word(k+1) || d.toks[k+1].quote != 0 || !pronounTailPreps[d.lw(k+1)] {
		return -1
	}
	w := d.lw(k)
	if !objectPronouns[w] && w != "her" && w != "it" {
		return -1
	}
	if d.word(k+2) && isGerund(d.lw(k+2)) {
		return -1 // "joined him in lobbing attacks": what they did together
	}
	if w == "it" {
		for j := k + 2; j < e && !d.is(j, ",") && !isDashTok(d, j); j++ {
			if d.in(j, wcAuxVerb) {
				return -1
			}
		}
	}
	return k + 1
}

// dashClause returns the content's only dash when a new clause with its
// own subject follows it ("the bridge reopened — and the ferry lost its
// riders", "the port is busy — there are ships waiting"), or -1: the
// narrator goes on after the dash. On train gold ends at such a dash
// eleven times for each time it runs on. Not after quoted words, whose
// speaker may go on, nor before a quotation; a lone hyphen must be
// spaced to be a dash ("inter- rupted" is a broken word).
func (f *finder) dashClause(k, e int) int {
	d := f.d
	c := -1
	for i := k; i < e; i++ {
		if d.toks[i].quote != 0 {
			if c < 0 {
				return -1
			}
			continue
		}
		if d.toks[i].kind == tkWord || !isDashTok(d, i) {
			continue
		}
		if c >= 0 {
			return -1 // a pair of dashes sets off an aside
		}
		c = i
	}
	if c < k+2 || c+2 >= e {
		return -1
	}
	if d.is(c, "-") && (d.toks[c].s == d.toks[c-1].e || d.toks[c+1].s == d.toks[c].e) {
		return -1
	}
	if f.verblessObject(k, c, e-k) {
		return -1 // "one thing — the bridge must close": the clause tells what the object was
	}
	n := c + 1
	if d.is(n, "and") || d.is(n, "but") {
		n++
	}
	if d.is(n, "a") || d.is(n, "an") || !f.newClause(n, e) {
		return -1 // "— a move he has long opposed": an indefinite noun phrase is a comment on the content
	}
	return c
}
