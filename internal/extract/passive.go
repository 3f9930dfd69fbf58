package extract

// passiveBe finds the form of "be" that makes the cue at k a passive
// ("Sanders was written off as …", "he is better known as …", "the
// deficit is projected to be …"), skipping adverbs and negations in
// between. It returns the index of that word, or -1. PolNeAR takes such a
// clause whole as content, subject included, and leaves the source
// empty (train: 425 passive cues span their subject, 96 do not, most of
// those feelings or hearers: "was worried", "was asked").
func (f *finder) passiveBe(k, ts int) int {
	d := f.d
	if !d.passiveParticiple(k) || d.inLex(k, lcFeelingParticiple|lcPassiveHearer|lcStanceParticiple) {
		return -1
	}
	for j := k - 1; j > ts && j >= k-3; j-- {
		if !d.word(j) || d.toks[j].quote != 0 {
			return -1
		}
		switch {
		case d.in(j, wcBeForm):
			return j
		case d.inLex(j, lcNegation|lcPassiveAdverb) || lyAdverb(d.lw(j)):
			continue
		}
		return -1
	}
	return -1
}

// passiveParticiple says whether word k can be the participle of a
// passive: a lower-case past participle ("named", "written", "known"),
// not an adverb that looks like one ("even") nor a name ("Biden").
func (d *doc) passiveParticiple(k int) bool {
	w := d.lw(k)
	return !d.toks[k].cap && (pastParticiple(w) && len(w) > 4 && !d.inLex(k, lcPassiveAdverb) || d.inLex(k, lcParticiple))
}

// passiveHearers take the hearer as subject ("was asked", "were told"):
// the content follows the cue.
var passiveHearers = setWith(hearerCues, "challenged focused devoted prompted invited")

// stanceParticiples name a state of mind of the subject, who is then the
// source: "is convinced that …", "are divided over …".
var stanceParticiples = setOf("convinced divided committed determined prepared opposed inclined interested poised undecided resigned")

// passiveAdverbs stand between "be" and a participle: "is better known",
// "was also expected".
var passiveAdverbs = setOf("also still now better best well widely generally often already later long once even first both all")

// passiveSubject makes the subject of a passive cue the content's first
// piece and leaves the source empty: "Sanders was written off as a
// fringe candidate" is content around "was written off".
func (f *finder) passiveSubject(a *attr, s sent) {
	d := f.d
	if a.srcS < 0 || a.srcE > a.cueS || len(a.frags) == 0 {
		return
	}
	pb := -1
	for k := a.cueS; k < a.cueE && pb < 0; k++ {
		pb = f.passiveBe(k, s.ts) // "was written off", "is best known for"
	}
	if pb < 0 || pb < a.srcE {
		return
	}
	for j := a.srcE; j < pb; j++ {
		if !d.word(j) || !d.in(j, wcAuxVerb) && !d.in(j, wcBeForm) && !d.inLex(j, lcNegation) && !d.inLex(j, lcPassiveAdverb) && !lyAdverb(d.lw(j)) {
			return // only "has been", "will be" and adverbs between
		}
	}
	if d.is(a.srcS, "it") || d.is(a.srcS, "there") || d.is(d.tokFrom(a.frags[0][0]), "that") {
		return // "it was reported that …", "concerns were raised that …"
	}
	head := [2]int{int(d.toks[a.srcS].s), int(d.toks[a.srcE-1].e)}
	if head[1] > a.frags[0][0] {
		return
	}
	by := f.agentIn(a) // -2: the "by" belongs to a clause of its own
	if by >= 0 {
		// "are seen as candidates … by a quarter of voters": the agent is
		// the source and the content stops before "by".
		last := len(a.frags) - 1
		lim := d.tokFrom(a.frags[last][1])
		ae := d.npForwardLoose(by+1, lim)
		tail, ok := f.contentSpan(d.tokFrom(a.frags[last][0]), by)
		if ae < 0 || !ok || !d.agentHead(by+1, ae) {
			return
		}
		a.frags[last] = tail
		a.frags = append([][2]int{head}, a.frags...)
		a.srcS, a.srcE, a.coreE = by+1, ae, ae
		return
	}
	a.frags = append([][2]int{head}, a.frags...)
	a.srcS, a.srcE, a.coreE = -1, -1, -1
}

// agentHead says whether the phrase [k, e) after "by" names someone who
// can speak: its head, before any "of"/"for"/"to" phrase, must be able to
// head a source ("by the mayor", "by 64 percent of voters"), unlike a
// measure ("by a wide margin", "by a vote of the board").
func (d *doc) agentHead(k, e int) bool {
	h := k
	for h+1 < e && !(d.word(h+1) && sourcePreps[d.lw(h+1)]) {
		h++
	}
	return d.headOK(h)
}

// agentIn finds a "by" outside quotation marks in the content's last
// piece, the passive's agent, who is its source; -1 when there is none,
// -2 when a verb or relative comes first and the "by" may be its own.
func (f *finder) agentIn(a *attr) int {
	d := f.d
	last := a.frags[len(a.frags)-1]
	blocked := false
	for j := d.tokFrom(last[0]); j < len(d.toks) && int(d.toks[j].s) < last[1]; j++ {
		if d.toks[j].quote != 0 || !d.word(j) {
			continue
		}
		w := d.lw(j)
		if w == "by" {
			if blocked {
				return -2
			}
			return j
		}
		if w == "to" || w == "who" || w == "which" || w == "that" || d.passiveParticiple(j) {
			blocked = true // a clause of its own: "agreed to be acquired by …"
		}
	}
	return -1
}

