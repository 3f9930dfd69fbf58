package extract

// leadSubComma says whether the comma at i closes an adverbial clause
// that opens the content starting at k: "said if the council agrees,
// the mayor will sign", "said that when the budget passes, taxes will
// fall". The main clause after that comma is the reported clause
// itself, not a gloss on the last noun, so the content goes on.
func (f *finder) leadSubComma(k, i int) bool {
	d := f.d
	j := k
	if d.is(j, "that") {
		j++
	}
	if d.is(j, ",") {
		j++
	}
	if d.is(j, "even") {
		j++
	}
	if j >= i || d.toks[j].quote != 0 || !d.word(j) || !leadSubs[d.lw(j)] {
		return false
	}
	return f.commasBetween(j+1, i) == 0
}

// leadSubs open an adverbial clause or phrase that a content's main
// clause follows after a comma: clauseSubs plus "once", "unless",
// "despite".
var leadSubs = setWith(clauseSubs, "once unless despite whereas")
