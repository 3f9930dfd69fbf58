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
// chants of"), else left implicit.
func (f *finder) cryQuotes() {
	d := f.d
	for si := range f.sents {
		s := f.sents[si]
		for k := s.ts; k < s.te-1; k++ {
			if d.toks[k].quote != 0 || !d.word(k) {
				continue
			}
			w := d.lw(k)
			noun := cryNouns[w] && d.is(k+1, "of")
			q := k + 1
			switch {
			case noun:
				q++
			case !cryVerbs[w]:
				continue
			case d.is(q, ","):
				q++
			}
			if !f.isOpen(q) {
				continue
			}
			sg := f.segs[d.toks[q].quote-1]
			if sg.ct < 0 || f.claimed([2]int{sg.s, sg.e}) {
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
			a := attr{frags: [][2]int{{sg.s, end}}, cueS: k, cueE: q, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: -1, inherit: -1, conf: 0.6}
			if d.is(q-1, ",") {
				a.cueE = q - 1
			}
			switch {
			case noun && k > s.ts && possPronouns[d.lw(k-1)]:
				a.srcS, a.srcE, a.coreE = k-1, k, k
			case !noun:
				if b, ne := f.subject(s, k); b >= 0 && ne <= k {
					a.srcS, a.srcE, a.coreE = b, ne, ne
				}
			}
			a.venueS, a.venueE = a.cueE, a.cueE
			f.attrs = append(f.attrs, a)
			k = d.tokFrom(end) - 1
		}
	}
}
