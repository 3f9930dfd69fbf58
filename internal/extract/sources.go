package extract

import "strings"

// cueStart extends a cue backwards over auxiliaries and returns the
// token before them (where the source should end).
func (f *finder) cueStart(a *attr, lim int) int {
	d := f.d
	j := a.cueS - 1
	for j >= lim && j > a.cueS-4 && d.word(j) && !(d.toks[j].cap && d.modalName(j)) && !d.closesInfinitive(j, lim) && (d.in(j, wcSkipBetween) || d.is(j, "not") && (d.in(j-1, wcAuxVerb) || contractedBe(d, j-1)) || contractedNegation(a, d.lw(j)) || f.auxChainWord(j) || d.is(j, "been") && isGerund(d.lw(a.cueS)) || f.perfectPassive(j, a.cueS)) {
		j-- // "The mayor does not believe …": negated reports count too; "have been urging …"
	}
	if f.remainBeforeAttitude(a, j, lim) {
		// "voters who remain skeptical of …": the linking verb belongs to
		// the predicate, as "are" does, and the subject stands before it
		for j--; j >= lim && j > a.cueS-5 && d.word(j) && d.in(j, wcSkipBetween) && !(d.toks[j].cap && d.modalName(j)); j-- {
		}
	}
	if j-1 >= lim && d.toks[j].kind == tkPoss && d.word(j-1) && d.in(j-1, wcPronoun) && d.toks[j].quote == 0 {
		j-- // "She's hoping …": the contracted auxiliary
	}
	if t := f.timeBack(j, lim); t < j && t >= lim && d.npBack(t, lim) >= 0 {
		j = t // "Feinstein last week said", "Carter however said"
		for j >= lim && d.word(j) && d.in(j, wcSkipBetween) && !(d.toks[j].cap && d.modalName(j)) {
			j-- // "Theresa May in March said" ends its name in "May"
		}
	}
	return j
}

// contractedBe says whether token k is a pronoun's contracted "is" or
// "are" ("He’s not saying …", "They’re not expecting …"), which a "not"
// after it negates as it does the full form.
func contractedBe(d *doc, k int) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	if d.toks[k].kind == tkPoss {
		return d.word(k-1) && d.in(k-1, wcPronoun)
	}
	w := d.lw(k) // lower-cased with the apostrophe made plain: "they're"
	_, ok := contractedPronoun(w)
	return ok && d.word(k) && strings.HasSuffix(w, "'re")
}

// closesInfinitive says whether the adverb at j ends an infinitive
// phrase of the source rather than modifying the cue: "an officer who
// was not authorized to speak publicly said …", "aides allowed to
// discuss the talks privately said …".
func (d *doc) closesInfinitive(j, lim int) bool {
	if !lyAdverb(d.lw(j)) {
		return false
	}
	for k := j - 1; k >= lim && k >= j-4 && d.word(k) && !d.toks[k].cap && d.toks[k].quote == 0; k-- {
		if d.in(k, wcSkipBetween) || d.is(k, "and") || d.is(k, "but") || d.is(k, "or") {
			// "declined to comment but later publicly said": the adverbs
			// stand between a second subject-less verb and its cue
			return false
		}
		if d.is(k, "to") {
			return k < j-1 && !d.in(k+1, wcDeterminer)
		}
	}
	return false
}

// contractedNegation says whether w, a word before the cue of a, is an
// auxiliary with a contracted "not" that cueStart steps over as it steps
// over "would not": "The governor wouldn't say when …", "The board
// didn't respond to …". Only before a confident cue that is no thought: the
// contracted form is the register of interviews and columns, where "I
// don't think", "we don't know" hedge the speaker's own words. On train
// a thought verb after it is a gold cue about one time in four, a verb of
// speech more than one time in two.
func contractedNegation(a *attr, w string) bool {
	return negatedAux(w) && a.entry.Type != CueThought && a.entry.Prec >= 0.3
}

// datedEnd extends a source ending before token e over the time phrase
// cueStart skipped when that phrase dates a document the source names:
// "a CBS poll last week said", "A campaign ad released Thursday says".
// It returns the new end, or e.
func (f *finder) datedEnd(e, cueS int) int {
	d := f.d
	w := d.lw(e - 1)
	if !d.word(e-1) || d.toks[e-1].cap || !(datedNouns[w] || datingParticiples[w]) {
		return e
	}
	j := cueS - 1
	for j >= e && d.word(j) && d.in(j, wcSkipBetween) {
		j--
	}
	if j >= e && f.timeBack(j, e) == e-1 {
		return j + 1
	}
	return e
}

// datingParticiples put out a document at a time: "a poll released
// Monday", "a survey out last week".
var datingParticiples = setOf("released published conducted issued taken out posted aired unveiled")

// betweenAdverbs stand between a subject and its verb: "Carter however
// said".
var betweenAdverbs = setOf("however meanwhile too instead now again")

// lyNouns end in "ly" but are no adverbs: "a Trump ally said".
var lyNouns = setOf("ally family rally assembly supply anomaly monopoly")

// timeQualifiers join the words of a time phrase: "less than two weeks
// ago", "on Tuesday", "earlier this month".
var timeQualifiers = setOf("on in at during than less more about nearly almost just past a an the of")

// timeBack returns the token before a time phrase or adverb that ends at
// token j ("last week", "less than two weeks ago", "on Tuesday",
// "however"), or j when there is none.
func (f *finder) timeBack(j, lim int) int {
	d := f.d
	if w := d.lw(j); d.word(j) && !d.toks[j].cap && (d.inLex(j, lcBetweenAdverb) || len(w) > 5 && strings.HasSuffix(w, "ly") && !d.inLex(j, lcLyNoun)) {
		return j - 1 // "Carter however said", "Trump openly admires"
	}
	i, saw, date, prep := j, false, false, false
	for i >= lim && d.word(i) && d.toks[i].quote == 0 && (!d.allCaps(i) || yearWord(d.lw(i))) {
		w := d.lw(i)
		if d.in(i, wcTimeWord) && !d.in(i, wcPronoun) || d.in(i, wcWeekday) || d.in(i, wcTimeWordS) {
			saw = true
			i--
			continue
		}
		if !saw && !prep && (yearWord(w) || d.toks[i].cap && monthNames[w] || date && dateEdges[w]) {
			// "who in 2019 said", "Lee in early March said": a date
			// counts only with its preposition.
			date = true
			i--
			continue
		}
		if date && datePreps[w] {
			if f.inPhrase(i-1, lim) {
				return j // "an aide at the foundation in 2009", "the defeat of 2012": the date ends a phrase
			}
			saw, prep = true, true
			i--
			continue
		}
		if saw && (isNumberWord(w) || timeQualifiers[w]) {
			i--
			continue
		}
		break
	}
	if !saw {
		return j
	}
	// "the", "a", "of" or "than" belong to the phrase only inside it:
	// "the Pentagon of the week" is no time phrase to skip.
	for i < j && timeInner[d.lw(i+1)] {
		i++
	}
	// As in timeCut: "a list of donors released last week", "a poll last
	// week" — the time belongs to a participle or a dated document.
	for k := i; k >= lim && i-k < 8 && (d.word(k) || d.toks[k].kind == tkPoss); k-- {
		w := d.lw(k)
		if d.in(k, wcDatedNoun) || !d.toks[k].cap && (pastParticiple(w) || len(w) > 4 && strings.HasSuffix(w, "ing")) {
			return j
		}
	}
	return i
}

var timeInner = setOf("the a an of than")

// inPhrase says whether the noun phrase ending at token k is the object
// of a preposition, which a date after it may go on modifying.
func (f *finder) inPhrase(k, lim int) bool {
	d := f.d
	b := d.npBack(k, lim)
	return b > lim && d.word(b-1) && (d.in(b-1, wcVenuePrep) || nounPreps[d.lw(b-1)] || d.inLex(b-1, lcPPLink))
}

// datePreps put a bare month or year before a verb: "who in 2019 said".
var datePreps = setOf("in during since until")

// dateEdges narrow a month or year: "in early 2019".
var dateEdges = setOf("early late mid")

