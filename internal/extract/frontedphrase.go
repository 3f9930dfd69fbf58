package extract

// A phrase fronted before the subject with no comma after it runs into
// the subject's name, and npBack takes its words as modifiers of the
// name: "During the primary Lee came out against …" gave "the primary
// Lee", "Last week Lee said" gave "week Lee", "On March 3, 2016
// officials said" gave "2016 officials". PolNeAR marks the subject alone.

// phraseOpeners open a phrase fronted before a clause's subject: "During
// the primary Lee …", "At the rally Sen. Ann Lee …", "within five years
// Iran will …".
var phraseOpeners = setOf("in on at during after before since following within throughout until over amid despite under from among upon")

// openerPreps follow a participle that opens a fronted phrase:
// "Asked about …", "Speaking at …".
var openerPreps = setOf("about at in on to with before after during")

// namePreps take a name as their object ("members of Congress", "critics
// like Lee"), which no fronted phrase ends with.
var namePreps = setOf("of like than including against among between via per toward towards")

// frontedPhraseStart moves a mention starting at s past the words of a
// phrase fronted before its clause, when the mention's head is a name
// that the phrase's last word, a lower-case noun, runs into with no
// comma ("the debate Lee", "this month Lee", "the convention Sen. Ann
// Lee (D-Ohio)"), or past a year that closes a full date ("On March 3,
// 2016 officials said"). The phrase must open its clause with a
// preposition or a time word ("During …", "Last week …", "Saturday at
// …", "so far …") and hold no verb. A title before the name stays
// ("After the debate former governor Ann Lee said"). It returns the new
// start, or s.
func (f *finder) frontedPhraseStart(a *attr, s int) int {
	d := f.d
	if s < 0 || a.srcE > a.cueS || !d.word(s) || d.toks[s].quote != 0 {
		return s
	}
	cut := f.mentionCut(a)
	if s+1 >= cut {
		return s
	}
	if isYear(d.lw(s)) && d.monthDayBack(s-1, 0) >= 0 && d.word(s+1) && d.toks[s+1].quote == 0 && !d.in(s+1, wcNPStop) {
		return s + 1 // "On March 3, 2016 officials said": the year ends the date
	}
	// The name ends at an apposition's comma or a party tag.
	e := s
	for e < cut && d.word(e) || e < cut && d.toks[e].kind == tkPoss || e < cut && d.is(e, ".") && d.capWord(e-1) {
		e++
	}
	if e < cut && !d.is(e, ",") && !d.is(e, "(") {
		return s
	}
	k := e
	for k > s && (d.capWord(k-1) || d.is(k-1, ".") && d.capWord(k-2)) {
		k--
	}
	if k == e {
		return s
	}
	// The name is the clause's subject: it runs into the cue, over a
	// party tag, an apposition or an auxiliary ("Lee, a lawyer, has
	// said").
	if n := e; d.is(n, "(") {
		for n < a.cueS && !d.is(n, ")") {
			n++
		}
		if !f.cueAfterName(n, a.cueS) {
			return s
		}
	} else if !f.cueAfterName(k, a.cueS) {
		return s
	}
	// A title before the name stays with it: "After the debate former
	// governor Ann Lee said".
	b := k
	for b > s && k-b < 3 && d.word(b-1) && !d.toks[b-1].cap && d.in(b-1, wcTitleWord) {
		b--
	}
	if k > s && d.word(k-1) && !d.toks[k-1].cap && (d.in(k-1, wcNPStop|wcDeterminer) || namePreps[d.lw(k-1)]) || k == s && d.word(s-1) && phraseOpeners[d.lw(s-1)] {
		// "In Iowa Lee said", "with the board of the Daily Star Lee
		// said": the name opens inside the phrase, as a preposition's
		// object, and the article knows both names apart.
		if k == s || f.frontedRun(k) {
			if m := f.knownNameSplit(k, e); m > 0 && f.frontedRun(m) {
				return m
			}
		}
		return s
	}
	if b <= s || !d.word(b-1) || d.toks[b-1].cap || d.toks[b-1].quote != 0 {
		return s
	}
	// The phrase ends in a noun: a gerund ends it only as a noun after a
	// determiner ("At the hearing Lee said", not "In criticizing Lee").
	w := d.lw(b - 1)
	noun := !isGerund(w) && !isPast(w) || d.in(b-2, wcDeterminer|wcPossPronoun) || d.in(b-1, wcDayPart)
	if !isYear(w) && (d.in(b-1, wcNPStop|wcDeterminer|wcTitleWord|wcPronoun|wcPossPronoun|wcAuxVerb) || d.inLex(b-1, lcPostPrep) || namePreps[w] || d.nameParticle(b-1) || !noun || d.strongCue(b-1)) {
		return s
	}
	if !f.frontedRun(b) {
		return s
	}
	return b
}

