package extract

// leftoverCues gives a confident cue that no layout read a second
// chance as "X said …" over its whole sentence. A sentence's first
// layout may have taken a report inside an aside ("The chief - who once
// said the pier was safe - told the board on Monday that …") and cut the
// sentence there, leaving the main verb's report unread.
func (f *finder) leftoverCues(sayOnly bool) {
	d := f.d
	n0 := len(f.attrs)
	x := &f.idx
	x.build(f.attrs[:n0])
	// reach is the furthest content end of earlier sentences' leftover
	// readings (those before seen): such a content may run past its
	// sentence ("X writes:" and a block after it).
	reach, seen := 0, n0
	for si := range f.sents {
		s := f.sents[si]
		m := len(f.attrs) // this sentence's own readings start here
		for _, a := range f.attrs[seen:m] {
			for _, fr := range a.frags {
				reach = max(reach, fr[1])
			}
		}
		seen = m
		for k := s.ts + 1; k < s.te; k++ {
			if k < len(d.cueI) && d.cueI[k] < 0 {
				continue // known to start no cue: the common case, answered without a call
			}
			if q := d.toks[k].quote; q != 0 {
				k = max(k, f.segs[q-1].ct) // no cue inside a quotation: skip to its close
				continue
			}
			if d.toks[k].kind != tkWord {
				continue
			}
			if sayOnly && !d.in(k, wcSayVerb) {
				continue
			}
			n, e := d.cueMatch(k)
			if n == 0 || isGerund(d.lw(k)) {
				continue
			}
			n, e = f.durationCue(k, n, e) // "argued for weeks": as the sentence layouts read it
			weakThat := e.Prec >= leftoverThatPrec && d.is(k+n, "that")
			if e.Prec < leftoverPrec && !weakThat || d.in(k, wcRaisingCue) || d.is(k, "according") || f.nounCue(k, n) || f.passiveAgent(k, n) {
				continue
			}
			if x.cueOwner(si, k) || x.covers(int(d.toks[k].s)) || x.inSource(si, k) || f.readSince(m, k) ||
				int(d.toks[k].s) < reach && f.readSince(n0, k) {
				continue
			}
			a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
			if b := a; (e.Prec >= leftoverPrec || weakThat && e.Prec >= tunePre) && f.preposed(&b, s) {
				a = b
			} else if !f.coordThat(&a, s) {
				continue
			}
			if f.phrasalCue(&a) || f.perceivedObject(&a) || f.claimed(a.frags[0]) {
				continue
			}
			f.attrs = append(f.attrs, a)
		}
	}
}

// readSince says whether attributions m and later own token k's cue or
// content.
func (f *finder) readSince(m, k int) bool {
	p := int(f.d.toks[k].s)
	for i := m; i < len(f.attrs); i++ {
		a := &f.attrs[i]
		if a.cueS <= k && k < a.cueE {
			return true
		}
		for _, fr := range a.frags {
			if fr[0] <= p && p < fr[1] {
				return true
			}
		}
	}
	return false
}

// leftoverPrec is the cue precision a leftover cue needs;
// leftoverThatPrec that of a cue with a "that" clause right after it.
const (
	leftoverPrec     = 0.5
	leftoverThatPrec = 0.2
)

// callParticles after "called" make it a verb of asking, not of naming:
// "an alliance of tenants called for a freeze", "called on the city to …".
var callParticles = setOf("for on upon out")

// askingParticle says whether the particle at k after "called" makes it a
// verb of asking. A capital is a name ("a startup called On Deck"); "on"
// or "upon" asks only with a to-infinitive after it ("called on the city
// to act", not a visit: "called on his neighbor"); "called out sick" is
// an absence.
func (f *finder) askingParticle(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || !callParticles[d.lw(k)] {
		return false
	}
	switch d.lw(k) {
	case "out":
		return !d.is(k+1, "sick")
	case "on", "upon":
		for j := k + 1; j < len(d.toks) && j <= k+callToReach && d.toks[j].kind == tkWord; j++ {
			if d.is(j, "to") {
				return true
			}
		}
		return false
	}
	return true
}

// callToReach is how many words after "called on" its "to" may stand.
const callToReach = 12

// gerundLeadPreps may open a sentence before a reporting participle: "In
// praising the crew, the captain said …", "By calling the fee a tax, she …".
var gerundLeadPreps = setOf("in by besides since after before while when without")

