package extract

import (
	"sort"
	"strings"
)

// npCue counts, on PolNeAR train, how gold uses a cue phrase and how the
// layout fares with it: np contents are the noun phrase right after the
// cue, other contents anything else; of the attributions the layout adds,
// fired in all and hit pair with a gold one; of the contents of other
// layouts it trims, fix become right and broke become wrong.
type npCue struct{ np, other, fired, hit, fix, broke int }

type npPhrase struct {
	key  string
	toks []string
	c    npCue
	add  bool // precise enough to add attributions
	// pooled says add rests on the phrase's family (evalverbs.go), not
	// on its own record.
	pooled bool
	wis    []int32 // each of toks' index in wordInfos, to match a token by its index (set by buildWordInfos)
}

// npCueIndex maps a phrase's first token to its phrases, longest first.
var npCueIndex = buildNPCueIndex()

func buildNPCueIndex() map[string][]npPhrase {
	idx := map[string][]npPhrase{}
	fam := evalFamilyPhrases()
	for k, c := range npCues {
		t := strings.Fields(k)
		add := float64(c.hit) >= npMinPrec*float64(c.fired+npPrior)
		pooled := false
		if fc, ok := fam[k]; ok && !add && c.fired > 0 && c.fired < 3 {
			// Too few firings to judge alone. A form that never fired is
			// one the other layouts read, or chose to leave out ("Voters
			// rejected Jones"): the family does not overrule them.
			add = evalFamilyAdds(fc)
			pooled = add
		}
		idx[t[0]] = append(idx[t[0]], npPhrase{key: k, toks: t, c: c, add: add, pooled: pooled})
	}
	for k, fc := range fam {
		if _, ok := npCues[k]; ok || !evalFamilyAdds(fc) {
			continue
		}
		// A form too rare to be learned: its family's record stands
		// for it in adding. Trimming another layout's content stays with
		// phrases measured on their own ("questioned X, Y and Z").
		t := strings.Fields(k)
		fc.fix, fc.broke = 0, 0
		idx[t[0]] = append(idx[t[0]], npPhrase{key: k, toks: t, c: fc, add: true, pooled: true})
	}
	for _, ps := range idx {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].toks) != len(ps[j].toks) {
				return len(ps[i].toks) > len(ps[j].toks)
			}
			return ps[i].key < ps[j].key
		})
	}
	return idx
}

// npCueAt returns the longest noun-phrase cue starting at token k and
// ending before end, outside quotations, or nil. It points into
// npCueIndex, which callers only read: npSentence asks at every word,
// and copying a phrase out each time cost more than the match.
//
// The phrases run longest first, so those of two or more words that go
// on with the next token's word come first, and the one-word phrases
// after them: the others cannot match, and are not tried.
func (d *doc) npCueAt(k, end int) *npPhrase {
	if uint(k) >= uint(len(d.toks)) {
		return nil
	}
	in := &wordInfos[d.toks[k].wi]
	if in.npx == nil {
		return nil
	}
	if k+1 < len(d.toks) {
		for _, pi := range in.npx.after(d.toks[k+1].wi) {
			if p := &in.np[pi]; d.npMatch(k, end, p) {
				return p
			}
		}
	}
	for _, pi := range in.npx.one {
		if p := &in.np[pi]; d.npMatch(k, end, p) {
			return p
		}
	}
	return nil
}

// npMatch says whether phrase p, whose first word is token k's, matches
// at k, ending before end and outside quotations.
func (d *doc) npMatch(k, end int, p *npPhrase) bool {
	if k+len(p.toks) > end || k+len(p.toks) > len(d.toks) {
		return false
	}
	for i := 1; i < len(p.toks); i++ {
		if t := &d.toks[k+i]; t.wi != p.wis[i] || t.quote != 0 {
			return false
		}
	}
	return true
}

// npMinPrec is the precision the layout needs on train to add a cue's
// attributions, counting npPrior more misses against rare cues.
const (
	npMinPrec = 0.4
	npPrior   = 2
)

// npAdds says whether phrase p adds attributions of its own, and npTrims
// whether it cuts another layout's content to its object; under NPLearn
// every phrase does both, so that npgen can measure them.
func (f *finder) npAdds(p *npPhrase) bool { return f.np == NPLearn || p.add }

func (f *finder) npTrims(p *npPhrase) bool { return f.np == NPLearn || p.c.fix > p.c.broke }

