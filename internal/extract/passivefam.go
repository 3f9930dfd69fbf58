package extract

// passiveFamily says whether the cue at k is the passive of a judging or
// labelling verb with the word its judgement takes ("is widely seen as",
// "was known for", "were charged with"): PolNeAR marks such a passive as
// an attribution of the judgement, content around the cue, while the
// participle's lexicon precision counts every use ("I have seen", "the
// known risks"). On train, of the passives not found before, "seen as"
// is marked 12 times in 20, "known" 13 in 16, "charged with" and
// "criticized for" 7 in 7. An infinitive ("remains to be seen", "loath
// to be seen as") is no report.
func (f *finder) passiveFamily(k, ts int) bool {
	d := f.d
	if !d.inLex(k, lcPassiveFamily) {
		return false // the look-up below only for the families' words
	}
	next, ok := passiveFamilies[d.lw(k)]
	if !ok || k+1 >= len(d.toks) || !d.word(k+1) || !next[d.lw(k+1)] {
		return false
	}
	pb := f.passiveBe(k, ts)
	return pb >= 0 && !(d.is(pb, "be") && d.is(pb-1, "to"))
}

// passiveFamilyCue lifts a passive family cue above the precision gate.
func (f *finder) passiveFamilyCue(k, n int, e cueEntry, ts int) (int, cueEntry) {
	if n == 0 || e.Prec >= 0.6 || !f.passiveFamily(k, ts) {
		return n, e
	}
	return n, cueEntry{Type: e.Type, Prec: 0.6}
}

// passiveFamilies map a participle to the words that may follow it in a
// reported judgement.
var passiveFamilies = func() map[string]map[string]bool {
	as := setOf("as")
	m := map[string]map[string]bool{
		"known":      setOf("as for to"),
		"charged":    setOf("with"),
		"accused":    setOf("of"),
		"suspected":  setOf("of"),
		"blamed":     setOf("for"),
		"criticized": setOf("for"),
		"praised":    setOf("for"),
	}
	for _, w := range []string{"seen", "viewed", "regarded", "perceived", "remembered", "described", "portrayed", "billed", "labeled", "branded", "touted", "hailed", "characterized", "depicted", "interpreted", "celebrated", "cast"} {
		m[w] = as
	}
	return m
}()

// passiveRaising says whether the passive family cue in a reads like a
// raising verb ("Delaware and Maryland are widely seen as …", "who is
// known for …", "Rubio could be seen as …"): content from the clause's
// subject to its end, no source. The preposed reading, which also finds
// an agent after "by", goes first where it finds the subject.
func (f *finder) passiveRaising(a *attr, s sent) bool {
	if !f.passiveFamily(a.cueS, s.ts) {
		return false
	}
	b := *a
	if f.preposed(&b, s) {
		return false
	}
	// The cue takes the auxiliaries and adverbs before it ("has long
	// been considered"), so that the subject is what precedes them and a
	// subject set off by commas ("Delaware and Maryland, are widely
	// seen as …") is found as an aside.
	d := f.d
	for a.cueS-1 > s.ts && d.word(a.cueS-1) && d.toks[a.cueS-1].quote == 0 {
		w := d.lw(a.cueS - 1)
		if !auxVerbs[w] && !beForms[w] && !negations[w] && !passiveAdverbs[w] && !lyAdverb(w) {
			break
		}
		a.cueS--
	}
	return true
}

// passiveCommaEnd ends the content of a passive family cue at k at the
// first comma after the cue: "The case had been viewed as a threat to
// affirmative action, particularly after …" — what follows the comma is
// circumstance, not the judgement.
func (f *finder) passiveCommaEnd(a *attr, k int, s sent) {
	d := f.d
	if !f.passiveFamily(k, s.ts) || len(a.frags) == 0 {
		return
	}
	last := &a.frags[len(a.frags)-1]
	for j := d.tokFrom(last[0]); j < s.te && int(d.toks[j].s) < last[1]; j++ {
		if d.is(j, ",") && d.toks[j].quote == 0 {
			if sp, ok := f.contentSpan(d.tokFrom(last[0]), j); ok {
				*last = sp
			}
			return
		}
	}
}

// passiveByCue shortens a cue ending in "by" ("rejected by", "backed
// by") to its participle when a form of "be" makes it a passive ("This
// proposal was rejected by 64 percent of voters"): the preposed reading
// then makes the subject the content and the agent the source. Without
// "be" ("a plan backed by …") the cue stays out (passiveAgent).
func (f *finder) passiveByCue(k, n int, e cueEntry, ts int) (int, cueEntry) {
	d := f.d
	if n == 0 || f.passiveBe(k, ts) < 0 {
		return n, e
	}
	if n >= 2 && f.passiveAgent(k, n) {
		one := cueIndex[d.lw(k)].one
		if one == nil {
			return n, e
		}
		n, e = 1, *one
	}
	if n == 1 && d.is(k+1, "by") && e.Prec < 0.5 && e.Prec >= 0.1 {
		e = cueEntry{Type: e.Type, Prec: 0.5}
	}
	return n, e
}

// passiveClauseSubject finds the subject [st, j] of the passive cue at k,
// back over "was", "has been", negations and adverbs to the clause's
// start (not before from): "This proposal was rejected by …".
func (f *finder) passiveClauseSubject(k int, s sent, from int) (st, j int, ok bool) {
	d := f.d
	j = k - 1
	for j > s.ts && d.word(j) && d.toks[j].quote == 0 {
		w := d.lw(j)
		if !auxVerbs[w] && !beForms[w] && !negations[w] && !passiveAdverbs[w] && !lyAdverb(w) {
			break
		}
		j--
	}
	lim := max(s.ts, from)
	st = j + 1
	for st > lim {
		w := d.lw(st - 1)
		if d.toks[st-1].quote != 0 || !d.word(st-1) && d.toks[st-1].kind != tkPoss || w == "and" || w == "but" || w == "that" || raisingSubStop[w] {
			break
		}
		st--
		if raisingRelStop(d, st, j+1) {
			break
		}
	}
	return st, j, st <= j && (d.subjectStart(st, lim) || raisingRelStop(d, st, j+1))
}

