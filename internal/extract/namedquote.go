package extract

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
		if d.is(p, "the") {
			p--
		}
		v := p
		if d.is(p, "as") && d.is(p-1, "known") {
			v = p - 1
		} else if !d.word(p) || !namingParticiples[d.lw(p)] {
			continue
		}
		j := v - 1
		if d.is(j, ",") {
			j--
		}
		si := f.sentOf(v)
		if si < 0 || !d.word(j) || auxVerbs[d.lw(j)] || pronouns[d.lw(j)] || d.toks[j].quote != 0 {
			continue
		}
		s := f.sents[si]
		b := d.npBack(j, s.ts)
		if w := d.lw(b); b <= s.ts || !(w == "a" || w == "an" || w == "the") {
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