// raisingRelStop says whether the subject of a raising or passive cue
// at b begins at token st: a relative pronoun or "what" right before the
// cue phrase's clause ("delegates who are expected to …", "a bill which
// the Senate is expected to pass", "for what appears to be …") is the
// content's first word; a subordinator ("where Sanders is expected to
// win", "why she seemed …") stays outside it (raisingSubStop).
func raisingRelStop(d *doc, st, b int) bool {
	if d.toks[st].quote != 0 || !d.word(st) {
		return false
	}
	w := d.lw(st)
	return (w == "who" || w == "which" || w == "what") && st < b
}

// raisingSubStop open a clause that a raising or passive subject starts
// after: "where Sanders is expected to win".
var raisingSubStop = setWith(clauseSubs, "where why how whether")

// thatSubject says whether "that" at k, right before the auxiliaries of
// the passive cue in a, is that clause's subject: a relative ("a role
// that is expected to go to …") or a demonstrative ("That was long seen
// as …"); a complementizer is followed by a subject, never by the verb.
// PolNeAR starts such a passive's content at "that" (4 in 4 on train),
// while a raising verb's ("a system that seems rigged") takes in the noun
// before it, which this does not find.
func (f *finder) thatSubject(k int, a *attr) bool {
	d := f.d
	if !d.is(k, "that") || d.toks[k].quote != 0 {
		return false
	}
	for j := a.cueS; j < a.cueE; j++ {
		if f.passiveBe(j, k) >= 0 {
			return true
		}
	}
	return false
}

// unsourcedPassiveAgents gives a sourceless passive report whose content
// took in its subject ("Eels are considered unclean by members of two
// clans", "The details were described to us by an official") its agent
// as source: PolNeAR marks the agent and ends the content before "by".
// The "by" must be the passive's own (agentAfter) and head a phrase that
// can speak (agentHead); agentless then keeps the mention.
func (f *finder) unsourcedPassiveAgents() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) == 0 || a.cueS < 0 || a.frags[0][0] > int(d.toks[a.cueS].s) || a.srcS >= 0 && !f.srcInContent(a) {
			continue // the content does not hold the cue's subject, or a source stands outside it
		}
		s := f.sents[a.sent]
		pb := -1
		for k := a.cueS; k < a.cueE && pb < 0; k++ {
			pb = f.passiveBe(k, s.ts)
		}
		if pb < 0 {
			continue
		}
		last := len(a.frags) - 1
		by := f.agentAfter(a.cueE, a.frags[last][1])
		if by < 0 {
			continue
		}
		lim := d.tokFrom(a.frags[last][1])
		ae := d.npForwardLoose(by+1, lim)
		if ae < 0 || !d.agentHead(by+1, ae) {
			continue
		}
		tail, ok := f.contentSpan(d.tokFrom(a.frags[last][0]), by)
		if !ok || tail[1] <= int(d.toks[a.cueE-1].e) {
			continue
		}
		a.frags[last] = tail
		a.srcS, a.srcE, a.coreE = by+1, ae, ae
	}
}

// agentAfter finds the first "by" outside quotation marks from token k to
// the offset end, or -1 when there is none or a verb, infinitive or
// relative or a second predicate comes first and the "by" may be its
// own ("is said to have been handed … by", "a race that was marred by",
// "is known — and sometimes used by").
func (f *finder) agentAfter(k, end int) int {
	d := f.d
	for j := k; j < len(d.toks) && int(d.toks[j].s) < end; j++ {
		if d.toks[j].quote != 0 || !d.word(j) {
			continue
		}
		w := d.lw(j)
		if w == "by" {
			return j
		}
		if w == "to" && d.word(j+1) && (objectPronouns[d.lw(j+1)] || d.in(j+1, wcDeterminer)) {
			continue // "were described to him by": a hearer, no infinitive
		}
		if w == "to" || w == "who" || w == "which" || w == "that" || w == "and" || w == "or" || w == "but" || d.passiveParticiple(j) || isPast(w) || isGerund(w) {
			return -1
		}
	}
	return -1
}

// countedAgentEnd ends an agent after "by" that counts a share of a
// group ("by 42 percent of the Republicans surveyed in the poll", "by
// nearly 6 in 10 voters"): PolNeAR runs such an agent to its clause's
// end, as passiveByClause does. It returns -1 when the phrase counts no
// share or goes on past the clause.
func (f *finder) countedAgentEnd(k int, s sent) int {
	d := f.d
	ne := k
	for ne < s.te && ne < k+14 && (d.word(ne) || d.toks[ne].kind == tkPoss || d.is(ne, "%")) && d.toks[ne].quote == 0 && !(ne > k && d.judgementPrep(ne)) {
		ne++
	}
	if ne == k || ne < s.te && !d.is(ne, ",") && !d.is(ne, ";") && !d.is(ne, ".") && !d.judgementPrep(ne) {
		return -1
	}
	for i := k; i < ne; i++ {
		if d.is(i, "to") {
			return -1 // "by 42 percent to 40": a margin, not who backs
		}
	}
	if f.shareOf(k, min(ne, k+5)) || d.shareWord(k) || d.shareWord(k+1) || d.countsIn(k, min(ne, k+4)) {
		return ne
	}
	return -1
}

// countsIn says whether tokens [b, e) hold a count of the form "6 in
// 10".
func (d *doc) countsIn(b, e int) bool {
	for i := b + 1; i+1 < e; i++ {
		if d.is(i, "in") && isNumberWord(d.lw(i-1)) && isNumberWord(d.lw(i+1)) {
			return true
		}
	}
	return false
}
