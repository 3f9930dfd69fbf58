package extract

// pronounAccording: "That’s according to exit polls conducted for …".
// The sentence is only a demonstrative and a copula before the cue: the
// pronoun stands for the report before it and is the content, and the
// whole rest of the sentence names the source (PolNeAR train: 4 of 4,
// all in one half; "It’s according to age groups" is no report).
func (f *finder) pronounAccording(a *attr, s sent) bool {
	d := f.d
	start := s.ts
	if a.cueS != start+2 || d.toks[start].quote != 0 || !(d.is(start, "that") || d.is(start, "this")) {
		return false
	}
	if c := start + 1; !(d.toks[c].kind == tkPoss && d.is(c, "'s") || d.is(c, "’s") || d.is(c, "is") || d.is(c, "was")) {
		return false
	}
	ne := s.te
	for ne > a.cueE && (d.is(ne-1, ".") || d.is(ne-1, "!")) {
		ne--
	}
	for k := a.cueE; k < ne; k++ {
		if d.toks[k].quote != 0 || d.is(k, ";") || d.strongCue(k) {
			return false // a quotation or a second clause: more than a source
		}
	}
	if ne-a.cueE < 1 || ne-a.cueE > accordingMax+10 {
		return false
	}
	if ne-a.cueE == 1 && d.word(a.cueE) && !d.toks[a.cueE].cap && !pluralNoun(d.lw(a.cueE)) {
		return false // "That’s according to plan": a manner, no source
	}
	a.srcS, a.srcE = a.cueE, ne
	a.frags = [][2]int{{int(d.toks[start].s), int(d.toks[start].e)}}
	a.venueS, a.venueE = a.cueS, ne
	a.conf = 0.8
	return true
}