// frontedRun says whether the words before a subject starting at b are
// a phrase fronted before it with no comma: they open the clause (the
// sentence, or after "that" or a comma) with a preposition or a time
// word (frontedOpener), and hold no verb ("After he blasted the film
// Lee said" is a clause).
func (f *finder) frontedRun(b int) bool {
	d := f.d
	ts := f.sents[f.sentOf(b)].ts
	o := b - 1
	for o > ts && b-o < 12 && (d.word(o-1) || d.toks[o-1].kind == tkPoss) && d.toks[o-1].quote == 0 && !d.is(o-1, "that") {
		o--
	}
	if b-o >= 12 || o > ts && !d.is(o-1, "that") && !d.is(o-1, ",") {
		return false
	}
	if d.is(o, "but") || d.is(o, "and") || d.is(o, "yet") {
		o++
	}
	if !f.frontedOpener(o, b) {
		return false
	}
	for i := o + 1; i < b; i++ {
		if d.in(i, wcPronoun|wcAuxVerb|wcWhWord|wcBeForm|wcSubordinator) && !d.in(i, wcPossPronoun) || d.is(i, "that") || d.strongCue(i) {
			return false
		}
	}
	return true
}

// knownNameSplit finds where a run of capitalised words [k, e) splits
// into two names the article uses apart: "Daily Star" and "Lee" in "the
// Daily Star Lee said" when each stands alone elsewhere ("an editorial in
// the Daily Star", "Lee had warned") and the whole run nowhere ("Ann
// Lee" elsewhere makes one name of "Ann" and "Lee"). It returns the
// second name's first token, the longest such name, or -1.
func (f *finder) knownNameSplit(k, e int) int {
	d := f.d
	if e-k < 2 || e-k > 6 {
		return -1
	}
	for m := k + 1; m < e; m++ {
		if d.is(m, ".") || d.is(m-1, ".") || d.in(m-1, wcTitleWord) && !d.in(m-1, wcOrgWord) {
			continue
		}
		if d.runAlone(m, e) && d.runAlone(k, m) {
			if d.runAlone(k, e) {
				return -1 // "Hillary Clinton" elsewhere too: one name
			}
			return m
		}
	}
	return -1
}

// runAlone says whether the capitalised words [x, y) stand elsewhere in
// the article as a name of their own: the same words, with no
// capitalised word on either side.
func (d *doc) runAlone(x, y int) bool {
	n := y - x
	for p := 0; p+n <= len(d.toks); p++ {
		if p == x || d.capWord(p-1) || d.capWord(p+n) {
			continue
		}
		same := true
		for i := 0; i < n && same; i++ {
			same = d.capWord(p+i) && d.lw(p+i) == d.lw(x+i)
		}
		if same {
			return true
		}
	}
	return false
}

// frontedOpener says whether the word at o opens a phrase fronted before
// a subject at k: a preposition ("During the primary"), a time word
// before a time noun ("Last week", "This year", "Earlier this month"),
// a weekday ("Saturday at the convention"), "so far", or a participle
// and its preposition at the sentence start ("Asked about the plant").
func (f *finder) frontedOpener(o, k int) bool {
	d := f.d
	if !d.word(o) || o+1 >= k {
		return false
	}
	w := d.lw(o)
	switch {
	case phraseOpeners[w]:
		return true
	case d.in(o, wcWeekday):
		return true
	case w == "so":
		return d.is(o+1, "far") && o+2 == k
	case d.toks[o].cap && (isGerund(w) || pastParticiple(w)) && o+2 < k && openerPreps[d.lw(o+1)]:
		// "Asked about the plant Lee said", "Speaking at the rally Lee
		// said": a participle's phrase opening the sentence.
		return o == f.sents[f.sentOf(o)].ts
	case d.in(o, wcTimeDeixis):
		for i := o + 1; i < k && i < o+3; i++ {
			if d.in(i, wcTimeNoun) || timeSpans[d.lw(i)] || d.in(i, wcDayPart) {
				return i+1 == k
			}
		}
	}
	return false
}
