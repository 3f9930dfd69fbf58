package extract

// cryVerbs are verb forms of crying out words; cryNouns are the nouns of
// the same, read with "of" ("chants of “…”"). What such a cry takes
// straight after it is a quotation in PolNeAR every time it stands there
// (35 of 35 on train), with or without a named crier. The bare forms
// ("the caustic chant “…”") are nouns as often as verbs and left out.
var (
	cryVerbs = setOf("chants chanted chanting shouts shouted shouting yells yelled yelling screams screamed screaming")
	cryNouns = setOf("chant chants cries shouts calls chorus screams yells")
)

// cryQuotes reads a quotation no attribution holds yet that follows a
// cry: "shouting “…”", "yelled, “…”", "to chants of “…”". The crier is
// the clause's subject for a verb, a possessive before a noun ("their
// chants of"), else left implicit. It walks the quotations, not the
// tokens: few stand after a cry.
func (f *finder) cryQuotes() {
	d := f.d
	for g := range f.segs {
		sg := f.segs[g]
		k := sg.ot - 1
		if sg.ct < 0 || k < 1 || !f.isOpen(sg.ot) {
			continue
		}
		noun := false
		switch {
		case d.is(k, "of") && d.word(k-1) && cryNouns[d.lw(k-1)]:
			noun, k = true, k-1
		case d.is(k, ",") && d.word(k-1) && cryVerbs[d.lw(k-1)]:
			k--
		case d.word(k) && cryVerbs[d.lw(k)]:
		default:
			continue
		}
		if d.toks[k].quote != 0 || f.claimed([2]int{sg.s, sg.e}) {
			continue
		}
		si := f.sentOf(k)
		s := f.sents[si]
		if k < s.ts || sg.ot >= s.te {
			continue
		}
		end := sg.e
		for c := sg.ct + 1; d.is(c, "and") && f.isOpen(c+1); {
			// "calls of “…” and “…”": the cries listed are one content.
			ng := f.segs[d.toks[c+1].quote-1]
			if ng.ct < 0 || f.claimed([2]int{ng.s, ng.e}) {
				break
			}
			end, c = ng.e, ng.ct+1
		}
		a := attr{frags: [][2]int{{sg.s, end}}, cueS: k, cueE: k + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: -1, inherit: -1, conf: 0.6}
		if noun {
			a.cueE = k + 2
		}
		switch {
		case noun && k > s.ts && d.in(k-1, wcPossPronoun):
			a.srcS, a.srcE, a.coreE = k-1, k, k
		case !noun:
			if b, ne := f.subject(s, k); b >= 0 && ne <= k {
				a.srcS, a.srcE, a.coreE = b, ne, ne
			}
		}
		a.venueS, a.venueE = a.cueE, a.cueE
		f.attrs = append(f.attrs, a)
	}
}
