package extract

// Voiced nouns with a that-clause: "expressed concern that the plan
// would fail", "voiced confidence that …", "made the case that …",
// "floated the idea that …". PolNeAR marks the verb's subject as the
// source and the that-clause, "that" included, as the content, as for
// the voiced nouns' prepositional frames (nominal.go). On PolNeAR train
// a shown attitude before "that" is marked 10 times in 12 outside
// other layouts' readings, a pressed claim 11 in 15; "repeated" and
// "rejected"/"dismissed" are left out (the claim is another's, or is
// marked 1 time in 4), as are "possibility" and "prospect" ("raised the
// possibility that": 0 of 2).

// shownNouns are the attitudes a show verb gives its subject.
var shownNouns = setOf("concern concerns doubt doubts skepticism scepticism confidence alarm amusement remorse regret regrets optimism pessimism hope hopes fear fears worry worries frustration dismay disappointment satisfaction surprise relief certainty")

// showVerbs show an attitude noun: "expressed", "voiced", "raised".
var showVerbs = setOf("expressed express expresses expressing voiced voice voices voicing raised raise raises raising")

// pressedNouns are the claims a press verb puts forward.
var pressedNouns = setOf("case suggestion charge charges point observation argument assertion accusation accusations allegation allegations idea notion theory")

// pressVerbs put forward a pressed noun: "made the case", "pressing
// the argument", "floated the idea", "leveled charges".
var pressVerbs = setOf("made make makes making press presses pressed pressing push pushes pushed pushing float floats floated floating advance advances advanced advancing level levels leveled levelled leveling")

// voicedThat reads "V (det/modifiers) N that …" at noun k, the noun a
// shown or pressed one, and appends the attribution.
func (f *finder) voicedThat(k int, s sent, si int) {
	d := f.d
	w := d.lw(k)
	shown, pressed := shownNouns[w], pressedNouns[w]
	t := k + 1
	if !shown && !pressed || t+1 >= s.te {
		return
	}
	if n := t + 1; d.word(n) && !d.toks[n].cap && (isPast(d.lw(n)) || auxVerbs[d.lw(n)]) {
		return // "raised concerns that were …": a relative clause
	}
	j := k - 1
	for n := 0; n < 3 && j > s.ts && d.word(j) && !d.toks[j].cap && d.toks[j].quote == 0 && !showVerbs[d.lw(j)] && !pressVerbs[d.lw(j)] && (!npStop[d.lw(j)] || determiners[d.lw(j)]); n++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 || !(shown && showVerbs[d.lw(j)] || pressed && pressVerbs[d.lw(j)]) {
		return
	}
	if f.cueTaken(j, t+1) {
		return
	}
	sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
	if !ok {
		return
	}
	a := attr{cueS: j, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.5}
	a.entry = cueEntry{Type: CueSpeech, Prec: 0.5}
	if shown {
		a.entry.Type = CueThought
	}
	if !f.npSource(&a, s) {
		return
	}
	if a.inherit < 0 && !d.headOK(a.coreE-1) && !relWords[d.lw(a.srcS)] {
		// "The ruling raised doubts that …": a thing, not a holder.
		a.srcS, a.srcE, a.coreE = -1, -1, -1
	}
	a.setPlainContent(sp)
	f.attrs = append(f.attrs, a)
}
