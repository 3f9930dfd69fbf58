package extract

// nounByNouns are reporting nouns whose source may follow them after
// "from" or "by", before the that-clause they report: "claims by the
// agency that …", "an allegation from his first wife, Ann Lee, that …".
var nounByNouns = setOf("claim claims allegation allegations complaint complaints criticism suggestion suggestions advice assertion assertions accusation accusations warning warnings insistence argument arguments report reports comments comment statement statements remarks predictions prediction concerns fears assurances assurance charges charge speculation denial denials admission boast promise promises pledge pledges reminder reminders hints estimate estimates findings conclusion belief")

// nounByThat reads "N from/by X that …" at token k: the noun is the cue,
// X the source and the that-clause the content. X must be a plain noun
// phrase: a verb or relative word in it ("a report by the center found
// that …", "Republicans who agree that …") makes the "that" another
// clause's.
func (f *finder) nounByThat(k int, s sent) (attr, bool) {
	d := f.d
	a := attr{}
	// The noun's class bit first: nearly every token fails it.
	if !d.in(k, wcNounByNoun) || !(d.is(k+1, "from") || d.is(k+1, "by")) || k+3 >= s.te {
		return a, false
	}
	t := -1
	coreE := -1
	for i := k + 2; i < s.te && i < k+14; i++ {
		if d.toks[i].quote != 0 {
			return a, false
		}
		if d.is(i, "that") {
			t = i
			break
		}
		if d.is(i, ",") {
			if coreE < 0 {
				coreE = i
			}
			continue
		}
		if !d.word(i) && d.toks[i].kind != tkPoss {
			return a, false
		}
		if w := d.lw(i); d.word(i) && !d.toks[i].cap && (isPast(w) || auxVerbs[w] || relWords[w] || subordinators[w] || isGerund(w) || w == "to") {
			return a, false
		}
	}
	if t < 0 || t == k+2 || d.word(t+1) && !d.toks[t+1].cap && (isPast(d.lw(t+1)) || d.in(t+1, wcAuxVerb)) {
		// "a report from the panel that cited …": a relative clause.
		return a, false
	}
	e := t
	if d.is(e-1, ",") {
		e-- // the appositive's closing comma
	}
	if coreE < 0 || coreE > e {
		coreE = e
	}
	sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
	if !ok {
		return a, false
	}
	a = attr{cueS: k, cueE: k + 1, srcS: k + 2, srcE: e, coreE: coreE, inherit: -1,
		entry: cueEntry{Type: CueSpeech, Prec: 0.5}, frags: [][2]int{sp}, conf: 0.5}
	a.venueS, a.venueE = t, t
	return a, true
}
