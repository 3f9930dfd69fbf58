package extract

import "strings"

// namedQuotes: a noun phrase given a quoted name by a naming participle,
// "a website called “Cape Breton If Trump Wins”", "the spot titled
// “Dangerous,”", is an attribution of its own in PolNeAR, without a
// source: the phrase, the participle and the name are the content. A
// sentence's subject ("The ad, titled “…”, features …") is left alone.
func (f *finder) namedQuotes() {
	d := f.d
	for _, sg := range f.segs {
		if sg.ct < 0 || sg.words == 0 || sg.words > 8 {
			continue
		}
		p := sg.ot - 1
		if d.is(p, "the") || (d.is(p, "a") || d.is(p, "an")) && d.is(p-1, "called") && d.word(p-2) && d.in(p-2, wcAuxVerb) {
			p-- // "what is called a “debate”": a passive, whose subject is named
		}
		v := p
		if d.is(p, "as") && d.is(p-1, "known") {
			v = p - 1
		} else if !d.word(p) || !d.inLex(p, lcNamingParticiple) {
			continue
		}
		j := v - 1
		if d.is(j, ",") {
			j--
		}
		si := f.sentOf(v)
		if si < 0 || !d.word(j) || d.in(j, wcPronoun) || d.toks[j].quote != 0 {
			continue
		}
		s := f.sents[si]
		var b int
		if d.in(j, wcAuxVerb) || d.is(j, "being") {
			// "what had been called the “Golden Week,”", "Duterte has
			// been called the “Trump of the East”": the named phrase is
			// the subject of the passive.
			if b = f.passiveNamed(s, j); b < 0 {
				continue
			}
		} else if b = d.npBack(j, s.ts); b <= s.ts || !(d.is(b, "a") || d.is(b, "an") || d.is(b, "the")) {
			continue
		}
		sp := [2]int{int(d.toks[b].s), sg.e}
		if f.claimed(sp) {
			continue
		}
		a := attr{cueS: v, cueE: p + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.3}, sent: si, srcS: -1, inherit: -1}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = a.cueE, a.cueE
		a.conf = 0.4
		f.attrs = append(f.attrs, a)
	}
}

// passiveNamed finds the subject of a passive naming verb whose auxiliaries
// end at token j: "what", or the clause's subject right before them. It
// returns the subject's first token, or -1.
func (f *finder) passiveNamed(s sent, j int) int {
	d := f.d
	x := j
	for x > s.ts && d.word(x) && (d.in(x, wcAuxVerb) || d.is(x, "being") || strings.HasSuffix(d.lw(x), "ly")) {
		x--
	}
	if x == j || !d.word(x) || d.toks[x].quote != 0 {
		return -1
	}
	if d.is(x, "what") {
		return x
	}
	if b, ne := f.subject(s, x+1); b >= 0 && ne == x+1 {
		return b
	}
	return -1
}
