package extract

// continuedQuote says whether a comma at token k is followed by a
// quotation that opens in lower case ("…, Blackwell wrote, “has shown
// …”", "…, he said, ”not only by …”"): it continues the clause before
// the attribution instead of starting a quoted sentence of its own.
func (f *finder) continuedQuote(k, end int) bool {
	d := f.d
	if k+2 >= end || !d.is(k, ",") || !f.isOpen(k+1) {
		return false
	}
	w := k + 2
	return d.word(w) && d.toks[w].quote != 0 && !d.toks[w].cap
}

// carryStops end a piece that a list item or an aside continues, not a
// clause: "…, including, he said, “politicians who …”".
var carryStops = setOf("including also especially particularly notably like")

// carriesQuote says whether the piece before a parenthetical attribution
// can be the head of the clause a lower-case quotation goes on with: it
// holds no quotation and no report of its own ("…, as Mrs. Clinton
// echoed the criticism, …") and does not end in a word that opens a list
// or an aside, and the attribution is no "as X put it" aside.
func (f *finder) carriesQuote(a *attr) bool {
	d := f.d
	h, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
	if e > h && carryStops[d.lw(e-1)] || a.srcS > 0 && d.is(a.srcS-1, "as") {
		return false // "…, as Mr. Smith put it, “the operator.”" borrows a phrase
	}
	for j := h; j < e; j++ {
		if d.toks[j].quote != 0 {
			return false
		}
		if n, c := d.cueMatch(j); n > 0 && c.Prec >= 0.4 {
			return false
		}
	}
	return true
}
