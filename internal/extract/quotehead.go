package extract

// quotedHeads joins the head of a sentence to a quotation that goes on
// with it after the attribution: "An early vote, he said, “could settle
// it.”" The lower-case word opening the quotation shows it continues the
// head, which PolNeAR marks as one content in two pieces.
func (f *finder) quotedHeads() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS <= 0 || a.sent < 0 || a.sent >= len(f.sents) {
			continue
		}
		s := f.sents[a.sent]
		fr := a.frags[0]
		q := d.tokFrom(fr[0])
		if q >= s.te || !f.isOpen(q) || !d.word(q+1) || d.toks[q+1].cap || q < a.srcS || !d.is(q-1, ",") {
			continue
		}
		if a.srcS-1 <= s.ts || !d.is(a.srcS-1, ",") || d.toks[a.srcS-1].quote != 0 {
			continue
		}
		hs, he := s.ts, a.srcS-1
		if d.is(hs, "but") || d.is(hs, "and") {
			hs++
		}
		if d.skipLeadConnective(hs, s.te) == he+1 {
			continue // "Still, she added, “we …”": the connective stays outside
		}
		if he-hs < 1 || he-hs > 8 || f.quoteOpensIn(hs, int(d.toks[he].s)) {
			continue
		}
		h0, h1 := int(d.toks[hs].s), int(d.toks[he-1].e)
		if f.claimedBy(i, h0, h1) {
			continue
		}
		a.frags = [][2]int{{h0, h1}, fr}
	}
}

// lateContinuation finds the opening mark of a quotation that resumes the
// sentence after a longer circumstance than skipVenue takes: "“…,” Trump
// said during a rally in Kenansville, N.C., “but a lot of people …”". The
// lower-case word after the mark shows the sentence goes on; no quotation,
// cue or participle may stand between. It returns the mark's token or -1.
func (f *finder) lateContinuation(k int, s sent) int {
	d := f.d
	for j := k; j < s.te-2 && j < k+14; j++ {
		if d.toks[j].quote != 0 {
			return -1
		}
		if d.word(j) {
			if n, c := d.cueMatch(j); n > 0 && c.Prec >= 0.3 || isGerund(d.lw(j)) || d.is(j, "that") {
				return -1
			}
			continue
		}
		if d.is(j, ",") && f.isOpen(j+1) && d.word(j+2) && !d.toks[j+2].cap {
			return j + 1
		}
	}
	return -1
}

// whatCalled: "led to what aide Kevin Phillips called “the beginning of a
// new era”" — a free relative naming something with the source's words.
// PolNeAR's content runs from "what" to the end of the quotation; the
// source is the subject between them.
func (f *finder) whatCalled(a *attr, s sent, b, j int) bool {
	d := f.d
	w := b - 1
	if !(d.is(w, "what") || d.is(w, "whom")) || d.toks[w].quote != 0 || b > j || !d.in(a.cueS, wcNamingVerb) {
		return false
	}
	k := a.cueE
	if d.is(k, "as") {
		k++
	}
	det := d.is(k, "a") || d.is(k, "an") || d.is(k, "the")
	if det {
		k++
	}
	if k < s.te && !f.isOpen(k) && d.is(w, "what") {
		return f.whatCalledPlain(a, s, b, j, k)
	}
	if k >= s.te || !f.isOpen(k) {
		return false
	}
	sg := f.segs[d.toks[k].quote-1]
	end := sg.e
	if x := d.tokFrom(sg.e); det && d.word(x-2) {
		// "what aides called a “big tent” approach": the quotation
		// modifies the noun after it, which closes the span; a word
		// before a determiner is a verb ("a “fraudulent scheme” took an").
		if x < s.te && d.word(x) && !d.toks[x].cap && d.toks[x].quote == 0 && !d.in(x, wcNPStop) && !d.in(x+1, wcDeterminer) {
			end = int(d.toks[x].e)
		}
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	a.frags = [][2]int{{int(d.toks[w].s), end}}
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.8
	return true
}