// npObjects finds attributions whose content is the noun phrase a cue
// takes as object: "Jeb Bush endorsed Cruz Wednesday", "voters who
// support Clinton", "a super PAC backing Rubio". It runs after the other
// layouts, over every sentence; where one of them took the same cue with a
// longer content ("Cruz on Wednesday"), the object replaces it.
func (f *finder) npObjects() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.npSentence(si, n0)
	}
}

// npSentence reads sentence si; the first n0 attributions are the other
// layouts'.
func (f *finder) npSentence(si, n0 int) {
	d := f.d
	s := f.sents[si]
	for k := s.ts; k < s.te; k++ {
		if d.toks[k].quote != 0 || !d.word(k) {
			continue
		}
		c := d.npCueAt(k, s.te)
		if c == nil || !f.npAdds(c) && !f.npTrims(c) {
			continue
		}
		n, key := len(c.toks), c.key
		if o := f.cueOwner(si, k, n0); o != nil {
			// Another layout read the same cue: keep its content unless
			// it is this object with more after it ("Cruz on Wednesday").
			if f.npTrims(c) && len(o.frags) == 1 {
				if sp, _, ok := f.npObjectSpan(k+n, s, f.relBefore(k, s)); ok && o.frags[0][0] == sp[0] && o.frags[0][1] > sp[1] {
					o.frags[0] = sp
				}
			}
			if f.npTrims(c) && o.frags[len(o.frags)-1][1] <= int(d.toks[k].s) && !f.isClose(k-1) {
				// It read the words before the cue as its content ("X, a
				// Y, endorsed Cruz"): the object after the cue is.
				b := attr{cueS: o.cueS, cueE: o.cueE, sent: si, srcS: -1, inherit: -1}
				if f.npObject(&b, s) {
					o.frags, o.srcS, o.srcE, o.coreE, o.inherit = b.frags, b.srcS, b.srcE, b.coreE, b.inherit
					o.strong = false
				}
			}
			continue
		}
		if !f.npAdds(c) || f.inContent(k, n0) || c.pooled && (f.titleCaseSent(si) || f.afterModal(k, s) || f.d.word(k-1) && denyingAdverbs[f.d.lw(k-1)]) {
			// Inside another attribution's content PolNeAR seldom marks
			// the attitude again ("said he would support Trump").
			continue
		}
		a := attr{cueS: k, cueE: k + n, sent: si, srcS: -1, inherit: -1, np: true}
		a.entry = cueEntry{Type: CueThought, Count: c.c.np, Prec: float64(c.c.np) / float64(c.c.np+c.c.other)}
		if e, ok := learnedCues[key]; ok {
			a.entry.Type = e.Type
		}
		if !f.npObject(&a, s) || f.perceivedObject(&a) {
			continue
		}
		f.attrs = append(f.attrs, a)
		for k+1 < s.te && int(d.toks[k+1].s) < a.frags[0][1] {
			k++
		}
	}
}

// inContent says whether token k lies in the content of one of the first
// n attributions.
func (f *finder) inContent(k, n int) bool {
	p := int(f.d.toks[k].s)
	for _, a := range f.attrs[:n] {
		for _, fr := range a.frags {
			if fr[0] <= p && p < fr[1] {
				return true
			}
		}
	}
	return false
}

// wholeObjects may stand as a whole object.
var wholeObjects = setOf("him her them it us me you himself herself themselves itself this those these")

// npClauseStops end an object: a subordinate clause or aside follows.
var npClauseStops = setOf("but while because when whenever after before since although though until unless whereas amid despite during so than yet even")

// thanComparatives inside an object go on with their "than" ("far more
// than that", "local groups rather than national ones"): the phrase
// is not whole without it.
var thanComparatives = setOf("more less fewer rather other")

// npAdverbs after an object are circumstance, not content.
var npAdverbs = setOf("here there now today yesterday tonight tomorrow again too also instead anyway earlier later recently already still once twice")

