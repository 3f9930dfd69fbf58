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
	w := d.lw(k)
	if !(pastParticiple(w) && len(w) > 4 && !passiveAdverbs[w]) && !participles[w] || feelingParticiples[w] || passiveHearers[w] || stanceParticiples[w] {
		return -1
	}
	for j := k - 1; j > ts && j >= k-3; j-- {
		if !d.word(j) || d.toks[j].quote != 0 {
			return -1
		}
		v := d.lw(j)
		switch {
		case beForms[v]:
			return j
		case negations[v] || lyAdverb(v) || passiveAdverbs[v]:
			continue
		}
		return -1
	}
	return -1
}

// passiveHearers take the hearer as subject ("was asked", "were told"):
// the content follows the cue.
var passiveHearers = setWith(hearerCues, "challenged focused devoted obliged prompted invited")

// stanceParticiples name a state of mind of the subject, who is then the
// source: "is convinced that …", "are divided over …".
var stanceParticiples = setOf("convinced divided assured committed determined prepared opposed inclined interested pumped mystified revered resigned poised undecided miffed glued")

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
		if !d.word(j) || !auxVerbs[d.lw(j)] && !beForms[d.lw(j)] && !negations[d.lw(j)] && !passiveAdverbs[d.lw(j)] && !lyAdverb(d.lw(j)) {
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
		ae := d.npForwardLoose(by+1, lim+1)
		tail, ok := f.contentSpan(d.tokFrom(a.frags[last][0]), by)
		if ae < 0 || !ok {
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
		if w == "to" || w == "who" || w == "which" || w == "that" || pastParticiple(w) && len(w) > 4 && !passiveAdverbs[w] || participles[w] {
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