// yearWord says whether w is a year from 1900 to 2099.
func yearWord(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// mentionEnd trims an apposition off a mention: for "Merz, who …, said"
// the mention is "Merz".
func (f *finder) mentionEnd(b, j int) int {
	for k := b; k <= j; k++ {
		if f.d.is(k, ",") || k > b && f.d.toks[k].kind == tkPunct && isDashRune(f.d.r[f.d.toks[k].s]) {
			return k
		}
	}
	return j + 1
}

// appositionBack handles "X, the Y of Z, said" and "X, who …, said": the
// token before the cue is a comma closing an inserted phrase.
func (f *finder) appositionBack(j, lim int) int {
	d := f.d
	if j > lim && d.toks[j].kind == tkPunct && isDashRune(d.r[d.toks[j].s]) {
		return f.dashApposition(j, lim)
	}
	if !d.is(j, ",") && !(f.isClose(j) && d.is(j-1, ",")) {
		return -1
	}
	if d.is(j, ",") && d.is(j-1, ")") {
		// "Gov. John Kasich (R-OH), said": a stray comma after the
		// name's party tag; the tagged name is the source.
		if b := d.npBack(j-1, lim); b >= 0 && b < j-1 && d.capWord(b) && f.afterOpeningPhrase(b, lim) {
			return b
		}
	}
	// "Carter's press secretary, Peter Cook, told": the name between the
	// commas, with the description before it.
	if nb := d.npBack(j-1, lim); nb > lim && d.capWord(j-1) && d.is(nb-1, ",") {
		if db := d.npBack(nb-2, lim); db >= 0 && (db == lim || d.is(db-1, ",") || f.isClose(db-1) || d.is(db-1, ":")) { // "10:02 p.m. ET: Her challenger, Ann Lee, said"
			return f.describedNameBack(db, lim)
		}
		// "Another delegate on the Cruz slate, Jim Poolman, said": the
		// description may carry a postmodifier. After a quotation ("“…,”
		// the chairman of the board, Jim Poolman, said") it opens after
		// the closing mark; a comma before that is the description's own
		// ("a salesman from Sumter, S.C.").
		ds := lim
		for k := nb - 2; k > lim; k-- {
			if f.isClose(k) {
				ds = k + 1
				break
			}
			if d.is(k, ",") {
				break
			}
		}
		if ds == lim && f.frontedAdverbial(ds, nb-1) && !d.is(ds, "as") && d.capWord(nb) {
			// "After winning Ohio, John Kasich, said": the opening phrase
			// is circumstance, not a description; the name is the source.
			// After "as" it describes ("As the chief executive, Jeff
			// Weiner, put it").
			return nb
		}
		if f.descriptionPhrase(ds, nb-1) || f.countedDescription(ds, nb-1) {
			return ds
		}
	}
	if b := f.relativeApposition(j, lim); b >= 0 {
		return b
	}
	first := -1
	for k := j - 1; k > lim && j-k < 30; k-- {
		if d.is(k, ".") && d.toks[k].kind == tkPunct && !(d.is(k+1, ",") || d.is(k+1, ")")) || d.is(k, ";") {
			break // a full stop; "R-Ky.," and "(D-Md.)" abbreviate
		}
		if d.is(k, ",") && d.toks[k].quote == 0 {
			// The first comma back may sit inside the apposition ("a
			// representative in Allentown, Pa., said"): keep looking for
			// a name that itself follows the content's end.
			if stateAbbrevs[strings.TrimSuffix(d.lw(k-1), ".")] || d.cityStateBefore(k) && d.commaBetween(lim, k-3) {
				continue // "from Jackson, Miss., attending …": a place
			}
			if d.partyTagBefore(k) {
				continue // "Sen. Lindsey Graham, R-S.C., a candidate, said": the name's tag
			}
			if isNumberWord(d.lw(k-1)) && d.is(k-2, ",") {
				if nb := f.describedNameBack(k+1, lim); nb <= k-3 {
					return nb // "Ann Lee, 29, of Hull, Mass., said"
				}
			}
			b := d.npBack(k-1, lim)
			named := d.capWord(k-1) || d.is(k-1, ")") || // "Rep. Elijah Cummings (D-Md.),"
				(d.is(k+1, "which") || d.is(k+1, "who")) && (b == lim || b-2 >= lim && f.isClose(b-1) && f.closedByPunct(b-1)) // "The complaint, which was filed …, alleged"; "“…,” a source, who …, said"
			if b >= 0 && named && (b == lim || d.is(b-1, ",") || f.isClose(b-1)) {
				if db := f.descriptionBack(b, lim); db < b {
					return db
				}
				return f.describedNameBack(b, lim)
			}
			if first < 0 && b >= 0 && named {
				first = b
			}
		}
	}
	if first < 0 {
		first = f.clauseApposition(j, lim)
	}
	return first
}

// clauseApposition: "One attendee, who like others spoke on the
// condition of anonymity, said", "An Israeli official, speaking on the
// condition of anonymity, said": a short noun phrase opening the
// sentence, then a relative or participle clause closed by the comma at
// j. It returns the phrase's first token or -1.
func (f *finder) clauseApposition(j, lim int) int {
	d := f.d
	c := -1
	for k := lim; k < j && k < lim+7; k++ {
		if d.is(k, ",") {
			c = k
			break
		}
		if d.toks[k].quote != 0 || !d.word(k) && d.toks[k].kind != tkPoss || d.in(k, wcAuxVerb) || d.in(k, wcNPStop) {
			return -1
		}
	}
	if c <= lim || j-c > 25 || !d.word(lim) || !(d.in(lim, wcDeterminer) && d.lw(lim) != "that" || d.toks[lim].cap && !d.in(lim, wcLeadStop)) {
		return -1
	}
	w := d.lw(c + 1)
	if !(w == "who" || w == "whose" || w == "which" || isGerund(w) && !d.toks[c+1].cap) {
		return -1
	}
	for k := c + 1; k < j; k++ {
		if d.toks[k].quote != 0 || d.is(k, ";") || d.is(k, ".") && d.toks[k].kind == tkPunct {
			return -1
		}
	}
	return lim
}

// describedNameBack extends a description starting at b back to the
// name it follows, with an age between them: "Matthew Prince, chief
// executive of CloudFlare, a San Francisco company, said", "Ann Lee,
// 29, of Hull, Mass., said". It returns the new start, or b.
func (f *finder) describedNameBack(b, lim int) int {
	d := f.d
	if b-2 < lim || !d.is(b-1, ",") || !d.word(b) || d.toks[b].cap || d.toks[b-1].quote != 0 {
		return b
	}
	w := d.lw(b)
	if !(determiners[w] || titleWords[w] || postPreps[w] || isNumberWord(w) && d.is(b+1, ",")) || w == "that" || w == "this" {
		return b
	}
	e := b - 2
	if isNumberWord(d.lw(e)) && e-2 >= lim && d.is(e-1, ",") {
		e -= 2 // "Ann Lee, 29, of Hull"
	}
	if !d.capWord(e) {
		return b
	}
	nb := d.npBack(e, lim)
	if nb < 0 || nb > e || !d.subjectStart(nb, lim) || !d.capWord(nb) && !d.in(nb, wcDeterminer) {
		return b
	}
	return nb
}

// descriptionBack extends a name starting at b back over a description
// set off before it by a comma, when the description opens the
// sentence's subject: "Trump’s Indiana chairman, Rex Early, …, said",
// "The director of the centre, Ina Kirsch, told". It returns the new
// start, or b.
func (f *finder) descriptionBack(b, lim int) int {
	d := f.d
	if b-2 < lim || !d.is(b-1, ",") || d.toks[b-1].quote != 0 {
		return b
	}
	db := d.npBack(b-2, lim)
	if db < 0 || db > b-2 {
		return b
	}
	db = d.postmodBack(db, lim)
	if !d.subjectStart(db, lim) || d.is(db-1, ",") && db-1 > lim {
		return b // "In Iowa, Rex Early": a place or a list, no description
	}
	described := false
	for k := db; k < b-1; k++ {
		if d.toks[k].kind == tkPoss || d.word(k) && !d.toks[k].cap && (d.in(k, wcTitleWord) || d.in(k, wcDeterminer)) || k == db && d.in(k, wcDeterminer) {
			described = true
		}
	}
	if !described {
		return b
	}
	return db
}

// afterOpeningPhrase says whether a subject may start at b: at the
// limit, or after the comma that closes an adverbial phrase ("after
// winning Ohio in the primary, Gov. John Kasich …"). After a comma
// closing a noun phrase, the name is that phrase's apposition
// ("Democrats' nominee, Sen. Tim Kaine (D-Va.), …").
func (f *finder) afterOpeningPhrase(b, lim int) bool {
	d := f.d
	if b <= lim {
		return true
	}
	if !d.is(b-1, ",") {
		return false
	}
	k := b - 2
	for k >= lim && !d.is(k, ",") && d.toks[k].quote == 0 {
		k--
	}
	return k+1 < b-1 && d.word(k+1) && adverbialOpeners[d.lw(k+1)]
}

// relativeBack finds "a White House official who spoke anonymously
// said": the source before a relative clause. It returns the source's
// first token and its end.
func (f *finder) relativeBack(j int, s sent) (int, int) {
	d := f.d
	for k := j; k > s.ts && j-k < 14; k-- {
		if d.toks[k].kind != tkWord || d.toks[k].quote != 0 {
			return -1, -1
		}
		if (d.is(k, "who") || d.is(k, "whose")) && k < j {
			b := d.npBack(k-1, s.ts)
			if b < 0 {
				return -1, -1
			}
			return b, k
		}
	}
	return -1, -1
}

// subject returns the first source-like phrase of the sentence before
// token lim, skipping a leading participle or prepositional clause.
func (f *finder) subject(s sent, lim int) (int, int) {
	d := f.d
	st := s.ts
	if e := f.spanLater(st, lim); e > st {
		st = e // "A few minutes later they said"
	} else if t := f.timedOpening(s, lim); t > st {
		st = t
	} else if d.word(st) && (isGerund(d.lw(st)) && !d.ingName(st) || d.in(st, wcLeadStop) && !d.demonstrativeSubject(st, st+1, st) || d.in(st, wcVenuePrep) || f.openingPhrase(st, lim) || d.focusedSub(st)) {
		for dashes := 0; st < lim && !d.is(st, ","); st++ {
			if isDashTok(d, st) && !isDashTok(d, st+1) && d.toks[st].quote == 0 {
				if dashes++; dashes == 2 {
					break // "In a speech from Wyoming -- which … -- Sanders said"
				}
			}
		}
		st++
		if st >= lim && d.in(s.ts, wcLeadStop) {
			st = s.ts + 1 // "When Trump later … and said": no comma, one word
			if d.in(s.ts, wcVenuePrep) {
				st = f.timeObjectEnd(st, lim)
			}
		}
	}
	if st == s.ts {
		st = f.leadTime(f.datelineEnd(st, lim), lim)
	} else {
		st = f.moreLead(st, lim)
	}
	if st >= lim {
		return -1, -1
	}
	ne := d.npForward(st, lim)
	if ne < 0 {
		ne = f.countedSubjectEnd(st, lim)
	}
	if ne < 0 && st > s.ts && placeOpeners[d.lw(s.ts)] {
		// No subject known after the place phrase: its preposition, as
		// before, keeps the report ("Outside the terminal, the deckhands
		// gathered …").
		st = s.ts
		ne = d.npForward(st, lim)
	}
	if ne < 0 && d.modifiesHead(st, st+1, lim) {
		ne = st + 3 // "The billionaire businessman began …"
	}
	if ne < 0 && d.speakingSubject(st, lim) {
		ne = st + 2 // "The warden spoke on Monday, saying …"
	}
	if ne < 0 {
		return -1, -1
	}
	ne = d.roleLinkEnd(f.subjectHeadEnd(ne, lim), lim)
	if st > s.ts && d.is(ne, ",") && d.capWord(ne-1) {
		// "Speaking in Salem, New Hampshire, Trump went …": the place
		// continues the opening phrase; the subject follows it.
		if ne2 := d.npForward(ne+1, lim); ne2 > ne+1 && ne2 < lim && d.word(ne2) && !d.toks[ne2].cap {
			return ne + 1, ne2
		}
	}
	return st, ne
}

// countedSubjectEnd ends a subject that opens with a count, which
// npForward does not take: "about 300 farmers gathered …, chanting …",
// "hundreds of farmers". It returns the head's end, or -1.
func (f *finder) countedSubjectEnd(st, lim int) int {
	d := f.d
	k := st
	if approximators[d.lw(k)] {
		k++
	}
	if !d.word(k) || d.toks[k].cap || !isNumberWord(d.lw(k)) && !countNouns[d.lw(k)] {
		return -1
	}
	if k++; d.is(k, "of") {
		k++
	}
	if k >= lim || !d.word(k) || d.toks[k].quote != 0 {
		return -1
	}
	return d.npForward(k, lim)
}

// countNouns count a crowd: "hundreds of protesters".
var countNouns = setOf("dozens hundreds thousands scores millions")

// datingEvents date a phrase as a time would: "during the primary",
// "since the election".
var datingEvents = setOf("primary primaries campaign election elections convention")

// timeObjectEnd skips the object of an opening preposition that names a
// time when no comma closes it, to the subject's first name: "On Sunday
// morning Mr. Lee said", "During the primary Lee came out against". It
// returns the name's token, or st.
func (f *finder) timeObjectEnd(st, lim int) int {
	d := f.d
	timed := false
	for k := st; k < lim && k < st+7; k++ {
		if !d.word(k) || d.toks[k].quote != 0 {
			return st
		}
		w := d.lw(k)
		if isWeekday(w) || monthWords[w] || dayParts[w] || timeWords[w] || timeSpans[w] || datingEvents[w] {
			timed = true
			continue
		}
		if d.capWord(k) {
			if timed && k > st {
				return k
			}
			return st
		}
		if !(determiners[w] || w == "of" || isNumberWord(w)) {
			return st
		}
	}
	return st
}

// appositionAhead extends a subject ending before token ne over an
// apposition set off by commas when the clause goes on after it, as
// PolNeAR marks it: "Betsey Wright, a close aide, coined …", "Suu Kyi,
// 70, said …". An aside ("Trump, in Kentucky, said") stays out, and so
// does a relative clause, which gold marks either way; an adverb or a
// time or place phrase after the closing comma ("Lee, a nurse, then
// went …", "Lee, a nurse, on Monday went …") is the predicate's and
// leaves the apposition in. It returns the new end, or ne.
func (f *finder) appositionAhead(ne, lim int) int {
	d := f.d
	if !d.is(ne, ",") || d.toks[ne].quote != 0 || !d.word(ne+1) {
		return ne
	}
	w := d.lw(ne + 1)
	if asideOpeners[w] || isGerund(w) || w == "and" || w == "or" || w == "but" || w == "who" || whWords[w] {
		return ne
	}
	for k := ne + 1; k < lim && k < ne+25; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind == tkDQ || d.is(k, ";") || d.is(k, ":") {
			return ne
		}
		if d.is(k, ",") {
			if k > ne+1 && d.word(k+1) && !d.toks[k+1].cap && !isGerund(d.lw(k+1)) && d.lw(k+1) != "and" {
				return k
			}
			if !(stateAbbrevs[strings.TrimSuffix(d.lw(k-1), ".")] || d.capWord(k-1) && d.capWord(k+1)) {
				return ne // a second comma that closes nothing we know
			}
		}
	}
	return ne
}