// npObject reads the cue's subject and the object after it.
func (f *finder) npObject(a *attr, s sent) bool {
	d := f.d
	if f.addressedAudience(a) || !f.npSource(a, s) {
		return false
	}
	if p := a.cueE - 1; d.duration(p) > p {
		return false // "called for months for …": how long, not what
	}
	// After a relative subject or as a participle modifier, the
	// object ends where the main clause's verb comes.
	rel := a.srcE == a.srcS+1 && d.in(a.srcS, wcRelWord) || a.srcE == a.cueS && isGerund(d.lw(a.cueS)) || f.possessedSubject(a, s)
	sp, end, ok := f.npObjectSpan(a.cueE, s, rel)
	if !ok {
		return false
	}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = end, s.te
	a.conf = 0.6
	return true
}

// possessedSubject says whether a possessed reporting noun opens its
// sentence as the subject ("Her attacks on the mayor won her votes",
// "Lee's call for a recount drew crowds"): its object then ends, as
// after a relative subject, where the main clause's verb comes.
func (f *finder) possessedSubject(a *attr, s sent) bool {
	d := f.d
	if a.srcS != s.ts && !d.is(a.srcS-1, ":") && !d.is(a.srcS-1, ";") || a.srcE > a.cueS || a.srcE <= a.srcS {
		return false // a colon or semicolon opens a clause: "And with reason: their …"
	}
	p := a.srcE - 1
	return d.toks[p].kind == tkPoss || d.in(p, wcPossPronoun)
}

// npObjectSpan returns the object noun phrase starting at token k and the
// token after it; relSubj says the cue's subject is a relative pronoun.
func (f *finder) npObjectSpan(k int, s sent, relSubj bool) ([2]int, int, bool) {
	d := f.d
	if k >= s.te || !d.word(k) || d.toks[k].quote != 0 {
		return [2]int{}, 0, false
	}
	w := d.lw(k)
	if npNoStart[w] || particles[w] || d.word(k+1) && particles[d.lw(k+1)] && wholeObjects[w] || strings.HasSuffix(w, "ed") && !d.toks[k].cap || npStop[w] && !wholeObjects[w] || auxVerbs[w] || whWords[w] || pronouns[w] && !wholeObjects[w] || timeWords[w] && !determiners[w] || isWeekday(w) || strings.HasSuffix(w, "ly") && !d.toks[k].cap {
		return [2]int{}, 0, false
	}
	end, why := f.npObjectEnd(k, s.te, relSubj)
	if why == npClause {
		return [2]int{}, 0, false
	}
	sp, ok := f.npSpan(k, end)
	return sp, end, ok
}

// cueOwner returns the attribution among the first n of sentence si
// whose cue covers token k, or nil.
func (f *finder) cueOwner(si, k, n int) *attr {
	for i := range f.attrs[:n] {
		o := &f.attrs[i]
		if o.sent == si && o.cueS <= k && k < o.cueE {
			return o
		}
	}
	return nil
}

// relBefore says whether a relative pronoun is the subject of the cue at
// k: "voters who (have) support(ed) …".
func (f *finder) relBefore(k int, s sent) bool {
	d := f.d
	j := k - 1
	for j > s.ts && d.word(j) && (d.in(j, wcSkipBetween) || d.inLex(j, lcNegation)) {
		j--
	}
	return d.in(j, wcRelWord)
}

// relWords are relative pronouns PolNeAR marks as the source of the
// clause they open: "voters who support Sanders".
var relWords = setOf("who which that")

// irregularPast are past tenses that do not end in -ed, which end a
// relative or participle clause's object at the main verb ("super PACs
// backing Mr. Cruz began March with …").
var irregularPast = setOf("began made took gave said won lost got came went saw knew thought told found held kept led left met paid put ran sent spent set stood brought bought built wrote spoke became chose drew fell felt fought grew heard meant rose sought sold shot struck taught threw understood withdrew drove flew rode swam fled")

// negations may stand between a subject and its cue: "has not endorsed".
var negations = setOf("not n't never")

// npNoStart are words no object begins with.
var npNoStart = setOf("during among of behind against toward towards within without across through up per via from over under into onto upon about amid despite")

// gerundPreps put a participle in an adverbial of its clause: "by
// denouncing …", "in criticizing …".
var gerundPreps = setOf("by in while after before for of")

// particles make a phrasal verb of the cue: "backing down", "backed up".
// phrasalCue leaves out "back" and "over", which also open a content:
// "fired back that …", "said over the phone".
var particles = setOf("down up out off away back over")