// openingGerund: "Recalling the flood, the mayor said …", "In praising
// the nurses, the governor …", "Noting that the dam held, the engineer
// added …": an opening participle, bare or after a preposition, reports
// its object or clause up to the comma; its source is the subject after
// it. A participle naming a source ("Quoting officials who …, the paper
// said") reports only a clause.
func (f *finder) openingGerund(si int) {
	d := f.d
	s := f.sents[si]
	k := s.ts
	if d.word(k) && d.inLex(k, lcGerundLeadPrep) {
		k++
	} else if d.is(k, "instead") && d.is(k+1, "of") {
		k += 2
	}
	if k+3 >= s.te || !d.word(k) || d.toks[k].quote != 0 || !isGerund(d.lw(k)) {
		return
	}
	n, e := d.cueMatch(k)
	// The participle's place already says it reports, so it takes the
	// gate of other participles, not the leftover one: "Reprising …",
	// "Reflecting on …" are marked; "Walking to …" is in no lexicon.
	if n == 0 || e.Prec < 0.3 {
		return
	}
	for _, a := range f.attrs {
		if a.sent == si && a.cueS <= k && k < a.cueE {
			return
		}
	}
	a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
	if !f.gerund(&a, s) || !f.cutAtSubject(&a) || f.claimed(a.frags[0]) {
		return
	}
	if sourceGerunds[d.lw(k)] {
		if c := d.tokFrom(a.frags[0][0]); !d.is(c, "that") && !f.newClause(c, s.te) {
			return
		}
	}
	f.attrs = append(f.attrs, a)
}

// sourceGerunds name where a report comes from, not what it says.
var sourceGerunds = setOf("citing quoting according")

// cutAtSubject ends the content of an opening participle before the
// subject found after it, where the content ran over the main clause
// ("Arguing that the bridge is beyond repair, the engineer described the
// plan as a “bargain”"). It reports false when too little is left.
func (f *finder) cutAtSubject(a *attr) bool {
	d := f.d
	if a.srcS < 0 || len(a.frags) != 1 || int(d.toks[a.srcS].s) >= a.frags[0][1] || int(d.toks[a.srcS].s) <= a.frags[0][0] {
		return true
	}
	sp, ok := f.contentSpan(d.tokFrom(a.frags[0][0]), a.srcS)
	if !ok {
		return false
	}
	a.frags[0] = sp
	return true
}

// nextPhrase says whether the determiner at j, inside the venue phrase
// opened by the preposition at k, opens the next phrase instead: after a
// name or a date the venue is complete ("told the radio station on
// Friday the ferry …", "said in Tulsa the levy …").
func (f *finder) nextPhrase(k, j int) bool {
	d := f.d
	if j <= k+1 || !d.in(j, wcDeterminer) {
		return false
	}
	p := d.lw(j - 1)
	return d.toks[j-1].kind == tkWord && (d.toks[j-1].cap || isWeekday(p) || isYear(p)) && !d.toks[j].cap
}

// commaGerundPrec is the cue precision a participle right after a comma
// needs when a "that" clause follows it (", warning that …", ",
// admitting that …"); gerunds asks 0.3 of the others.
const commaGerundPrec = 0.15

// weakGerundPrec is the cue precision enough for a participle that
// gerund reads only with a "that" clause or a quoted name after it
// (", declaring it “…”", "— asserting that …", "after demonstrating
// that …"): that test, not the cue's averaged precision, is the
// evidence. On cross-fitted train halves the 9 readings it adds are
// all exactly right, in-sample 5 of 6. Evidence participles keep the
// stricter gates ("showing that …").
const weakGerundPrec = 0.05

// commaGerundThat: the n-token participle cue e at k follows a comma or a
// report preposition ("after hinting that …") and takes a "that" clause.
func (f *finder) commaGerundThat(k, n int, e cueEntry) bool {
	return e.Prec >= commaGerundPrec && (f.d.is(k-1, ",") || f.prepGerund(k)) && f.d.is(k+n, "that") && !evidenceParticiples[f.d.lw(k)]
}

// evidenceParticiples draw a conclusion from an event rather than report
// speech: "The team lost again, showing that depth matters."
var evidenceParticiples = setOf("showing proving demonstrating indicating suggesting meaning signaling signalling reflecting confirming revealing underscoring highlighting illustrating")