// appositionTail finds the apposition after a source that ends at the
// comma ne ("according to Ann Lee, a county clerk, the road …", "…,
// according to Ann Lee, a county clerk."): a phrase opened by a
// determiner, a title or a number (an age) that ends at a comma or at
// the end of the sentence. It returns the apposition's end, or ne.
func (f *finder) appositionTail(ne int, s sent) int {
	d := f.d
	if e := f.possessiveRole(ne, s); e > ne {
		return e
	}
	if !d.is(ne, ",") || d.toks[ne].quote != 0 || !d.word(ne+1) || d.toks[ne+1].cap {
		return ne
	}
	w := d.lw(ne + 1)
	if !(phraseDeterminer(w) || titleWords[w] || isNumberWord(w)) {
		return ne
	}
	for k := ne + 1; k <= s.te && k < ne+16; k++ {
		if k == s.te || d.is(k, ".") && k+1 >= s.te {
			return k
		}
		if d.is(k, ",") && k > ne+1 {
			return k
		}
		t := &d.toks[k]
		if (d.is(k, "who") || d.is(k, "that")) && k > ne+2 {
			if e := f.finalRelative(k, s); e > 0 {
				return e
			}
		}
		if t.quote != 0 || t.kind != tkWord && t.kind != tkPoss && !d.is(k, "-") || d.in(k, wcAuxVerb) || d.in(k, wcWhWord) || d.is(k, "who") || d.is(k, "that") {
			return ne
		}
	}
	return ne
}

// openingPhrase says whether the sentence opens at token st with an
// adverbial set off by a comma before its subject: "Since Clinton's
// op-ed in May, she …", "Ultimately, Mr. Yanukovych …", "A month
// later, he …".
func (f *finder) openingPhrase(st, lim int) bool {
	d := f.d
	w := d.lw(st)
	if subordinators[w] || openingWords[w] || d.toks[st].cap && lyAdverb(w) && !lyNouns[w] {
		return true
	}
	if placeOpeners[w] && d.word(st+1) && (d.in(st+1, wcDeterminer) || d.in(st+1, wcPossPronoun) || d.toks[st+1].cap) {
		return true
	}
	for k := st + 1; k < lim && k < st+6; k++ {
		if d.is(k, ",") {
			return laterWords[d.lw(k-1)]
		}
		if !d.word(k) {
			return false
		}
	}
	return false
}

