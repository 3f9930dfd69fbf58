package extract

import "strings"

// Word shapes are the suffix tests that the finder's per-token scans ask
// of every word. The tokenizer gives each token its text's shapes once
// (tok.shape: a known word's from its wordInfo, another's from its
// text), so a scan reads a bit rather than the token's text.
const (
	shGerund = 1 << iota // isGerund: "saying"
	shLy                 // ends in "ly": "publicly", "only"
	shNegAux             // negatedAux: "didn't"
	shS                  // ends in "s"
	shEd                 // ends in "ed"
)

// wordShape returns the shapes of the lower-case word w.
func wordShape(w string) uint8 {
	var sh uint8
	if isGerund(w) {
		sh |= shGerund
	}
	if strings.HasSuffix(w, "ly") {
		sh |= shLy
	}
	if negatedAux(w) {
		sh |= shNegAux
	}
	if strings.HasSuffix(w, "s") {
		sh |= shS
	}
	if strings.HasSuffix(w, "ed") {
		sh |= shEd
	}
	return sh
}

// shaped says whether token k's lower-case text has one of the shapes
// sh: shaped(k, shGerund) is isGerund(d.lw(k)).
func (d *doc) shaped(k int, sh uint8) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return d.toks[k].shape&sh != 0
}