// passiveByClause: "This proposal was rejected by 64 percent of the
// electorate" — a passive cue with its agent, whose subject is no
// person the preposed reading would take as a source. The subject, from
// the clause's start, is the content and the agent the source.
func (f *finder) passiveByClause(a *attr, s sent, from int) bool {
	d := f.d
	k := a.cueS
	if a.cueE != k+1 || !d.is(k+1, "by") || f.passiveBe(k, s.ts) < 0 {
		return false
	}
	if b := *a; f.preposed(&b, s) {
		return false
	}
	st, j, ok := f.passiveClauseSubject(k, s, from)
	if !ok {
		return false
	}
	if f.passiveBy(a, s, st, j, k+1) {
		return true
	}
	// "rejected by 64 percent of the electorate", "by large majorities
	// of both men and women": a counted group runs to the clause's end.
	// It stops before "as", "for" or "to be", which open the judgement or
	// its reason ("praised by the city council as a bold step",
	// "considered by sailors to be unsafe").
	ne := k + 2
	for ne < s.te && ne < k+14 && (d.word(ne) || d.toks[ne].kind == tkPoss) && d.toks[ne].quote == 0 && !(ne > k+2 && d.judgementPrep(ne)) {
		ne++
	}
	if d.marginAgent(k+2, ne) {
		return false
	}
	sp, ok := f.contentSpan(st, j+1)
	if ne == k+2 || ne < s.te && !d.is(ne, ",") && !d.is(ne, ";") && !d.is(ne, ".") && !d.judgementPrep(ne) || !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = k+2, ne, ne
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = ne, s.te
	a.conf = 0.6
	return true
}

// marginAgent says whether the "by" phrase b..e is a vote margin ("backed
// by 61 percent to 39", "won by 5 points to 3"), a count on each side
// that names no one who backed anything.
func (d *doc) marginAgent(b, e int) bool {
	if !isNumberWord(d.lw(b)) {
		return false
	}
	for k := b + 1; k+1 < e; k++ {
		if d.is(k, "to") && d.word(k+1) && isNumberWord(d.lw(k+1)) {
			return true
		}
	}
	return false
}

// judgementPreps open what a passive's agent judged or why: "as a bold
// step", "for its boldness".
var judgementPreps = setOf("as for")

// judgementPrep says whether word k opens what a passive's agent judged
// or why: a judgementPreps word, or an infinitive of "be" or "have"
// ("considered by sailors to be unsafe", "believed by aides to have
// left"). Any other "to" may be the agent's own ("experts I spoke to",
// "a vote of 5 to 4").
func (d *doc) judgementPrep(k int) bool {
	return d.word(k) && (judgementPreps[d.lw(k)] || d.is(k, "to") && (d.is(k+1, "be") || d.is(k+1, "have")))
}

// askedByPassive: "Sanders was asked by host John Dickerson whether his
// aim was …" — the agent asked the question, which follows the agent
// (PolNeAR: the agent is the source, the question the content).
func (f *finder) askedByPassive(a *attr, s sent) bool {
	d := f.d
	k := a.cueS
	if !d.is(k, "asked") || !d.is(k+1, "by") || a.cueE > k+2 || !d.word(k-1) || !d.in(k-1, wcBeForm) && !(d.inLex(k-1, lcPassiveAdverb) || lyAdverb(d.lw(k-1))) {
		return false
	}
	ne := d.npForwardLoose(k+2, s.te)
	if ne < 0 || ne >= s.te || d.toks[ne].quote != 0 {
		return false
	}
	c := ne
	switch w := d.lw(c); {
	case d.is(c, "about"):
		c++
	case whWords[w] || w == "if" || w == "whether" || w == "to":
	default:
		return false
	}
	sp, ok := f.contentSpan(c, f.contentEnd(c, s.te))
	if !ok {
		return false
	}
	a.cueE = k + 1
	a.srcS, a.srcE, a.coreE = k+2, ne, ne
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = sp[1], sp[1]
	a.conf = 0.6
	return true
}

// hedgeCues are adverbs that attribute a clause to unnamed others: "The
// FBI is reportedly making arrangements …".
var hedgeCues = setOf("reportedly allegedly purportedly supposedly")

// hedgeSubject makes the clause around a hedging adverb the content,
// subject included, with no source: PolNeAR marks "reportedly" that way
// 13 times in 14 on train, while the preposed reading took the subject
// as its source.
func (f *finder) hedgeSubject(a *attr) {
	d := f.d
	if !hedgeCues[d.lw(a.cueE-1)] || a.srcS < 0 || a.srcE <= a.srcS || a.srcE > a.cueS || len(a.frags) == 0 {
		return
	}
	for k := a.cueS; k < a.cueE-1; k++ {
		if !d.in(k, wcAuxVerb) && !d.in(k, wcBeForm) {
			return // only "is reportedly", "had allegedly"
		}
	}
	if d.cueAt(a.cueE) > 0 {
		return // "Trump reportedly said, …": the subject speaks
	}
	head := [2]int{int(d.toks[a.srcS].s), int(d.toks[a.srcE-1].e)}
	if head[1] > a.frags[0][0] {
		return
	}
	a.frags = append([][2]int{head}, a.frags...)
	a.srcS, a.srcE, a.coreE = -1, -1, -1
}