var (
	openingWords = setOf("once beyond despite like unlike likewise by through throughout under among amid against without more")
	// placeOpeners open a phrase set off before the subject when a noun
	// phrase with a determiner or a name follows: "Outside the plant, a
	// worker said …", but "Outside groups spent …" is the subject. On
	// train 27 gold sources follow such an opener in their sentence
	// (outside 6, inside 5, within 5, along 5, across 3, besides 3), none
	// is inside the phrase.
	placeOpeners = setOf("outside inside within along across besides")
	laterWords   = setOf("later ago earlier")
)

// longSubject takes the whole clause before the cue as its subject when
// it is one noun phrase with postmodifiers, which PolNeAR marks in full:
// "Several supporters of reform said", "Democrats trying to regain
// control of the Senate say". It returns the phrase's first token or -1.
func (f *finder) longSubject(j int, s sent) int {
	d := f.d
	b := s.ts
	if d.word(b) && (d.lw(b) == "but" || d.lw(b) == "and" || d.lw(b) == "so") {
		b++
	}
	if j-b < 2 || j-b > 13 || !d.word(b) {
		return -1
	}
	first := d.lw(b)
	if !(phraseDeterminer(first) || d.toks[b].cap || isNumberWord(first)) || pronouns[first] || leadStop[first] || subordinators[first] {
		return -1
	}
	prep := false
	for k := b; k <= j; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind != tkWord && t.kind != tkPoss {
			return -1
		}
		w := d.lw(k)
		if subjectPreps[w] && k > b {
			prep = true
			continue
		}
		if npStop[w] || whWords[w] || strings.HasSuffix(w, "ly") {
			return -1
		}
	}
	if !prep || subjectPreps[d.lw(j)] || d.in(j, wcDeterminer) {
		return -1
	}
	return b
}

// asideOpeners open a comma phrase after a name that is no apposition:
// "Ted Cruz, by contrast,", "Sanders, meanwhile,", "Trump, in Kentucky,".
var asideOpeners = setWith(asideAdverbs, "in on at for by with after before during as while when")

// asideAdverbs are the asideOpeners that make a whole aside: "Sanders,
// meanwhile,", "Pence, however,".
var asideAdverbs = setOf("though however meanwhile too also instead then still")

// mentionCut is where the reported mention of a ends. PolNeAR keeps
// appositions ("Brian Fallon, a spokesman for Mrs. Clinton") but not an
// aside after the name: a prepositional phrase, a discourse adverb or a
// participle ("Marco Rubio, speaking at a rally").
func (f *finder) mentionCut(a *attr) int {
	var e int
	var tails bool
	if a.srcS >= 0 {
		var ok bool
		if e, tails, ok = f.cuts.get(a); !ok {
			e, tails = f.mentionHeadCut(a)
			f.cuts.put(a, e, tails)
		}
	} else {
		e, tails = f.mentionHeadCut(a)
	}
	if !tails {
		return e // an aside or a clause ended the mention
	}
	return f.d.photoRefCut(a.srcS, f.headlineWordCut(a, f.stateTail(a, e)))
}

// mentionHeadCut is mentionCut before the tails that read the content
// and the headline, which apply when tails is true: it reads only the
// document and a's srcS, srcE, cueS and cueE, so that f.cuts can keep
// its answers.
func (f *finder) mentionHeadCut(a *attr) (e int, tails bool) {
	d := f.d
	first := true
	rel := -1 // the comma opening a who/whose clause after the head
	for k := a.srcS + 1; k < a.srcE-1; k++ {
		if d.is(k, ",") && d.toks[k].quote == 0 {
			w := d.lw(k + 1)
			if first && (w == "who" || w == "whose") && a.srcE <= a.cueS {
				rel = k
			}
			// "then" before a title opens a former office ("Ann Lee,
			// then mayor of Hull"), not an aside; so does an "-ing"
			// word before one ("Ken Lo, managing director at Ames").
			aside := d.word(k+1) && !d.toks[k+1].cap && (asideOpeners[w] && !(w == "then" && !d.is(k+2, ",")) || isGerund(w) && !d.in(k+2, wcTitleWord) || f.participleAside(k+1) || d.trailAside(k+1, a.srcE))
			if first && (d.capWord(k-1) || isGerund(w)) && aside || d.discourseAside(k+1) && !coordLinks[d.lw(k-1)] {
				return k, false // "One aide, speaking on condition of anonymity, said", "Pence, on the other hand, …"
			}
			// After the apposition ("Jim Hodges, a Clinton backer,
			// referring to …"), an aside ends the mention wherever it
			// follows.
			if !first && aside {
				if rel >= 0 {
					return rel, false // an aside inside the relative clause: the head alone
				}
				return k, false
			}
			if (w == "but" || auxVerbs[w] && !d.toks[k+1].cap) && (d.capWord(k-1) || d.headOK(k-1) || d.is(k-1, ".") || d.is(k-1, ")")) {
				return k, false // "said Ann Lee, but she has …", "said Ann Lee, a clerk, would …": a clause of its own
			}
			if first && a.srcE <= a.cueS && f.bareRelative(a.srcS, k) {
				return k, false
			}
			first = false
		}
	}
	e = a.srcE
	if e-2 >= a.srcS && d.toks[e-1].kind == tkPoss && d.in(e-2, wcPronoun) {
		e-- // "He’s been clear": the contraction is the verb
	}
	if e-1 > a.srcS && e <= a.cueS && d.word(e-1) && auxContraction(d.lw(e-1)) {
		e-- // "Lee’s aide Ann Bell wouldn’t say": the negated auxiliary is the verb's
	}
	e = f.postmodTail(a, f.timeCut(a.srcS, f.speechCut(a.srcS, f.clauseVerbCut(a.srcS, f.anonymityCut(a.srcS, e)))))
	e = f.possessedSpeechCut(a.srcS, f.mediumCut(a, a.srcS, e))
	e = f.verbTailCut(a, e)
	if e-1 > a.srcS && d.floatingQuantifierAt(e-1, a.srcS) {
		e-- // "Rubio and Bush both said"
	}
	if e == a.srcE && e <= a.cueS && e+1 < a.cueE && d.word(e) && d.inLex(e, lcReflexive) {
		// "Clinton herself has proposed": PolNeAR keeps the emphatic
		// reflexive in the mention (14 of 23 on train).
		e++
	}
	return e, true
}

// photoRefs are the words of a caption's pointer to a picture
// ("Ann Lee (left) said", "A video (above) shows"): PolNeAR ends the
// mention before it (both such mentions on train).
var photoRefs = setOf("left right above below center centre pictured inset")

// photoRefCut drops such a parenthesised pointer that ends the mention
// running from s to e. It returns the new end.
func (d *doc) photoRefCut(s, e int) int {
	if e-3 > s && d.is(e-1, ")") && d.is(e-3, "(") && d.word(e-2) && photoRefs[d.lw(e-2)] {
		return e - 3
	}
	return e
}

// discourseAsides are phrases set off by commas after a subject that
// comment on the sentence rather than describe the source ("Pence, on
// the other hand, …", "Sanders, to his credit, …"); PolNeAR leaves them
// out of the mention (61 of 63 on train). Single words are asideAdverbs;
// "without" before a gerund opens one too ("Clinton, without naming him,").
var discourseAsides = [][]string{
	{"for", "example"}, {"for", "instance"}, {"of", "course"}, {"on", "the", "other", "hand"},
	{"it", "turned", "out"}, {"it", "seems"}, {"in", "turn"}, {"in", "fact"}, {"in", "particular"},
	{"to", "his", "credit"}, {"to", "her", "credit"}, {"to", "their", "credit"},
	{"through", "a", "spokesman"}, {"through", "a", "spokeswoman"}, {"through", "a", "spokesperson"},
}

