package extract

// laterQuotation reads the attribution at cue a as a quotation closed by
// its comma and its own postposed or inverted attribution, opened after
// the start of s, the rest of a sentence whose first attribution is
// taken (laterReports); the second quotation, closed by its comma, is
// as sure as the first.
func (f *finder) laterQuotation(a *attr, s sent) bool {
	d := f.d
	open := false
	for k := s.ts; k < a.cueS; k++ {
		if f.isOpen(k) {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	b := *a
	if !f.strongPostposed(&b, s) {
		b = *a
		if !f.inverted(&b, s) {
			return false
		}
	}
	if st := b.frags[0][0]; st < int(d.toks[s.ts].s) || !f.isOpen(d.tokFrom(st)) {
		return false
	}
	*a = b
	return true
}

// thatSaidQuote: "T-shirts that said “We won.”", "a message that said,
// “…”" — a relative "that" after a noun, a saying verb and a quotation:
// PolNeAR marks the pronoun as the source, as it does "who". After a
// quantifier "that" is a demonstrative: "With all that said, …" is a
// discourse marker, not a report.
func (f *finder) thatSaidQuote(a *attr, j int) bool {
	d := f.d
	if !d.is(j, "that") || d.toks[j].quote != 0 || a.cueE != a.cueS+1 || !d.in(a.cueS, wcSayVerb) || !d.word(j-1) || d.in(j-1, wcNPStop) || quantityWords[d.lw(j-1)] || d.cueAt(j-1) > 0 {
		return false
	}
	k := a.cueE
	if d.is(k, ",") {
		k++
	}
	return f.isOpen(k)
}

// earlierReport: "Pence said in politics it takes time but added, “…,”
// Pence said." — the closing attribution took the quotation; a preposed
// report with a confident cue before it is one more attribution.
func (f *finder) earlierReport(si, ai int) {
	d := f.d
	s := f.sents[si]
	a := f.attrs[ai]
	first := d.tokFrom(a.frags[0][0])
	if first <= s.ts+2 || first > s.te {
		return
	}
	for k := s.ts + 1; k < first-2; k++ {
		if d.toks[k].quote != 0 || !d.word(k) || isGerund(d.lw(k)) {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < 0.3 || f.nounCue(k, n) || f.passiveAgent(k, n) {
			continue
		}
		b := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		sub := s
		sub.te = first
		if f.preposed(&b, sub) && b.frags[len(b.frags)-1][1] <= a.frags[0][0] {
			f.attrs = append(f.attrs, b)
			return
		}
	}
}