// npSource finds who holds the attitude: the subject before the cue,
// the head a participle modifies ("a group backing Bush"), or the
// sentence's subject for a participle after a comma.
func (f *finder) npSource(a *attr, s sent) bool {
	d := f.d
	c := a.cueS
	if c <= s.ts || d.is(c, "to") && d.is(c-1, ",") {
		return false // ", to discuss …": a purpose, not an attitude
	}
	if isGerund(d.lw(c)) {
		if d.is(c-1, ",") {
			for i := len(f.attrs) - 1; i >= 0; i-- {
				prev := &f.attrs[i]
				if prev.sent == a.sent && prev.srcS >= 0 && prev.cueS < c {
					if st, ne := f.afterSubClause(*prev, s, c); st >= 0 {
						a.srcS, a.srcE, a.coreE = st, f.appositionAhead(ne, c), ne
						return true
					}
					a.srcS, a.srcE, a.coreE = prev.srcS, prev.srcE, prev.coreE
					a.inherit = i
					return true
				}
			}
			st, ne := f.subject(s, c)
			if st < 0 {
				return false
			}
			a.srcS, a.srcE, a.coreE = st, f.appositionAhead(ne, c), ne
			return true
		}
		if w := d.lw(c - 1); w == "and" || w == "or" {
			// "placards supporting Sanders or slamming the DNC": the
			// participle before shares its holder.
			for i := len(f.attrs) - 1; i >= 0; i-- {
				prev := &f.attrs[i]
				if prev.sent == a.sent && prev.srcS >= 0 && prev.cueS < c && isGerund(d.lw(prev.cueS)) {
					a.srcS, a.srcE, a.coreE = prev.srcS, prev.srcE, prev.coreE
					a.inherit = i
					return true
				}
			}
			return false
		}
		if gerundPreps[d.lw(c-1)] || d.in(c-1, wcSubordinator) {
			// "won by denouncing the New Deal": the clause's subject.
			st, ne := f.subject(s, c)
			if st < 0 || ne > c-1 {
				return false
			}
			if ms := f.spanAfterClause(ne-1, s.te); ms > c && ne == c-1 {
				// "One month after announcing …, Rubio …": the span is no subject.
				if me := d.npForward(ms, s.te); me > ms {
					st, ne = ms, me
				}
			}
			a.srcS, a.srcE, a.coreE = st, f.appositionAhead(ne, c), ne
			return true
		}
		if !d.in(c-1, wcAuxVerb) {
			// A participle modifying the noun before it.
			b := d.npBack(c-1, s.ts)
			if w := d.lw(c - 1); b < 0 && d.word(c-1) && !d.toks[c-1].cap && !npStop[w] && sForm(w) {
				b = c - 1 // "carried placards supporting Sanders"
			}
			if b < 0 || d.is(b-1, "with") {
				return false // "with Merz urging more pressure": a circumstance
			}
			a.srcS, a.srcE, a.coreE = b, c, c
			if st, ne := f.verbObjectHolder(a, s); st >= 0 {
				a.srcS, a.srcE, a.coreE = st, ne, f.mentionEnd(st, ne-1)
			}
			return true
		}
	}
	if f.npPossessor(a, s) {
		return true
	}
	j := f.cueStart(a, s.ts)
	if d.is(c, "to") {
		// "Trump refused to endorse Ryan", "that group was more likely
		// to support Clinton": the subject of the governing verb.
		for i := 0; i < 6 && j > s.ts && d.word(j) && !d.toks[j].cap && !d.in(j, wcPronoun) && !d.in(j, wcDeterminer) && !d.headOK(j) && !d.in(j, wcRelWord); i++ {
			j--
		}
	}
	for j > s.ts && d.word(j) && !d.toks[j].cap && (d.inLex(j, lcNegation) || strings.HasSuffix(d.lw(j), "ly") && len(d.lw(j)) > 3) {
		j-- // "fiercely opposed", "has not endorsed"
		for j > s.ts && d.word(j) && d.in(j, wcSkipBetween) {
			j--
		}
	}
	for i := j + 1; i < c; i++ {
		if d.in(i, wcBeForm) && strings.HasSuffix(d.lw(c), "ed") {
			return false // "was endorsed by …": the subject is the object
		}
	}
	if d.is(j, "you") {
		return false // "Do you support Donald Trump?" addresses the reader
	}
	if !f.npSubjectHead(j, strings.HasSuffix(d.lw(c), "ed")) {
		return false
	}
	if d.in(j, wcRelWord) && j > s.ts {
		if d.is(j-1, ",") || f.inApposition(j, s) {
			return false // PolNeAR seldom marks an aside about someone
		}
		a.srcS, a.srcE, a.coreE = j, j+1, j+1
		return true
	}
	b := d.npBack(j, s.ts)
	if b >= 0 {
		b = d.postmodBack(b, s.ts)
	}
	if b < 0 {
		b = f.appositionBack(j, s.ts)
	}
	srcEnd := -1
	if b < 0 {
		b, srcEnd = f.relativeBack(j, s)
	}
	if b < 0 {
		b = f.longSubject(j, s)
	}
	if b < 0 || b > s.ts && d.in(b-1, wcWhWord) || d.in(b, wcClauseOpener) || d.is(b, "or") {
		return false // "Or support Paul Ryan": an imperative
	}
	if b-2 >= s.ts && (d.is(b-1, "of") || d.is(b-1, "in")) {
		// "About two-thirds of the voters support …": the share of a
		// group holds the attitude.
		if qb := d.quantityBack(b-2, s.ts); qb >= 0 {
			b = qb
		}
	}
	if st, ne := f.infinitiveSubject(c, j, s); st >= 0 {
		b, j, srcEnd = st, ne-1, ne
	} else if st, ne := f.copulaInfinitiveSubject(c, b, s); st >= 0 {
		b, j, srcEnd = st, ne-1, ne
	} else if pb, pe := f.ppSubjectBack(b, s); pb >= 0 && srcEnd < 0 {
		b, j, srcEnd = pb, pe-1, pe // "Zucker, who in the past has voiced …"
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	if srcEnd >= 0 {
		a.srcE = srcEnd
	}
	return true
}

// infinitiveSubject: an infinitive cue at c after a prepositional
// object ending at j ("Biden met with Ann Lee to discuss …", "went on
// CNN to declare …") is the purpose of the clause's subject, not a report
// of the object, as PolNeAR marks it. "for" is left out: "for Bush to
// back Cruz" names the agent. It returns the subject's tokens, or -1, -1.
func (f *finder) infinitiveSubject(c, j int, s sent) (int, int) {
	d := f.d
	if !d.is(c, "to") {
		return -1, -1
	}
	nb := d.npBack(j, s.ts)
	if nb <= s.ts || nb > j {
		return -1, -1
	}
	p := nb - 1
	if !d.word(p) || d.toks[p].quote != 0 || d.is(p, "for") || d.is(p, "of") || !(d.in(p, wcVenuePrep) || d.inLex(p, lcPostPrep)) {
		return -1, -1
	}
	st, ne := f.subject(s, p)
	if st < 0 || ne > p || d.is(st, "it") {
		return -1, -1
	}
	return st, ne
}

// npWhy says what ended an object.
type npWhy int

const (
	npPunct   npWhy = iota // punctuation or the sentence end
	npAdjunct              // a time, place, aside or clause of its own
	npClause               // a verb: the phrase was a clause's subject
)

// inApposition says whether the relative pronoun at j follows a noun
// phrase set off by a comma, dash or bracket: "…, a group of 35
// countries who support Ukraine".
func (f *finder) inApposition(j int, s sent) bool {
	d := f.d
	for k := j - 1; k > s.ts && j-k < 10; k-- {
		switch {
		case d.is(k, ",") || d.is(k, "(") || d.is(k, "—") || d.is(k, "–") || f.isClose(k) && d.is(k-1, ","):
			return d.in(k+1, wcDeterminer) || isNumberWord(d.lw(k+1))
		case !d.word(k) && d.toks[k].kind != tkPoss:
			return false
		case d.in(k, wcNPStop) && !d.is(k, "of") && !d.is(k, "and"):
			return false
		}
	}
	return false
}

// npSubjectHead says whether token j can end the subject of a cue used
// as a verb; the noun uses of "support" or "calls" follow a determiner,
// a possessive or an adjective ("his broad support among …"). After a
// past tense (past) any noun will do ("The union endorsed …").
func (f *finder) npSubjectHead(j int, past bool) bool {
	d := f.d
	if !d.word(j) || d.toks[j].quote != 0 {
		return d.is(j, ")") || d.is(j, "%") || d.is(j, ",")
	}
	w := d.lw(j)
	switch {
	case relWords[w]:
		return true
	case determiners[w] && !standalone[w] || w == "whose" || w == "its" || w == "your" || w == "my":
		return false
	case past || d.toks[j].cap || pronouns[w] || standalone[w] || isNumberWord(w) || d.headOK(j):
		return true
	}
	return sForm(w) && !strings.HasSuffix(w, "ous")
}

// npObjectEnd returns the token after the object noun phrase starting at
// k: it runs to the end of the clause, stopping before punctuation, a
// subordinate clause, a second predicate, or a time or venue adjunct.
// why says what ended it. After a relative subject ("voters who support
// Sanders are …") a verb ends the relative clause and the object.
func (f *finder) npObjectEnd(k, end int, relSubj bool) (int, npWhy) {
	d := f.d
	rel, verbal, as := false, false, false
	for i := k; i < end; i++ {
		t := &d.toks[i]
		if t.quote != 0 {
			if f.isOpen(i) {
				sg := f.segs[t.quote-1]
				if sg.ct < 0 || sg.ct >= end {
					return i, npPunct
				}
				i = sg.ct
			}
			continue
		}
		switch t.kind {
		case tkPoss, tkSQ:
			continue
		case tkPunct:
			switch d.lw(i) {
			case "%", "$", "/", "&":
				continue
			case "(":
				// "Paul Ryan (R-Wis.)": a party tag after a name.
				if d.capWord(i - 1) {
					for j := i + 1; j < end && j < i+8; j++ {
						if d.is(j, ")") {
							i = j
							break
						}
					}
					if d.is(i, ")") {
						continue
					}
				}
			case ",":
				if f.nameList(i, end) {
					continue // "Ted Cruz, Marco Rubio and John Kasich"
				}
			}
			return i, npPunct
		}
		if t.kind != tkWord {
			return i, npPunct
		}
		w := d.lw(i)
		if i == k {
			continue
		}
		if !t.cap && (isGerund(w) || w == "to" && f.toInfinitive(i)) {
			// "accused Clinton of being too reliant on Wall Street": a
			// clause now, whose adjuncts are its own.
			verbal = true
		}
		after := as
		as = w == "as"
		switch {
		case (verbal || after) && (npAdverbs[w] || venuePreps[w] || timeDeixis[w] || strings.HasSuffix(w, "ly")):
			// "slammed his proposal as too vague"
		case npClauseStops[w] && !(w == "than" && (thanComparatives[d.lw(i-1)] || i-2 >= k && thanComparatives[d.lw(i-2)])), npAdverbs[w] && !d.in(i-1, wcDeterminer) && !(w == "instead" && d.is(i+1, "of")), isWeekday(w):
			// After a determiner the adverb modifies the noun's
			// adjective ("the now popular plan", "the earlier bid").
			return i, npAdjunct
		case w == "who" || w == "which" || w == "that" && !d.is(i-1, "than") || w == "whom" || w == "whose" || w == "where":
			rel = true // not "more than that": a demonstrative
		case w == "and" || w == "or":
			if f.coordinatedVerb(i+1) || d.word(i+1) && d.in(i+1, wcPronoun) && d.lw(i+1) != "it" {
				return i, npAdjunct
			}
			if !rel && f.modalPredicate(i+1) {
				return i, npAdjunct // "hoping for far more than that and will have to fight …": the subject's second predicate
			}
		case w == "as":
			if n := d.lw(i + 1); pronouns[n] || n == "well" && !d.is(i+2, "as") || n == "part" || n == "of" {
				return i, npAdjunct
			}
		case relSubj && !rel && !d.is(i-1, "to") && f.relMainVerb(i, k):
			// "voters who support Sanders are …", "views of the harbor
			// seem …"; "to be" goes on the object's own infinitive.
			return i, npAdjunct
		case auxVerbs[w] && !rel && !(relSubj && d.is(i-1, "to")):
			return i, npClause // the phrase is a clause's subject ("think Trump is …")
		case (w == "early" || w == "late") && (d.in(i+1, wcVenuePrep) || d.in(i+1, wcTimeDeixis)):
			return i, npAdjunct // "early in 2009"
		case timeDeixis[w] && (d.in(i+1, wcTimeSpan) || isWeekday(d.lw(i+1))):
			return i, npAdjunct // "last week", "this Tuesday"
		case venuePreps[w] && f.timeOrPlace(i+1, end):
			return i, npAdjunct
		case lyAdverb(w) && !t.cap && !d.word(i+1):
			return i, npAdjunct // "… enthusiastically."
		case !t.cap && d.strongCue(i) && !strings.HasSuffix(d.lw(i-1), "ly") && !d.in(i-1, wcDeterminer):
			return i, npAdjunct // "… said she", not "highly criticized"
		}
	}
	return end, npPunct
}

// nameList says whether the comma at token i goes on with a list of
// names closed by "and" or "or" ("…, Sen. John McCain and Sen. Kelly
// Ayotte") that ends the clause.
func (f *finder) nameList(i, end int) bool {
	d := f.d
	if !d.capWord(i-1) && !d.is(i-1, ")") {
		return false
	}
	seg, and := 0, false
	for j := i + 1; j < end && j < i+30; j++ {
		switch {
		case d.is(j, "and") || d.is(j, "or"):
			if and || seg == 0 && !d.is(j-1, ",") {
				return false
			}
			and, seg = true, 0
		case d.is(j, ","):
			if seg == 0 || and {
				return and && seg > 0
			}
			seg = 0
		case f.isOpen(j) && seg == 0:
			// a quotation as one item: "…, and “a ceasefire”"
			sg := f.segs[d.toks[j].quote-1]
			if sg.ct < 0 || sg.ct >= end {
				return false
			}
			j, seg = sg.ct, seg+1
		case d.capWord(j) || d.toks[j].kind == tkPoss || d.is(j, "(") || d.is(j, ")") || d.word(j) && (d.in(j, wcTitleWord) || d.is(j, "of") || d.in(j, wcDeterminer) && seg == 0 || isNumberWord(d.lw(j)) || strings.Contains(d.lw(j), "-")):
			seg++
		default:
			return and && seg > 0 && (d.is(j, ".") || d.is(j, ";") || d.word(j) && (d.in(j, wcVenuePrep) || npClauseStops[d.lw(j)]))
		}
		if j+1 >= end {
			return and && seg > 0 // the list ends the sentence
		}
	}
	return false
}

// monthWords name months, as in "endorsed Clinton in November".
var monthWords = setOf(monthList + " jan. feb. aug. sept. oct. nov. dec.")

// timeOrPlace says whether the phrase after a preposition at k is a time
// or venue ("on Tuesday", "in early June", "at a news conference",
// "during a debate", "on Twitter").
func (f *finder) timeOrPlace(k, end int) bool {
	d := f.d
	if k >= end || !d.word(k) {
		return false
	}
	w := d.lw(k)
	switch {
	case isWeekday(w), monthWords[w] && d.toks[k].cap, timeDeixis[w], npAdverbs[w], w == "early" || w == "late":
		return true
	case (w == "early" || w == "late" || w == "mid") && monthWords[d.lw(k+1)]:
		return true
	case len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumberWord(w):
		return true
	}
	for i := k; i < end && i < k+5; i++ {
		if !d.word(i) && d.toks[i].kind != tkPoss {
			return false
		}
		x := d.lw(i)
		if venueNouns[x] || dayParts[x] || timeSpans[x] {
			return true
		}
		if !(determiners[x] || d.toks[i].cap || !npStop[x] && i < k+3) {
			return false
		}
	}
	return false
}

// npSpan is contentSpan for an object, which may be one word ("Cruz").
func (f *finder) npSpan(a, b int) ([2]int, bool) {
	d := f.d
	for a < b && d.toks[a].kind == tkPunct && d.toks[a].quote == 0 {
		a++
	}
	for b > a && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkSQ) && d.toks[b-1].quote == 0 && !f.closesInside(a, b-1) {
		b--
	}
	if b <= a || f.words(a, b) == 0 {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[a].s), int(d.toks[b-1].e)}, true
}

// modalPredicate says whether a lowercase modal at k opens a verb
// phrase ("and will have to …", "and would not say …"): no noun phrase
// goes on with one, so after "and" the subject's second predicate
// starts there. "faith and will to win" has the noun "will".
func (f *finder) modalPredicate(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !modalVerbs[d.lw(k)] || !d.word(k+1) {
		return false
	}
	n := d.lw(k + 1)
	return auxVerbs[n] || n == "not" || n == "also" || n == "still" || n == "never" || !d.toks[k+1].cap && !d.in(k+1, wcDeterminer) && n != "to" && !npStop[n]
}