// coordThat: "… pressed the case and later conceded that …", "…, he
// noted, but admits that …", "disputed the sample, contended that …": a
// second predicate with a "that" clause, after "and", "but" or a comma.
// Its source is that of the sentence's last attribution before it, else
// the sentence's subject.
func (f *finder) coordThat(a *attr, s sent) bool {
	d := f.d
	that := d.is(a.cueE, "that") && d.toks[a.cueE].quote == 0
	if isGerund(d.lw(a.cueS)) {
		return false
	}
	j := a.cueS - 1
	for j > s.ts && d.word(j) && d.in(j, wcSkipBetween) {
		j--
	}
	if j <= s.ts || d.toks[j].quote != 0 || !(d.is(j, "and") || d.is(j, "but") || d.is(j, ",") && that) {
		return false
	}
	newSubject := d.is(j, ",") && f.hasSubjectBeforeAside(j, s)
	end := f.contentEnd(a.cueE, s.te)
	if !that {
		// "… toured the dam and described its cracks": the
		// object is the content.
		if !d.word(a.cueE) || d.toks[a.cueE].quote != 0 || d.in(a.cueE, wcVenuePrep) || d.in(a.cueE, wcNPStop) && !wholeObjects[d.lw(a.cueE)] {
			return false
		}
		end = f.objectEnd(a.cueE, end)
	}
	sp, ok := f.contentSpan(a.cueE, end)
	if !ok {
		return false
	}
	for i := len(f.attrs) - 1; i >= 0; i-- {
		p := &f.attrs[i]
		if p.sent == a.sent && p.cueS < a.cueS && p.srcS >= 0 {
			if newSubject {
				// "X said …, but the council, in a rebuke, warned that
				// …": not X's report. Naming the council instead added
				// predictions without pairs on train.
				return false
			}
			a.srcS, a.srcE, a.coreE, a.inherit = p.srcS, p.srcE, p.coreE, i
			break
		}
	}
	if a.srcS < 0 {
		b, e := f.subject(s, j)
		if b < 0 {
			return false
		}
		a.srcS, a.srcE, a.coreE = b, e, e
	}
	a.setPlainContent(sp)
	return true
}

// setPlainContent gives a the one-piece content sp with no venue, at the
// confidence of a second-chance reading.
func (a *attr) setPlainContent(sp [2]int) {
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.6
}

// finalName: "Dock workers blast Okafor.", "The union then praised
// Okafor.": a criticism or praise cue whose object is one name closing
// the sentence reports that name, which contentSpan, wanting two words,
// refuses. Other verbs ("Voters rejected Jones.", "The Senate confirmed
// Jones.") act on the person rather than speak of them, and a source
// after a preposition ("Crowds outside the hall …") is not the subject.
func (f *finder) finalName(a *attr, b, k, end int, s sent) ([2]int, bool) {
	d := f.d
	for end > k+1 && (d.is(end-1, ".") || d.is(end-1, ";") || d.is(end-1, "!")) {
		end--
	}
	if end != k+1 || a.entry.Prec < leftoverPrec || !d.capWord(k) || d.toks[k].quote != 0 || d.in(k, wcPronoun) {
		return [2]int{}, false
	}
	if !nameVerdictCues[d.lw(a.cueS)] || b < 0 || b > s.ts && d.word(b-1) && (possPronounPreps[d.lw(b-1)] || placePreps[d.lw(b-1)]) {
		return [2]int{}, false
	}
	if end < s.te && !d.is(end, ".") && !d.is(end, ";") && !d.is(end, "!") {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[k].s), int(d.toks[k].e)}, true
}

// nameVerdictCues speak of a person named as their whole object: criticism
// and praise.
var nameVerdictCues = setOf("blast blasts blasted slam slams slammed criticize criticizes criticized criticise criticises criticised praise praises praised denounce denounces denounced condemn condemns condemned rip rips ripped attack attacks attacked mock mocks mocked")

// placePreps place a noun phrase rather than govern a subject.
var placePreps = setOf(placePrepWords)

const placePrepWords = "outside inside near behind beside around along across under above below"

// hasSubjectBeforeAside says whether the comma at j closes an aside
// that follows a new subject after "and" or "but" ("…, but the council,
// in a rare rebuke, warned that …"): the verb after it belongs to that
// subject, not to the clause before the conjunction.
func (f *finder) hasSubjectBeforeAside(j int, s sent) bool {
	d := f.d
	c := -1 // the comma opening the aside, the first after the subject
	for b := j - 1; b > s.ts && d.toks[b].quote == 0 && !d.is(b, ";") && !isDashTok(d, b); b-- {
		switch {
		case d.is(b, ","):
			c = b
		case d.is(b, "and") || d.is(b, "but"):
			return c > b+1
		}
	}
	return false
}
