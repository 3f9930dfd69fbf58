package extract

// summaryPassive: "…, a practice criticized by civil rights groups", "—
// a fact first reported by a local station". An indefinite noun phrase set
// after a comma or a dash sums up the clause before it, and a reduced
// passive with an agent attributes it: PolNeAR takes the summary noun
// phrase as the content and the agent as the source (train: 7 of 7 with a
// trusted cue, both halves). The definite or bare forms ("the court led
// by …", "exit polls reported by CNN") name a thing, not a claim, and stay
// out, as do participles the lexicon does not trust and verbs of
// appointing ("a panel named by the president" reports nothing).
func (f *finder) summaryPassive(a *attr, s sent) bool {
	d := f.d
	p := a.cueE - 1 // the participle, after "first", "later", … in the cue
	if a.entry.Prec < 0.3 || !d.is(a.cueE, "by") || d.toks[p].quote != 0 || !d.passiveParticiple(p) || d.inLex(p, lcFeelingParticiple) || appointVerbs[d.lw(p)] {
		return false
	}
	// Back over adverbs to the noun phrase's last word.
	j := a.cueS - 1
	for j > s.ts && d.word(j) && (lyAdverb(d.lw(j)) || d.inLex(j, lcPassiveAdverb)) {
		j--
	}
	// The noun phrase: "a"/"an", then one to three lower-case words.
	h := j
	for h > s.ts && j-h < 3 && d.word(h) && !d.toks[h].cap && d.toks[h].quote == 0 && !(d.is(h, "a") || d.is(h, "an")) {
		w := d.lw(h)
		if npStop[w] || determiners[w] || pronouns[w] || auxVerbs[w] || beForms[w] {
			return false
		}
		h--
	}
	if h <= s.ts || h == j || !(d.is(h, "a") || d.is(h, "an")) || !(d.is(h-1, ",") || isDashTok(d, h-1)) || d.toks[h-1].quote != 0 {
		return false
	}
	ne := d.npForwardLoose(a.cueE+1, s.te)
	if ne < 0 {
		return false
	}
	// The name is the agent's own phrase, with its coordination ("Jo Doe
	// and some union leaders"): an apposition the mention runs on to
	// ("the local paper, a weekly based in Dayton") does not name the
	// speaker.
	e := f.summaryAgentEnd(ne, s)
	core := e
	for i := ne; i < e; i++ {
		if d.is(i, ",") {
			core = i
			break
		}
	}
	a.srcS, a.srcE, a.coreE = a.cueE+1, e, core
	a.frags = [][2]int{{int(d.toks[h].s), int(d.toks[j].e)}}
	a.venueS, a.venueE = ne, s.te
	a.conf = 0.7
	return true
}

// summaryAgentEnd runs the agent of a summary passive on to the clause's
// end, as gold does: "by the crowds in the arena, who …", "by Jane Doe,
// a reporter for a local station." A prepositional tail and an indefinite
// apposition that closes the sentence belong to it; a relative clause or
// anything else after a comma does not.
func (f *finder) summaryAgentEnd(ne int, s sent) int {
	d := f.d
	e := ne
	for e < s.te && e < ne+8 && (d.word(e) || d.toks[e].kind == tkPoss) && d.toks[e].quote == 0 {
		if d.word(e) && agentTimeWord(d.lw(e)) || f.timePhraseAt(e) > 0 {
			// "by the mayor on Monday", "at 9 p.m.", "for years": the
			// time dates the act, as after any passive agent.
			return ne
		}
		e++
	}
	if e < s.te && !d.is(e, ",") && !d.is(e, ";") && !d.is(e, ".") && !isDashTok(d, e) {
		return ne // the words after the agent go on as something else
	}
	if d.is(e, ",") && (d.is(e+1, "a") || d.is(e+1, "an")) {
		x := e + 1
		for x < s.te && x < e+12 && (d.word(x) || d.toks[x].kind == tkPoss) && d.toks[x].quote == 0 {
			x++
		}
		if x == s.te || d.is(x, ".") && x+1 >= s.te {
			return x
		}
	}
	return e
}

// appointVerbs put someone in a post; their passive reports no claim.
var appointVerbs = setOf("named appointed nominated chosen elected hired picked selected tapped installed")