// discourseAside says whether one of the discourseAsides, or one of the
// asideAdverbs set off by commas, starts at token k.
func (d *doc) discourseAside(k int) bool {
	if d.word(k) && d.toks[k].quote == 0 && asideAdverbs[d.lw(k)] && d.is(k+1, ",") {
		return true
	}
	if d.is(k, "without") && d.word(k+1) && isGerund(d.lw(k+1)) && d.toks[k].quote == 0 {
		return true // "Clinton, without naming him, accused …"
	}
	for _, ph := range discourseAsides {
		ok := true
		for i, w := range ph {
			if !d.word(k+i) || d.toks[k+i].quote != 0 || d.lw(k+i) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// anonymityCut ends a mention before a restrictive relative clause that
// only says why the source is unnamed ("one former executive who
// requested anonymity to avoid …", "a strategist who spoke on the
// condition of anonymity"): PolNeAR mostly leaves it out (a clause saying
// the source was not authorized to speak it keeps). It returns the new
// end, or e.
func (f *finder) anonymityCut(s, e int) int {
	d := f.d
	for k := s + 1; k < e; k++ {
		if !d.is(k, "who") || d.toks[k].quote != 0 {
			continue
		}
		if d.is(k-1, ",") {
			if k-1 > s && d.unnamedClause(k, e) {
				return k - 1
			}
			continue
		}
		for i := k + 1; i < e && i < k+12; i++ {
			if d.is(i, "anonymity") {
				return k
			}
		}
		return e
	}
	return e
}

// unnamedClause says whether the non-restrictive "who" clause at k only
// says why the source goes unnamed: "one aide, who spoke on the condition
// of anonymity", "the woman, who declined to be identified" or "to be quoted". PolNeAR
// leaves it out of the mention (train: 9 such clauses out, 2 in); "who
// was not authorized to speak" is no such clause and stays.
func (d *doc) unnamedClause(k, e int) bool {
	for i := k + 1; i < e && i < k+14; i++ {
		if d.is(i, ",") || d.is(i, "authorized") {
			return false
		}
		if d.is(i, "anonymity") || d.is(i, "anonymously") || d.is(i, "be") && (d.is(i+1, "identified") || d.is(i+1, "named") || d.is(i+1, "quoted")) {
			return true
		}
	}
	return false
}

// clauseVerbCut ends a mention before a finite verb that takes an object
// inside it: "The town released a statement Wednesday saying …", "The
// documents raised new questions about …". A participle modifying the
// head is followed by an agent, time or place instead ("a poll released
// Thursday", "a report released by the panel"), so the verb must run
// into a determiner, possessive or number. It returns the new end, or e.
func (f *finder) clauseVerbCut(s, e int) int {
	d := f.d
	for k := s + 1; k+1 < e; k++ {
		w := d.lw(k)
		if d.is(k, ",") || isDashTok(d, k) || w == "who" || w == "whose" || w == "which" || w == "that" {
			return e // an apposition or relative clause: its verbs are its own
		}
		if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !isPast(w) || edTitles[w] {
			continue
		}
		p := d.lw(k - 1)
		if !d.word(k-1) || determiners[p] || npStop[p] || pronouns[p] || d.is(k-1, ",") {
			continue
		}
		n := d.lw(k + 1)
		if d.word(k+1) && d.toks[k+1].quote == 0 && (determiners[n] && n != "that" && n != "this" || possPronouns[n] || isNumberWord(n) || n == "no") && !d.in(k+2, wcTimeWord) || f.bareObject(k, e) {
			for k-1 > s && d.word(k-1) && !d.toks[k-1].cap && (d.in(k-1, wcSkipBetween) || lyAdverb(d.lw(k-1))) {
				k-- // "The state party first released …"
			}
			return k
		}
	}
	return e
}

// groupParticiples sort people into a class before a plural noun, so a
// capitalised word before them is a modifier, not a subject: "Republican
// registered voters", "Democratic elected officials".
var groupParticiples = setOf("registered elected appointed pledged unpledged committed undecided")

// compoundParticiples join the noun before them into one modifier, often
// written without the hyphen: "Kremlin backed rebels", "state owned
// firms", "Harvard trained economists", "Saudi led forces".
var compoundParticiples = setOf("backed owned funded trained based led run controlled sponsored affiliated aligned linked allied born educated appointed dominated supported inspired financed operated connected related focused oriented")

// nameParticiples give the head before them a name, so a name after them
// is no object: "a worker named Ann Lee", "a memo titled …".
var nameParticiples = setOf("named nicknamed titled entitled")

// bareObject says whether the past tense verb at k, inside a mention
// ending before e, takes an object with no determiner, so the mention has
// run over a clause ("The senator emailed supporters saying …", "Sanders
// crushed Clinton in …", "The president left it to others to …"): a
// name, an object pronoun, or lower-case words ending the mention in a
// plural noun ("the agency planted newspaper articles alleging …"). A
// participle modifying a head is followed by an agent, a time or a place
// ("a poll released Monday"); the word before the verb must be a head,
// not an adverb or adjective ("a newly elected mayor", "Democratic
// registered voters").
func (f *finder) bareObject(k, e int) bool {
	d := f.d
	w, p := d.lw(k), d.lw(k-1)
	if groupParticiples[w] || compoundParticiples[w] || nameParticiples[w] || namingVerbs[w] || lyAdverb(p) || adjectiveLike(p) && !titleWords[p] || !d.headOK(k-1) || !d.word(k+1) || d.toks[k+1].quote != 0 {
		return false
	}
	n := d.lw(k + 1)
	if objectPronouns[n] || n == "it" {
		return true
	}
	if timeWords[n] || isWeekday(n) || monthWords[n] || durationNouns[n] {
		return false
	}
	for i := k + 1; i < e; i++ {
		if d.toks[i].kind == tkPoss {
			return false // "The ad revived Ms. Lee's claims that …": the possessor is the mention
		}
	}
	if d.toks[k+1].cap {
		return true
	}
	for e > k+2 && d.is(e-1, ",") {
		e-- // the comma before ", saying"
	}
	for i := k + 1; i < e; i++ {
		if !d.word(i) || d.toks[i].cap || d.toks[i].quote != 0 || d.in(i, wcNPStop|wcTimeWord) || durationNouns[d.lw(i)] {
			return false
		}
	}
	last := d.lw(e - 1)
	return len(last) > 3 && last[len(last)-1] == 's' && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
}

// postmodTail extends a subject mention ending before token e over the
// prepositional phrase that postmodifies its head, which PolNeAR keeps:
// "Democrats in Congress, fearing …", "Partisans on both sides warn".
// A time, an occasion or an agent stays out ("Lee on Monday said", "Lee
// in a radio interview said"). It returns the new end, or e.
func (f *finder) postmodTail(a *attr, e int) int {
	d := f.d
	if e != a.srcE || a.cueS < e || !d.word(e) || d.toks[e].cap || d.toks[e].quote != 0 || !d.inLex(e, lcHeadLink) || d.is(e, "by") {
		return e
	}
	ne := d.npForward(e+1, a.cueS)
	if ne <= e+1 || ne > a.cueS {
		return e
	}
	for k := e + 1; k < ne; k++ {
		if d.in(k, wcTimeWord|wcWeekday|wcVenueNoun|wcEventNoun|wcDayPart) || monthWords[d.lw(k)] || d.is(k, "time") {
			return e
		}
	}
	return ne
}

// bareRelative says whether the comma at k opens a relative clause after
// a bare surname: "Cruz, who …, said". PolNeAR leaves such a clause out
// of a subject more often than it keeps it (35 to 23 on train), and
// keeps it after a full name or a description.
func (f *finder) bareRelative(s, k int) bool {
	d := f.d
	w := d.lw(k + 1)
	if !(w == "who" || w == "whose" || w == "which") || d.toks[k+1].cap {
		return false
	}
	return k == s+1 && d.capWord(s)
}

// participleAside says whether token k opens a participle phrase that
// isGerund's length floor misses ("using a term …") or a passive one
// with its complement ("goaded by Sanders", "concerned about the
// party"), which PolNeAR leaves out of the mention.
func (f *finder) participleAside(k int) bool {
	d := f.d
	w := d.lw(k)
	if strings.HasSuffix(w, "ing") && len(w) == 5 && w != "thing" {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && d.word(k+1) && participlePreps[d.lw(k+1)]
}

var participlePreps = setOf("by about at that over with")

// roleTimeAdverbs date a role rather than comment on the speaker
// ("Ann Lee, formerly at the Treasury,"): the description stays.
var roleTimeAdverbs = setOf("formerly previously currently recently lately originally")

// trailAside says whether the word at k, after a comma inside a mention
// ending at e, opens a comment on the speaker or on the report rather
// than more of the mention: an "-ly" adverb standing alone, before a
// preposition or before one word that closes the aside ("Lee,
// reportedly,", "Lee, visibly angry, said", "Lee, largely in jest"),
// or "via"/"about" after an apposition ("said Ann Lee, a lawyer, via
// email"; "…, about the ruling"). PolNeAR ends the mention before the
// comma: on train the full mention is never gold in these cases, the
// cut one 7 times in 8. "about" before a number is an estimate ("about
// 20 miles from here"), an adverb before a longer phrase may start a
// title ("Ann Lee, newly elected mayor of Hull"), and one of the
// roleTimeAdverbs keeps its description. A noun in "-ly" heads a title
// ("Ann Lee, assembly member, said"), no aside.
func (d *doc) trailAside(k, e int) bool {
	w := d.lw(k)
	switch {
	case w == "via":
		return true
	case w == "about":
		return d.word(k+1) && !isNumberWord(d.lw(k+1)) && !d.is(k+1, "to") // "about to retire" describes the speaker
	case !lyAdverb(w) || lyNouns[w] || lyAdjectives[w] || roleTimeAdverbs[w]:
		return false
	case d.word(k+1) && isNumberWord(d.lw(k+1)):
		return false // "Ann Lee, nearly 90,": an age, as "about" before a number
	}
	if d.is(k+1, ",") || k+1 >= e || d.word(k+1) && asideOpeners[d.lw(k+1)] {
		return true
	}
	return d.word(k+1) && !d.toks[k+1].cap && (d.is(k+2, ",") || k+2 >= e)
}

// bareArticle says whether the mention of a would be an article alone
// ("The" before a noun the cue took): no mention at all is better.
func (f *finder) bareArticle(a *attr) bool {
	d := f.d
	w := d.lw(a.srcS)
	return f.mentionCut(a) == a.srcS+1 && (w == "the" || w == "a" || w == "an")
}

// agentless says whether the cue of a is a passive that leaves its
// speaker unsaid ("Trump was asked about …", "she is known for …", "it
// was revealed"): its subject is what is spoken of, and PolNeAR marks
// no mention.
func (f *finder) agentless(a *attr) bool {
	d := f.d
	if a.cueS < 0 || d.is(a.cueE, "by") || a.srcS > a.cueE && d.is(a.srcS-1, "by") && f.agentAfter(a.cueE, int(d.toks[a.srcS-1].e)) == a.srcS-1 {
		return false // the agent is said: "are considered unclean by …"
	}
	be := false
	for k := a.cueS; k < a.cueE; k++ {
		w := d.lw(k)
		switch {
		case d.inLex(k, lcBeWord):
			be = true
		case be && agentlessParticiples[w]:
			return true
		case be && topicPassives[w] && (k+1 == a.cueE || k+2 == a.cueE && (d.is(k+1, "as") || d.is(k+1, "for"))):
			// "The plan is widely expected", "he was described as": the
			// topic passive ends the cue; "is expected to endorse" has
			// a verb of its own after it.
			return true
		case be && (lyAdverb(w) || beAdverbs[w]):
		default:
			be = false
		}
	}
	return false
}

// expletiveIt says whether the mention of a is an "it" that only fills
// the subject of a copula or a seeming verb: "it was widely reported
// that …", "It is obvious that …", "It now seems …". PolNeAR marks no
// source there (11 of 16 such paired quotes on train, one "it").
func (f *finder) expletiveIt(a *attr) bool {
	d := f.d
	e := a.srcE
	if e == a.srcS+2 && d.toks[e-1].kind == tkPoss {
		e-- // "It's been reported": the contraction is the verb, as in mentionCut
	}
	if e != a.srcS+1 || d.lw(a.srcS) != "it" || a.cueS < e {
		return false
	}
	k := e
	for k < a.cueE && d.word(k) && (d.lw(k) == "now" || d.lw(k) == "also") {
		k++
	}
	if d.toks[k].kind == tkPoss {
		return true // "It's been reported"
	}
	w := d.lw(k)
	if negatedAux(w) {
		// "It isn't reported that …", "It hasn't been said …": the
		// contracted negation of the copula or auxiliary, as "is not"
		w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
	}
	if beWords[w] || raisingCues[w] {
		return true
	}
	return (w == "has" || w == "had" || auxVerbs[w]) && (d.is(k+1, "been") || d.is(k+1, "be"))
}

// beAdverbs may stand between "be" and its participle: "is best known".
var beAdverbs = setOf("best also still often long now once")

// beWords are the forms of "be" but "am" (see beForms).
var (
	beWords              = setOf("is was are were be been being")
	agentlessParticiples = setOf("asked known seen declared accused charged revealed announced projected")
)

// tailVerbs are verbs a layout can leave at the end of a subject when
// the cue it found is their complement: a catenative ("polls continue
// to show"), a linking verb ("Weaver didn't seem impressed with", "Lee
// and Bell confess to being nervous about") or the light verb of a noun
// cue ("his friends make jokes about").
var tailVerbs = setOf("continue continues continued begin begins began start starts started tend tends tended seem seems seemed appear appears appeared remain remains remained become becomes became grow grows grew confess confesses confessed admit admits admitted make makes made")

// verbTailCut ends the mention of a before such a verb that ends it just
// before the cue, with "to", "to be" or "to being" after it and a
// negated auxiliary before it. PolNeAR ends the subject before the verb
// (on train no gold mention ends on one outside a relative clause). It
// returns the new end, or e.
func (f *finder) verbTailCut(a *attr, e int) int {
	d := f.d
	s := a.srcS
	if e != a.cueS || e-s < 2 {
		return e
	}
	k := e - 1
	if d.is(k, "be") || d.is(k, "being") {
		k--
	}
	if d.is(k, "to") {
		k--
	}
	if k <= s || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !tailVerbs[d.lw(k)] {
		return e
	}
	if k-1 > s && d.word(k-1) && negatedAux(d.lw(k-1)) {
		k--
	}
	for i := s; i < k; i++ {
		if d.is(i, "who") || d.is(i, "that") || d.in(i, wcWhWord) || d.in(i, wcDeterminer) && i == k-1 {
			return e // a relative clause's verb, or "the start": no subject's
		}
	}
	return k
}

// speechCut ends a mention before a reporting verb of its own, which
// makes the rest a clause: for "Graham said she was impressed and
// lamented …" the mention of "lamented" is "Graham". A verb inside a
// relative clause ("Podesta, who said …,") belongs to the mention.
func (f *finder) speechCut(s, e int) int {
	d := f.d
	for k := s + 1; k < e; k++ {
		if d.toks[k].quote != 0 || d.toks[k].cap || !(d.is(k, "said") || d.is(k, "says")) {
			continue
		}
		for i := k - 1; i >= s; i-- {
			if d.in(i, wcWhWord) || d.is(i, "who") {
				return e
			}
		}
		return k
	}
	return e
}

var (
	dayWords   = setOf("monday tuesday wednesday thursday friday saturday sunday yesterday")
	dayParts   = setOf("morning afternoon evening night")
	timeSpans  = setOf("week month year weekend")
	timeDeixis = setOf("last this next earlier")
	// datedNouns are documents a date identifies: pollWords plus
	// "report", whose authors do not speak through it as respondents do.
	datedNouns = setWith(pollWords, "report reports")
)

// timeCut drops a time adverbial that ends a subject with no commas
// in it: "Virginia Gov. Terry McAuliffe on Friday announced", "A judge
// last month ordered". It returns the new end.
func (f *finder) timeCut(s, e int) int {
	d := f.d
	for k := s; k < e; k++ {
		if !d.word(k) && d.toks[k].kind != tkPoss {
			return e
		}
		if w := d.lw(k); !d.toks[k].cap && (pastParticiple(w) || len(w) > 4 && strings.HasSuffix(w, "ing") || w == "out" || w == "through") {
			return e // "emails released this week": the time belongs to the participle
		}
		if d.in(k, wcDatedNoun) {
			return e // "a WBUR poll last week": the time names the poll
		}
	}
	x := e - 1
	switch {
	case d.in(x, wcDayPart) && d.in(x-1, wcDayWord):
		x--
	case d.in(x, wcDayWord):
	case d.in(x, wcTimeSpan) && d.in(x-1, wcTimeDeixis):
		x--
	default:
		return e
	}
	if d.is(x-1, "on") {
		x--
	}
	if x <= s || !d.word(x-1) || d.in(x-1, wcNPStop) || d.inLex(x-1, lcPostPrep) {
		return e
	}
	return x
}

// descriptionPhrase says whether tokens [a, b) are a noun phrase with a
// prepositional postmodifier that can describe a name after it:
// "Another delegate on the Cruz slate", "A spokeswoman for the agency".
func (f *finder) descriptionPhrase(a, b int) bool {
	d := f.d
	if b-a < 3 || b-a > 10 || !d.word(a) || !(d.in(a, wcDeterminer) && d.lw(a) != "that" || d.toks[a].cap) || d.in(a, wcLeadStop) {
		return false
	}
	prep := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind != tkWord && t.kind != tkPoss {
			return false
		}
		w := d.lw(k)
		if k > a && subjectPreps[w] {
			prep = true
			continue
		}
		if auxVerbs[w] || pronouns[w] || npStop[w] || whWords[w] {
			return false
		}
		if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.3 && !t.cap {
			return false
		}
	}
	return prep && !subjectPreps[d.lw(b-1)]
}

// dashApposition handles "Jason Sims — a teacher from Mount Pleasant —
// says": an inserted phrase between dashes after a name. j is the
// closing dash; it returns the name's first token or -1.
func (f *finder) dashApposition(j, lim int) int {
	d := f.d
	dash := func(k int) bool { return k >= 0 && d.toks[k].kind == tkPunct && isDashRune(d.r[d.toks[k].s]) }
	for dash(j - 1) {
		j-- // "--"
	}
	for k := j - 1; k > lim && j-k < 25; k-- {
		t := &d.toks[k]
		if t.quote != 0 || d.is(k, ".") || d.is(k, ";") {
			return -1
		}
		if dash(k) {
			for k > lim && dash(k-1) {
				k--
			}
			if !d.capWord(k-1) && !d.is(k-1, ")") {
				return -1
			}
			b := d.npBack(k-1, lim)
			if b < 0 || !(b == lim || d.is(b-1, ",")) {
				return -1
			}
			return b
		}
	}
	return -1
}

// leadPreps open a sentence before its subject but are not in
// leadStop, so npBack may take one as a name: "Since announcing …, Mr.
// Biden has been …", "Despite polls showing …". They are the
// subordinators leadStop lacks plus "despite" and "amid"; of these,
// leadStart skips only a "despite" phrase.
var leadPreps = setOf("since until unless despite amid during")

// mentionStart is where the reported mention of a starts, or -1 when
// the mention is only such an opener.
func (f *finder) mentionStart(a *attr) int {
	d := f.d
	if f.gerundCue(a) && a.srcS > 0 && f.withSubject(a.cueS, f.sents[a.sent].ts) == a.srcS {
		return a.srcS // "ended with Lee asking …": "with" opens the participle's subject, no postmodifier
	}
	s := f.shareOfBack(f.postmodHead(a))
	if s < a.srcE && d.word(s) && d.inLex(s, lcLeadPrep) {
		s++
		// "During Lee's 1992 campaign, Ann Hale, an aide": the opening
		// phrase runs to its comma; the subject follows it.
		for k := s; k < a.srcE-1; k++ {
			if d.is(k, ",") {
				if d.capWord(k + 1) {
					s = k + 1
				}
				break
			}
		}
	}
	cut := f.mentionCut(a)
	if s >= a.srcE || s >= cut {
		return -1
	}
	st := f.titleQuoteBack(a, f.contactClauseStart(a, f.articleBack(f.gluedBack(f.listStartBack(a, s, cut)))))
	if st < s {
		// The article or quoted title taken back may follow a share's
		// link: "Some in the “Never Lee” crowd".
		st = f.shareOfBack(st)
	}
	st = f.objectStart(a, f.openerTrim(a, f.describedStart(a, f.quantStart(st, cut)), cut), cut)
	st = f.frontedPhraseStart(a, st)
	if st < a.srcS && f.srcInContent(a) {
		// "The part of town Lee wants to rebuild": the noun phrase
		// before a source inside the content is the content's.
		return a.srcS
	}
	return st
}

// srcInContent says whether a's source lies inside one of its content
// fragments, as a relative clause's subject does.
func (f *finder) srcInContent(a *attr) bool {
	s, e := int(f.d.toks[a.srcS].s), int(f.d.toks[a.srcE-1].e)
	for _, fr := range a.frags {
		if fr[0] <= s && e <= fr[1] {
			return true
		}
	}
	return false
}

// articleBack extends a mention starting at token s over the article
// just before it: a phrase that a layout took without it ("The
// Congressional Black Caucus and Sen. …", "The other controversy
// surrounding …") still starts with it, as PolNeAR marks 99% of mentions
// after an article. npBack keeps the article itself; this catches the
// list and postmodifier builders, several of which drop it. It returns
// the new start, or s.
func (f *finder) articleBack(s int) int {
	d := f.d
	if s <= 0 || d.toks[s-1].quote != 0 || d.toks[s].nl || !d.inLex(s-1, lcArticle) {
		return s
	}
	return s - 1
}

// coordLinks join conjuncts: "Lee and his aides", "Neither Lee nor Bell".
var coordLinks = setOf("and or nor")

// postmodHead extends a mention before its cue that npBack took from the
// object of a postmodifier, or from the last of conjuncts, back to the
// head the phrase modifies or the first conjunct, when the clause before
// the cue is that one noun phrase, as PolNeAR marks it: "People briefed
// on the talks said", "Exit polls taken in Ohio found", "Farmers backing
// the levy say", "Lee and his aides believe". It returns the new start,
// or the mention's own.
func (f *finder) postmodHead(a *attr) int {
	d := f.d
	s := a.srcS
	if s <= 0 || a.cueS < a.srcE || d.is(a.cueS, ":") {
		return s // a colon's label is no subject phrase: "- More from Hale: “…”"
	}
	lim := f.sents[f.sentOf(s)].ts
	if f.phraseAbuts(s, lim) {
		return s
	}
	link, coord := false, false
	b := s
	for k := s - 1; k >= lim && s-k <= 12; k-- {
		t := &d.toks[k]
		if t.quote != 0 {
			return s
		}
		if t.kind == tkPoss {
			b = k
			continue
		}
		if !d.word(k) {
			break
		}
		w := d.lw(k)
		if coordLinks[w] && d.is(k-1, ",") && b > k {
			break // "…, and people familiar with the talks say": the conjunction joins clauses
		}
		if headLinks[w] || coordLinks[w] && k > lim || pairedPreps[w] && k-2 >= lim && coordLinks[d.lw(k-1)] && headLinks[d.lw(k-2)] {
			link = true
			coord = coord || coordLinks[w]
			b = k
			continue
		}
		if d.in(k, wcNPStop|wcAuxVerb|wcWhWord|wcClauseOpener) || d.in(k, wcPronoun) && w != "who" || strings.HasSuffix(w, "ly") && !lyNouns[w] && !(w == "only" && d.is(k-1, "the")) {
			break // "the only senator to …" ranks its noun
		}
		if d.in(k, wcTimeWord|wcWeekday) && !d.ordinalLast(k) {
			return s // "the campaign on Monday dressed down …": a clause
		}
		if f.phraseAbuts(k, lim) {
			return s
		}
		// A participle after a bare name is its verb: "Lee responded to".
		participle := !t.cap && k+1 < s && d.inLex(k+1, lcHeadLink) && pastParticiple(w) && !(d.capWord(k-1) && !d.in(k-1, wcKnownHead))
		if participle || !t.cap && isGerund(w) {
			if coord {
				return s // "a clerk asked for a permit and Hale said": a clause, then the subject
			}
			link = true // "briefed on", "taken in", "backing the levy"
		} else if !t.cap && (strings.HasSuffix(w, "ed") && !edTitles[w] || d.strongCue(k)) {
			return s // a finite verb: "Pelosi shared a story from …"
		}
		b = k
	}
	if b == s || !link || d.inLex(b, lcHeadLink) || coordLinks[d.lw(b)] || !d.word(b) || !(d.subjectStart(b, lim) || d.word(b-1) && innerOpeners[d.lw(b-1)]) {
		return s
	}
	if (d.in(s, wcPronoun) || d.in(s, wcPossPronoun) && a.srcE == s+1) && !coordLinks[d.lw(s-1)] {
		return s // "a story about his": the pronoun is the whole mention; "people at his rallies" goes on
	}
	if d.in(s, wcRelWord) && a.srcE == s+1 {
		return s // "a number of cities that support …": PolNeAR marks the relative pronoun alone
	}
	if d.toks[a.srcE-1].kind == tkPoss && !coord {
		return s // "an image cemented by Lee's praise of …": the possessor holds the noun's report
	}
	w := d.lw(b)
	if d.in(b, wcLeadStop) || isGerund(w) && !d.gerundModifier(b, lim) || !(phraseDeterminer(w) || d.toks[b].cap || isNumberWord(w) || d.in(b, wcKnownHead) || d.barePluralHead(b) || adjectiveLike(w) && !d.toks[b].cap) {
		return s
	}
	// The words before the first link must be the head's own phrase:
	// "Pelosi shared a story from …" is a clause, no subject. A passive
	// participle's "being" ends it too: "Two suits being heard in …".
	h := b
	for h < s && !d.inLex(h, lcHeadLink) && !coordLinks[d.lw(h)] && !(h > b && !d.toks[h].cap && (isGerund(d.lw(h)) || d.is(h, "being") || d.inLex(h+1, lcHeadLink) && pastParticiple(d.lw(h)))) {
		h++
	}
	if c := h; h < s && coordLinks[d.lw(c)] && c > b && c+1 < s && !d.toks[c+1].cap && adjectiveLike(d.lw(c-1)) && adjectiveLike(d.lw(c+1)) {
		// "current and former officials in …": coordinated modifiers
		// before the head; the head follows the second one.
		for h = c + 1; h < s && !d.inLex(h, lcHeadLink) && !coordLinks[d.lw(h)] && !isGerund(d.lw(h)) && !d.is(h, "being") && !(d.inLex(h+1, lcHeadLink) && pastParticiple(d.lw(h))); h++ {
		}
		if h-1 <= c+1 || !d.plainHead(c+1, h-1) {
			return s
		}
		return b
	}
	h--
	if h == b && adjectiveLike(w) && !d.toks[b].cap && !phraseDeterminer(w) && !isNumberWord(w) && !d.in(b, wcKnownHead) && !d.barePluralHead(b) {
		return s // "characteristic of a campaign …": the modifier needs a head after it
	}
	if w := d.lw(h); h > b && (w == "close" || w == "familiar" || w == "loyal") {
		h-- // "people familiar with"
	}
	hb := b
	if coord && (w == "neither" || w == "either" || w == "both") {
		hb++ // "Neither Lee nor Bell"
	}
	switch {
	case h < hb:
		return s
	case coordLinks[d.lw(h+1)] && h == hb+1 && (d.in(hb, wcDeterminer) || isNumberWord(d.lw(hb))) && !d.toks[h].cap:
		// "five past and current employees": coordinated modifiers.
	case d.npBack(h, lim) != hb && !d.plainHead(hb, h):
		return s
	}
	return b
}

// pairedPreps close a pair of prepositions that share one object after
// a head: "officials on and off the island", "aides in and out of the
// room". Neither links a head alone.
var pairedPreps = setOf("off out")

// ordinalLast says whether "last" or "next" at k ranks the noun after it
// ("The last man to run …") rather than naming a time ("last week").
func (d *doc) ordinalLast(k int) bool {
	w := d.lw(k + 1)
	return (d.is(k, "last") || d.is(k, "next")) && d.is(k-1, "the") && d.word(k+1) && !d.toks[k+1].cap && !timeNouns[w] && !timeNouns[strings.TrimSuffix(w, "s")] && !d.in(k+1, wcTimeWord|wcWeekday)
}

// gerundModifier says whether the capitalised "-ing" word at b opening
// its sentence modifies the plural noun after it ("Rising prices at the
// pump suggest …", "Convincing wins by outsiders in Iowa show …") rather
// than opening a participle clause ("Speaking to reporters in …").
func (d *doc) gerundModifier(b, lim int) bool {
	return b == lim && d.toks[b].cap && d.barePluralHead(b+1)
}

// barePluralHead says whether token b is a lower-case plural noun that
// heads a subject by itself before its postmodifier's link: "Guests on
// the show said", "Tenants in the building say". The link vouches for
// the noun; a past form or a reporting verb is a verb, and so is a word
// after an adverb ("The ad then cuts to footage of …").
func (d *doc) barePluralHead(b int) bool {
	w := d.lw(b)
	return d.plainNounHead(b) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && d.word(b+1) && d.inLex(b+1, lcHeadLink) && !(b > 0 && relInnerAdverbs[d.lw(b-1)])
}

// plainHead says whether tokens [b, h] are a common noun phrase that
// npBack does not take because its head is too rarely a source alone:
// "people familiar with …", "many people at …", "News footage from the
// scene …". The head need not be one npBack knows: the postmodifier and
// the clause start vouch for it, and only a past form or a reporting verb
// is read as a verb. The words before it are determiners, numbers,
// modifiers or capitalised names ("English comedian and actor …").
func (d *doc) plainHead(b, h int) bool {
	w := d.lw(h)
	if !d.word(h) || d.toks[h].cap || h-b > 3 || !knownHead(w) && (strings.HasSuffix(w, "ed") || d.strongCue(h)) {
		return false
	}
	for k := b; k < h; k++ {
		w := d.lw(k)
		if !d.word(k) || d.toks[k].quote != 0 || !(phraseDeterminer(w) || possPronouns[w] || isNumberWord(w) || adjectiveLike(w) || d.inLex(k, lcOrdinalWord) || w == "only" || d.toks[k].cap) {
			return false
		}
	}
	return true
}

// phraseAbuts says whether a phrase opening with a determiner or number
// at token k follows a word that neither links nor governs it: two
// phrases side by side ("… BAN FROM OLYMPICS The committee"), no one.
// A subordinator opens the clause whose subject the phrase starts ("after
// a man at one of the hearings shouted …"); "as" may be a preposition
// ("saw them as the enemy and we …").
func (f *finder) phraseAbuts(k, lim int) bool {
	d := f.d
	w, p := d.lw(k), d.lw(k-1)
	return (d.in(k, wcDeterminer) || isNumberWord(w)) && k-1 >= lim && d.word(k-1) && !headLinks[p] && !coordLinks[p] && !(pairedPreps[p] && coordLinks[d.lw(k-2)]) && !clauseOpeners[p] && !(clauseSubs[p] && p != "as") && !(isGerund(p) && !d.toks[k-1].cap) && !determiners[p] && !approximators[p] && !(k-2 >= lim && d.is(k-2, "to") && !d.toks[k-1].cap)
}

// possPronouns determine a phrase as its possessor: "his aides".
var possPronouns = setOf("his her its their our my your")

// objectGerundSubject finds the subject of a participle or infinitive
// cue that follows its clause's object: in "Lee opened a rally blasting
// Bell" or "Lee climbed the steps to declare …" the phrase before the cue
// is what the verb acts on, and the one who speaks is the clause's
// subject. It returns that subject's span, or -1, -1.
func (f *finder) objectGerundSubject(a *attr, s sent) (int, int) {
	d := f.d
	b := a.srcS
	w := d.lw(a.cueS)
	if b <= s.ts || a.srcE > a.cueS || !(isGerund(w) && !d.toks[a.cueS].cap || w == "to" || (w == "in" || w == "without") && a.cueE > a.cueS+1) {
		return -1, -1
	}
	p := d.lw(b - 1)
	if !d.word(b-1) || d.toks[b-1].cap || d.toks[b-1].quote != 0 || npStop[p] && !headLinks[p] || p == "with" || clauseOpeners[p] || innerOpeners[p] || determiners[p] || pronouns[p] {
		return -1, -1
	}
	st, ne := f.subject(s, b-1)
	if st < 0 || ne > b-1 || d.in(st, wcLeadStop) || modStop[d.lw(st)] || d.in(st, wcFocusOpener) || ne == st+1 && !d.headOK(st) {
		return -1, -1
	}
	return st, f.appositionAhead(ne, b-1)
}

// relativeApposition: "Sandy Lee, who lost her home in Aurora, Colorado,
// in 2012, said", "Mr. Lin, whose start-up, Paradata, sells data, said":
// a relative clause after the subject holds commas and names of its own,
// so the subject is the phrase before ", who" rather than the last name
// before the cue. It returns the phrase's first token or -1.
func (f *finder) relativeApposition(j, lim int) int {
	d := f.d
	for k := lim; k < j && k < lim+7; k++ {
		if d.is(k, ",") {
			if w := d.lw(k + 1); w == "who" || w == "whose" {
				if f.clauseApposition(j, lim) < 0 {
					return -1
				}
				// "Even Lindsey Graham, who …": the phrase, not the adverb.
				if b := d.npBack(k-1, lim); b > lim {
					return b
				}
				return lim
			}
			return -1
		}
	}
	return -1
}

// speechPasts are past tenses of speaking: whoever does them speaks.
var speechPasts = setOf("spoke said told wrote testified responded replied answered commented explained added posted tweeted")

// speakingSubject says whether "the NOUN" opens at st as the subject of
// a verb of speaking ("The warden spoke on Monday, saying …"): a noun
// the lexicons do not know still names a speaker there.
func (d *doc) speakingSubject(st, lim int) bool {
	if st+2 >= lim || !d.is(st, "the") || !d.word(st+1) || d.toks[st+1].cap || d.toks[st+1].quote != 0 || !d.word(st+2) || d.toks[st+2].cap {
		return false
	}
	w := d.lw(st + 1)
	if npStop[w] || pronouns[w] || determiners[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	return speechPasts[d.lw(st+2)]
}

// remainBeforeAttitude says whether token j, just before the cue of a, is
// a form of "remain" that links the subject to an attitude adjective
// ("some remain skeptical of the deal", "pilots who remained wary of
// it"): the subject ends before the verb, not at it.
func (f *finder) remainBeforeAttitude(a *attr, j, lim int) bool {
	d := f.d
	return j >= lim && j == a.cueS-1 && d.word(j) && d.toks[j].quote == 0 && d.in(a.cueS, wcAttitudeHead|wcAttitudeThat) && remainForms[d.lw(j)]
}
